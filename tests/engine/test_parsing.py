"""The parsers, table-driven: whole numbers, dates in bokmål and English, text."""

from __future__ import annotations

from datetime import date

import pytest

from conversations.flow import GOAL, PERSONA, Kind, Question
from conversations.models import Language
from conversations.parsing import (
    Invalid,
    clean_text,
    parse_answer,
    parse_deadline,
    parse_whole_number,
)

TODAY = date(2026, 5, 15)
AGE = next(q for q in PERSONA.questions if q.id == "age")
TARGET = next(q for q in GOAL.questions if q.id == "target")
DEADLINE = next(q for q in GOAL.questions if q.id == "deadline")

NOT_WHOLE_AGE = Invalid("error-not-whole-number", {"example": 35})
AGE_RANGE = Invalid("error-out-of-range", {"minimum": 10, "maximum": 100})


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("35", 35),
        ("35 år", 35),
        ("35år", 35),
        ("35 years", 35),
        ("35 years old", 35),
        ("35 Years", 35),
        ("35 yrs", 35),
        ("+35", 35),
        ("035", 35),
        ("10", 10),
        ("100", 100),
        ("9", AGE_RANGE),
        ("5", AGE_RANGE),
        ("101", AGE_RANGE),
        ("150", AGE_RANGE),
        ("1 500", AGE_RANGE),
        ("tretti", NOT_WHOLE_AGE),
        ("thirty", NOT_WHOLE_AGE),
        ("35.5", NOT_WHOLE_AGE),
        ("35,5", NOT_WHOLE_AGE),
        ("-35", NOT_WHOLE_AGE),
        ("35 katter", NOT_WHOLE_AGE),
        ("år", NOT_WHOLE_AGE),
        ("3 5", NOT_WHOLE_AGE),
        ("", NOT_WHOLE_AGE),
    ],
)
def test_whole_number_for_an_age(typed: str, expected: int | Invalid) -> None:
    assert parse_whole_number(AGE, typed) == expected


NOT_WHOLE_TARGET = Invalid("error-not-whole-number", {"example": 500})
TARGET_RANGE = Invalid("error-out-of-range", {"minimum": 1, "maximum": 1_000_000_000})


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1500", 1500),
        ("1 500", 1500),
        ("1.500", 1500),
        ("1,500", 1500),
        ("12 000", 12000),
        ("1 000 000", 1_000_000),
        ("1 000 000 000", 1_000_000_000),
        ("1", 1),
        ("0", TARGET_RANGE),
        ("1 000 000 001", TARGET_RANGE),
        ("1 50", NOT_WHOLE_TARGET),
        ("15 00", NOT_WHOLE_TARGET),
        ("1,5", NOT_WHOLE_TARGET),
        ("1.5", NOT_WHOLE_TARGET),
        ("20 %", NOT_WHOLE_TARGET),
        ("1,5k", 1500),
        # A unit is a label; a word that is not one makes it no number.
        ("500 followers", 500),
        ("500 følgere i måneden", 500),
        ("500 katter", NOT_WHOLE_TARGET),
        ("mange", NOT_WHOLE_TARGET),
    ],
)
def test_whole_number_for_a_target(typed: str, expected: int | Invalid) -> None:
    assert parse_whole_number(TARGET, typed) == expected


def test_a_number_without_bounds_or_example() -> None:
    free = Question("free", Kind.NUMBER)
    assert parse_whole_number(free, "12 345") == 12345
    assert parse_whole_number(free, "x") == Invalid("error-not-whole-number", {"example": 1})


NOT_A_DATE = Invalid("error-not-a-date")
IN_THE_PAST = Invalid("error-date-in-past")


