"""Every command: /back, /skip, /edit, /restart, /language, /help, /cancel, /summary,
/persona, /start and an unknown one, in both languages."""

from __future__ import annotations

from datetime import timedelta

import pytest

from conversations import flow
from conversations.events import COMMANDS, Attachment, Document
from conversations.models import Language, RestartMenu

from .helpers import (
    ANSWERS,
    LANGS,
    NOW,
    TICK,
    Chat,
    assert_asks,
    finished,
    other,
    plain,
    progress,
    start,
    text,
)

ANSWER_NOW = {"nb": "Svaret ditt nå", "en": "Your answer now"}

# -- /back --------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_back_shows_the_previous_question_with_its_answer(language: Language) -> None:
    chat = start(language, at="passion")
    chat.command("back")

    assert_asks(chat, "topic")
    assert chat.session.focus == "topic"
    topic = ANSWERS[language]["topic"]
    assert f"{ANSWER_NOW[language]}: <i>{topic}</i>" in chat.html
    assert text(language, "current-answer", answer=topic) in chat.plain


@pytest.mark.parametrize("language", LANGS)
def test_answering_after_back_changes_it_and_returns_to_where_you_were(
    language: Language,
) -> None:
    chat = start(language, at="reader")
    chat.command("back")
    assert_asks(chat, "achieve")
    chat.command("back")
    assert_asks(chat, "why")
    before = dict(chat.session.answers)

    chat.text("Fordi kundene er der")

    assert chat.session.answers == {**before, "why": "Fordi kundene er der"}
    assert chat.session.focus is None
    assert text(language, "ack-changed") in chat.plain
    assert_asks(chat, "reader")


@pytest.mark.parametrize("language", LANGS)
def test_back_at_the_first_question(language: Language) -> None:
    chat = start(language)
    chat.command("back")
    assert chat.plain.startswith(text(language, "back-at-start"))
    assert_asks(chat, "topic")
    assert chat.session.focus is None
    assert chat.session.answers == {}

    chat.text("Bakeri")
    chat.command("back")
    chat.command("back")
    assert text(language, "back-at-start") in chat.plain
    assert chat.session.focus == "topic"
    assert_asks(chat, "topic")


@pytest.mark.parametrize("language", LANGS)
def test_back_over_a_part_boundary(language: Language) -> None:
    chat = start(language, at="goal_types")
    chat.command("back")

    # Back from part 3 to the last question of part 2: "another persona?".
    assert_asks(chat, "persona.1.more")
    assert progress(language, 2) in chat.plain
    assert f"{ANSWER_NOW[language]}: {text(language, 'opt-no')}" in chat.plain

    chat.press(text(language, "opt-no"))
    assert_asks(chat, "goal_types")
    assert len(chat.session.groups["persona"]) == 2

    chat = start(language, at="persona.0.name")
    chat.command("back")
    assert_asks(chat, "reader_wants")
    assert "persona" not in chat.session.groups


@pytest.mark.parametrize("language", LANGS)
def test_back_undoes_a_yes_to_another_persona(language: Language) -> None:
    chat = start(language, at="persona.1.name")
    assert len(chat.session.groups["persona"]) == 2
    chat.command("back")
    assert_asks(chat, "persona.0.more")
    chat.press(text(language, "opt-no"))

    assert [item["name"] for item in chat.session.groups["persona"]] == ["Kari"]
    assert chat.session.groups["persona"][0]["more"] == "no"
    assert_asks(chat, "goal_types")


@pytest.mark.parametrize("language", LANGS)
def test_back_after_finishing(language: Language) -> None:
    chat = finished(language)
    chat.command("back")

    assert_asks(chat, "review")
    assert f"{ANSWER_NOW[language]}: {text(language, 'opt-review-monthly')}" in chat.plain
    chat.press(text(language, "opt-review-weekly"))

    assert chat.session.answers["review"] == "weekly"
    assert chat.session.finished_at == NOW
    assert chat.ref is None
    assert text(language, "ack-changed") in chat.plain
    assert text(language, "finished-updated") in chat.plain
    # Finishing again does not repeat the whole summary.
    assert text(language, "done-intro") not in chat.plain


