"""SQLiteStore's group commit: saves that queue while a transaction is written share
the next one, and each caller still hears only what its own row came to.

To make batches without timing, `Trace` holds aiosqlite's thread at a BEGIN: the
saves started meanwhile queue up, and are one batch when it is let go. It also
counts COMMITs, i.e. transactions (and fsyncs).
"""

from __future__ import annotations

import asyncio
import sqlite3
import sys
import threading
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from conversations.models import Session
from storage.base import StorageError, VersionConflict
from storage.sqlite import MAX_BATCH, SQLiteStore

RichSession = Callable[..., Session]
# A save under way, which ends in the saved session or the error it raised.
Saving = asyncio.Task[Session | StorageError]


class Trace:
    """The store connection's trace callback; it runs in aiosqlite's thread."""

    def __init__(self) -> None:
        self.commits = 0
        self.began = asyncio.Event()
        self._loop = asyncio.get_running_loop()
        self._hold = False
        self._gate = threading.Event()

    def __call__(self, sql: str) -> None:
        if sql == "COMMIT":
            self.commits += 1
        if sql.startswith("BEGIN") and self._hold:
            self._hold = False
            gate, began = self._gate, self.began
            self._loop.call_soon_threadsafe(began.set)
            gate.wait(timeout=30)

    def hold_next_begin(self) -> None:
        """Stop the thread at the next BEGIN until `release`; `began` is set there."""
        self.began = asyncio.Event()
        self._gate = threading.Event()
        self._hold = True

    def release(self) -> None:
        self._gate.set()


@pytest.fixture
async def traced(sqlite_store: SQLiteStore) -> AsyncIterator[tuple[SQLiteStore, Trace]]:
    trace = Trace()
    await sqlite_store._db.set_trace_callback(trace)
    yield sqlite_store, trace
    trace.release()  # never leave the thread stuck, whatever the test did


async def _until(condition: Callable[[], bool]) -> None:
    """Let the other tasks run until `condition` holds (bounded, no timing)."""
    for _ in range(10_000):
        if condition():
            return
        await asyncio.sleep(0)
    raise AssertionError("condition never became true")


async def _outcome(store: SQLiteStore, session: Session) -> Session | StorageError:
    try:
        return await store.save(session)
    except StorageError as error:
        return error


async def _hold_writer(store: SQLiteStore, trace: Trace) -> Saving:
    """Start a save of its own and return while its transaction is held at BEGIN."""
    trace.hold_next_begin()
    first = asyncio.create_task(_outcome(store, Session(person_id="first")))
    await trace.began.wait()
    return first


async def _queue(store: SQLiteStore, sessions: list[Session]) -> list[Saving]:
    """Start saving each of `sessions`, in order, and return once all are queued."""
    waiting = len(store._queue)
    tasks = [asyncio.create_task(_outcome(store, session)) for session in sessions]
    await _until(lambda: len(store._queue) == waiting + len(sessions))
    return tasks


async def test_a_lone_save_is_a_transaction_of_its_own(traced: tuple[SQLiteStore, Trace]) -> None:
    store, trace = traced
    saved = await store.save(Session(person_id="p"))
    assert trace.commits == 1
    await store.save(saved)
    assert trace.commits == 2
    # The writer ends with the queue; a quiet store has no task left over.
    assert store._writer is None


async def test_saves_queued_meanwhile_share_transactions_of_at_most_max_batch(
    traced: tuple[SQLiteStore, Trace],
) -> None:
    store, trace = traced
    first = await _hold_writer(store, trace)
    people = [f"person-{n}" for n in range(2 * MAX_BATCH + 10)]
    tasks = await _queue(store, [Session(person_id=p, answers={"n": p}) for p in people])

    trace.release()
    saved = await asyncio.gather(*tasks)
    assert isinstance(await first, Session)

    # One transaction for the held save, then the queue in three bounded batches.
    assert trace.commits == 1 + 3
    assert all(isinstance(s, Session) and s.version == 1 for s in saved)
    assert await asyncio.gather(*(store.load(p) for p in people)) == saved
    assert await store.count() == len(people) + 1


async def test_plain_concurrent_saves_are_batched(traced: tuple[SQLiteStore, Trace]) -> None:
    store, trace = traced
    saved = await asyncio.gather(*(store.save(Session(person_id=f"p{n}")) for n in range(200)))
    assert len(saved) == 200
    assert trace.commits < 20


