"""`strategibot export` and `strategibot import`: a person's strategy as files, and back.

For the operator, on the machine the bot's database is on:

    strategibot export --user-id 12345 --format pdf --output kari.pdf
    strategibot export --user-id local:kari --format png --output kort   # kort-1.png, ...
    strategibot import --file strategi.json --user-id 12345 [--replace]
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from conversations.events import Attachment, Document
from conversations.i18n import t
from conversations.models import Language, Session
from conversations.plain_text import html_to_plain
from storage.base import StorageError

from .database import open_configured_store
from .settings import Settings

if TYPE_CHECKING:
    from conversations.documents import RenderedFile

EXPORT_COMMANDS = ("export", "import")
FORMATS = {
    "pdf": Document.PDF,
    "md": Document.MARKDOWN,
    "json": Document.JSON,
    "png": Document.PERSONA_CARD,
}


def add_export_commands(commands: Any) -> None:
    """Add `export` and `import` to the CLI's subcommands."""
    export = commands.add_parser(
        "export",
        help="write a person's strategy as PDF, Markdown, JSON or persona card images",
        description="Write a person's strategy to a file: the PDF report, Markdown, JSON "
        "(which `strategibot import` loads again), or one PNG persona card per persona.",
    )
    _user_id_argument(export)
    export.add_argument("--format", required=True, choices=tuple(FORMATS), help="the file type")
    export.add_argument(
        "--output",
        type=Path,
        help="the file to write; for png the cards are PATH-1.png, PATH-2.png, ... "
        "(default: a name like strategi-2026-11-26.pdf in the working directory)",
    )
    export.add_argument(
        "--lang",
        choices=("nb", "en"),
        help="the language of the document (default: the person's own)",
    )
    load = commands.add_parser(
        "import",
        help="load a strategy exported as JSON for a person",
        description="Load a JSON file made by `strategibot export --format json` (or the "
        "bot's JSON button) as a person's strategy, for example on another machine.",
    )
    load.add_argument("--file", type=Path, required=True, help="the JSON file")
    _user_id_argument(load)
    load.add_argument(
        "--replace",
        action="store_true",
        help="replace the strategy the person already has (otherwise that is refused)",
    )
    commands.metavar = "{" + ",".join(commands.choices) + "}"


def _user_id_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user-id",
        required=True,
        type=person_for,
        help="a Telegram user id (12345) or a full person id (tg:12345, local:kari)",
    )


def person_for(user_id: str) -> str:
    """ "12345" is the Telegram user 12345 ("tg:12345"); "local:kari" is taken as it is."""
    value = user_id.strip()
    if re.fullmatch(r"-?\d+", value):
        return f"tg:{int(value)}"
    if re.fullmatch(r"[a-z]+:\S+", value):
        return value
    raise argparse.ArgumentTypeError(
        f"{user_id!r} is neither a Telegram user id (12345) nor a person id (local:kari)"
    )


def run_export_command(args: argparse.Namespace, settings: Settings) -> int:
    try:
        if args.command == "export":
            return export(settings, args.user_id, args.format, args.output, args.lang)
        return import_file(settings, args.file, args.user_id, replace=args.replace)
    except StorageError as error:
        print(f"strategibot: {error}", file=sys.stderr)
        return 1


def _say(language: Language, key: str, **values: object) -> str:
    return html_to_plain(str(t(language, key, **values)))


def _fail(message: str) -> int:
    print(f"strategibot: {message}", file=sys.stderr)
    return 1


async def _load(settings: Settings, person: str) -> Session | None:
    store = await open_configured_store(settings)
    try:
        return await store.load(person)
    finally:
        await store.close()


def export(
    settings: Settings, person: str, file_format: str, output: Path | None, lang: str | None
) -> int:
    # Pillow, fpdf2 and fontTools load only when a file is made (the bot itself
    # makes files in a worker process and never imports them).
    from conversations.documents import persona_indexes, render

    # Messages to the operator are in English unless --lang says otherwise.
    language: Language = "nb" if lang == "nb" else "en"
    session = asyncio.run(_load(settings, person))
    if session is None:
        return _fail(_say(language, "export-no-session", person=person))
    if lang is not None:
        session = session.model_copy(update={"language": language})
    today = datetime.now(UTC).date()
    document = FORMATS[file_format]
    if document is not Document.PERSONA_CARD:
        made = render(session, Attachment(document), today)
        print(_write(made, output or Path(made.filename)))
        return 0
    indexes = persona_indexes(session)
    if not indexes:
        return _fail(_say(language, "export-no-personas", person=person))
    for number, index in enumerate(indexes, start=1):
        made = render(session, Attachment(Document.PERSONA_CARD, index), today)
        path = Path(made.filename)
        if output is not None:
            base = output.with_suffix("") if output.suffix.lower() == ".png" else output
            path = base.with_name(f"{base.name}-{number}.png")
        print(_write(made, path))
    return 0


def _write(made: RenderedFile, path: Path) -> Path:
    if path.parent != Path():
        path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(made.data)
    return path


def import_file(settings: Settings, file: Path, person: str, *, replace: bool) -> int:
    from conversations.documents.json_export import InvalidExport, import_json

    try:
        imported = import_json(file.read_text(encoding="utf-8"), person)
    except (OSError, UnicodeDecodeError) as error:
        return _fail(str(error))
    except InvalidExport as error:
        return _fail(_say("en", "export-import-invalid", error=str(error)))
    if not asyncio.run(_store(settings, imported, replace=replace)):
        return _fail(_say("en", "export-import-exists", person=person))
    print(_say("en", "export-imported", person=person))
    return 0


async def _store(settings: Settings, imported: Session, *, replace: bool) -> bool:
    """Save the imported session; False if the person has one and `replace` is off."""
    store = await open_configured_store(settings)
    try:
        existing = await store.load(imported.person_id)
        if existing is not None and not replace:
            return False
        if existing is not None:
            # Replacing: saved over the stored version, as any save is.
            imported = imported.model_copy(update={"version": existing.version})
        await store.save(imported)
        return True
    finally:
        await store.close()
