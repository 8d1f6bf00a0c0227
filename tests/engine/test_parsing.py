"""The parsers, table-driven: whole numbers, dates in bokmål and English, text."""

from __future__ import annotations

from datetime import date

import pytest

from conversations.flow import GOAL, PERSONA, Kind, Question
from conversations.models import Language
from conversations.parsing import (
    Invalid,
    Note,
    Parsed,
    clean_text,
    parse_answer,
    parse_deadline,
)

TODAY = date(2026, 5, 15)
AGE = next(q for q in PERSONA.questions if q.id == "age")
TARGET = next(q for q in GOAL.questions if q.id == "target")
DEADLINE = next(q for q in GOAL.questions if q.id == "deadline")
# A whole number from 0 to a billion: what a target would be without decimals.
WHOLE = Question("whole", Kind.NUMBER, minimum=0, maximum=10**9, example=500)

NOT_WHOLE_AGE = Invalid("error-not-whole-number", {"example": 35})
NOT_A_NUMBER_AGE = Invalid("error-not-a-number", {"example": 35})
NO_PERCENT_AGE = Invalid("error-no-percent", {"example": 35})
AGE_RANGE = Invalid("error-out-of-range", {"minimum": 10, "maximum": 100})


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("35", Parsed(35)),
        ("35 år", Parsed(35)),
        ("35år", Parsed(35)),
        ("35 years", Parsed(35)),
        ("35 years old", Parsed(35)),
        ("35 Years", Parsed(35)),
        ("35 yrs", Parsed(35)),
        ("+35", Parsed(35)),
        ("035", Parsed(35)),
        ("ca. 35", Parsed(35)),
        ("35,0", Parsed(35)),
        ("10", Parsed(10)),
        ("100", Parsed(100)),
        ("tretti", Parsed(30)),
        ("thirty", Parsed(30)),
        ("thirty-five", Parsed(35)),
        ("35?", Parsed(35)),
        ("9", AGE_RANGE),
        ("5", AGE_RANGE),
        ("101", AGE_RANGE),
        ("150", AGE_RANGE),
        ("1 500", AGE_RANGE),
        ("1,5k", AGE_RANGE),
        # A negative age is out of range, which says more than "not a number".
        ("-35", AGE_RANGE),
        ("35.5", NOT_WHOLE_AGE),
        ("35,5", NOT_WHOLE_AGE),
        ("35 %", NO_PERCENT_AGE),
        ("35 katter", NOT_A_NUMBER_AGE),
        ("år", NOT_A_NUMBER_AGE),
        ("3 5", NOT_A_NUMBER_AGE),
        ("", Invalid("error-empty")),
    ],
)
def test_whole_number_for_an_age(typed: str, expected: Parsed | Invalid) -> None:
    assert parse_answer(AGE, typed, TODAY, "nb") == expected


NOT_WHOLE = Invalid("error-not-whole-number", {"example": 500})
NOT_A_NUMBER = Invalid("error-not-a-number", {"example": 500})
WHOLE_RANGE = Invalid("error-out-of-range", {"minimum": 0, "maximum": 1_000_000_000})


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1500", Parsed(1500)),
        ("1 500", Parsed(1500)),
        ("1.500", Parsed(1500)),
        ("1,500", Parsed(1500)),
        ("12 000", Parsed(12000)),
        ("1 000 000", Parsed(1_000_000)),
        ("1 000 000 000", Parsed(1_000_000_000)),
        ("1", Parsed(1)),
        ("0", Parsed(0)),
        ("1 000 000 001", WHOLE_RANGE),
        ("1 50", NOT_A_NUMBER),
        ("15 00", NOT_A_NUMBER),
        ("1,5", NOT_WHOLE),
        ("1.5", NOT_WHOLE),
        ("20 %", Invalid("error-no-percent", {"example": 500})),
        ("1,5k", Parsed(1500)),
        # A unit is a label; a word that is not one makes it no number.
        ("500 followers", Parsed(500)),
        ("500 følgere i måneden", Parsed(500)),
        ("500 katter", NOT_A_NUMBER),
        ("mange", NOT_A_NUMBER),
    ],
)
def test_whole_number_without_decimals(typed: str, expected: Parsed | Invalid) -> None:
    assert parse_answer(WHOLE, typed, TODAY, "en") == expected