async def test_a_conflict_in_a_batch_fails_only_its_own_save(
    traced: tuple[SQLiteStore, Trace],
) -> None:
    store, trace = traced
    p = await store.save(Session(person_id="p", answers={"topic": "start"}))
    q = await store.save(Session(person_id="q"))
    commits_before = trace.commits

    left, right, q_change = (
        p.model_copy(deep=True, update={"answers": {"topic": "left"}}),
        p.model_copy(deep=True, update={"answers": {"topic": "right"}}),
        q.model_copy(deep=True, update={"answers": {"topic": "q"}}),
    )
    # Based on the version `left` is about to make: in turn, it follows left.
    after_left = p.model_copy(deep=True, update={"version": 2, "answers": {"topic": "next"}})
    first = await _hold_writer(store, trace)
    tasks = await _queue(
        store,
        [
            left,
            right,
            after_left,
            q_change,
            Session(person_id="r", answers={"who": "a"}),
            Session(person_id="r", answers={"who": "b"}),
        ],
    )
    trace.release()
    left_r, right_r, after_r, q_r, r_a, r_b = await asyncio.gather(*tasks)
    await first

    assert trace.commits == commits_before + 2  # the held save, then all six together
    assert isinstance(left_r, Session) and left_r.version == 2
    assert isinstance(right_r, VersionConflict) and right_r.expected_version == 1
    assert isinstance(after_r, Session) and after_r.version == 3
    assert isinstance(q_r, Session) and q_r.version == 2
    assert isinstance(r_a, Session) and r_a.version == 1
    assert isinstance(r_b, VersionConflict) and r_b.expected_version == 0
    assert await store.load("p") == after_r
    assert await store.load("q") == q_r
    assert await store.load("r") == r_a


async def _poison_trigger(store: SQLiteStore, action: str) -> None:
    """Make any write of a session mentioning 'poison' fail with RAISE(`action`).

    A TEMP trigger lives on the store's connection only. RAISE(ROLLBACK) ends the
    whole transaction, as a disk error can; RAISE(ABORT) undoes just the statement.
    """
    for event in ("INSERT", "UPDATE"):
        await store._db.execute(
            f"CREATE TEMP TRIGGER poison_{event.lower()} BEFORE {event} ON sessions"
            " WHEN NEW.data LIKE '%poison%'"
            f" BEGIN SELECT RAISE({action}, 'injected failure'); END"
        )


async def test_a_transaction_that_fails_fails_every_save_in_it_and_commits_nothing(
    traced: tuple[SQLiteStore, Trace],
) -> None:
    store, trace = traced
    b = await store.save(Session(person_id="b", answers={"topic": "old b"}))
    c = await store.save(Session(person_id="c", answers={"topic": "old c"}))
    await _poison_trigger(store, "ROLLBACK")
    commits_before = trace.commits

    first = await _hold_writer(store, trace)
    # The poisoned save is third: two statements before it have run when it fails.
    batch = [
        Session(person_id="a"),
        b.model_copy(deep=True, update={"answers": {"topic": "new b"}}),
        c.model_copy(deep=True, update={"answers": {"topic": "poison"}}),
        Session(person_id="d"),
    ]
    tasks = await _queue(store, batch)
    trace.release()
    results = await asyncio.gather(*tasks)
    await first

    for result in results:
        assert isinstance(result, StorageError)
        assert not isinstance(result, VersionConflict)
        assert "injected failure" in str(result)
    assert trace.commits == commits_before + 1  # only the held save
    assert await store.load("a") is None
    assert await store.load("b") == b
    assert await store.load("c") == c
    assert await store.load("d") is None
    # The store goes on: the innocent saves, retried, go through.
    assert (await store.save(batch[1])).version == 2


async def test_a_statement_that_fails_alone_fails_only_its_own_save(
    traced: tuple[SQLiteStore, Trace],
) -> None:
    store, trace = traced
    await _poison_trigger(store, "ABORT")
    first = await _hold_writer(store, trace)
    tasks = await _queue(
        store,
        [
            Session(person_id="a"),
            Session(person_id="b", answers={"topic": "poison"}),
            Session(person_id="c"),
        ],
    )
    trace.release()
    a, b, c = await asyncio.gather(*tasks)
    await first

    assert isinstance(b, StorageError) and "injected failure" in str(b)
    assert isinstance(a, Session) and await store.load("a") == a
    assert isinstance(c, Session) and await store.load("c") == c
    assert await store.load("b") is None


