"""The posting plan: frequencies per channel, content pillars and the review dates."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from conversations.channels import recommend
from conversations.models import Language, Value
from conversations.norway import load
from conversations.plan import (
    MAX_PILLARS,
    MIN_PILLARS,
    PILLAR_WORDS,
    Plan,
    posting_plan,
    render_plan,
)

from .helpers import LANGS, assert_telegram_html, plain, session

# The sessions are made at helpers.NOW, 15 May 2026: the dates below count from it.


def per_week(plan: Plan, channel: str) -> float:
    return next(item.per_week for item in plan.channels if item.channel == channel)


def rendered(language: Language, plan: Plan) -> str:
    shown = render_plan(language, plan)
    assert_telegram_html(shown)
    assert "{" not in shown and "}" not in shown
    return shown


FULL: dict[str, Value] = {
    "topic": "Hagestell på Vestlandet",
    "passion": "Grønnsaker som tåler regn",
    "reader_wants": "Enkle tips som virker",
}
PERSONAS: list[dict[str, Value]] = [
    {"name": "Kari", "age": 35, "problems": "Lite tid i hagen", "wants": "Korte oppskrifter"},
    {"name": "Ahmed", "age": 42, "problems": "Sneglene spiser salaten", "wants": "Bilder"},
]


# -- content pillars -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answers", "personas"),
    [
        ({}, []),
        ({"topic": "Bakeri"}, []),
        ({"purpose": "sell"}, []),
        (FULL, []),
        (FULL, PERSONAS),
        ({**FULL, "purpose": "sell"}, [*PERSONAS, {"problems": "Dårlig jord"}]),
    ],
)
def test_three_to_five_pillars(answers: dict[str, Value], personas: list[dict[str, Value]]) -> None:
    plan = posting_plan(session(answers=answers, personas=personas))
    assert MIN_PILLARS <= len(plan.pillars) <= MAX_PILLARS
    assert len({(pillar.key, tuple(pillar.args.items())) for pillar in plan.pillars}) == len(
        plan.pillars
    )
    for language in LANGS:
        text = plain(rendered(language, plan))
        assert text.count("\n• ") >= MIN_PILLARS


@pytest.mark.parametrize("language", LANGS)
def test_pillars_are_built_from_the_persons_own_words(language: Language) -> None:
    plan = posting_plan(session(language, answers=FULL, personas=PERSONAS))
    words = [pillar.args.get("words") for pillar in plan.pillars]
    assert words == [
        "Hagestell på Vestlandet",
        "Grønnsaker som tåler regn",
        "Enkle tips som virker",
        "Lite tid i hagen",
        "Sneglene spiser salaten",
    ]
    assert plan.pillars[3].args["name"] == "Kari"
    text = plain(rendered(language, plan))
    for word in words:
        assert f": {word}" in text
    assert "Kari: Lite tid i hagen" in text


@pytest.mark.parametrize("language", LANGS)
def test_pillar_words_are_escaped(language: Language) -> None:
    plan = posting_plan(
        session(language, answers={"topic": "<b>&"}, personas=[{"name": "<i>", "wants": "a & b"}])
    )
    shown = rendered(language, plan)
    assert "&lt;b&gt;&amp;" in shown and "&lt;i&gt;" in shown and "a &amp; b" in shown
    assert "<b>&" not in shown and "<i>:" not in shown
    assert ": <b>&\n" in plain(shown) + "\n"


def test_pillars_are_short_and_not_repeated() -> None:
    long = "Ord " * 80
    plan = posting_plan(
        session(answers={"topic": long, "passion": "  Hagen.  ", "reader_wants": "hagen"})
    )
    first = plan.pillars[0].args["words"]
    assert len(first) <= PILLAR_WORDS and first.endswith("…")
    assert plan.pillars[1].args["words"] == "Hagen"
    # "hagen" is "Hagen" again: a generic pillar takes its place.
    assert [pillar.key for pillar in plan.pillars][2:] == ["coach-pillar-behind"]


def test_no_answers_give_the_pillars_every_strategy_needs() -> None:
    keys = [pillar.key for pillar in posting_plan(session()).pillars]
    assert keys == ["coach-pillar-behind", "coach-pillar-questions", "coach-pillar-stories"]
    selling = [p.key for p in posting_plan(session(answers={"purpose": "sell"})).pillars]
    assert selling[0] == "coach-pillar-offers"


# -- review dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "halfway", "deadline"),
    [("nb", "7. oktober 2026", "1. mars 2027"), ("en", "7 October 2026", "1 March 2027")],
)
def test_check_ins_halfway_and_on_the_deadline(
    language: Language, halfway: str, deadline: str
) -> None:
    goal: dict[str, Value] = {
        "type": "readers",
        "statement": "Få 500 nye lesere",
        "deadline": "2027-03-01",
    }
    plan = posting_plan(session(language, answers={"review": "monthly"}, goals=[goal]))
    assert [(c.day, c.kind) for c in plan.checkpoints] == [
        (date(2026, 10, 7), "halfway"),
        (date(2027, 3, 1), "deadline"),
    ]
    assert plan.review == "monthly" and plan.first_review == date(2026, 6, 15)
    text = plain(rendered(language, plan))
    assert f"{halfway}: " in text and f"{deadline}: " in text
    assert "Få 500 nye lesere" in text
    assert text.index(halfway) < text.index(deadline)


def test_each_goal_gets_its_own_check_ins_in_date_order() -> None:
    goals: list[dict[str, Value]] = [
        {"type": "readers", "deadline": "2027-05-15"},
        {"type": "engagement", "statement": "Flere kommentarer", "deadline": "2026-07-15"},
        {"type": "interest", "deadline": "not a date"},
        {"type": "other"},
    ]
    plan = posting_plan(session(answers={"goal_other": "Selge frø"}, goals=goals))
    days = [c.day for c in plan.checkpoints]
    assert days == sorted(days)
    assert days == [date(2026, 6, 14), date(2026, 7, 15), date(2026, 11, 13), date(2027, 5, 15)]
    text = plain(rendered("nb", plan))
    assert "«Flere lesere»" in text and "«Flere kommentarer»" in text
    other = posting_plan(
        session(
            answers={"goal_other": "Selge frø"}, goals=[{"type": "other", "deadline": "2027-01-01"}]
        )
    )
    assert "«Selge frø»" in plain(rendered("nb", other))


def test_check_ins_count_from_today_when_given() -> None:
    goal: dict[str, Value] = {"deadline": "2027-03-01"}
    plan = posting_plan(session(goals=[goal]), today=date(2026, 9, 1))
    assert plan.checkpoints[0].day == date(2026, 11, 30)
    # A deadline already passed: only the deadline itself.
    late = posting_plan(session(goals=[goal]), today=date(2027, 6, 1))
    assert [c.kind for c in late.checkpoints] == ["deadline"]


@pytest.mark.parametrize(
    ("review", "start", "first"),
    [
        ("weekly", date(2026, 5, 15), date(2026, 5, 22)),
        ("monthly", date(2026, 1, 31), date(2026, 2, 28)),
        ("quarterly", date(2026, 11, 30), date(2027, 2, 28)),
        (None, date(2026, 5, 15), None),
    ],
)
def test_the_review_rhythm(review: str | None, start: date, first: date | None) -> None:
    answers: dict[str, Value] = {"review": review} if review else {}
    plan = posting_plan(session(answers=answers), today=start)
    assert plan.review == review and plan.first_review == first
    for language in LANGS:
        rendered(language, plan)


# -- how often ------------------------------------------------------------------------------


def test_frequency_follows_the_persons_rhythm_within_each_channels_range() -> None:
    def rate(rhythm: str | None, channel: str) -> float:
        answers: dict[str, Value] = {"channels": [channel]}
        if rhythm:
            answers["frequency"] = rhythm
        return per_week(posting_plan(session(answers=answers)), channel)

    for channel in ("facebook", "instagram", "tiktok", "blog", "newsletter", "youtube"):
        posting = load().posting(channel)
        rates = [rate(r, channel) for r in ("daily", "few_weekly", "weekly", "few_monthly")]
        assert rates == sorted(rates, reverse=True), channel
        assert rates[0] == posting.max_per_week
        assert all(posting.min_per_week <= r <= posting.max_per_week for r in rates)
        middle = (posting.min_per_week + posting.max_per_week) / 2
        assert rate(None, channel) == middle
    assert rate("daily", "facebook") > rate("weekly", "facebook")
    assert rate("few_weekly", "facebook") == 3


@pytest.mark.parametrize("language", LANGS)
def test_few_hours_scale_the_posts_down(language: Language) -> None:
    channels = ["instagram", "facebook", "tiktok", "blog"]
    answers: dict[str, Value] = {"channels": list(channels), "frequency": "daily"}
    roomy = posting_plan(session(language, answers=answers, goals=[{"hours": 40}]))
    tight = posting_plan(session(language, answers=answers, goals=[{"hours": 2}, {"hours": 1}]))
    assert tight.hours == 3 and roomy.hours == 40
    for channel in channels:
        assert per_week(tight, channel) < per_week(roomy, channel)
    assert tight.hours_needed <= 3.5 and not tight.over_budget
    assert any(item.below_range for item in tight.channels)
    assert not any(item.below_range for item in roomy.channels)
    said = "du har satt av 3 timer" if language == "nb" else "you've set aside 3 hours"
    assert said in plain(rendered(language, tight))


def test_too_little_time_even_for_the_least_is_said() -> None:
    answers: dict[str, Value] = {"channels": ["youtube", "blog", "newsletter"]}
    plan = posting_plan(session(answers=answers, goals=[{"hours": 1}]))
    assert plan.over_budget
    assert all(item.posts == 1 and item.per == "month" for item in plan.channels)
    assert "Vurder å kutte en kanal" in plain(rendered("nb", plan))
    assert "Consider dropping a channel" in plain(rendered("en", plan))


@pytest.mark.parametrize(
    ("language", "week", "month"),
    [
        ("nb", "Facebook: 3 innlegg i uka", "YouTube: 2 innlegg i måneden"),
        ("en", "Facebook: 3 posts a week", "YouTube: 2 posts a month"),
    ],
)
def test_posts_are_counted_a_week_or_a_month(language: Language, week: str, month: str) -> None:
    few = posting_plan(
        session(language, answers={"channels": ["facebook"], "frequency": "few_weekly"})
    )
    assert (few.channels[0].posts, few.channels[0].per) == (3, "week")
    rare = posting_plan(
        session(language, answers={"channels": ["youtube"], "frequency": "few_monthly"})
    )
    assert (rare.channels[0].posts, rare.channels[0].per) == (2, "month")
    assert week in plain(rendered(language, few))
    assert month in plain(rendered(language, rare))


def test_no_channels_yet_plans_the_two_that_fit_best() -> None:
    s = session(personas=[{"name": "Mia", "age": 22, "channels": ["tiktok", "snapchat"]}])
    plan = posting_plan(s)
    assert plan.suggested
    assert [item.channel for item in plan.channels] == [rec.channel for rec in recommend(s)[:2]]
    assert "forslag" in plain(rendered("nb", plan))
    assert not posting_plan(session(answers={"channels": ["blog"]})).suggested


@pytest.mark.parametrize("language", LANGS)
def test_another_channel_is_planned_under_the_persons_own_name(language: Language) -> None:
    answers: dict[str, Value] = {"channels": ["other", "blog"], "channels_other": "Vipps & <Co>"}
    plan = posting_plan(session(language, answers=answers))
    assert [item.channel for item in plan.channels] == ["other", "blog"]
    shown = rendered(language, plan)
    assert "Vipps &amp; &lt;Co&gt;:" in shown


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize(
    "broken",
    [
        {},
        {"answers": {"channels": "facebook", "frequency": 3, "review": "yearly"}},
        {"answers": {"channels": ["myspace"]}},
        {"goals": [{"hours": "many", "deadline": 2027}]},
        {"goals": [{"hours": 0}], "answers": {"channels": ["facebook"]}},
        {"personas": [{"name": 5, "wants": ["a"]}]},
    ],
)
def test_partial_or_odd_sessions_give_a_plan(language: Language, broken: dict[str, Any]) -> None:
    plan = posting_plan(session(language, **broken))
    assert MIN_PILLARS <= len(plan.pillars) <= MAX_PILLARS
    assert plan.channels
    text = plain(rendered(language, plan))
    assert text.strip()
