"""The PDF made cheaply: fonts parsed once and shared, blocks measured only when in doubt.

None of it may change the file: it is compared with the one fpdf2 makes on its
own, and with the one every block measured before it is drawn makes.
"""

from __future__ import annotations

import inspect
import io
import random
from collections.abc import Callable
from functools import partial

import pytest
from fontTools.ttLib import TTFont
from fpdf import FPDF
from fpdf.fonts import TTFFont
from fpdf.util import Padding
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, StreamObject

from conversations.documents import pdf, pdf_fonts
from conversations.documents.examples import sample_session
from conversations.documents.fonts import REGULAR
from conversations.models import Language, Session

from .sessions import LONG, TODAY, long_session, partial_session


def test_fpdf2_still_has_what_the_shared_fonts_rely_on() -> None:
    # If this fails, the installed fpdf2 changed TTFFont: PDFs are still made,
    # with `FPDF.add_font` and slowly. Read pdf_fonts.py against the new
    # fpdf2 (what add_font and output do with each attribute), then update
    # KNOWN_ATTRIBUTES.
    assert frozenset(TTFFont.__slots__) == pdf_fonts.KNOWN_ATTRIBUTES
    assert pdf_fonts.COMPATIBLE
    parameters = inspect.signature(TTFFont.get_text_width).parameters
    assert list(parameters) == ["self", "text", "font_size_pt", "text_shaping_params"]


def stretched(language: Language, characters: int) -> Session:
    """The sample with `characters` more of every text answer, to move blocks down the page."""
    session = sample_session(language)
    more = LONG[:characters].rsplit(" ", 1)[0] if characters else ""
    for values in (session.answers, *session.groups["persona"], *session.groups["goal"]):
        for key, value in values.items():
            if isinstance(value, str) and " " in value:
                values[key] = f"{value} {more}".strip()
    return session


SESSIONS: dict[str, Callable[[], Session]] = {
    "sample-nb": partial(sample_session, "nb"),
    "sample-en": partial(sample_session, "en"),
    "long-nb": partial(long_session, "nb"),
    "partial-en": partial(partial_session, "en"),
    **{f"stretched-{n}": partial(stretched, "nb", n) for n in (40, 90, 160, 250, 400)},
}


@pytest.mark.parametrize("name", ["sample-nb", "long-nb", "partial-en"])
def test_the_file_is_the_one_fpdf2_makes_on_its_own(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = SESSIONS[name]()
    shared = pdf.render_strategy_pdf(session, TODAY)
    monkeypatch.setattr(pdf_fonts, "COMPATIBLE", False)
    assert pdf.render_strategy_pdf(session, TODAY) == shared


def test_a_letter_outside_the_common_ones_is_embedded_from_the_whole_font(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = sample_session("nb")
    session.answers["topic"] = "Ελληνικά и кириллица ★ i hagen"
    shared = pdf.render_strategy_pdf(session, TODAY)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(shared)).pages)
    assert "Ελληνικά и кириллица ★" in text
    monkeypatch.setattr(pdf_fonts, "COMPATIBLE", False)
    assert pdf.render_strategy_pdf(session, TODAY) == shared


def embedded_fonts(reader: PdfReader) -> dict[str, bytes]:
    """The font files in the PDF, by name."""
    found: dict[str, bytes] = {}
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        fonts = resources["/Font"].get_object() if isinstance(resources, DictionaryObject) else None
        assert isinstance(fonts, DictionaryObject)
        for font in fonts.values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object()
            descriptor = descendant["/FontDescriptor"].get_object()
            assert isinstance(descriptor, DictionaryObject)
            file = descriptor["/FontFile2"].get_object()
            assert isinstance(file, StreamObject)
            found[str(font["/BaseFont"]).lstrip("/")] = file.get_data()
    return found


def test_two_files_in_a_row_read_back_each_with_its_own_letters() -> None:
    first = pdf.render_strategy_pdf(sample_session("nb"), TODAY)
    second = pdf.render_strategy_pdf(long_session("en"), TODAY)
    for data, expected in (
        (first, ["Grønnsaker som tåler regn", "Hagestell på Vestlandet"]),
        (second, ["Åse-Marie Østgård Ødegård", "Æ Ø Å"]),
    ):
        reader = PdfReader(io.BytesIO(data))
        text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
        for words in expected:
            assert words in text
        fonts = embedded_fonts(reader)
        # Subsets: a tag before the name, a few hundred glyphs rather than thousands.
        assert sorted(name.split("+")[1] for name in fonts) == ["DejaVuSansBold", "DejaVuSansBook"]
        for name, file in fonts.items():
            assert len(name.split("+")[0]) == 6
            font = TTFont(io.BytesIO(file))
            assert len(font.getGlyphOrder()) < 200
            assert {ord(char) for char in "æøåÆØÅ"} & set(font.getBestCmap()), name


