"""Phrasings a native reader flagged stay out of every catalog (issue 11, language)."""

from pathlib import Path

import pytest

LOCALES = Path(__file__).resolve().parents[2] / "conversations" / "locales"

FLAGGED = {
    "nb": ["Innholdspilar", "allerede vært", ", jo større", "jo større er sjansen"],
    "en": ["Advice for the road", "Kinds of goal", "content pillars"],
}


def _catalog(language: str) -> str:
    return "\n".join(
        p.read_text(encoding="utf-8") for p in sorted((LOCALES / language).glob("*.ftl"))
    )


@pytest.mark.parametrize(
    ("language", "phrase"), [(lang, p) for lang, ps in FLAGGED.items() for p in ps]
)
def test_flagged_phrase_is_gone(language: str, phrase: str) -> None:
    assert phrase.lower() not in _catalog(language).lower()


@pytest.mark.parametrize(
    ("language", "meaning"), [("nb", "det betyr noe for deg"), ("en", "it matters to you")]
)
def test_smart_a_is_explained_in_plain_words(language: str, meaning: str) -> None:
    assert meaning in _catalog(language)
