"""What every document says, as plain text in the person's language.

The PNG card, the PDF and the Markdown all draw from here, so they agree on
labels, values and order. It works on any session: half-finished, imported
from another machine, or with answers to questions a newer or older flow does
not know. What is there is shown; what is missing is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .. import flow, smart, summary
from ..flow import NO, OTHER, YES, Group, Kind
from ..formatting import format_day, format_number, goal_title
from ..i18n import has, t
from ..models import Language, Session, Value
from ..plain_text import html_to_plain

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# Where a group's field takes its option labels from when it has none of its own.
_OPTION_ALIASES = {"persona-channels": "channels", "goal-type": "goal_types"}
# The SMART letter each goal field answers, in the order a goal is read.
_SMART_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("S", ("statement",)),
    ("M", ("metric", "baseline", "target")),
    ("A", ("why",)),
    ("R", ("hours",)),
    ("T", ("deadline",)),
)


def plain(text: str) -> str:
    """A catalog text (Telegram HTML) as plain text: tags dropped, entities undone."""
    return html_to_plain(str(text))


def text(language: Language, key: str, **args: object) -> str:
    """`t()` as plain text, for files that are not HTML."""
    return plain(t(language, key, **args))


@dataclass(frozen=True)
class Entry:
    """One answer with its label: `ref` is where it lives ("topic", "persona.0.place")."""

    ref: str
    label: str
    value: str


@dataclass(frozen=True)
class Section:
    """A part of the interview with the answers given in it."""

    number: int
    title: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Persona:
    index: int
    number: int
    name: str
    age: str | None
    place: str | None
    occupation: str | None
    hobbies: str | None
    problems: str | None
    wants: str | None
    channels: tuple[str, ...]
    write_to: str
    # Every answer about the persona, labelled, in the order they are asked.
    entries: tuple[Entry, ...]

    @property
    def details(self) -> tuple[Entry, ...]:
        """The answers under the persona's heading: all but name and age, which make it."""
        return tuple(entry for entry in self.entries if not entry.ref.endswith((".name", ".age")))


@dataclass(frozen=True)
class SmartLetter:
    """One letter of SMART for one goal: the answers that make it, and whether it holds."""

    letter: str
    word: str
    entries: tuple[Entry, ...]
    met: bool | None  # None: could not be judged


@dataclass(frozen=True)
class Goal:
    index: int
    number: int
    title: str
    letters: tuple[SmartLetter, ...]
    # Answers that belong to no letter (kept so nothing is lost).
    extra: tuple[Entry, ...]


@dataclass(frozen=True)
class Strategy:
    language: Language
    title: str
    topic: str | None
    made: str
    finished: bool
    sections: tuple[Section, ...]
    personas: tuple[Persona, ...]
    goals: tuple[Goal, ...]
    advice: tuple[str, ...]


def strategy(session: Session, today: date) -> Strategy:
    lang = session.language
    topic = session.answers.get("topic")
    return Strategy(
        language=lang,
        title=text(lang, "export-title"),
        topic=topic if isinstance(topic, str) else None,
        made=text(lang, "export-made", date=format_day(lang, today.isoformat())),
        finished=session.finished_at is not None,
        sections=sections(session),
        personas=tuple(persona(session, index) for index in persona_indexes(session)),
        goals=goals(session, today),
        advice=advice(session),
    )


# -- the parts of the interview ---------------------------------------------------


def sections(session: Session) -> tuple[Section, ...]:
    """Each part with its top-level answers; personas and goals have their own pages."""
    lang = session.language
    current = flow.slots(session)
    shown_refs = {slot.ref for slot in current if slot.group is None}
    found: list[Section] = []
    for part in flow.INTERVIEW:
        entries: list[Entry] = []
        for slot in current:
            if slot.part is not part or slot.group is not None:
                continue
            question = slot.question
            value = session.answers.get(question.id)
            if value is None or question.details_for is not None:
                continue
            shown = display(lang, question.id, question.kind, value)
            details = summary.other_details(session, slot)
            if details is not None:
                shown = shown.replace(option_label(lang, question.id, OTHER), details)
            entries.append(Entry(slot.ref, label(lang, question.id), shown))
        if entries:
            found.append(Section(part.number, text(lang, f"part-{part.id}"), tuple(entries)))
    known = {question.id for question in flow.all_questions()}
    unknown = [
        Entry(key, label(lang, key), display(lang, key, None, value))
        for key, value in session.answers.items()
        if key not in shown_refs and key not in known
    ]
    if unknown:
        found.append(
            Section(len(flow.INTERVIEW) + 1, text(lang, "export-other-answers"), tuple(unknown))
        )
    return tuple(found)


# -- personas ------------------------------------------------------------------------


def persona_indexes(session: Session) -> list[int]:
    """The personas worth a card: those with a name."""
    return [index for index, _ in summary.named_personas(session)]


