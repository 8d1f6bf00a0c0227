"""Menus are states: text typed while one is open is read against it, never as an answer.

The first three tests are the reproductions from issue 10, where exactly that
happened: the typed text became the answer to the interview question behind
the menu.
"""

from __future__ import annotations

import pytest

from conversations import flow
from conversations.buttons import ChooseLanguage, ConfirmName, EditPart, EditQuestion, Restart
from conversations.events import Press
from conversations.models import (
    EditPartsMenu,
    EditQuestionsMenu,
    ExportMenu,
    Language,
    LanguageMenu,
    NameCheckMenu,
    RemovePersonaMenu,
    RestartMenu,
    Session,
)

from .helpers import LANGS, Chat, assert_asks, finished, plain, start, text

# -- the reproductions ---------------------------------------------------------------


def test_language_menu_twice_at_a_persona_question_stores_nothing() -> None:
    """/language, "2", /language, "norsk" at a persona question: no answer is "norsk"."""
    chat = start("nb", at="persona.0.place")
    before = chat.state()
    chat.command("language")
    assert chat.session.menu == LanguageMenu()
    chat.text("2")
    assert chat.session.language == "en"
    assert chat.session.menu is None
    assert_asks(chat, "persona.0.place")
    chat.command("language")
    chat.text("norsk")
    assert chat.session.language == "nb"
    assert_asks(chat, "persona.0.place")
    assert chat.state() == before
    # /back shows the answer before, not "norsk".
    chat.command("back")
    assert chat.ref == "persona.0.age"
    assert "norsk" not in chat.plain


def test_text_at_restart_confirmation_is_not_the_answer() -> None:
    """At "What do you want to achieve?", /restart, then "hmm not sure"."""
    chat = start("en", at="achieve")
    before = chat.state()
    chat.command("restart")
    chat.text("hmm not sure")
    assert chat.state() == before
    assert chat.ref == "achieve"
    assert chat.session.menu == RestartMenu()
    assert chat.plain.startswith(text("en", "menu-pick-one"))
    assert text("en", "restart-confirm") in chat.plain


def test_text_in_the_edit_menu_is_not_the_answer() -> None:
    """At "Hva brenner du for?", /edit, then "ekte håndverk"."""
    chat = start("nb", at="passion")
    before = chat.state()
    chat.command("edit")
    chat.text("ekte håndverk")
    assert chat.state() == before
    assert "passion" not in chat.session.answers
    assert chat.session.menu == EditPartsMenu()
    assert chat.plain.startswith(text("nb", "menu-pick-one"))
    assert text("nb", "edit-choose-part") in chat.plain
    assert chat.last[-1].buttons
    # Closing the menu leaves the question open; then the text is its answer.
    chat.command("cancel")
    assert_asks(chat, "passion")
    chat.text("ekte håndverk")
    assert chat.session.answers["passion"] == "ekte håndverk"


# -- each menu: typed options, and what is refused ------------------------------------


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize("typed", ["1", "Norsk (bokmål)", "norsk (bokmål)"])
def test_language_menu_takes_the_number_or_the_label(language: Language, typed: str) -> None:
    chat = start(language, at="why")
    chat.command("language")
    chat.text(typed)
    assert chat.session.language == "nb"
    assert chat.session.menu is None
    assert_asks(chat, "why")


@pytest.mark.parametrize("language", LANGS)
def test_edit_menus_by_typing(language: Language) -> None:
    chat = start(language, at="reader")
    chat.command("edit")
    chat.text("1")
    assert chat.session.menu == EditQuestionsMenu(part=1)
    assert text(language, "label-passion") in chat.labels()
    chat.text(text(language, "label-passion"))
    assert chat.session.menu is None
    assert chat.session.focus == "passion"
    assert_asks(chat, "passion")
    chat.text("Noe nytt")
    assert chat.session.answers["passion"] == "Noe nytt"
    assert_asks(chat, "reader")


