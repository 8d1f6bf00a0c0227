"""The commands (/start, /summary, /edit, ...): each closes an open menu first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from .. import summary
from ..events import COMMANDS
from ..models import EditPartsMenu, LanguageMenu, RestartMenu
from . import answering, menus, navigation
from .questions import ask_current, current_slot
from .turn import Turn

# Someone who comes back after this long is greeted and shown the open question
# again before anything they type is taken as an answer.
RESUME_AFTER = timedelta(hours=1)


def run(turn: Turn, name: str) -> None:
    had_menu = turn.session.menu is not None
    menus.close(turn)
    if name == "cancel" and had_menu:
        # /cancel "goes back" from a menu to the question; a pause is the second /cancel.
        ask_current(turn, turn.t("menu-closed"))
        return
    command = _COMMANDS.get(name)
    if command is None:
        ask_current(turn, turn.t("unknown-command", command=name))
        return
    command(turn)


def returning(turn: Turn) -> bool:
    """Someone back from a pause or a long break: greeted, and shown where they were,
    before anything they type counts."""
    s = turn.session
    idle = turn.now - s.updated_at > RESUME_AFTER
    if not (s.paused or (idle and s.has_answers)):
        return False
    welcome_back(turn)
    return True


def welcome_back(turn: Turn) -> None:
    s = turn.session
    s.paused = False
    menus.close(turn)
    if s.finished_at is not None and current_slot(s) is None:
        turn.say(turn.t("welcome-back-finished"))
        return
    ask_current(turn, turn.t("welcome-back"))


def start(turn: Turn) -> None:
    s = turn.session
    if not s.has_answers and s.finished_at is None:
        s.paused = False
        ask_current(turn, turn.t("welcome"))
        return
    welcome_back(turn)


def help_(turn: Turn) -> None:
    ask_current(turn, turn.t("help"))


def summary_(turn: Turn) -> None:
    for section in summary.strategy_summary(turn.session, turn.now.date()):
        turn.say(section)
    if current_slot(turn.session) is not None:
        ask_current(turn)


def persona(turn: Turn) -> None:
    if not summary.persona_card_texts(turn.session):
        ask_current(turn, turn.t("no-personas"))
        return
    answering.persona_cards(turn)
    if current_slot(turn.session) is not None:
        ask_current(turn)


def edit(turn: Turn) -> None:
    if not turn.session.has_answers:
        ask_current(turn, turn.t("edit-nothing"))
        return
    menus.open_menu(turn, EditPartsMenu())


def restart(turn: Turn) -> None:
    if not turn.session.has_answers:
        ask_current(turn, turn.t("restart-nothing"))
        return
    menus.open_menu(turn, RestartMenu())


def language(turn: Turn) -> None:
    menus.open_menu(turn, LanguageMenu())


def export(turn: Turn) -> None:
    if not turn.session.has_answers:
        ask_current(turn, turn.t("export-nothing"))
        return
    menus.offer_export(turn)


def cancel(turn: Turn) -> None:
    turn.session.paused = True
    turn.say(turn.t("paused"))


_COMMANDS: dict[str, Callable[[Turn], None]] = {
    "start": start,
    "help": help_,
    "summary": summary_,
    "persona": persona,
    "back": navigation.back,
    "skip": navigation.skip,
    "edit": edit,
    "restart": restart,
    "language": language,
    "cancel": cancel,
    "export": export,
}
assert set(_COMMANDS) == set(COMMANDS), "every command in the menu has a handler"
