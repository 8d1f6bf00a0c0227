"""Files made in a worker process are the files `render` makes, and a dead worker is replaced."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bot.rendering import Renderer
from conversations.documents import render
from conversations.documents.examples import sample_session
from conversations.events import Attachment, Document

TODAY = date(2026, 11, 26)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=[1, 0], ids=["process", "thread"])
def renderer(request: pytest.FixtureRequest) -> Iterator[Renderer]:
    made = Renderer(request.param)
    yield made
    made.close()


@pytest.mark.parametrize(
    "attachment", [Attachment(Document.PDF), Attachment(Document.PERSONA_CARD, 1)]
)
async def test_the_file_is_the_one_render_makes(renderer: Renderer, attachment: Attachment) -> None:
    session = sample_session("nb", person_id="tg:1")
    made = await renderer.render(session, attachment, TODAY)
    assert made == render(session, attachment, TODAY)


async def test_a_killed_worker_is_replaced() -> None:
    renderer = Renderer(1)
    try:
        session = sample_session("en", person_id="tg:2")
        await renderer.render(session, Attachment(Document.JSON), TODAY)
        pool = renderer._pool
        assert pool is not None
        for pid in list(pool._processes):  # no public handle on the workers
            os.kill(pid, signal.SIGKILL)
        made = await renderer.render(session, Attachment(Document.PDF), TODAY)
        assert made.data.startswith(b"%PDF-")
        assert renderer._pool is not pool
    finally:
        renderer.close()


async def test_no_worker_is_started_before_a_file_is_asked_for() -> None:
    renderer = Renderer(1)
    assert renderer._pool is None
    renderer.close()


def test_the_bot_process_does_not_load_the_drawing_libraries() -> None:
    """Pillow, fpdf2 and fontTools (about 25 MiB) live in the file worker only."""
    code = (
        "import sys, bot.cli, bot.telegram_adapter, bot.webhook;"
        "print(sorted(m for m in ('PIL', 'fpdf', 'fontTools', 'conversations.documents')"
        " if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]"


async def test_workers_run_at_a_lower_priority_than_the_bot() -> None:
    renderer = Renderer(1)
    try:
        await renderer.render(
            sample_session("nb", person_id="tg:3"), Attachment(Document.JSON), TODAY
        )
        assert renderer._pool is not None
        (pid,) = renderer._pool._processes
        mine = os.getpriority(os.PRIO_PROCESS, 0)
        assert os.getpriority(os.PRIO_PROCESS, pid) == min(mine + 10, 19)
    finally:
        renderer.close()


def test_one_worker_per_core_unless_told() -> None:
    assert Renderer().processes == (os.cpu_count() or 1)
    assert Renderer(0).processes == 0