@pytest.mark.parametrize("language", LANGS)
def test_edit_back_button_by_typing_its_number(language: Language) -> None:
    chat = start(language, at="reader")
    chat.command("edit")
    chat.text("1")
    back = len(chat.buttons())
    chat.text(str(back))
    assert chat.session.menu == EditPartsMenu()
    assert chat.plain == text(language, "edit-choose-part")


@pytest.mark.parametrize("language", LANGS)
def test_a_new_command_closes_the_menu(language: Language) -> None:
    chat = start(language, at="why")
    chat.command("restart")
    chat.command("summary")
    assert chat.session.menu is None
    chat.text("Fordi")
    assert chat.session.answers["why"] == "Fordi"


@pytest.mark.parametrize("language", LANGS)
def test_cancel_closes_a_menu_and_a_second_cancel_pauses(language: Language) -> None:
    chat = start(language, at="why")
    chat.command("language")
    chat.command("cancel")
    assert chat.session.menu is None
    assert not chat.session.paused
    assert chat.plain.startswith(text(language, "menu-closed"))
    assert_asks(chat, "why")
    chat.command("cancel")
    assert chat.session.paused


@pytest.mark.parametrize("language", LANGS)
def test_non_text_and_edits_in_a_menu_show_the_menu_again(language: Language) -> None:
    chat = start(language, at="why")
    chat.command("restart")
    chat.non_text("photo")
    assert chat.session.menu == RestartMenu()
    assert text(language, "restart-confirm") in chat.plain
    chat.edited()
    assert chat.session.menu == RestartMenu()
    assert text(language, "restart-confirm") in chat.plain


@pytest.mark.parametrize("language", LANGS)
def test_pressing_the_open_questions_button_answers_it_and_closes_the_menu(
    language: Language,
) -> None:
    chat = start(language, at="purpose")
    sell = chat.button(text(language, "opt-purpose-sell"))
    chat.command("language")
    chat.send(Press(sell.action))
    assert chat.session.menu is None
    assert chat.session.answers["purpose"] == "sell"


@pytest.mark.parametrize("language", LANGS)
def test_destructive_buttons_work_only_while_their_menu_is_open(language: Language) -> None:
    chat = start(language, at="why")
    before = chat.snapshot()
    chat.send(Press(Restart(True)))
    assert chat.last[0].notice
    assert chat.snapshot() == before
    chat.command("restart")
    chat.command("language")  # another menu is open now
    chat.send(Press(Restart(True)))
    assert chat.last[0].notice
    assert chat.session.answers


@pytest.mark.parametrize("language", LANGS)
def test_navigation_buttons_work_from_old_messages(language: Language) -> None:
    chat = start(language, at="reader")
    chat.send(Press(EditPart(1)))
    assert chat.session.menu == EditQuestionsMenu(part=1)
    chat.send(Press(EditQuestion("topic")))
    assert_asks(chat, "topic")
    chat.send(Press(ChooseLanguage("en" if language == "nb" else "nb")))
    assert chat.session.language != language


@pytest.mark.parametrize("language", LANGS)
def test_the_interview_ends_on_the_export_menu(language: Language) -> None:
    chat = finished(language)
    assert chat.session.menu == ExportMenu()
    chat.text("2")
    assert chat.last[0].attachment is not None
    assert chat.last[0].attachment.document == "json"
    assert chat.session.menu is None


@pytest.mark.parametrize("language", LANGS)
def test_export_mid_interview_and_the_question_after_the_file(language: Language) -> None:
    chat = start(language, at="why")
    chat.command("export")
    assert chat.session.menu == ExportMenu()
    chat.text("Markdown")
    document, _question = chat.last
    assert document.attachment is not None and document.attachment.document == "markdown"
    assert_asks(chat, "why")


