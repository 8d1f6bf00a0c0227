"""`SessionStore` on one SQLite file through aiosqlite.

aiosqlite runs every call on a single connection in a worker thread, and the
bot serves many people concurrently on one event loop. A transaction is a
series of awaits, so without care two coroutines' statements would interleave
inside one transaction (and a read would see another coroutine's uncommitted
write, as it is the same connection). Hence one `asyncio.Lock` around every use
of the connection, reads included.

The connection is opened with `isolation_level=None`, so Python's sqlite3 never
opens or commits a transaction behind our back; every write says
`BEGIN IMMEDIATE` ... `COMMIT` itself. IMMEDIATE takes SQLite's write lock at
the start, so another process on the same file makes us wait (busy_timeout)
instead of failing halfway through with "database is locked".

Saves are group-committed. With synchronous=FULL every COMMIT is an fsync, and
under a burst one fsync per save is what limits throughput. So `save()` queues
its statement and waits; a single writer task takes everything queued when it
gets the connection (at most `MAX_BATCH`), runs it in one `BEGIN IMMEDIATE` ...
`COMMIT`, and only then tells each caller how its save went. A quiet bot gets
batches of one, exactly as before; a busy one gets bigger batches on its own.
Within a batch the statements run one after the other, each with its own
version check, so a batch behaves like its saves run in turn. If the
transaction as a whole fails, every save in it fails.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TypeVar

import aiosqlite

from conversations.models import Session
from storage.base import StorageError, VersionConflict
from storage.migrations import MIGRATIONS, Migration, apply_migrations, timestamp_text
from storage.rows import row_for_save, session_from_row

T = TypeVar("T")

MEMORY = ":memory:"
BUSY_TIMEOUT_MS = 5000
# The most saves one transaction takes, so that it, and the wait of the loads
# queued behind it, stays short however large the burst.
MAX_BATCH = 256

# synchronous=FULL: in WAL mode NORMAL may lose the last commits on power loss,
# and the bot tells people their answer is saved right after save() returns.
PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA foreign_keys = ON",
)

# SQLite's way of reading the stored JSON, for the placeholders in the migrations.
# strftime normalises any offset to UTC in the same format as `timestamp_text`.
FRAGMENTS: Mapping[str, str] = {
    "updated_at_from_data": "strftime('%Y-%m-%dT%H:%M:%fZ', json_extract(data, '$.updated_at'))",
    "finished_at_from_data": "json_extract(data, '$.finished_at')",
}


@asynccontextmanager
async def _transaction(db: aiosqlite.Connection) -> AsyncIterator[None]:
    await db.execute("BEGIN IMMEDIATE")
    try:
        yield
        await db.execute("COMMIT")
    except BaseException:
        # A no-op if COMMIT itself got through; otherwise nothing may stay open.
        await db.rollback()
        raise


@dataclass(slots=True)
class _QueuedSave:
    """One save waiting for the writer: its statement, and its caller's future."""

    person_id: str
    version: int
    sql: str
    params: tuple[object, ...]
    done: asyncio.Future[None]


def _settle(done: asyncio.Future[None], error: BaseException | None) -> None:
    # A caller that was cancelled has stopped waiting; its future is done already.
    if done.done():
        return
    if error is None:
        done.set_result(None)
    else:
        done.set_exception(error)


def _storage_error(error: BaseException) -> StorageError:
    """A new exception per caller: one object raised in many tasks mixes their tracebacks."""
    if isinstance(error, sqlite3.Error):
        wrapped = StorageError(f"SQLite failed: {error}")
    else:
        # Cancelled (or worse) while COMMIT was on its way, it may even have
        # got through. Either way nobody is told "saved".
        wrapped = StorageError(f"the save's transaction was interrupted: {error!r}")
    wrapped.__cause__ = error
    return wrapped


class _Migrator:
    """The `MigrationTarget` for one connection; used only before the store is shared."""

    fragments: Mapping[str, str] = FRAGMENTS

    def __init__(self, db: aiosqlite.Connection) -> None:
        self._db = db

    def transaction(self) -> AbstractAsyncContextManager[None]:
        return _transaction(self._db)

    async def execute(self, sql: str) -> None:
        await self._db.execute(sql)

    async def applied_versions(self) -> set[int]:
        rows = await self._db.execute_fetchall("SELECT version FROM schema_migrations")
        return {int(row[0]) for row in rows}

    async def record_version(self, version: int, applied_at: str) -> None:
        await self._db.execute(
            "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)",
            (version, applied_at),
        )


