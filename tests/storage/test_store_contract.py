"""The SessionStore contract, run against every backend (SQLite and PostgreSQL).

Each test takes `store` (or `backend`), which conftest parametrizes over both
backends, each on a database of the test's own. What only one backend has
(SQLite's pragmas and file handling, PostgreSQL's start-up wait, pool and
advisory lock) is tested in test_sqlite_*.py and test_postgres_store.py.
"""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

import storage.rows
from conversations.models import RECENT_UPDATES_KEPT, Session, utcnow
from storage.base import SessionStore, StorageError, VersionConflict
from storage.migrations import MIGRATIONS
from tests.storage.conftest import NON_ASCII, Backend

RichSession = Callable[..., Session]


def test_it_is_a_session_store(store: SessionStore) -> None:
    implementation: SessionStore = store
    assert implementation is store


async def test_rich_session_round_trip(store: SessionStore, rich_session: RichSession) -> None:
    original = rich_session()
    before = utcnow()
    saved = await store.save(original)
    after = utcnow()

    assert saved.version == 1
    assert before <= saved.updated_at <= after
    assert saved.updated_at.utcoffset() == timedelta(0)
    # Everything but the bookkeeping is what was given...
    assert saved.model_dump(exclude={"version", "updated_at"}) == original.model_dump(
        exclude={"version", "updated_at"}
    )
    # ...and the next load returns exactly what save returned.
    loaded = await store.load(original.person_id)
    assert loaded == saved
    assert loaded is not None
    assert loaded.answers["topic"] == NON_ASCII
    assert loaded.answers["followers"] == 1200
    assert loaded.answers["channels"] == ["instagram", "tiktok"]
    assert loaded.groups["persona"][2]["name"] == NON_ASCII
    assert loaded.recent_update_ids == [101, 102, 7]
    assert loaded.finished_at == datetime(2024, 6, 1, 12, 30, 15, 123456, tzinfo=UTC)
    # The caller's object is not changed behind its back.
    assert original.version == 0


async def test_saves_count_versions_up(store: SessionStore) -> None:
    session = await store.save(Session(person_id="p"))
    session.answers["topic"] = "kaffe"
    session = await store.save(session)
    session.answers["topic"] = "te"
    session = await store.save(session)

    assert session.version == 3
    assert await store.load("p") == session


async def test_unknown_person_loads_as_none(store: SessionStore) -> None:
    assert await store.load("nobody") is None


async def test_stale_save_conflicts_and_changes_nothing(store: SessionStore) -> None:
    first = await store.save(Session(person_id="p", answers={"topic": "a"}))
    newer = first.model_copy(deep=True)
    newer.answers["topic"] = "b"
    newer = await store.save(newer)

    first.answers["topic"] = "stale"
    with pytest.raises(VersionConflict) as caught:
        await store.save(first)

    assert caught.value.person_id == "p"
    assert caught.value.expected_version == 1
    assert await store.load("p") == newer


async def test_second_insert_of_a_new_person_conflicts(store: SessionStore) -> None:
    winner = await store.save(Session(person_id="p", answers={"topic": "first"}))

    with pytest.raises(VersionConflict) as caught:
        await store.save(Session(person_id="p", answers={"topic": "second"}))

    assert caught.value.expected_version == 0
    assert await store.load("p") == winner


async def test_handled_update_ids_are_stored(store: SessionStore) -> None:
    session = Session(person_id="p")
    session.mark_handled(7)
    await store.save(session)

    loaded = await store.load("p")
    assert loaded is not None
    assert loaded.has_handled(7)
    assert not loaded.has_handled(8)


async def _handle_update(store: SessionStore, person_id: str, update_id: int) -> bool:
    """What the bot does per update: load, skip if seen, change, save with the id."""
    session = await store.load(person_id) or Session(person_id=person_id)
    if session.has_handled(update_id):
        return False
    count = session.answers.get("messages", 0)
    assert isinstance(count, int)
    session.answers["messages"] = count + 1
    session.mark_handled(update_id)
    await store.save(session)
    return True


async def test_a_redelivered_update_changes_state_once(store: SessionStore) -> None:
    assert await _handle_update(store, "p", 7) is True
    assert await _handle_update(store, "p", 7) is False
    assert await _handle_update(store, "p", 8) is True

    stored = await store.load("p")
    assert stored is not None
    assert stored.answers["messages"] == 2
    assert stored.version == 2


