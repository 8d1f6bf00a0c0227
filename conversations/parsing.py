"""Turning typed text into an answer: text, numbers, dates, and "I don't know".

`parse_answer` gives a `Parsed` (the value to store, and a `Note` saying how the
text was read where that needs saying: which end of a range was kept, the date
with its weekday), an `Invalid` naming the catalog text that explains what was
wrong, or `Unsure` when the whole message says the person does not know.
The readers themselves live in `numbers`, `dates`, `unsure` and `names`.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_FLOOR, Decimal

from babel.numbers import format_decimal

from .answer_types import Invalid, Note, Parsed, Unsure
from .dates import format_day_with_weekday, parse_deadline
from .flow import Kind, Question
from .i18n import BABEL_LOCALE
from .models import Language
from .names import suggest_name
from .numbers import Amount, Reading, as_value, parse_amount, read_number
from .typed_text import clean_text, folded
from .unsure import guess_in, is_unsure

__all__ = [
    "Amount",
    "Answer",
    "Invalid",
    "Note",
    "Parsed",
    "Unsure",
    "clean_text",
    "is_unsure",
    "parse_amount",
    "parse_answer",
    "parse_date",
    "parse_deadline",
    "parse_number",
    "suggest_name",
]

Answer = Parsed | Invalid | Unsure


def parse_answer(question: Question, text: str, today: date, language: Language) -> Answer:
    """The answer `text` gives to `question`, on `today`, for someone writing in `language`.

    On every kind of question a message that only says "don't know" is `Unsure`.
    """
    text = clean_text(text)
    if not text:
        return Invalid("error-empty")
    if is_unsure(text):
        return Unsure()
    if question.kind is Kind.NUMBER:
        return parse_number(question, text, language)
    if question.kind is Kind.DATE:
        return parse_date(text, today, language)
    if len(text) > question.max_length:
        return Invalid("error-too-long", {"limit": question.max_length, "length": len(text)})
    if question.person_name and not any(ch.isalpha() for ch in text):
        # "2-3" or "35" typed one question too early is not a name.
        return Invalid("error-name-no-letters")
    return Parsed(text)


# -- numbers ------------------------------------------------------------------------


def parse_number(question: Question, text: str, language: Language) -> Parsed | Invalid:
    """A number for `question`: decimals only where `question.decimals`, percentages
    only where `question.percent`, one value out of a range by `question.range_pick`.

    A guess next to a "don't know" counts ("vet ikke, kanskje 30"). The value is
    an int when whole. Notes: "note-range-low"/"-middle"/"-high" (args low, high,
    value) for a range, "note-at-least"/"note-at-most" (args value) for a bound,
    the numbers written out in `language`.
    """
    guess = guess_in(text)
    reading = read_number(text) or (read_number(guess) if guess else None)
    example = {"example": question.example or question.minimum or 1}
    if reading is None:
        negative = _negative(question, text)
        if negative is not None:
            return negative
        key = "error-not-a-number-or-percent" if question.percent else "error-not-a-number"
        return Invalid(key, example)
    if reading.percent and not question.percent:
        return Invalid("error-no-percent", example)
    if not question.decimals and not (_whole(reading.low) and _whole(reading.high)):
        return Invalid("error-not-whole-number", example)
    value = _pick(question, reading)
    out_of_range = _out_of_range(question, value)
    if out_of_range is not None:
        return out_of_range
    return Parsed(as_value(value), _number_note(question, reading, value, language))


def _whole(number: Decimal) -> bool:
    return number == number.to_integral_value()


def _pick(question: Question, reading: Reading) -> Decimal:
    """The end of a range the question wants; the middle of two whole numbers is
    whole on a whole-number question (rounded down: "30-35" is 32)."""
    if question.range_pick == "low":
        return reading.low
    if question.range_pick == "high":
        return reading.high
    middle = (reading.low + reading.high) / 2
    return middle if question.decimals else middle.to_integral_value(ROUND_FLOOR)


def _negative(question: Question, text: str) -> Invalid | None:
    """ "-5" to a question from 0 up: out of range, which says more than "not a number"."""
    typed = folded(text)
    if not typed.startswith(("-", "−")) or question.minimum is None:
        return None
    reading = read_number(typed[1:])
    if reading is None or reading.is_range or reading.bound:
        return None
    return _out_of_range(question, -reading.low)


def _out_of_range(question: Question, number: Decimal) -> Invalid | None:
    low, high = question.minimum, question.maximum
    if (low is not None and number < low) or (high is not None and number > high):
        return Invalid(
            "error-out-of-range", {"minimum": low or 0, "maximum": high or as_value(number)}
        )
    return None


# "20 %" in bokmål (with a no-break space), "20%" in English.
_PERCENT_SIGN = {"nb": "\u00a0%", "en": "%"}


def _number_note(
    question: Question, reading: Reading, value: Decimal, language: Language
) -> Note | None:
    def shown(number: Decimal) -> str:
        written = str(format_decimal(number, locale=BABEL_LOCALE[language]))
        return written + (_PERCENT_SIGN[language] if reading.percent else "")

    if reading.bound is not None:
        return Note(f"note-{reading.bound}", {"value": shown(value)})
    if not reading.is_range:
        return None
    ends = {"low": shown(reading.low), "high": shown(reading.high), "value": shown(value)}
    return Note(f"note-range-{question.range_pick}", ends)


# -- dates ----------------------------------------------------------------------------


def parse_date(text: str, today: date, language: Language) -> Parsed | Invalid:
    """A deadline after `today` (see `parse_deadline`), stored as an ISO date, with the
    note "ack-date" saying the day back with its weekday (arg date: "fredag 21. juni 2027")."""
    found = parse_deadline(text, today, language)
    guess = guess_in(text) if isinstance(found, Invalid) else None
    if guess is not None:
        second = parse_deadline(guess, today, language)
        found = second if not isinstance(second, Invalid) else found
    if isinstance(found, Invalid):
        return found
    shown = format_day_with_weekday(language, date.fromisoformat(found))
    return Parsed(found, Note("ack-date", {"date": shown}))
