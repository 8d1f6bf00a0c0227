"""open_store: which database a DATABASE_URL names, and clear errors for the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from conversations.models import Session
from storage.base import StorageError
from storage.factory import DEFAULT_DATABASE_PATH, open_store, sqlite_path
from storage.sqlite import SQLiteStore

PASSWORD = "hunter2-s3cr3t"


@pytest.mark.parametrize(
    ("url", "path"),
    [
        (None, "strategibot.sqlite3"),
        ("", "strategibot.sqlite3"),
        ("sqlite:///relative/path.sqlite3", "relative/path.sqlite3"),
        ("sqlite:///bot.sqlite3", "bot.sqlite3"),
        ("sqlite:////absolute/path.sqlite3", "/absolute/path.sqlite3"),
        ("sqlite://:memory:", ":memory:"),
        ("sqlite:///:memory:", ":memory:"),
        (f"postgresql://bot:{PASSWORD}@db/strategibot", None),
    ],
)
def test_sqlite_path(url: str | None, path: str | None) -> None:
    assert sqlite_path(url) == path


def test_default_path() -> None:
    assert DEFAULT_DATABASE_PATH == "strategibot.sqlite3"


async def test_no_url_means_the_default_file_in_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for url in (None, ""):
        store = await open_store(url)
        try:
            assert isinstance(store, SQLiteStore)
            await store.save(Session(person_id=f"p{url!r}"))
        finally:
            await store.close()
    assert (tmp_path / DEFAULT_DATABASE_PATH).is_file()
    reopened = await open_store(None)
    try:
        assert await reopened.count() == 2
    finally:
        await reopened.close()


async def test_relative_url_is_from_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    store = await open_store("sqlite:///nested/dir/bot.sqlite3")
    await store.close()
    assert (tmp_path / "nested" / "dir" / "bot.sqlite3").is_file()


async def test_absolute_url(tmp_path: Path) -> None:
    target = tmp_path / "abs" / "bot.sqlite3"
    assert target.is_absolute()
    store = await open_store(f"sqlite:///{target}")  # the path's own slash makes four
    await store.close()
    assert target.is_file()


def _files_in(directory: Path) -> list[Path]:
    return list(directory.iterdir())


@pytest.mark.parametrize("url", ["sqlite://:memory:", "sqlite:///:memory:"])
async def test_memory_urls_give_private_databases(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    first, second = await open_store(url), await open_store(url)
    try:
        await first.save(Session(person_id="p"))
        assert await first.count() == 1
        assert await second.count() == 0
    finally:
        await first.close()
        await second.close()
    assert _files_in(tmp_path) == []


@pytest.mark.parametrize(
    "url",
    [
        f"postgresql://bot:{PASSWORD}@127.0.0.1:1/strategibot",
        f"postgres://bot:{PASSWORD}@127.0.0.1:1/strategibot",
        f"postgresql+asyncpg://bot:{PASSWORD}@127.0.0.1:1/strategibot",
    ],
)
async def test_an_unreachable_postgresql_is_named_without_its_password(url: str) -> None:
    with pytest.raises(StorageError) as caught:
        await open_store(url, wait_seconds=0)
    assert "cannot reach PostgreSQL at bot@127.0.0.1:1/strategibot" in str(caught.value)
    assert PASSWORD not in str(caught.value)


@pytest.mark.parametrize(
    "url",
    [
        f"mysql://bot:{PASSWORD}@db/strategibot",
        f"bot:{PASSWORD}@db/strategibot",
        PASSWORD,
        f"sqlite://bot:{PASSWORD}@db/strategibot",
        f"sqlite:///bot.sqlite3?password={PASSWORD}",
        "sqlite:///",
        "sqlite://",
        f"http://[::1:{PASSWORD}",
    ],
)
async def test_bad_urls_are_refused_without_echoing_secrets(url: str) -> None:
    with pytest.raises(StorageError) as caught:
        await open_store(url)
    message = str(caught.value)
    assert PASSWORD not in message
    assert "sqlite:///" in message  # says what would work


async def test_an_unknown_scheme_is_named() -> None:
    with pytest.raises(StorageError, match="unsupported database URL scheme 'mysql'"):
        await open_store(f"mysql://bot:{PASSWORD}@db/strategibot")


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///"])
async def test_a_sqlite_url_without_a_file(url: str) -> None:
    with pytest.raises(StorageError, match="names no file"):
        await open_store(url)
