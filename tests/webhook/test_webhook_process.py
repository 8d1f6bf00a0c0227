"""`strategibot webhook` as a real process: registration, serving, and a graceful SIGTERM."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tests.fakebotapi import FakeBotAPI, FakeUser, UploadedFile
from tests.postgres import private_schema, require_url, with_search_path
from tests.webhook.conftest import PUBLIC_URL, SECRET, TOKEN, WebhookProcess, post_update

KARI = FakeUser(2002, "Kari", "nb")


@pytest.fixture
async def pg_url() -> AsyncIterator[str]:
    async with private_schema() as schema:
        yield with_search_path(require_url(), schema)


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def processes() -> AsyncIterator[list[WebhookProcess]]:
    started: list[WebhookProcess] = []
    yield started
    for process in started:
        await process.kill()


def _slow_send_message(fake: FakeBotAPI, seconds: float) -> None:
    original = fake._send_message

    async def slow(params: dict[str, Any], files: dict[str, UploadedFile]) -> Any:
        await asyncio.sleep(seconds)
        return original(params, files)

    fake.add_method("sendMessage", slow)


async def test_serves_on_postgres_and_stops_gracefully_on_sigterm(
    fake: FakeBotAPI,
    pg_url: str,
    tmp_path: Path,
    http: aiohttp.ClientSession,
    processes: list[WebhookProcess],
) -> None:
    bot = WebhookProcess(fake, pg_url, tmp_path, env={"LOG_LEVEL": "DEBUG"})
    processes.append(bot)
    await bot.start()
    await bot.wait_listening()
    call = await fake.wait_for_call("setWebhook", timeout=30)
    assert call.params["url"] == PUBLIC_URL
    assert call.params["secret_token"] == SECRET
    await bot.wait_ready(http)

    # An update whose reply takes a while is in flight when SIGTERM comes.
    _slow_send_message(fake, 2.0)
    update = fake.pushed_updates[fake.push_text(KARI, "/start")]
    posting = asyncio.create_task(post_update(http, bot.base_url, update))
    await fake.wait_for_call("sendMessage", timeout=30)
    assert bot.process is not None
    bot.process.send_signal(15)

    # No new connections once stopping...
    await asyncio.sleep(0.5)
    with pytest.raises(aiohttp.ClientConnectionError):
        async with aiohttp.ClientSession() as fresh:
            await post_update(fresh, bot.base_url, update)
    # ...but the one in flight is finished and answered.
    assert await asyncio.wait_for(posting, 30) == 200
    assert await bot.wait() == 0
    assert fake.messages_to(KARI.id)
    logs = bot.logs
    assert "stopped after handling 1 update(s)" in logs
    # Neither the token nor the secret is ever logged, not even at DEBUG.
    assert TOKEN not in logs
    assert SECRET not in logs


async def test_replicas_dont_register_the_webhook(
    fake: FakeBotAPI,
    tmp_path: Path,
    http: aiohttp.ClientSession,
    processes: list[WebhookProcess],
) -> None:
    bot = WebhookProcess(
        fake, f"sqlite:///{tmp_path / 'bot.sqlite3'}", tmp_path, "bot", "--no-set-webhook"
    )
    processes.append(bot)
    await bot.start()
    await bot.wait_listening()
    await bot.wait_ready(http)
    update = fake.pushed_updates[fake.push_text(KARI, "/start")]
    assert await post_update(http, bot.base_url, update) == 200

    assert fake.calls_to("setWebhook") == []
    assert fake.messages_to(KARI.id)
    assert await bot.stop() == 0


async def test_a_missing_secret_is_a_clear_error(fake: FakeBotAPI, tmp_path: Path) -> None:
    bot = WebhookProcess(fake, "sqlite://:memory:", tmp_path, env={"WEBHOOK_SECRET": ""})
    await bot.start()
    assert await bot.wait() == 2
    assert "WEBHOOK_SECRET (or --secret) is not set" in bot.logs


async def test_an_unreachable_database_is_a_clear_error(fake: FakeBotAPI, tmp_path: Path) -> None:
    url = "postgresql://bot:hunter2-s3cr3t@127.0.0.1:1/strategibot"
    bot = WebhookProcess(fake, url, tmp_path, env={"DATABASE_WAIT_SECONDS": "1"})
    await bot.start()
    assert await bot.wait() == 1
    assert "cannot reach PostgreSQL at bot@127.0.0.1:1/strategibot" in bot.logs
    assert "hunter2" not in bot.logs
