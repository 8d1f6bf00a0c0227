"""Every text the parsers name exists in both languages, with the values they hand it."""

from __future__ import annotations

from datetime import date

import pytest

from conversations.flow import GOAL, PERSONA, Question
from conversations.i18n import has, t
from conversations.models import Language
from conversations.parsing import Invalid, Note, Parsed, parse_answer

from .helpers import LANGS

TODAY = date(2026, 5, 15)
AGE = next(q for q in PERSONA.questions if q.id == "age")
BASELINE = next(q for q in GOAL.questions if q.id == "baseline")
HOURS = next(q for q in GOAL.questions if q.id == "hours")
DEADLINE = next(q for q in GOAL.questions if q.id == "deadline")

# One answer for each text a number or date answer can come with.
CASES = [
    (AGE, "30-35", "note-range-middle"),
    (HOURS, "2-3", "note-range-low"),
    (BASELINE, "300+", "note-at-least"),
    (HOURS, "maks 5", "note-at-most"),
    (DEADLINE, "til påske", "ack-date"),
    (AGE, "tretti katter", "error-not-a-number"),
    (BASELINE, "mange", "error-not-a-number-or-percent"),
    (HOURS, "20 %", "error-no-percent"),
    (AGE, "35,5", "error-not-whole-number"),
    (AGE, "5", "error-out-of-range"),
    (DEADLINE, "snart", "error-not-a-date"),
    (DEADLINE, "1. mars 2020", "error-date-in-past"),
]


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize(("question", "typed", "key"), CASES, ids=[c[2] for c in CASES])
def test_each_note_and_error_renders(
    question: Question, typed: str, key: str, language: Language
) -> None:
    found = parse_answer(question, typed, TODAY, language)
    text = found.note if isinstance(found, Parsed) else found
    assert isinstance(text, Invalid | Note)
    assert text.key == key
    assert has(language, key)
    shown = str(t(language, key, **text.args))
    for value in text.args.values():
        assert str(value) in shown


def test_high_end_note_exists() -> None:
    for language in LANGS:
        shown = str(t(language, "note-range-high", low="2", high="3", value="3"))
        assert "2–3" in shown and "3" in shown


@pytest.mark.parametrize(
    ("language", "typed", "shown"),
    [
        ("nb", "2-3", "Du skrev 2–3, så jeg bruker 2, det laveste."),
        ("en", "2-3", "You wrote 2–3, so I'm using 2, the lower end."),
        ("nb", "1,5-2 timer", "Du skrev 1,5–2, så jeg bruker 1,5, det laveste."),
        ("en", "1.5-2 hours", "You wrote 1.5–2, so I'm using 1.5, the lower end."),
    ],
)
def test_the_hours_note_reads_well(language: Language, typed: str, shown: str) -> None:
    found = parse_answer(HOURS, typed, TODAY, language)
    assert isinstance(found, Parsed) and found.note is not None
    assert str(t(language, found.note.key, **found.note.args)) == shown
