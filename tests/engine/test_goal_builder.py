"""The SMART goal builder: a goal per goal type, metric buttons that fit the type,
SMART feedback after each goal, and personas that say what they read and where
they are online. Both languages."""

from __future__ import annotations

from datetime import timedelta

import pytest

from conversations import flow
from conversations.models import Language

from .helpers import ANSWERS, LANGS, TICK, Chat, assert_asks, finished, plain, start, text

SKIP = "/skip"

# A modest goal of the "engagement" type: 200 to 260 comments in three months
# with three hours a week. Every SMART letter is met and nothing is challenged.
GOAL: dict[Language, dict[str, str]] = {
    "nb": {
        "statement": "Få flere kommentarer på innleggene",
        "metric": "Kommentarer",
        "baseline": "200",
        "target": "260",
        "deadline": "om tre måneder",
        "why": "Kommentarene gir meg lyst til å skrive",
        "hours": "3",
    },
    "en": {
        "statement": "Get more comments on my posts",
        "metric": "Comments",
        "baseline": "200",
        "target": "260",
        "deadline": "in three months",
        "why": "Comments make me want to write",
        "hours": "3",
    },
}
GOAL_QUESTIONS = [question.id for question in flow.GOAL.questions]
# What a typed number is shown as: Babel's grouping, with a no-break space in bokmål.
TEN_THOUSAND = {"nb": "10\u00a0000", "en": "10,000"}


# -- getting there ---------------------------------------------------------------


def pick_goal_types(language: Language, *types: str, other: str = "") -> Chat:
    """A chat at `goal_types` that ticks `types` (in this order) and presses Done."""
    chat = start(language, at="goal_types")
    for goal_type in types:
        chat.press(text(language, f"opt-goal_types-{goal_type}"))
    chat.press(text(language, "button-done"))
    if flow.OTHER in types:
        assert_asks(chat, "goal_other")
        chat.text(other)
    return chat


def give(chat: Chat, ref: str, answer: str) -> None:
    """Answer `ref`, the open question: "/skip", a button on it by label, or typed text."""
    assert_asks(chat, ref)
    labels = [button.label for row in chat.last[-1].buttons for button in row]
    if answer == SKIP:
        chat.command("skip")
    elif answer in labels:
        chat.press(answer)
    else:
        chat.text(answer)


def fill_goal(chat: Chat, index: int, **changes: str) -> None:
    """Answer every question of goal `index`: the modest goal, with `changes`."""
    answers = {**GOAL[chat.lang], **changes}
    for question in GOAL_QUESTIONS:
        give(chat, f"goal.{index}.{question}", answers[question])


def feedback(chat: Chat, goal: str) -> list[str]:
    """The lines of the SMART feedback on `goal` in the last replies, after its title."""
    title = text(chat.lang, "smart-title", goal=goal)
    blocks = [block for block in chat.plain.split("\n\n") if block.startswith(title)]
    assert len(blocks) == 1, chat.plain
    return blocks[0].split("\n")[1:]


def met(language: Language, letter: str) -> str:
    return text(language, "smart-ok", letter=text(language, f"smart-letter-{letter}"))


def missing(language: Language, letter: str, key: str | None = None) -> str:
    question = text(language, key or f"smart-fix-{letter}")
    name = text(language, f"smart-letter-{letter}")
    return text(language, "smart-missing", letter=name, question=question)


def all_letters_met(language: Language) -> list[str]:
    return [met(language, letter) for letter in "SMART"]


def type_name(language: Language, goal_type: str) -> str:
    return text(language, f"opt-goal_types-{goal_type}")


