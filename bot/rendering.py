"""Persona images and PDFs, made in a worker process.

Drawing a PDF or an image is pure Python and C holding the GIL for tens of
milliseconds. In the bot's own process that would stall every conversation in
flight; in a worker process it runs on another core while the event loop keeps
answering. With no worker processes (``RENDER_PROCESSES=0``) files are made in a
thread of this process instead, which suits small machines and tests.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from typing import TYPE_CHECKING

from conversations.events import Attachment
from conversations.models import Session

if TYPE_CHECKING:
    from conversations.documents import RenderedFile

log = logging.getLogger(__name__)


def _render(session: Session, attachment: Attachment, today: date) -> RenderedFile:
    # Imported here: Pillow, fpdf2 and fontTools (about 50 MiB) load in the worker,
    # not in the bot's process.
    from conversations.documents import render

    return render(session, attachment, today)


def _yield_to_conversations() -> None:
    # Files wait; people don't. A worker gets CPU only when the bot's own process
    # leaves some, so drawing can use every core without slowing the answers.
    os.nice(10)


class Renderer:
    def __init__(self, processes: int | None = None) -> None:
        """`processes`: worker processes (None: one per core); 0 draws in threads."""
        self.processes = processes if processes is not None else os.cpu_count() or 1
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> Executor | None:
        if self.processes == 0:
            return None  # the event loop's default thread pool
        if self._pool is None:
            # Started on first use, so a bot that never makes a file never starts
            # one; "spawn" because forking a process with running threads (the
            # database driver's) is unsafe.
            self._pool = ProcessPoolExecutor(
                self.processes,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_yield_to_conversations,
            )
        return self._pool

    async def render(self, session: Session, attachment: Attachment, today: date) -> RenderedFile:
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._executor(), _render, session, attachment, today)
        except BrokenProcessPool:
            # A worker died (killed, out of memory): start a fresh pool, try once more.
            log.warning("the file worker stopped; starting a new one")
            self._discard_pool()
            return await loop.run_in_executor(self._executor(), _render, session, attachment, today)

    def _discard_pool(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
