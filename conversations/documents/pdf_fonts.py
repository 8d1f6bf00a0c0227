"""The PDF's fonts for fpdf2: parsed once per process, measured and embedded cheaply.

Three costs of `FPDF.add_font` and `FPDF.output` that repeat for every document:

- `add_font` parses the whole TTF with fontTools, about 20 ms a font. Here each
  font is parsed once into a prototype; each document gets a copy that shares
  what fpdf2 only reads (character map, widths, glyph ids) and has its own
  copy of what a document changes.
- Line breaking measures every line again for each character it adds. The
  copy remembers the width of each text it measured, so the next, one
  character longer, costs one lookup.
- Output subsets the font file with fontTools, which first reads the glyph
  tables of the whole file. A document written only with common characters
  (`_COMMON`, nearly all of them) is subset from a file cut down to those, a
  seventh of the size; the embedded subset comes out the same.

This leans on fpdf2's internals: the attributes of `fpdf.fonts.TTFFont`, its
`get_text_width`, and what `FPDF.add_font` and `FPDF.output` do with them (read
in fpdf2 2.8.9). If a newer fpdf2 has other attributes, `add_font` falls back to
`FPDF.add_font` (correct, only slower) and tests/documents/test_documents_pdf_fonts.py
fails, so that this module is looked at again.
"""

from __future__ import annotations

import copy
import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from fontTools import subset
from fontTools.ttLib import TTFont
from fpdf import FPDF
from fpdf.fonts import SubsetMap, TTFFont

# `TTFFont.__slots__` in the fpdf2 this module was written against.
KNOWN_ATTRIBUTES = frozenset(
    {
        "i", "type", "name", "desc", "glyph_ids", "_hbfont", "sp", "ss", "up", "ut", "cw",
        "ttffile", "fontkey", "emphasis", "scale", "subset", "cmap", "ttfont",
        "missing_glyphs", "biggest_size_pt", "color_font", "unicode_range",
        "palette_index", "is_compressed", "is_cff", "is_cid_keyed", "is_symbol", "cff_ros",
        "collection_font_number",
    }
)  # fmt: skip

COMPATIBLE = frozenset(getattr(TTFFont, "__slots__", ())) == KNOWN_ATTRIBUTES

# The tables fpdf2 leaves out of every font it embeds. fontTools reads the
# layout tables (GSUB, GPOS, GDEF) before it drops them, about 10 ms a font per
# document; `kern` goes too, as fontTools drops it from any font with GPOS.
_NEVER_EMBEDDED = (
    *("FFTM", "GDEF", "GPOS", "GSUB", "MATH", "hdmx", "meta", "sbix", "CBDT", "CBLC"),
    *("EBDT", "EBLC", "EBSC", "SVG ", "CPAL", "COLR", "kern"),
)

# What nearly every strategy is written with: Latin letters, punctuation and
# currency signs, and the ✓ and ✗ of the SMART tables.
_COMMON = (range(0x20, 0x250), range(0x2000, 0x2070), range(0x20A0, 0x20D0), (0x2713, 0x2717))

# Cutting the file down to `_COMMON` keeps everything else as it is, so that
# subsetting the smaller file gives what subsetting the whole one would.
_KEEP_EVERYTHING = {
    "glyph_names": True,
    "name_IDs": ["*"],
    "name_languages": ["*"],
    "name_legacy": True,
    "notdef_outline": True,
    "recommended_glyphs": True,
    "drop_tables": [],
    "prune_unicode_ranges": False,
    "prune_codepage_ranges": False,
}


@dataclass(frozen=True)
class _Parsed:
    prototype: TTFFont  # never drawn with nor output
    whole: bytes  # the font file without the tables fpdf2 never embeds
    common: bytes  # `whole` with only the glyphs of `_COMMON`
    common_glyphs: frozenset[str]


