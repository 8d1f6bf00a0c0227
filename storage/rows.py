"""A session as the backends store it, and back: the same in every backend.

The row is the very JSON text pydantic wrote, the version, the UTC save time as
fixed-width text (`timestamp_text`) and whether the session is finished.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError

from conversations.models import Session, utcnow
from storage.base import StorageError
from storage.migrations import timestamp_text


@dataclass(frozen=True)
class NewRow:
    """What one save writes, and the session it hands back."""

    data: str
    updated_at: str
    finished: int
    saved: Session


def row_for_save(session: Session) -> NewRow:
    """The row for saving `session` over its `version` (0: a new person).

    A session that would not load back (a value outside the model's types set
    by plain assignment) raises pydantic's ValidationError.
    """
    now = utcnow()
    data = session.model_copy(
        update={"version": session.version + 1, "updated_at": now}
    ).model_dump_json()
    # Hand back what the next load() will return, bit for bit.
    saved = Session.model_validate_json(data)
    finished = 0 if saved.finished_at is None else 1
    return NewRow(data, timestamp_text(now), finished, saved)


def session_from_row(person_id: str, data: str, version: int) -> Session:
    """The stored session; `StorageError` if its JSON no longer fits the model."""
    try:
        session = Session.model_validate_json(data)
    except ValidationError as error:
        raise StorageError(f"stored session {person_id!r} is unreadable") from error
    # The column is the truth the next save is checked against.
    session.version = int(version)
    return session
