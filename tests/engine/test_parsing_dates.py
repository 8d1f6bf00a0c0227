"""Deadlines in words, bokmål and English: weeks, Easter, seasons, counts in words.

The older forms ("1. mars 2027", "innen sommeren", "end of March") are in
test_parsing.py; these tables add what dates.py reads itself.
"""

from __future__ import annotations

from datetime import date

import pytest

from conversations.dates import format_day_with_weekday, parse_deadline
from conversations.flow import GOAL
from conversations.models import Language
from conversations.parsing import Invalid, Note, Parsed, Unsure, parse_answer

# A Friday in week 20, before the summer; Easter 2026 (5 April) is past.
TODAY = date(2026, 5, 15)
NOT_A_DATE = Invalid("error-not-a-date")
IN_THE_PAST = Invalid("error-date-in-past")
DEADLINE = next(q for q in GOAL.questions if q.id == "deadline")


@pytest.mark.parametrize(
    ("language", "typed", "expected"),
    [
        # So many days, weeks, months or years ahead, in digits or words.
        ("nb", "om et år", "2027-05-15"),
        ("nb", "om ett år", "2027-05-15"),
        ("nb", "om 1 år", "2027-05-15"),
        ("nb", "om to år", "2028-05-15"),
        ("nb", "om et års tid", "2027-05-15"),
        ("nb", "om to uker", "2026-05-29"),
        ("nb", "om 2 uker", "2026-05-29"),
        ("nb", "om ei uke", "2026-05-22"),
        ("nb", "om en uke", "2026-05-22"),
        ("nb", "om tre ukers tid", "2026-06-05"),
        ("nb", "om tolv uker", "2026-08-07"),
        ("nb", "om tre måneder", "2026-08-15"),
        ("nb", "om tre mnd", "2026-08-15"),
        ("nb", "om seks måneders tid", "2026-11-15"),
        ("nb", "om tjue dager", "2026-06-04"),
        ("nb", "om ti dager", "2026-05-25"),
        ("nb", "om halvannet år", "2027-11-15"),
        ("nb", "om 1,5 år", "2027-11-15"),
        ("nb", "innen tre måneder", "2026-08-15"),
        ("nb", "i løpet av to uker", "2026-05-29"),
        ("nb", "tre måneder fra nå", "2026-08-15"),
        ("en", "in a year", "2027-05-15"),
        ("en", "in one year", "2027-05-15"),
        ("en", "in two years", "2028-05-15"),
        ("en", "in two weeks", "2026-05-29"),
        ("en", "in a week", "2026-05-22"),
        ("en", "in twelve weeks", "2026-08-07"),
        ("en", "in three months", "2026-08-15"),
        ("en", "in 10 days", "2026-05-25"),
        ("en", "within two weeks", "2026-05-29"),
        ("en", "3 months from now", "2026-08-15"),
        ("en", "in 1.5 years", "2027-11-15"),
        # ISO weeks: the Friday, the next such one after today.
        ("nb", "uke 12", "2027-03-26"),
        ("nb", "innen uke 12", "2027-03-26"),
        ("nb", "i uke 12", "2027-03-26"),
        ("nb", "uke 21", "2026-05-22"),
        ("nb", "uke 40", "2026-10-02"),
        ("nb", "uke 12 2028", "2028-03-24"),
        ("nb", "uke 12, 2028", "2028-03-24"),
        ("nb", "neste uke", "2026-05-22"),
        ("nb", "innen neste uke", "2026-05-22"),
        ("en", "week 12", "2027-03-26"),
        ("en", "by week 12", "2027-03-26"),
        ("en", "week 12 of 2028", "2028-03-24"),
        ("en", "wk 40", "2026-10-02"),
        ("en", "next week", "2026-05-22"),
        ("en", "by the end of next week", "2026-05-22"),
        # Week 20 is this week and today is its Friday: next year's week 20.
        ("nb", "uke 20", "2027-05-21"),
        ("nb", "uke 0", NOT_A_DATE),
        ("nb", "uke 54", NOT_A_DATE),
        ("en", "week 12 of 2025", IN_THE_PAST),
        # Summer: 21 June; "neste sommer" is next year's, "i sommer" this year's.
        ("nb", "neste sommer", "2027-06-21"),
        ("nb", "til neste sommer", "2027-06-21"),
        ("nb", "i sommer", "2026-06-21"),
        ("nb", "til sommeren", "2026-06-21"),
        ("en", "next summer", "2027-06-21"),
        ("en", "by next summer", "2027-06-21"),
        ("en", "this summer", "2026-06-21"),
        ("en", "by the summer holidays", "2026-06-21"),
        # After the summer holidays: 15 August, when schools start.
        ("nb", "etter sommerferien", "2026-08-15"),
        ("nb", "etter sommeren", "2026-08-15"),
        ("nb", "til skolestart", "2026-08-15"),
        ("en", "after the summer holidays", "2026-08-15"),
        ("en", "after summer", "2026-08-15"),
        ("en", "after the summer break", "2026-08-15"),
        ("nb", "etter sommerferien 2027", "2027-08-15"),
        # Easter Sunday, the next one: 28 March 2027.
        ("nb", "påske", "2027-03-28"),
        ("nb", "til påske", "2027-03-28"),
        ("nb", "innen påske", "2027-03-28"),
        ("nb", "før påske", "2027-03-28"),
        ("nb", "til påsken", "2027-03-28"),
        ("nb", "til påskeferien", "2027-03-28"),
        ("nb", "påske 2028", "2028-04-16"),
        ("nb", "neste påske", "2027-03-28"),
        ("nb", "i påska", IN_THE_PAST),
        ("en", "Easter", "2027-03-28"),
        ("en", "by Easter", "2027-03-28"),
        ("en", "before Easter", "2027-03-28"),
        ("en", "by the Easter holidays", "2027-03-28"),
        ("en", "Easter 2028", "2028-04-16"),
        # Autumn and spring begin at the equinoxes.
        ("nb", "til høsten", "2026-09-22"),
        ("nb", "i høst", "2026-09-22"),
        ("nb", "innen høsten 2027", "2027-09-22"),
        ("nb", "til våren", "2027-03-20"),
        ("nb", "neste vår", "2027-03-20"),
        ("en", "by autumn", "2026-09-22"),
        ("en", "by the fall", "2026-09-22"),
        ("en", "by spring", "2027-03-20"),
        # Christmas and the year's end.
        ("nb", "neste jul", "2027-12-24"),
        ("nb", "i jul", "2026-12-24"),
        ("nb", "innen i år", "2026-12-31"),
        ("en", "next Christmas", "2027-12-24"),
        ("en", "by this year", "2026-12-31"),
        # A month alone: its last day, the next one after today.
        ("nb", "mars", "2027-03-31"),
        ("nb", "innen mars", "2027-03-31"),
        ("nb", "i mars", "2027-03-31"),
        ("nb", "til september", "2026-09-30"),
        ("nb", "mai", "2026-05-31"),
        ("nb", "juni 2027", "2027-06-30"),
        ("nb", "i løpet av oktober", "2026-10-31"),
        ("nb", "april", "2027-04-30"),
        ("en", "March", "2027-03-31"),
        ("en", "by May", "2026-05-31"),
        ("en", "in June 2027", "2027-06-30"),
        ("en", "by September", "2026-09-30"),
        ("en", "Sept", "2026-09-30"),
        # Weekdays and the day after tomorrow.
        ("nb", "fredag", "2026-05-22"),
        ("nb", "innen fredag", "2026-05-22"),
        ("nb", "neste fredag", "2026-05-22"),
        ("nb", "på mandag", "2026-05-18"),
        ("nb", "i overmorgen", "2026-05-17"),
        ("en", "by Friday", "2026-05-22"),
        ("en", "next Monday", "2026-05-18"),
        ("en", "the day after tomorrow", "2026-05-17"),
        # A guess, a question mark, capitals.
        ("nb", "ca. 1. mars", "2027-03-01"),
        ("nb", "kanskje til sommeren", "2026-06-21"),
        ("nb", "Til påske?", "2027-03-28"),
        ("en", "maybe by Easter", "2027-03-28"),
        ("en", "around 1 March 2027", "2027-03-01"),
        # Still not dates.
        ("nb", "en gang", NOT_A_DATE),
        ("nb", "om noen uker", NOT_A_DATE),
        ("nb", "uke", NOT_A_DATE),
        ("en", "in a while", NOT_A_DATE),
        ("en", "some day", NOT_A_DATE),
    ],
)
def test_deadline_forms(language: Language, typed: str, expected: str | Invalid) -> None:
    assert parse_deadline(typed, TODAY, language) == expected


