"""Pick and open the session store named by a database URL (the `DATABASE_URL` setting).

URLs follow SQLAlchemy's spelling so they look familiar:

- none or empty: `strategibot.sqlite3` in the current working directory
- `sqlite:///relative/path.sqlite3`, `sqlite:////absolute/path.sqlite3`
- `sqlite://:memory:` or `sqlite:///:memory:`: a private in-memory database
- `postgresql://user[:password]@host[:port]/database` (also `postgres://`, and
  SQLAlchemy's `postgresql+asyncpg://` and the like): PostgreSQL through asyncpg.
  Query parameters asyncpg does not know become session settings
  (`?search_path=bot` puts the tables in the schema `bot`).

Error messages never repeat the URL, which may carry a password.
"""

from __future__ import annotations

import re

from storage.base import SessionStore, StorageError
from storage.postgres import (
    DEFAULT_CONNECT_WAIT_SECONDS,
    DEFAULT_POOL_MAX,
    DEFAULT_POOL_MIN,
    PostgresStore,
)
from storage.sqlite import MEMORY, SQLiteStore

DEFAULT_DATABASE_PATH = "strategibot.sqlite3"

_SQLITE_PREFIX = "sqlite://"
_POSTGRES_SCHEMES = {"postgres", "postgresql"}
# RFC 3986 scheme syntax; anything else before "://" is not quoted back.
_SCHEME = re.compile(r"([a-z][a-z0-9+.-]*)://", re.IGNORECASE)
_EXPECTED = (
    "use sqlite:///relative/path, sqlite:////absolute/path, sqlite://:memory: "
    "or postgresql://user@host:port/database"
)


def sqlite_path(database_url: str | None) -> str | None:
    """The SQLite file (or ":memory:") a URL names, or None if it is no SQLite URL."""
    if not database_url:
        return DEFAULT_DATABASE_PATH
    if not database_url.lower().startswith(_SQLITE_PREFIX):
        return None
    rest = database_url[len(_SQLITE_PREFIX) :]
    if rest in (MEMORY, "/" + MEMORY):
        return MEMORY
    if rest in ("", "/"):
        raise StorageError(f"the SQLite URL names no file; {_EXPECTED}")
    if not rest.startswith("/"):
        raise StorageError(f"a SQLite URL takes no host or credentials; {_EXPECTED}")
    if "?" in rest or "#" in rest:
        raise StorageError(f"a SQLite URL takes no query or fragment; {_EXPECTED}")
    # The slash after "sqlite://" ends the (empty) host; what follows is the path,
    # so one more slash makes it absolute.
    return rest[1:]


async def open_store(
    database_url: str | None,
    *,
    pool_min: int = DEFAULT_POOL_MIN,
    pool_max: int = DEFAULT_POOL_MAX,
    wait_seconds: float = DEFAULT_CONNECT_WAIT_SECONDS,
) -> SessionStore:
    """Open (and migrate) the store for `database_url`; `StorageError` for one it can't serve.

    The pool bounds and the start-up wait apply to PostgreSQL; SQLite has one file.
    """
    path = sqlite_path(database_url)
    if path is not None:
        return await SQLiteStore.open(path)
    # Only the scheme is safe to quote: the rest may hold a password.
    match = _SCHEME.match(database_url or "")
    scheme = match.group(1).lower() if match else ""
    if database_url and (scheme in _POSTGRES_SCHEMES or scheme.startswith("postgresql+")):
        # asyncpg knows postgresql:// and postgres://; a SQLAlchemy driver suffix is dropped.
        url = "postgresql://" + database_url[len(scheme) + len("://") :]
        return await PostgresStore.open(
            url, pool_min=pool_min, pool_max=pool_max, wait_seconds=wait_seconds
        )
    if scheme:
        raise StorageError(f"unsupported database URL scheme {scheme!r}; {_EXPECTED}")
    raise StorageError(f"DATABASE_URL is not a database URL; {_EXPECTED}")