@pytest.mark.parametrize("language", LANGS)
def test_remove_persona_by_typing(language: Language) -> None:
    chat = start(language, at="goal_types")
    chat.command("edit")
    chat.text("2")
    remove = text(language, "button-remove-persona", name="Ahmed")
    chat.text(remove)
    assert chat.session.menu == RemovePersonaMenu(index=1)
    chat.text("hmm")
    assert chat.session.menu == RemovePersonaMenu(index=1)
    assert len(chat.session.groups["persona"]) == 2
    chat.text(text(language, "button-remove-yes", name="Ahmed"))
    assert [p["name"] for p in chat.session.groups["persona"]] == ["Kari"]
    assert chat.session.menu is None


@pytest.mark.parametrize("language", LANGS)
def test_an_ambiguous_edit_label_asks_which(language: Language) -> None:
    chat = start(language, at="goal_types")
    chat.command("edit")
    chat.text("2")
    before = chat.state()
    label = text(language, "label-persona-age")
    chat.text(label)
    assert chat.state() == before
    assert chat.session.menu == EditQuestionsMenu(part=2)
    assert f"Kari: {label}" in chat.plain and f"Ahmed: {label}" in chat.plain


# -- a persona's name --------------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_a_name_with_more_than_a_name_is_checked_first(language: Language) -> None:
    chat = start(language, at="persona.0.name")
    chat.text("Jonas, student")
    assert "name" not in chat.session.groups.get("persona", [{}])[0]
    assert chat.session.menu == NameCheckMenu(
        ref="persona.0.name", typed="Jonas, student", suggestion="Jonas"
    )
    assert "Jonas" in chat.plain
    # Something else typed is not taken as the name either.
    chat.text("tja")
    assert chat.session.menu is not None
    chat.press(text(language, "button-name-yes", name="Jonas"))
    assert chat.session.groups["persona"][0]["name"] == "Jonas"
    assert_asks(chat, "persona.0.age")


@pytest.mark.parametrize("language", LANGS)
def test_a_checked_name_can_be_kept_as_typed(language: Language) -> None:
    chat = start(language, at="persona.0.name")
    chat.text("Jonas, student")
    chat.press(text(language, "button-name-no", name="Jonas, student"))
    assert chat.session.groups["persona"][0]["name"] == "Jonas, student"


@pytest.mark.parametrize("language", LANGS)
def test_cancel_at_the_name_check_asks_the_name_again(language: Language) -> None:
    chat = start(language, at="persona.0.name")
    chat.text("Jonas, student")
    chat.command("cancel")
    assert_asks(chat, "persona.0.name")
    chat.text("Jonas")
    assert chat.session.groups["persona"][0]["name"] == "Jonas"


@pytest.mark.parametrize("language", LANGS)
def test_a_plain_name_is_stored_at_once(language: Language) -> None:
    chat = start(language, at="persona.0.name")
    chat.text("Kari Nordmann")
    assert chat.session.groups["persona"][0]["name"] == "Kari Nordmann"
    assert chat.session.menu is None


# -- menus kept with the session -------------------------------------------------------


def test_sessions_saved_with_pending_load_with_the_menu_it_stood_for() -> None:
    restart = Session.model_validate({"person_id": "x", "pending": "restart"})
    assert restart.menu == RestartMenu()
    removal = Session.model_validate({"person_id": "x", "pending": "remove-persona:1"})
    assert removal.menu == RemovePersonaMenu(index=1)
    assert Session.model_validate({"person_id": "x", "pending": None}).menu is None
    assert "pending" not in restart.model_dump()


def test_a_menu_survives_a_round_trip_through_json() -> None:
    chat = start("nb", at="persona.0.name")
    chat.text("Jonas, student")
    stored = Session.model_validate_json(chat.session.model_dump_json())
    assert stored.menu == chat.session.menu
    restored = Chat("nb")
    restored.session = stored
    restored.send(Press(ConfirmName("persona.0.name", suggested=True)))
    assert restored.session.groups["persona"][0]["name"] == "Jonas"


def test_plain_reads_the_menu_text() -> None:
    chat = start("en", at="why")
    chat.command("restart")
    assert plain(chat.last[-1].html) == text("en", "restart-confirm")
    assert flow.find_slot(chat.session, "why") is not None
