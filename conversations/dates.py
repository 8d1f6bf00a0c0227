"""Deadlines as people type them, in bokmål and English, and the day said back with its weekday.

The forms people use for a goal's deadline are read here first: a count of
days, weeks, months or years ahead ("om tre ukers tid", "in two weeks"), an
ISO week ("uke 12"), seasons and holidays ("neste sommer", "til påske",
"after the summer holidays"), the end of a month and a month alone. Everything
else ("1. mars 2027", "01.03.2027", "i morgen", "next month") goes to dateparser.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Literal

import dateparser
from babel.dates import format_date, get_month_names
from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from .answer_types import Invalid
from .i18n import BABEL_LOCALE
from .models import Language
from .numbers import NUMBER_WORDS
from .typed_text import folded

_WEEKDAY_FORMAT = {"nb": "EEEE d. MMMM y", "en": "EEEE d MMMM y"}


def format_day_with_weekday(language: Language, day: date) -> str:
    """ "fredag 21. juni 2027", "Friday 21 June 2027": the weekday makes a wrong reading plain."""
    return str(format_date(day, _WEEKDAY_FORMAT[language], locale=BABEL_LOCALE[language]))


# -- rewrites before reading -----------------------------------------------------------

# Half years into months.
_HALF_YEARS = (
    (re.compile(r"\b(?:(?:et|ett|en) )?halvt år\b|\bhalvår(?:et)?\b"), "6 måneder"),
    (re.compile(r"\bhalvannet år\b"), "18 måneder"),
    (re.compile(r"\b(?:a )?half (?:a )?year\b"), "6 months"),
    (re.compile(r"\b(?:a|one) year and a half\b|\bone and a half years\b"), "18 months"),
)
# "innen 1. mars", "til jul", "by Christmas": the deadline is the day named.
_BY = re.compile(
    r"^(?:innen|til|før|senest|fram til|frem til|i løpet av|by|before|until|till|within) "
)
# A guess is still a date: "ca. 1. mars", "kanskje til sommeren", "maybe by Easter".
_ROUGHLY = re.compile(r"^(?:ca\.?|cirka|omtrent|rundt|kanskje|around|about|maybe|probably) ")


def _phrase(text: str) -> str:
    phrase = folded(text).rstrip("?! ")
    phrase = _ROUGHLY.sub("", phrase, count=1)
    for pattern, months in _HALF_YEARS:
        phrase = pattern.sub(months, phrase)
    return _BY.sub("", phrase, count=1)


# -- so many days, weeks, months or years ahead ----------------------------------------

_COUNT_WORDS = {
    **NUMBER_WORDS,
    "a": Decimal(1),
    "an": Decimal(1),
    "et": Decimal(1),
    "ei": Decimal(1),
}
_UNITS: dict[str, Literal["days", "weeks", "months", "years"]] = {
    **dict.fromkeys(("dag", "dager", "dagers", "døgn", "day", "days"), "days"),
    **dict.fromkeys(("uke", "uker", "ukers", "week", "weeks"), "weeks"),
    **dict.fromkeys(("måned", "måneder", "måneders", "mnd", "mnd.", "month", "months"), "months"),
    **dict.fromkeys(("år", "års", "year", "years"), "years"),
}


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_RELATIVE = re.compile(
    r"(?:(?:om|in|etter|after) )?"
    rf"(?:(?P<digits>\d+(?:[.,]5)?)|(?P<words>{_alternatives(_COUNT_WORDS)})) "
    rf"(?P<unit>{_alternatives(_UNITS)})"
    r"(?: tid)?(?: (?:fra nå|fra i dag|from now|from today))?"
)


def _relative(phrase: str, today: date) -> date | None:
    """ "om tre måneder", "in two weeks", "om et års tid", "3 months from now"."""
    match = _RELATIVE.fullmatch(phrase)
    if match is None:
        return None
    digits = match["digits"]
    count = Decimal(digits.replace(",", ".")) if digits else _COUNT_WORDS[match["words"]]
    unit = _UNITS[match["unit"]]
    if unit == "years":
        unit, count = "months", count * 12  # "om halvannet år": 18 months
    if count != count.to_integral_value() or count == 0:
        return None
    step = int(count)
    if unit == "days":
        return today + timedelta(days=step)
    if unit == "weeks":
        return today + timedelta(weeks=step)
    return today + relativedelta(months=step)


# -- weeks ------------------------------------------------------------------------------

_WEEK = re.compile(
    r"(?:(?:i|in) )?(?:uke|veke|week|wk|u\.?|w\.?) ?(?P<week>\d{1,2})"
    r"(?:,? (?:(?:i|of|in) )?(?P<year>\d{4}))?"
)
_NEXT_WEEK = re.compile(r"neste uke|neste veke|next week|(?:by )?the end of next week")
_THIS_WEEK = re.compile(r"denne uka|denne uken|i uka|this week|(?:the )?end of (?:the|this) week")
_FRIDAY = 5


def _week(phrase: str, today: date) -> date | None:
    """The Friday of an ISO week: "uke 12", "by week 12", "neste uke", "this week".

    A week as a deadline means the work is done by the end of that working
    week, so its Friday. Without a year it is the next such Friday after today
    (in week 12, on or after its Friday, next year's week 12).
    """
    if _NEXT_WEEK.fullmatch(phrase):
        return _friday_of(today + timedelta(weeks=1))
    if _THIS_WEEK.fullmatch(phrase):
        return _friday_of(today)
    match = _WEEK.fullmatch(phrase)
    if match is None:
        return None
    week = int(match["week"])
    if match["year"]:
        return _iso_friday(int(match["year"]), week)
    for year in (today.year, today.year + 1, today.year + 2):
        friday = _iso_friday(year, week)
        if friday is not None and friday > today:
            return friday
    return None


def _friday_of(day: date) -> date:
    return day + timedelta(days=_FRIDAY - day.isoweekday())


def _iso_friday(year: int, week: int) -> date | None:
    try:
        return date.fromisocalendar(year, week, _FRIDAY)
    except ValueError:
        return None  # week 0, week 60, or week 53 in a year of 52


# -- seasons and holidays -----------------------------------------------------------------


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


# Seasons and holidays as the day they stand for in a year, and how they are
# written (the part after "innen"/"til"/"by"). The next one after today is taken,
# or that of the year typed after it ("til sommeren 2027"); "neste sommer" / "next
# summer" is next year's, "i sommer" / "this summer" this year's.
_HOLIDAYS: tuple[tuple[str, Callable[[int], date], bool], ...] = (
    # Summer: 21 June, midsummer, about when the school summer holidays begin.
    (
        r"sommer(?:en)?|sommerferien|(?:the )?summer(?: holidays?| break)?|summertime",
        _fixed(6, 21),
        True,
    ),
    # After the summer holidays: 15 August, about when Norwegian schools start again.
    (
        r"etter (?:sommerferien|sommeren)|skolestart(?:en)?"
        r"|after (?:the )?summer(?: holidays?| break| vacation)?",
        _fixed(8, 15),
        True,
    ),
    # Christmas: 24 December, Christmas Eve, when Norway celebrates (English too).
    (r"jul(?:a|en|aften)?|christmas(?: eve)?|xmas", _fixed(12, 24), True),
    # Easter: Easter Sunday, which moves from year to year.
    (
        r"påsk(?:e|en|a|eferien|edag|eaften)|(?:the )?easter(?: sunday| holidays?| break)?",
        easter,
        True,
    ),
    # Autumn and spring begin at the equinoxes, as summer at the solstice.
    (r"høst(?:en)?|(?:the )?autumn|(?:the )?fall", _fixed(9, 22), True),
    (r"vår(?:en)?|(?:the )?spring", _fixed(3, 20), True),
    # The new year and the end of the year: 31 December. Not with a year:
    # "nyttår 2027" might be either end of 2027.
    (
        r"nyttår(?:saften)?|årsskiftet|(?:utgangen|slutten) av (?:året|dette året|i år)"
        r"|new year(?:'s eve|'s)?|(?:the )?end of (?:the |this )?year|year[- ]end"
        r"|i år|dette året|this year",
        _fixed(12, 31),
        False,
    ),
)
# "I sommer" / "this summer" while it is under way: its end, as far as a
# deadline goes; once over, that summer is in the past.
_SEASON_ENDS: dict[str, Callable[[int], date]] = {
    "summer": _fixed(8, 15),
    "autumn": _fixed(12, 20),
    "spring": _fixed(6, 20),
}
_SEASON_NAMES = {"sommer": "summer", "summer": "summer", "høst": "autumn", "autumn": "autumn"}
_SEASON_NAMES |= {"fall": "autumn", "vår": "spring", "spring": "spring"}
_HOLIDAY_PATTERNS = tuple(
    (
        re.compile(
            r"(?:(?P<next>neste|next) |(?P<this>i|this|denne|dette) )?"
            rf"(?P<phrase>{words})" + (r"(?: (?P<year>\d{4}))?" if years else "")
        ),
        day_in,
    )
    for words, day_in, years in _HOLIDAYS
)


def _holiday(phrase: str, today: date, language: Language) -> date | None:
    for pattern, day_in in _HOLIDAY_PATTERNS:
        match = pattern.fullmatch(phrase)
        if match is None:
            continue
        year = match.groupdict().get("year")
        if match["phrase"] == "jul" and year and language == "en":
            return None  # "Jul 2027" to the English bot is July
        if year:
            return day_in(int(year))
        if match["next"]:
            return day_in(today.year + 1)
        if match["this"]:
            return _this(match["phrase"], day_in, today)
        this_year = day_in(today.year)
        return this_year if this_year > today else day_in(today.year + 1)
    return None


def _this(phrase: str, day_in: Callable[[int], date], today: date) -> date:
    """ "I sommer": this year's summer; its end once it has begun, a past day once over."""
    begins = day_in(today.year)
    season = _SEASON_NAMES.get(phrase.removeprefix("the ").removesuffix("en"))
    if begins > today or season is None:
        return begins
    return _SEASON_ENDS[season](today.year)


# -- months ---------------------------------------------------------------------------

# "end of March", "slutten av mars", "ultimo mars": the last day of that month
# ("end of 2027": of that year), through dateparser's preference for the last day.
_END_OF = re.compile(r"(?:(?:the )?end of|slutten av|utgangen av|ultimo) (?P<rest>.+)")
_THIS_MONTH = {"the month": "this month", "måneden": "denne måneden"}


def _month_numbers() -> dict[str, int]:
    names: dict[str, int] = {}
    for locale in BABEL_LOCALE.values():
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=locale).items():
                names[str(name).lower().rstrip(".")] = number
    names.pop("jul", None)  # Christmas to the Norwegian bot; July only with a year (dateparser)
    return names


