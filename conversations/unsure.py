"""Telling "I don't know" from an answer, in bokmål and English.

The rule is tight on purpose: a message is "don't know" only when, once a few
small fillers ("hmm", "tja", "egentlig", "sorry", "really") are left out, what
remains is one of the phrases below, or nothing but question marks and shrugs.
"Vet ikke" is unsure; "Vet ikke hvor jeg skal begynne med hagen" is an answer
(to a text question it says something real), and so is "vet ikke, kanskje 30"
(for a number it holds a guess, which `parsing` reads).
"""

from __future__ import annotations

import re

from .typed_text import folded

_PHRASES_NB = (
    *("vet ikke", "veit ikke", "vet ikkje", "veit ikkje", "jeg vet ikke", "jeg veit ikke"),
    *("eg veit ikkje", "vet ikke jeg", "vet ikke riktig", "vet ikke helt hva jeg skal svare"),
    *("vet ikke hva jeg skal svare", "aner ikke", "jeg aner ikke", "aner ikke jeg"),
    *("ingen anelse", "har ingen anelse", "jeg har ingen anelse", "null peiling"),
    *("ingen peiling", "har ikke peiling", "har ingen peiling", "aner ikke riktig"),
    *("usikker", "er usikker", "jeg er usikker", "litt usikker", "usikker på det"),
    *("ikke sikker", "er ikke sikker", "jeg er ikke sikker", "ikke sikker på det"),
    *("jeg er usikker på det", "jeg er ikke sikker på det", "vanskelig å si"),
    *("godt spørsmål", "kommer an på", "det kommer an på", "kommer litt an på"),
    *("det kommer litt an på", "har ikke bestemt meg", "ikke bestemt meg"),
    *("jeg har ikke bestemt meg", "har ikke tenkt på det", "ikke godt å si", "pass"),
    *("hvem vet", "ikke bestemt", "ikke bestemt ennå"),
)
_PHRASES_EN = (
    *("i dont know", "dont know", "do not know", "i do not know", "idk", "dunno", "i dunno"),
    *("no idea", "i have no idea", "not sure", "im not sure", "i am not sure", "unsure"),
    *("im unsure", "i am unsure", "no clue", "not a clue", "i have no clue", "hard to say"),
    *("difficult to say", "it depends", "depends", "that depends", "good question"),
    *("havent decided", "i havent decided", "not decided", "who knows", "beats me"),
    *("dont know what to say", "i dont know what to say", "not sure about that"),
    "no idea really",
)
_PHRASES = frozenset(_PHRASES_NB + _PHRASES_EN)
# Words around a "don't know" that change nothing: hesitation, hedges, politeness.
_FILLERS = frozenset(
    {
        *("hmm", "hm", "hmmm", "hmmmm", "øh", "øhm", "eh", "ehm", "æh", "tja", "nja", "nei"),
        *("altså", "egentlig", "helt", "ennå", "enda", "nå", "akkurat", "sikkert", "dessverre"),
        *("beklager", "sorry", "haha", "hehe", "lol", "um", "umm", "uh", "erm", "well"),
        *("really", "honestly", "actually", "yet", "just", "right", "now", "tbh", "oh"),
        *("ja", "så", "vel", "ok", "okay", "🤷", "😅", "🙈", "🤔"),
    }
)
# Fillers that alone say "don't know": "hmm", "tja", "?", "🤷".
_ALONE = frozenset({"hmm", "hm", "hmmm", "hmmmm", "tja", "nja", "🤷", "🤔", "?"})
_SEVERAL_WORDS = (
    ("ærlig talt", "erlig talt", "helt ærlig", "to be honest", "i think", "tror jeg"),
    ("right now", "akkurat nå", "for now", "foreløpig", "per nå", "i guess"),
)
_MULTI_FILLERS = re.compile(
    r"\b(?:" + "|".join(re.escape(words) for group in _SEVERAL_WORDS for words in group) + r")\b"
)
# A shrug comes with skin tones and genders ("🤷🏽‍♀️"): all one shrug.
_MODIFIERS = re.compile("[\U0001f3fb-\U0001f3ff\u200d\u2640\u2642\ufe0f]")
_PUNCTUATION = re.compile(r"[.,!:;…\"«»()\-–—*]+")


def _tokens(text: str) -> list[str]:
    typed = _MODIFIERS.sub("", folded(text)).replace("'", "")
    typed = _MULTI_FILLERS.sub(" ", typed)
    typed = _PUNCTUATION.sub(" ", typed).replace("?", " ? ")
    return re.sub(r"(🤷|🤔|😅|🙈)", r" \1 ", typed).split()


def is_unsure(text: str) -> bool:
    """Whether the whole message says the person does not know (see the module's rule)."""
    tokens = _tokens(text)
    if not tokens:
        return False
    words = [token for token in tokens if token not in _FILLERS and token != "?"]
    if not words:
        return any(token in _ALONE for token in tokens)
    return " ".join(words) in _PHRASES


_BESIDE = re.compile(r"\s*(?:[,;:…]|\.\.\.|\s[-–—]\s|\s(?:men|but)\s)\s*")
_BUT = re.compile(r"^(?:men|but)\s+")


def guess_in(text: str) -> str | None:
    """The guess beside a "don't know", or None: "vet ikke, kanskje 30" has
    "kanskje 30", "1. mars, men jeg er ikke sikker" has "1. mars"."""
    for match in _BESIDE.finditer(text):
        before, after = text[: match.start()].strip(), text[match.end() :].strip()
        if before and after and is_unsure(before):
            return _BUT.sub("", after)
        if before and after and is_unsure(_BUT.sub("", after)):
            return before
    return None
