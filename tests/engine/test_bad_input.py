"""Bad input: a clear reply in the person's language, the question again, nothing changed."""

from __future__ import annotations

from datetime import timedelta

import pytest

from conversations import flow
from conversations.events import Edited, Event, NonText, Text
from conversations.models import Language

from .helpers import LANGS, TICK, Chat, assert_asks, finished, other, plain, start, text

NON_TEXT_KINDS = ("photo", "sticker", "voice", "location", "document")


def assert_refused(chat: Chat, at: str, key: str, **args: object) -> None:
    """The last event was refused: `key` explained, `at` asked again, nothing stored."""
    language = chat.lang
    assert chat.plain.startswith(text(language, key, **args)), chat.plain
    assert text(other(language), key, **args) not in chat.plain
    assert_asks(chat, at)


def refuse(language: Language, at: str, event: Event, key: str, **args: object) -> Chat:
    chat = start(language, at=at)
    before = chat.state()
    chat.send(event)
    assert_refused(chat, at, key, **args)
    assert chat.state() == before
    return chat


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize("kind", NON_TEXT_KINDS)
@pytest.mark.parametrize("at", ["topic", "purpose", "goal_types", "persona.0.age"])
def test_non_text(language: Language, kind: str, at: str) -> None:
    refuse(language, at, NonText(kind), "error-not-text", kind=kind)


@pytest.mark.parametrize(
    ("language", "kind", "shown"),
    [
        ("nb", "photo", "Jeg kan dessverre ikke lese bilder."),
        ("nb", "voice", "Jeg kan dessverre ikke lese talemeldinger."),
        ("nb", "animation", "Jeg kan dessverre ikke lese den typen meldinger."),
        ("en", "sticker", "Sorry, I can't read stickers."),
        ("en", "document", "Sorry, I can't read files."),
        ("en", "animation", "Sorry, I can't read that kind of message."),
    ],
)
def test_non_text_names_what_was_sent(language: Language, kind: str, shown: str) -> None:
    chat = refuse(language, "topic", NonText(kind), "error-not-text", kind=kind)
    assert chat.plain.startswith(shown)


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize("typed", ["", " ", "   \n\t  "])
@pytest.mark.parametrize("at", ["topic", "persona.0.name", "goal.0.target", "goal.0.deadline"])
def test_empty_text(language: Language, typed: str, at: str) -> None:
    refuse(language, at, Text(typed), "error-empty")


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize(("at", "limit"), [("topic", 300), ("persona.0.name", 60)])
def test_text_over_the_limit(language: Language, at: str, limit: int) -> None:
    chat = refuse(
        language, at, Text("x" * (limit + 1)), "error-too-long", limit=limit, length=limit + 1
    )
    assert str(limit) in chat.plain.split("\n\n")[0]
    # At the limit it is taken.
    chat.text("y" * limit)
    assert chat.ref != at


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize("typed", ["35.5", "35,5"])
def test_age_not_a_whole_number(language: Language, typed: str) -> None:
    chat = refuse(language, "persona.0.age", Text(typed), "error-not-whole-number", example=35)
    assert "35" in chat.plain.split("\n\n")[0]


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize(("typed", "age"), [("tretti", 30), ("thirty-five", 35), ("ca. 40", 40)])
def test_age_in_words_is_read(language: Language, typed: str, age: int) -> None:
    chat = start(language, at="persona.0.age")
    chat.text(typed)
    assert chat.session.groups["persona"][0]["age"] == age


@pytest.mark.parametrize("language", LANGS)
def test_a_negative_age_is_out_of_range(language: Language) -> None:
    refuse(language, "persona.0.age", Text("-35"), "error-out-of-range", minimum=10, maximum=100)


@pytest.mark.parametrize("language", LANGS)
def test_an_age_with_other_words_is_not_a_number(language: Language) -> None:
    refuse(language, "persona.0.age", Text("35 katter"), "error-not-a-number", example=35)


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize("typed", ["5", "9", "101", "150"])
def test_age_out_of_range(language: Language, typed: str) -> None:
    chat = refuse(
        language, "persona.0.age", Text(typed), "error-out-of-range", minimum=10, maximum=100
    )
    error = chat.plain.split("\n\n")[0]
    assert "10" in error
    assert "100" in error


