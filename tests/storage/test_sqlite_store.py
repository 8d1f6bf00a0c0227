"""SQLiteStore one call at a time: round trips, conflicts, idle listing, durability."""

from __future__ import annotations

import asyncio
import sqlite3
import sys
import warnings
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError

import storage.sqlite
from conversations.models import Session, utcnow
from storage.base import SessionStore, StorageError, VersionConflict
from storage.sqlite import SQLiteStore

RichSession = Callable[..., Session]

NON_ASCII = "Blåbærsyltetøy på Ørland 🍓"  # as in conftest's rich session


def test_it_is_a_session_store(store: SQLiteStore) -> None:
    implementation: SessionStore = store
    assert implementation is store


async def test_rich_session_round_trip(store: SQLiteStore, rich_session: RichSession) -> None:
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


async def test_saves_count_versions_up(store: SQLiteStore) -> None:
    session = await store.save(Session(person_id="p"))
    session.answers["topic"] = "kaffe"
    session = await store.save(session)
    session.answers["topic"] = "te"
    session = await store.save(session)

    assert session.version == 3
    assert await store.load("p") == session


async def test_unknown_person_loads_as_none(store: SQLiteStore) -> None:
    assert await store.load("nobody") is None


async def test_stale_save_conflicts_and_changes_nothing(store: SQLiteStore) -> None:
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


async def test_second_insert_of_a_new_person_conflicts(store: SQLiteStore) -> None:
    winner = await store.save(Session(person_id="p", answers={"topic": "first"}))

    with pytest.raises(VersionConflict) as caught:
        await store.save(Session(person_id="p", answers={"topic": "second"}))

    assert caught.value.expected_version == 0
    assert await store.load("p") == winner


async def test_handled_update_ids_are_stored(store: SQLiteStore) -> None:
    session = Session(person_id="p")
    session.mark_handled(7)
    await store.save(session)

    loaded = await store.load("p")
    assert loaded is not None
    assert loaded.has_handled(7)
    assert not loaded.has_handled(8)


async def _handle_update(store: SQLiteStore, person_id: str, update_id: int) -> bool:
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


async def test_a_redelivered_update_changes_state_once(store: SQLiteStore) -> None:
    assert await _handle_update(store, "p", 7) is True
    assert await _handle_update(store, "p", 7) is False
    assert await _handle_update(store, "p", 8) is True

    stored = await store.load("p")
    assert stored is not None
    assert stored.answers["messages"] == 2
    assert stored.version == 2


async def test_data_survives_close_and_reopen(db_path: Path, rich_session: RichSession) -> None:
    store = await SQLiteStore.open(db_path)
    saved = await store.save(rich_session())
    await store.close()

    reopened = await SQLiteStore.open(db_path)
    try:
        assert await reopened.load(saved.person_id) == saved
        assert await reopened.count() == 1
    finally:
        await reopened.close()


async def test_save_is_committed_before_it_returns(
    db_path: Path, store: SQLiteStore, rich_session: RichSession
) -> None:
    saved = await store.save(rich_session())
    # Another process, plain sqlite3, while the store is still open.
    reader = (
        "import sqlite3, sys\n"
        "db = sqlite3.connect(sys.argv[1])\n"
        "row = db.execute('SELECT version, data FROM sessions WHERE person_id = ?',"
        " (sys.argv[2],)).fetchone()\n"
        "sys.stdout.buffer.write(str(row[0]).encode() + b'\\n' + row[1].encode('utf-8'))\n"
    )
    reading = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        reader,
        str(db_path),
        saved.person_id,
        stdout=asyncio.subprocess.PIPE,
    )
    stdout, _ = await asyncio.wait_for(reading.communicate(), timeout=30)
    assert reading.returncode == 0
    version, data = stdout.split(b"\n", 1)
    assert int(version) == 1
    assert Session.model_validate_json(data) == saved


async def test_delete(store: SQLiteStore) -> None:
    await store.save(Session(person_id="p"))
    await store.save(Session(person_id="q"))

    assert await store.delete("p") is True
    assert await store.delete("p") is False
    assert await store.load("p") is None
    assert await store.count() == 1
    # A deleted person starts over as new.
    assert (await store.save(Session(person_id="p"))).version == 1


async def test_count(store: SQLiteStore) -> None:
    assert await store.count() == 0
    for person_id in ("a", "b", "c"):
        await store.save(Session(person_id=person_id))
    assert await store.count() == 3


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[datetime]]:
    """The time save() stamps: the test sets clock[0]."""
    now = [datetime(2024, 5, 1, 12, 0, tzinfo=UTC)]
    monkeypatch.setattr(storage.sqlite, "utcnow", lambda: now[0])
    yield now


async def test_list_idle(store: SQLiteStore, clock: list[datetime]) -> None:
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
    store: SQLiteStore, clock: list[datetime]
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


async def test_unreadable_data_is_a_storage_error(db_path: Path, store: SQLiteStore) -> None:
    await store.save(Session(person_id="p"))
    with sqlite3.connect(db_path) as db:
        db.execute("UPDATE sessions SET data = '{\"language\": 5}' WHERE person_id = 'p'")

    with pytest.raises(StorageError, match="unreadable"):
        await store.load("p")


async def test_closed_store_refuses_work(db_path: Path) -> None:
    store = await SQLiteStore.open(db_path)
    await store.close()
    await store.close()  # twice is fine

    with pytest.raises(StorageError, match="closed"):
        await store.load("p")
    with pytest.raises(StorageError, match="closed"):
        await store.save(Session(person_id="p"))


async def test_in_memory_store(rich_session: RichSession) -> None:
    store = await SQLiteStore.open(":memory:")
    try:
        saved = await store.save(rich_session())
        assert await store.load(saved.person_id) == saved
        assert await store.schema_version() == 2
    finally:
        await store.close()


async def test_a_session_that_would_not_load_back_is_not_saved(store: SQLiteStore) -> None:
    session = Session(person_id="p")
    session.answers["rating"] = 4.5  # type: ignore[assignment]  # not a Value

    with pytest.raises(ValidationError), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pydantic warns while serialising it
        await store.save(session)

    assert await store.load("p") is None
