"""`python -m bot.cli <command>` as a real process, for the end-to-end and webhook tests.

Its output goes to a file, not a pipe: nobody reads a pipe while the bot runs,
and a full one would block the bot's logging and with it the bot.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from pathlib import Path


class CliProcess:
    def __init__(self, command: str, *args: str, env: dict[str, str], cwd: Path, log: Path) -> None:
        self.argv = [sys.executable, "-m", "bot.cli", command, *args]
        self.env = env
        self.cwd = cwd
        self.log_path = log
        self.process: asyncio.subprocess.Process | None = None

    @property
    def logs(self) -> str:
        if not self.log_path.exists():
            return ""
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    async def start(self) -> None:
        with self.log_path.open("ab") as log:
            self.process = await asyncio.create_subprocess_exec(
                *self.argv,
                env=self.env,
                cwd=self.cwd,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=log,
                stderr=asyncio.subprocess.STDOUT,
            )

    async def stop(self, sig: int = signal.SIGTERM, wait_seconds: float = 60) -> int:
        """Send `sig` (if it still runs) and return its exit code."""
        assert self.process is not None
        if self.process.returncode is None:
            self.process.send_signal(sig)
        return await self.wait(wait_seconds)

    async def wait(self, wait_seconds: float = 60) -> int:
        assert self.process is not None
        return await asyncio.wait_for(self.process.wait(), wait_seconds)

    async def kill(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.kill()
            await self.process.wait()
