"""Many coroutines on one SQLiteStore: transactions must not interleave or lose work."""

from __future__ import annotations

import asyncio
import threading

import pytest

from conversations.models import Session
from storage.base import VersionConflict
from storage.sqlite import SQLiteStore


async def _save_or_conflict(store: SQLiteStore, session: Session) -> Session | VersionConflict:
    try:
        return await store.save(session)
    except VersionConflict as conflict:
        return conflict


async def test_two_saves_from_one_version_exactly_one_wins(store: SQLiteStore) -> None:
    base = await store.save(Session(person_id="p", answers={"topic": "start"}))
    left, right = base.model_copy(deep=True), base.model_copy(deep=True)
    left.answers["left"] = "L"
    right.answers["right"] = "R"

    results = await asyncio.gather(_save_or_conflict(store, left), _save_or_conflict(store, right))

    wins = [r for r in results if isinstance(r, Session)]
    conflicts = [r for r in results if isinstance(r, VersionConflict)]
    assert len(wins) == 1
    assert len(conflicts) == 1
    assert conflicts[0].expected_version == 1
    assert await store.load("p") == wins[0]
    assert wins[0].version == 2

    # Nothing is lost: the loser reloads, reapplies its change and saves.
    loser_key = "right" if "left" in wins[0].answers else "left"
    fresh = await store.load("p")
    assert fresh is not None
    fresh.answers[loser_key] = loser_key[0].upper()
    await store.save(fresh)
    final = await store.load("p")
    assert final is not None
    assert final.answers == {"topic": "start", "left": "L", "right": "R"}
    assert final.version == 3


async def test_two_first_saves_of_one_new_person(store: SQLiteStore) -> None:
    results = await asyncio.gather(
        _save_or_conflict(store, Session(person_id="p", answers={"who": "a"})),
        _save_or_conflict(store, Session(person_id="p", answers={"who": "b"})),
    )
    wins = [r for r in results if isinstance(r, Session)]
    assert len(wins) == 1
    assert sum(isinstance(r, VersionConflict) for r in results) == 1
    assert await store.load("p") == wins[0]


async def test_many_people_saved_at_once_all_land(store: SQLiteStore) -> None:
    people = [f"person-{n}" for n in range(200)]

    saved = await asyncio.gather(
        *(store.save(Session(person_id=p, answers={"n": n})) for n, p in enumerate(people))
    )

    assert await store.count() == 200
    loaded = await asyncio.gather(*(store.load(p) for p in people))
    assert loaded == saved
    assert all(s.version == 1 for s in saved)


async def _increment(store: SQLiteStore, person_id: str) -> int:
    """Load, change, save; on a conflict start over from a fresh load. Returns attempts."""
    attempts = 0
    while True:
        attempts += 1
        session = await store.load(person_id)
        assert session is not None
        count = session.answers["count"]
        assert isinstance(count, int)
        session.answers["count"] = count + 1
        try:
            await store.save(session)
        except VersionConflict:
            continue
        return attempts


async def test_concurrent_read_modify_write_loses_no_update(store: SQLiteStore) -> None:
    await store.save(Session(person_id="p", answers={"count": 0}))

    attempts = await asyncio.gather(*(_increment(store, "p") for _ in range(50)))

    final = await store.load("p")
    assert final is not None
    assert final.answers["count"] == 50
    assert final.version == 51
    # They really did collide: with no conflicts this test would prove nothing.
    assert sum(attempts) > 50


async def _handle_update(store: SQLiteStore, person_id: str, update_id: int) -> bool:
    """The bot's dedup pattern, retried on conflict. True if this call applied it."""
    while True:
        session = await store.load(person_id) or Session(person_id=person_id)
        if session.has_handled(update_id):
            return False
        count = session.answers.get("messages", 0)
        assert isinstance(count, int)
        session.answers["messages"] = count + 1
        session.mark_handled(update_id)
        try:
            await store.save(session)
        except VersionConflict:
            continue
        return True


async def test_an_update_delivered_twice_at_once_applies_once(store: SQLiteStore) -> None:
    applied = await asyncio.gather(*(_handle_update(store, "p", 7) for _ in range(5)))

    assert applied.count(True) == 1
    stored = await store.load("p")
    assert stored is not None
    assert stored.answers["messages"] == 1
    assert stored.version == 1


async def test_a_save_cancelled_mid_transaction_leaves_the_store_usable(
    store: SQLiteStore,
) -> None:
    base = await store.save(Session(person_id="p"))
    base.answers["topic"] = "kaffe"

    # Stop the connection's worker thread as the save's BEGIN starts, so the
    # caller is surely cancelled while its transaction is in flight.
    loop = asyncio.get_running_loop()
    began = asyncio.Event()
    gate = threading.Event()

    def hold_begin(sql: str) -> None:
        if sql.startswith("BEGIN") and not gate.is_set():
            loop.call_soon_threadsafe(began.set)
            gate.wait(timeout=30)

    await store._db.set_trace_callback(hold_begin)
    caller = asyncio.create_task(store.save(base))
    await began.wait()
    caller.cancel()
    with pytest.raises(asyncio.CancelledError):
        await caller
    gate.set()

    # The save ran to its end on its own (committed), and the next one goes through.
    stored = await store.load("p")
    assert stored is not None
    assert stored.version == 2
    assert stored.answers["topic"] == "kaffe"
    stored.answers["topic"] = "te"
    assert (await store.save(stored)).version == 3
