"""Webhook fixtures: the fake Bot API, the webhook server in this process or as
`strategibot webhook` processes, and posting updates to it the way Telegram does."""

from __future__ import annotations

import asyncio
import os
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.settings import Settings
from bot.webhook import SECRET_HEADER, WebhookConfig, WebhookServer, serve
from tests.cli_process import CliProcess
from tests.fakebotapi import FakeBotAPI

TOKEN = "4242424242:AAE-secret-test-token_do-not-log"
SECRET = "webhook-secret_0123456789"
PUBLIC_URL = "https://bot.example.test/telegram/hook"
PATH = "/telegram/hook"
ROOT = Path(__file__).resolve().parents[2]
LISTENING = re.compile(r"listening on http://[^:]+:(\d+)")


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI(TOKEN) as api:
        yield api


async def post_update(
    http: aiohttp.ClientSession,
    base_url: str,
    update: dict[str, Any],
    *,
    secret: str | None = SECRET,
    path: str = PATH,
) -> int:
    """POST an update as Telegram does; returns the HTTP status."""
    headers = {SECRET_HEADER: secret} if secret is not None else {}
    async with http.post(base_url + path, json=update, headers=headers) as response:
        await response.read()
        return response.status


@dataclass
class Served:
    """The webhook server running in this test's event loop."""

    server: WebhookServer
    http: aiohttp.ClientSession
    stop: asyncio.Event
    task: asyncio.Task[None]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.port}"

    async def post(self, update: dict[str, Any], **kwargs: Any) -> int:
        return await post_update(self.http, self.base_url, update, **kwargs)


@pytest.fixture
async def served(fake: FakeBotAPI, tmp_path: Path) -> AsyncIterator[Served]:
    settings = Settings(
        telegram_bot_token=TOKEN,
        telegram_api_base_url=fake.base_url,
        database_url=f"sqlite:///{tmp_path / 'bot.sqlite3'}",
        webhook_url=PUBLIC_URL,
        webhook_secret=SECRET,
        webhook_port=0,
    )
    config = WebhookConfig.from_settings(settings)
    stop = asyncio.Event()
    listening: asyncio.Future[WebhookServer] = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(
        serve(settings, config, stop, handle_signals=False, on_listening=listening.set_result)
    )
    done, _ = await asyncio.wait({task, listening}, timeout=30, return_when="FIRST_COMPLETED")
    if task in done:
        task.result()  # start-up failed: show why
    assert listening in done, "the webhook server did not start"
    async with aiohttp.ClientSession() as http:
        yield Served(listening.result(), http, stop, task)
    stop.set()
    await asyncio.wait_for(task, 30)


class WebhookProcess(CliProcess):
    """`strategibot webhook` as a real process; its log goes to a file."""

    def __init__(
        self,
        fake: FakeBotAPI,
        database_url: str,
        cwd: Path,
        name: str = "bot",
        *args: str,
        env: dict[str, str] | None = None,
    ) -> None:
        environment = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": fake.base_url,
            "DATABASE_URL": database_url,
            "WEBHOOK_URL": PUBLIC_URL,
            "WEBHOOK_SECRET": SECRET,
            "WEBHOOK_LISTEN": "127.0.0.1",
            "WEBHOOK_PORT": "0",
            "LOG_LEVEL": "INFO",
            **(env or {}),
        }
        super().__init__("webhook", *args, env=environment, cwd=cwd, log=cwd / f"{name}.log")
        self.port: int | None = None

    @property
    def base_url(self) -> str:
        assert self.port is not None
        return f"http://127.0.0.1:{self.port}"

    async def wait_listening(self, seconds: float = 60) -> int:
        """Wait for the log's "listening on" line; returns the port."""
        assert self.process is not None
        deadline = asyncio.get_running_loop().time() + seconds
        while asyncio.get_running_loop().time() < deadline:
            match = LISTENING.search(self.logs)
            if match:
                self.port = int(match.group(1))
                return self.port
            if self.process.returncode is not None:
                raise AssertionError(f"the bot exited early:\n{self.logs}")
            await asyncio.sleep(0.05)
        raise AssertionError(f"the bot did not start listening:\n{self.logs}")

    async def wait_ready(self, http: aiohttp.ClientSession, seconds: float = 30) -> None:
        deadline = asyncio.get_running_loop().time() + seconds
        while asyncio.get_running_loop().time() < deadline:
            async with http.get(self.base_url + "/readyz") as response:
                if response.status == 200:
                    return
            await asyncio.sleep(0.1)
        raise AssertionError(f"never ready:\n{self.logs}")
