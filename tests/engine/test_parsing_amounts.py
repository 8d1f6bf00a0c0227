"""Amounts as people type them, in bokmål and English: the SMART goal's numbers."""

from __future__ import annotations

from datetime import date

import pytest

from conversations.flow import GOAL, PERSONA, Kind, Question
from conversations.parsing import (
    Amount,
    Invalid,
    Note,
    Parsed,
    parse_amount,
    parse_answer,
    parse_number,
)

from .helpers import LANGS

TODAY = date(2026, 11, 26)
AGE = next(q for q in PERSONA.questions if q.id == "age")
BASELINE = next(q for q in GOAL.questions if q.id == "baseline")
TARGET = next(q for q in GOAL.questions if q.id == "target")
HOURS = next(q for q in GOAL.questions if q.id == "hours")


def amount(value: int | float, percent: bool = False) -> Amount:
    return Amount(value, percent)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # Plain and grouped by spaces: ordinary, no-break and narrow no-break.
        ("1500", amount(1500)),
        ("0", amount(0)),
        ("035", amount(35)),
        ("+35", amount(35)),
        ("1 500", amount(1500)),
        ("1\u00a0500", amount(1500)),
        ("1\u202f500", amount(1500)),
        ("12 000", amount(12000)),
        ("1 000 000", amount(1_000_000)),
        ("  1 500  ", amount(1500)),
        # "." or "," followed by exactly three digits groups thousands.
        ("1.500", amount(1500)),
        ("1,500", amount(1500)),
        ("12.345.678", amount(12_345_678)),
        ("1,234,567", amount(1_234_567)),
        # Otherwise it is the decimal mark; with both, the last one is.
        ("1,5", amount(1.5)),
        ("1.5", amount(1.5)),
        ("2,50", amount(2.5)),
        ("0,5", amount(0.5)),
        ("0,500", amount(0.5)),
        ("1,5000", amount(1.5)),
        ("1 500,5", amount(1500.5)),
        ("1.500,5", amount(1500.5)),
        ("1,500.5", amount(1500.5)),
        ("35.0", amount(35)),
        ("1,0", amount(1)),
        # Thousands and millions.
        ("2k", amount(2000)),
        ("2K", amount(2000)),
        ("1,5k", amount(1500)),
        ("1.5k", amount(1500)),
        ("1,5 k", amount(1500)),
        ("1.500k", amount(1500)),
        ("1,2345k", amount(1234.5)),
        ("2 tusen", amount(2000)),
        ("3 thousand", amount(3000)),
        ("1,2 mill", amount(1_200_000)),
        ("1,2 mill.", amount(1_200_000)),
        ("1.2m", amount(1_200_000)),
        ("2 millioner", amount(2_000_000)),
        ("2 million", amount(2_000_000)),
        ("1.5 millions", amount(1_500_000)),
        # Percentages.
        ("20 %", amount(20, True)),
        ("20%", amount(20, True)),
        ("20\u00a0%", amount(20, True)),
        ("20 prosent", amount(20, True)),
        ("20 percent", amount(20, True)),
        ("20 per cent", amount(20, True)),
        ("4,5 %", amount(4.5, True)),
        ("4.5%", amount(4.5, True)),
        ("150 %", amount(150, True)),
        # About.
        ("ca. 1500", amount(1500)),
        ("ca 1 500", amount(1500)),
        ("cirka 200", amount(200)),
        ("omtrent 300", amount(300)),
        ("about 2k", amount(2000)),
        ("around 300", amount(300)),
        ("~20 %", amount(20, True)),
        ("~ 20", amount(20)),
        # A unit, a period, or both: labels that change nothing.
        ("500 følgere", amount(500)),
        ("500 Followers", amount(500)),
        ("1 200 visninger", amount(1200)),
        ("2k views", amount(2000)),
        ("40 kommentarer", amount(40)),
        ("1,2 mill. visninger", amount(1_200_000)),
        ("2 tusen følgere", amount(2000)),
        ("35 år", amount(35)),
        ("35år", amount(35)),
        ("35 år gammel", amount(35)),
        ("35 years", amount(35)),
        ("35 years old", amount(35)),
        ("35 yrs", amount(35)),
        ("3 timer", amount(3)),
        ("3 t", amount(3)),
        ("3h", amount(3)),
        ("2,5 timer", amount(2.5)),
        ("3 hours", amount(3)),
        ("3 timer per uke", amount(3)),
        ("3 timer i uka", amount(3)),
        ("3 timer i uken", amount(3)),
        ("3 hours a week", amount(3)),
        ("3 hours per week", amount(3)),
        ("4 per uke", amount(4)),
        ("4 i uka", amount(4)),
        ("4 a week", amount(4)),
        ("4/uke", amount(4)),
        ("5 ganger i uka", amount(5)),
        ("5 times a week", amount(5)),
        ("10 innlegg i måneden", amount(10)),
        ("300 kr", amount(300)),
        ("ca. 1 500 følgere", amount(1500)),
        # Words, with a scale and a unit as for digits.
        ("tretti", amount(30)),
        ("thirty-five", amount(35)),
        ("fem tusen", amount(5000)),
        ("five thousand", amount(5000)),
        ("tjue prosent", amount(20, True)),
        ("to millioner", amount(2_000_000)),
        ("en halv million", amount(500_000)),
        ("halvannen million", amount(1_500_000)),
        ("fem hundre følgere", amount(500)),
        ("a thousand", amount(1000)),
        ("tusen følgere", amount(1000)),
        ("ingen", amount(0)),
        ("none", amount(0)),
        # Rough: "ish", "or so", "cirka" after the number.
        ("30ish", amount(30)),
        ("30-ish", amount(30)),
        ("30 ish", amount(30)),
        ("5 thousand-ish", amount(5000)),
        ("2kish", amount(2000)),
        ("30 or so", amount(30)),
        ("30 eller så", amount(30)),
        ("30 cirka", amount(30)),
        ("30 +/-", amount(30)),
        ("30 ±", amount(30)),
        ("30, tror jeg", amount(30)),
        ("kanskje 30", amount(30)),
        ("maybe around 30", amount(30)),
        ("sånn ca. 30", amount(30)),
        ("i underkant av 300", amount(300)),
        ("drøyt 300", amount(300)),
        ("roughly 300", amount(300)),
        ("nearly 300", amount(300)),
        ("ca.30", amount(30)),
        ("~20", amount(20)),
    ],
)
def test_amount(typed: str, expected: Amount) -> None:
    found = parse_amount(typed)
    assert found == expected
    assert found is not None
    assert type(found.value) is type(expected.value)


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "mange",
        "k",
        "%",
        "ca.",
        "-5",
        "- 5",
        "\u22125",
        "-20 %",
        "10-20",
        "10 - 20",
        "10–20",
        "10 til 20",
        "10 to 20",
        "1 50",
        "15 00",
        "3 5",
        "1.5.00",
        "1,500,5",
        "1.500,5,5",
        "1,5.000",
        "1234 567",
        "1.",
        ",5",
        "35 katter",
        "500 followers on TikTok",
        "2k %",
        "20 % k",
        "2 mnd",
        "1e5",
        "½",
        # Bounds and ranges are more than one number (`read_number` reads them).
        "300+",
        "over 300",
        "mellom 2 og 3",
        "tjue-tretti",
        "to til tre",
        "30-something",
        "et par",
        "tretti katter",
        "ish",
        "or so",
    ],
)
def test_not_an_amount(typed: str) -> None:
    assert parse_amount(typed) is None


