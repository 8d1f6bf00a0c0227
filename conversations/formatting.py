"""Answers shown back to the person: option labels, dates and numbers in their language."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date
from babel.numbers import format_decimal

from .flow import GOAL_TYPES, NO, OTHER, YES, Kind, Question, Slot, text_id
from .i18n import BABEL_LOCALE, t
from .models import Language, Session, Value


def option_key(slot: Slot, option: str) -> str:
    """The catalog key of an option's label (and of its synonyms, with "syn-" before it)."""
    if option in (YES, NO):
        return f"opt-{option}"
    return f"opt-{text_id(slot.question, slot.group)}-{option}"


def option_label(language: Language, slot: Slot, option: str) -> str:
    return str(t(language, option_key(slot, option)))


def question_option_label(language: Language, question: Question, option: str) -> str:
    return str(t(language, f"opt-{question.id}-{option}"))


def format_day(language: Language, iso_day: str) -> str:
    return str(
        format_date(date.fromisoformat(iso_day), format="long", locale=BABEL_LOCALE[language])
    )


def format_number(language: Language, number: int | float) -> str:
    return str(format_decimal(number, locale=BABEL_LOCALE[language]))


def display_value(language: Language, slot: Slot, value: Value) -> str:
    """An answer as plain text (not escaped: `t()` escapes it when it is filled in)."""
    kind = slot.question.kind
    if isinstance(value, list):
        return ", ".join(option_label(language, slot, option) for option in value)
    if kind in (Kind.CHOICE, Kind.YESNO) and isinstance(value, str):
        if kind is Kind.CHOICE and value not in slot.question.options:
            return value  # typed instead of picked (a metric of one's own)
        return option_label(language, slot, value)
    if kind is Kind.DATE and isinstance(value, str):
        return format_day(language, value)
    if isinstance(value, int | float):
        return format_number(language, value)
    return value


def goal_title(session: Session, index: int) -> str:
    """A goal's name: its type ("More engagement"), or what was written for "other"."""
    goals = session.groups.get("goal", [])
    goal_type = goals[index].get("type") if index < len(goals) else None
    language = session.language
    if goal_type == OTHER:
        written = session.answers.get("goal_other")
        if isinstance(written, str):
            return written
    if isinstance(goal_type, str) and goal_type in GOAL_TYPES:
        return str(t(language, f"opt-goal_types-{goal_type}"))
    return str(t(language, "goal-fallback-name", number=index + 1))
