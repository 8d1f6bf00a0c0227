"""The strategy as an A4 PDF report, with fpdf2 and the shipped DejaVu Sans.

Page 1 is the title page (topic, date, contents). The strategy's parts and the
advice follow; the personas start on a new page, and so do the SMART goals,
each as a table with a row per answer under its letter.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import cached_property, partial
from typing import NamedTuple

from fpdf import FPDF
from fpdf.enums import Align, TableBordersLayout, VAlign, XPos, YPos
from fpdf.fonts import FontFace
from fpdf.util import Padding

from ..models import Session
from .content import Entry, Goal, Persona, Section, Strategy, strategy, text
from .fonts import BOLD, REGULAR, drawable
from .pdf_fonts import add_font, prepare_output, text_width

FAMILY = "DejaVu"
PAGE_WIDTH = 210.0
MARGIN = 20.0
CONTENT = PAGE_WIDTH - 2 * MARGIN

RGB = tuple[int, int, int]
ACCENT: RGB = (31, 104, 112)
ACCENT_LIGHT: RGB = (222, 238, 237)
ON_ACCENT: RGB = (204, 229, 229)
INK: RGB = (38, 38, 42)
MUTED: RGB = (112, 110, 106)
RULE: RGB = (214, 210, 204)
MET: RGB = (226, 242, 228)
NOT_MET: RGB = (251, 229, 224)
WHITE: RGB = (255, 255, 255)

BOX_PADDING = Padding(top=3.5, right=4, bottom=3.5, left=4)
ROW_LINE_HEIGHT = 5.6

_PDF_LANGUAGE = {"nb": "nb-NO", "en": "en-GB"}


def _plain(value: str) -> str:
    return drawable(value, keep_newlines=True)


class _Cell(NamedTuple):
    text: str
    style: FontFace | None = None
    rowspan: int = 1


class _Report(FPDF):
    def __init__(self, made: Strategy, today: date) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.made = made
        self.today = today
        add_font(self, FAMILY, "", REGULAR)
        add_font(self, FAMILY, "B", BOLD)
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=22)
        self.set_title(made.title + (f": {made.topic}" if made.topic else ""))
        self.set_author("Strategibot")
        self.set_creator("Strategibot")
        self.set_lang(_PDF_LANGUAGE[made.language])
        # The date of the strategy, not of the moment it was drawn: same input, same file.
        self.set_creation_date(datetime(today.year, today.month, today.day, tzinfo=UTC))
        self.set_draw_color(*RULE)

    # -- shared pieces ------------------------------------------------------------------

    def style(self, size: float, bold: bool = False, color: RGB = INK) -> None:
        self.set_font(FAMILY, "B" if bold else "", size)
        self.set_text_color(*color)

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.style(8.5, color=MUTED)
        page = text(self.made.language, "export-page", number=self.page_no(), total="{nb}")
        title = _plain(self.made.title)
        self.cell(0, 6, f"{title}   ·   {page}", align=Align.C)

    def heading(self, title: str, *, level: int = 0) -> None:
        """A section title, also in the PDF's outline (bookmarks)."""
        title = _plain(title)
        if self.will_page_break(30):
            self.add_page()
        self.start_section(title, level=level)
        if level == 0:
            self.style(17, bold=True, color=ACCENT)
            self.text_box(CONTENT, 8.5, title)
            y = self.get_y() + 1.5
            self.set_draw_color(*ACCENT)
            self.set_line_width(0.6)
            self.line(MARGIN + self.c_margin, y, MARGIN + self.c_margin + 24, y)
            self.set_line_width(0.2)
            self.set_draw_color(*RULE)
            self.set_y(y + 5)
        else:
            self.style(13, bold=True)
            self.text_box(CONTENT, 6.5, title)
            self.ln(2)

    def text_box(self, width: float, line_height: float, value: str, *, fill: bool = False) -> None:
        """Wrapped text from the cursor, left-aligned; a filled one has padding around it."""
        self.multi_cell(
            width,
            line_height,
            value,
            fill=fill,
            padding=BOX_PADDING if fill else 0,
            align=Align.L,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )

    def kicker(self, key: str) -> None:
        """A small capitalised line above what it names ("TEMA", "INNHOLD")."""
        self.style(10, bold=True, color=ACCENT)
        self.cell(
            CONTENT,
            6,
            _plain(text(self.made.language, key)).upper(),
            align=Align.L,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.ln(1)

    def rows(
        self,
        rows: list[list[_Cell]],
        *,
        col_widths: tuple[float, ...],
        padding: tuple[float, float, float, float],
    ) -> None:
        """A table of top-aligned text, a thin rule between rows."""
        self.set_fill_color(*WHITE)  # a table takes the fill colour in force as its own
        with self.table(
            width=sum(col_widths),
            col_widths=col_widths,
            first_row_as_headings=False,
            borders_layout=TableBordersLayout.HORIZONTAL_LINES,
            text_align=Align.L,
            v_align=VAlign.T,
            line_height=ROW_LINE_HEIGHT,
            padding=padding,
            align=Align.L,
        ) as table:
            for cells in rows:
                row = table.row()
                for cell in cells:
                    row.cell(cell.text, style=cell.style, rowspan=cell.rowspan)

    def entries(self, entries: tuple[Entry, ...], *, width: float = CONTENT) -> None:
        """Label and answer side by side."""
        label_width = 48.0 if width >= CONTENT else 42.0
        rows = [
            [
                _Cell(_plain(entry.label), FontFace(FAMILY, "B", 9, MUTED)),
                _Cell(_plain(entry.value), FontFace(FAMILY, "", 11, INK)),
            ]
            for entry in entries
        ]
        self.rows(rows, col_widths=(label_width, width - label_width), padding=(2.4, 2, 2.4, 0))
        self.ln(6)

    def keep_together(self, draw: Callable[[_Report], None]) -> None:
        """Draw a block, on a new page if it would not fit on this one (but fits on one).

        A block at the top of a page stays there. Elsewhere it is first estimated,
        cheaply and from above; only if the estimate does not fit the room left is
        it drawn on a scratch document to measure it.
        """
        room = self.page_break_trigger - self.get_y()
        if self.get_y() > self.t_margin and _height(self.estimate, draw) > room:
            height = _height(self.scratch, draw)
            fits_a_page = height <= self.page_break_trigger - self.t_margin
            if fits_a_page and height > room:
                self.add_page()
        draw(self)

    @cached_property
    def scratch(self) -> _Report:
        """A second document to measure blocks in before they are drawn for real."""
        return _Report(self.made, self.today)

    @cached_property
    def estimate(self) -> _Estimate:
        return _Estimate(self.made, self.today)

    # -- pages ----------------------------------------------------------------------------

    def title_page(self) -> None:
        made = self.made
        lang = made.language
        self.add_page()
        self.set_fill_color(*ACCENT)
        self.rect(0, 0, PAGE_WIDTH, 112, style="F")
        self.set_xy(MARGIN, 34)
        self.style(10, bold=True, color=ON_ACCENT)
        self.cell(CONTENT, 6, "STRATEGIBOT", align=Align.L, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(5)
        self.style(30, bold=True, color=WHITE)
        self.text_box(CONTENT, 13, _plain(made.title))
        self.ln(3)
        self.style(11.5, color=ON_ACCENT)
        self.text_box(CONTENT, 6, _plain(made.made))
        self.set_y(128)
        if made.topic:
            self.kicker("export-topic")
            # The interview takes 300 characters; an imported file may hold more,
            # which the strategy pages show in full.
            topic = _plain(made.topic)
            topic = topic if len(topic) <= 300 else topic[:299].rstrip() + "…"
            short = len(topic) <= 90
            self.style(21 if short else 14, bold=True)
            self.text_box(CONTENT, 9.5 if short else 6.8, topic)
            self.ln(8)
        if not made.finished:
            self.set_fill_color(*NOT_MET)
            self.style(10.5)
            self.text_box(CONTENT, 5.8, _plain(text(lang, "export-draft")), fill=True)
            self.ln(8)
        contents = [f"{section.number}.  {section.title}" for section in made.sections]
        if made.advice:
            contents.append(text(lang, "export-advice"))
        if made.personas:
            contents.append(text(lang, "export-personas"))
        if made.goals:
            contents.append(text(lang, "export-goals"))
        if contents:
            self.kicker("export-contents")
            self.style(12)
            for line in contents:
                self.text_box(CONTENT, 7.5, _plain(line))

    def strategy_pages(self) -> None:
        made = self.made
        if not (made.sections or made.advice):
            return
        self.add_page()
        for section in made.sections:
            self.keep_together(partial(_Report.section, section=section))
        if made.advice:
            self.heading(text(made.language, "export-advice"))
            self.style(11)
            for tip in made.advice:
                self.set_x(MARGIN)
                self.style(11, bold=True, color=ACCENT)
                self.cell(6, 5.8, "•")
                self.style(11)
                self.text_box(CONTENT - 6, 5.8, _plain(tip))
                self.ln(1.5)

    def section(self, section: Section) -> None:
        self.heading(f"{section.number}. {section.title}")
        self.entries(section.entries)

    def card_pages(self, heading_key: str, cards: list[partial[None]]) -> None:
        """A new page with the heading, then each card kept whole; the first takes the heading."""
        if not cards:
            return
        self.add_page()
        heading: str | None = text(self.made.language, heading_key)
        for card in cards:
            self.keep_together(partial(card, heading=heading))
            heading = None

    def persona_card(self, persona: Persona, heading: str | None = None) -> None:
        """A persona's answers beside a coloured bar; the section's `heading` first."""
        if heading is not None:
            self.heading(heading)
        top = self.get_y()
        title = ", ".join(part for part in (persona.name, persona.age) if part)
        self.start_section(_plain(persona.name), level=1)
        self.set_x(MARGIN + 6)
        self.style(15, bold=True)
        self.text_box(CONTENT - 6, 7.5, _plain(title))
        self.ln(1.5)
        self.set_x(MARGIN + 6)
        self.set_left_margin(MARGIN + 6)
        self.entries(persona.details, width=CONTENT - 6)
        self.set_left_margin(MARGIN)
        self.set_x(MARGIN + 6)
        self.set_fill_color(*ACCENT_LIGHT)
        self.style(11, color=ACCENT)
        write_to = re.sub(r"^\W+", "", _plain(persona.write_to))
        self.text_box(CONTENT - 6, 5.8, write_to, fill=True)
        bottom = self.get_y()
        self.set_fill_color(*ACCENT)
        self.rect(MARGIN, top, 1.6, bottom - top, style="F")
        self.ln(10)

    def goal_table(self, goal: Goal, heading: str | None = None) -> None:
        """A goal's answers under their SMART letters, each letter judged."""
        if heading is not None:
            self.heading(heading)
        lang = self.made.language
        self.heading(goal.title, level=1)
        label = FontFace(FAMILY, "B", 9, MUTED)
        rows: list[list[_Cell]] = []
        for letter in goal.letters:
            head = f"{letter.letter}  {letter.word}"
            fill: RGB | None = None
            if letter.met is not None:
                mark = "✓ " + text(lang, "export-goal-met")
                if not letter.met:
                    mark = "✗ " + text(lang, "export-goal-not-met")
                head = f"{head}\n{mark}"
                fill = MET if letter.met else NOT_MET
            answers = letter.entries or (Entry("", "", text(lang, "export-not-answered")),)
            for number, entry in enumerate(answers):
                answer = FontFace(FAMILY, "", 10.5, INK if entry.ref else MUTED)
                cells = [_Cell(_plain(entry.label), label), _Cell(_plain(entry.value), answer)]
                if number == 0:
                    head_style = FontFace(FAMILY, "B", 10, ACCENT, fill)
                    cells.insert(0, _Cell(_plain(head), head_style, rowspan=len(answers)))
                rows.append(cells)
        answer = FontFace(FAMILY, "", 10.5, INK)
        for entry in goal.extra:
            rows.append(
                [_Cell(""), _Cell(_plain(entry.label), label), _Cell(_plain(entry.value), answer)]
            )
        self.rows(rows, col_widths=(40, 44, CONTENT - 84), padding=(2.4, 2.5, 2.4, 2.5))
        self.ln(9)


class _Estimate(_Report):
    """Draws no text: moves down at least as far as the text would take."""

    def text_box(self, width: float, line_height: float, value: str, *, fill: bool = False) -> None:
        padding = BOX_PADDING if fill else Padding()
        lines = _lines_at_most(self, value, width - padding.left - padding.right)
        height = lines * line_height + padding.top + padding.bottom
        self.set_xy(self.l_margin, self.get_y() + height)

    def rows(
        self,
        rows: list[list[_Cell]],
        *,
        col_widths: tuple[float, ...],
        padding: tuple[float, float, float, float],
    ) -> None:
        top, right, bottom, left = padding
        heights: list[float] = []
        spans: list[tuple[int, int, float]] = []  # first row, rows, height of the text
        for number, cells in enumerate(rows):
            # Cells spanning rows are in the first column: a shorter row's cells are the last.
            widths = col_widths[len(col_widths) - len(cells) :]
            height = ROW_LINE_HEIGHT
            for cell, width in zip(cells, widths, strict=True):
                with self.use_font_face(cell.style or FontFace()):
                    lines = _lines_at_most(self, cell.text, width - left - right)
                text_height = lines * ROW_LINE_HEIGHT + top + bottom if cell.text else 0.0
                if cell.rowspan > 1:
                    spans.append((number, cell.rowspan, text_height))
                else:
                    height = max(height, text_height)
            heights.append(height)
        for first, count, text_height in spans:
            heights[first] += max(0.0, text_height - sum(heights[first : first + count]))
        self.set_xy(self.l_margin, self.get_y() + sum(heights))


def _height(document: _Report, draw: Callable[[_Report], None]) -> float:
    """How far down `draw` goes from the top of a new page of `document`."""
    document.add_page()
    first_page, top = document.page, document.get_y()
    draw(document)
    return (document.page - first_page) * document.eph + document.get_y() - top


def _lines_at_most(pdf: FPDF, value: str, width: float) -> float:
    """At most how many lines fpdf2 wraps `value` into at `width`, in the current font.

    A line that wraps is short of the width by less than the word that went on
    to the next line (and a space), so a paragraph of length L takes at most
    L / (width - its longest word) + 1 lines; infinitely many if a word is
    about as long as a line, as it then says nothing.
    """
    width -= 2 * pdf.c_margin  # fpdf2 keeps it clear at the sides without padding
    space = text_width(pdf, " ")
    lines = 0.0
    for paragraph in value.split("\n"):
        length = text_width(pdf, paragraph)
        if length <= width:
            lines += 1
            continue
        longest = max((text_width(pdf, word) for word in paragraph.split()), default=0.0)
        if longest + space >= width:
            return math.inf
        lines += length // (width - longest - space) + 1
    return lines


def render_strategy_pdf(session: Session, today: date) -> bytes:
    """The strategy report as PDF bytes."""
    report = _Report(strategy(session, today), today)
    report.title_page()
    report.strategy_pages()
    made = report.made
    report.card_pages(
        "export-personas", [partial(_Report.persona_card, persona=p) for p in made.personas]
    )
    report.card_pages("export-goals", [partial(_Report.goal_table, goal=g) for g in made.goals])
    prepare_output(report)
    return bytes(report.output())
