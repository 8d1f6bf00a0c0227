"""The persistence boundary: one small interface, several backends.

Modelled on aiogram's FSM storage: the bot loads a person's `Session`, lets the
engine work on it, and saves it back with the version it loaded. Everything the
bot needs from a database goes through `SessionStore`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from conversations.models import Session


class StorageError(Exception):
    """The database could not do what was asked."""


class VersionConflict(StorageError):
    """Someone else saved this person's session since it was loaded."""

    def __init__(self, person_id: str, expected_version: int) -> None:
        super().__init__(f"session {person_id!r} is no longer at version {expected_version}")
        self.person_id = person_id
        self.expected_version = expected_version


class SessionStore(Protocol):
    """Load and save sessions; each save is all or nothing, and durable once `save` returns.

    A backend may commit several concurrent saves in one transaction (SQLite does:
    one fsync for many people); each still has its own version check.
    """

    async def load(self, person_id: str) -> Session | None:
        """The stored session, or None for someone never seen."""
        ...

    async def save(self, session: Session) -> Session:
        """Store `session` if the stored one is still at `session.version`.

        Returns the saved session with its version increased by one and
        `updated_at` set to now, equal to what the next `load` returns. Raises
        `VersionConflict` if the stored version moved on (or, for a new person,
        if someone else created the row first). The write is committed
        durably before this returns.
        """
        ...

    async def delete(self, person_id: str) -> bool:
        """Forget everything about a person. True if there was something."""
        ...

    async def list_idle(self, updated_before: datetime, limit: int = 100) -> list[str]:
        """People whose unfinished session was last saved before `updated_before`.

        Oldest first, at most `limit` of them. A naive `updated_before` counts as UTC.
        """
        ...

    async def count(self) -> int:
        """How many people have a stored session."""
        ...

    async def schema_version(self) -> int:
        """The number of the last migration applied."""
        ...

    async def ping(self) -> None:
        """Raise `StorageError` unless the database answers (a readiness check)."""
        ...

    async def close(self) -> None: ...