NOT_A_NUMBER = Invalid("error-not-a-number-or-percent", {"example": 500})
TARGET_RANGE = Invalid("error-out-of-range", {"minimum": 0, "maximum": 10**9})
FROM_10 = Note("note-range-low", {"low": "10", "high": "20", "value": "10"})


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("500", Parsed(500)),
        ("1 500", Parsed(1500)),
        ("1,5k", Parsed(1500)),
        ("1,2 mill", Parsed(1_200_000)),
        ("2,5", Parsed(2.5)),
        ("20 %", Parsed(20)),
        ("4,5 %", Parsed(4.5)),
        ("0", Parsed(0)),
        ("1 000 000 000", Parsed(10**9)),
        ("1 000 000 001", TARGET_RANGE),
        ("2000 millioner", TARGET_RANGE),
        ("mange", NOT_A_NUMBER),
        ("-5", TARGET_RANGE),
        ("10-20", Parsed(10, FROM_10)),
        ("", NOT_A_NUMBER),
    ],
)
def test_number_for_a_target(typed: str, expected: Parsed | Invalid) -> None:
    found = parse_number(TARGET, typed, "nb")
    assert found == expected
    if isinstance(found, Parsed) and isinstance(expected, Parsed):
        assert type(found.value) is type(expected.value)


