"""Which of the buttons on offer a typed text names.

People type instead of pressing: the button's number ("2", "nr. 2"), its label
in any case, a word of it ("norsk" for "Norsk (bokmål)"), a synonym the catalog
keeps ("insta"), a slip of the keyboard ("Instagarm"), or on a multiple choice a
list of them ("1, 3 og 5", "Facebook and insta", "alle"). This module decides
which; it knows nothing of questions or menus, only of candidates, so the
engine's answering and its menus share one set of rules.

Close matches are scored with rapidfuzz. A match is accepted only when it is
clearly the best: two options about as close are "which did you mean?", never a
guess, because a guess here is an answer stored that the person did not give.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

K = TypeVar("K")

# Below this score (0–100, rapidfuzz's ratio) a text is not taken to mean a label.
# 80 lets one slip in a word of five or more letters through ("Instagarm" scores
# 89), not a different word ("Snapfish" against "Snapchat" scores 62.5).
FUZZY_CUTOFF = 80.0
# One typo (a letter wrong, missing, extra, or two swapped: "snpa", "intsagram")
# scores this, whatever the length; ratio alone puts a swap in a short word at 75.
ONE_TYPO_SCORE = 90.0
# Two candidates scoring within this of each other are both meant, or neither.
FUZZY_MARGIN = 6.0
# Shorter texts are matched exactly: "ne" is not "nei", and "x" is only X.
FUZZY_MIN_LENGTH = 4
# A word of a label is enough to name it from this length: "blogg" names
# "Blogger", while "i" does not name "Noen ganger i uka".
WORD_MIN_LENGTH = 3

_NUMBER = re.compile(r"^(?:nr|no|num|number|nummer|#)?\s*(\d{1,3})\s*[.)]?$")
# What separates the items of a list. "og"/"and" only between words, so that a
# label holding them ("Kommentarer og anmeldelser") is tried whole first.
_LIST_SEPARATORS = re.compile(r"\s*(?:[,;/&+\n]|\s-\s|\bog\b|\band\b|\bsamt\b)\s*")


@dataclass(frozen=True)
class Candidate(Generic[K]):
    """One button: what pressing it means, and the words that name it (its label
    first, then its synonyms)."""

    key: K
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class One(Generic[K]):
    key: K


@dataclass(frozen=True)
class Several(Generic[K]):
    """A list on a multiple choice, in the order typed, without repeats."""

    keys: tuple[K, ...]


@dataclass(frozen=True)
class Ambiguous(Generic[K]):
    """`typed` names more than one candidate about equally."""

    typed: str
    keys: tuple[K, ...]


@dataclass(frozen=True)
class Unknown:
    """The parts of the text that name no candidate."""

    typed: tuple[str, ...]


Match = One[K] | Several[K] | Ambiguous[K] | Unknown


def normalize(text: str) -> str:
    """Case, diacritics, emoji and punctuation set aside: "⬅️ Tilbake" and
    "tilbake!" are one text, and "en gang" is "Én gang" (phones and foreign
    keyboards drop accents). Æ and ø have none to drop and stay as they are."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(
        ch if ch.isalnum() or ch.isspace() else " "
        for ch in decomposed
        if not unicodedata.combining(ch)
    )
    return " ".join(unicodedata.normalize("NFC", kept).split())


def match(
    text: str,
    candidates: Sequence[Candidate[K]],
    *,
    many: bool = False,
    everything: Sequence[K] = (),
    everything_words: Iterable[str] = (),
    fuzzy: bool = True,
    fallback: Sequence[Candidate[K]] = (),
) -> Match[K]:
    """The candidates `text` names.

    `candidates` are numbered from 1 in their order; `fallback` (the same buttons
    in the other language) can be named but carry no numbers. With `many`, a list
    may name several, and one of `everything_words` names all of `everything`.
    `fuzzy=False` takes only numbers, labels, words of them and synonyms: where
    a text of one's own is welcome, it must not become the nearest button.
    """
    whole = text.strip()
    if many and everything and normalize(whole) in {normalize(w) for w in everything_words}:
        return Several(tuple(everything))
    # Each phrase normalised once here, not again for every part and every rule.
    candidates, fallback = _normalized(candidates), _normalized(fallback)
    parts = _split(whole)
    # Whole first, for labels that hold a separator ("Kommentarer og anmeldelser");
    # but a list is not read as a slip of one long label ("clicks to the website,
    # sales" is two options, not a typo of the first).
    first = _one(whole, candidates, fallback, fuzzy and len(parts) < 2)
    if isinstance(first, One | Ambiguous) or len(parts) < 2:
        return first
    keys: list[K] = []
    unknown: list[str] = []
    for part in parts:
        found = _one(part, candidates, fallback, fuzzy)
        if isinstance(found, Ambiguous):
            return found
        if isinstance(found, Unknown):
            unknown.append(part)
        elif found.key not in keys:
            keys.append(found.key)
    if unknown:
        return Unknown(tuple(unknown))
    if len(keys) == 1:
        return One(keys[0])
    # A list where one answer is wanted: ask which, rather than take the first.
    return Several(tuple(keys)) if many else Ambiguous(whole, tuple(keys))


