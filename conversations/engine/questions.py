"""The open question: which one it is, and how it is put to the person (text and buttons)."""

from __future__ import annotations

import html

from markupsafe import Markup

from .. import coaching, flow, summary
from ..buttons import Action, Answer, Done, Toggle
from ..events import Button
from ..flow import OTHER, Kind, Slot
from ..formatting import display_value, goal_title, option_key, option_label
from ..i18n import LANGUAGES, synonyms, t
from ..matching import Candidate
from ..models import Language, Session
from .turn import Turn, joined

TICK = "✅"
Rows = tuple[tuple[Button, ...], ...]


def current_slot(session: Session) -> Slot | None:
    """The open question: one re-asked through /back or /edit, or the first unanswered."""
    if session.focus is not None:
        focused = flow.find_slot(session, session.focus)
        if focused is not None:
            return focused
    # Slot by slot, so the walk stops at the open question: this runs a few
    # times for every message.
    return next(
        (slot for slot in flow.iter_slots(session) if not flow.is_answered(session, slot)), None
    )


def ask_current(turn: Turn, prefix: str | None = None) -> None:
    """The open question again, or that the strategy is finished."""
    slot = current_slot(turn.session)
    if slot is None:
        turn.say(joined(prefix, turn.t("finished-hint")))
        return
    ask(turn, slot, prefix)


def ask(
    turn: Turn,
    slot: Slot,
    prefix: str | None = None,
    *,
    edit: bool = False,
    brief: str | None = None,
) -> None:
    text, buttons = question_message(turn, slot)
    turn.say(Markup(joined(prefix, text)), buttons, edit=edit, brief=brief)


def question_message(turn: Turn, slot: Slot) -> tuple[str, Rows]:
    s, q = turn.session, slot.question
    part_title = turn.t(f"part-{slot.part.id}")
    value = flow.value_of(s, slot)
    text = joined(
        turn.t("progress", part=slot.part.number, total=flow.PART_COUNT, title=part_title),
        turn.t(f"q-{flow.text_id(q, slot.group)}", **group_args(s, slot)),
        coaching.advice_for_question(s, slot),
        None
        if value is None
        else turn.t("current-answer", answer=display_value(turn.lang, slot, value)),
        turn.t("hint-multi") if q.kind is Kind.MULTI else None,
        turn.t("hint-optional") if q.optional else None,
    )
    return text, question_buttons(turn, slot)


def group_args(session: Session, slot: Slot) -> dict[str, object]:
    """The number and name a group's question speaks of ("How old is Kari?")."""
    if slot.group is None or slot.index is None:
        return {}
    if slot.group is flow.GOAL:
        return {"number": slot.index + 1, "name": goal_title(session, slot.index)}
    return {"number": slot.index + 1, "name": summary.persona_name(session, slot.index)}


def question_buttons(turn: Turn, slot: Slot) -> Rows:
    """The buttons of `slot`, in rows: options two by two and Done for a multiple
    choice, yes and no side by side, one option a row for a single choice."""
    buttons = [
        Button(_button_label(turn, slot, action), action) for action in button_actions(turn, slot)
    ]
    kind = slot.question.kind
    if kind is Kind.MULTI:
        *options, done = buttons
        pairs = tuple(tuple(options[i : i + 2]) for i in range(0, len(options), 2))
        return (*pairs, (done,))
    if kind is Kind.YESNO:
        return (tuple(buttons),)
    return tuple((button,) for button in buttons)


def button_actions(turn: Turn, slot: Slot) -> list[Action]:
    """What each of `slot`'s buttons does, in the order they are shown (and numbered)."""
    kind = slot.question.kind
    if kind is Kind.MULTI:
        toggles: list[Action] = [
            Toggle(slot.ref, option) for option in flow.options(turn.session, slot)
        ]
        return [*toggles, Done(slot.ref)]
    if kind in (Kind.CHOICE, Kind.YESNO):
        return [Answer(slot.ref, option) for option in flow.options(turn.session, slot)]
    return []


def _button_label(turn: Turn, slot: Slot, action: Action) -> str:
    if isinstance(action, Done):
        return str(turn.t("button-done"))
    assert isinstance(action, Answer | Toggle)
    label = option_label(turn.lang, slot, action.option)
    if isinstance(action, Toggle) and action.option in ticked(turn.session, slot):
        return f"{TICK} {label}"
    return label


def ticked(session: Session, slot: Slot) -> list[str]:
    """The options ticked on a multiple choice: those ticked now, or the answer."""
    if slot.ref in session.draft:
        return session.draft[slot.ref]
    value = flow.value_of(session, slot)
    return list(value) if isinstance(value, list) else []


def candidates(turn: Turn, slot: Slot, language: Language | None = None) -> list[Candidate[Action]]:
    """`slot`'s buttons as what typed text is matched against: each with its label
    and the catalog's synonyms, in the order they are numbered."""
    language = language or turn.lang
    found: list[Candidate[Action]] = []
    for action in button_actions(turn, slot):
        key = "button-done" if isinstance(action, Done) else _option_key(slot, action)
        label = _plain_label(language, key)
        found.append(Candidate(action, (label, *synonyms(language, key))))
    return found


def other_language_candidates(turn: Turn, slot: Slot) -> list[Candidate[Action]]:
    """The same buttons in the other language, for someone who types "weekly" to the
    Norwegian bot. Numbers belong to the buttons shown, so these carry none."""
    found: list[Candidate[Action]] = []
    for language in LANGUAGES:
        if language != turn.lang:
            found.extend(candidates(turn, slot, language))
    return found


def everything(turn: Turn, slot: Slot) -> tuple[Action, ...]:
    """What "all" means on a multiple choice: every option but "other", which needs words."""
    return tuple(
        Toggle(slot.ref, option) for option in flow.options(turn.session, slot) if option != OTHER
    )


def everything_words() -> tuple[str, ...]:
    """The words for "all of them" ("alle", "everything"), in either language."""
    return tuple(word for language in LANGUAGES for word in synonyms(language, "everything"))


def _option_key(slot: Slot, action: Action) -> str:
    assert isinstance(action, Answer | Toggle)
    return option_key(slot, action.option)


def _plain_label(language: Language, key: str) -> str:
    return html.unescape(str(t(language, key)))


def reopen(turn: Turn, slot: Slot) -> None:
    """Make an answered question the open one again (/back, /edit) and ask it."""
    s = turn.session
    s.focus = slot.ref
    s.paused = False
    s.menu = None
    ask(turn, slot)
