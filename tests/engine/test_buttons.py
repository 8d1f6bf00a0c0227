"""The button codec: every action survives Telegram's callback data, within 64 bytes."""

from __future__ import annotations

from typing import get_args

import pytest

from conversations import flow
from conversations.buttons import (
    CALLBACK_DATA_LIMIT,
    Action,
    Answer,
    ChooseLanguage,
    ConfirmName,
    ConfirmRemoval,
    DataTooLong,
    Done,
    EditPart,
    EditParts,
    EditQuestion,
    Export,
    RemovePersona,
    Restart,
    Toggle,
    decode,
    encode,
)
from conversations.events import Document
from conversations.models import Language

from .helpers import LANGS, Chat, finished, start

EVERY_KIND: list[tuple[Action, str]] = [
    (Answer("purpose", "sell"), "a:purpose:sell"),
    (Answer("persona.0.more", "yes"), "a:persona.0.more:yes"),
    (Toggle("channels", "instagram"), "t:channels:instagram"),
    (Done("goal_types"), "d:goal_types"),
    (EditParts(), "m:"),
    (EditPart(2), "e:2"),
    (EditQuestion("persona.1.age"), "E:persona.1.age"),
    (RemovePersona(1), "P:1"),
    (ConfirmRemoval(1, True), "D:1:yes"),
    (ConfirmRemoval(0, False), "D:0:no"),
    (Restart(True), "r:yes"),
    (Restart(False), "r:no"),
    (ChooseLanguage("nb"), "l:nb"),
    (ChooseLanguage("en"), "l:en"),
    (Export(Document.MARKDOWN), "x:markdown"),
    (Export(Document.JSON), "x:json"),
    (ConfirmName("persona.0.name", True), "n:persona.0.name:yes"),
    (ConfirmName("persona.2.name", False), "n:persona.2.name:no"),
]


@pytest.mark.parametrize(("action", "data"), EVERY_KIND)
def test_each_kind_encodes_as_earlier_versions_did_and_decodes_back(
    action: Action, data: str
) -> None:
    # The same text as before the codec: buttons already in people's chats keep working.
    assert encode(action) == data
    assert decode(data) == action


def test_every_kind_of_action_is_in_the_table() -> None:
    assert {type(action) for action, _ in EVERY_KIND} == set(get_args(Action))


@pytest.mark.parametrize(
    "data",
    [
        "",
        ":",
        "zz",
        "a:",
        "a:purpose",
        "a::sell",
        "t:channels:",
        "d:",
        "m:extra",
        "e:",
        "e:x",
        "e:²",
        "e:12345",
        "P:-1",
        "D:1:maybe",
        "D:x:yes",
        "r:",
        "r:YES",
        "l:de",
        "x:pdf2",
        "n:persona.0.name:",
        "?:topic",
    ],
)
def test_data_that_stands_for_nothing_decodes_to_none(data: str) -> None:
    assert decode(data) is None


def test_the_limit_is_counted_in_bytes_not_characters() -> None:
    ascii_ref = "x" * (CALLBACK_DATA_LIMIT - len("E:"))
    assert len(encode(EditQuestion(ascii_ref)).encode()) == CALLBACK_DATA_LIMIT
    # Two bytes each in UTF-8: under 64 characters, over 64 bytes.
    wide = "æøå" * 11
    assert len(f"E:{wide}") < CALLBACK_DATA_LIMIT
    with pytest.raises(DataTooLong):
        encode(EditQuestion(wide))


@pytest.mark.parametrize("language", LANGS)
def test_every_button_of_a_long_interview_fits_and_round_trips(language: Language) -> None:
    chat = finished(language)
    for command in ("edit", "language", "restart", "export"):
        chat.command(command)
    chat.command("edit")
    for part in flow.INTERVIEW:
        chat.data(f"e:{part.number}")
    buttons = [button for reply in chat.history for row in reply.buttons for button in row]
    assert len(buttons) > 100
    for button in buttons:
        assert len(button.data.encode("utf-8")) <= CALLBACK_DATA_LIMIT
        assert decode(button.data) == button.action


def test_a_press_of_unknown_data_is_a_stale_button() -> None:
    chat = start("nb", at="purpose")
    before = chat.snapshot()
    chat.data("gibberish")
    assert chat.last[0].notice
    assert chat.snapshot() == before


def test_the_terminal_gets_actions_not_data() -> None:
    chat = Chat("en")
    chat.command("start")
    chat.command("language")
    assert all(isinstance(b.action, ChooseLanguage) for b in chat.buttons())
