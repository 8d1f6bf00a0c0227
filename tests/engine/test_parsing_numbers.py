"""Numbers in words, ranges and bounds, and how the notes say which value was kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from num2words import num2words

from conversations.flow import GOAL, PERSONA, Kind, Question
from conversations.models import Language
from conversations.numbers import NUMBER_WORDS, Bound, Reading, read_number
from conversations.parsing import Invalid, Note, Parsed, Unsure, parse_answer

TODAY = date(2026, 5, 15)
AGE = next(q for q in PERSONA.questions if q.id == "age")
BASELINE = next(q for q in GOAL.questions if q.id == "baseline")
TARGET = next(q for q in GOAL.questions if q.id == "target")
HOURS = next(q for q in GOAL.questions if q.id == "hours")


def one(value: int | str) -> Reading:
    number = Decimal(value)
    return Reading(number, number)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # Bokmål: num2words' words and the variants people write.
        ("null", 0),
        ("en", 1),
        ("ett", 1),
        ("én", 1),
        ("to", 2),
        ("tre", 3),
        ("fire", 4),
        ("syv", 7),
        ("sju", 7),
        ("ti", 10),
        ("elleve", 11),
        ("tolv", 12),
        ("sytten", 17),
        ("tjue", 20),
        ("tyve", 20),
        ("tjueen", 21),
        ("tjueett", 21),
        ("tjue en", 21),
        ("tjue-en", 21),
        ("enogtjue", 21),
        ("en og tjue", 21),
        ("tjueto", 22),
        ("tjue to", 22),
        ("tjue-to", 22),
        ("toogtjue", 22),
        ("to og tjue", 22),
        ("tjuesju", 27),
        ("tjuesyv", 27),
        ("syvogtjue", 27),
        ("tretti", 30),
        ("tredve", 30),
        ("trettifem", 35),
        ("tredvefem", 35),
        ("femogtretti", 35),
        ("fem og tretti", 35),
        ("førti", 40),
        ("førtiåtte", 48),
        ("femti", 50),
        ("seksti", 60),
        ("sytti", 70),
        ("åtti", 80),
        ("nitti", 90),
        ("nittini", 99),
        ("hundre", 100),
        ("ett hundre", 100),
        ("et hundre", 100),
        ("en hundre", 100),
        ("Tretti", 30),
        ("  TRETTI  ", 30),
        # English.
        ("zero", 0),
        ("one", 1),
        ("seven", 7),
        ("twelve", 12),
        ("twenty", 20),
        ("twenty-one", 21),
        ("twenty one", 21),
        ("twentyone", 21),
        ("thirty-five", 35),
        ("forty", 40),
        ("ninety-nine", 99),
        ("a hundred", 100),
        ("one hundred", 100),
        ("hundred", 100),
        # None at all.
        ("ingen", 0),
        ("none", 0),
    ],
)
def test_number_words(typed: str, expected: int) -> None:
    assert read_number(typed) == one(expected)


@pytest.mark.parametrize("language", ["no", "en"])
def test_every_word_num2words_writes_is_read(language: str) -> None:
    for n in range(101):
        assert NUMBER_WORDS[num2words(n, lang=language)] == n


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("en halv", "0.5"),
        ("ei halv", "0.5"),
        ("et halvt", "0.5"),
        ("a half", "0.5"),
        ("half", "0.5"),
        ("en halvtime", "0.5"),
        ("half an hour", "0.5"),
        ("halvannen", "1.5"),
        ("halvannet", "1.5"),
        ("halvannen time", "1.5"),
        ("en og en halv", "1.5"),
        ("en og ei halv", "1.5"),
        ("one and a half", "1.5"),
        ("to og en halv", "2.5"),
        ("to og en halv time", "2.5"),
        ("two and a half", "2.5"),
        ("two and a half hours", "2.5"),
        ("2 og en halv", "2.5"),
        ("2 and a half", "2.5"),
        ("tre og et halvt år", "3.5"),
        # With a scale.
        ("fem tusen", "5000"),
        ("to hundre", "200"),
        ("five hundred", "500"),
        ("tjue tusen følgere", "20000"),
        ("en million", "1000000"),
        ("a million", "1000000"),
        ("en halv million", "500000"),
        ("halvannen million visninger", "1500000"),
        ("a thousand", "1000"),
        ("tusen", "1000"),
        ("ett tusen", "1000"),
        # With a unit, a period or a percent sign.
        ("tretti år", "30"),
        ("tretti år gammel", "30"),
        ("thirty years old", "30"),
        ("to timer", "2"),
        ("to timer i uka", "2"),
        ("three hours a week", "3"),
        ("fem ganger i uka", "5"),
        ("tjue prosent", "20"),
    ],
)
def test_halves_scales_and_units_in_words(typed: str, expected: str) -> None:
    found = read_number(typed)
    assert found is not None
    assert (found.low, found.high, found.bound) == (Decimal(expected), Decimal(expected), None)


@pytest.mark.parametrize(
    "typed",
    [
        "halvannen og en halv",
        "tjue tjue",
        "to tre",
        "mange",
        "noen",
        "et par",
        "a few",
        "30-something",
        "trettiish år katter",
        "hundre og ett",  # above a hundred only with digits
        "to og tjue og en",
        "-",
        "til",
        "2-",
        "-3",
        "mellom 2",
        "between and 3",
        "over",
        "2 til 3 til 4 katter",
    ],
)
def test_not_a_number(typed: str) -> None:
    assert read_number(typed) is None


def span(low: str, high: str, percent: bool = False) -> Reading:
    return Reading(Decimal(low), Decimal(high), percent)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2-3", span("2", "3")),
        ("2–3", span("2", "3")),
        ("2—3", span("2", "3")),
        ("2 - 3", span("2", "3")),
        ("2 – 3", span("2", "3")),
        ("2 til 3", span("2", "3")),
        ("2 to 3", span("2", "3")),
        ("2 eller 3", span("2", "3")),
        ("2 or 3", span("2", "3")),
        ("mellom 2 og 3", span("2", "3")),
        ("between 2 and 3", span("2", "3")),
        ("fra 2 til 3", span("2", "3")),
        ("from 2 to 3", span("2", "3")),
        ("2-3 timer", span("2", "3")),
        ("2 timer - 3 timer", span("2", "3")),
        ("2-3 timer i uka", span("2", "3")),
        ("2-3 hours a week", span("2", "3")),
        ("ca. 2-3", span("2", "3")),
        ("rundt 2-3 timer", span("2", "3")),
        ("2-3?", span("2", "3")),
        ("3-2", span("2", "3")),
        # In words; "to" is two in bokmål and "to" in English, both are read.
        ("to til tre", span("2", "3")),
        ("to eller tre timer", span("2", "3")),
        ("two to three", span("2", "3")),
        ("two or three hours", span("2", "3")),
        ("en eller to", span("1", "2")),
        ("one or two", span("1", "2")),
        ("tjue-tretti", span("20", "30")),
        ("tjue til tretti år", span("20", "30")),
        ("mellom tjue og tretti", span("20", "30")),
        ("between twenty and thirty", span("20", "30")),
        ("twenty-one to thirty", span("21", "30")),
        ("tjueto-tjuefem", span("22", "25")),
        # Decimals, groups, scales and percentages.
        ("1,5-2", span("1.5", "2")),
        ("2,5-3 timer", span("2.5", "3")),
        ("1 500-2 000", span("1500", "2000")),
        ("1.500-2.000", span("1500", "2000")),
        ("1-2k", span("1000", "2000")),
        ("1k-2k", span("1000", "2000")),
        ("500-2k", span("500", "2000")),
        ("1-2 millioner", span("1000000", "2000000")),
        ("20-30 %", span("20", "30", True)),
        ("20 %-30 %", span("20", "30", True)),
        ("20 til 30 prosent", span("20", "30", True)),
    ],
)
def test_ranges(typed: str, expected: Reading) -> None:
    found = read_number(typed)
    assert found == expected
    assert found is not None and found.is_range


@pytest.mark.parametrize(
    ("typed", "value", "bound"),
    [
        ("300+", "300", "at-least"),
        ("300 +", "300", "at-least"),
        ("300+ følgere", "300", "at-least"),
        ("1,5k+", "1500", "at-least"),
        ("over 300", "300", "at-least"),
        ("mer enn 300", "300", "at-least"),
        ("flere enn 300", "300", "at-least"),
        ("minst 300", "300", "at-least"),
        ("more than 300", "300", "at-least"),
        ("at least 300", "300", "at-least"),
        ("300 eller mer", "300", "at-least"),
        ("300 eller flere", "300", "at-least"),
        ("300 or more", "300", "at-least"),
        ("over tre hundre", "300", "at-least"),
        ("under 5", "5", "at-most"),
        ("mindre enn 5", "5", "at-most"),
        ("opptil 5", "5", "at-most"),
        ("inntil 5 timer", "5", "at-most"),
        ("maks 5", "5", "at-most"),
        ("høyst 5 timer i uka", "5", "at-most"),
        ("up to 5", "5", "at-most"),
        ("at most five", "5", "at-most"),
        ("less than 5 hours", "5", "at-most"),
        ("5 or less", "5", "at-most"),
        ("5 eller mindre", "5", "at-most"),
        ("5 timer maks", "5", "at-most"),
    ],
)
def test_bounds(typed: str, value: str, bound: Bound) -> None:
    assert read_number(typed) == Reading(Decimal(value), Decimal(value), False, bound)


@pytest.mark.parametrize(
    "typed",
    ["litt over 300", "i overkant av 300", "drøyt 300", "just over 300", "nesten 300", "ca. 300"],
)
def test_a_little_over_is_roughly_not_a_bound(typed: str) -> None:
    assert read_number(typed) == one(300)


# -- which value a question keeps, and the note saying so ---------------------------------

LOW = replace(AGE, range_pick="low", id="low")
HIGH = replace(AGE, range_pick="high", id="high")
MIDDLE_DECIMALS = replace(AGE, decimals=True, id="middle_decimals")


def range_note(pick: str, low: str, high: str, value: str) -> Note:
    return Note(f"note-range-{pick}", {"low": low, "high": high, "value": value})


@pytest.mark.parametrize(
    ("question", "typed", "language", "expected"),
    [
        # An age takes the middle, rounded down to a whole number.
        (AGE, "30-40", "nb", Parsed(35, range_note("middle", "30", "40", "35"))),
        (AGE, "30-35", "nb", Parsed(32, range_note("middle", "30", "35", "32"))),
        (AGE, "30 eller 31", "en", Parsed(30, range_note("middle", "30", "31", "30"))),
        (AGE, "tretti til førti", "nb", Parsed(35, range_note("middle", "30", "40", "35"))),
        (AGE, "mellom 25 og 30 år", "nb", Parsed(27, range_note("middle", "25", "30", "27"))),
        (AGE, "between 25 and 30", "en", Parsed(27, range_note("middle", "25", "30", "27"))),
        # With decimals allowed, the middle may be a half.
        (
            MIDDLE_DECIMALS,
            "30-35",
            "nb",
            Parsed(32.5, range_note("middle", "30", "35", "32,5")),
        ),
        (
            MIDDLE_DECIMALS,
            "30-35",
            "en",
            Parsed(32.5, range_note("middle", "30", "35", "32.5")),
        ),
        (LOW, "30-35", "nb", Parsed(30, range_note("low", "30", "35", "30"))),
        (HIGH, "30-35", "nb", Parsed(35, range_note("high", "30", "35", "35"))),
        # Hours and a target take the lower end: no promising more than one has.
        (HOURS, "2-3", "nb", Parsed(2, range_note("low", "2", "3", "2"))),
        (HOURS, "2–3 timer", "en", Parsed(2, range_note("low", "2", "3", "2"))),
        (HOURS, "to til tre timer i uka", "nb", Parsed(2, range_note("low", "2", "3", "2"))),
        (HOURS, "1,5-2", "nb", Parsed(1.5, range_note("low", "1,5", "2", "1,5"))),
        (HOURS, "1.5-2", "en", Parsed(1.5, range_note("low", "1.5", "2", "1.5"))),
        (
            TARGET,
            "1 000-2 000",
            "nb",
            Parsed(1000, range_note("low", "1\u00a0000", "2\u00a0000", "1\u00a0000")),
        ),
        (TARGET, "1-2k", "en", Parsed(1000, range_note("low", "1,000", "2,000", "1,000"))),
        (
            TARGET,
            "20-30 %",
            "nb",
            Parsed(20, range_note("low", "20\u00a0%", "30\u00a0%", "20\u00a0%")),
        ),
        (TARGET, "20-30 %", "en", Parsed(20, range_note("low", "20%", "30%", "20%"))),
        # A baseline, the middle: with decimals, so a half is kept.
        (BASELINE, "200-300", "nb", Parsed(250, range_note("middle", "200", "300", "250"))),
        (BASELINE, "1-2", "en", Parsed(1.5, range_note("middle", "1", "2", "1.5"))),
        # Bounds: the limit given.
        (BASELINE, "300+", "nb", Parsed(300, Note("note-at-least", {"value": "300"}))),
        (BASELINE, "over 300", "en", Parsed(300, Note("note-at-least", {"value": "300"}))),
        (
            BASELINE,
            "over 1500 følgere",
            "nb",
            Parsed(1500, Note("note-at-least", {"value": "1\u00a0500"})),
        ),
        (HOURS, "maks 5 timer", "nb", Parsed(5, Note("note-at-most", {"value": "5"}))),
        (HOURS, "up to 5", "en", Parsed(5, Note("note-at-most", {"value": "5"}))),
        (AGE, "over 30", "nb", Parsed(30, Note("note-at-least", {"value": "30"}))),
        # One number and roughly one number need no note.
        (AGE, "30ish", "en", Parsed(30)),
        (AGE, "ca. 30", "nb", Parsed(30)),
        (AGE, "omtrent 30", "nb", Parsed(30)),
        (AGE, "rundt 30", "nb", Parsed(30)),
        (AGE, "about thirty", "en", Parsed(30)),
        (AGE, "30 or so", "en", Parsed(30)),
        (AGE, "tretti år", "nb", Parsed(30)),
        (AGE, "thirty years old", "en", Parsed(30)),
        (HOURS, "to timer", "nb", Parsed(2)),
        (HOURS, "halvannen", "nb", Parsed(1.5)),
        (HOURS, "en og en halv time", "nb", Parsed(1.5)),
        (HOURS, "two and a half", "en", Parsed(2.5)),
        (HOURS, "a half", "en", Parsed(0.5)),
        (HOURS, "ei halv", "nb", Parsed(0.5)),
        # A guess beside a "don't know" is a guess.
        (AGE, "vet ikke, kanskje 30", "nb", Parsed(30)),
        (AGE, "not sure, maybe 30", "en", Parsed(30)),
        (AGE, "30, men jeg er ikke sikker", "nb", Parsed(30)),
        (HOURS, "2-3, vet ikke helt", "nb", Parsed(2, range_note("low", "2", "3", "2"))),
    ],
)
def test_a_question_keeps_one_value(
    question: Question, typed: str, language: Language, expected: Parsed
) -> None:
    found = parse_answer(question, typed, TODAY, language)
    assert found == expected
    assert isinstance(found, Parsed)
    assert type(found.value) is type(expected.value)


NOT_WHOLE_AGE = Invalid("error-not-whole-number", {"example": 35})
AGE_RANGE = Invalid("error-out-of-range", {"minimum": 10, "maximum": 100})


@pytest.mark.parametrize(
    ("question", "typed", "expected"),
    [
        # A whole-number question takes no halves, in digits or words.
        (AGE, "30,5-35", NOT_WHOLE_AGE),
        (AGE, "trettifem og en halv", NOT_WHOLE_AGE),
        (AGE, "halvannen", NOT_WHOLE_AGE),
        # Percentages only where the question counts them.
        (AGE, "20-30 %", Invalid("error-no-percent", {"example": 35})),
        (HOURS, "20 %", Invalid("error-no-percent", {"example": 3})),
        (HOURS, "tjue prosent", Invalid("error-no-percent", {"example": 3})),
        # The kept value must be in range; the other end does not matter.
        (AGE, "5-9", AGE_RANGE),
        (AGE, "5-15", Parsed(10, range_note("middle", "5", "15", "10"))),
        (AGE, "over 100", Parsed(100, Note("note-at-least", {"value": "100"}))),
        (AGE, "over 101", AGE_RANGE),
        (HOURS, "80-90", Parsed(80, range_note("low", "80", "90", "80"))),
        (HOURS, "81-90", Invalid("error-out-of-range", {"minimum": 0, "maximum": 80})),
        (AGE, "minus 5", Invalid("error-not-a-number", {"example": 35})),
        (AGE, "−35", AGE_RANGE),
        (AGE, "tretti katter", Invalid("error-not-a-number", {"example": 35})),
        (TARGET, "mange", Invalid("error-not-a-number-or-percent", {"example": 500})),
        (HOURS, "litt", Invalid("error-not-a-number", {"example": 3})),
    ],
)
def test_what_a_question_refuses(
    question: Question, typed: str, expected: Parsed | Invalid
) -> None:
    for language in ("nb", "en"):
        assert parse_answer(question, typed, TODAY, language) == expected


@pytest.mark.parametrize("question", [AGE, BASELINE, TARGET, HOURS, Question("free", Kind.NUMBER)])
@pytest.mark.parametrize("typed", ["vet ikke", "aner ikke", "don't know", "?", "usikker"])
def test_a_number_question_can_be_unsure(question: Question, typed: str) -> None:
    assert parse_answer(question, typed, TODAY, "nb") == Unsure()
