"""The synonyms in the catalogs: each names a button that exists, and no word
names two buttons shown together, in either language."""

from __future__ import annotations

from collections import defaultdict

import pytest

from conversations.i18n import LANGUAGES, has, synonyms, t
from conversations.matching import normalize
from conversations.models import Language

from .helpers import LANGS
from .test_catalogs import messages

# Buttons shown together outside the questions (the menus and the name check).
MENU_SETS = (
    ("button-restart-yes", "button-restart-no"),
    ("button-remove-yes", "button-remove-no"),
    ("button-name-yes", "button-name-no"),
    ("language-nb", "language-en"),
    ("button-export-markdown", "button-export-json"),
)


def option_sets() -> list[tuple[str, ...]]:
    """Each question's option keys: "opt-channels-facebook" and its neighbours."""
    sets: dict[str, list[str]] = defaultdict(list)
    for key in messages("nb"):
        if key.startswith("opt-"):
            sets[key.rsplit("-", 1)[0]].append(key)
    return [tuple(keys) for keys in sets.values()]


def words(key: str) -> set[str]:
    """What names the button `key`, in both languages: labels and synonyms."""
    found: set[str] = set()
    for language in LANGUAGES:
        label = str(t(language, key, name="Kari"))
        found.add(normalize(label))
        found.update(normalize(word) for word in synonyms(language, key))
    return found


@pytest.mark.parametrize("language", LANGS)
def test_every_synonym_names_a_message(language: Language) -> None:
    for key in messages(language):
        if key.startswith("syn-") and key != "syn-everything":
            assert has(language, key.removeprefix("syn-")), key
            assert synonyms(language, key.removeprefix("syn-")), key


def test_there_are_synonyms_for_all_and_for_every_yes_and_no() -> None:
    for language in LANGUAGES:
        assert synonyms(language, "everything")
        for key in ("opt-yes", "opt-no", *(k for pair in MENU_SETS for k in pair)):
            assert synonyms(language, key), (language, key)


@pytest.mark.parametrize("keys", [*option_sets(), *MENU_SETS], ids=lambda keys: keys[0])
def test_no_word_names_two_buttons_shown_together(keys: tuple[str, ...]) -> None:
    owner: dict[str, str] = {}
    for key in keys:
        for word in words(key):
            assert owner.setdefault(word, key) == key, f"{word!r}: {owner[word]} and {key}"