@pytest.mark.parametrize(
    ("language", "typed", "expected"),
    [
        ("nb", "1. mars 2027", "2027-03-01"),
        ("nb", "1 mars 2027", "2027-03-01"),
        ("nb", "01.03.2027", "2027-03-01"),
        ("nb", "1.3.2027", "2027-03-01"),
        ("nb", "2027-03-01", "2027-03-01"),
        ("nb", "1. mars", "2027-03-01"),
        ("nb", "om tre måneder", "2026-08-15"),
        ("nb", "om 3 måneder", "2026-08-15"),
        ("nb", "om seks uker", "2026-06-26"),
        ("nb", "i morgen", "2026-05-16"),
        ("nb", "16.05.2026", "2026-05-16"),
        ("nb", "1. mars 2020", IN_THE_PAST),
        ("nb", "14.05.2026", IN_THE_PAST),
        ("nb", "15.05.2026", IN_THE_PAST),
        ("nb", "i dag", IN_THE_PAST),
        ("nb", "12", NOT_A_DATE),
        ("nb", "2027", NOT_A_DATE),
        ("nb", "blah", NOT_A_DATE),
        ("nb", "snart", NOT_A_DATE),
        ("en", "1 March 2027", "2027-03-01"),
        ("en", "March 1, 2027", "2027-03-01"),
        ("en", "1st of March 2027", "2027-03-01"),
        ("en", "01.03.2027", "2027-03-01"),
        ("en", "2027-03-01", "2027-03-01"),
        ("en", "in six weeks", "2026-06-26"),
        ("en", "in 6 weeks", "2026-06-26"),
        ("en", "in three months", "2026-08-15"),
        ("en", "tomorrow", "2026-05-16"),
        ("en", "1 March 2020", IN_THE_PAST),
        ("en", "yesterday", IN_THE_PAST),
        ("en", "today", IN_THE_PAST),
        ("en", "12", NOT_A_DATE),
        ("en", "blah", NOT_A_DATE),
        # Norwegian typed to the English bot, and the other way round.
        ("en", "1. mars 2027", "2027-03-01"),
        ("nb", "March 1, 2027", "2027-03-01"),
    ],
)
def test_deadline(language: Language, typed: str, expected: str | Invalid) -> None:
    assert parse_deadline(typed, TODAY, language) == expected


@pytest.mark.parametrize("language", ["nb", "en"])
def test_deadline_is_relative_to_the_given_day(language: Language) -> None:
    tomorrow = {"nb": "i morgen", "en": "tomorrow"}[language]
    assert parse_deadline(tomorrow, date(2030, 12, 31), language) == "2031-01-01"
    assert parse_deadline("01.03.2027", date(2027, 3, 1), language) == IN_THE_PAST
    assert parse_deadline("01.03.2027", date(2027, 2, 28), language) == "2027-03-01"


TOPIC = Question("topic", Kind.TEXT, max_length=10)


@pytest.mark.parametrize(
    ("question", "typed", "expected"),
    [
        (TOPIC, "Bakeri", "Bakeri"),
        (TOPIC, "  Bakeri \n", "Bakeri"),
        (TOPIC, "1234567890", "1234567890"),
        (TOPIC, "12345678901", Invalid("error-too-long", {"limit": 10, "length": 11})),
        (TOPIC, "", Invalid("error-empty")),
        (TOPIC, " \t\n ", Invalid("error-empty")),
        (TOPIC, "\u0000\u0007", Invalid("error-empty")),
        (TOPIC, "Ba\u0000keri", "Bakeri"),
        (TOPIC, "to\nlinjer", "to\nlinjer"),
        # A no-break space, pasted or as the bot itself writes "1 500", is a space.
        (TOPIC, "Ny\u00a0og\u202fgod", "Ny og god"),
        (TARGET, "1\u00a0500", 1500),
        (TARGET, "1\u202f500", 1500),
        (AGE, " 35 år ", 35),
        (AGE, "   ", Invalid("error-empty")),
        (DEADLINE, "", Invalid("error-empty")),
        (DEADLINE, "2027-03-01", "2027-03-01"),
    ],
)
def test_parse_answer(question: Question, typed: str, expected: object) -> None:
    assert parse_answer(question, typed, TODAY, "nb") == expected


def test_length_is_counted_after_cleaning() -> None:
    assert parse_answer(TOPIC, "   1234567890   ", TODAY, "en") == "1234567890"


def test_clean_text_keeps_letters_emoji_and_line_breaks() -> None:
    assert clean_text("  Blåbær 🍓\nå\tø  ") == "Blåbær 🍓\nå\tø"
    assert clean_text("a\u200bb") == "ab"
