"""What reaches the engine (events) and what it answers (replies), transport-neutral.

The Telegram adapter and the terminal chat both translate their input into
these events and render these replies; the engine never sees either.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

COMMANDS = (
    "start",
    "help",
    "summary",
    "persona",
    "back",
    "skip",
    "edit",
    "restart",
    "language",
    "cancel",
    "export",
)


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Press:
    """A button pressed: the button's data, as the engine made it."""

    data: str


@dataclass(frozen=True)
class Command:
    name: str


@dataclass(frozen=True)
class NonText:
    """A photo, sticker, voice note, location, file... where words were asked for."""

    kind: str


@dataclass(frozen=True)
class Edited:
    """An earlier message was edited: the engine never reinterprets old answers."""


Event = Text | Press | Command | NonText | Edited


@dataclass(frozen=True)
class Button:
    label: str
    data: str


class Document(StrEnum):
    """A file made from the session, rendered by the transport when it sends the reply."""

    PERSONA_CARD = "persona_card"  # a PNG image of one persona (`index`)
    PDF = "pdf"
    MARKDOWN = "markdown"
    JSON = "json"


@dataclass(frozen=True)
class Attachment:
    document: Document
    index: int | None = None


@dataclass(frozen=True)
class Reply:
    """One message. `html` uses Telegram's HTML subset; user text in it is escaped.

    `attachment` asks for a file made from the session (an image or a
    document), sent with `html` as its caption. `edit` asks the transport to
    replace the message whose button was pressed (a ticked option) instead of
    sending a new one. `notice` is a short remark on a button press, shown as a
    toast where the transport has one.
    """

    html: str
    buttons: tuple[tuple[Button, ...], ...] = field(default=())
    edit: bool = False
    notice: bool = False
    # A photo or document to send, with `html` as its caption.
    attachment: Attachment | None = None