MIDSUMMER = date(2026, 7, 15)  # a Wednesday in the summer holidays
BEFORE_EASTER = date(2027, 3, 25)  # Maundy Thursday, in week 12; Easter Sunday is 28 March


@pytest.mark.parametrize(
    ("today", "typed", "expected"),
    [
        # In the middle of the summer.
        (MIDSUMMER, "i sommer", "2026-08-15"),
        (MIDSUMMER, "this summer", "2026-08-15"),
        (MIDSUMMER, "til sommeren", "2027-06-21"),
        (MIDSUMMER, "neste sommer", "2027-06-21"),
        (MIDSUMMER, "etter sommerferien", "2026-08-15"),
        (MIDSUMMER, "after the summer holidays", "2026-08-15"),
        (MIDSUMMER, "til påske", "2027-03-28"),
        (MIDSUMMER, "om to uker", "2026-07-29"),
        (MIDSUMMER, "neste uke", "2026-07-24"),
        (MIDSUMMER, "denne uka", "2026-07-17"),
        (MIDSUMMER, "this week", "2026-07-17"),
        (MIDSUMMER, "uke 29", "2026-07-17"),
        (MIDSUMMER, "juli", "2026-07-31"),
        (MIDSUMMER, "til høsten", "2026-09-22"),
        (date(2026, 8, 15), "etter sommerferien", "2027-08-15"),
        (date(2026, 8, 20), "i sommer", IN_THE_PAST),
        (date(2026, 10, 15), "i høst", "2026-12-20"),
        # Just before Easter.
        (BEFORE_EASTER, "til påske", "2027-03-28"),
        (BEFORE_EASTER, "by Easter", "2027-03-28"),
        (BEFORE_EASTER, "i påsken", "2027-03-28"),
        (BEFORE_EASTER, "neste påske", "2028-04-16"),
        (BEFORE_EASTER, "uke 12", "2027-03-26"),
        (BEFORE_EASTER, "week 12", "2027-03-26"),
        (BEFORE_EASTER, "uke 11", "2028-03-17"),
        (BEFORE_EASTER, "mars", "2027-03-31"),
        (BEFORE_EASTER, "til våren", "2028-03-20"),
        (BEFORE_EASTER, "i vår", "2027-06-20"),
        (BEFORE_EASTER, "neste sommer", "2028-06-21"),
        (BEFORE_EASTER, "i sommer", "2027-06-21"),
        (date(2027, 3, 28), "til påske", "2028-04-16"),
        (date(2027, 3, 27), "til påske", "2027-03-28"),
        (date(2026, 3, 26), "uke 53", "2027-01-01"),  # 2026 has 53 ISO weeks
        (date(2027, 3, 26), "uke 53", NOT_A_DATE),  # 2027 and 2028 have 52
        (date(2028, 2, 28), "om en måned", "2028-03-28"),
        (date(2027, 1, 31), "om en måned", "2027-02-28"),
    ],
)
def test_deadline_depends_on_today(today: date, typed: str, expected: str | Invalid) -> None:
    for language in ("nb", "en"):
        assert parse_deadline(typed, today, language) == expected