_MONTHS = _month_numbers()
_MONTH = re.compile(
    rf"(?:(?:i|in|ila\.?) )?(?P<month>{_alternatives(_MONTHS)})\.?(?: (?P<year>\d{{4}}))?"
)


def _month(phrase: str, today: date) -> date | None:
    """A month alone, "mars", "i mars 2027", "by May": its last day, the next one after today.

    "Innen mars" is read as "by the end of March": whatever is due that month is
    due by its end, and the day said back shows which was taken.
    """
    match = _MONTH.fullmatch(phrase)
    if match is None:
        return None
    month = _MONTHS[match["month"]]
    if match["year"]:
        return _last_day(int(match["year"]), month)
    this_year = _last_day(today.year, month)
    return this_year if this_year > today else _last_day(today.year + 1, month)


def _last_day(year: int, month: int) -> date:
    return date(year, month, 1) + relativedelta(months=1, days=-1)


def _last_day_of(period: str, today: date, languages: list[str]) -> date | None:
    """The last day of a month or year; None if `period` names a day already."""
    last = _read_date(period, today, languages, prefer="last")
    first = _read_date(period, today, languages, prefer="first")
    if last is None or first is None or last.day == first.day:
        return None
    return last


# -- the rest: dateparser -----------------------------------------------------------------