def test_a_number_without_bounds_or_example() -> None:
    free = Question("free", Kind.NUMBER)
    assert parse_answer(free, "12 345", TODAY, "nb") == Parsed(12345)
    assert parse_answer(free, "x", TODAY, "nb") == Invalid("error-not-a-number", {"example": 1})
    # Without a minimum a minus sign is no number (nothing to be out of range of).
    assert parse_answer(free, "-5", TODAY, "nb") == Invalid("error-not-a-number", {"example": 1})


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


LATE_TODAY = date(2026, 11, 26)


@pytest.mark.parametrize(
    ("language", "typed", "expected"),
    [
        ("nb", "1. mars 2027", "2027-03-01"),
        ("nb", "01.03.2027", "2027-03-01"),
        ("nb", "1.3.27", "2027-03-01"),
        ("nb", "2027-03-01", "2027-03-01"),
        ("nb", "1. mars", "2027-03-01"),
        ("nb", "om tre måneder", "2027-02-26"),
        ("nb", "om 3 mnd", "2027-02-26"),
        ("nb", "om 3 mnd.", "2027-02-26"),
        ("nb", "om seks uker", "2027-01-07"),
        ("nb", "om to uker", "2026-12-10"),
        ("nb", "om en måned", "2026-12-26"),
        ("nb", "om et halvt år", "2027-05-26"),
        ("nb", "om ett halvt år", "2027-05-26"),
        ("nb", "om et halvår", "2027-05-26"),
        ("nb", "om halvannet år", "2028-05-26"),
        ("nb", "om ett år", "2027-11-26"),
        ("nb", "om 1 år", "2027-11-26"),
        ("nb", "neste måned", "2026-12-26"),
        ("nb", "neste år", "2027-11-26"),
        ("nb", "innen 1. mars", "2027-03-01"),
        ("nb", "innen tre måneder", "2027-02-26"),
        ("nb", "i løpet av et halvt år", "2027-05-26"),
        ("nb", "før 1. mars 2027", "2027-03-01"),
        ("nb", "innen sommeren", "2027-06-21"),
        ("nb", "til sommeren", "2027-06-21"),
        ("nb", "Før sommerferien", "2027-06-21"),
        ("nb", "til sommeren 2028", "2028-06-21"),
        ("nb", "innen jul", "2026-12-24"),
        ("nb", "til jul", "2026-12-24"),
        ("nb", "til jula", "2026-12-24"),
        ("nb", "innen jul 2027", "2027-12-24"),
        ("nb", "jul 2027", "2027-12-24"),
        ("nb", "innen nyttår", "2026-12-31"),
        ("nb", "til nyttår", "2026-12-31"),
        ("nb", "innen utgangen av året", "2026-12-31"),
        ("nb", "slutten av året", "2026-12-31"),
        ("nb", "innen årsskiftet", "2026-12-31"),
        ("nb", "slutten av mars", "2027-03-31"),
        ("nb", "innen utgangen av mars", "2027-03-31"),
        ("nb", "ultimo mars", "2027-03-31"),
        ("nb", "slutten av februar 2028", "2028-02-29"),
        ("nb", "slutten av neste måned", "2026-12-31"),
        ("nb", "slutten av måneden", "2026-11-30"),
        # Easter Sunday moves: 28 March in 2027. "Nyttår 2027" could be either end of 2027.
        ("nb", "til påske", "2027-03-28"),
        ("nb", "innen nyttår 2027", NOT_A_DATE),
        ("nb", "slutten av 1. mars", NOT_A_DATE),
        ("nb", "innen 2027", NOT_A_DATE),
        ("nb", "12", NOT_A_DATE),
        ("nb", "2027", NOT_A_DATE),
        ("nb", "til sommeren 2026", IN_THE_PAST),
        ("nb", "slutten av oktober 2026", IN_THE_PAST),
        ("en", "in six weeks", "2027-01-07"),
        ("en", "in 3 months", "2027-02-26"),
        ("en", "in a month", "2026-12-26"),
        ("en", "in half a year", "2027-05-26"),
        ("en", "in a year", "2027-11-26"),
        ("en", "within 3 months", "2027-02-26"),
        ("en", "next month", "2026-12-26"),
        ("en", "by summer", "2027-06-21"),
        ("en", "by the summer", "2027-06-21"),
        ("en", "by Christmas", "2026-12-24"),
        ("en", "before Christmas 2027", "2027-12-24"),
        ("en", "by New Year’s Eve", "2026-12-31"),
        ("en", "by the end of the year", "2026-12-31"),
        ("en", "end of year", "2026-12-31"),
        ("en", "March 1, 2027", "2027-03-01"),
        ("en", "1 March 2027", "2027-03-01"),
        ("en", "by 1 March 2027", "2027-03-01"),
        ("en", "end of March", "2027-03-31"),
        ("en", "by the end of March", "2027-03-31"),
        ("en", "end of 2027", "2027-12-31"),
        ("en", "end of the month", "2026-11-30"),
        ("en", "end of November", "2026-11-30"),
        # To the English bot "Jul 2027" is July; "jul" alone is Christmas.
        ("en", "Jul 2027", "2027-07-26"),
        ("en", "by Easter", "2027-03-28"),
        ("en", "end of 12", NOT_A_DATE),
        ("en", "12", NOT_A_DATE),
        ("en", "2027", NOT_A_DATE),
        ("en", "by summer 2026", IN_THE_PAST),
        # Norwegian typed to the English bot, and the other way round.
        ("en", "innen sommeren", "2027-06-21"),
        ("en", "til jul", "2026-12-24"),
        ("nb", "by Christmas", "2026-12-24"),
    ],
)
def test_deadline_in_words(language: Language, typed: str, expected: str | Invalid) -> None:
    assert parse_deadline(typed, LATE_TODAY, language) == expected


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize(
    ("typed", "today", "expected"),
    [
        # The next one after today: on the day itself, the one a year later.
        ("til jul", date(2026, 12, 23), "2026-12-24"),
        ("til jul", date(2026, 12, 24), "2027-12-24"),
        ("til jul", date(2026, 12, 25), "2027-12-24"),
        ("innen sommeren", date(2026, 6, 20), "2026-06-21"),
        ("innen sommeren", date(2026, 6, 21), "2027-06-21"),
        ("by summer", date(2026, 7, 15), "2027-06-21"),
        ("innen nyttår", date(2026, 12, 30), "2026-12-31"),
        ("innen nyttår", date(2026, 12, 31), "2027-12-31"),
        ("end of November", date(2026, 11, 29), "2026-11-30"),
        ("end of November", date(2026, 11, 30), "2027-11-30"),
    ],
)
def test_a_season_is_the_next_one(
    language: Language, typed: str, today: date, expected: str
) -> None:
    assert parse_deadline(typed, today, language) == expected


