"""'Don't know' in bokmål and English: told apart from answers, on every question, with a
text for each question in both catalogs."""

from __future__ import annotations

from datetime import date

import pytest
from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent

from conversations import flow
from conversations.flow import GOAL, PERSONA, Group, Question
from conversations.i18n import LOCALES_DIR, has, t
from conversations.models import Language
from conversations.parsing import Parsed, Unsure, is_unsure, parse_answer
from conversations.unsure import guess_in

from .helpers import LANGS

TODAY = date(2026, 5, 15)

UNSURE = [
    # Bokmål.
    "vet ikke",
    "Vet ikke",
    "vet ikke.",
    "Vet ikke!",
    "vet ikke...",
    "vet ikke …",
    "jeg vet ikke",
    "Jeg vet ikke.",
    "veit ikke",
    "veit ikkje",
    "vet ikke helt",
    "vet ikke helt ennå",
    "jeg vet egentlig ikke",
    "aner ikke",
    "jeg aner ikke",
    "Aner ikke 🤷",
    "ingen anelse",
    "har ingen anelse",
    "null peiling",
    "usikker",
    "Usikker.",
    "litt usikker",
    "jeg er usikker",
    "ikke sikker",
    "ikke helt sikker",
    "jeg er ikke sikker",
    "jeg er ikke helt sikker på det",
    "kommer an på",
    "det kommer an på",
    "det kommer litt an på",
    "vanskelig å si",
    "godt spørsmål",
    "hmm, vet ikke",
    "hmm vet ikke",
    "tja, vet ikke",
    "nei, vet ikke",
    "øh vet ikke",
    "beklager, vet ikke",
    "vet ikke, ærlig talt",
    "har ikke bestemt meg",
    "pass",
    # English.
    "don't know",
    "dont know",
    "don’t know",
    "I don't know",
    "I don’t know.",
    "i dont know",
    "I do not know",
    "not sure",
    "Not sure.",
    "I'm not sure",
    "im not sure",
    "I’m not really sure",
    "not sure yet",
    "no idea",
    "No idea!",
    "I have no idea",
    "no clue",
    "dunno",
    "idk",
    "IDK",
    "unsure",
    "hard to say",
    "it depends",
    "good question",
    "hmm, not sure",
    "um, I don't know",
    "well, I don't know",
    "sorry, no idea",
    "honestly, no idea",
    "to be honest I don't know",
    # Nothing but hesitation, question marks and shrugs.
    "?",
    "??",
    " ? ",
    "hmm",
    "hmm?",
    "tja",
    "🤷",
    "🤷‍♀️",
    "🤷🏽‍♂️",
    "🤔",
]

ANSWERS = [
    # A "don't know" that goes on to say something is an answer.
    "Vet ikke hvor jeg skal begynne med hagen",
    "vet ikke om jeg rekker det",
    "Jeg vet ikke hva jeg skal poste, det er problemet",
    "ikke sikker på at det holder, men bakeri",
    "usikre foreldre",
    "Folk som er usikre på seg selv",
    "det kommer an på været, men helst turer",
    "I don't know how to start a garden",
    "Not sure what to post is their problem",
    "people who have no idea where to start",
    "depends on the weather",
    # Plain answers, and fillers that are no "don't know".
    "Bakeri",
    "Kari",
    "35",
    "vet",
    "ikke",
    "nei",
    "ja",
    "no",
    "sorry",
    "ok",
    "hm, bakeri",
    "Pass på pengene",
    "1. mars?",
    "30?",
]


@pytest.mark.parametrize("typed", UNSURE)
def test_unsure(typed: str) -> None:
    assert is_unsure(typed)


@pytest.mark.parametrize("typed", ANSWERS)
def test_not_unsure(typed: str) -> None:
    assert not is_unsure(typed)


@pytest.mark.parametrize(
    ("typed", "guess"),
    [
        ("vet ikke, kanskje 30", "kanskje 30"),
        ("vet ikke - kanskje 30", "kanskje 30"),
        ("vet ikke... 30?", "30?"),
        ("usikker, men 30", "30"),
        ("not sure, maybe 30", "maybe 30"),
        ("no idea, but around 30", "around 30"),
        ("30, men jeg er ikke sikker", "30"),
        ("1,5, vet ikke", "1,5"),
        ("30 but not sure", "30"),
        ("30", None),
        ("vet ikke", None),
        ("kanskje 30, kanskje 40", None),
    ],
)
def test_a_guess_beside_a_dont_know(typed: str, guess: str | None) -> None:
    assert guess_in(typed) == guess


def every_question() -> list[tuple[Question, Group | None]]:
    groups = {id(question): group for group in (PERSONA, GOAL) for question in group.questions}
    found: list[tuple[Question, Group | None]] = []
    for question in flow.all_questions():
        group = groups.get(id(question))
        if question is PERSONA.more:
            group = PERSONA
        found.append((question, group))
    return found


QUESTIONS = every_question()
TEXT_IDS = [flow.text_id(question, group) for question, group in QUESTIONS]


def test_the_questions_are_all_there() -> None:
    assert len(TEXT_IDS) == len(set(TEXT_IDS))
    assert {"topic", "persona-age", "persona-more", "goal-baseline", "goal-hours"} <= set(TEXT_IDS)
    assert "more" not in TEXT_IDS


@pytest.mark.parametrize(("question", "group"), QUESTIONS, ids=TEXT_IDS)
@pytest.mark.parametrize("typed", ["vet ikke", "I don't know", "?"])
def test_every_question_takes_dont_know(
    question: Question, group: Group | None, typed: str
) -> None:
    for language in LANGS:
        assert parse_answer(question, typed, TODAY, language) == Unsure()


@pytest.mark.parametrize(("question", "group"), QUESTIONS, ids=TEXT_IDS)
@pytest.mark.parametrize("language", LANGS)
def test_every_question_has_its_unsure_text(
    question: Question, group: Group | None, language: Language
) -> None:
    key = f"unsure-{flow.text_id(question, group)}"
    assert has(language, key), key
    args = {"name": "Kari", "number": 1} if group else {}
    shown = str(t(language, key, **args))
    sentences = sum(shown.count(mark) for mark in ".!?")
    assert 1 <= sentences <= 4, shown
    assert len(shown) < 300, shown
    if question.optional:
        assert "/skip" in shown, shown


def unsure_catalog(language: Language) -> dict[str, fluent.Message]:
    text = (LOCALES_DIR / language / "unsure.ftl").read_text(encoding="utf-8")
    body = FluentParser().parse(text).body
    assert not [entry for entry in body if isinstance(entry, fluent.Junk)]
    return {entry.id.name: entry for entry in body if isinstance(entry, fluent.Message)}


def test_the_unsure_catalogs_hold_those_texts_and_no_others() -> None:
    wanted = {f"unsure-{text_id}" for text_id in TEXT_IDS}
    for language in LANGS:
        assert set(unsure_catalog(language)) == wanted


@pytest.mark.parametrize(("question", "group"), QUESTIONS, ids=TEXT_IDS)
def test_top_level_unsure_texts_need_no_placeholders(
    question: Question, group: Group | None
) -> None:
    # The engine fills in { $name } and { $number } for a persona's or goal's questions only.
    if group is None:
        for language in LANGS:
            assert "{" not in str(t(language, f"unsure-{flow.text_id(question, group)}"))


def test_a_real_answer_is_still_parsed() -> None:
    topic = next(iter(flow.all_questions()))
    assert parse_answer(topic, ANSWERS[0], TODAY, "nb") == Parsed(ANSWERS[0])