def persona(session: Session, index: int) -> Persona:
    lang = session.language
    item = session.groups.get(flow.PERSONA.id, [])[index]
    entries = _item_entries(lang, flow.PERSONA, item, index)
    by_field = {entry.ref.rsplit(".", 1)[1]: entry.value for entry in entries}
    age = item.get("age")
    channels = item.get("channels")
    if isinstance(channels, list):
        channel_labels = tuple(option_label(lang, "persona-channels", c) for c in channels)
    elif isinstance(channels, str) and channels.strip():
        channel_labels = (channels,)
    else:
        channel_labels = ()
    return Persona(
        index=index,
        number=index + 1,
        name=summary.persona_name(session, index),
        age=text(lang, "export-persona-age", age=age) if isinstance(age, int) else None,
        place=by_field.get("place"),
        occupation=by_field.get("occupation"),
        hobbies=by_field.get("hobbies"),
        problems=by_field.get("problems"),
        wants=by_field.get("wants"),
        channels=channel_labels,
        write_to=plain(summary.write_to_line(session, index)),
        entries=entries,
    )


# -- goals ------------------------------------------------------------------------


def goals(session: Session, today: date) -> tuple[Goal, ...]:
    lang = session.language
    found: list[Goal] = []
    for index, item in enumerate(session.groups.get(flow.GOAL.id, [])):
        if not set(item) - {"type"}:
            continue  # only its type so far
        entries = {
            entry.ref.rsplit(".", 1)[1]: entry
            for entry in _item_entries(lang, flow.GOAL, item, index)
        }
        met = _smart_met(item, today)
        letters = []
        for letter, fields in _SMART_FIELDS:
            letters.append(
                SmartLetter(
                    letter=letter,
                    word=text(lang, f"smart-letter-{letter}"),
                    entries=tuple(entries[f] for f in fields if f in entries),
                    met=met.get(letter) if met is not None else None,
                )
            )
        lettered = {f for _, fields in _SMART_FIELDS for f in fields} | {"type"}
        extra = tuple(entry for field, entry in entries.items() if field not in lettered)
        title = text(lang, "export-goal-title", number=index + 1, name=goal_title(session, index))
        found.append(Goal(index, index + 1, title, tuple(letters), extra))
    return tuple(found)


def _smart_met(item: dict[str, Value], today: date) -> dict[str, bool] | None:
    try:
        return dict(smart.evaluate(item, today).met)
    except (ValueError, TypeError, ZeroDivisionError, OverflowError):
        return None  # a goal imported with a value the rules can't read


# -- advice ---------------------------------------------------------------------------


def advice(session: Session) -> tuple[str, ...]:
    """The advice the summary gives, as plain sentences."""
    try:
        return tuple(plain(tip) for tip in summary.advice(session))
    except (ValueError, TypeError, LookupError):
        return ()  # a value the summary can't read (from a hand-edited file): no advice


# -- labels and values -------------------------------------------------------------


def _item_entries(
    lang: Language, group: Group, item: dict[str, Value], index: int
) -> tuple[Entry, ...]:
    """A persona's or goal's answers: the flow's questions in order, then any others."""
    questions = {question.id: question for question in group.questions}
    order = [q.id for q in group.questions if q.id in item]
    order += [key for key in item if key not in questions]
    entries = []
    for field in order:
        if group.more is not None and field == group.more.id:
            continue
        question = questions.get(field)
        text_id = f"{group.id}-{field}"
        kind = question.kind if question is not None else None
        shown = display(lang, text_id, kind, item[field])
        if shown:
            entries.append(Entry(f"{group.id}.{index}.{field}", label(lang, text_id), shown))
    return tuple(entries)


def label(lang: Language, text_id: str) -> str:
    """The short label of an answer ("Tema", "Bosted"), or its id if there is none."""
    key = f"label-{text_id}"
    return text(lang, key) if has(lang, key) else text_id


def option_label(lang: Language, text_id: str, option: str) -> str:
    """A button's label for an option id; the id itself if no catalog knows it."""
    keys = [f"opt-{text_id}-{option}"]
    if text_id in _OPTION_ALIASES:
        keys.append(f"opt-{_OPTION_ALIASES[text_id]}-{option}")
    if option in (YES, NO):
        keys.append(f"opt-{option}")
    for key in keys:
        if has(lang, key):
            return text(lang, key)
    return option


def display(lang: Language, text_id: str, kind: Kind | None, value: Value) -> str:
    """An answer as the person would read it: labels for options, dates and numbers.

    `text_id` is where its option labels are filed ("channels", "persona-channels");
    `kind` is the question's kind, or None for an answer no question asks any more.
    """
    if isinstance(value, list):
        return ", ".join(option_label(lang, text_id, str(option)) for option in value)
    if isinstance(value, bool):
        return option_label(lang, text_id, YES if value else NO)
    if isinstance(value, int | float):
        return format_number(lang, value)
    if kind is Kind.DATE or (kind is None and _ISO_DAY.match(value)):
        try:
            return format_day(lang, value)
        except ValueError:
            return value
    if kind in (Kind.CHOICE, Kind.YESNO):
        return option_label(lang, text_id, value)
    return value