@pytest.mark.parametrize(
    ("language", "typed", "age"),
    [
        ("nb", "35 år", 35),
        ("nb", "10", 10),
        ("en", "35 years", 35),
        ("en", "100", 100),
        ("en", " 35 ", 35),
    ],
)
def test_age_accepted(language: Language, typed: str, age: int) -> None:
    chat = start(language, at="persona.0.age")
    chat.text(typed)
    assert chat.session.groups["persona"][0]["age"] == age
    assert_asks(chat, "persona.0.place")


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize(
    ("typed", "target"),
    [("1 500", 1500), ("1500", 1500), ("12 000", 12000), ("1\u00a0500", 1500)],
)
def test_target_with_thousands_separator(language: Language, typed: str, target: int) -> None:
    chat = start(language, at="goal.0.target")
    chat.text(typed)
    assert chat.session.groups["goal"][0]["target"] == target
    assert_asks(chat, "goal.0.deadline")


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize("typed", ["mange", "500 000 000 000 000", "-5"])
def test_target_refused(language: Language, typed: str) -> None:
    chat = start(language, at="goal.0.target")
    before = chat.state()
    chat.text(typed)
    assert_asks(chat, "goal.0.target")
    assert chat.state() == before


@pytest.mark.parametrize("language", LANGS)
def test_target_may_be_zero(language: Language) -> None:
    # "Down to 0 complaints" is a target too; the SMART feedback questions it.
    chat = start(language, at="goal.0.target")
    chat.text("0")
    assert chat.session.groups["goal"][0]["target"] == 0
    assert_asks(chat, "goal.0.deadline")


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize("typed", ["blah", "12", "snart", "the 45th of Smarch"])
def test_deadline_not_a_date(language: Language, typed: str) -> None:
    refuse(language, "goal.0.deadline", Text(typed), "error-not-a-date")


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("nb", "1. mars 2020"),
        ("nb", "i dag"),
        ("nb", "14.05.2026"),
        ("en", "1 March 2020"),
        ("en", "today"),
        ("en", "yesterday"),
    ],
)
def test_deadline_in_the_past(language: Language, typed: str) -> None:
    refuse(language, "goal.0.deadline", Text(typed), "error-date-in-past")


@pytest.mark.parametrize(
    ("language", "typed", "option"),
    [
        ("nb", "SELGE", "sell"),
        ("nb", "selge", "sell"),
        ("nb", "noe annet", "other"),
        ("en", "sell", "sell"),
        ("en", "  Build Relationships ", "relations"),
    ],
)
def test_typed_button_label_is_accepted(language: Language, typed: str, option: str) -> None:
    chat = start(language, at="purpose")
    chat.text(typed)
    assert chat.session.answers["purpose"] == option


@pytest.mark.parametrize(("language", "typed"), [("nb", "JA"), ("en", "yes")])
def test_typed_yes_on_a_yes_no_question(language: Language, typed: str) -> None:
    chat = start(language, at="persona.0.more")
    chat.text(typed)
    assert chat.session.groups["persona"][0]["more"] == "yes"
    assert_asks(chat, "persona.1.name")


@pytest.mark.parametrize("language", LANGS)
def test_typed_labels_on_a_multiple_choice(language: Language) -> None:
    chat = start(language, at="areas")
    chat.text(text(language, "opt-areas-crm").lower())
    assert chat.session.draft == {"areas": ["crm"]}
    assert f"{TICK} {text(language, 'opt-areas-crm')}" in chat.labels()
    # The word on the Done button, without its mark.
    chat.text({"nb": "Ferdig", "en": "done"}[language])
    assert chat.session.answers["areas"] == ["crm"]
    assert_asks(chat, "channels")


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize("typed", ["kanskje", "Selge ting", "99", "zzz"])
@pytest.mark.parametrize("at", ["purpose", "goal_types", "persona.0.more"])
def test_other_text_where_buttons_are_offered(language: Language, typed: str, at: str) -> None:
    chat = start(language, at=at)
    slot = flow.find_slot(chat.session, at)
    assert slot is not None
    key = (
        "option-unknown-other"
        if flow.OTHER in flow.options(chat.session, slot)
        else "option-unknown"
    )
    chat = refuse(language, at, Text(typed), key, typed=typed)
    assert chat.last[-1].buttons


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize("at", ["topic", "purpose", "areas"])
def test_edited_message(language: Language, at: str) -> None:
    refuse(language, at, Edited(), "error-edited")


def assert_notice_only(chat: Chat, key: str) -> None:
    assert len(chat.last) == 1
    reply = chat.last[0]
    assert reply.notice
    assert reply.buttons == ()
    assert chat.plain == text(chat.lang, key)


@pytest.mark.parametrize("language", LANGS)
def test_press_on_an_earlier_question(language: Language) -> None:
    chat = start(language, at="purpose")
    old = chat.button(text(language, "opt-purpose-relations"))
    chat.press(text(language, "opt-purpose-sell"))
    assert_asks(chat, "why")
    before = chat.snapshot()

    chat.data(old.data)
    assert_notice_only(chat, "stale-button")
    assert chat.snapshot() == before
    assert chat.session.answers["purpose"] == "sell"


