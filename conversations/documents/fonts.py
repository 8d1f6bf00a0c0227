"""The font every image and PDF is drawn with, shipped in `fonts/` with its licence.

DejaVu Sans covers Latin (æ, ø, å and the rest), Greek, Cyrillic and many
symbols (✓ ★ ☀ ❤ ✍). It has no colour emoji: a character the font lacks is
dropped from the text before it is drawn, with the variation selectors, joiners
and skin tones that go with emoji, so "Kari 🌻" is drawn as "Kari" rather
than as an empty box.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

from fontTools.ttLib import TTFont

FONT_DIR = Path(__file__).parent / "fonts"
REGULAR = FONT_DIR / "DejaVuSans.ttf"
BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"
LICENSE = FONT_DIR / "LICENSE"

# Parts of emoji sequences that mean nothing on their own: variation
# selectors, the zero-width joiner, skin tones, the keycap and tag characters.
_EMOJI_GLUE = frozenset(
    [*range(0xFE00, 0xFE10), 0x200D, 0x20E3, *range(0x1F3FB, 0x1F400), *range(0xE0020, 0xE0080)]
)
_SPACES = frozenset("\t\n\r\v\f")


@cache
def covered() -> frozenset[int]:
    """The code points both the regular and the bold font can draw."""
    maps = [TTFont(path, lazy=True).getBestCmap() for path in (REGULAR, BOLD)]
    return frozenset(maps[0]) & frozenset(maps[1])


def drawable(text: str, *, keep_newlines: bool = False) -> str:
    """`text` with only what the font can draw, white space tidied.

    Characters the font lacks (most emoji) and control characters are left out;
    runs of spaces become one space. With `keep_newlines`, line breaks survive
    (at most one blank line in a row) and each line is tidied on its own.
    """
    text = unicodedata.normalize("NFC", text)
    if keep_newlines:
        lines = [drawable(line) for line in text.replace("\r\n", "\n").split("\n")]
        kept: list[str] = []
        for line in lines:
            if line or (kept and kept[-1]):
                kept.append(line)
        return "\n".join(kept).strip("\n")
    font = covered()
    chars: list[str] = []
    for char in text:
        point = ord(char)
        if char in _SPACES or unicodedata.category(char) == "Zs":
            chars.append(" ")
        elif point in _EMOJI_GLUE or unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co"):
            continue
        elif point in font:
            chars.append(char)
    return " ".join("".join(chars).split())
