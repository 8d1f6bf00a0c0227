"""PostgreSQL for the tests: `TEST_DATABASE_URL`, and a private schema per use.

The URL defaults to the PostgreSQL on this machine (and in CI). Every test that
needs a database gets a schema of its own, made here with a unique name and
dropped afterwards, and reaches it through `search_path`: runs (and tests) never
see each other's rows, and a crashed run leaves at most a schema behind that
`drop_stale_schemas` clears on the next one.

Set `TEST_DATABASE_URL=` (empty) to run without PostgreSQL: its tests are then
skipped. Left unset, a PostgreSQL that can't be reached fails them.
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import urlencode, urlsplit, urlunsplit

import asyncpg
import pytest

DEFAULT_TEST_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/test"
SCHEMA_PREFIX = "strategibot_test_"
# A schema older than this, from a run that died before dropping it, is dropped.
STALE_SECONDS = 6 * 3600


def test_database_url() -> str | None:
    """The server the tests use, or None when PostgreSQL tests are switched off."""
    url = os.environ.get("TEST_DATABASE_URL", DEFAULT_TEST_DATABASE_URL)
    return url or None


def require_url() -> str:
    url = test_database_url()
    if url is None:
        pytest.skip("TEST_DATABASE_URL is empty: PostgreSQL tests are switched off")
    return url


def with_search_path(url: str, schema: str) -> str:
    """The URL with `?search_path=schema`: asyncpg passes it on as a session setting."""
    parts = urlsplit(url)
    query = "&".join(q for q in (parts.query, urlencode({"search_path": schema})) if q)
    return urlunsplit(parts._replace(query=query))


async def connect(url: str) -> asyncpg.Connection:
    try:
        connection: asyncpg.Connection = await asyncpg.connect(url, timeout=10)
    except (OSError, asyncpg.PostgresError) as error:
        pytest.fail(
            f"cannot reach the test PostgreSQL (TEST_DATABASE_URL, default "
            f"{DEFAULT_TEST_DATABASE_URL}): {type(error).__name__}: {error}. "
            "Start it, or set TEST_DATABASE_URL= (empty) to skip the PostgreSQL tests."
        )
    return connection


async def drop_stale_schemas(connection: asyncpg.Connection) -> None:
    cutoff = int(time.time()) - STALE_SECONDS
    rows = await connection.fetch(
        "SELECT nspname FROM pg_namespace WHERE nspname LIKE $1", SCHEMA_PREFIX + "%"
    )
    for row in rows:
        stamp = row[0][len(SCHEMA_PREFIX) :].split("_", 1)[0]
        if stamp.isdigit() and int(stamp) < cutoff:
            await connection.execute(f'DROP SCHEMA IF EXISTS "{row[0]}" CASCADE')


@asynccontextmanager
async def private_schema() -> AsyncIterator[str]:
    """A fresh, empty schema (its name), dropped with everything in it afterwards."""
    url = require_url()
    name = f"{SCHEMA_PREFIX}{int(time.time())}_{os.getpid()}_{secrets.token_hex(4)}"
    admin = await connect(url)
    try:
        await drop_stale_schemas(admin)
        await admin.execute(f'CREATE SCHEMA "{name}"')
    finally:
        await admin.close()
    try:
        yield name
    finally:
        admin = await connect(url)
        try:
            await admin.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
        finally:
            await admin.close()
