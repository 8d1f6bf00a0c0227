"""`strategibot chat`: the interview in a terminal, over the same engine and database.

Buttons become numbered options; typing the number presses the button.
Commands are typed as in Telegram (/summary, /back, ...).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TextIO

from conversations.buttons import ChooseLanguage
from conversations.documents import render
from conversations.events import Command, Event, Press, Reply, Surface, Text
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
        # Where files (/export, persona cards) are written: the working directory.
        self.folder = folder
        self.session: Session | None = None

    async def run(self, stdin: TextIO, language: Language | None) -> int:
        session = await self.coach.session(self.person)
        first: Event = Command("start")
        if session is not None and language is not None and session.language != language:
            first = Press(ChooseLanguage(language))
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
        """A command, or text: the engine reads a number as the option shown with it."""
        stripped = line.strip()
        if stripped.startswith("/"):
            return Command(command_name(stripped))
        return Text(line)

    async def send(self, event: Event, language: Language) -> None:
        for reply in await self.handle(event, language):
            self.show(reply)

    async def handle(self, event: Event, language: Language) -> list[Reply]:
        handled = await self.coach.handle_event(
            self.person, event, language=language, surface=Surface.TERMINAL
        )
        self.session = handled.session
        return handled.replies

    def show(self, reply: Reply) -> None:
        if reply.notice:
            self.write(f"ℹ️  {self.plain(reply.html)}")
            return
        if reply.edit and reply.brief is not None:
            # No message to update in place here: one line on what changed, not the
            # whole question with its options again.
            self.write(self.plain(reply.brief))
            return
        text = self.plain(reply.html)
        if reply.attachment is not None and self.session is not None:
            made = render(self.session, reply.attachment, self.coach.today())
            path = (self.folder or Path.cwd()) / made.filename
            path.write_bytes(made.data)
            saved = t(self.session.language, "export-saved", path=str(path))
            text = f"{text}\n{html_to_plain(saved)}"
        if reply.buttons:
            options = [button for row in reply.buttons for button in row]
            numbered = (f"  {n}) {b.label}" for n, b in enumerate(options, start=1))
            text = "\n".join([text, "", *numbered])
        self.write(text)

    def plain(self, html: str) -> str:
        return html_to_plain(html, bold=ANSI_BOLD if self.color else None)

    def write(self, text: str) -> None:
        self.stdout.write(f"{text}\n\n")
        self.stdout.flush()