# -- /skip --------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_skip_an_optional_question(language: Language) -> None:
    chat = start(language, at="persona.0.occupation")
    assert text(language, "hint-optional") in chat.plain
    chat.command("skip")

    assert chat.session.skipped == ["persona.0.occupation"]
    assert "occupation" not in chat.session.groups["persona"][0]
    assert chat.plain.startswith(text(language, "ack-skipped"))
    assert_asks(chat, "persona.0.hobbies")

    chat.command("persona")
    assert text(language, "card-occupation") not in chat.plain
    assert text(language, "card-place") in chat.plain


@pytest.mark.parametrize("language", LANGS)
def test_back_to_a_skipped_question_and_answer_it(language: Language) -> None:
    chat = start(language, at="persona.0.occupation")
    chat.command("skip")
    chat.command("back")
    assert_asks(chat, "persona.0.occupation")
    assert ANSWER_NOW[language] not in chat.plain
    chat.text("Bonde")

    assert chat.session.skipped == []
    assert chat.session.groups["persona"][0]["occupation"] == "Bonde"
    assert_asks(chat, "persona.0.hobbies")


@pytest.mark.parametrize(
    ("language", "at"),
    [(lang, at) for lang in LANGS for at in ("topic", "purpose", "persona.0.name", "areas")],
)
def test_skip_a_required_question_is_refused_with_why(language: Language, at: str) -> None:
    chat = start(language, at=at)
    before = chat.snapshot()
    chat.command("skip")

    slot = flow.find_slot(chat.session, at)
    assert slot is not None
    why = text(language, f"why-{flow.text_id(slot.question, slot.group)}")
    assert text(language, "skip-required", why=why) in chat.plain
    assert_asks(chat, at)
    assert chat.snapshot() == before


@pytest.mark.parametrize("language", LANGS)
def test_skip_after_finishing(language: Language) -> None:
    chat = finished(language)
    before = chat.snapshot()
    chat.command("skip")
    assert chat.plain == text(language, "finished-hint")
    # A command closes the export menu the interview ended with; nothing else changes.
    assert chat.snapshot() == {**before, "menu": None}


# -- /edit --------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_edit_menu_question_change_and_back_to_where_you_were(language: Language) -> None:
    chat = start(language, at="reader")
    chat.command("edit")

    assert chat.plain == text(language, "edit-choose-part")
    # Only the parts with answers are offered.
    assert chat.labels() == [f"1. {text(language, 'part-purpose')}"]
    chat.press(f"1. {text(language, 'part-purpose')}")

    assert chat.last[-1].edit
    part = f"1. {text(language, 'part-purpose')}"
    assert chat.plain == text(language, "edit-choose-question", part=part)
    labels = ["topic", "passion", "purpose", "purpose_other", "why", "achieve"]
    assert chat.labels() == [
        *(text(language, f"label-{ref}") for ref in labels),
        text(language, "button-edit-back"),
    ]
    chat.press(text(language, "label-passion"))

    assert_asks(chat, "passion")
    passion = ANSWERS[language]["passion"]
    assert text(language, "current-answer", answer=passion) in chat.plain
    before = dict(chat.session.answers)
    chat.text("Surdeig")

    assert chat.session.answers == {**before, "passion": "Surdeig"}
    assert text(language, "ack-changed") in chat.plain
    assert_asks(chat, "reader")


@pytest.mark.parametrize("language", LANGS)
def test_edit_back_button_returns_to_the_parts(language: Language) -> None:
    chat = start(language, at="goal_types")
    chat.command("edit")
    chat.press(f"2. {text(language, 'part-reader')}")
    assert f"Kari: {text(language, 'label-persona-age')}" in chat.labels()
    assert f"Ahmed: {text(language, 'label-persona-name')}" in chat.labels()
    chat.press(text(language, "button-edit-back"))

    assert chat.last[-1].edit
    assert chat.plain == text(language, "edit-choose-part")
    assert len(chat.labels()) == 2


@pytest.mark.parametrize("language", LANGS)
def test_edit_a_persona_answer(language: Language) -> None:
    chat = start(language, at="goal_types")
    chat.command("edit")
    chat.press(f"2. {text(language, 'part-reader')}")
    chat.press(f"Ahmed: {text(language, 'label-persona-age')}")

    assert_asks(chat, "persona.1.age")
    assert text(language, "q-persona-age", name="Ahmed") in chat.plain
    chat.text("43")
    assert chat.session.groups["persona"][1]["age"] == 43
    assert chat.session.groups["persona"][0]["age"] == 35
    assert_asks(chat, "goal_types")