# -- a goal per goal type -----------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_two_goal_types_make_two_goals_each_titled_by_its_type(language: Language) -> None:
    # Ticked readers first: the goals follow the goal types as they are listed.
    chat = pick_goal_types(language, "readers", "engagement")
    assert chat.session.answers["goal_types"] == ["engagement", "readers"]
    assert chat.session.groups["goal"] == [{"type": "engagement"}, {"type": "readers"}]
    assert_asks(chat, "goal.0.statement")
    engagement, readers = type_name(language, "engagement"), type_name(language, "readers")
    assert text(language, "q-goal-statement", number=1, name=engagement) in chat.plain

    fill_goal(chat, 0)
    # The first goal's feedback comes with the second goal's first question.
    assert feedback(chat, engagement)[-1] == text(language, "smart-all-met")
    assert_asks(chat, "goal.1.statement")
    assert text(language, "q-goal-statement", number=2, name=readers) in chat.plain

    fill_goal(chat, 1, metric=text(language, "opt-goal-metric-subscribers"))
    assert feedback(chat, readers)[-1] == text(language, "smart-all-met")
    assert_asks(chat, "areas")
    goals = chat.session.groups["goal"]
    assert [goal["type"] for goal in goals] == ["engagement", "readers"]
    assert [goal["metric"] for goal in goals] == ["comments", "subscribers"]
    assert goals[0] == {
        "type": "engagement",
        "statement": GOAL[language]["statement"],
        "metric": "comments",
        "baseline": 200,
        "target": 260,
        "deadline": "2026-08-15",
        "why": GOAL[language]["why"],
        "hours": 3,
    }


@pytest.mark.parametrize("language", LANGS)
def test_a_goal_of_its_own_is_titled_with_what_was_written(language: Language) -> None:
    own = {"nb": "Selge frø & planter", "en": "Sell seeds & plants"}[language]
    chat = pick_goal_types(language, "interest", "other", other=own)
    fill_goal(chat, 0, metric=text(language, "opt-goal-metric-reach"))
    assert_asks(chat, "goal.1.statement")
    assert text(language, "q-goal-statement", number=2, name=own) in chat.plain
    assert f"<b>{own.replace('&', '&amp;')}</b>" in chat.last[-1].html

    fill_goal(chat, 1)
    assert feedback(chat, own) == [*all_letters_met(language), text(language, "smart-all-met")]


@pytest.mark.parametrize(
    ("goal_type", "metrics"),
    [
        ("interest", ("reach", "page_views", "followers")),
        ("engagement", ("comments", "shares", "reviews", "engagement_rate")),
        ("readers", ("subscribers", "returning_readers", "followers")),
        # A goal of one's own gets every metric on offer.
        (flow.OTHER, flow.METRICS),
    ],
)
@pytest.mark.parametrize("language", LANGS)
def test_the_metric_buttons_fit_the_goal_type(
    language: Language, goal_type: str, metrics: tuple[str, ...]
) -> None:
    chat = pick_goal_types(language, goal_type, other="Noe eget")
    give(chat, "goal.0.statement", GOAL[language]["statement"])

    assert_asks(chat, "goal.0.metric")
    buttons = [button for row in chat.last[-1].buttons for button in row]
    assert [button.data for button in buttons] == [f"a:goal.0.metric:{m}" for m in metrics]
    assert [button.label for button in buttons] == [
        text(language, f"opt-goal-metric-{metric}") for metric in metrics
    ]


@pytest.mark.parametrize("language", LANGS)
def test_a_metric_button_of_another_goal_type_is_stale(language: Language) -> None:
    # "Abonnenter" fits a readers goal, not an engagement goal: its button is stale here.
    chat = pick_goal_types(language, "engagement")
    give(chat, "goal.0.statement", GOAL[language]["statement"])
    before = chat.snapshot()
    chat.data("a:goal.0.metric:subscribers")
    assert chat.last[0].notice
    assert chat.plain == text(language, "stale-button")
    assert chat.snapshot() == before


