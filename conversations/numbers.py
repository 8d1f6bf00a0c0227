"""Numbers as people type them, in bokmål and English: digits, words, ranges and bounds.

`parse_amount` reads one number ("1 500", "1,5k", "tretti år", "ca. 20 %");
`read_number` also reads a range ("2-3", "mellom 2 og 3") or a bound ("300+",
"over 300", "up to 5"). Which value of a range a question keeps, and whether
decimals or percentages are welcome there, is for `parsing` to decide.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from babel.numbers import NumberFormatError, parse_decimal
from num2words import num2words

from .typed_text import folded

# -- number words -----------------------------------------------------------------

# Other ways to write a word num2words has one way for: "sju" next to "syv",
# "tyve" and "tredve" (older, still heard), "ett" and "én" for one.
_NB_ALIASES = {
    "en": ("en", "ett", "én"),
    "syv": ("syv", "sju"),
    "tjue": ("tjue", "tyve"),
    "tretti": ("tretti", "tredve"),
}


def _nb_forms(n: int) -> Iterator[str]:
    """Every usual way to write `n` (0 to 100) in bokmål.

    Above twenty both orders: "tjueto", "tjue to", "tjue-to", and the old
    "toogtjue", "to og tjue".
    """
    word = num2words(n, lang="no")
    tens, unit = divmod(n, 10)
    if 20 < n < 100 and unit:
        tens_word, unit_word = num2words(tens * 10, lang="no"), num2words(unit, lang="no")
        assert word == tens_word + unit_word, word
        for t in _NB_ALIASES.get(tens_word, (tens_word,)):
            for u in _NB_ALIASES.get(unit_word, (unit_word,)):
                yield from (t + u, f"{t} {u}", f"{t}-{u}", f"{u}og{t}", f"{u} og {t}")
    elif n == 100:
        yield from ("hundre", "en hundre", "ett hundre", "et hundre")
    else:
        yield from _NB_ALIASES.get(word, (word,))


def _en_forms(n: int) -> Iterator[str]:
    word = num2words(n, lang="en")
    if n == 100:
        yield from ("hundred", "one hundred", "a hundred")
    else:
        yield from {word, word.replace("-", " "), word.replace("-", "")}


def _number_words() -> dict[str, Decimal]:
    words: dict[str, Decimal] = {}
    for n in range(101):
        for form in (*_nb_forms(n), *_en_forms(n)):
            assert words.get(form, n) == n, form  # one word, one number in both languages
            words[form] = Decimal(n)
    half, one_and_a_half = Decimal("0.5"), Decimal("1.5")
    for form in ("en halv", "ei halv", "et halvt", "halv", "halvt", "a half", "half", "one half"):
        words[form] = half
    for form in ("halvtime", "en halvtime", "half an hour"):
        words[form] = half  # the hours question: "en halvtime i uka"
    for form in ("halvannen", "halvannet", "halvannen time"):
        words[form] = one_and_a_half
    for form in ("ingen", "none", "nothing", "ingenting"):
        words[form] = Decimal(0)  # "ingen følgere ennå" is a baseline of 0
    for form in ("tusen", "ett tusen", "et tusen", "a thousand", "one thousand"):
        words[form] = Decimal(1000)
    for form in ("en million", "én million", "ett million", "a million", "one million"):
        words[form] = Decimal(1_000_000)
    return words


NUMBER_WORDS: dict[str, Decimal] = _number_words()
"""Numbers in words, bokmål and English: 0 to 100 from num2words with the variants
people write, halves, none, a thousand, a million."""

# -- one number -------------------------------------------------------------------


@dataclass(frozen=True)
class Amount:
    """A number as typed: `value` is an int when it is whole, `percent` if it had "%"."""

    value: int | float
    percent: bool = False


# Words before or after a number that only say it is rough: "ca. 30", "30 or so".
# They change nothing, so none of them gets a note.
_ABOUT_BEFORE = (
    *("ca.", "ca", "cirka", "circa", "omtrent", "omkring", "rundt", "rundt regnet", "sånn"),
    *("sånn ca.", "sånn ca", "sånn cirka", "nesten", "nærmere", "opp mot", "drøyt", "drøye"),
    *("knapt", "knappe", "i underkant av", "i overkant av", "litt over", "litt under"),
    *("litt mer enn", "litt mindre enn", "kanskje", "antakelig", "trolig", "sikkert"),
    *("about", "around", "roughly", "approx.", "approx", "approximately", "nearly"),
    *("almost", "close to", "just over", "just under", "a little over", "a bit over"),
    *("a little under", "a bit under", "slightly over", "slightly under", "maybe"),
    *("perhaps", "probably", "some", "~", "≈"),
)
_ABOUT_AFTER = (
    *("eller så", "eller deromkring", "eller noe", "eller noe sånt", "cirka", "ca.", "ca"),
    *("omtrent", "kanskje", "tror jeg", "vel", "pluss minus", "+/-", "+-", "±"),
    *("or so", "or thereabouts", "give or take", "or something", "or something like that"),
    *("maybe", "i think", "i guess", "roughly", "approximately", "plus minus"),
)


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_ABOUT = re.compile(
    rf"^(?:{_alternatives(_ABOUT_BEFORE)})(?: |(?<=[.~≈]))(?P<rest>.+)$"
    rf"|^(?P<rest2>.+?),?(?: |(?=[+±]))(?:{_alternatives(_ABOUT_AFTER)})$"
)
_SCALES = {
    "k": 1_000,
    "tusen": 1_000,
    "thousand": 1_000,
    "hundre": 100,
    "hundred": 100,
    "m": 1_000_000,
    "mill": 1_000_000,
    "mln": 1_000_000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "millioner": 1_000_000,
}
_PERCENT = r"%|prosent|percent|per ?cent"
# Words after a number that only say what is counted; they change nothing. Ages
# ("35 år", "35 years old"), hours ("3 t", "3 hours"), and what a goal counts.
_UNITS = (
    *("år", "års", "år gammel", "år gamle", "years", "year", "years old", "yrs", "yr", "yo"),
    *("y.o.", "timer", "time", "t", "hours", "hour", "hrs", "h", "stk", "stk.", "stykker"),
    *("følgere", "followers", "abonnenter", "subscribers", "lesere", "readers"),
    *("kommentarer", "comments", "visninger", "views", "likes", "klikk", "clicks"),
    *("besøk", "besøkende", "visits", "visitors", "innlegg", "posts", "medlemmer", "members"),
    *("kunder", "customers", "salg", "sales", "ganger", "times", "kr", "kroner"),
    *("personer", "people", "delinger", "shares"),
)
# "per uke", "i uka", "a week", "/month", "daily".
_PERIOD = (
    r"(?:(?:per|pr\.?|i|om|a|an|each|every|hver|hvert) ?|/)"
    r"(?:dag(?:en)?|uken?|uka|måned(?:en)?|mnd\.?|år(?:et)?|day|week|month|year)"
    r"|daglig|ukentlig|månedlig|daily|weekly|monthly"
)
_HALF = r"(?:og|and) (?:en|ei|et|a) (?:halv|halvt|half)"

_SINGLE = re.compile(
    r"\+?"
    rf"(?:(?P<digits>\d+(?:[ .,]\d+)*)|(?P<words>{_alternatives(NUMBER_WORDS)}))"
    rf"(?P<half> {_HALF})?"
    rf"(?: ?(?P<scale>{_alternatives(_SCALES)})\.?)?"
    r"(?: ?-?ish)?"
    r"(?: ?(?P<plus>\+))?"
    rf"(?: ?(?P<percent>{_PERCENT}))?"
    rf"(?: ?(?:{_alternatives(_UNITS)}))?"
    rf"(?: ?(?:{_PERIOD}))?"
)


@dataclass(frozen=True)
class _Single:
    value: Decimal
    percent: bool
    scale: int
    plus: bool


def _without_about(typed: str) -> str:
    """`typed` with the words that only say "roughly" taken off, as often as they come."""
    for _ in range(4):
        match = _ABOUT.fullmatch(typed)
        if match is None:
            break
        typed = (match["rest"] or match["rest2"]).strip()
    return typed


def _single(typed: str) -> _Single | None:
    match = _SINGLE.fullmatch(typed)
    if match is None:
        return None
    scale, percent = match["scale"], match["percent"] is not None
    if scale and percent:
        return None
    if match["digits"] is not None:
        number = _decimal(match["digits"], scaled=scale is not None)
    else:
        number = NUMBER_WORDS[match["words"]]
    if number is None:
        return None
    if match["half"]:
        if number != number.to_integral_value():
            return None  # "halvannen og en halv" is nothing
        number += Decimal("0.5")
    factor = _SCALES[scale] if scale else 1
    return _Single(number * factor, percent, factor, match["plus"] is not None)


def _decimal(number: str, *, scaled: bool) -> Decimal | None:
    """Digits with group and decimal marks, checked and read by Babel.

    Which mark is the decimal one is decided here; the number is then written
    the Norwegian way ("1 500,5" with no-break spaces) for Babel's strict parser,
    which refuses badly grouped digits ("1 50", "15 00", "1.5.00").
    """
    marks = [ch for ch in number if ch in ".,"]
    decimal_mark: str | None = None
    if len(set(marks)) == 2:
        decimal_mark = marks[-1]
        if marks.count(decimal_mark) > 1:
            return None
    elif len(marks) == 1:
        whole, fraction = number.split(marks[0])
        thousands = len(fraction) == 3 and " " not in number and whole.strip("0") != ""
        decimal_mark = None if thousands and not scaled else marks[0]
    whole, fraction = number.rsplit(decimal_mark, 1) if decimal_mark else (number, "")
    norwegian = re.sub(r"[ .,]", "\u00a0", whole) + (f",{fraction}" if decimal_mark else "")
    try:
        parsed: Decimal = parse_decimal(norwegian, locale="nb", strict=True)
    except NumberFormatError:
        return None
    return parsed


def as_value(number: Decimal) -> int | float:
    """An int when whole, so 35 is stored as 35 and not 35.0."""
    return int(number) if number == number.to_integral_value() else float(number)


def parse_amount(text: str) -> Amount | None:
    """One number typed in Norwegian or English, or None if the text is not one.

    Digits may be grouped by spaces ("1 500", also no-break ones), or by "." or
    "," when exactly three digits follow ("1.500", "1,500"); otherwise "." and ","
    are the decimal mark ("1,5", "1.5"), and with both ("1.500,5", "1,500.5") the
    last one is. Words count from zero to a hundred ("tretti", "tjue-to",
    "toogtjue", "twenty-one"), with halves ("halvannen", "to og en halv", "two and
    a half"). "k", "tusen", "mill", "million" and their like scale the number
    ("1,5k", "fem tusen", "2 millioner"; after them a lone mark is always a
    decimal: "1.500k" is 1 500), "%", "prosent" and "percent" mark a percentage.
    Words that only say it is rough ("ca.", "about", "30ish", "30 or so") and a
    trailing unit ("følgere", "hours", "per uke") are read past. Negative
    numbers, ranges ("10-20") and bounds ("300+") are not one number.
    """
    found = _single(_without_about(folded(text)))
    if found is None or found.plus:
        return None
    return Amount(as_value(found.value), found.percent)


# -- ranges and bounds --------------------------------------------------------------

Bound = Literal["at-least", "at-most"]


@dataclass(frozen=True)
class Reading:
    """What a number answer says: one number (`low == high`), a range, or a bound.

    `bound` is set when only a lower ("300+", "over 300") or upper ("up to 5")
    limit was given; `low` and `high` are then that limit.
    """

    low: Decimal
    high: Decimal
    percent: bool = False
    bound: Bound | None = None

    @property
    def is_range(self) -> bool:
        return self.low != self.high


_BOUND_BEFORE: dict[Bound, tuple[str, ...]] = {
    "at-least": (
        *("over", "mer enn", "flere enn", "minst", "minimum", "min.", "more than"),
        *("at least", "above", "upwards of", "over"),
    ),
    "at-most": (
        *("under", "mindre enn", "færre enn", "opptil", "opp til", "inntil", "maks", "maks."),
        *("maksimalt", "høyst", "ikke mer enn", "ikke over", "max", "max.", "maximum"),
        *("up to", "at most", "less than", "fewer than", "below", "no more than"),
        "not more than",
    ),
}
_BOUND_AFTER: dict[Bound, tuple[str, ...]] = {
    "at-least": (
        *("eller mer", "eller flere", "eller over", "og oppover", "og mer", "or more"),
        *("or above", "and up", "and above", "plus"),
    ),
    "at-most": (
        *("eller mindre", "eller færre", "eller under", "og nedover", "på det meste", "maks"),
        *("or less", "or fewer", "or under", "at most", "max"),
    ),
}
_BOUNDS: tuple[tuple[Bound, re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (
        bound,
        re.compile(rf"(?:{_alternatives(_BOUND_BEFORE[bound])}) (?P<rest>.+)"),
        re.compile(rf"(?P<rest>.+?),? (?:{_alternatives(_BOUND_AFTER[bound])})"),
    )
    for bound in _BOUND_BEFORE
)
# What stands between the ends of a range: "2-3", "2 til 3", "2 or 3"; after
# "mellom"/"between"/"fra"/"from" also "og"/"and".
_BETWEEN = re.compile(r"(?:mellom|between|fra|from) (?P<rest>.+)")
_SEPARATOR = re.compile(r" ?[-–—] ?| (?:til|to|eller|or|à) ")
_SEPARATOR_AFTER_BETWEEN = re.compile(r" ?[-–—] ?| (?:til|to|og|and) ")


def read_number(text: str) -> Reading | None:
    """A number answer: one number as `parse_amount` reads it, a range or a bound.

    Ranges: "2-3", "2–3", "2 - 3", "2 til 3", "2 to 3", "2 eller 3", "2 or 3",
    "mellom 2 og 3", "between 2 and 3", "fra 2 til 3", with words too ("to til
    tre timer"). A scale on the upper end alone counts for both when that keeps
    them in order ("1-2k" is 1 000 to 2 000), and so does a percent sign ("20-30 %").
    Bounds: "300+", "over 300", "minst 300", "at least 300", "300 eller mer" (at
    least); "under 5", "opptil 5", "up to 5", "5 or less" (at most). A question
    mark, full stop or exclamation mark at the end is read past ("30?").
    """
    typed = _without_about(folded(text).rstrip("?!. ") or folded(text))
    single = _single(typed)
    if single is not None:
        bound: Bound | None = "at-least" if single.plus else None
        return Reading(single.value, single.value, single.percent, bound)
    return _bounded(typed) or _range(typed)


def _bounded(typed: str) -> Reading | None:
    for bound, before, after in _BOUNDS:
        for pattern in (before, after):
            match = pattern.fullmatch(typed)
            found = _single(_without_about(match["rest"])) if match else None
            if found is not None and not found.plus:
                return Reading(found.value, found.value, found.percent, bound)
    return None


def _range(typed: str) -> Reading | None:
    between = _BETWEEN.fullmatch(typed)
    if between is not None:
        typed, separator = between["rest"], _SEPARATOR_AFTER_BETWEEN
    else:
        separator = _SEPARATOR
    for match in separator.finditer(typed):
        low = _single(_without_about(typed[: match.start()]))
        high = _single(_without_about(typed[match.end() :]))
        if low is not None and high is not None and not (low.plus or high.plus):
            return _ends(low, high)
    return None


def _ends(first: _Single, second: _Single) -> Reading:
    low, high = first.value, second.value
    if first.scale == 1 and second.scale > 1 and low * second.scale <= high:
        low *= second.scale
    low, high = sorted((low, high))
    return Reading(low, high, first.percent or second.percent)