class _SharedFont(TTFFont):
    """A document's copy of a prototype font, which remembers text widths."""

    __slots__ = ("parsed", "widths")
    parsed: _Parsed
    widths: dict[str, float]  # font units, for any size

    def get_text_width(
        self, text: str, font_size_pt: float, text_shaping_params: dict[str, Any] | None
    ) -> tuple[int, float]:
        if text_shaping_params or self.is_symbol:
            return super().get_text_width(text, font_size_pt, text_shaping_params)
        if font_size_pt > self.biggest_size_pt:
            self.biggest_size_pt = font_size_pt
        units = self.widths.get(text)
        if units is None:
            # Line breaking asks for each text one character longer than the last.
            shorter = self.widths.get(text[:-1]) if text else None
            if shorter is None:
                units = sum(self.cw[ord(char)] for char in text)
            else:
                units = shorter + self.cw[ord(text[-1])]
            self.widths[text] = units
        # As TTFFont does it, for the same float to the last bit.
        return len(text), units * font_size_pt * 0.001


def add_font(pdf: FPDF, family: str, style: str, path: Path) -> None:
    """`pdf.add_font(family, style, path)`, without parsing the font again."""
    if not COMPATIBLE:
        pdf.add_font(family, style, str(path))
        return
    parsed = _parsed(family, style, path)
    prototype = parsed.prototype
    font = _SharedFont.__new__(_SharedFont)
    for name in KNOWN_ATTRIBUTES:
        if hasattr(prototype, name):  # `unicode_range` is declared but never set
            setattr(font, name, getattr(prototype, name))
    # What a document changes in its font, its own for each document:
    font.i = len(pdf.fonts) + 1
    # Measuring text adds the default width for characters the font lacks.
    font.cw = copy.copy(prototype.cw)
    font.parsed = parsed
    font.widths = {}
    # Output names the descriptor and hangs the embedded file on it.
    font.desc = copy.copy(prototype.desc)
    # Output subsets the fontTools font in place; lazy, it costs nothing until then.
    font.ttfont = _load(parsed.whole)
    font.missing_glyphs = []
    font.biggest_size_pt = 0
    font._hbfont = None
    font.subset = SubsetMap(font)  # the glyphs this document uses; needs the rest first
    pdf.fonts[font.fontkey] = font


def text_width(pdf: FPDF, text: str) -> float:
    """What `pdf.get_string_width(text)` gives for plain text, without its bidi pass.

    Line breaking measures each character and line this way (no character
    spacing or stretching is used here).
    """
    font = pdf.current_font
    assert font is not None, "set a font first"
    return font.get_text_width(text, pdf.font_size_pt, None)[1] / pdf.k


def prepare_output(pdf: FPDF) -> None:
    """Before `pdf.output()`: embed from the smaller file where it has every glyph used."""
    for font in pdf.fonts.values():
        if not isinstance(font, _SharedFont):
            continue
        if set(font.subset.get_all_glyph_names()) <= font.parsed.common_glyphs:
            font.ttfont.close()
            font.ttfont = _load(font.parsed.common)


def _load(data: bytes) -> TTFont:
    # As `FPDF.add_font` opens the file, so that output is the same.
    return TTFont(io.BytesIO(data), lazy=True, recalcTimestamp=False)


@cache
def _parsed(family: str, style: str, path: Path) -> _Parsed:
    scratch = FPDF()
    scratch.add_font(family, style, str(path))
    prototype = next(iter(scratch.fonts.values()))
    assert isinstance(prototype, TTFFont)
    if prototype.color_font is not None or prototype.is_cff or prototype.is_compressed:
        raise ValueError(f"{path.name}: only plain TrueType fonts are shared")
    # Each document loads its own; this one would only hold the file open.
    prototype.close()
    del prototype.ttfont

    whole = io.BytesIO()
    with TTFont(path, lazy=True, recalcTimestamp=False) as font:
        for tag in _NEVER_EMBEDDED:
            if tag in font:
                del font[tag]
        font.save(whole)
    common = io.BytesIO()
    with _load(whole.getvalue()) as font:
        cmap = font.getBestCmap()
        subsetter = subset.Subsetter(subset.Options(**_KEEP_EVERYTHING))
        subsetter.populate(unicodes=[char for part in _COMMON for char in part if char in cmap])
        subsetter.subset(font)
        glyphs = frozenset(font.getGlyphOrder())
        font.save(common)
    return _Parsed(prototype, whole.getvalue(), common.getvalue(), glyphs)
