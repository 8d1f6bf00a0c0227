"""Turning typed text into an answer: lengths, amounts, whole numbers and dates.

Each parser returns the value to store, or an `Invalid` that names the catalog
text explaining what was wrong and the values that text needs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal, TypeVar

import dateparser
from babel.numbers import NumberFormatError, parse_decimal

from .flow import Kind, Question
from .models import Language, Value


@dataclass(frozen=True)
class Invalid:
    key: str
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Note:
    """A catalog text telling the person how their text was read."""

    key: str
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Parsed:
    value: Value
    note: Note | None = None


@dataclass(frozen=True)
class Unsure:
    """The person said they don't know."""


def suggest_name(text: str) -> str | None:
    """The name in a persona name that says more than a name ("Jonas, student")."""
    head = text.split(",", 1)[0].strip()
    if "," in text and head:
        return head
    words = text.split()
    return words[0] if len(words) > 4 else None


def clean_text(text: str) -> str:
    """Strip, and drop control characters that would garble a message.

    Other spaces (the no-break space in pasted text and in "1 500") become
    plain ones, so words and digit groups are not glued together.
    """
    text = text.strip()
    if text.isprintable():
        return text  # the usual case: nothing to drop or replace
    return "".join(_clean_char(ch) for ch in text)


def _clean_char(ch: str) -> str:
    if ch.isprintable() or ch in "\n\t":
        return ch
    return " " if unicodedata.category(ch).startswith("Z") else ""


def parse_answer(
    question: Question, text: str, today: date, language: Language
) -> Parsed | Invalid | Unsure:
    parsed = _parse_value(question, text, today, language)
    if isinstance(parsed, Invalid):
        return parsed
    if question.kind is Kind.DATE and isinstance(parsed, str):
        from .formatting import format_day

        return Parsed(parsed, Note("ack-date", {"date": format_day(language, parsed)}))
    return Parsed(parsed)


def _parse_value(question: Question, text: str, today: date, language: Language) -> Value | Invalid:
    text = clean_text(text)
    if not text:
        return Invalid("error-empty")
    if question.kind is Kind.NUMBER:
        if question.decimals:
            return parse_number(question, text)
        return parse_whole_number(question, text)
    if question.kind is Kind.DATE:
        return parse_deadline(text, today, language)
    if len(text) > question.max_length:
        return Invalid("error-too-long", {"limit": question.max_length, "length": len(text)})
    return text


# -- numbers --------------------------------------------------------------------


@dataclass(frozen=True)
class Amount:
    """A number as typed: `value` is an int when it is whole, `percent` if it had "%"."""

    value: int | float
    percent: bool = False


# "ca. 1 500", "about 2k", "~20 %".
_APPROXIMATELY = r"(?:ca\.?|cirka|circa|omtrent|rundt|about|around|approx\.?|approximately|~|≈)"
_SCALES = {
    "k": 1_000,
    "tusen": 1_000,
    "thousand": 1_000,
    "m": 1_000_000,
    "mill": 1_000_000,
    "mln": 1_000_000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "millioner": 1_000_000,
}
_PERCENT = r"%|prosent|percent|per ?cent"
# Words after a number that only say what is counted; they change nothing. Ages
# ("35 år", "35 years old"), hours ("3 t", "3 hours"), and what a goal counts.
_UNITS = (
    *("år", "års", "år gammel", "years", "year", "years old", "yrs", "yr", "yo", "y.o."),
    *("timer", "time", "t", "hours", "hour", "hrs", "h"),
    *("følgere", "followers", "abonnenter", "subscribers", "lesere", "readers"),
    *("kommentarer", "comments", "visninger", "views", "likes", "klikk", "clicks"),
    *("besøk", "besøkende", "visits", "visitors", "innlegg", "posts"),
    *("kunder", "customers", "salg", "sales", "ganger", "times", "kr", "kroner"),
)
# "per uke", "i uka", "a week", "/month", "daily".
_PERIOD = (
    r"(?:(?:per|pr\.?|i|om|a|an|each|every) ?|/)"
    r"(?:dag(?:en)?|uken?|uka|måned(?:en)?|mnd\.?|år(?:et)?|day|week|month|year)"
    r"|daglig|ukentlig|månedlig|daily|weekly|monthly"
)


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_AMOUNT = re.compile(
    rf"(?:{_APPROXIMATELY} ?)?\+?"
    r"(?P<number>\d+(?:[ .,]\d+)*)"
    rf"(?: ?(?P<scale>{_alternatives(_SCALES)})\.?)?"
    rf"(?: ?(?P<percent>{_PERCENT}))?"
    rf"(?: ?(?:{_alternatives(_UNITS)}))?"
    rf"(?: ?(?:{_PERIOD}))?"
)