@pytest.mark.parametrize(
    ("language", "day", "shown"),
    [
        ("nb", date(2027, 6, 21), "mandag 21. juni 2027"),
        ("nb", date(2027, 3, 26), "fredag 26. mars 2027"),
        ("nb", date(2026, 12, 24), "torsdag 24. desember 2026"),
        ("en", date(2027, 6, 21), "Monday 21 June 2027"),
        ("en", date(2027, 3, 26), "Friday 26 March 2027"),
        ("en", date(2026, 12, 24), "Thursday 24 December 2026"),
    ],
)
def test_the_day_is_said_with_its_weekday(language: Language, day: date, shown: str) -> None:
    assert format_day_with_weekday(language, day) == shown


@pytest.mark.parametrize(
    ("language", "typed", "value", "shown"),
    [
        ("nb", "til påske", "2027-03-28", "søndag 28. mars 2027"),
        ("nb", "uke 12", "2027-03-26", "fredag 26. mars 2027"),
        ("nb", "1. mars 2027", "2027-03-01", "mandag 1. mars 2027"),
        ("en", "by Easter", "2027-03-28", "Sunday 28 March 2027"),
        ("en", "next summer", "2027-06-21", "Monday 21 June 2027"),
        ("en", "2027-03-01", "2027-03-01", "Monday 1 March 2027"),
        # A guess next to a "don't know" is taken, and said back like any date.
        ("nb", "vet ikke, kanskje til jul", "2026-12-24", "torsdag 24. desember 2026"),
        ("en", "not sure, maybe Easter", "2027-03-28", "Sunday 28 March 2027"),
    ],
)
def test_a_deadline_answer_says_the_day_back(
    language: Language, typed: str, value: str, shown: str
) -> None:
    assert parse_answer(DEADLINE, typed, TODAY, language) == Parsed(
        value, Note("ack-date", {"date": shown})
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("vet ikke", Unsure()),
        ("not sure", Unsure()),
        ("snart", NOT_A_DATE),
        ("1. mars 2020", IN_THE_PAST),
        ("", Invalid("error-empty")),
    ],
)
def test_a_deadline_answer_that_is_no_date(typed: str, expected: object) -> None:
    assert parse_answer(DEADLINE, typed, TODAY, "nb") == expected