@pytest.mark.parametrize("language", LANGS)
def test_a_typed_metric_is_kept_as_typed_and_shown_in_the_summary(language: Language) -> None:
    typed = {"nb": "Kommentarer per innlegg", "en": "Comments per post"}[language]
    chat = pick_goal_types(language, "engagement")
    give(chat, "goal.0.statement", GOAL[language]["statement"])
    chat.text(typed)

    assert chat.session.groups["goal"][0]["metric"] == typed
    assert text(language, "option-unknown", typed=typed) not in chat.plain
    assert_asks(chat, "goal.0.baseline")
    chat.command("summary")
    assert f"• {text(language, 'label-goal-metric')}: {typed}" in chat.plain

    # Asked again, the typed metric is the current answer, shown as typed.
    chat.command("back")
    assert_asks(chat, "goal.0.metric")
    assert text(language, "current-answer", answer=typed) in chat.plain


@pytest.mark.parametrize("language", LANGS)
def test_a_typed_button_label_is_that_button(language: Language) -> None:
    chat = pick_goal_types(language, "engagement")
    give(chat, "goal.0.statement", GOAL[language]["statement"])
    chat.text(f"  {text(language, 'opt-goal-metric-engagement_rate').upper()} ")
    assert chat.session.groups["goal"][0]["metric"] == "engagement_rate"
    assert_asks(chat, "goal.0.baseline")


@pytest.mark.parametrize("language", LANGS)
def test_a_typed_metric_over_the_limit_is_refused(language: Language) -> None:
    chat = pick_goal_types(language, "engagement")
    give(chat, "goal.0.statement", GOAL[language]["statement"])
    before = chat.state()
    chat.text("x" * 101)
    assert chat.plain.startswith(text(language, "error-too-long", limit=100, length=101))
    assert_asks(chat, "goal.0.metric")
    assert chat.state() == before


@pytest.mark.parametrize("language", LANGS)
def test_decimals_and_thousands_in_the_goal_numbers(language: Language) -> None:
    chat = pick_goal_types(language, "engagement")
    fill_goal(
        chat,
        0,
        metric=text(language, "opt-goal-metric-engagement_rate"),
        baseline={"nb": "1,5", "en": "1.5"}[language],
        target={"nb": "2,5 %", "en": "2.5 %"}[language],
    )
    goal = chat.session.groups["goal"][0]
    assert (goal["baseline"], goal["target"]) == (1.5, 2.5)
    chat.command("summary")
    target = {"nb": "2,5", "en": "2.5"}[language]
    assert f"• {text(language, 'label-goal-target')}: {target}" in chat.plain


# -- /edit on the goal types ----------------------------------------------------------


def edit_goal_types(chat: Chat) -> None:
    chat.command("edit")
    chat.press(f"3. {text(chat.lang, 'part-goals')}")
    chat.press(text(chat.lang, "label-goal_types"))
    assert_asks(chat, "goal_types")


@pytest.mark.parametrize("language", LANGS)
def test_unticking_a_goal_type_drops_its_goal_and_keeps_the_other(language: Language) -> None:
    chat = finished(language)
    kept = dict(chat.session.groups["goal"][1])
    personas = chat.session.model_dump()["groups"]["persona"]
    edit_goal_types(chat)
    readers = type_name(language, "readers")
    assert f"{TICK} {readers}" in chat.labels()
    assert f"{TICK} {text(language, 'opt-goal_types-other')}" in chat.labels()

    chat.press(readers)
    chat.press(text(language, "button-done"))

    assert chat.session.answers["goal_types"] == ["other"]
    assert chat.session.groups["goal"] == [kept]
    assert chat.session.groups["persona"] == personas
    assert chat.ref is None
    assert text(language, "finished-updated") in chat.plain
    chat.command("summary")
    summary = chat.plain
    own = ANSWERS[language]["goal_other"]
    assert text(language, "summary-goal-heading", number=1, name=own) in summary
    assert str(ANSWERS[language]["goal.1.statement"]) in summary
    assert str(ANSWERS[language]["goal.0.statement"]) not in summary
    assert text(language, "summary-missing-title") not in summary

    # Ticked again, it comes back empty, in its place before the kept goal.
    edit_goal_types(chat)
    chat.press(readers)
    chat.press(text(language, "button-done"))
    assert chat.session.groups["goal"] == [{"type": "readers"}, kept]
    assert_asks(chat, "goal.0.statement")
    assert text(language, "q-goal-statement", number=1, name=readers) in chat.plain


