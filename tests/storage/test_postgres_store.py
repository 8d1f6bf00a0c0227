"""What only PostgresStore has: start-up waiting, pool bounds, migrations under an advisory
lock, the backfill in PostgreSQL's SQL, and `strategibot migrate`. What every store does is
in test_store_contract.py."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
import time
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

import asyncpg
import pytest
from pydantic import ValidationError

from bot.settings import Settings
from conversations.models import Session
from storage.base import StorageError
from storage.factory import open_store
from storage.migrations import CREATE_SCHEMA_MIGRATIONS, MIGRATIONS, Migration
from storage.postgres import PostgresStore, describe
from tests.postgres import require_url

LATEST = len(MIGRATIONS)
PASSWORD = "hunter2-s3cr3t"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def db(pg_url: str) -> AsyncIterator[asyncpg.Connection]:
    """A plain connection to the test's schema, independent of the store."""
    connection = await asyncpg.connect(pg_url)
    yield connection
    await connection.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _unreachable_url(port: int) -> str:
    return f"postgresql://bot:{PASSWORD}@127.0.0.1:{port}/strategibot"


async def test_a_fresh_schema_gets_every_migration(pg_url: str, db: asyncpg.Connection) -> None:
    store = await PostgresStore.open(pg_url)
    try:
        assert await store.schema_version() == LATEST
    finally:
        await store.close()

    rows = await db.fetch("SELECT version, applied_at FROM schema_migrations ORDER BY 1")
    assert [row["version"] for row in rows] == [1, 2]
    assert all(row["applied_at"].endswith("Z") for row in rows)
    columns = await db.fetch(
        "SELECT column_name, data_type FROM information_schema.columns"
        " WHERE table_schema = current_schema() AND table_name = 'sessions'"
        " ORDER BY ordinal_position"
    )
    assert [(c["column_name"], c["data_type"]) for c in columns] == [
        ("person_id", "text"),
        ("data", "text"),
        ("version", "integer"),
        ("updated_at", "text"),
        ("finished", "integer"),
    ]
    index = await db.fetchval(
        "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()"
        " AND indexname = 'sessions_idle'"
    )
    assert index is not None and index.endswith("(finished, updated_at)")


async def _build_version_1(db: asyncpg.Connection, rows: list[tuple[str, str, int]]) -> None:
    """A schema as the code of migration 1 left it, rows written with raw SQL."""
    await db.execute(CREATE_SCHEMA_MIGRATIONS)
    for statement in MIGRATIONS[0].statements:
        await db.execute(statement)
    await db.execute("INSERT INTO schema_migrations VALUES (1, '2024-01-01T00:00:00.000Z')")
    await db.executemany(
        "INSERT INTO sessions (person_id, data, version) VALUES ($1, $2, $3)", rows
    )


async def test_upgrade_from_version_1_backfills_in_postgres_sql(
    pg_url: str, db: asyncpg.Connection, rich_session: Callable[..., Session]
) -> None:
    oslo = timezone(timedelta(hours=2))
    idle = rich_session("idle")
    idle.finished_at = None
    idle.updated_at = datetime(2024, 3, 1, 12, 0, 0, 123999, tzinfo=oslo)
    idle.version = 3
    done = rich_session("done")
    done.updated_at = datetime(2024, 3, 2, 9, 0, tzinfo=UTC)
    done.version = 1
    await _build_version_1(
        db,
        [(idle.person_id, idle.model_dump_json(), 3), (done.person_id, done.model_dump_json(), 1)],
    )

    store = await PostgresStore.open(pg_url)
    try:
        backfilled = await db.fetch(
            "SELECT person_id, updated_at, finished FROM sessions ORDER BY person_id"
        )
        assert [tuple(row) for row in backfilled] == [
            ("done", "2024-03-02T09:00:00.000Z", 1),
            # From the JSON's +02:00 time, in the column's own UTC format, truncated.
            ("idle", "2024-03-01T10:00:00.123Z", 0),
        ]
        assert await store.load("idle") == idle
        assert await store.list_idle(datetime(2025, 1, 1, tzinfo=UTC)) == ["idle"]
        assert (await store.save(idle)).version == 4
    finally:
        await store.close()


async def test_replicas_starting_together_migrate_once(pg_url: str, db: asyncpg.Connection) -> None:
    stores = await asyncio.gather(*(PostgresStore.open(pg_url, pool_min=0) for _ in range(6)))
    try:
        assert [await s.schema_version() for s in stores] == [LATEST] * 6
    finally:
        await asyncio.gather(*(s.close() for s in stores))
    assert await db.fetch("SELECT version FROM schema_migrations ORDER BY 1") == [(1,), (2,)]


async def test_a_failing_migration_leaves_the_previous_version(
    pg_url: str, db: asyncpg.Connection
) -> None:
    await (await PostgresStore.open(pg_url)).close()
    broken = Migration(3, "half good", ("CREATE TABLE extra (x INTEGER)", "NOT SQL AT ALL"))

    with pytest.raises(StorageError, match="cannot prepare"):
        await PostgresStore.open(pg_url, migrations=(*MIGRATIONS, broken))

    assert await db.fetchval("SELECT MAX(version) FROM schema_migrations") == 2
    assert await db.fetchval("SELECT to_regclass('extra')") is None
    # The advisory lock went with the failed attempt: the next start is not blocked.
    store = await asyncio.wait_for(PostgresStore.open(pg_url), 10)
    await store.close()


