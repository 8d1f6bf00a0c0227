"""A persona's name out of an answer that says more than the name."""

from __future__ import annotations

import pytest

from conversations.models import Language
from conversations.parsing import suggest_name

from .helpers import assert_asks, start, text


@pytest.mark.parametrize(
    "typed",
    [
        "Kari",
        "Ahmed",
        "Kari Nordmann",
        "Anne-Lise",
        "Mari Louise Hansen",
        "Ole-Martin Berg",
        "Åse",
        "Øystein Ødegård",
        "kari",
        "kari nordmann",
        "Ludwig van Beethoven",
        "Siobhán O'Neill",
        "Kari A. Nordmann",
        "  Kari  ",
        "",
    ],
)
def test_a_name_is_a_name(typed: str) -> None:
    assert suggest_name(typed) is None


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        # Before a comma, a parenthesis, a dash or a number.
        ("Jonas, student", "Jonas"),
        ("Jonas, 23, student", "Jonas"),
        ("Kari Nordmann, sykepleier fra Bergen", "Kari Nordmann"),
        ("Anne-Lise, 45 år", "Anne-Lise"),
        ("jonas, student", "Jonas"),
        ("Kari (34)", "Kari"),
        ("Kari (sykepleier)", "Kari"),
        ("Kari - sykepleier", "Kari"),
        ("Kari – 34 år", "Kari"),
        ("Jonas 23", "Jonas"),
        ("Jonas 23 år", "Jonas"),
        ("Kari: småbarnsmor", "Kari"),
        ("Kari; 34", "Kari"),
        # After "heter", "kalles", "name is", "called".
        ("Hun heter Kari og er sykepleier", "Kari"),
        ("Hun heter Kari", "Kari"),
        ("hun heter kari og er sykepleier", "Kari"),
        ("Han heter Ola Nordmann og bor i Bergen", "Ola Nordmann"),
        ("Personaen heter Anne-Lise", "Anne-Lise"),
        ("Vi kaller henne Kari", "Kari"),
        ("En student som heter Jonas", "Jonas"),
        ("Navnet er Kari", "Kari"),
        ("Navnet hennes er Kari", "Kari"),
        ("Her name is Emma and she is a nurse", "Emma"),
        ("His name's Tom", "Tom"),
        ("A student called Jonas", "Jonas"),
        ("She's called Emma, she's a nurse", "Emma"),
        ("Let's call her Emma", "Emma"),
        ("She is named Emma Smith", "Emma Smith"),
        ('Hun heter "Kari"', "Kari"),
        ("Hun heter Kari.", "Kari"),
        # A sentence that starts with the name.
        ("Kari er 34 og jobber som sykepleier", "Kari"),
        ("Kari er sykepleier", "Kari"),
        ("Emma is a nurse in Leeds", "Emma"),
        ("Kari Nordmann bor i Bergen og liker fjellturer", "Kari Nordmann"),
        ("Kari 🌸", "Kari"),
        # A persona is one person: two names give the first.
        ("Ola og Kari", "Ola"),
    ],
)
def test_the_name_in_a_longer_answer(typed: str, name: str) -> None:
    assert suggest_name(typed) == name


@pytest.mark.parametrize(
    "typed",
    [
        # No name to be found: the caller decides what to do with the sentence.
        "En student fra Bergen som liker fjellturer",
        "Hun er 34 og jobber som sykepleier",
        "en student fra bergen som liker fjellturer",
        "A nurse in her thirties who loves hiking",
        "She lives in Leeds and loves baking bread",
        "vet ikke hva hun skal hete",
        "34, sykepleier",
    ],
)
def test_no_name_to_suggest(typed: str) -> None:
    assert suggest_name(typed) is None


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("typed", ["2-3", "35", "!!!", "1, 2"])
def test_a_name_without_letters_is_asked_again(language: Language, typed: str) -> None:
    chat = start(language, at="persona.0.name")
    before = chat.state()
    chat.text(typed)
    assert chat.state() == before
    assert text(language, "error-name-no-letters") in chat.plain
    assert_asks(chat, "persona.0.name")
