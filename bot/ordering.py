"""Concurrent across people, in order for each person.

python-telegram-bot either handles updates one at a time or all at once. A
coaching bot needs both: many people at the same time, and each person's
messages in the order they were sent (an answer must not overtake the one
before it). The lock for a person lives only while they have updates in flight.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor


def ordering_key(update: object) -> int | None:
    if isinstance(update, Update):
        if update.effective_user is not None:
            return update.effective_user.id
        if update.effective_chat is not None:
            return update.effective_chat.id
    return None


class PerPersonUpdateProcessor(BaseUpdateProcessor):
    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._in_flight: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = ordering_key(update)
        if key is None:
            await coroutine
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._in_flight[key] = self._in_flight.get(key, 0) + 1
        try:
            # asyncio.Lock wakes waiters first in, first out: arrival order.
            async with lock:
                await coroutine
        finally:
            self._in_flight[key] -= 1
            if not self._in_flight[key]:
                del self._in_flight[key]
                del self._locks[key]

    @property
    def people_in_flight(self) -> int:
        return len(self._locks)

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


class FollowUps:
    """Work that finishes a person's reply after the update is handled, in order per chat.

    The persona images and the PDF take a while to make; the text of the reply
    goes out at once and the files follow. Each chat's follow-ups run one after
    another, and `settled` lets the person's next update wait for them, so a
    later answer never overtakes the files of an earlier one.
    """

    def __init__(self) -> None:
        self._tails: dict[int, asyncio.Task[Any]] = {}

    def add(
        self,
        chat_id: int,
        work: Coroutine[Any, Any, None],
        start: Callable[[Coroutine[Any, Any, None]], asyncio.Task[Any]] = asyncio.create_task,
    ) -> asyncio.Task[Any]:
        """Run `work` after the chat's earlier follow-ups, as a task made by `start`."""
        task = start(self._after(self._tails.get(chat_id), work))
        self._tails[chat_id] = task

        def forget(done: asyncio.Task[Any]) -> None:
            if self._tails.get(chat_id) is done:
                del self._tails[chat_id]

        task.add_done_callback(forget)
        return task

    @staticmethod
    async def _after(previous: asyncio.Task[Any] | None, work: Coroutine[Any, Any, None]) -> None:
        if previous is not None:
            try:
                # Its failure was reported where it happened; the order is all we need.
                await asyncio.wait([previous])
            except asyncio.CancelledError:
                work.close()  # never started: close it rather than leave it unawaited
                raise
        await work

    async def settled(self, chat_id: int) -> None:
        """Return once everything queued for the chat so far has run."""
        tail = self._tails.get(chat_id)
        if tail is not None:
            await asyncio.wait([tail])

    @property
    def pending(self) -> int:
        return len(self._tails)