@pytest.mark.parametrize("language", LANGS)
def test_edit_after_finishing_says_the_strategy_is_updated(language: Language) -> None:
    chat = finished(language)
    chat.command("edit")
    assert len(chat.labels()) == 5
    chat.press(f"4. {text(language, 'part-channels')}")
    chat.press(text(language, "label-frequency"))
    assert_asks(chat, "frequency")
    chat.press(text(language, "opt-frequency-daily"))

    assert chat.session.answers["frequency"] == "daily"
    assert chat.session.finished_at == NOW
    assert chat.plain.endswith(text(language, "finished-updated"))
    chat.command("summary")
    daily = text(language, "opt-frequency-daily")
    assert f"{text(language, 'label-frequency')}: {daily}" in chat.plain


@pytest.mark.parametrize("language", LANGS)
def test_edit_the_goals_lists_each_goals_questions_under_its_name(language: Language) -> None:
    chat = finished(language)
    chat.command("edit")
    chat.press(f"3. {text(language, 'part-goals')}")

    goal_questions = ["statement", "metric", "baseline", "target", "deadline", "why", "hours"]
    names = [text(language, "opt-goal_types-readers"), str(ANSWERS[language]["goal_other"])]
    assert chat.labels() == [
        text(language, "label-goal_types"),
        text(language, "label-goal_other"),
        *(
            f"{name}: {text(language, f'label-goal-{question}')}"
            for name in names
            for question in goal_questions
        ),
        text(language, "button-edit-back"),
    ]
    chat.press(f"{names[1]}: {text(language, 'label-goal-deadline')}")
    assert_asks(chat, "goal.1.deadline")
    chat.text({"nb": "i morgen", "en": "tomorrow"}[language])
    assert chat.session.groups["goal"][1]["deadline"] == "2026-05-16"
    assert chat.session.groups["goal"][0]["deadline"] == "2027-03-01"
    assert text(language, "finished-updated") in chat.plain


@pytest.mark.parametrize("language", LANGS)
def test_edit_with_no_answers(language: Language) -> None:
    chat = start(language)
    chat.command("edit")
    assert chat.plain.startswith(text(language, "edit-nothing"))
    assert_asks(chat, "topic")
    # The menu's own buttons are refused too.
    chat.data("m:")
    assert chat.last[0].notice


# -- /restart -------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_restart_no_keeps_everything(language: Language) -> None:
    chat = start(language, at="why")
    before = chat.snapshot()
    chat.command("restart")
    assert chat.plain == text(language, "restart-confirm")
    assert chat.session.menu == RestartMenu()
    chat.press(text(language, "button-restart-no"))

    assert chat.plain.startswith(text(language, "restart-kept"))
    assert_asks(chat, "why")
    assert chat.snapshot() == before


@pytest.mark.parametrize("language", LANGS)
def test_restart_yes_wipes_answers_but_keeps_language(language: Language) -> None:
    chat = start(language, at="persona.0.occupation")
    chat.command("skip")
    chat.finish()
    assert chat.session.skipped and chat.session.finished_at
    chat.command("restart")
    chat.press(text(language, "button-restart-yes"))

    s = chat.session
    assert (s.answers, s.groups, s.skipped, s.draft) == ({}, {}, [], {})
    assert (s.finished_at, s.focus, s.menu) == (None, None, None)
    assert s.language == language
    assert s.person_id == "4711"
    assert s.created_at == NOW
    assert chat.plain.startswith(text(language, "restart-done"))
    assert_asks(chat, "topic")


@pytest.mark.parametrize(("language", "word"), [("nb", "ja"), ("en", "yes"), ("en", "Yes")])
def test_restart_typed_yes(language: Language, word: str) -> None:
    chat = start(language, at="why")
    chat.command("restart")
    chat.text(word)

    assert chat.session.answers == {}
    assert chat.plain.startswith(text(language, "restart-done"))
    assert_asks(chat, "topic")


