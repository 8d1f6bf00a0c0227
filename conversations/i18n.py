"""Texts in bokmål and English from Fluent catalogs (`locales/<lang>/*.ftl`).

Every value handed to a text is HTML-escaped unless it is already `Markup`,
so user text can never inject markup into a message.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path
from typing import Any, get_args

from babel import Locale
from fluent.runtime import FluentBundle, FluentResource
from markupsafe import Markup, escape

from .models import Language

LANGUAGES: tuple[Language, ...] = get_args(Language)
LOCALES_DIR = Path(__file__).parent / "locales"
# Fluent wants a CLDR locale for plurals and number formatting.
_FLUENT_LOCALE = {"nb": "nb-NO", "en": "en-GB"}
# Babel's, for dates, weekdays and numbers as each language writes them. Parsed
# once: given a name, Babel parses it and looks its data up on every call.
BABEL_LOCALE: dict[Language, Locale] = {"nb": Locale.parse("nb_NO"), "en": Locale.parse("en_GB")}


def catalog_paths(language: Language) -> list[Path]:
    """A language's catalog files; each part of the product keeps its texts in its own."""
    return sorted((LOCALES_DIR / language).glob("*.ftl"))


def catalog_text(language: Language) -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in catalog_paths(language))


@cache
def _bundle(language: Language) -> FluentBundle:
    # Isolation marks (U+2068/U+2069) around values would show up in Telegram.
    bundle = FluentBundle([_FLUENT_LOCALE[language]], use_isolating=False)
    bundle.add_resource(FluentResource(catalog_text(language)))
    return bundle


def has(language: Language, key: str) -> bool:
    return bool(_bundle(language).has_message(key))


def t(language: Language, key: str, **args: Any) -> Markup:
    """The text `key` in `language`, with `args` escaped and filled in."""
    return _format(language, key, tuple([_safe(name, value) for name, value in args.items()]), "")


def t_variant(language: Language, key: str, variant: str, **args: Any) -> Markup:
    """`t`, in the form the message keeps for `variant` (its attribute of that name,
    such as `.terminal` for a text that says "type" where Telegram's says "tap"),
    or its one form when it has no such attribute."""
    safe = tuple([_safe(name, value) for name, value in args.items()])
    return _format(language, key, safe, variant)


# The type goes with each value: True, 1 and 1.0 are one key to a cache, not to Fluent.
_Args = tuple[tuple[str, type, str | int | float], ...]


# Formatting a message costs ~15 µs, and most calls repeat a few hundred
# (language, key, arguments): the progress header, each question, the button
# labels. What comes out depends on those alone (the catalogs are read once and
# never change), so recent results are kept. The arguments carry what people
# typed (names, goals), hence a bounded cache rather than one that only grows.
@lru_cache(maxsize=2048)
def _format(language: Language, key: str, args: _Args, variant: str) -> Markup:
    bundle = _bundle(language)
    message = bundle.get_message(key)
    pattern = message.attributes.get(variant, message.value) if variant else message.value
    if pattern is None:
        raise KeyError(f"{key!r} has no value in the {language} catalog")
    text, errors = bundle.format_pattern(pattern, {name: value for name, _, value in args})
    if errors:
        raise ValueError(f"{key!r} ({language}): {errors}")
    return Markup(text)


def _safe(name: str, value: Any) -> tuple[str, type, str | int | float]:
    """An argument as Fluent gets it: numbers as they are, anything else escaped text."""
    if isinstance(value, int | float):
        return name, type(value), value
    return name, str, str(escape(value))


def synonyms(language: Language, key: str) -> tuple[str, ...]:
    """What people also type for the button labelled by `key`: its `syn-` message
    in `locales/<lang>/synonyms.ftl`, a comma-separated list."""
    name = f"syn-{key}"
    if not has(language, name):
        return ()
    return tuple(word.strip() for word in str(t(language, name)).split(",") if word.strip())
