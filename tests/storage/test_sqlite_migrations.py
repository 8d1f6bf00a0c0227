"""The numbered migrations: from an empty database, from version 1, and when they fail."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from conversations.models import Session
from storage.base import StorageError
from storage.migrations import (
    CREATE_SCHEMA_MIGRATIONS,
    MIGRATIONS,
    Migration,
    check_sequence,
    timestamp_text,
)
from storage.sqlite import SQLiteStore

LATEST = len(MIGRATIONS)


def _query(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Read with a plain sqlite3 connection, independent of the store."""
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


def _build_version_1(path: Path, rows: list[tuple[str, str, int]]) -> None:
    """A database as the code of migration 1 left it, rows written with raw SQL."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    with db:
        db.execute(CREATE_SCHEMA_MIGRATIONS)
        for statement in MIGRATIONS[0].statements:
            db.execute(statement)
        db.execute("INSERT INTO schema_migrations VALUES (1, '2024-01-01T00:00:00.000Z')")
        db.executemany("INSERT INTO sessions (person_id, data, version) VALUES (?, ?, ?)", rows)
    db.close()


def test_the_list_is_numbered_from_one() -> None:
    check_sequence(MIGRATIONS)
    assert [m.version for m in MIGRATIONS] == [1, 2]
    with pytest.raises(ValueError):
        check_sequence([MIGRATIONS[1]])


async def test_empty_database_gets_every_migration(db_path: Path) -> None:
    store = await SQLiteStore.open(db_path)
    try:
        assert await store.schema_version() == LATEST
    finally:
        await store.close()

    recorded = _query(db_path, "SELECT version, applied_at FROM schema_migrations ORDER BY 1")
    assert [version for version, _ in recorded] == [1, 2]
    assert all(
        isinstance(applied_at, str) and applied_at.endswith("Z") for _, applied_at in recorded
    )
    columns = [row[1] for row in _query(db_path, "PRAGMA table_info(sessions)")]
    assert columns == ["person_id", "data", "version", "updated_at", "finished"]
    index = _query(db_path, "PRAGMA index_info(sessions_idle)")
    assert [row[2] for row in index] == ["finished", "updated_at"]


async def test_upgrade_from_version_1_backfills_and_keeps_data(
    db_path: Path, rich_session: Callable[..., Session]
) -> None:
    oslo = timezone(timedelta(hours=2))
    idle = rich_session("idle")
    idle.finished_at = None
    idle.updated_at = datetime(2024, 3, 1, 12, 0, 0, 123456, tzinfo=oslo)
    idle.version = 3
    done = rich_session("done")
    done.updated_at = datetime(2024, 3, 2, 9, 0, tzinfo=UTC)
    done.version = 1
    _build_version_1(
        db_path,
        [
            (idle.person_id, idle.model_dump_json(), 3),
            (done.person_id, done.model_dump_json(), 1),
        ],
    )

    store = await SQLiteStore.open(db_path)
    try:
        assert await store.schema_version() == LATEST
        assert _query(db_path, "SELECT version FROM schema_migrations ORDER BY 1") == [(1,), (2,)]
        backfilled = _query(
            db_path, "SELECT person_id, updated_at, finished FROM sessions ORDER BY person_id"
        )
        assert backfilled == [
            ("done", "2024-03-02T09:00:00.000Z", 1),
            # From the JSON's +02:00 time, in the column's own UTC format.
            ("idle", "2024-03-01T10:00:00.123Z", 0),
        ]
        # The data is untouched; load() gives back exactly what was stored.
        assert await store.load("idle") == idle
        assert await store.load("done") == done
        assert await store.list_idle(datetime(2025, 1, 1, tzinfo=UTC)) == ["idle"]
        # And the upgraded rows take part in optimistic concurrency as before.
        assert (await store.save(idle)).version == 4
    finally:
        await store.close()


async def test_backfill_matches_what_save_writes(db_path: Path) -> None:
    """Old rows and new rows must sort together in list_idle."""
    session = Session(person_id="p", updated_at=datetime(2024, 3, 1, 10, 0, 0, 123456, tzinfo=UTC))
    _build_version_1(db_path, [("p", session.model_dump_json(), 1)])
    store = await SQLiteStore.open(db_path)
    await store.close()
    assert _query(db_path, "SELECT updated_at, finished FROM sessions") == [
        (timestamp_text(session.updated_at), 0)
    ]


async def test_reopening_runs_nothing_again(db_path: Path) -> None:
    await (await SQLiteStore.open(db_path)).close()
    before = _query(db_path, "SELECT version, applied_at FROM schema_migrations ORDER BY 1")
    store = await SQLiteStore.open(db_path)
    assert await store.schema_version() == LATEST
    await store.close()
    assert _query(db_path, "SELECT version, applied_at FROM schema_migrations ORDER BY 1") == before


async def test_a_failing_migration_leaves_the_previous_version(db_path: Path) -> None:
    await (await SQLiteStore.open(db_path)).close()
    broken = Migration(3, "half good", ("CREATE TABLE extra (x INTEGER)", "NOT SQL AT ALL"))

    with pytest.raises(StorageError):
        await SQLiteStore.open(db_path, migrations=(*MIGRATIONS, broken))

    assert _query(db_path, "SELECT MAX(version) FROM schema_migrations") == [(2,)]
    assert _query(db_path, "SELECT name FROM sqlite_master WHERE name = 'extra'") == []


async def test_a_newer_database_is_refused(db_path: Path) -> None:
    await (await SQLiteStore.open(db_path)).close()
    with sqlite3.connect(db_path) as db:
        db.execute("INSERT INTO schema_migrations VALUES (3, '2030-01-01T00:00:00.000Z')")

    with pytest.raises(StorageError, match="upgrade the bot"):
        await SQLiteStore.open(db_path)


async def test_wal_and_full_sync(db_path: Path, sqlite_store: SQLiteStore) -> None:
    # journal_mode=WAL is a property of the file, visible to any connection.
    assert _query(db_path, "PRAGMA journal_mode") == [("wal",)]
    # synchronous is per connection, so ask the store's own (2 = FULL).
    async with sqlite_store._db.execute("PRAGMA synchronous") as cursor:
        assert await cursor.fetchone() == (2,)
    async with sqlite_store._db.execute("PRAGMA foreign_keys") as cursor:
        assert await cursor.fetchone() == (1,)


def test_timestamp_text_sorts_like_time() -> None:
    base = datetime(2024, 3, 1, 10, 0, tzinfo=UTC)
    moments = [base + timedelta(microseconds=us) for us in (0, 999, 1000, 500_000, 1_000_000)]
    texts = [timestamp_text(m) for m in moments]
    assert texts == sorted(texts)
    assert len({len(t) for t in texts}) == 1
    assert texts[0] == "2024-03-01T10:00:00.000Z"
    # Other offsets become UTC; a naive time counts as UTC.
    assert (
        timestamp_text(datetime(2024, 3, 1, 12, 0, tzinfo=timezone(timedelta(hours=2))))
        == (texts[0])
    )
    assert timestamp_text(datetime(2024, 3, 1, 10, 0)) == texts[0]