def parsed_state(parsed: pdf_fonts._Parsed) -> object:
    font = parsed.prototype
    return (
        dict(font.cw),
        dict(font.cmap),
        dict(font.glyph_ids),
        dict(vars(font.desc)),
        list(font.subset.items()),
        list(font.missing_glyphs),
        font.biggest_size_pt,
        hasattr(font, "ttfont"),
        parsed.whole,
        parsed.common,
        parsed.common_glyphs,
    )


def test_making_a_file_leaves_the_shared_font_as_it_was() -> None:
    pdf.render_strategy_pdf(sample_session("nb"), TODAY)
    parsed = pdf_fonts._parsed(pdf.FAMILY, "", REGULAR)
    before = parsed_state(parsed)
    # Letters not in the font (emoji), and a file embedded from the whole font.
    session = long_session("en")
    session.answers["topic"] = "Ελληνικά 🐌"
    pdf.render_strategy_pdf(session, TODAY)
    assert parsed_state(parsed) == before


def test_remembered_widths_are_fpdf2s_to_the_last_bit() -> None:
    shared_document = FPDF()
    pdf_fonts.add_font(shared_document, "DejaVu", "", REGULAR)
    plain_document = FPDF()
    plain_document.add_font("DejaVu", "", str(REGULAR))
    shared, plain = shared_document.fonts["dejavu"], plain_document.fonts["dejavu"]
    assert isinstance(shared, pdf_fonts._SharedFont) and isinstance(plain, TTFFont)
    # Each text one character longer than the last, as line breaking measures them.
    texts = [LONG[:length] for length in range(len(LONG) + 1)] + ["🐌 ✓ Ω", "", "ÆØÅ æøå"]
    for size in (9, 10.5, 11, 17):
        for text in texts:
            assert shared.get_text_width(text, size, None) == plain.get_text_width(text, size, None)
    assert shared.biggest_size_pt == plain.biggest_size_pt == 17


WORDS = [*LONG.split(), "i", "og", "Supercalifragilisticexpialidocious", "æ", "Øy", "—"]


@pytest.mark.parametrize("seed", range(4))
def test_the_line_estimate_is_never_below_what_fpdf2_draws(seed: int) -> None:
    document = FPDF()
    pdf_fonts.add_font(document, "DejaVu", "", REGULAR)
    document.add_page()
    rng = random.Random(seed)
    for _ in range(100):
        paragraphs = [" ".join(rng.choices(WORDS, k=rng.randint(0, 40))) for _ in range(3)]
        text = "\n".join(paragraphs[: rng.randint(1, 3)])
        width = rng.uniform(25, 170)
        left, right = rng.choice([(0.0, 0.0), (0.0, 2.0), (4.0, 4.0), (2.5, 2.5)])
        document.set_font("DejaVu", "", rng.choice([9, 10.5, 11, 13, 17]))
        padding = Padding(top=0, right=right, bottom=0, left=left)
        lines = document.multi_cell(width, 5, text, padding=padding, dry_run=True, output="LINES")
        assert isinstance(lines, list)
        assert pdf._lines_at_most(document, text, width - left - right) >= len(lines), text


def always_measuring(self: pdf._Report, draw: Callable[[pdf._Report], None]) -> None:
    """How blocks were kept together before: each drawn on the scratch document first."""
    height = pdf._height(self.scratch, draw)
    fits_a_page = height <= self.page_break_trigger - self.t_margin
    if fits_a_page and self.get_y() + height > self.page_break_trigger:
        self.add_page()
    draw(self)


@pytest.mark.parametrize("name", SESSIONS)
def test_blocks_break_pages_as_when_each_was_measured(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = SESSIONS[name]()
    cheaply = pdf.render_strategy_pdf(session, TODAY)
    monkeypatch.setattr(pdf._Report, "keep_together", always_measuring)
    assert pdf.render_strategy_pdf(session, TODAY) == cheaply


@pytest.mark.parametrize("name", SESSIONS)
def test_every_estimate_is_at_least_the_height_drawn(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[tuple[float, float]] = []

    def checking(self: pdf._Report, draw: Callable[[pdf._Report], None]) -> None:
        checked.append((pdf._height(self.estimate, draw), pdf._height(self.scratch, draw)))
        always_measuring(self, draw)

    monkeypatch.setattr(pdf._Report, "keep_together", checking)
    pdf.render_strategy_pdf(SESSIONS[name](), TODAY)
    assert checked
    for estimate, height in checked:
        assert estimate >= height - 1e-9
