"""Turning typed text into an answer: lengths, whole numbers and dates.

Each parser returns the value to store, or an `Invalid` that names the catalog
text explaining what was wrong and the values that text needs.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import dateparser

from .flow import Kind, Question
from .models import Language, Value


@dataclass(frozen=True)
class Invalid:
    key: str
    args: dict[str, Any] = field(default_factory=dict)


_NUMBER = re.compile(r"^[+]?(\d{1,3}(?:[  .,]\d{3})+|\d+)$")
# A unit after an age ("35 år", "35 years old") is natural to type.
_AGE_UNIT = re.compile(r"\s*(år|års?|years?( old)?|yrs?|y\.?o\.?)$", re.IGNORECASE)


def clean_text(text: str) -> str:
    """Strip, and drop control characters that would garble a message.

    Other spaces (the no-break space in pasted text and in "1 500") become
    plain ones, so words and digit groups are not glued together.
    """
    return "".join(_clean_char(ch) for ch in text.strip())


def _clean_char(ch: str) -> str:
    if ch.isprintable() or ch in "\n\t":
        return ch
    return " " if unicodedata.category(ch).startswith("Z") else ""


def parse_answer(question: Question, text: str, today: date, language: Language) -> Value | Invalid:
    text = clean_text(text)
    if not text:
        return Invalid("error-empty")
    if question.kind is Kind.NUMBER:
        return parse_whole_number(question, text)
    if question.kind is Kind.DATE:
        return parse_deadline(text, today, language)
    if len(text) > question.max_length:
        return Invalid("error-too-long", {"limit": question.max_length, "length": len(text)})
    return text


def parse_whole_number(question: Question, text: str) -> int | Invalid:
    bare = _AGE_UNIT.sub("", text).strip()
    match = _NUMBER.match(bare)
    if match is None:
        return Invalid(
            "error-not-whole-number", {"example": question.example or question.minimum or 1}
        )
    number = int(re.sub(r"\D", "", match.group(1)))
    low, high = question.minimum, question.maximum
    if (low is not None and number < low) or (high is not None and number > high):
        return Invalid("error-out-of-range", {"minimum": low or 0, "maximum": high or number})
    return number


def parse_deadline(text: str, today: date, language: Language) -> str | Invalid:
    """A date in the future, from Norwegian or English, written out or in digits."""
    languages = ["nb", "en"] if language == "nb" else ["en", "nb"]
    parsed = dateparser.parse(
        text,
        languages=languages,
        settings={
            "PREFER_DATES_FROM": "future",
            "DATE_ORDER": "DMY",
            "RELATIVE_BASE": datetime.combine(today, datetime.min.time()),
            "REQUIRE_PARTS": ["day", "month"] if _looks_numeric(text) else [],
        },
    )
    if parsed is None:
        return Invalid("error-not-a-date")
    if parsed.date() <= today:
        return Invalid("error-date-in-past")
    return parsed.date().isoformat()


def _looks_numeric(text: str) -> bool:
    # A lone "12" or "2027" is more likely a typo than a date; ask again.
    return text.replace(" ", "").isdigit()
