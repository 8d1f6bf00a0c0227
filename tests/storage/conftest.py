"""Fixtures for the storage tests: a fresh SQLite file or PostgreSQL schema per test,
and a rich session."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from conversations.models import Session
from storage.sqlite import SQLiteStore
from tests.postgres import private_schema, require_url, with_search_path

NON_ASCII = "Blåbærsyltetøy på Ørland 🍓"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "sessions.sqlite3"


@pytest.fixture
async def store(db_path: Path) -> AsyncIterator[SQLiteStore]:
    opened = await SQLiteStore.open(db_path)
    yield opened
    await opened.close()


@pytest.fixture
async def pg_url() -> AsyncIterator[str]:
    """The test PostgreSQL, with a private schema of this test's as its search_path."""
    async with private_schema() as schema:
        yield with_search_path(require_url(), schema)


def _rich_session(person_id: str = "4711") -> Session:
    """A session using every kind of field and answer value the model has."""
    session = Session(
        person_id=person_id,
        language="en",
        answers={"topic": NON_ASCII, "followers": 1200, "channels": ["instagram", "tiktok"]},
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
        pending="restart",
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
