"""Moving around the interview: /back to the question before, /skip past an optional one."""

from __future__ import annotations

from .. import flow
from . import answering
from .questions import ask, ask_current, current_slot, reopen
from .turn import Turn


def back(turn: Turn) -> None:
    """The question before the open one, with its answer, to answer again (or not)."""
    s = turn.session
    every = flow.slots(s)
    slot = current_slot(s)
    index = len(every) if slot is None else every.index(slot)
    if index == 0:
        ask_current(turn, turn.t("back-at-start"))
        return
    reopen(turn, every[index - 1])


def skip(turn: Turn) -> None:
    slot = current_slot(turn.session)
    if slot is None:
        turn.say(turn.t("finished-hint"))
        return
    if not slot.question.optional:
        why = turn.t(f"why-{flow.text_id(slot.question, slot.group)}")
        ask(turn, slot, turn.t("skip-required", why=why))
        return
    answering.skip_slot(turn, slot)