@pytest.mark.parametrize("language", LANGS)
def test_a_skipped_question_stays_with_its_goal_when_another_goal_goes(
    language: Language,
) -> None:
    chat = pick_goal_types(language, "engagement", "readers")
    fill_goal(chat, 0, why=SKIP)
    fill_goal(chat, 1, hours=SKIP)
    assert chat.session.skipped == ["goal.0.why", "goal.1.hours"]
    chat.finish()
    edit_goal_types(chat)
    chat.press(type_name(language, "engagement"))
    chat.press(text(language, "button-done"))

    # The readers goal is goal 0 now, its skipped hours with it; the dropped goal's
    # skip is gone, so a new goal would not start with "why" skipped.
    assert [goal["type"] for goal in chat.session.groups["goal"]] == ["readers"]
    assert chat.session.skipped == ["goal.0.hours"]
    assert chat.ref is None
    assert text(language, "finished-updated") in chat.plain


# -- SMART feedback ---------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_feedback_when_every_letter_is_met(language: Language) -> None:
    chat = pick_goal_types(language, "engagement")
    fill_goal(chat, 0)
    assert feedback(chat, type_name(language, "engagement")) == [
        *all_letters_met(language),
        text(language, "smart-all-met"),
    ]
    assert "👏" in chat.plain
    assert "❌" not in chat.plain and "🤔" not in chat.plain
    assert text(language, "smart-how-to-fix") not in chat.plain
    # The feedback comes first, then the next question.
    assert chat.plain.startswith(
        text(language, "smart-title", goal=type_name(language, "engagement"))
    )
    assert_asks(chat, "areas")


@pytest.mark.parametrize("language", LANGS)
def test_feedback_asks_for_what_is_missing_when_questions_are_skipped(language: Language) -> None:
    chat = pick_goal_types(language, "engagement")
    fill_goal(chat, 0, baseline=SKIP, why=SKIP, hours=SKIP)

    assert chat.plain.startswith(text(language, "ack-skipped"))
    assert feedback(chat, type_name(language, "engagement")) == [
        met(language, "S"),
        missing(language, "M"),
        missing(language, "A"),
        missing(language, "R"),
        met(language, "T"),
        text(language, "smart-how-to-fix"),
    ]
    assert text(language, "smart-all-met") not in chat.plain
    assert_asks(chat, "areas")


@pytest.mark.parametrize("language", LANGS)
def test_feedback_on_a_statement_too_short_to_be_specific(language: Language) -> None:
    chat = pick_goal_types(language, "engagement")
    fill_goal(chat, 0, statement={"nb": "Mer prat", "en": "More talk"}[language])
    assert feedback(chat, type_name(language, "engagement"))[:2] == [
        missing(language, "S"),
        met(language, "M"),
    ]


@pytest.mark.parametrize("target", ["150", "200"])
@pytest.mark.parametrize("language", LANGS)
def test_feedback_challenges_a_target_not_above_the_baseline(
    language: Language, target: str
) -> None:
    chat = pick_goal_types(language, "engagement")
    fill_goal(chat, 0, target=target)

    # The letters hold; the person is asked, not stopped.
    assert feedback(chat, type_name(language, "engagement")) == [
        *all_letters_met(language),
        text(language, "smart-challenge-not-above", target=target, baseline="200"),
        text(language, "smart-how-to-fix"),
    ]
    assert chat.session.groups["goal"][0]["target"] == int(target)
    assert_asks(chat, "areas")