async def test_delete(store: SessionStore) -> None:
    await store.save(Session(person_id="p"))
    await store.save(Session(person_id="q"))

    assert await store.delete("p") is True
    assert await store.delete("p") is False
    assert await store.load("p") is None
    assert await store.count() == 1
    # A deleted person starts over as new.
    assert (await store.save(Session(person_id="p"))).version == 1


async def test_count(store: SessionStore) -> None:
    assert await store.count() == 0
    for person_id in ("a", "b", "c"):
        await store.save(Session(person_id=person_id))
    assert await store.count() == 3


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[datetime]]:
    """The time save() stamps: the test sets clock[0]."""
    now = [datetime(2024, 5, 1, 12, 0, tzinfo=UTC)]
    monkeypatch.setattr(storage.rows, "utcnow", lambda: now[0])
    yield now


async def test_list_idle(store: SessionStore, clock: list[datetime]) -> None:
    start = clock[0]
    hour = timedelta(hours=1)
    sessions = {}
    for offset, person_id in enumerate(["a", "b", "done", "d"]):
        clock[0] = start + offset * hour
        session = Session(person_id=person_id)
        if person_id == "done":
            session.finished_at = clock[0]
        sessions[person_id] = await store.save(session)

    cutoff = start + 2.5 * hour
    assert await store.list_idle(cutoff) == ["a", "b"]
    assert await store.list_idle(cutoff, limit=1) == ["a"]
    assert await store.list_idle(cutoff, limit=0) == []
    # Strictly before: a session saved at the cutoff is not idle yet.
    assert await store.list_idle(start) == []
    assert await store.list_idle(start + hour) == ["a"]
    # A naive cutoff counts as UTC.
    assert await store.list_idle(cutoff.replace(tzinfo=None)) == ["a", "b"]

    clock[0] = start + 4 * hour
    await store.save(sessions["a"])
    assert await store.list_idle(cutoff) == ["b"]
    assert await store.list_idle(start + 5 * hour) == ["b", "d", "a"]


async def test_finishing_and_reopening_moves_a_session_in_and_out_of_idle(
    store: SessionStore, clock: list[datetime]
) -> None:
    later = clock[0] + timedelta(days=1)
    session = await store.save(Session(person_id="p"))
    assert await store.list_idle(later) == ["p"]

    session.finished_at = clock[0]
    session = await store.save(session)
    assert await store.list_idle(later) == []

    session.finished_at = None
    await store.save(session)
    assert await store.list_idle(later) == ["p"]


async def test_a_session_that_would_not_load_back_is_not_saved(store: SessionStore) -> None:
    session = Session(person_id="p")
    session.answers["rating"] = {"stars": 4}  # type: ignore[assignment]  # not a Value

    with pytest.raises(ValidationError), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pydantic warns while serialising it
        await store.save(session)

    assert await store.load("p") is None


async def _save_or_conflict(store: SessionStore, session: Session) -> Session | VersionConflict:
    try:
        return await store.save(session)
    except VersionConflict as conflict:
        return conflict


async def test_two_saves_from_one_version_exactly_one_wins(store: SessionStore) -> None:
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


async def test_two_first_saves_of_one_new_person(store: SessionStore) -> None:
    results = await asyncio.gather(
        _save_or_conflict(store, Session(person_id="p", answers={"who": "a"})),
        _save_or_conflict(store, Session(person_id="p", answers={"who": "b"})),
    )
    wins = [r for r in results if isinstance(r, Session)]
    assert len(wins) == 1
    assert sum(isinstance(r, VersionConflict) for r in results) == 1
    assert await store.load("p") == wins[0]


async def test_many_people_saved_at_once_all_land(store: SessionStore) -> None:
    people = [f"person-{n}" for n in range(200)]

    saved = await asyncio.gather(
        *(store.save(Session(person_id=p, answers={"n": n})) for n, p in enumerate(people))
    )

    assert await store.count() == 200
    loaded = await asyncio.gather(*(store.load(p) for p in people))
    assert loaded == saved
    assert all(s.version == 1 for s in saved)


async def _increment(store: SessionStore, person_id: str) -> int:
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


async def test_concurrent_read_modify_write_loses_no_update(store: SessionStore) -> None:
    await store.save(Session(person_id="p", answers={"count": 0}))

    attempts = await asyncio.gather(*(_increment(store, "p") for _ in range(50)))

    final = await store.load("p")
    assert final is not None
    assert final.answers["count"] == 50
    assert final.version == 51
    # They really did collide: with no conflicts this test would prove nothing.
    assert sum(attempts) > 50


async def _handle_update_retrying(store: SessionStore, person_id: str, update_id: int) -> bool:
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


