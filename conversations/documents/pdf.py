"""The strategy as an A4 PDF report, with fpdf2 and the shipped DejaVu Sans.

Page 1 is the title page (topic, date, contents). The strategy's parts and the
advice follow; the personas start on a new page, and so do the SMART goals,
each as a table with a row per answer under its letter.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import partial

from fpdf import FPDF
from fpdf.enums import Align, TableBordersLayout, VAlign, XPos, YPos
from fpdf.fonts import FontFace
from fpdf.util import Padding

from ..models import Session
from .content import Entry, Goal, Persona, Section, Strategy, strategy, text
from .fonts import BOLD, REGULAR, drawable

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

_PDF_LANGUAGE = {"nb": "nb-NO", "en": "en-GB"}


def _plain(value: str) -> str:
    return drawable(value, keep_newlines=True)


class _Report(FPDF):
    def __init__(self, made: Strategy, today: date) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.made = made
        self.today = today
        # A second document to measure blocks in before they are drawn for real.
        self.scratch: _Report | None = None
        self.add_font(FAMILY, "", str(REGULAR))
        self.add_font(FAMILY, "B", str(BOLD))
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
            self.multi_cell(CONTENT, 8.5, title, align=Align.L, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            y = self.get_y() + 1.5
            self.set_draw_color(*ACCENT)
            self.set_line_width(0.6)
            self.line(MARGIN + self.c_margin, y, MARGIN + self.c_margin + 24, y)
            self.set_line_width(0.2)
            self.set_draw_color(*RULE)
            self.set_y(y + 5)
        else:
            self.style(13, bold=True)
            self.multi_cell(CONTENT, 6.5, title, align=Align.L, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(2)

    def entries(self, entries: tuple[Entry, ...], *, width: float = CONTENT) -> None:
        """Label and answer side by side, a thin rule between rows."""
        label_width = 48.0 if width >= CONTENT else 42.0
        self.set_fill_color(*WHITE)  # a table takes the fill colour in force as its own
        with self.table(
            width=width,
            col_widths=(label_width, width - label_width),
            first_row_as_headings=False,
            borders_layout=TableBordersLayout.HORIZONTAL_LINES,
            text_align=Align.L,
            v_align=VAlign.T,
            line_height=5.6,
            padding=(2.4, 2, 2.4, 0),
            align=Align.L,
        ) as table:
            for entry in entries:
                row = table.row()
                row.cell(_plain(entry.label), style=FontFace(FAMILY, "B", 9, MUTED))
                row.cell(_plain(entry.value), style=FontFace(FAMILY, "", 11, INK))
        self.ln(6)

    def keep_together(self, draw: Callable[[_Report], None]) -> None:
        """Draw a block, on a new page if it would not fit on this one (but fits on one)."""
        if self.scratch is None:
            self.scratch = _Report(self.made, self.today)
        scratch = self.scratch
        scratch.add_page()
        first_page, top = scratch.page, scratch.get_y()
        draw(scratch)
        height = (scratch.page - first_page) * scratch.eph + scratch.get_y() - top
        fits_a_page = height <= self.page_break_trigger - self.t_margin
        if fits_a_page and self.get_y() + height > self.page_break_trigger:
            self.add_page()
        draw(self)

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
        self.multi_cell(
            CONTENT, 13, _plain(made.title), align=Align.L, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.ln(3)
        self.style(11.5, color=ON_ACCENT)
        self.multi_cell(
            CONTENT, 6, _plain(made.made), align=Align.L, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.set_y(128)
        if made.topic:
            self.style(10, bold=True, color=ACCENT)
            self.cell(
                CONTENT,
                6,
                _plain(text(lang, "export-topic")).upper(),
                align=Align.L,
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            self.ln(1)
            # The interview takes 300 characters; an imported file may hold more,
            # which the strategy pages show in full.
            topic = _plain(made.topic)
            topic = topic if len(topic) <= 300 else topic[:299].rstrip() + "…"
            short = len(topic) <= 90
            self.style(21 if short else 14, bold=True)
            self.multi_cell(
                CONTENT,
                9.5 if short else 6.8,
                topic,
                align=Align.L,
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            self.ln(8)
        if not made.finished:
            self.set_fill_color(*NOT_MET)
            self.style(10.5)
            self.multi_cell(
                CONTENT,
                5.8,
                _plain(text(lang, "export-draft")),
                fill=True,
                padding=BOX_PADDING,
                align=Align.L,
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            self.ln(8)
        contents = [f"{section.number}.  {section.title}" for section in made.sections]
        if made.advice:
            contents.append(text(lang, "export-advice"))
        if made.personas:
            contents.append(text(lang, "export-personas"))
        if made.goals:
            contents.append(text(lang, "export-goals"))
        if contents:
            self.style(10, bold=True, color=ACCENT)
            self.cell(
                CONTENT,
                6,
                _plain(text(lang, "export-contents")).upper(),
                align=Align.L,
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            self.ln(1)
            self.style(12)
            for line in contents:
                self.multi_cell(
                    CONTENT, 7.5, _plain(line), align=Align.L, new_x=XPos.LMARGIN, new_y=YPos.NEXT
                )

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
                self.multi_cell(
                    CONTENT - 6,
                    5.8,
                    _plain(tip),
                    align=Align.L,
                    new_x=XPos.LMARGIN,
                    new_y=YPos.NEXT,
                )
                self.ln(1.5)

    def section(self, section: Section) -> None:
        self.heading(f"{section.number}. {section.title}")
        self.entries(section.entries)

    def persona_pages(self) -> None:
        if not self.made.personas:
            return
        self.add_page()
        heading: str | None = text(self.made.language, "export-personas")
        for persona in self.made.personas:
            self.keep_together(partial(_Report.persona_card, persona=persona, heading=heading))
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
        self.multi_cell(
            CONTENT - 6, 7.5, _plain(title), align=Align.L, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.ln(1.5)
        self.set_x(MARGIN + 6)
        rows = tuple(e for e in persona.entries if not e.ref.endswith((".name", ".age")))
        self.set_left_margin(MARGIN + 6)
        self.entries(rows, width=CONTENT - 6)
        self.set_left_margin(MARGIN)
        self.set_x(MARGIN + 6)
        self.set_fill_color(*ACCENT_LIGHT)
        self.style(11, color=ACCENT)
        write_to = re.sub(r"^\W+", "", _plain(persona.write_to))
        self.multi_cell(
            CONTENT - 6,
            5.8,
            write_to,
            fill=True,
            padding=BOX_PADDING,
            align=Align.L,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        bottom = self.get_y()
        self.set_fill_color(*ACCENT)
        self.rect(MARGIN, top, 1.6, bottom - top, style="F")
        self.ln(10)

    def goal_pages(self) -> None:
        if not self.made.goals:
            return
        self.add_page()
        heading: str | None = text(self.made.language, "export-goals")
        for goal in self.made.goals:
            self.keep_together(partial(_Report.goal_table, goal=goal, heading=heading))
            heading = None

    def goal_table(self, goal: Goal, heading: str | None = None) -> None:
        """A goal's answers under their SMART letters, each letter judged."""
        if heading is not None:
            self.heading(heading)
        lang = self.made.language
        self.heading(goal.title, level=1)
        self.set_fill_color(*WHITE)
        with self.table(
            width=CONTENT,
            col_widths=(40, 44, CONTENT - 84),
            first_row_as_headings=False,
            borders_layout=TableBordersLayout.HORIZONTAL_LINES,
            text_align=Align.L,
            v_align=VAlign.T,
            line_height=5.6,
            padding=(2.4, 2.5, 2.4, 2.5),
            align=Align.L,
        ) as table:
            for letter in goal.letters:
                head = f"{letter.letter}  {letter.word}"
                fill: RGB | None = None
                if letter.met is not None:
                    mark = "✓ " + text(lang, "export-goal-met")
                    if not letter.met:
                        mark = "✗ " + text(lang, "export-goal-not-met")
                    head = f"{head}\n{mark}"
                    fill = MET if letter.met else NOT_MET
                head_style = FontFace(FAMILY, "B", 10, ACCENT, fill)
                rows = letter.entries or (Entry("", "", text(lang, "export-not-answered")),)
                for number, entry in enumerate(rows):
                    row = table.row()
                    if number == 0:
                        row.cell(_plain(head), style=head_style, rowspan=len(rows))
                    row.cell(_plain(entry.label), style=FontFace(FAMILY, "B", 9, MUTED))
                    color = INK if entry.ref else MUTED
                    row.cell(_plain(entry.value), style=FontFace(FAMILY, "", 10.5, color))
            for entry in goal.extra:
                row = table.row()
                row.cell("")
                row.cell(_plain(entry.label), style=FontFace(FAMILY, "B", 9, MUTED))
                row.cell(_plain(entry.value), style=FontFace(FAMILY, "", 10.5, INK))
        self.ln(9)


def render_strategy_pdf(session: Session, today: date) -> bytes:
    """The strategy report as PDF bytes."""
    report = _Report(strategy(session, today), today)
    report.title_page()
    report.strategy_pages()
    report.persona_pages()
    report.goal_pages()
    return bytes(report.output())
