"""SQLiteStore under a cancelled caller: the shared connection must not stay inside a
transaction. The contract's concurrency tests (both backends) are in test_store_contract.py."""

from __future__ import annotations

import asyncio
import threading

import pytest

from conversations.models import Session
from storage.sqlite import SQLiteStore


async def test_a_save_cancelled_mid_transaction_leaves_the_store_usable(
    sqlite_store: SQLiteStore,
) -> None:
    store = sqlite_store
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
