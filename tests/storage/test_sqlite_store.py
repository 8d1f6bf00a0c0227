"""What only SQLiteStore has: a file another process can read, and a private in-memory
database. The SessionStore contract itself is in test_store_contract.py."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from pathlib import Path

from conversations.models import Session
from storage.sqlite import SQLiteStore

RichSession = Callable[..., Session]


async def test_save_is_committed_before_it_returns(
    db_path: Path, sqlite_store: SQLiteStore, rich_session: RichSession
) -> None:
    saved = await sqlite_store.save(rich_session())
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


async def test_in_memory_store(rich_session: RichSession) -> None:
    store = await SQLiteStore.open(":memory:")
    try:
        saved = await store.save(rich_session())
        assert await store.load(saved.person_id) == saved
        assert await store.schema_version() == 2
    finally:
        await store.close()
