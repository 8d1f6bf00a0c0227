"""Telegram HTML as plain text: for the terminal, toast notices and the documents."""

from __future__ import annotations

import html
import re

_TAG = re.compile(r"<[^>]+>")
_BOLD = re.compile(r"</?b>")


def html_to_plain(text: str, *, bold: tuple[str, str] | None = None) -> str:
    """Drop the tags and unescape; `bold` optionally marks <b>...</b> (ANSI codes)."""
    if bold is not None:
        start, end = bold
        text = _BOLD.sub(lambda m: end if m.group(0) == "</b>" else start, text)
    return html.unescape(_TAG.sub("", text))