def test_a_number_shows_its_own_example() -> None:
    assert parse_number(BASELINE, "x", "nb") == Invalid(
        "error-not-a-number-or-percent", {"example": 200}
    )
    free = Question("free", Kind.NUMBER, decimals=True, percent=True)
    assert parse_number(free, "x", "nb") == Invalid("error-not-a-number-or-percent", {"example": 1})
    assert parse_number(free, "12,5 %", "nb") == Parsed(12.5)
    assert parse_number(HOURS, "x", "en") == Invalid("error-not-a-number", {"example": 3})


NOT_WHOLE_AGE = Invalid("error-not-whole-number", {"example": 35})
HOURS_NO_PERCENT = Invalid("error-no-percent", {"example": 3})


@pytest.mark.parametrize(
    ("question", "typed", "expected"),
    [
        # Questions with decimals take decimals; a percentage only where it fits ...
        (TARGET, "1,5k", Parsed(1500)),
        (TARGET, "2,5", Parsed(2.5)),
        (TARGET, "20 %", Parsed(20)),
        (TARGET, "500 følgere", Parsed(500)),
        (TARGET, "mange", NOT_A_NUMBER),
        (BASELINE, "1\u202f200", Parsed(1200)),
        (BASELINE, "ingen", Parsed(0)),
        (BASELINE, "ingen følgere", Parsed(0)),
        (BASELINE, "noen få", Invalid("error-not-a-number-or-percent", {"example": 200})),
        (HOURS, "3 timer i uka", Parsed(3)),
        (HOURS, "2,5", Parsed(2.5)),
        (HOURS, "1,5 timer", Parsed(1.5)),
        (HOURS, "halvannen time", Parsed(1.5)),
        (HOURS, "en halvtime", Parsed(0.5)),
        (HOURS, "to og en halv", Parsed(2.5)),
        (HOURS, "20 %", HOURS_NO_PERCENT),
        (HOURS, "81", Invalid("error-out-of-range", {"minimum": 0, "maximum": 80})),
        # ... the others whole numbers only.
        (AGE, "35.5", NOT_WHOLE_AGE),
        (AGE, "trettifem og en halv", NOT_WHOLE_AGE),
        (AGE, "", Invalid("error-empty")),
    ],
)
def test_parse_answer_picks_the_parser(
    question: Question, typed: str, expected: Parsed | Invalid
) -> None:
    assert question.decimals is (question in (TARGET, BASELINE, HOURS))
    assert question.percent is (question in (TARGET, BASELINE))
    for language in LANGS:
        found = parse_answer(question, typed, TODAY, language)
        assert found == expected
        if isinstance(found, Parsed) and isinstance(expected, Parsed):
            assert type(found.value) is type(expected.value)
