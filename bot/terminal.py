"""`strategibot chat`: the interview in a terminal, over the same engine and database.

Buttons become numbered options; the engine reads a typed number (or the
option's name) as the option shown with it.
Commands are typed as in Telegram (/summary, /back, ...). Ctrl-D ends the chat
(status 0), Ctrl-C too (130); the lines come from `bot.terminal_input`.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TextIO

from conversations.buttons import ChooseLanguage
from conversations.documents import render
from conversations.events import Command, Event, Press, Reply, Surface, Text
from conversations.i18n import t
from conversations.models import Language, Session
from conversations.plain_text import html_to_plain

from .coach import Coach
from .telegram_adapter import command_name
from .terminal_input import CtrlC, Interrupted, LineReader

ANSI_BOLD = ("\033[1m", "\033[0m")


def person_id(user: str) -> str:
    return f"local:{user}"


@dataclass(frozen=True)
class Place:
    """Where the answers are kept and how to come back to them, as the chat tells it."""

    kind: Literal["file", "postgres", "memory"] = "file"
    # The SQLite file's absolute path, or PostgreSQL's user@host:port/database
    # (never the password).
    where: str = ""
    command: str = "strategibot chat"
    by_database_url: bool = False  # DATABASE_URL chose it, not the default file
    # From another folder the same command would find another database (a relative
    # SQLite path, a DATABASE_URL from the folder's .env file).
    same_folder: bool = True

    def told(self, language: Language) -> str:
        """Where the answers go and the command that carries on: for the intro."""
        if self.kind == "memory":
            return str(t(language, "terminal-stored-memory"))
        if self.kind == "postgres":
            stored = t(language, "terminal-stored-postgres", database=self.where)
        elif self.by_database_url:
            stored = t(language, "terminal-stored-file-env", path=self.where)
        else:
            stored = t(language, "terminal-stored-file", path=self.where)
        if not self.by_database_url:
            resume = "terminal-resume-here"
        else:
            resume = "terminal-resume-env-here" if self.same_folder else "terminal-resume-env"
        return f"{stored} {t(language, resume, command=self.command)}"

    def bye(self, language: Language) -> str:
        if self.kind == "memory":
            return str(t(language, "terminal-bye-memory"))
        return str(t(language, "terminal-bye", command=self.command))


def save_new_file(folder: Path, filename: str, data: bytes) -> Path:
    """Write `data` to `folder/filename`, or to `name-2.ext`, `name-3.ext`, ... when
    taken: an export never overwrites an earlier one, someone else's or one's own.

    The file is created exclusively, so two chats saving at once get a file each.
    """
    name = Path(filename)
    for number in itertools.count(1):
        path = folder / (filename if number == 1 else f"{name.stem}-{number}{name.suffix}")
        try:
            file = path.open("xb")
        except FileExistsError:
            continue
        try:
            with file:
                file.write(data)
        except BaseException:
            # A half-written file would pass for an export.
            path.unlink(missing_ok=True)
            raise
        return path
    raise AssertionError("unreachable")


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

    async def run(
        self,
        lines: LineReader,
        language: Language | None,
        *,
        default_language: Language = "nb",
        place: Place | None = None,
    ) -> int:
        """The chat until Ctrl-D or the end of input (0) or Ctrl-C (130).

        `language` is the one asked for (--lang); without it a new person gets
        `default_language` and a returning one keeps the language chosen before.
        Every answer is saved before its reply is shown, so ending anywhere loses
        nothing that was answered.
        """
        status = 0
        with CtrlC() as ctrl_c:
            try:
                session = await ctrl_c.finish(self.coach.session(self.person))
                first = self.opening(session, language)
                start_language = language or (session.language if session else default_language)
                self.write_intro(start_language, place)
                await ctrl_c.finish(self.send(first, start_language))
                while not ctrl_c.pressed:
                    line = await ctrl_c.until(lines.read("> "))
                    await ctrl_c.finish(self.send(self.event_for(line), start_language))
                status = 130
            except EOFError:
                status = 0
            except Interrupted:
                status = 130
        language_now = self.session.language if self.session else language or default_language
        bye = (place or Place()).bye(language_now)
        self.write("\n" + self.plain(bye))
        return status

    def opening(self, session: Session | None, language: Language | None) -> Event:
        """The first event: /start, or the language asked for if it isn't the one chosen."""
        if session is not None and language is not None and session.language != language:
            return Press(ChooseLanguage(language))
        return Command("start")

    def write_intro(self, language: Language, place: Place | None) -> None:
        self.write(str(t(language, "terminal-intro")))
        if place is not None:
            told = place.told(language)
            self.write(self.plain(told))

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
            folder = self.folder or Path.cwd()
            try:
                path = save_new_file(folder, made.filename, made.data)
                saved = t(self.session.language, "export-saved", path=str(path))
            except OSError as error:
                # A read-only or full folder: say so and carry on, the answers are safe.
                reason = error.strerror or type(error).__name__
                saved = t(
                    self.session.language, "terminal-save-failed", folder=str(folder), reason=reason
                )
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
