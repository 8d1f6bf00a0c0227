"""What a button does, as typed values, and the one codec to Telegram's callback data.

The engine puts an `Action` on every button it shows and gets the same `Action`
back when the button is pressed (or its label typed). Only the Telegram adapter
needs the text form: `encode` when it builds a keyboard, `decode` when a press
comes in. The terminal never sees the text form at all.

The wire format is short on purpose: Telegram allows 1 to 64 bytes of callback
data, counted in UTF-8, so a reference with "æ" costs two of them. `encode`
checks the limit in bytes; `decode` turns anything it cannot read, from an older
version or a forged update, into None, which the engine treats as a stale button.
The format is the one earlier versions used, so buttons already in people's
chats keep working.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import get_args

from .attachments import Document
from .models import Language

# Telegram's limit for `callback_data`, in bytes.
CALLBACK_DATA_LIMIT = 64
_YES, _NO = "yes", "no"


@dataclass(frozen=True)
class Answer:
    """An option of a single choice or yes/no question (`ref`), picked."""

    ref: str
    option: str


@dataclass(frozen=True)
class Toggle:
    """An option of a multiple choice question, ticked or unticked."""

    ref: str
    option: str


@dataclass(frozen=True)
class Done:
    """A multiple choice question answered with what is ticked."""

    ref: str


@dataclass(frozen=True)
class EditParts:
    """/edit's first menu: the parts with answers."""


@dataclass(frozen=True)
class EditPart:
    """The answered questions of one part (its number)."""

    part: int


@dataclass(frozen=True)
class EditQuestion:
    """Ask an answered question again."""

    ref: str


@dataclass(frozen=True)
class RemovePersona:
    """Ask whether to remove persona `index`."""

    index: int


@dataclass(frozen=True)
class ConfirmRemoval:
    index: int
    confirmed: bool


@dataclass(frozen=True)
class Restart:
    confirmed: bool


@dataclass(frozen=True)
class ChooseLanguage:
    language: Language


@dataclass(frozen=True)
class Export:
    document: Document


@dataclass(frozen=True)
class ConfirmName:
    """Store the name suggested for `ref` (True) or the name as it was typed (False)."""

    ref: str
    suggested: bool


Action = (
    Answer
    | Toggle
    | Done
    | EditParts
    | EditPart
    | EditQuestion
    | RemovePersona
    | ConfirmRemoval
    | Restart
    | ChooseLanguage
    | Export
    | ConfirmName
)


class DataTooLong(ValueError):
    """A button's data would not fit Telegram's 64 bytes."""


def encode(action: Action) -> str:
    """The callback data for `action`; `DataTooLong` past Telegram's limit."""
    data = _encode(action)
    size = len(data.encode("utf-8"))
    if size > CALLBACK_DATA_LIMIT:
        raise DataTooLong(f"{size} bytes of button data, {CALLBACK_DATA_LIMIT} at most: {data!r}")
    return data


def _encode(action: Action) -> str:
    match action:
        case Answer(ref, option):
            return f"a:{ref}:{option}"
        case Toggle(ref, option):
            return f"t:{ref}:{option}"
        case Done(ref):
            return f"d:{ref}"
        case EditParts():
            return "m:"
        case EditPart(part):
            return f"e:{part}"
        case EditQuestion(ref):
            return f"E:{ref}"
        case RemovePersona(index):
            return f"P:{index}"
        case ConfirmRemoval(index, confirmed):
            return f"D:{index}:{_yes_no(confirmed)}"
        case Restart(confirmed):
            return f"r:{_yes_no(confirmed)}"
        case ChooseLanguage(language):
            return f"l:{language}"
        case Export(document):
            return f"x:{document}"
        case ConfirmName(ref, suggested):
            return f"n:{ref}:{_yes_no(suggested)}"


def decode(data: str) -> Action | None:
    """The action `data` stands for, or None if it stands for none (stale, foreign)."""
    kind, _, rest = data.partition(":")
    ref, _, last = rest.rpartition(":")
    match kind:
        case "a" if ref and last:
            return Answer(ref, last)
        case "t" if ref and last:
            return Toggle(ref, last)
        case "d" if rest:
            return Done(rest)
        case "m" if not rest:
            return EditParts()
        case "e" if _is_number(rest):
            return EditPart(int(rest))
        case "E" if rest:
            return EditQuestion(rest)
        case "P" if _is_number(rest):
            return RemovePersona(int(rest))
        case "D" if _is_number(ref) and last in (_YES, _NO):
            return ConfirmRemoval(int(ref), last == _YES)
        case "r" if rest in (_YES, _NO):
            return Restart(rest == _YES)
        case "l" if rest in get_args(Language):
            return ChooseLanguage("nb" if rest == "nb" else "en")
        case "x" if rest in tuple(Document):
            return Export(Document(rest))
        case "n" if ref and last in (_YES, _NO):
            return ConfirmName(ref, last == _YES)
    return None


def _yes_no(flag: bool) -> str:
    return _YES if flag else _NO


def _is_number(text: str) -> bool:
    # str.isdigit() is also true for "²" and other digits int() refuses.
    return text.isascii() and text.isdigit() and len(text) < 4
