"""A persona's name out of what was typed for it, when more than a name came.

People answer "what's this person called?" with "Jonas, student" or "Hun heter
Kari og er sykepleier". `suggest_name` finds the name in such an answer, so the
bot can ask "is the name Jonas?" before storing a sentence as a name.
"""

from __future__ import annotations

import re

from .typed_text import clean_text

# A word of a name: letters, with a hyphen or apostrophe inside ("Anne-Lise",
# "O'Neill"), or an initial ("A.").
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*\.?")
# Small words inside names, written in lower case: "Ludwig van Beethoven".
_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "af", "av", "di", "da", "du", "la", "le", "el", "al"}
)
# What comes just before a name: "heter Kari", "my persona is called Jonas".
_INTRODUCED = re.compile(
    r"\b(?:heter|kalles|kaller (?:vi )?(?:ham|henne|hen|han|hun|den|personen) |"
    r"navnet (?:hennes |hans |er )?(?:er )?|name is|name's|named|called|"
    r"call (?:him|her|them))\s*[:\"«“]?\s*(?P<rest>.+)",
    re.IGNORECASE,
)
# Where the name ends and the rest of the description starts: "Jonas, student",
# "Kari (34)", "Kari - sykepleier", "Jonas 23 år".
_END_OF_NAME = re.compile(r"[,;:(/]| [-–—] |\d")
# Capitalised words that begin a sentence about someone rather than a name.
_SENTENCE_STARTS = frozenset(
    {
        *("hun", "han", "hen", "det", "den", "dette", "en", "ei", "et", "jeg", "vi", "min"),
        *("mitt", "mine", "personaen", "persona", "navnet", "hans", "hennes", "de", "som"),
        *("she", "he", "they", "it", "the", "a", "an", "my", "our", "this", "her", "his"),
        *("name", "i", "we", "persona"),
    }
)
MAX_NAME_WORDS = 4


def suggest_name(text: str) -> str | None:
    """The likely name in an answer that is more than a name; None if it is a name.

    A name is up to four words, made of letters (hyphens, apostrophes and
    initials allowed), each capitalised but for particles like "van" (or all in
    lower case: "kari nordmann"): "Kari", "Kari Nordmann", "Anne-Lise", "Mari
    Louise Hansen" give None. Otherwise the name is found after "heter",
    "kalles", "name is", "called" ("Hun heter Kari og er sykepleier": "Kari"),
    or before a comma, a parenthesis, a dash or a digit ("Jonas, student":
    "Jonas"), or as the capitalised words a sentence begins with ("Kari er 34
    og jobber som sykepleier": "Kari"). None too when no name is to be found
    ("En student fra Bergen som liker fjellturer"). A name typed in lower case
    comes back capitalised ("jonas, student": "Jonas").
    """
    typed = " ".join(clean_text(text).split())
    if not typed or _is_name(typed):
        return None
    introduced = _INTRODUCED.search(typed)
    if introduced is not None:
        found = _leading_name(introduced["rest"], first_may_be_lower=True)
        if found:
            return found
    head = _END_OF_NAME.split(typed, maxsplit=1)[0].strip()
    if head and head != typed and _is_name(head):
        return _capitalised(head)
    found = _leading_name(typed, first_may_be_lower=False)
    if found and found.split()[0].lower() not in _SENTENCE_STARTS:
        return found
    return None


def _is_name(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS:
        return False
    if not all(_NAME_WORD.fullmatch(word) for word in words):
        return False
    if all(word.islower() for word in words):
        return True
    return all(word[0].isupper() or word in _PARTICLES for word in words)


def _leading_name(text: str, *, first_may_be_lower: bool) -> str | None:
    """The capitalised words `text` starts with (up to three), as a name."""
    words: list[str] = []
    for word in text.split():
        bare = word.rstrip('.,;:!?)"»”')
        if not _NAME_WORD.fullmatch(bare) or len(words) == 3:
            break
        if not bare[0].isupper() and not (first_may_be_lower and not words):
            break
        words.append(bare)
        if bare != word:
            break  # "Kari, og ...": the name ends at the comma
    return _capitalised(" ".join(words)) if words else None


def _capitalised(name: str) -> str:
    if not name.islower():
        return name
    return " ".join(word if word in _PARTICLES else word.title() for word in name.split())