_DAY_AFTER_TOMORROW = re.compile(r"(?:i )?overmorgen|the day after tomorrow")
# "neste fredag" / "på fredag" is the coming Friday, as dateparser reads "fredag".
_WEEKDAY_LEAD = re.compile(
    r"^(?:neste|på|next|on) "
    r"(?=(?:man|tirs|ons|tors|fre|lør|søn)dag|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
)


def _read_date(
    text: str,
    today: date,
    languages: list[str],
    *,
    require_day: bool = False,
    prefer: Literal["current", "first", "last"] = "current",
) -> date | None:
    parsed = dateparser.parse(
        text,
        languages=languages,
        settings={
            "PREFER_DATES_FROM": "future",
            "DATE_ORDER": "DMY",
            "RELATIVE_BASE": datetime.combine(today, datetime.min.time()),
            "REQUIRE_PARTS": ["day", "month"] if require_day else [],
            "PREFER_DAY_OF_MONTH": prefer,
            "PREFER_MONTH_OF_YEAR": prefer,
        },
    )
    return None if parsed is None else parsed.date()


def read_deadline(text: str, today: date, language: Language) -> date | None:
    """The day a typed deadline stands for, or None if it is no date (past days included)."""
    languages: list[str] = ["nb", "en"] if language == "nb" else ["en", "nb"]
    phrase = _phrase(text)
    if _DAY_AFTER_TOMORROW.fullmatch(phrase):
        return today + timedelta(days=2)
    for reader in (_relative, _week):
        day = reader(phrase, today)
        if day is not None:
            return day
    holiday = _holiday(phrase, today, language)
    if holiday is not None:
        return holiday
    month = _month(phrase, today)
    if month is not None:
        return month
    end_of = _END_OF.fullmatch(phrase)
    if end_of is not None:
        return _last_day_of(_THIS_MONTH.get(end_of["rest"], end_of["rest"]), today, languages)
    # A lone "12" or "2027" is more likely a typo than a date; ask again.
    numeric = phrase.replace(" ", "").isdigit()
    phrase = _WEEKDAY_LEAD.sub("", phrase, count=1)
    return _read_date(phrase, today, languages, require_day=numeric)


def parse_deadline(text: str, today: date, language: Language) -> str | Invalid:
    """A date after `today` as an ISO date, from Norwegian or English, in words or digits.

    Read here: "om tre måneder", "om et års tid", "in two weeks", "3 months from
    now" (a count in digits or words, halves of years too); "uke 12", "by week
    12", "neste uke" (the Friday of that week); seasons and holidays ("til
    sommeren", "neste sommer", "i sommer", "til påske", "by Easter", "etter
    sommerferien", "til høsten", "innen jul", "by the end of the year"); "slutten
    av mars", "end of 2027"; a month alone ("innen mars": its last day); "i
    overmorgen". Everything else through dateparser ("1. mars 2027",
    "01.03.2027", "i morgen", "next month", "fredag"). A leading "innen", "til",
    "by", "ca." or "kanskje" is read past.
    """
    day = read_deadline(text, today, language)
    if day is None:
        return Invalid("error-not-a-date")
    if day <= today:
        return Invalid("error-date-in-past")
    return day.isoformat()
