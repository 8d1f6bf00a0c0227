"""`SessionStore` on PostgreSQL through asyncpg, for several bot processes sharing one database.

The same numbered migrations and the same optimistic concurrency as `SQLiteStore`:

- A save is one statement, so one transaction: `INSERT ... ON CONFLICT DO NOTHING`
  for a new person (version 0), `UPDATE ... WHERE version = $n` otherwise. No row
  touched means someone else saved first: `VersionConflict`. With the default
  `synchronous_commit = on`, the commit is durable when the statement returns.
- The session is stored as the very JSON text pydantic wrote (a TEXT column, not
  JSONB): what `load` returns is what `save` returned, bit for bit. JSONB would
  reorder keys, rewrite numbers (a float `1e+20` would come back as an int) and
  refuse the escaped `\\u0000` a person may type. The migrations read inside the
  JSON with a cast where they need to (`data::jsonb ->> 'updated_at'`).
- Connections come from a pool with bounds (`DATABASE_POOL_MIN`/`DATABASE_POOL_MAX`).
- Start-up waits for the database with a bounded retry (a container's database
  may come up after the bot) and says clearly what it could not reach, without
  the password.
- Migrations run under a PostgreSQL advisory lock, so replicas starting together
  migrate one after another: the first does the work, the rest find it done.

Error messages never repeat the database URL: it may carry a password.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

import asyncpg

from conversations.models import Session
from storage.base import StorageError, VersionConflict
from storage.migrations import MIGRATIONS, Migration, apply_migrations, timestamp_text
from storage.rows import row_for_save, session_from_row

log = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_POOL_MIN = 1
DEFAULT_POOL_MAX = 10
# How long start-up keeps trying to reach the database before giving up.
DEFAULT_CONNECT_WAIT_SECONDS = 30.0
# One connection attempt may take this long at most (a black-holed host).
CONNECT_ATTEMPT_TIMEOUT = 10.0
# How long `ping` (the readiness check) waits for an answer.
PING_TIMEOUT = 2.0

# PostgreSQL's way of reading the stored JSON, for the placeholders in the migrations.
# The timestamp is normalised to UTC in the same fixed-width format as `timestamp_text`
# (to_char's MS truncates, like timestamp_text); the session time zone is UTC (see
# SERVER_SETTINGS), so a time without an offset counts as UTC, as in SQLite.
#
# PostgreSQL's JSON types refuse the escape \u0000 (a NUL someone typed; the TEXT column
# stores it fine), so it becomes \u0001 before the cast. The JSON stays valid even where
# those six characters follow an escaped backslash, and the two timestamps read here
# never hold a backslash.
_DATA_AS_JSONB = r"replace(data, '\u0000', '\u0001')::jsonb"
FRAGMENTS: Mapping[str, str] = {
    "updated_at_from_data": (
        f"to_char(({_DATA_AS_JSONB} ->> 'updated_at')::timestamptz AT TIME ZONE 'UTC', "
        '\'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"\')'
    ),
    "finished_at_from_data": f"({_DATA_AS_JSONB} ->> 'finished_at')",
}

SERVER_SETTINGS: Mapping[str, str] = {"application_name": "strategibot", "timezone": "UTC"}

# One advisory lock per schema: two bots in one schema migrate one at a time, bots
# in different schemas (the tests) don't wait for each other.
_MIGRATION_LOCK_KEY = "hashtext('strategibot.migrations:' || current_schema())"

# Errors that mean "not reachable (yet)": worth another try while starting up.
_TRANSIENT = (
    OSError,  # refused, unreachable, DNS not there yet (ConnectionError, socket.gaierror)
    TimeoutError,
    asyncpg.CannotConnectNowError,  # "the database system is starting up"
    asyncpg.TooManyConnectionsError,
    asyncpg.PostgresConnectionError,
)


def describe(database_url: str) -> str:
    """`user@host:port/database` for messages: never the password, never the query."""
    try:
        parts = urlsplit(database_url)
        host = parts.hostname or "localhost"
        port = parts.port or 5432
    except ValueError:
        return "PostgreSQL (unparseable URL)"
    user = f"{parts.username}@" if parts.username else ""
    database = parts.path.lstrip("/") or (parts.username or "")
    return f"{user}{host}:{port}/{database}"


def _reason(error: BaseException) -> str:
    """An error for a message: its class and text (neither holds the URL's password)."""
    text = str(error).strip()
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


@asynccontextmanager
async def _transaction(connection: asyncpg.Connection) -> AsyncIterator[None]:
    async with connection.transaction():
        yield


class _Migrator:
    """The `MigrationTarget` for one connection, holding the migration lock."""

    fragments: Mapping[str, str] = FRAGMENTS

    def __init__(self, connection: asyncpg.Connection) -> None:
        self._connection = connection

    def transaction(self) -> AbstractAsyncContextManager[None]:
        return _transaction(self._connection)

    async def execute(self, sql: str) -> None:
        await self._connection.execute(sql)

    async def applied_versions(self) -> set[int]:
        rows = await self._connection.fetch("SELECT version FROM schema_migrations")
        return {int(row[0]) for row in rows}

    async def record_version(self, version: int, applied_at: str) -> None:
        await self._connection.execute(
            "INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)",
            version,
            applied_at,
        )


async def migrate(connection: asyncpg.Connection, migrations: Sequence[Migration]) -> int:
    """Apply pending migrations under the advisory lock; return the schema version."""
    await connection.execute(f"SELECT pg_advisory_lock({_MIGRATION_LOCK_KEY})")
    try:
        return await apply_migrations(_Migrator(connection), migrations)
    finally:
        await connection.execute(f"SELECT pg_advisory_unlock({_MIGRATION_LOCK_KEY})")


async def connect_with_retry(
    database_url: str,
    *,
    wait_seconds: float = DEFAULT_CONNECT_WAIT_SECONDS,
    server_settings: Mapping[str, str] | None = None,
) -> asyncpg.Connection:
    """One connection, trying again for up to `wait_seconds` while the database is unreachable.

    Refused credentials or an unknown database fail at once: waiting won't fix those.
    """
    target = describe(database_url)
    settings = {**SERVER_SETTINGS, **(server_settings or {})}
    deadline = time.monotonic() + max(wait_seconds, 0.0)
    delay, attempts = 0.25, 0
    while True:
        attempts += 1
        remaining = deadline - time.monotonic()
        try:
            connection: asyncpg.Connection = await asyncpg.connect(
                database_url,
                timeout=max(min(CONNECT_ATTEMPT_TIMEOUT, remaining), 1.0),
                server_settings=settings,
            )
            return connection
        except _TRANSIENT as error:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise StorageError(
                    f"cannot reach PostgreSQL at {target}: gave up after {attempts} "
                    f"attempt(s) in {wait_seconds:g} s ({_reason(error)})"
                ) from None
            log.warning(
                "PostgreSQL at %s is not reachable yet (%s); trying again for %.0f s",
                target,
                _reason(error),
                remaining,
            )
            await asyncio.sleep(min(delay, remaining))
            delay = min(delay * 2, 2.0)
        except (asyncpg.PostgresError, asyncpg.InterfaceError, ValueError) as error:
            # ValueError: asyncpg could not parse the URL; its text may quote it.
            reason = _reason(error) if not isinstance(error, ValueError) else "invalid URL"
            raise StorageError(f"cannot connect to PostgreSQL at {target}: {reason}") from None


class PostgresStore:
    """Sessions in one PostgreSQL database (schema chosen by the connection's search_path)."""

    def __init__(self, pool: asyncpg.Pool, target: str) -> None:
        self._pool = pool
        self._target = target
        self._closed = False
        # Work started by `_run`, referenced until done so it cannot be collected.
        self._running: set[asyncio.Task[Any]] = set()

    @classmethod
    async def open(
        cls,
        database_url: str,
        *,
        pool_min: int = DEFAULT_POOL_MIN,
        pool_max: int = DEFAULT_POOL_MAX,
        wait_seconds: float = DEFAULT_CONNECT_WAIT_SECONDS,
        server_settings: Mapping[str, str] | None = None,
        migrations: Sequence[Migration] = MIGRATIONS,
    ) -> PostgresStore:
        """Wait for the database, migrate it, and open a pool of `pool_min`..`pool_max`.

        `server_settings` are extra session settings (the tests set `search_path`);
        so are unknown query parameters of the URL (`?search_path=bot`), as asyncpg reads
        them. `migrations` is there for tests; the bot always uses the full list.
        """
        if not 0 <= pool_min <= pool_max or pool_max < 1:
            raise StorageError(
                f"the pool bounds must satisfy 0 <= min <= max and max >= 1 "
                f"(got min {pool_min}, max {pool_max})"
            )
        target = describe(database_url)
        settings = {**SERVER_SETTINGS, **(server_settings or {})}
        connection = await connect_with_retry(
            database_url, wait_seconds=wait_seconds, server_settings=settings
        )
        try:
            version = await migrate(connection, migrations)
        except asyncpg.PostgresError as error:
            raise StorageError(
                f"cannot prepare the PostgreSQL database at {target}: {_reason(error)}"
            ) from error
        finally:
            await connection.close()
        log.info("PostgreSQL at %s is at schema version %d", target, version)
        try:
            pool = await asyncpg.create_pool(
                database_url,
                min_size=pool_min,
                max_size=pool_max,
                server_settings=settings,
                timeout=CONNECT_ATTEMPT_TIMEOUT,
                # Idle connections above min_size are closed after five minutes.
                max_inactive_connection_lifetime=300.0,
            )
        except (*_TRANSIENT, asyncpg.PostgresError, asyncpg.InterfaceError) as error:
            raise StorageError(
                f"cannot open a connection pool to PostgreSQL at {target}: {_reason(error)}"
            ) from None
        return cls(pool, target)

    @property
    def pool_bounds(self) -> tuple[int, int]:
        return self._pool.get_min_size(), self._pool.get_max_size()

    async def _run(self, work: Callable[[asyncpg.Pool], Awaitable[T]]) -> T:
        """Run `work` on the pool, in its own task, shielded.

        A caller cancelled halfway (a handler timing out, shutdown) stops waiting,
        but the statement runs to its end, committed or not, and the connection goes
        back to the pool clean; `close` waits for such work. Same as `SQLiteStore`.
        """
        if self._closed:
            raise StorageError("the session store is closed")
        task: asyncio.Task[T] = asyncio.ensure_future(self._guarded(work))
        self._running.add(task)
        task.add_done_callback(self._running.discard)
        return await asyncio.shield(task)

    async def _guarded(self, work: Callable[[asyncpg.Pool], Awaitable[T]]) -> T:
        try:
            return await work(self._pool)
        except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError) as error:
            raise StorageError(f"PostgreSQL at {self._target} failed: {_reason(error)}") from error

    async def load(self, person_id: str) -> Session | None:
        async def work(pool: asyncpg.Pool) -> asyncpg.Record | None:
            row: asyncpg.Record | None = await pool.fetchrow(
                "SELECT data, version FROM sessions WHERE person_id = $1", person_id
            )
            return row

        row = await self._run(work)
        if row is None:
            return None
        return session_from_row(person_id, row["data"], row["version"])

    async def save(self, session: Session) -> Session:
        """See `SessionStore.save`.

        A session that would not load back (a value outside the model's types set
        by plain assignment) raises pydantic's ValidationError and writes nothing.
        """
        # Everything is taken now: the caller's object may change while the save runs.
        person_id, version = session.person_id, session.version
        row = row_for_save(session)

        async def work(pool: asyncpg.Pool) -> str:
            if version == 0:
                status: str = await pool.execute(
                    "INSERT INTO sessions (person_id, data, version, updated_at, finished)"
                    " VALUES ($1, $2, 1, $3, $4) ON CONFLICT (person_id) DO NOTHING",
                    person_id,
                    row.data,
                    row.updated_at,
                    row.finished,
                )
            else:
                status = await pool.execute(
                    "UPDATE sessions SET data = $1, version = version + 1, updated_at = $2,"
                    " finished = $3 WHERE person_id = $4 AND version = $5",
                    row.data,
                    row.updated_at,
                    row.finished,
                    person_id,
                    version,
                )
            return status

        status = await self._run(work)
        # "INSERT 0 1" / "UPDATE 1": the last number is the rows written.
        if status.rsplit(" ", 1)[-1] != "1":
            raise VersionConflict(person_id, version)
        return row.saved

    async def delete(self, person_id: str) -> bool:
        async def work(pool: asyncpg.Pool) -> str:
            status: str = await pool.execute("DELETE FROM sessions WHERE person_id = $1", person_id)
            return status

        return (await self._run(work)) != "DELETE 0"

    async def list_idle(self, updated_before: datetime, limit: int = 100) -> list[str]:
        """Unfinished sessions saved before `updated_before` (naive = UTC), oldest first.

        `updated_at` is fixed-width text with its punctuation always in the same
        places, so any collation orders it as time; ties go by person id in byte
        order (COLLATE "C"), as in SQLite.
        """
        if limit <= 0:
            return []

        async def work(pool: asyncpg.Pool) -> list[asyncpg.Record]:
            rows: list[asyncpg.Record] = await pool.fetch(
                "SELECT person_id FROM sessions WHERE finished = 0 AND updated_at < $1"
                ' ORDER BY updated_at, person_id COLLATE "C" LIMIT $2',
                timestamp_text(updated_before),
                limit,
            )
            return rows

        return [str(row[0]) for row in await self._run(work)]

    async def count(self) -> int:
        return await self._scalar("SELECT COUNT(*) FROM sessions")

    async def schema_version(self) -> int:
        return await self._scalar("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")

    async def _scalar(self, sql: str) -> int:
        async def work(pool: asyncpg.Pool) -> int:
            return int(await pool.fetchval(sql))

        return await self._run(work)

    async def ping(self) -> None:
        """Raise `StorageError` unless the database answers within `PING_TIMEOUT` seconds."""

        async def work(pool: asyncpg.Pool) -> None:
            await pool.fetchval("SELECT 1", timeout=PING_TIMEOUT)

        try:
            await asyncio.wait_for(self._run(work), PING_TIMEOUT * 2)
        except TimeoutError:
            raise StorageError(f"PostgreSQL at {self._target} did not answer in time") from None

    async def close(self) -> None:
        """Let work in progress finish, then close the pool. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        if self._running:
            await asyncio.gather(*self._running, return_exceptions=True)
        await self._pool.close()