async def test_another_process_holding_the_write_lock_fails_the_whole_batch(
    db_path: Path, traced: tuple[SQLiteStore, Trace]
) -> None:
    store, trace = traced
    await store._db.execute("PRAGMA busy_timeout = 50")  # don't wait 5 s for the lock
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        results = await asyncio.gather(
            *(_outcome(store, Session(person_id=f"p{n}")) for n in range(5))
        )
        assert all(isinstance(r, StorageError) and "locked" in str(r) for r in results)
        other.execute("ROLLBACK")
    finally:
        other.close()

    assert trace.commits == 0
    assert await store.count() == 0
    assert (await store.save(Session(person_id="p0"))).version == 1


async def test_a_batch_is_committed_for_another_process_when_save_returns(
    db_path: Path, traced: tuple[SQLiteStore, Trace], rich_session: RichSession
) -> None:
    store, trace = traced
    async with store._db.execute("PRAGMA synchronous") as cursor:
        assert await cursor.fetchone() == (2,)  # FULL: each COMMIT is fsynced

    first = await _hold_writer(store, trace)
    tasks = await _queue(store, [rich_session(f"person-{n}") for n in range(50)])
    trace.release()
    saved = [s for s in await asyncio.gather(*tasks) if isinstance(s, Session)]
    await first
    assert len(saved) == 50
    assert trace.commits == 2

    # Another process, plain sqlite3, while the store is still open.
    reader = (
        "import sqlite3, sys\n"
        "db = sqlite3.connect(sys.argv[1])\n"
        "for (data,) in db.execute(\"SELECT data FROM sessions WHERE person_id != 'first'"
        ' ORDER BY person_id"):\n'
        "    sys.stdout.buffer.write(data.encode('utf-8') + b'\\n')\n"
    )
    reading = await asyncio.create_subprocess_exec(
        sys.executable, "-c", reader, str(db_path), stdout=asyncio.subprocess.PIPE
    )
    stdout, _ = await asyncio.wait_for(reading.communicate(), timeout=30)
    assert reading.returncode == 0
    read_back = [Session.model_validate_json(line) for line in stdout.splitlines()]
    assert read_back == sorted(saved, key=lambda s: s.person_id)


async def test_cancelled_callers_do_not_disturb_the_writer_or_the_batch(
    traced: tuple[SQLiteStore, Trace],
) -> None:
    store, trace = traced
    first = await _hold_writer(store, trace)
    a, b, c = await _queue(store, [Session(person_id=p) for p in ("a", "b", "c")])

    b.cancel()  # still in the queue
    with pytest.raises(asyncio.CancelledError):
        await b
    # Let the held save go, and hold the next BEGIN: the batch of a, b and c. (The
    # writer cannot get there before both lines ran: it needs the event loop.)
    trace.release()
    trace.hold_next_begin()
    await trace.began.wait()
    c.cancel()  # its batch's transaction is under way
    with pytest.raises(asyncio.CancelledError):
        await c
    trace.release()

    assert isinstance(await first, Session)
    saved_a = await a
    assert isinstance(saved_a, Session) and await store.load("a") == saved_a
    # The cancelled saves were queued, so they were written all the same.
    for person_id in ("b", "c"):
        stored = await store.load(person_id)
        assert stored is not None and stored.version == 1
    await _until(lambda: store._writer is None)
    assert (await store.save(saved_a)).version == 2


async def test_close_writes_the_saves_queued_before_it(db_path: Path) -> None:
    store = await SQLiteStore.open(db_path)
    trace = Trace()
    await store._db.set_trace_callback(trace)
    try:
        first = await _hold_writer(store, trace)
        tasks = await _queue(store, [Session(person_id=f"p{n}") for n in range(10)])
        closing = asyncio.ensure_future(store.close())
        trace.release()
        saved = await asyncio.gather(*tasks)
        await closing
        assert store._writer is None  # close() waited for it to end
    finally:
        trace.release()
        await store.close()

    assert isinstance(await first, Session)
    assert all(isinstance(s, Session) and s.version == 1 for s in saved)
    with pytest.raises(StorageError, match="closed"):
        await store.save(Session(person_id="late"))

    reopened = await SQLiteStore.open(db_path)
    try:
        assert await reopened.count() == 11
        assert await asyncio.gather(*(reopened.load(f"p{n}") for n in range(10))) == saved
    finally:
        await reopened.close()
