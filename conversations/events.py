"""What reaches the engine (events) and what it answers (replies), transport-neutral.

The Telegram adapter and the terminal chat both translate their input into
these events and render these replies; the engine never sees either.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from .attachments import Attachment, Document
from .buttons import Action, encode

__all__ = [
    "COMMANDS",
    "Action",
    "Attachment",
    "Button",
    "Command",
    "Document",
    "Edited",
    "Event",
    "NonText",
    "Press",
    "Reply",
    "Surface",
    "Text",
]

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
    """A button pressed: its action, or None when the data stood for none we know."""

    action: Action | None


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


class Surface(StrEnum):
    """Where the person reads the replies: some texts say "tap" in one and "type" in the other."""

    TELEGRAM = "telegram"
    TERMINAL = "terminal"


@dataclass(frozen=True)
class Button:
    label: str
    action: Action

    @property
    def data(self) -> str:
        """What Telegram carries back when the button is pressed (`buttons.encode`)."""
        return encode(self.action)


@dataclass(frozen=True)
class Reply:
    """One message. `html` uses Telegram's HTML subset; user text in it is escaped.

    `attachment` asks for a file made from the session (an image or a
    document), sent with `html` as its caption. `edit` asks the transport to
    replace the message whose button was pressed (a ticked option) instead of
    sending a new one. `notice` is a short remark on a button press, shown as a
    toast where the transport has one. `brief` is what a transport that cannot
    replace a message (the terminal) shows for an `edit` instead of all of it
    again: after a tick, one line saying what is ticked.
    """

    html: str
    buttons: tuple[tuple[Button, ...], ...] = field(default=())
    edit: bool = False
    notice: bool = False
    # A photo or document to send, with `html` as its caption.
    attachment: Attachment | None = None
    brief: str | None = None
