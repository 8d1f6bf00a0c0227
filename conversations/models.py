"""The whole state of one person's interview, as one serialisable model.

Storage keeps a `Session` as JSON; the engine reads and returns them. Nothing in
here knows about Telegram or SQL.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Language = Literal["nb", "en"]

# An answer is plain JSON: free text, a number, an ISO date (as text) or the
# option ids picked in a multiple choice.
Value = str | int | float | list[str]

# How many handled update ids a session remembers. Telegram re-delivers an
# update soon after a crash or restart, never hundreds of updates later, and a
# bounded list keeps every save the same size however long someone chats.
RECENT_UPDATES_KEPT = 64


def utcnow() -> datetime:
    return datetime.now(UTC)


def language_for(code: str | None) -> Language:
    """Telegram's `language_code` at first contact: any Norwegian gets bokmål."""
    if code and code.split("-")[0].lower() in {"nb", "nn", "no"}:
        return "nb"
    return "en"


class _Menu(BaseModel):
    # Frozen: a menu is replaced, never changed, so a working copy can share it.
    model_config = ConfigDict(frozen=True, extra="ignore")


class LanguageMenu(_Menu):
    """/language: bokmål or English."""

    kind: Literal["language"] = "language"


class RestartMenu(_Menu):
    """/restart: start over, or keep the answers?"""

    kind: Literal["restart"] = "restart"


class EditPartsMenu(_Menu):
    """/edit: the parts that have answers."""

    kind: Literal["edit_parts"] = "edit_parts"


class EditQuestionsMenu(_Menu):
    """/edit, one part further: its answered questions (and persona removal)."""

    kind: Literal["edit_questions"] = "edit_questions"
    part: int


class RemovePersonaMenu(_Menu):
    """Remove persona `index` (from 0), or keep it?"""

    kind: Literal["remove_persona"] = "remove_persona"
    index: int


class ExportMenu(_Menu):
    """/export and the end of the interview: the strategy as Markdown or JSON."""

    kind: Literal["export"] = "export"


class NameCheckMenu(_Menu):
    """A persona's name that looked like more than a name ("Jonas, student"): is it
    `suggestion`? Nothing is stored for `ref` until the person says which."""

    kind: Literal["name_check"] = "name_check"
    ref: str
    typed: str
    suggestion: str


# The menu a person has open: what typed text is read against instead of the
# open question. Stored with the session, so it survives a restart of the bot.
Menu = Annotated[
    LanguageMenu
    | RestartMenu
    | EditPartsMenu
    | EditQuestionsMenu
    | RemovePersonaMenu
    | ExportMenu
    | NameCheckMenu,
    Field(discriminator="kind"),
]


class Session(BaseModel):
    """One person's interview: answers, position, language and bookkeeping.

    Answers to top-level questions live in `answers` by question id; answers to
    a repeated group (a persona, a goal) live in `groups[group_id][index]`.
    Where the person is in the interview is derived from what is answered, so a
    session resumes exactly where it stopped without storing a cursor.
    """

    model_config = ConfigDict(extra="ignore")

    person_id: str
    language: Language = "nb"
    answers: dict[str, Value] = Field(default_factory=dict)
    groups: dict[str, list[dict[str, Value]]] = Field(default_factory=dict)
    # References ("topic", "persona.1.age") the person chose to skip.
    skipped: list[str] = Field(default_factory=list)
    # A question re-asked out of order (through /back or /edit); None means the
    # first unanswered question is the current one.
    focus: str | None = None
    # The options ticked so far on a multiple-choice question, by reference.
    draft: dict[str, list[str]] = Field(default_factory=dict)
    # The menu shown last, if it is still open; None while the interview question
    # is what typed text answers.
    menu: Menu | None = None
    paused: bool = False
    finished_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    # Optimistic concurrency: the version this session was loaded at.
    version: int = 0
    recent_update_ids: list[int] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _menu_from_pending(cls, data: Any) -> Any:
        """Sessions saved before menus were states kept only the yes/no waiting, as
        `pending`: "restart" or "remove-persona:<index>"."""
        if not isinstance(data, dict) or "pending" not in data:
            return data
        data = dict(data)
        pending = data.pop("pending")
        if "menu" in data or not isinstance(pending, str):
            return data
        kind, _, index = pending.partition(":")
        if kind == "restart":
            data["menu"] = {"kind": "restart"}
        elif kind == "remove-persona" and index.isdigit():
            data["menu"] = {"kind": "remove_persona", "index": int(index)}
        return data

    def has_handled(self, update_id: int) -> bool:
        return update_id in self.recent_update_ids

    def mark_handled(self, update_id: int) -> None:
        ids = self.recent_update_ids
        ids.append(update_id)
        if len(ids) > RECENT_UPDATES_KEPT:
            del ids[: len(ids) - RECENT_UPDATES_KEPT]

    @property
    def has_answers(self) -> bool:
        return bool(self.answers) or any(self.groups.values())

    def working_copy(self) -> Session:
        """A copy to change freely, leaving this one as it was.

        What `model_copy(deep=True)` gives, at a fifth of the cost (it runs for
        every message): only the dicts and lists are copied, since strings,
        numbers and datetimes never change in place. A new field holding a dict
        or a list must be copied here too; tests/engine/test_purity.py checks.
        """
        copy = self.model_copy()
        # Straight into __dict__, as pydantic's own copy does: setting the
        # attributes would also mark each of these fields as set explicitly.
        vars(copy).update(
            answers={ref: _copied(value) for ref, value in self.answers.items()},
            groups={
                group: [{ref: _copied(value) for ref, value in item.items()} for item in items]
                for group, items in self.groups.items()
            },
            skipped=list(self.skipped),
            draft={ref: list(ticked) for ref, ticked in self.draft.items()},
            recent_update_ids=list(self.recent_update_ids),
        )
        return copy


def _copied(value: Value) -> Value:
    return list(value) if isinstance(value, list) else value