@pytest.mark.parametrize(("language", "word"), [("nb", "nei"), ("en", "no")])
def test_restart_typed_no_is_not_taken_as_an_answer(language: Language, word: str) -> None:
    chat = start(language, at="why")
    before = chat.snapshot()
    chat.command("restart")
    chat.text(word)

    assert chat.snapshot() == before
    assert "why" not in chat.session.answers
    assert chat.plain.startswith(text(language, "restart-kept"))
    assert_asks(chat, "why")


@pytest.mark.parametrize("language", LANGS)
def test_restart_typed_full_label(language: Language) -> None:
    chat = start(language, at="why")
    chat.command("restart")
    chat.text(text(language, "button-restart-yes").upper())
    assert chat.session.answers == {}


@pytest.mark.parametrize("language", LANGS)
def test_stale_restart_buttons_are_refused(language: Language) -> None:
    chat = start(language, at="why")
    chat.command("restart")
    yes = chat.button(text(language, "button-restart-yes"))
    chat.press(text(language, "button-restart-no"))
    chat.text("Fordi")
    before = chat.snapshot()

    chat.data(yes.data)
    assert len(chat.last) == 1
    assert chat.last[0].notice
    assert chat.plain == text(language, "stale-button")
    assert chat.snapshot() == before
    assert chat.session.answers["why"] == "Fordi"


@pytest.mark.parametrize("language", LANGS)
def test_text_while_restart_is_asked_is_not_an_answer(language: Language) -> None:
    """The second reproduction of issue 10: "hmm not sure" at "restart?" is no answer."""
    chat = start(language, at="achieve")
    before = chat.snapshot()
    chat.command("restart")
    chat.text("hmm not sure")
    assert chat.snapshot() == before | {"menu": {"kind": "restart"}}
    assert "achieve" not in chat.session.answers
    assert chat.plain.startswith(text(language, "menu-pick-one"))
    assert text(language, "restart-confirm") in chat.plain
    assert [b.data for b in chat.buttons()] == ["r:yes", "r:no"]
    # /cancel goes back to the question, which is still open.
    chat.command("cancel")
    assert chat.session.menu is None
    assert chat.plain.startswith(text(language, "menu-closed"))
    assert_asks(chat, "achieve")
    chat.text("Flere kunder")
    assert chat.session.answers["achieve"] == "Flere kunder"


@pytest.mark.parametrize("language", LANGS)
def test_restart_with_nothing_to_restart(language: Language) -> None:
    chat = start(language)
    chat.command("restart")
    assert chat.plain.startswith(text(language, "restart-nothing"))
    assert chat.session.menu is None
    assert_asks(chat, "topic")


# -- /language -------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_language_switch_keeps_answers(language: Language) -> None:
    chat = start(language, at="purpose")
    before = chat.session.model_dump(include={"answers", "groups", "skipped"})
    chat.command("language")
    assert chat.plain == text(language, "language-choose")
    assert chat.labels() == ["Norsk (bokmål)", "English"]

    switched = other(language)
    chat.press(text(language, f"language-{switched}"))

    assert chat.session.language == switched
    assert chat.session.model_dump(include={"answers", "groups", "skipped"}) == before
    assert chat.plain.startswith(text(switched, "language-set"))
    assert_asks(chat, "purpose")
    assert text(language, "q-purpose") not in chat.plain
    assert chat.labels()[0] == text(switched, "opt-purpose-relations")

    chat.press(text(switched, "opt-purpose-sell"))
    assert chat.session.answers["purpose"] == "sell"
    assert progress(switched, 1) in chat.plain


def test_language_switch_reads_in_the_new_language() -> None:
    chat = start("nb", at="topic")
    chat.command("language")
    chat.press("English")
    assert "OK, we'll speak English from now on." in chat.plain
    assert "Part 1 of 5: You and your purpose" in chat.plain
    chat.command("language")
    chat.press("Norsk (bokmål)")
    assert "Greit, nå snakker vi norsk." in chat.plain
    assert "Del 1 av 5: Deg og formålet ditt" in chat.plain


@pytest.mark.parametrize("language", LANGS)
def test_language_after_finishing(language: Language) -> None:
    chat = finished(language)
    chat.command("language")
    chat.press(text(language, f"language-{other(language)}"))
    assert chat.plain == "\n\n".join(
        [text(other(language), "language-set"), text(other(language), "finished-hint")]
    )
    chat.command("summary")
    assert text(other(language), "summary-title") in chat.plain


