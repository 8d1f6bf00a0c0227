"""Which part of the engine an event goes to.

Typed text goes to the open menu if there is one, and only otherwise to the
open question: that is what keeps "/language, then norsk" from becoming an
answer. Presses go by what the button does.
"""

from __future__ import annotations

from ..buttons import Action, Answer, ConfirmName, Done, Toggle
from ..events import Command, Edited, Event, NonText, Press, Text
from . import answering, commands, menus
from .questions import ask_current
from .turn import Turn


def dispatch(turn: Turn, event: Event) -> None:
    match event:
        case Command(name=name):
            commands.run(turn, name)
        case Press(action=action):
            press(turn, action)
        case Text(text=text):
            if commands.returning(turn):
                return
            if turn.session.menu is None:
                answering.on_text(turn, text)
                return
            chosen = menus.read(turn, text)
            if chosen is not None:
                press(turn, chosen)
        case NonText(kind=kind):
            if commands.returning(turn):
                return
            _again(turn, turn.t("error-not-text", kind=kind))
        case Edited():
            _again(turn, turn.t("error-edited"))


def press(turn: Turn, action: Action | None) -> None:
    if isinstance(action, Answer | Toggle | Done | ConfirmName):
        accepted = answering.on_press(turn, action)
    else:
        accepted = action is not None and menus.on_press(turn, action)
    if not accepted:
        turn.notice("stale-button")


def _again(turn: Turn, prefix: str) -> None:
    """What the person was looking at again (the open menu, or the question), after `prefix`."""
    if turn.session.menu is not None:
        menus.show(turn, prefix)
    else:
        ask_current(turn, prefix)
