"""Channel recommendations: the figures behind them, the ranking rules and the texts."""

from __future__ import annotations

import itertools
import json
import tomllib
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from conversations.channels import (
    CHANNELS,
    focus_advice,
    reason_text,
    recommend,
    render_recommendations,
)
from conversations.models import Language, Session, Value
from conversations.norway import (
    AGE_BANDS,
    DATA_PATH,
    OWNED,
    PLATFORMS,
    NorwayData,
    load,
    parse,
)

from .helpers import LANGS, assert_telegram_html, plain, session

ROOT = Path(__file__).resolve().parents[2]


def ranking(s: Session) -> list[str]:
    return [rec.channel for rec in recommend(s)]


def keys(s: Session, channel: str) -> list[str]:
    rec = next(rec for rec in recommend(s) if rec.channel == channel)
    return [key for key, _ in rec.reasons]


def score(s: Session, channel: str) -> float:
    return next(rec.score for rec in recommend(s) if rec.channel == channel)


MIA = {"name": "Mia", "age": 22, "channels": ["tiktok", "snapchat"]}


# -- the data file ------------------------------------------------------------------


def test_the_data_file_loads_with_the_model() -> None:
    data = load()
    assert isinstance(data, NorwayData)
    assert set(data.platforms) == set(PLATFORMS)
    assert set(data.owned) == set(OWNED)
    assert parse(DATA_PATH.read_text(encoding="utf-8")) == data
    assert load() is data  # read once


def test_every_figure_has_its_source_and_year() -> None:
    figures = list(load().figures())
    assert len(figures) >= 20
    for path, figure in figures:
        source = figure.source
        assert source.publisher and source.title and source.period, path
        assert source.reported_by and source.url.startswith("https://"), path
        assert 2015 <= source.year <= 2030, path
        assert str(source.year) in source.cite, path
        assert str(source.year) in f"{source.title} {source.period}", path
        assert figure.note, path


def test_every_platform_has_daily_use_age_weights_and_a_posting_range() -> None:
    data = load()
    for platform_id, platform in data.platforms.items():
        assert platform.daily is not None, platform_id
        assert set(platform.age_fit) == set(AGE_BANDS), platform_id
        assert platform.profile is not None or platform.profiles_millions is not None
        posting = platform.posting
        assert 0 < posting.min_per_week <= posting.max_per_week, platform_id
    for channel in OWNED:
        assert data.posting(channel).basis


def test_the_research_notes_figures_are_there() -> None:
    data = load()
    ssb = data.overall.social_media_daily
    assert (ssb.value, ssb.source.year) == (80, 2024)
    assert "mediebarometer" in ssb.source.title.lower()
    assert ssb.source.publisher.startswith("SSB")
    snapchat = data.platforms["snapchat"].age_figure(22)
    tiktok = data.platforms["tiktok"].age_figure(22)
    assert snapchat is not None and tiktok is not None
    assert (snapchat.value, snapchat.min_age, snapchat.max_age) == (69, 18, 29)
    assert (tiktok.value, tiktok.min_age, tiktok.max_age) == (58, 18, 29)
    pinterest = data.platforms["pinterest"].women_share
    assert pinterest is not None and pinterest.value == 71
    assert "professional" in data.platforms["linkedin"].traits


def _raw() -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(DATA_PATH.read_text(encoding="utf-8"))
    return raw


def test_the_model_refuses_a_figure_without_source_or_year() -> None:
    no_source = _raw()
    del no_source["platforms"]["facebook"]["daily"]["source"]
    no_year = _raw()
    del no_year["platforms"]["tiktok"]["profile"]["source"]["year"]
    hidden_year = _raw()
    hidden_year["overall"]["social_media_daily"]["source"]["cite"] = "SSB"
    missing_platform = _raw()
    del missing_platform["platforms"]["x"]
    for broken in (no_source, no_year, hidden_year, missing_platform):
        with pytest.raises(ValidationError):
            parse(json.dumps(broken))


def test_the_data_file_is_package_data() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    package_data = pyproject["tool"]["setuptools"]["package-data"]["conversations"]
    assert "data/*.json" in package_data
    assert DATA_PATH.parent.name == "data" and DATA_PATH.suffix == ".json"


# -- the rules ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_a_young_persona_on_tiktok_and_snapchat_puts_them_on_top(language: Language) -> None:
    s = session(language, personas=[MIA])
    assert set(ranking(s)[:2]) == {"snapchat", "tiktok"}
    shown = render_recommendations(language, recommend(s))
    assert_telegram_html(shown)
    text = plain(shown)
    assert "Mia (22)" in text
    assert "69" in text and "58" in text
    assert "Ipsos SoMe-tracker 2022" in text and "kampanje.com" in text
    assert "SSB, Norsk mediebarometer 2024" in text