def parse_amount(text: str) -> Amount | None:
    """A number typed in Norwegian or English, or None if the text is not one.

    Digits may be grouped by spaces ("1 500", also no-break ones), or by "." or
    "," when exactly three digits follow ("1.500", "1,500"); otherwise "." and ","
    are the decimal mark ("1,5", "1.5"), and with both ("1.500,5", "1,500.5") the
    last one is. "k", "mill", "million" and their like scale the number ("1,5k",
    "2 millioner"; after them a lone mark is always a decimal: "1.500k" is 1 500),
    "%", "prosent" and "percent" mark a percentage. A leading "ca."/"about"/"~" and
    a trailing unit ("følgere", "hours", "per uke") are read past. Negative numbers,
    ranges ("10-20") and numbers in words are not numbers here.
    """
    typed = " ".join(clean_text(text).lower().split())
    match = _AMOUNT.fullmatch(typed)
    if match is None:
        return None
    scale, percent = match["scale"], match["percent"] is not None
    if scale and percent:
        return None
    number = _decimal(match["number"], scaled=scale is not None)
    if number is None:
        return None
    if scale:
        number *= _SCALES[scale]
    value = int(number) if number == number.to_integral_value() else float(number)
    return Amount(value, percent)


def _decimal(number: str, *, scaled: bool) -> Decimal | None:
    """Digits with group and decimal marks, checked and read by Babel.

    Which mark is the decimal one is decided here; the number is then written
    the Norwegian way ("1 500,5" with no-break spaces) for Babel's strict parser,
    which refuses badly grouped digits ("1 50", "15 00", "1.5.00").
    """
    marks = [ch for ch in number if ch in ".,"]
    decimal_mark: str | None = None
    if len(set(marks)) == 2:
        decimal_mark = marks[-1]
        if marks.count(decimal_mark) > 1:
            return None
    elif len(marks) == 1:
        whole, fraction = number.split(marks[0])
        thousands = len(fraction) == 3 and " " not in number and whole.strip("0") != ""
        decimal_mark = None if thousands and not scaled else marks[0]
    whole, fraction = number.rsplit(decimal_mark, 1) if decimal_mark else (number, "")
    norwegian = re.sub(r"[ .,]", "\u00a0", whole) + (f",{fraction}" if decimal_mark else "")
    try:
        parsed: Decimal = parse_decimal(norwegian, locale="nb", strict=True)
    except NumberFormatError:
        return None
    return parsed


def parse_whole_number(question: Question, text: str) -> int | Invalid:
    """A whole number in the question's range (an age, hours): not a decimal or percentage."""
    amount = parse_amount(text)
    if amount is None or amount.percent or not isinstance(amount.value, int):
        return Invalid(
            "error-not-whole-number", {"example": question.example or question.minimum or 1}
        )
    return _in_range(question, amount.value)


def parse_number(question: Question, text: str) -> int | float | Invalid:
    """Any number in the question's range, decimals and percentages too (a goal's target)."""
    amount = parse_amount(text)
    if amount is None:
        return Invalid("error-not-a-number", {"example": question.example or question.minimum or 1})
    return _in_range(question, amount.value)


_N = TypeVar("_N", int, float)


def _in_range(question: Question, number: _N) -> _N | Invalid:
    low, high = question.minimum, question.maximum
    if (low is not None and number < low) or (high is not None and number > high):
        return Invalid("error-out-of-range", {"minimum": low or 0, "maximum": high or number})
    return number


# -- dates ----------------------------------------------------------------------

