"""End-to-end fixtures: the fake Bot API, the bot's Application in-process or as
`strategibot run` in a subprocess, and a `Person` who chats with it."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from telegram.ext import Application

from bot.settings import Settings
from bot.telegram_adapter import build_application
from tests.cli_process import CliProcess
from tests.fakebotapi import FakeBotAPI, FakeUser, SentMessage

TOKEN = "4242424242:AAE-secret-test-token_do-not-log"


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI(TOKEN) as api:
        yield api


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'bot.sqlite3'}"


def settings_for(fake: FakeBotAPI, database_url: str) -> Settings:
    return Settings(
        telegram_bot_token=TOKEN,
        telegram_api_base_url=fake.base_url,
        database_url=database_url,
    )


class RunningBot:
    """The Application `strategibot run` builds, polling the fake in this event loop."""

    def __init__(self, app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        self.app = app

    async def start(self) -> None:
        await self.app.initialize()
        # run_polling() calls post_init between initialize() and start(); so do we.
        if self.app.post_init is not None:
            await self.app.post_init(self.app)
        await self.app.start()
        assert self.app.updater is not None
        await self.app.updater.start_polling(timeout=1)

    async def stop(self) -> None:
        assert self.app.updater is not None
        await self.app.updater.stop()
        await self.app.stop()
        await self.app.shutdown()
        if self.app.post_shutdown is not None:
            await self.app.post_shutdown(self.app)


@pytest.fixture
async def bot(fake: FakeBotAPI, database_url: str) -> AsyncIterator[RunningBot]:
    running = RunningBot(build_application(settings_for(fake, database_url)))
    await running.start()
    yield running
    await running.stop()


class BotProcess(CliProcess):
    """`strategibot run` as a real process, talking to the fake over HTTP."""

    def __init__(self, fake: FakeBotAPI, database_url: str, cwd: Path) -> None:
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": fake.base_url,
            "DATABASE_URL": database_url,
            "LOG_LEVEL": "DEBUG",
        }
        super().__init__("run", env=env, cwd=cwd, log=cwd / "bot.log")


@pytest.fixture
async def bot_process(
    fake: FakeBotAPI, database_url: str, tmp_path: Path
) -> AsyncIterator[BotProcess]:
    process = BotProcess(fake, database_url, tmp_path)
    yield process
    await process.kill()


@dataclass
class Person:
    """Someone chatting with the bot: each action waits for the bot's answer."""

    fake: FakeBotAPI
    user: FakeUser
    seen: int = 0
    update_ids: list[int] = field(default_factory=list)

    @property
    def chat_id(self) -> int:
        return self.user.id

    @property
    def messages(self) -> list[SentMessage]:
        return self.fake.messages_to(self.chat_id)

    async def say(self, text: str, expect: str) -> SentMessage:
        """Send `text` and wait for a new message containing `expect`."""
        self.update_ids.append(self.fake.push_text(self.user, text))
        return await self._wait(expect)

    async def press(self, label: str, expect: str | None = None) -> None:
        """Press a button; wait until the bot has answered the press (its last step)."""
        answered = len(self.fake.callback_answers)
        self.update_ids.append(self.fake.press(self.user, label))
        await self.fake.wait_for_callback_answers(answered + 1)
        if expect is not None:
            await self._wait(expect)

    async def _wait(self, expect: str) -> SentMessage:
        message = await self.fake.wait_for_text(self.chat_id, expect, after=self.seen, timeout=15)
        self.seen = len(self.messages)
        return message

    def texts_since(self, index: int) -> str:
        return "\n".join(m.plain_text for m in self.messages[index:])