def test_age_alone_lifts_the_young_platforms() -> None:
    young = session(personas=[{"name": "Mia", "age": 22}])
    old = session(personas=[{"name": "Kari", "age": 67}])
    assert ranking(young).index("snapchat") < ranking(young).index("facebook")
    assert ranking(young).index("tiktok") < ranking(young).index("linkedin")
    assert score(young, "tiktok") > score(old, "tiktok") + 3
    assert "coach-reason-age" in keys(young, "snapchat")


@pytest.mark.parametrize("language", LANGS)
def test_an_older_persona_is_unlikely_on_tiktok(language: Language) -> None:
    s = session(language, personas=[{"name": "Kari", "age": 67}])
    assert ranking(s).index("facebook") < ranking(s).index("tiktok")
    tiktok = next(rec for rec in recommend(s) if rec.channel == "tiktok")
    assert tiktok.reasons[0][0] == "coach-reason-age-few-over"
    text = plain(str(reason_text(language, tiktok.reasons[0])))
    assert "Kari (67)" in text and "60" in text and "Ipsos SoMe-tracker Q1 2022" in text


@pytest.mark.parametrize(
    "personas", [[], [{"name": "Per", "age": 35}], [{"name": "Per", "age": 45, "place": "Oslo"}]]
)
def test_a_recruiting_business_gets_linkedin(personas: list[dict[str, Value]]) -> None:
    s = session(answers={"purpose": "recruit"}, personas=personas)
    assert ranking(s)[0] == "linkedin"
    linkedin = recommend(s)[0]
    assert linkedin.reasons[0][0] == "coach-reason-recruit"
    for language in LANGS:
        text = plain(render_recommendations(language, recommend(s), top=1))
        assert "LinkedIn" in text and "Ipsos SoMe-tracker Q1 2019" in text
    assert ranking(session())[0] != "linkedin"


def test_selling_favours_the_shopping_platforms() -> None:
    s = session(answers={"purpose": "sell"})
    assert ranking(s)[:3] == ["facebook", "instagram", "pinterest"]
    assert "coach-reason-sell-women" in keys(s, "pinterest")
    assert "coach-reason-sell" in keys(s, "instagram")
    assert score(s, "pinterest") > score(session(), "pinterest")


def test_an_internal_page_gets_a_closed_group_and_no_public_channels() -> None:
    s = session(answers={"purpose": "internal"})
    assert ranking(s)[0] == "facebook"
    assert keys(s, "facebook")[0] == "coach-reason-internal"
    assert "Teams" in plain(str(reason_text("nb", recommend(s)[0].reasons[0])))
    assert "coach-reason-internal-public" in keys(s, "tiktok")
    assert score(s, "tiktok") < score(session(), "tiktok")
    assert score(s, "newsletter") > score(session(), "newsletter")


def test_relations_favour_facebook_and_instagram() -> None:
    s = session(answers={"purpose": "relations"})
    assert ranking(s)[:2] == ["facebook", "instagram"]
    assert "coach-reason-relations" in keys(s, "instagram")


def test_more_readers_lifts_reach_platforms_blog_and_newsletter() -> None:
    s = session(answers={"goal_types": ["readers"]})
    base = session()
    for channel in ("blog", "newsletter", "facebook", "instagram", "youtube"):
        assert score(s, channel) > score(base, channel), channel
    assert score(s, "snapchat") == score(base, "snapchat")
    assert "coach-reason-reach" in keys(s, "facebook")
    assert ranking(s).index("newsletter") < ranking(base).index("newsletter")


def test_engagement_lifts_the_comment_friendly_channels() -> None:
    s = session(answers={"goal_types": ["engagement"]})
    for channel in ("facebook", "instagram", "youtube", "linkedin"):
        assert "coach-reason-comments" in keys(s, channel), channel
    assert "coach-reason-comments" not in keys(s, "snapchat")


def test_where_the_personas_are_online_counts_for_each_of_them() -> None:
    both = [
        {"name": "Kari", "channels": ["facebook"]},
        {"name": "Ola", "channels": ["facebook", "blog"]},
    ]
    s = session(personas=both)
    facebook = next(rec for rec in recommend(s) if rec.channel == "facebook")
    assert facebook.reasons[0] == (
        "coach-reason-persona-online",
        {"names": ["Kari", "Ola"], "channel": "facebook"},
    )
    assert "Kari og Ola" in plain(str(reason_text("nb", facebook.reasons[0])))
    assert "Kari and Ola" in plain(str(reason_text("en", facebook.reasons[0])))
    assert score(s, "facebook") > score(s, "blog") > score(session(), "blog")


# -- focusing on one or two --------------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_more_than_two_channels_picked_gives_focus_advice_naming_two(language: Language) -> None:
    s = session(
        language,
        answers={"channels": ["x", "linkedin", "instagram", "snapchat"]},
        personas=[MIA],
    )
    advice = focus_advice(s)
    assert advice is not None
    assert_telegram_html(advice)
    text = plain(advice)
    assert "Buffer" in text and "4" in text
    assert "Snapchat" in text and "Instagram" in text
    assert "LinkedIn" not in text and "X (Twitter)" not in text
    # The why: a reason for each, not the same one twice.
    assert text.count("•") == 2
    assert "Mia" in text


