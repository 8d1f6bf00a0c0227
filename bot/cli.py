"""The `strategibot` command: run the bot, or chat in the terminal."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import io
import logging
import os
import re
import shlex
import signal
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError
from telegram import Update
from telegram.error import TelegramError

from conversations.models import Language
from storage.base import StorageError
from storage.factory import DEFAULT_DATABASE_PATH, sqlite_path
from storage.postgres import describe
from storage.sqlite import MEMORY

from .coach import Coach
from .database import open_configured_store
from .export_cli import EXPORT_COMMANDS, add_export_commands, run_export_command
from .redaction import configure_logging, redact
from .settings import Settings
from .telegram_adapter import build_application
from .webhook import add_webhook_command, run_webhook_command

if TYPE_CHECKING:
    from .terminal import Place

log = logging.getLogger("strategibot")

DESCRIPTION = """\
Strategibot coaches you through a social media strategy, in Norwegian (bokmål)
or English. Without a subcommand it runs the Telegram bot when
TELEGRAM_BOT_TOKEN is set, and the terminal chat when it is not."""

EPILOG = f"""\
configuration (environment variables or a .env file):
  TELEGRAM_BOT_TOKEN     the bot's token from @BotFather (needed by `run`)
  TELEGRAM_API_BASE_URL  Bot API base URL (default https://api.telegram.org/bot)
  DATABASE_URL           sqlite:///path/to/file.sqlite3
                         (default: ./{DEFAULT_DATABASE_PATH})
                         or postgresql://user:password@host:5432/database
  DATABASE_POOL_MIN/MAX  PostgreSQL connections per process (default 1 and 10)
  DATABASE_WAIT_SECONDS  how long start-up waits for PostgreSQL (default 30)
  WEBHOOK_URL, WEBHOOK_SECRET, WEBHOOK_LISTEN, WEBHOOK_PORT
                         for `webhook` (see strategibot webhook --help)
  LOG_LEVEL              DEBUG, INFO (default), WARNING or ERROR"""


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(
        prog="strategibot",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = root.add_subparsers(dest="command", metavar="{run,chat,migrate,webhook}")
    commands.add_parser(
        "run",
        help="run the Telegram bot (long polling) until Ctrl-C or SIGTERM",
        description="Run the Telegram bot with long polling until Ctrl-C or SIGTERM. "
        "Needs TELEGRAM_BOT_TOKEN.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    chat = commands.add_parser(
        "chat",
        help="have the interview in this terminal, no token needed",
        description="Have the same interview in this terminal, over the same database. "
        "Type answers; where there are options, type their number; commands work as in "
        "Telegram (/summary, /back, /edit, ...). On a terminal the arrow keys edit the "
        "line and up-arrow brings back earlier ones. Ctrl-D or Ctrl-C quits; every "
        "answer given is saved, and running it again carries on.",
    )
    chat.add_argument(
        "--lang",
        choices=("nb", "en"),
        help="language: nb (Norwegian bokmål) or en (English); default for a new person: "
        "the locale's (LC_ALL, LC_MESSAGES, LANG), nb for Norwegian and en for anything "
        "else; a returning person keeps the language chosen before",
    )
    chat.add_argument(
        "--user",
        help="whose interview this is; each name has its own (default: your login name)",
    )
    commands.add_parser(
        "migrate",
        help="apply the database migrations and exit",
        description="Bring the database named by DATABASE_URL to the current schema and exit. "
        "The bot does this at start-up too; run it on its own as a deployment step.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_webhook_command(commands)
    add_export_commands(commands)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = Settings()
    except ValidationError as error:
        print(f"strategibot: invalid configuration: {error}", file=sys.stderr)
        return 2
    command = args.command or ("run" if settings.token() else "chat")
    if command == "run":
        return run(settings)
    if command == "webhook":
        return run_webhook_command(args, settings)
    if command in EXPORT_COMMANDS:
        return run_export_command(args, settings)
    if command == "migrate":
        return asyncio.run(migrate(settings))
    try:
        return asyncio.run(chat(settings, getattr(args, "user", None), getattr(args, "lang", None)))
    except BrokenPipeError:
        # Output piped into `head` and the like: the reader left, nothing is wrong.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        # Ctrl-C before the chat took it over (opening the database) or after.
        return 130


def run(settings: Settings) -> int:
    token = settings.token()
    configure_logging(settings.log_level, token)
    if not token:
        print(
            "strategibot: TELEGRAM_BOT_TOKEN is not set. Get a token from @BotFather, "
            "or try the interview without one: strategibot chat",
            file=sys.stderr,
        )
        return 2
    try:
        app = build_application(settings)
        log.info("starting the bot (long polling)")
        app.run_polling(
            allowed_updates=Update.ALL_TYPES,
            stop_signals=(signal.SIGINT, signal.SIGTERM),
        )
    except (TelegramError, StorageError, OSError) as error:
        print(f"strategibot: {redact(str(error), token)}", file=sys.stderr)
        return 1
    log.info("stopped")
    return 0


async def migrate(settings: Settings) -> int:
    configure_logging(settings.log_level, settings.token())
    try:
        store = await open_configured_store(settings)
    except StorageError as error:
        print(f"strategibot: {error}", file=sys.stderr)
        return 1
    try:
        version = await store.schema_version()
    finally:
        await store.close()
    print(f"strategibot: the database is at schema version {version}")
    return 0


async def chat(settings: Settings, user: str | None, language: str | None) -> int:
    """The terminal chat; `user` is --user (None: the login name), `language` --lang."""
    logging.basicConfig(level=logging.WARNING)
    user = user or None
    try:
        store = await open_configured_store(settings)
    except StorageError as error:
        print(f"strategibot: {error}", file=sys.stderr)
        return 1
    try:
        from .terminal import TerminalChat  # it draws files itself: Pillow, fpdf2
        from .terminal_input import open_lines

        if isinstance(sys.stdin, io.TextIOWrapper):
            # A byte that isn't UTF-8 in piped input becomes U+FFFD, not a crash.
            sys.stdin.reconfigure(errors="replace")
        terminal = TerminalChat(
            Coach(store), user or login_name(), sys.stdout, color=sys.stdout.isatty()
        )
        lang: Language | None = "nb" if language == "nb" else "en" if language == "en" else None
        place = chat_place(
            settings.database_url,
            from_env_file=bool(settings.database_url) and not database_url_in(os.environ),
            user=user,
            cwd=Path.cwd(),
        )
        return await terminal.run(
            open_lines(sys.stdin, sys.stdout),
            lang,
            default_language=locale_language(os.environ),
            place=place,
        )
    except StorageError as error:
        print(f"\nstrategibot: {error}", file=sys.stderr)
        return 1
    finally:
        await store.close()


def login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no LOGNAME/USER and a uid without a passwd entry
        return "me"


# What glibc's locale.alias and the ISO codes call Norwegian; bokmål serves nynorsk
# readers better than English does.
_NORWEGIAN = {"nb", "nn", "no", "nob", "nno", "nor", "norwegian", "bokmal", "bokmål", "nynorsk"}


def locale_language(environ: Mapping[str, str]) -> Language:
    """A new person's language from the locale, read as the C library reads it for
    messages: the first of LC_ALL, LC_MESSAGES and LANG that is set and not empty.
    Norwegian (nb_NO.UTF-8, nn_NO, no) is bokmål, anything else (C, unset) English."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            code = re.split(r"[_.@-]", value, maxsplit=1)[0].lower()
            return "nb" if code in _NORWEGIAN else "en"
    return "en"


def database_url_in(environ: Mapping[str, str]) -> bool:
    """Whether DATABASE_URL comes from the environment (pydantic-settings reads
    names in any case) rather than from a .env file."""
    return any(name.upper() == "DATABASE_URL" for name in environ)


def chat_place(
    database_url: str | None, *, from_env_file: bool, user: str | None, cwd: Path
) -> Place:
    """What the chat says about where the answers are and how to come back.

    `user` is --user as given: the command to carry on repeats it, and leaves it
    out when the login name was used.
    """
    from .terminal import Place

    command = "strategibot chat" + (f" --user {shlex.quote(user)}" if user is not None else "")
    by_url = bool(database_url)
    path = sqlite_path(database_url)
    if path == MEMORY:
        return Place("memory", command=command, by_database_url=by_url)
    if path is not None:
        return Place(
            "file",
            os.path.normpath(cwd / path),
            command,
            by_database_url=by_url,
            same_folder=not Path(path).is_absolute() or from_env_file,
        )
    return Place(
        "postgres",
        describe(database_url or ""),
        command,
        by_database_url=True,
        same_folder=from_env_file,
    )


if __name__ == "__main__":
    sys.exit(main())
