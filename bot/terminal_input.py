"""Reading the terminal chat's lines, and Ctrl-C as something the chat waits on.

Two readers, one contract: `read(prompt)` returns the line without its newline,
raises `EOFError` at the end of input (Ctrl-D) and `Interrupted` on Ctrl-C.

- `EditedLines` when stdin and stdout are a terminal: prompt_toolkit's line
  editor (arrows, Home/End, history on up-arrow). The history stays in memory:
  a history file would keep people's answers on disk.
- `StreamLines` otherwise (a pipe, a file, a script): the lines as they come,
  after the prompt written as before.
"""

from __future__ import annotations

import asyncio
import signal
import threading
from collections.abc import Awaitable, Callable
from contextlib import suppress
from types import FrameType, TracebackType
from typing import Any, Protocol, TextIO, TypeVar

from prompt_toolkit import PromptSession
from prompt_toolkit.history import InMemoryHistory

T = TypeVar("T")


class Interrupted(Exception):
    """Ctrl-C: the chat ends.

    Not KeyboardInterrupt: asyncio lets that one out of whichever task it passes
    through and stops the event loop with it, past the chat's own clean-up.
    """


class LineReader(Protocol):
    async def read(self, prompt: str) -> str:
        """The next line; `EOFError` at the end, `Interrupted` on Ctrl-C."""
        ...


def open_lines(stdin: TextIO, stdout: TextIO) -> LineReader:
    """The line editor on a terminal, plain lines from anything else."""
    if stdin.isatty() and stdout.isatty():
        return EditedLines()
    return StreamLines(stdin, stdout)


def valid_text(line: str) -> str:
    """`line` with what is not Unicode (bytes a non-UTF-8 terminal sent, kept by
    the decoder as lone surrogates) replaced by U+FFFD: they could be neither
    saved nor printed."""
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        try:
            return line.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        except UnicodeEncodeError:
            return line.encode("utf-8", "replace").decode("utf-8")
    return line


class EditedLines:
    def __init__(self) -> None:
        self._session: PromptSession[str] = PromptSession(history=InMemoryHistory())

    async def read(self, prompt: str) -> str:
        # In the editor Ctrl-C is a key and raises KeyboardInterrupt here; a SIGINT
        # from elsewhere is left to `CtrlC`, whose handler prompt_toolkit would
        # otherwise replace for the time of the prompt.
        try:
            line = await self._session.prompt_async(prompt, handle_sigint=False)
        except KeyboardInterrupt:
            raise Interrupted from None
        return valid_text(line)


class StreamLines:
    """Lines from a stream, read by a daemon thread.

    Not `asyncio.to_thread`: a thread of the default executor still blocked in
    `readline` when the chat ends (Ctrl-C) would hold up the process's exit
    until the next line came.
    """

    def __init__(self, stream: TextIO, echo: TextIO) -> None:
        self._stream = stream
        self._echo = echo
        self._lines: asyncio.Queue[str | BaseException] | None = None

    async def read(self, prompt: str) -> str:
        self._echo.write(prompt)
        self._echo.flush()
        if self._lines is None:
            self._lines = asyncio.Queue()
            self._start(asyncio.get_running_loop(), self._lines)
        line = await self._lines.get()
        if isinstance(line, BaseException):
            # The end stays the end for every later read too.
            self._lines.put_nowait(line)
            raise line
        return valid_text(line.removesuffix("\n"))

    def _start(
        self, loop: asyncio.AbstractEventLoop, lines: asyncio.Queue[str | BaseException]
    ) -> None:
        def put(item: str | BaseException) -> bool:
            try:
                loop.call_soon_threadsafe(lines.put_nowait, item)
            except RuntimeError:  # the loop is closed: nobody reads any more
                return False
            return True

        def reading() -> None:
            while True:
                try:
                    line = self._stream.readline()
                except (OSError, ValueError, UnicodeError) as error:
                    put(error)
                    return
                if not line:
                    put(EOFError())
                    return
                if not put(line):
                    return

        threading.Thread(target=reading, name="chat-stdin", daemon=True).start()


class CtrlC:
    """SIGINT as an event of the chat rather than a KeyboardInterrupt wherever it lands.

    Waiting for a line, Ctrl-C ends the wait at once (`until`). Making a reply,
    the first Ctrl-C lets the reply finish, so an answer is saved whole or not
    at all and its reply is shown, and a second one cancels it (`finish`).
    Where the loop can't take signals (Windows, another thread) Python's own
    KeyboardInterrupt is left as it is.
    """

    def __init__(self) -> None:
        self.presses = 0
        self._pressed = asyncio.Event()
        self._working: asyncio.Future[Any] | None = None
        self._previous: Callable[[int, FrameType | None], object] | int | None = None
        self._installed = False

    def __enter__(self) -> CtrlC:
        self._previous = signal.getsignal(signal.SIGINT)
        try:
            asyncio.get_running_loop().add_signal_handler(signal.SIGINT, self._press)
        except (NotImplementedError, RuntimeError, ValueError):
            return self
        self._installed = True
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if not self._installed:
            return
        asyncio.get_running_loop().remove_signal_handler(signal.SIGINT)
        # remove_signal_handler puts Python's default back; asyncio.run had its own.
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)

    @property
    def pressed(self) -> bool:
        return self.presses > 0

    def _press(self) -> None:
        self.presses += 1
        self._pressed.set()
        if self.presses > 1 and self._working is not None:
            self._working.cancel()

    async def until(self, work: Awaitable[T]) -> T:
        """`work`'s result, or `Interrupted` as soon as Ctrl-C is pressed."""
        if self.pressed:
            if asyncio.iscoroutine(work):
                work.close()
            raise Interrupted
        task = asyncio.ensure_future(work)
        pressed = asyncio.ensure_future(self._pressed.wait())
        try:
            await asyncio.wait({task, pressed}, return_when=asyncio.FIRST_COMPLETED)
        except asyncio.CancelledError:
            task.cancel()
            raise
        finally:
            pressed.cancel()
        if not task.done():
            task.cancel()
            # Let the line editor put the terminal back the way it found it.
            with suppress(asyncio.CancelledError):
                await task
            raise Interrupted
        return task.result()

    async def finish(self, work: Awaitable[T]) -> T:
        """`work` run to its end, unless Ctrl-C is pressed twice (`Interrupted`)."""
        task = asyncio.ensure_future(work)
        self._working = task
        try:
            return await task
        except asyncio.CancelledError:
            if self.presses > 1 and task.cancelled():
                raise Interrupted from None
            raise
        finally:
            self._working = None