@pytest.mark.parametrize(
    "channels", [None, [], ["instagram"], ["instagram", "blog"], ["tiktok", "other"]]
)
def test_two_or_fewer_channels_get_no_focus_advice(channels: list[str] | None) -> None:
    answers: dict[str, Value] = {} if channels is None else {"channels": channels}
    assert focus_advice(session(answers=answers)) is None


@pytest.mark.parametrize("language", LANGS)
def test_focus_advice_counts_other_and_names_the_known_ones(language: Language) -> None:
    s = session(language, answers={"channels": ["x", "other", "facebook"]})
    advice = focus_advice(s)
    assert advice is not None
    assert "3" in plain(advice)
    assert "Facebook" in advice and "X (Twitter)" in advice


def test_focus_advice_names_blog_as_it_reads_in_a_sentence() -> None:
    s = session("nb", answers={"channels": ["blog", "newsletter", "x"], "goal_types": ["readers"]})
    advice = focus_advice(s)
    assert advice is not None
    assert "Begynn med bloggen din og et nyhetsbrev" in plain(advice)


# -- partial sessions and the texts ---------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_an_empty_session_gets_a_sensible_ranking(language: Language) -> None:
    recs = recommend(session(language))
    assert sorted(rec.channel for rec in recs) == sorted(CHANNELS)
    assert all(rec.reasons for rec in recs)
    assert [rec.channel for rec in recs[:3]] == ["facebook", "snapchat", "instagram"]
    shown = render_recommendations(language, recs)
    assert_telegram_html(shown)
    text = plain(shown)
    assert "1. Facebook" in text and "3. Instagram" in text and "\n4. " not in text
    assert "2022" in text and "2024" in text
    assert focus_advice(session(language)) is None


@pytest.mark.parametrize(
    "groups",
    [
        {"persona": [{}]},
        {"persona": [{"age": 30}]},
        {"persona": [{"name": "Ola", "channels": "facebook"}]},
        {"persona": [{"name": "", "age": 15, "channels": ["snapchat"]}]},
        {"goal": [{}]},
    ],
)
def test_half_answered_personas_and_goals_do_not_crash(groups: dict[str, Any]) -> None:
    s = session(personas=groups.get("persona"), goals=groups.get("goal"))
    recs = recommend(s)
    assert len(recs) == len(CHANNELS)
    for language in LANGS:
        assert_telegram_html(render_recommendations(language, recs, top=len(CHANNELS)))


def test_a_nameless_persona_is_named_by_number() -> None:
    s = session(personas=[{"age": 22, "channels": ["snapchat"]}])
    text = plain(render_recommendations("en", recommend(s), top=1))
    assert "persona 1 (22)" in text


def test_two_nameless_personas_alike_keep_their_own_numbers() -> None:
    alike: dict[str, Value] = {"channels": ["snapchat"]}
    s = session(personas=[dict(alike), dict(alike)])
    reasons = next(rec for rec in recommend(s) if rec.channel == "snapchat").reasons
    online = dict(reasons)["coach-reason-persona-online"]
    assert online["names"] == ["persona 1", "persona 2"]


@pytest.mark.parametrize("language", LANGS)
def test_persona_names_are_escaped(language: Language) -> None:
    s = session(language, personas=[{"name": "<b>&", "age": 22, "channels": ["snapchat"]}])
    shown = render_recommendations(language, recommend(s))
    assert_telegram_html(shown)
    assert "&lt;b&gt;&amp; (22)" in shown
    assert "<b>&" not in shown


def test_top_limits_the_channels_shown() -> None:
    recs = recommend(session())
    assert plain(render_recommendations("nb", recs, top=1)).count(". ") >= 1
    assert "2. " not in plain(render_recommendations("nb", recs, top=1))
    assert "1. " not in plain(render_recommendations("nb", recs, top=0))


PURPOSES = ("relations", "test_products", "internal", "sell", "recruit", "other", None)
GOAL_SETS = ([], ["interest"], ["engagement"], ["readers", "other"])
PEOPLE = (
    [],
    [MIA],
    [{"name": "Kari", "age": 67, "channels": ["facebook", "newsletter"]}, {"age": 45}],
    [{"name": "Ung", "age": 12, "channels": ["blog"]}],
)


@pytest.mark.parametrize("language", LANGS)
def test_every_reason_renders_as_telegram_html_in_both_languages(language: Language) -> None:
    seen: set[str] = set()
    for purpose, goal_types, people in itertools.product(PURPOSES, GOAL_SETS, PEOPLE):
        answers: dict[str, Value] = {"goal_types": list(goal_types)}
        if purpose:
            answers["purpose"] = purpose
        s = session(language, answers=answers, personas=list(people))
        for rec in recommend(s):
            for reason in rec.reasons:
                seen.add(reason[0])
                shown = str(reason_text(language, reason))
                assert_telegram_html(shown)
                assert "{" not in shown and "}" not in shown
                assert reason_text("nb", reason) != reason_text("en", reason)
    assert len(seen) >= 18
