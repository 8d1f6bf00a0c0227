"""The whole session as JSON, and back: for moving a strategy between bots or machines.

The file is exactly the `Session` model: `docs/export-schema.json` is its JSON
Schema, written by `python -m conversations.documents.examples --schema
docs/export-schema.json docs/examples`. Importing validates a file against the
model and makes it the target person's own:

- `person_id` becomes the target's; the file's is ignored;
- `version` starts again at 0 (a new person's first save); when the target
  already has a session, the caller keeps the target's version so the save
  replaces it (`strategibot import --replace`);
- `recent_update_ids` is emptied: they are another bot's Telegram update ids,
  and keeping them could make this bot ignore real updates;
- `menu` (a menu left open, like "start over?") is closed.

Answers, personas, goals, skipped questions, language, where the person was in
the interview, and the dates are kept.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from pydantic import ValidationError

from .. import flow
from ..models import Session, Value


class InvalidExport(ValueError):
    """The text is not a session this bot can load."""


def export_json(session: Session) -> str:
    """Every field of the session, indented, æøå as themselves."""
    return session.model_dump_json(indent=2) + "\n"


def import_json(text: str, person_id: str) -> Session:
    """The session in `text`, made `person_id`'s (see the module's notes)."""
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidExport(f"not JSON ({error.msg}, line {error.lineno})") from error
    if not isinstance(data, dict):
        raise InvalidExport("not a JSON object")
    data.update(person_id=person_id, version=0, recent_update_ids=[], menu=None)
    try:
        session = Session.model_validate(data)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in problem['loc'])}: {problem['msg']}"
            for problem in error.errors()[:3]
        )
        raise InvalidExport(problems) from error
    unreadable = _unreadable_dates(session)
    if unreadable:
        raise InvalidExport(f"{unreadable[0]}: not a date like 2027-03-01")
    return session


def _unreadable_dates(session: Session) -> list[str]:
    """Where a date question's answer is not an ISO date (the bot stores no other kind)."""
    found: list[tuple[str, Value | None]] = []
    for part in flow.INTERVIEW:
        for item in part.items:
            if isinstance(item, flow.Group):
                for index, answers in enumerate(session.groups.get(item.id, [])):
                    found += [
                        (f"groups.{item.id}.{index}.{question.id}", answers.get(question.id))
                        for question in item.questions
                        if question.kind is flow.Kind.DATE
                    ]
            elif item.kind is flow.Kind.DATE:
                found.append((f"answers.{item.id}", session.answers.get(item.id)))
    return [where for where, value in found if value is not None and not _is_day(value)]


def _is_day(value: Value) -> bool:
    try:
        date.fromisoformat(str(value))
    except ValueError:
        return False
    return isinstance(value, str)


def schema() -> str:
    """The JSON Schema of an exported file."""
    return json.dumps(Session.model_json_schema(), indent=2, ensure_ascii=False) + "\n"
