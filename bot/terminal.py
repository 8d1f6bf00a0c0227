"""`strategibot chat`: the interview in a terminal, over the same engine and database.

Buttons become numbered options; typing the number presses the button.
Commands are typed as in Telegram (/summary, /back, ...).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TextIO

from conversations.documents import render
from conversations.events import Button, Command, Event, Press, Reply, Text
from conversations.i18n import t
from conversations.models import Language, Session
from conversations.plain_text import html_to_plain

from .coach import Coach
from .telegram_adapter import command_name

ANSI_BOLD = ("\033[1m", "\033[0m")


def person_id(user: str) -> str:
    return f"local:{user}"


class TerminalChat:
    def __init__(
        self,
        coach: Coach,
        user: str,
        stdout: TextIO,
        *,
        color: bool = False,
        folder: Path | None = None,
    ) -> None:
        self.coach = coach
        self.person = person_id(user)
        self.stdout = stdout
        self.color = color
        self.options: list[Button] = []
        # Where files (/export, persona cards) are written: the working directory.
        self.folder = folder
        self.session: Session | None = None

    async def run(self, stdin: TextIO, language: Language | None) -> int:
        session = await self.coach.session(self.person)
        first: Event = Command("start")
        if session is not None and language is not None and session.language != language:
            first = Press(f"l:{language}")
        start_language = language or (session.language if session else "nb")
        self.write(str(t(start_language, "terminal-intro")))
        await self.send(first, start_language)
        while True:
            self.stdout.write("> ")
            self.stdout.flush()
            line = await asyncio.to_thread(stdin.readline)
            if not line:
                break
            await self.send(self.event_for(line.rstrip("\n")), start_language)
        session = await self.coach.session(self.person)
        self.write("\n" + str(t(session.language if session else start_language, "terminal-bye")))
        return 0

    def event_for(self, line: str) -> Event:
        stripped = line.strip()
        if stripped.isdigit() and 1 <= int(stripped) <= len(self.options):
            return Press(self.options[int(stripped) - 1].data)
        if stripped.startswith("/"):
            return Command(command_name(stripped))
        return Text(line)

    async def send(self, event: Event, language: Language) -> None:
        replies = await self.handle(event, language)
        # Numbers press the options shown last. Once a question without options is
        # shown (a number to type, say), a typed number is its answer, not a press
        # of an earlier question's button; a notice alone leaves the options be.
        if any(not reply.notice for reply in replies):
            self.options = []
        for reply in replies:
            self.show(reply)

    async def handle(self, event: Event, language: Language) -> list[Reply]:
        handled = await self.coach.handle_event(self.person, event, language=language)
        self.session = handled.session
        return handled.replies

    def show(self, reply: Reply) -> None:
        text = html_to_plain(reply.html, bold=ANSI_BOLD if self.color else None)
        if reply.notice:
            self.write(f"ℹ️  {text}")
            return
        if reply.attachment is not None and self.session is not None:
            made = render(self.session, reply.attachment, self.coach.today())
            path = (self.folder or Path.cwd()) / made.filename
            path.write_bytes(made.data)
            saved = t(self.session.language, "export-saved", path=str(path))
            text = f"{text}\n{html_to_plain(saved)}"
        if reply.buttons:
            self.options = [button for row in reply.buttons for button in row]
            numbered = (f"  {n}) {b.label}" for n, b in enumerate(self.options, start=1))
            text = "\n".join([text, "", *numbered])
        self.write(text)

    def write(self, text: str) -> None:
        self.stdout.write(f"{text}\n\n")
        self.stdout.flush()
