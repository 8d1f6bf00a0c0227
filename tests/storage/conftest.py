"""Fixtures for the storage tests.

`backend` is the heart of the contract suite: it is parametrized over SQLite
(a fresh file) and PostgreSQL (a fresh private schema, see tests/postgres.py),
and `store` is a store on it, so every test that takes `store` runs against
both. `backend.open()` opens another store on the same database, as a second
bot process would; `backend.write_raw` changes a row behind the store's back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import pytest

from conversations.models import NameCheckMenu, Session
from storage.base import SessionStore
from storage.postgres import PostgresStore
from storage.sqlite import SQLiteStore
from tests.postgres import private_schema, require_url, with_search_path

NON_ASCII = "Blåbærsyltetøy på Ørland 🍓"
BACKENDS = ("sqlite", "postgresql")


@dataclass
class Backend:
    name: str
    _open: Callable[[], Awaitable[SessionStore]]
    # SQL run on a connection of its own: `?` placeholders (SQLite) or `$n` (PostgreSQL).
    _execute: Callable[[str, tuple[object, ...]], Awaitable[None]]
    _opened: list[SessionStore] = field(default_factory=list)

    async def open(self) -> SessionStore:
        """Another store on the same database; closed when the test ends."""
        store = await self._open()
        self._opened.append(store)
        return store

    async def write_raw(self, person_id: str, data: str) -> None:
        """Overwrite a stored session's JSON, bypassing the store."""
        sql = "UPDATE sessions SET data = {0} WHERE person_id = {1}"
        marks = ("?", "?") if self.name == "sqlite" else ("$1", "$2")
        await self._execute(sql.format(*marks), (data, person_id))

    async def close_all(self) -> None:
        for store in self._opened:
            await store.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "sessions.sqlite3"


@pytest.fixture
async def pg_url() -> AsyncIterator[str]:
    """The test PostgreSQL, with a private schema of this test's as its search_path."""
    async with private_schema() as schema:
        yield with_search_path(require_url(), schema)


@pytest.fixture(params=BACKENDS)
async def backend(request: pytest.FixtureRequest, db_path: Path) -> AsyncIterator[Backend]:
    if request.param == "sqlite":

        async def open_sqlite() -> SessionStore:
            return await SQLiteStore.open(db_path)

        async def execute_sqlite(sql: str, args: tuple[object, ...]) -> None:
            with sqlite3.connect(db_path) as db:
                db.execute(sql, args)
            db.close()

        chosen = Backend("sqlite", open_sqlite, execute_sqlite)
        yield chosen
        await chosen.close_all()
        return

    async with private_schema() as schema:
        url = with_search_path(require_url(), schema)

        async def open_postgres() -> SessionStore:
            return await PostgresStore.open(url, pool_min=1, pool_max=5)

        async def execute_postgres(sql: str, args: tuple[object, ...]) -> None:
            connection = await asyncpg.connect(url)
            try:
                await connection.execute(sql, *args)
            finally:
                await connection.close()

        chosen = Backend("postgresql", open_postgres, execute_postgres)
        yield chosen
        await chosen.close_all()


@pytest.fixture
async def store(backend: Backend) -> SessionStore:
    """A store on this test's database, for each backend in turn."""
    return await backend.open()


@pytest.fixture
async def sqlite_store(db_path: Path) -> AsyncIterator[SQLiteStore]:
    opened = await SQLiteStore.open(db_path)
    yield opened
    await opened.close()


def _rich_session(person_id: str = "4711") -> Session:
    """A session using every kind of field and answer value the model has."""
    session = Session(
        person_id=person_id,
        language="en",
        answers={
            "topic": NON_ASCII,
            "followers": 1200,
            "rate": 4.5,
            "huge": 1e20,
            "channels": ["instagram", "tiktok"],
            "odd": 'nul \x00, a typed \\u0000, \\ and "quotes" and </tags>',
        },
        groups={
            "persona": [
                {"name": "Kari", "age": 34, "interests": ["bær", "fjellturer"]},
                {"name": "Ola", "age": 61, "interests": []},
                {"name": NON_ASCII, "age": 0, "interests": ["🍓"]},
            ],
            "goal": [{"text": "Flere følgere"}],
        },
        skipped=["budget", "persona.1.age"],
        focus="persona.2.name",
        menu=NameCheckMenu(
            ref="persona.2.name", typed=f"{NON_ASCII}, student", suggestion=NON_ASCII
        ),
        paused=True,
        finished_at=datetime(2024, 6, 1, 12, 30, 15, 123456, tzinfo=UTC),
        created_at=datetime(2024, 5, 30, 8, 0, tzinfo=UTC),
    )
    for update_id in (101, 102, 7):
        session.mark_handled(update_id)
    return session


@pytest.fixture
def rich_session() -> Callable[..., Session]:
    return _rich_session