async def test_a_newer_schema_is_refused(pg_url: str, db: asyncpg.Connection) -> None:
    await (await PostgresStore.open(pg_url)).close()
    await db.execute("INSERT INTO schema_migrations VALUES (3, '2030-01-01T00:00:00.000Z')")

    with pytest.raises(StorageError, match="upgrade the bot"):
        await PostgresStore.open(pg_url)


async def test_an_unreachable_database_gives_up_after_the_wait() -> None:
    port = _free_port()
    started = time.monotonic()

    with pytest.raises(StorageError) as caught:
        await PostgresStore.open(_unreachable_url(port), wait_seconds=1.5)

    elapsed = time.monotonic() - started
    assert 1.5 <= elapsed < 6
    message = str(caught.value)
    assert f"cannot reach PostgreSQL at bot@127.0.0.1:{port}/strategibot" in message
    assert "gave up after" in message
    assert PASSWORD not in message


async def test_a_late_database_is_waited_for(pg_url: str) -> None:
    """The database comes up (here: a port forwarder to it starts) a second after the bot."""
    parts = urlsplit(pg_url)
    host, real_port = parts.hostname or "127.0.0.1", parts.port or 5432
    port = _free_port()

    async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except ConnectionError:
            pass
        finally:
            writer.close()

    async def forward(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(host, real_port)
        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))

    async def start_late() -> asyncio.Server:
        await asyncio.sleep(1.0)
        return await asyncio.start_server(forward, "127.0.0.1", port)

    late_url = pg_url.replace(f":{real_port}/", f":{port}/", 1)
    assert late_url != pg_url
    starting = asyncio.create_task(start_late())
    store = await PostgresStore.open(late_url, wait_seconds=20, pool_min=0)
    server = await starting
    try:
        await store.save(Session(person_id="late"))
        assert await store.count() == 1
    finally:
        await store.close()
        server.close()


async def test_a_missing_database_fails_at_once() -> None:
    url = require_url().rsplit("/", 1)[0] + "/strategibot_no_such_database"
    started = time.monotonic()
    with pytest.raises(StorageError, match="does not exist"):
        await PostgresStore.open(url, wait_seconds=30)
    assert time.monotonic() - started < 10


async def test_pool_bounds(pg_url: str) -> None:
    store = await PostgresStore.open(pg_url, pool_min=2, pool_max=3)
    try:
        assert store.pool_bounds == (2, 3)
        # More work than connections just waits its turn.
        await asyncio.gather(*(store.save(Session(person_id=f"p{n}")) for n in range(20)))
        assert await store.count() == 20
    finally:
        await store.close()
    with pytest.raises(StorageError, match="pool bounds"):
        await PostgresStore.open(pg_url, pool_min=4, pool_max=3)


async def test_ping_and_close(pg_url: str) -> None:
    store = await PostgresStore.open(pg_url)
    await store.ping()
    await store.close()
    await store.close()  # twice is fine
    with pytest.raises(StorageError, match="closed"):
        await store.ping()


@pytest.mark.parametrize("scheme", ["postgresql", "postgres", "postgresql+asyncpg"])
async def test_the_factory_opens_postgres_urls(scheme: str, pg_url: str) -> None:
    store = await open_store(scheme + pg_url[len("postgresql") :])
    try:
        assert isinstance(store, PostgresStore)
        await store.save(Session(person_id="p"))
        assert await store.count() == 1
    finally:
        await store.close()


def test_pool_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", f"postgresql://bot:{PASSWORD}@db/strategibot")
    monkeypatch.setenv("DATABASE_POOL_MIN", "2")
    monkeypatch.setenv("DATABASE_POOL_MAX", "5")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert (settings.database_pool_min, settings.database_pool_max) == (2, 5)
    assert settings.database_wait_seconds == 30

    monkeypatch.setenv("DATABASE_POOL_MIN", "6")
    with pytest.raises(ValidationError) as caught:
        Settings(_env_file=None)  # type: ignore[call-arg]
    assert "DATABASE_POOL_MIN" in str(caught.value)
    assert PASSWORD not in str(caught.value)


def test_describe_never_shows_the_password() -> None:
    url = f"postgresql://bot:{PASSWORD}@db.example:6543/strategibot?sslmode=require"
    assert describe(url) == "bot@db.example:6543/strategibot"
    assert describe(f"postgres://bot:{PASSWORD}@db") == "bot@db:5432/bot"


async def _migrate(database_url: str) -> tuple[int, str, str]:
    env = {**os.environ, "DATABASE_URL": database_url, "DATABASE_WAIT_SECONDS": "1"}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        "migrate",
        env=env,
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def test_strategibot_migrate(pg_url: str, db: asyncpg.Connection) -> None:
    code, out, err = await _migrate(pg_url)
    assert code == 0, err
    assert "schema version 2" in out
    assert await db.fetch("SELECT version FROM schema_migrations ORDER BY 1") == [(1,), (2,)]
    # Again: nothing to do, same answer.
    code, out, _ = await _migrate(pg_url)
    assert code == 0
    assert "schema version 2" in out


async def test_strategibot_migrate_without_a_database() -> None:
    code, _, err = await _migrate(_unreachable_url(_free_port()))
    assert code == 1
    assert "cannot reach PostgreSQL at bot@127.0.0.1:" in err
    assert PASSWORD not in err