@pytest.mark.parametrize("language", LANGS)
def test_feedback_challenges_implausible_growth(language: Language) -> None:
    chat = pick_goal_types(language, "engagement")
    six_weeks = {"nb": "om seks uker", "en": "in six weeks"}[language]
    fill_goal(chat, 0, target="10 000", deadline=six_weeks)

    # 200 to 10 000 in 42 days: 50 times in 1.38 months, about 1 604 % a month.
    deadline = {"nb": "26. juni 2026", "en": "26 June 2026"}[language]
    challenge = text(
        language,
        "smart-challenge-growth",
        baseline="200",
        target=TEN_THOUSAND[language],
        deadline=deadline,
        rate=1604,
        hours="3",
    )
    assert feedback(chat, type_name(language, "engagement")) == [
        met(language, "S"),
        met(language, "M"),
        met(language, "A"),
        missing(language, "R", "smart-fix-R-pace"),
        met(language, "T"),
        challenge,
        text(language, "smart-how-to-fix"),
    ]
    shown = {
        "nb": f"🤔 Fra 200 til 10\u00a0000 innen {deadline} betyr rundt 1\u00a0604 % vekst",
        "en": f"🤔 Going from 200 to 10,000 by {deadline} means about 1,604 % growth",
    }[language]
    assert shown in chat.plain


@pytest.mark.parametrize("language", LANGS)
def test_growth_without_hours_is_judged_and_asked_for(language: Language) -> None:
    chat = pick_goal_types(language, "engagement")
    six_weeks = {"nb": "om seks uker", "en": "in six weeks"}[language]
    fill_goal(chat, 0, target="10 000", deadline=six_weeks, hours=SKIP)
    lines = feedback(chat, type_name(language, "engagement"))
    # No hours: the plain question for R, and the challenge says "?" hours.
    assert missing(language, "R") in lines
    assert any(line.startswith("🤔") and "?" in line for line in lines)


@pytest.mark.parametrize("language", LANGS)
def test_no_challenge_for_a_modest_goal(language: Language) -> None:
    chat = pick_goal_types(language, "engagement")
    fill_goal(chat, 0, baseline="200", target="260", hours="3")
    lines = feedback(chat, type_name(language, "engagement"))
    assert lines == [*all_letters_met(language), text(language, "smart-all-met")]
    assert not any(line.startswith("🤔") for line in lines)


@pytest.mark.parametrize("language", LANGS)
def test_a_passed_deadline_is_challenged_when_the_goal_is_looked_at_again(
    language: Language,
) -> None:
    chat = pick_goal_types(language, "engagement")
    fill_goal(chat, 0, deadline={"nb": "i morgen", "en": "tomorrow"}[language])
    chat.finish()
    chat.wait(timedelta(days=3))
    chat.command("edit")
    chat.press(f"3. {text(language, 'part-goals')}")
    chat.press(f"{type_name(language, 'engagement')}: {text(language, 'label-goal-why')}")
    chat.text(GOAL[language]["why"])

    lines = feedback(chat, type_name(language, "engagement"))
    assert missing(language, "T") in lines
    deadline = {"nb": "16. mai 2026", "en": "16 May 2026"}[language]
    assert text(language, "smart-challenge-deadline-passed", deadline=deadline) in lines


@pytest.mark.parametrize("language", LANGS)
def test_no_feedback_before_a_goal_is_complete(language: Language) -> None:
    chat = pick_goal_types(language, "engagement")
    for question in GOAL_QUESTIONS[:-1]:
        give(chat, f"goal.0.{question}", GOAL[language][question])
        assert "🎯" not in chat.plain
    # Changing an answer of the unfinished goal gives none either.
    chat.command("back")
    assert_asks(chat, "goal.0.why")
    chat.text("Fordi")
    assert text(language, "ack-changed") in chat.plain
    assert "🎯" not in chat.plain
    assert_asks(chat, "goal.0.hours")


