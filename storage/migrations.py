"""The database schema as a numbered list of migrations, and the runner that applies them.

The list is shared by every backend. Statements are plain SQL that SQLite and
PostgreSQL both accept, except where they read inside the stored JSON: those
spots are `{placeholders}` that each backend fills in from its
`MigrationTarget.fragments` (so no dialect-specific SQL lives in this module).
Placeholders are filled with `str.format_map`, so a literal brace in a
statement must be doubled.

Applied versions are recorded in `schema_migrations`; each migration runs in
its own transaction together with its row there, so a failure leaves the
database at the previous version.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from storage.base import StorageError


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


CREATE_SCHEMA_MIGRATIONS = (
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT)"
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "sessions as JSON with an optimistic-concurrency version",
        (
            "CREATE TABLE sessions ("
            "person_id TEXT PRIMARY KEY, data TEXT NOT NULL, version INTEGER NOT NULL)",
        ),
    ),
    Migration(
        2,
        "updated_at and finished columns, indexed for list_idle",
        (
            "ALTER TABLE sessions ADD COLUMN updated_at TEXT",
            "ALTER TABLE sessions ADD COLUMN finished INTEGER NOT NULL DEFAULT 0",
            "UPDATE sessions SET updated_at = {updated_at_from_data}, "
            "finished = CASE WHEN {finished_at_from_data} IS NULL THEN 0 ELSE 1 END",
            "CREATE INDEX sessions_idle ON sessions (finished, updated_at)",
        ),
    ),
)


def timestamp_text(moment: datetime) -> str:
    """How `sessions.updated_at` is written: UTC, fixed width, milliseconds.

    Fixed width makes text order equal time order, so the column can be compared
    and indexed as plain TEXT in every backend. A naive datetime counts as UTC,
    as it does for SQLite's date functions. Milliseconds (truncated) are plenty
    for finding idle sessions.
    """
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return f"{moment:%Y-%m-%dT%H:%M:%S}.{moment.microsecond // 1000:03d}Z"


class MigrationTarget(Protocol):
    """What the runner needs from a backend's connection."""

    @property
    def fragments(self) -> Mapping[str, str]:
        """SQL for each `{placeholder}` used in the statements (see module docstring)."""
        ...

    def transaction(self) -> AbstractAsyncContextManager[None]:
        """Commit on a clean exit, roll back on an exception."""
        ...

    async def execute(self, sql: str) -> None: ...

    async def applied_versions(self) -> set[int]: ...

    async def record_version(self, version: int, applied_at: str) -> None: ...


def check_sequence(migrations: Sequence[Migration]) -> None:
    """Versions must run 1, 2, 3, ... so "the schema version" is one number."""
    versions = [m.version for m in migrations]
    if versions != list(range(1, len(versions) + 1)):
        raise ValueError(f"migration versions must be 1..n in order, got {versions}")


async def apply_migrations(
    target: MigrationTarget, migrations: Sequence[Migration] = MIGRATIONS
) -> int:
    """Apply the pending migrations, one transaction each; return the schema version."""
    check_sequence(migrations)
    latest = len(migrations)
    async with target.transaction():
        await target.execute(CREATE_SCHEMA_MIGRATIONS)
        applied = await target.applied_versions()
    unknown = sorted(v for v in applied if not 1 <= v <= latest)
    if unknown:
        # Older code must not write to a schema it does not understand.
        raise StorageError(
            f"the database has schema versions {unknown} that this code does not know "
            f"(it knows up to {latest}); upgrade the bot"
        )
    for migration in migrations:
        if migration.version in applied:
            continue
        async with target.transaction():
            # Another process may have migrated while we waited for the write lock.
            if migration.version in await target.applied_versions():
                continue
            for statement in migration.statements:
                await target.execute(statement.format_map(target.fragments))
            await target.record_version(migration.version, timestamp_text(datetime.now(UTC)))
    return latest
