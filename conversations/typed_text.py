"""Typed text made safe to store and easy to read: control characters out, spaces one kind."""

from __future__ import annotations

import unicodedata


def clean_text(text: str) -> str:
    """Strip, and drop control characters that would garble a message.

    Other spaces (the no-break space in pasted text and in "1 500") become
    plain ones, so words and digit groups are not glued together.
    """
    text = text.strip()
    if text.isprintable():
        return text  # the usual case: nothing to drop or replace
    return "".join(_clean_char(ch) for ch in text)


def _clean_char(ch: str) -> str:
    if ch.isprintable() or ch in "\n\t":
        return ch
    return " " if unicodedata.category(ch).startswith("Z") else ""


def folded(text: str) -> str:
    """Cleaned, lower case, single spaces, straight apostrophes: text to match patterns on."""
    return " ".join(clean_text(text).lower().replace("’", "'").replace("‘", "'").split())
