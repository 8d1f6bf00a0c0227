"""The interview engine: `handle(session, event, now) -> Outcome`.

Pure: no I/O, no Telegram, no SQL. It returns a new session and the replies to
send; the caller stores the session before it sends anything, so every answer
the person sees confirmed is already saved.

One module per job: `dispatch` sends each event where it belongs;
`questions` knows the open question and how it is asked; `answering` takes
answers, typed or pressed, and moves on; `navigation` is /back and /skip;
`menus` holds every menu as a state of the session; `commands` the rest of
the commands; `turn` is the work in progress they share.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..events import Event, Reply, Surface
from ..models import Session
from .dispatch import dispatch
from .questions import current_slot
from .turn import Turn

__all__ = ["Outcome", "current_slot", "handle"]


@dataclass(frozen=True)
class Outcome:
    session: Session
    replies: list[Reply] = field(default_factory=list)


def handle(
    session: Session, event: Event, now: datetime, *, surface: Surface = Surface.TELEGRAM
) -> Outcome:
    """Apply one event to a copy of `session`."""
    turn = Turn(session.working_copy(), now, surface)
    dispatch(turn, event)
    turn.session.updated_at = now
    return Outcome(turn.session, turn.replies)