# -- /help, /cancel, unknown -------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_help_lists_the_commands_and_repeats_the_question(language: Language) -> None:
    chat = start(language, at="reader")
    before = chat.snapshot()
    chat.command("help")
    assert text(language, "help") in chat.plain
    for name in ("summary", "persona", "back", "skip", "edit", "language", "cancel", "restart"):
        assert f"/{name} – " in chat.plain
    assert_asks(chat, "reader")
    assert chat.snapshot() == before


@pytest.mark.parametrize("language", LANGS)
def test_cancel_pauses_and_the_next_message_is_not_an_answer(language: Language) -> None:
    chat = start(language, at="why")
    before = chat.state()
    chat.command("cancel")
    assert chat.plain == text(language, "paused")
    assert chat.session.paused

    chat.text("Dette er ikke et svar")
    assert chat.state() == before
    assert not chat.session.paused
    assert chat.plain.startswith(text(language, "welcome-back"))
    assert_asks(chat, "why")

    chat.text("Fordi")
    assert chat.session.answers["why"] == "Fordi"
    assert_asks(chat, "achieve")


@pytest.mark.parametrize("language", LANGS)
def test_cancel_then_start(language: Language) -> None:
    chat = start(language, at="purpose")
    chat.command("cancel")
    chat.command("start")
    assert not chat.session.paused
    assert chat.plain.startswith(text(language, "welcome-back"))
    assert_asks(chat, "purpose")


@pytest.mark.parametrize("language", LANGS)
def test_cancel_then_a_button_press_answers(language: Language) -> None:
    chat = start(language, at="purpose")
    chat.command("cancel")
    chat.press(text(language, "opt-purpose-sell"))
    assert chat.session.answers["purpose"] == "sell"
    assert not chat.session.paused
    assert_asks(chat, "why")


@pytest.mark.parametrize("language", LANGS)
def test_unknown_command(language: Language) -> None:
    chat = start(language, at="passion")
    before = chat.snapshot()
    chat.command("frobnicate")
    assert chat.plain.startswith(text(language, "unknown-command", command="frobnicate"))
    assert "/frobnicate" in chat.plain
    assert_asks(chat, "passion")
    assert chat.snapshot() == before


def test_every_command_is_handled() -> None:
    for name in COMMANDS:
        chat = start("nb", at="passion")
        chat.command(name)
        assert chat.last, name
        assert text("nb", "unknown-command", command=name) not in chat.plain


# -- /summary and /persona -------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_summary_at_the_start_names_everything_missing(language: Language) -> None:
    chat = start(language)
    chat.command("summary")
    assert text(language, "summary-title") in chat.plain
    assert text(language, "summary-missing-title") in chat.plain
    for part in flow.INTERVIEW:
        assert f"• {text(language, f'part-{part.id}')}: " in chat.plain
    assert text(language, "advice-make-persona") in chat.plain
    assert_asks(chat, "topic")


@pytest.mark.parametrize("language", LANGS)
def test_summary_part_way_shows_answers_and_names_what_is_missing(language: Language) -> None:
    chat = start(language, at="persona.0.place")
    before = chat.snapshot()
    chat.command("summary")

    shown = chat.plain
    topic = ANSWERS[language]["topic"]
    assert f"{text(language, 'label-topic')}: {topic}" in shown
    assert f"{text(language, 'summary-persona', number=1)}: Kari (/persona)" in shown
    missing = shown.split(text(language, "summary-missing-title"))[1]
    assert text(language, "label-topic") not in missing
    assert f"• {text(language, 'part-reader')}: " in missing
    assert text(language, "summary-persona", number=1) in missing
    assert text(language, "label-persona-place").lower() in missing
    assert text(language, "label-persona-age").lower() not in missing
    # No goal is named before the goal types are picked: one goal per type.
    goals_missing = f"• {text(language, 'part-goals')}: {text(language, 'label-goal_types')}\n"
    assert goals_missing in missing
    assert f"• {text(language, 'part-purpose')}: " not in missing
    assert text(language, "summary-missing-how") in missing
    assert_asks(chat, "persona.0.place")
    assert chat.snapshot() == before