@pytest.mark.parametrize("language", LANGS)
def test_editing_a_complete_goals_target_gives_fresh_feedback(language: Language) -> None:
    chat = finished(language)
    readers = type_name(language, "readers")
    chat.command("edit")
    chat.press(f"3. {text(language, 'part-goals')}")
    chat.press(f"{readers}: {text(language, 'label-goal-target')}")
    assert_asks(chat, "goal.0.target")
    chat.text("150")

    assert chat.session.groups["goal"][0]["target"] == 150
    blocks = chat.plain.split("\n\n")
    assert blocks[0] == text(language, "ack-changed")
    lines = feedback(chat, readers)
    assert text(language, "smart-challenge-not-above", target="150", baseline="200") in lines
    assert chat.plain.endswith(text(language, "finished-updated"))

    # Back to a target above the baseline: the challenge is gone.
    chat.command("edit")
    chat.press(f"3. {text(language, 'part-goals')}")
    chat.press(f"{readers}: {text(language, 'label-goal-target')}")
    chat.text("1 500")
    assert feedback(chat, readers) == [*all_letters_met(language), text(language, "smart-all-met")]


@pytest.mark.parametrize("language", LANGS)
def test_editing_something_else_gives_no_goal_feedback(language: Language) -> None:
    chat = finished(language)
    chat.command("edit")
    chat.press(f"4. {text(language, 'part-channels')}")
    chat.press(text(language, "label-frequency"))
    chat.press(text(language, "opt-frequency-daily"))
    assert "🎯" not in chat.plain


# -- personas: what they read and where they are online ----------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_persona_channels_are_a_multiple_choice_without_other(language: Language) -> None:
    chat = start(language, at="persona.0.channels")
    assert text(language, "q-persona-channels", name="Kari") in chat.plain
    assert text(language, "hint-multi") in chat.plain
    assert chat.labels() == [
        *(text(language, f"opt-persona-channels-{channel}") for channel in flow.PERSONA_CHANNELS),
        text(language, "button-done"),
    ]
    chat.press(text(language, "button-done"))
    toast, again = chat.last
    assert toast.notice and plain(toast.html) == text(language, "error-pick-one")
    assert plain(again.html).startswith(text(language, "error-pick-one"))
    assert chat.ref == "persona.0.channels"


@pytest.mark.parametrize("language", LANGS)
def test_persona_card_shows_what_they_read_and_where_they_are(language: Language) -> None:
    wants = {"nb": "Raske tips for travle uker", "en": "Quick tips for busy weeks"}[language]
    chat = start(language, at="persona.0.wants")
    assert text(language, "q-persona-wants", name="Kari") in chat.plain
    chat.text(wants)
    assert_asks(chat, "persona.0.channels")
    chat.press(text(language, "opt-persona-channels-facebook"))
    chat.press(text(language, "opt-persona-channels-blog"))
    chat.press(text(language, "button-done"))
    assert chat.session.groups["persona"][0]["channels"] == ["facebook", "blog"]
    assert_asks(chat, "persona.0.more")

    chat.command("persona")
    card = plain(chat.last[0].html).splitlines()
    blogs = text(language, "opt-persona-channels-blog")
    assert f"{text(language, 'card-wants')}: {wants}" in card
    assert f"{text(language, 'card-channels')}: Facebook, {blogs}" in card
    # The card ends with how to write to Kari, from her problems and what she reads.
    problems = str(ANSWERS[language]["persona.0.problems"])
    assert card[-1] == text(
        language,
        "card-write-to-both",
        name="Kari",
        wants=wants[0].lower() + wants[1:],
        problems=problems[0].lower() + problems[1:],
    )


@pytest.mark.parametrize("language", LANGS)
def test_persona_wants_and_channels_can_be_edited(language: Language) -> None:
    chat = start(language, at="goal_types")
    chat.command("edit")
    chat.press(f"2. {text(language, 'part-reader')}")
    chat.press(f"Ahmed: {text(language, 'label-persona-channels')}")
    assert_asks(chat, "persona.1.channels")
    assert f"{TICK} {text(language, 'opt-persona-channels-youtube')}" in chat.labels()
    chat.press(text(language, "opt-persona-channels-tiktok"))
    chat.press(text(language, "button-done"))
    assert chat.session.groups["persona"][1]["channels"] == ["tiktok", "youtube"]
    assert text(language, "ack-changed") in chat.plain
    assert_asks(chat, "goal_types")