async def test_an_update_delivered_twice_at_once_applies_once(store: SessionStore) -> None:
    applied = await asyncio.gather(*(_handle_update_retrying(store, "p", 7) for _ in range(5)))

    assert applied.count(True) == 1
    stored = await store.load("p")
    assert stored is not None
    assert stored.answers["messages"] == 1
    assert stored.version == 1


async def test_data_survives_close_and_reopen(backend: Backend, rich_session: RichSession) -> None:
    store = await backend.open()
    saved = await store.save(rich_session())
    await store.close()

    reopened = await backend.open()
    assert await reopened.load(saved.person_id) == saved
    assert await reopened.count() == 1


async def test_a_save_is_seen_by_another_store_as_soon_as_it_returns(
    backend: Backend, store: SessionStore, rich_session: RichSession
) -> None:
    other = await backend.open()
    saved = await store.save(rich_session())
    assert await other.load(saved.person_id) == saved
    # And the other way round, with the version check across the two.
    saved.answers["topic"] = "from the other process"
    again = await other.save(saved)
    assert await store.load(saved.person_id) == again
    with pytest.raises(VersionConflict):
        await store.save(saved)


async def test_unreadable_data_is_a_storage_error(backend: Backend, store: SessionStore) -> None:
    await store.save(Session(person_id="p"))
    await backend.write_raw("p", '{"language": 5}')

    with pytest.raises(StorageError, match="unreadable"):
        await store.load("p")


async def test_closed_store_refuses_work(backend: Backend) -> None:
    store = await backend.open()
    await store.close()
    await store.close()  # twice is fine

    with pytest.raises(StorageError, match="closed"):
        await store.load("p")
    with pytest.raises(StorageError, match="closed"):
        await store.save(Session(person_id="p"))
    with pytest.raises(StorageError, match="closed"):
        await store.ping()


async def test_schema_version_and_ping(store: SessionStore) -> None:
    assert await store.schema_version() == len(MIGRATIONS)
    await store.ping()


async def test_two_stores_on_one_database_lose_no_update(backend: Backend) -> None:
    """Two bot processes changing one person at the same time."""
    first, second = await backend.open(), await backend.open()
    await first.save(Session(person_id="p", answers={"count": 0}))

    attempts = await asyncio.gather(
        *(_increment(first if n % 2 else second, "p") for n in range(40))
    )

    final = await first.load("p")
    assert final is not None
    assert final.answers["count"] == 40
    assert final.version == 41
    assert sum(attempts) > 40


async def test_an_update_delivered_to_two_stores_at_once_applies_once(backend: Backend) -> None:
    """Telegram re-delivering one update to a second replica while the first handles it."""
    first, second = await backend.open(), await backend.open()
    for update_id in range(1, 21):
        applied = await asyncio.gather(
            _handle_update_retrying(first, "p", update_id),
            _handle_update_retrying(second, "p", update_id),
            _handle_update_retrying(first, "p", update_id),
        )
        assert applied.count(True) == 1, update_id

    stored = await second.load("p")
    assert stored is not None
    assert stored.answers["messages"] == 20
    assert stored.version == 20


async def test_repeated_update_ids_apply_once_and_only_recent_ones_are_kept(
    store: SessionStore,
) -> None:
    ids = list(range(1000, 1000 + RECENT_UPDATES_KEPT + 10))
    for update_id in ids:
        assert await _handle_update(store, "p", update_id) is True
        # Re-deliveries of this one and of one a few updates back change nothing.
        assert await _handle_update(store, "p", update_id) is False
        assert await _handle_update(store, "p", max(ids[0], update_id - 5)) is False

    stored = await store.load("p")
    assert stored is not None
    assert stored.answers["messages"] == len(ids)
    assert stored.version == len(ids)
    assert stored.recent_update_ids == ids[-RECENT_UPDATES_KEPT:]


async def test_a_cancelled_save_leaves_the_store_usable(store: SessionStore) -> None:
    base = await store.save(Session(person_id="p"))
    base.answers["topic"] = "kaffe"

    saving = asyncio.create_task(store.save(base))
    await asyncio.sleep(0)  # the save has started
    saving.cancel()
    with pytest.raises(asyncio.CancelledError):
        await saving

    # The save either happened or not, as a whole, and the next one goes through.
    for _ in range(100):
        stored = await store.load("p")
        assert stored is not None
        if stored.version == 2:
            break
        await asyncio.sleep(0.01)
    assert stored.version == 2
    assert stored.answers["topic"] == "kaffe"
    stored.answers["topic"] = "te"
    assert (await store.save(stored)).version == 3