# Rewrites into what dateparser reads: half years into months.
_HALF_YEARS = (
    (re.compile(r"\b(?:(?:et|ett|en) )?halvt år\b|\bhalvår(?:et)?\b"), "6 måneder"),
    (re.compile(r"\bhalvannet år\b"), "18 måneder"),
    (re.compile(r"\b(?:a )?half (?:a )?year\b"), "6 months"),
    (re.compile(r"\b(?:a|one) year and a half\b|\bone and a half years\b"), "18 months"),
)
# "innen 1. mars", "til jul", "by Christmas": the deadline is the day named.
_BY = re.compile(
    r"^(?:innen|til|før|senest|fram til|frem til|i løpet av|by|before|until|till|within) "
)
# Seasons and holidays dateparser does not know, as the day they stand for; the
# next one after today is taken, or that of the year typed after it
# ("til sommeren 2027"). Easter moves from year to year and is not here, so
# "til påske" is not understood and gets "error-not-a-date".
_HOLIDAYS = (
    # Summer: 21 June, midsummer, about when the school summer holidays begin.
    (r"sommer(?:en)?|sommerferien|(?:the )?summer(?: holidays?)?|summertime", "21 June", True),
    # Christmas: 24 December, Christmas Eve, when Norway celebrates (English too).
    (r"jul(?:a|en|aften)?|christmas(?: eve)?|xmas", "24 December", True),
    # The new year and the end of the year: 31 December. Not with a year:
    # "nyttår 2027" might be either end of 2027.
    (
        r"nyttår(?:saften)?|årsskiftet|(?:utgangen|slutten) av (?:året|dette året|i år)"
        r"|new year(?:'s eve|'s)?|(?:the )?end of (?:the |this )?year|year[- ]end",
        "31 December",
        False,
    ),
)
_HOLIDAY_PATTERNS = tuple(
    (re.compile(rf"(?P<phrase>{words})" + (r"(?: (?P<year>\d{4}))?" if years else "")), day)
    for words, day, years in _HOLIDAYS
)
# "end of March", "slutten av mars", "ultimo mars": the last day of that month
# ("end of 2027": of that year), through dateparser's preference for the last day.
_END_OF = re.compile(r"(?:(?:the )?end of|slutten av|utgangen av|ultimo) (?P<rest>.+)")
_THIS_MONTH = {"the month": "this month", "måneden": "denne måneden"}


def parse_deadline(text: str, today: date, language: Language) -> str | Invalid:
    """A date after `today`, from Norwegian or English, written out or in digits.

    dateparser reads the dates ("1. mars 2027", "01.03.2027", "om tre måneder",
    "next month"); before it, half years become months, a leading "innen"/"by" is
    dropped, and the few seasons and holidays in `_HOLIDAYS` become their day.
    """
    languages: list[str] = ["nb", "en"] if language == "nb" else ["en", "nb"]
    phrase = " ".join(clean_text(text).lower().replace("’", "'").split())
    for pattern, months in _HALF_YEARS:
        phrase = pattern.sub(months, phrase)
    phrase = _BY.sub("", phrase, count=1)
    end_of = _END_OF.fullmatch(phrase)
    holiday = _holiday(phrase, language)
    if holiday is not None:
        day = _read_date(holiday, today, languages)
    elif end_of is not None:
        day = _last_day_of(_THIS_MONTH.get(end_of["rest"], end_of["rest"]), today, languages)
    else:
        # A lone "12" or "2027" is more likely a typo than a date; ask again.
        numeric = phrase.replace(" ", "").isdigit()
        day = _read_date(phrase, today, languages, require_day=numeric)
    if day is None:
        return Invalid("error-not-a-date")
    if day <= today:
        return Invalid("error-date-in-past")
    return day.isoformat()


def _holiday(phrase: str, language: Language) -> str | None:
    for pattern, day in _HOLIDAY_PATTERNS:
        match = pattern.fullmatch(phrase)
        if match is None:
            continue
        year = match.groupdict().get("year")
        if match["phrase"] == "jul" and year and language == "en":
            return None  # "Jul 2027" to the English bot is July
        return f"{day} {year}" if year else day
    return None


def _last_day_of(period: str, today: date, languages: list[str]) -> date | None:
    """The last day of a month or year; None if `period` names a day already."""
    last = _read_date(period, today, languages, prefer="last")
    first = _read_date(period, today, languages, prefer="first")
    if last is None or first is None or last.day == first.day:
        return None
    return last


def _read_date(
    text: str,
    today: date,
    languages: list[str],
    *,
    require_day: bool = False,
    prefer: Literal["current", "first", "last"] = "current",
) -> date | None:
    parsed = dateparser.parse(
        text,
        languages=languages,
        settings={
            "PREFER_DATES_FROM": "future",
            "DATE_ORDER": "DMY",
            "RELATIVE_BASE": datetime.combine(today, datetime.min.time()),
            "REQUIRE_PARTS": ["day", "month"] if require_day else [],
            "PREFER_DAY_OF_MONTH": prefer,
            "PREFER_MONTH_OF_YEAR": prefer,
        },
    )
    return None if parsed is None else parsed.date()
