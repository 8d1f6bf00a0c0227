"""Pick and open the session store named by a database URL (the `DATABASE_URL` setting).

URLs follow SQLAlchemy's spelling so they look familiar:

- none or empty: `strategibot.sqlite3` in the current working directory
- `sqlite:///relative/path.sqlite3`, `sqlite:////absolute/path.sqlite3`
- `sqlite://:memory:` or `sqlite:///:memory:`: a private in-memory database
- `postgresql://...` / `postgres://...`: not built yet

Error messages never repeat the URL, which may carry a password.
"""

from __future__ import annotations

import re

from storage.base import SessionStore, StorageError
from storage.sqlite import MEMORY, SQLiteStore

DEFAULT_DATABASE_PATH = "strategibot.sqlite3"

_SQLITE_PREFIX = "sqlite://"
_POSTGRES_SCHEMES = {"postgres", "postgresql"}
# RFC 3986 scheme syntax; anything else before "://" is not quoted back.
_SCHEME = re.compile(r"([a-z][a-z0-9+.-]*)://", re.IGNORECASE)
_EXPECTED = "use sqlite:///relative/path, sqlite:////absolute/path or sqlite://:memory:"


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


async def open_store(database_url: str | None) -> SessionStore:
    """Open the store for `database_url`; raises `StorageError` for one it cannot serve."""
    path = sqlite_path(database_url)
    if path is not None:
        return await SQLiteStore.open(path)
    # Only the scheme is safe to quote: the rest may hold a password.
    match = _SCHEME.match(database_url or "")
    scheme = match.group(1).lower() if match else ""
    if scheme in _POSTGRES_SCHEMES or scheme.startswith("postgresql+"):
        raise StorageError(
            "PostgreSQL support is not built yet; use a SQLite URL for now "
            f"({_EXPECTED}) or leave DATABASE_URL unset"
        )
    if scheme:
        raise StorageError(f"unsupported database URL scheme {scheme!r}; {_EXPECTED}")
    raise StorageError(f"DATABASE_URL is not a database URL; {_EXPECTED}")
