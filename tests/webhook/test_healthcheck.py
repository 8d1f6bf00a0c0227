"""deploy/healthcheck.py, the container's HEALTHCHECK, against a real webhook server."""

from __future__ import annotations

import asyncio
import importlib.util
import socket
from pathlib import Path
from types import ModuleType

import pytest

from tests.webhook.conftest import Served

SCRIPT = Path(__file__).resolve().parents[2] / "deploy" / "healthcheck.py"
WEBHOOK = [b"/usr/local/bin/python", b"/usr/local/bin/strategibot", b"webhook", b""]


def _healthcheck() -> ModuleType:
    spec = importlib.util.spec_from_file_location("healthcheck", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def test_webhook_mode_asks_healthz(served: Served, monkeypatch: pytest.MonkeyPatch) -> None:
    healthcheck = _healthcheck()
    monkeypatch.setenv("WEBHOOK_PORT", str(served.server.port))
    assert await asyncio.to_thread(healthcheck.main, WEBHOOK) == 0

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    monkeypatch.setenv("WEBHOOK_PORT", str(closed))
    assert await asyncio.to_thread(healthcheck.main, WEBHOOK) == 1


def test_polling_mode_is_healthy_while_it_runs() -> None:
    assert _healthcheck().main([b"strategibot", b"run", b""]) == 0