def _normalized(candidates: Sequence[Candidate[K]]) -> list[Candidate[K]]:
    return [Candidate(c.key, tuple(normalize(p) for p in c.phrases)) for c in candidates]


def _split(text: str) -> list[str]:
    parts = [p.strip() for p in _LIST_SEPARATORS.split(text) if p and p.strip()]
    # "1 3 5": numbers with only spaces between them are a list too.
    if len(parts) == 1 and all(word.isdigit() for word in text.split()):
        parts = text.split()
    return parts


def _one(
    typed: str,
    candidates: Sequence[Candidate[K]],
    fallback: Sequence[Candidate[K]],
    fuzzy: bool,
) -> One[K] | Ambiguous[K] | Unknown:
    norm = normalize(typed)
    if not norm:
        return Unknown((typed,))
    number = _NUMBER.match(norm)
    if number is not None:
        index = int(number.group(1))
        if 1 <= index <= len(candidates):
            return One(candidates[index - 1].key)
        return Unknown((typed,))
    everyone = [*candidates, *fallback]
    for rule in (_exact, _by_word):
        found = _decide(typed, rule(norm, candidates)) or _decide(typed, rule(norm, fallback))
        if found is not None:
            return found
    if fuzzy and len(norm) >= FUZZY_MIN_LENGTH:
        found = _closest(typed, norm, everyone)
        if found is not None:
            return found
    return Unknown((typed,))


def _decide(typed: str, keys: list[K]) -> One[K] | Ambiguous[K] | None:
    unique = list(dict.fromkeys(keys))
    if not unique:
        return None
    if len(unique) == 1:
        return One(unique[0])
    return Ambiguous(typed, tuple(unique))


def _exact(norm: str, candidates: Sequence[Candidate[K]]) -> list[K]:
    return [c.key for c in candidates if norm in c.phrases]


def _by_word(norm: str, candidates: Sequence[Candidate[K]]) -> list[K]:
    """Candidates a phrase of which holds the typed words in a row ("norsk" in
    "norsk bokmål", "kari alder" in "kari alder"), or begins a word with them
    ("blogg" for "blogger")."""
    if len(norm) < WORD_MIN_LENGTH:
        return []
    pattern = re.compile(rf"(?:^|\s){re.escape(norm)}")
    return [c.key for c in candidates if any(pattern.search(p) for p in c.phrases)]


def _closest(
    typed: str, norm: str, candidates: Sequence[Candidate[K]]
) -> One[K] | Ambiguous[K] | None:
    scored = [(max(_score(norm, p) for p in c.phrases), c.key) for c in candidates]
    close = [(score, key) for score, key in scored if score >= FUZZY_CUTOFF]
    if not close:
        return None
    top = max(score for score, _ in close)
    return _decide(typed, [key for score, key in close if top - score <= FUZZY_MARGIN])


def _score(norm: str, phrase: str) -> float:
    """How close the text is to the phrase, or to as many of its words in a row
    as the text has ("norks" against "norsk" of "norsk bokmål")."""
    words = phrase.split()
    width = len(norm.split())
    pieces = [phrase] + [
        " ".join(words[start : start + width]) for start in range(len(words) - width + 1)
    ]
    return max(_closeness(norm, piece) for piece in pieces)


def _closeness(norm: str, piece: str) -> float:
    score = float(fuzz.ratio(norm, piece))
    if len(piece) >= FUZZY_MIN_LENGTH and OSA.distance(norm, piece, score_cutoff=1) <= 1:
        score = max(score, ONE_TYPO_SCORE)
    return score