class SQLiteStore:
    """Sessions in one SQLite file (or in memory, for tests)."""

    def __init__(self, db: aiosqlite.Connection) -> None:
        self._db = db
        self._lock = asyncio.Lock()
        self._closed = False
        # Work started by `_run`, referenced until done so it cannot be collected.
        self._running: set[asyncio.Task[object]] = set()
        # Saves waiting for the next transaction, and the task writing them (None
        # when the queue is empty: `save` starts one when it needs one).
        self._queue: deque[_QueuedSave] = deque()
        self._writer: asyncio.Task[None] | None = None

    @classmethod
    async def open(
        cls, path: str | Path, *, migrations: Sequence[Migration] = MIGRATIONS
    ) -> SQLiteStore:
        """Open (creating if need be) and migrate the database at `path`.

        `migrations` is there for tests; the bot always uses the full list.
        """
        location = str(path)
        try:
            if location != MEMORY:
                Path(location).parent.mkdir(parents=True, exist_ok=True)
            db = await aiosqlite.connect(
                location, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
            )
        except (OSError, sqlite3.Error) as error:
            raise StorageError(f"cannot open the SQLite database {location!r}: {error}") from error
        try:
            for pragma in PRAGMAS:
                await db.execute(pragma)
            await apply_migrations(_Migrator(db), migrations)
        except BaseException as error:
            await db.close()
            if isinstance(error, sqlite3.Error):
                raise StorageError(
                    f"cannot prepare the SQLite database {location!r}: {error}"
                ) from error
            raise
        return cls(db)

    async def _run(self, work: Callable[[aiosqlite.Connection], Awaitable[T]], *, write: bool) -> T:
        """Run `work` alone on the connection, in a transaction if it writes.

        It runs in its own task, shielded: a caller cancelled halfway (a handler
        timing out, shutdown) must not leave the shared connection inside an open
        transaction for the next coroutine. The work then finishes, committed or
        rolled back, on its own; the caller just stops waiting for it.
        """
        task: asyncio.Task[T] = asyncio.ensure_future(self._exclusive(work, write))
        self._running.add(task)
        task.add_done_callback(self._running.discard)
        return await asyncio.shield(task)

    async def _exclusive(
        self, work: Callable[[aiosqlite.Connection], Awaitable[T]], write: bool
    ) -> T:
        async with self._lock:
            if self._closed:
                raise StorageError("the session store is closed")
            try:
                if not write:
                    return await work(self._db)
                async with _transaction(self._db):
                    return await work(self._db)
            except sqlite3.Error as error:
                raise StorageError(f"SQLite failed: {error}") from error

    async def load(self, person_id: str) -> Session | None:
        async def work(db: aiosqlite.Connection) -> tuple[str, int] | None:
            async with db.execute(
                "SELECT data, version FROM sessions WHERE person_id = ?", (person_id,)
            ) as cursor:
                row = await cursor.fetchone()
            return None if row is None else (str(row[0]), int(row[1]))

        # Parsed after the connection is free again: other work need not wait for it.
        row = await self._run(work, write=False)
        if row is None:
            return None
        return session_from_row(person_id, *row)

    async def save(self, session: Session) -> Session:
        """See `SessionStore.save`.

        A session that would not load back (a value outside the model's types set
        by plain assignment) raises pydantic's ValidationError and writes nothing.
        """
        # Everything the transaction needs is taken now: the caller's object may
        # change while the write waits for the connection.
        person_id, version = session.person_id, session.version
        row = row_for_save(session)

        if version == 0:
            sql = (
                "INSERT INTO sessions (person_id, data, version, updated_at, finished)"
                " VALUES (?, ?, 1, ?, ?) ON CONFLICT (person_id) DO NOTHING"
            )
            params: tuple[object, ...] = (person_id, row.data, row.updated_at, row.finished)
        else:
            sql = (
                "UPDATE sessions SET data = ?, version = version + 1, updated_at = ?,"
                " finished = ? WHERE person_id = ? AND version = ?"
            )
            params = (row.data, row.updated_at, row.finished, person_id, version)

        if self._closed:
            raise StorageError("the session store is closed")
        queued = _QueuedSave(
            person_id, version, sql, params, asyncio.get_running_loop().create_future()
        )
        self._queue.append(queued)
        if self._writer is None:
            self._writer = asyncio.create_task(self._write_queued())
        # A caller cancelled here stops waiting, and nothing else: the save stays
        # queued and may well be committed all the same (as a save cancelled
        # halfway through its own transaction always could be). The writer and
        # the rest of the batch do not notice.
        await queued.done
        return row.saved

    async def _write_queued(self) -> None:
        """The writer: a transaction per batch until the queue is empty."""
        try:
            while self._queue:
                # Released between batches, so loads queued meanwhile get their turn.
                async with self._lock:
                    await self._write_batch()
        finally:
            self._writer = None
            # Saves are left over only if the writer was cancelled (the event loop
            # shutting down); their callers must not wait forever.
            while self._queue:
                _settle(self._queue.popleft().done, StorageError("the writer was stopped"))

    async def _write_batch(self) -> None:
        """Write up to `MAX_BATCH` queued saves in one transaction. Hold the lock."""
        # Taken only now that we have the connection: every save that queued
        # while we waited for it joins this transaction.
        batch = [self._queue.popleft() for _ in range(min(len(self._queue), MAX_BATCH))]
        if not batch:
            return  # close() wrote them
        outcomes: list[StorageError | None] = []
        try:
            async with _transaction(self._db):
                for queued in batch:
                    outcomes.append(await self._write_one(queued))
        except BaseException as error:
            # Rolled back (or never begun): nobody's save is in the file, so
            # nobody may hear it was saved.
            for queued in batch:
                _settle(queued.done, _storage_error(error))
            if not isinstance(error, Exception):
                raise  # the writer itself is being cancelled
            return
        # COMMIT has returned: only now is any of it durable.
        for queued, outcome in zip(batch, outcomes, strict=True):
            _settle(queued.done, outcome)

    async def _write_one(self, queued: _QueuedSave) -> StorageError | None:
        """One save's statement, inside the batch's transaction; its caller's error, if any."""
        try:
            async with self._db.execute(queued.sql, queued.params) as cursor:
                if cursor.rowcount == 1:
                    return None
            return VersionConflict(queued.person_id, queued.version)
        except sqlite3.Error as error:
            # SQLite undoes just the failed statement where it can and says so by
            # keeping the transaction open; then only this save fails. If it had
            # to roll the whole transaction back, the whole batch fails.
            if not self._db.in_transaction:
                raise
            return _storage_error(error)

    async def delete(self, person_id: str) -> bool:
        async def work(db: aiosqlite.Connection) -> bool:
            async with db.execute("DELETE FROM sessions WHERE person_id = ?", (person_id,)) as cur:
                return cur.rowcount > 0

        return await self._run(work, write=True)

    async def list_idle(self, updated_before: datetime, limit: int = 100) -> list[str]:
        """Unfinished sessions saved before `updated_before` (naive = UTC), oldest first."""
        if limit <= 0:
            return []

        async def work(db: aiosqlite.Connection) -> list[str]:
            rows = await db.execute_fetchall(
                "SELECT person_id FROM sessions WHERE finished = 0 AND updated_at < ?"
                " ORDER BY updated_at, person_id LIMIT ?",
                (timestamp_text(updated_before), limit),
            )
            return [str(row[0]) for row in rows]

        return await self._run(work, write=False)

    async def count(self) -> int:
        return await self._scalar("SELECT COUNT(*) FROM sessions")

    async def schema_version(self) -> int:
        return await self._scalar("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")

    async def ping(self) -> None:
        """Raise `StorageError` if the store is closed or the file can't be read."""
        await self._scalar("SELECT 1")

    async def _scalar(self, sql: str) -> int:
        async def work(db: aiosqlite.Connection) -> int:
            async with db.execute(sql) as cursor:
                row = await cursor.fetchone()
            assert row is not None  # an aggregate always yields one row
            return int(row[0])

        return await self._run(work, write=False)

    async def close(self) -> None:
        """Wait for work in progress, write the saves queued, then close. Safe to call twice.

        Saves made until close() has the connection are written (or fail) as
        usual; later ones raise `StorageError`.
        """
        async with self._lock:
            if self._closed:
                return
            self._closed = True
            while self._queue:
                await self._write_batch()
            await self._db.close()
        # The writer, if any, now finds the queue empty and ends. Waited for with
        # asyncio.wait, which does not cancel it if close() is cancelled.
        if self._writer is not None:
            await asyncio.wait({self._writer})