@pytest.mark.parametrize("language", LANGS)
def test_summary_after_finishing_has_nothing_missing(language: Language) -> None:
    chat = finished(language)
    chat.command("summary")
    assert text(language, "summary-title") in chat.plain
    assert text(language, "summary-missing-title") not in chat.plain
    # No question to put after it.
    assert progress(language, 5) not in chat.plain


@pytest.mark.parametrize("language", LANGS)
def test_persona_before_any_persona(language: Language) -> None:
    chat = start(language, at="reader")
    chat.command("persona")
    assert chat.plain.startswith(text(language, "no-personas"))
    assert_asks(chat, "reader")


@pytest.mark.parametrize("language", LANGS)
def test_persona_part_way(language: Language) -> None:
    chat = start(language, at="persona.0.place")
    chat.command("persona")
    card = plain(chat.last[0].html)
    assert card.splitlines()[0] == text(language, "card-heading-age", name="Kari", age=35)
    assert card.splitlines()[-1] == text(language, "card-write-to", name="Kari")
    assert text(language, "card-place") not in card
    assert_asks(chat, "persona.0.place")


@pytest.mark.parametrize("language", LANGS)
def test_persona_after_finishing_shows_both_cards_only(language: Language) -> None:
    chat = finished(language)
    chat.command("persona")
    # One image per persona, each with its text card as the caption.
    assert [reply.attachment for reply in chat.last] == [
        Attachment(Document.PERSONA_CARD, 0),
        Attachment(Document.PERSONA_CARD, 1),
    ]
    for index, name in enumerate(["Kari", "Ahmed"]):
        wants = str(ANSWERS[language][f"persona.{index}.wants"])
        problems = str(ANSWERS[language][f"persona.{index}.problems"])
        write_to = text(
            language,
            "card-write-to-both",
            name=name,
            wants=wants[0].lower() + wants[1:],
            problems=problems[0].lower() + problems[1:],
        )
        assert write_to in chat.plain
    assert str(ANSWERS[language]["persona.1.problems"]) in chat.plain
    assert str(ANSWERS[language]["persona.1.wants"]) in chat.plain


# -- /start ----------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_start_for_a_new_person(language: Language) -> None:
    chat = Chat(language)
    chat.command("start")
    assert chat.plain.startswith(text(language, "welcome"))
    assert_asks(chat, "topic")
    assert chat.session.answers == {}


@pytest.mark.parametrize("language", LANGS)
def test_start_for_a_returning_person(language: Language) -> None:
    chat = start(language, at="reader_wants")
    chat.wait(timedelta(days=3))
    chat.command("start")
    assert chat.plain.startswith(text(language, "welcome-back"))
    assert text(language, "welcome") not in chat.plain
    assert_asks(chat, "reader_wants")


@pytest.mark.parametrize("language", LANGS)
def test_start_for_a_finished_person(language: Language) -> None:
    chat = finished(language)
    before = chat.snapshot()
    chat.command("start")
    assert chat.plain == text(language, "welcome-back-finished")
    assert chat.snapshot() == {**before, "menu": None}


@pytest.mark.parametrize("language", LANGS)
def test_text_after_finishing(language: Language) -> None:
    chat = finished(language)
    before = chat.snapshot()
    # The interview ended on the export formats, a menu: text is read against it.
    chat.text("Hei igjen")
    assert chat.plain.startswith(text(language, "menu-pick-one"))
    assert [b.data for b in chat.buttons()] == ["x:markdown", "x:json"]
    assert chat.snapshot() == before
    chat.command("cancel")
    assert chat.plain.endswith(text(language, "finished-hint"))
    chat.text("Hei igjen")
    assert chat.plain == text(language, "finished-hint")
    assert chat.snapshot() == {**before, "menu": None}


@pytest.mark.parametrize("language", LANGS)
def test_ticks_show_on_the_buttons(language: Language) -> None:
    chat = start(language, at="areas")
    chat.press(text(language, "opt-areas-crm"))
    assert f"{TICK} {text(language, 'opt-areas-crm')}" in chat.labels()
    assert chat.session.draft == {"areas": ["crm"]}
    chat.press(text(language, "opt-areas-crm"))
    assert text(language, "opt-areas-crm") in chat.labels()
    assert chat.session.draft == {"areas": []}
    assert "areas" not in chat.session.answers
