"""Open the session store the settings name (`DATABASE_URL` and the pool settings)."""

from __future__ import annotations

from storage.base import SessionStore
from storage.factory import open_store

from .settings import Settings


async def open_configured_store(settings: Settings) -> SessionStore:
    """The store for `DATABASE_URL`, migrated; waits for PostgreSQL as configured."""
    return await open_store(
        settings.database_url,
        pool_min=settings.database_pool_min,
        pool_max=settings.database_pool_max,
        wait_seconds=settings.database_wait_seconds,
    )