@pytest.mark.parametrize("language", LANGS)
def test_toggle_on_a_multiple_choice_no_longer_open(language: Language) -> None:
    chat = start(language, at="areas")
    old = chat.button(text(language, "opt-areas-hrm"))
    chat.press(text(language, "opt-areas-crm"))
    chat.press(text(language, "button-done"))
    assert_asks(chat, "channels")
    chat.press(text(language, "opt-channels-blog"))
    before = chat.snapshot()

    chat.data(old.data)
    assert_notice_only(chat, "stale-button")
    assert chat.snapshot() == before
    assert chat.session.answers["areas"] == ["crm"]
    assert chat.session.draft == {"channels": ["blog"]}
    chat.data("d:areas")
    assert_notice_only(chat, "stale-button")
    assert chat.snapshot() == before


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize(
    "data",
    [
        "zzz",
        "",
        ":",
        "a:nope:x",
        "a:purpose:nope",
        "a:purpose",
        "t:purpose:sell",
        "E:persona.9.name",
        "E:purpose",
        "e:9",
        "e:",
        "l:de",
        "l:",
        "r:yes",
        "r:maybe",
        "d:why",
        "t:why:x",
    ],
)
def test_garbage_callback_data(language: Language, data: str) -> None:
    chat = start(language, at="purpose")
    before = chat.snapshot()
    chat.data(data)
    assert_notice_only(chat, "stale-button")
    assert chat.snapshot() == before


@pytest.mark.parametrize("language", LANGS)
def test_done_with_nothing_ticked_on_a_required_multiple_choice(language: Language) -> None:
    chat = start(language, at="goal_types")
    before = chat.snapshot()
    chat.press(text(language, "button-done"))
    assert_pick_one_first(chat)
    assert chat.snapshot() == before
    assert chat.ref == "goal_types"

    # Ticking and unticking again leaves nothing ticked: still refused.
    chat.press(text(language, "opt-goal_types-interest"))
    chat.press(text(language, "opt-goal_types-interest"))
    chat.press(text(language, "button-done"))
    assert_pick_one_first(chat)
    assert "goal_types" not in chat.session.answers


def assert_pick_one_first(chat: Chat) -> None:
    """A toast, and the question again in place with the reason on top."""
    toast, again = chat.last
    assert toast.notice and plain(toast.html) == text(chat.lang, "error-pick-one")
    assert again.edit
    assert plain(again.html).startswith(text(chat.lang, "error-pick-one"))
    assert_asks(chat, "goal_types")


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize("at", ["why", "purpose"])
def test_returning_after_an_hour(language: Language, at: str) -> None:
    chat = start(language, at=at)
    before = chat.state()
    chat.wait(timedelta(hours=1, minutes=1))
    chat.text({"why": "Fordi", "purpose": text(language, "opt-purpose-sell")}[at])

    assert chat.state() == before
    assert chat.plain.startswith(text(language, "welcome-back"))
    assert_asks(chat, at)

    # Now it is taken.
    chat.text({"why": "Fordi", "purpose": text(language, "opt-purpose-sell")}[at])
    assert chat.ref != at


@pytest.mark.parametrize("language", LANGS)
def test_returning_with_a_photo_after_an_hour(language: Language) -> None:
    chat = start(language, at="why")
    before = chat.state()
    chat.wait(timedelta(days=2))
    chat.non_text("photo")
    assert chat.state() == before
    assert chat.plain.startswith(text(language, "welcome-back"))
    assert_asks(chat, "why")


@pytest.mark.parametrize("language", LANGS)
def test_within_the_hour_an_answer_is_an_answer(language: Language) -> None:
    chat = start(language, at="why")
    chat.wait(timedelta(minutes=59))
    chat.text("Fordi")
    assert chat.session.answers["why"] == "Fordi"
    assert text(language, "welcome-back") not in chat.plain


@pytest.mark.parametrize("language", LANGS)
def test_returning_after_finishing(language: Language) -> None:
    chat = finished(language)
    before = chat.snapshot()
    chat.wait(timedelta(days=30))
    chat.text("Hei")
    assert chat.plain == text(language, "welcome-back-finished")
    # The export menu the interview ended with is closed; nothing else changes.
    assert before["menu"] == {"kind": "export"}
    assert chat.snapshot() == {**before, "menu": None}


@pytest.mark.parametrize("language", LANGS)
def test_pasted_no_break_spaces_keep_words_apart(language: Language) -> None:
    chat = start(language)
    chat.text("Hagestell\u00a0på\u00a0Vestlandet")
    assert chat.session.answers["topic"] == "Hagestell på Vestlandet"


def test_new_person_idle_before_answering_is_not_welcomed_back() -> None:
    chat = Chat("nb")
    chat.command("start")
    chat.wait(timedelta(hours=5))
    chat.text("Bakeri")
    assert chat.session.answers == {"topic": "Bakeri"}