TOPIC = Question("topic", Kind.TEXT, max_length=10)


@pytest.mark.parametrize(
    ("question", "typed", "expected"),
    [
        (TOPIC, "Bakeri", Parsed("Bakeri")),
        (TOPIC, "  Bakeri \n", Parsed("Bakeri")),
        (TOPIC, "1234567890", Parsed("1234567890")),
        (TOPIC, "12345678901", Invalid("error-too-long", {"limit": 10, "length": 11})),
        (TOPIC, "", Invalid("error-empty")),
        (TOPIC, " \t\n ", Invalid("error-empty")),
        (TOPIC, "\u0000\u0007", Invalid("error-empty")),
        (TOPIC, "Ba\u0000keri", Parsed("Bakeri")),
        (TOPIC, "to\nlinjer", Parsed("to\nlinjer")),
        # A no-break space, pasted or as the bot itself writes "1 500", is a space.
        (TOPIC, "Ny\u00a0og\u202fgod", Parsed("Ny og god")),
        (TARGET, "1\u00a0500", Parsed(1500)),
        (TARGET, "1\u202f500", Parsed(1500)),
        (AGE, " 35 år ", Parsed(35)),
        (AGE, "   ", Invalid("error-empty")),
        (DEADLINE, "", Invalid("error-empty")),
        (
            DEADLINE,
            "2027-03-01",
            Parsed("2027-03-01", Note("ack-date", {"date": "mandag 1. mars 2027"})),
        ),
    ],
)
def test_parse_answer(question: Question, typed: str, expected: object) -> None:
    assert parse_answer(question, typed, TODAY, "nb") == expected


def test_length_is_counted_after_cleaning() -> None:
    assert parse_answer(TOPIC, "   1234567890   ", TODAY, "en") == Parsed("1234567890")


def test_clean_text_keeps_letters_emoji_and_line_breaks() -> None:
    assert clean_text("  Blåbær 🍓\nå\tø  ") == "Blåbær 🍓\nå\tø"
    assert clean_text("a\u200bb") == "ab"
    assert clean_text("a\u0007b\rc\u2028d") == "abc d"  # control characters; a line separator
