"""A persona as a card image: 1080 × 1350 px (4:5, the shape phones show best).

The card is laid out first (`layout_persona_card`): every text gets a box, is
wrapped to the box's width and cut with "…" when it has more lines than the
box allows. Long answers give up lines to each other until everything fits
the card, so nothing is ever drawn outside its box. Drawing
(`render_persona_card`) only paints that layout, and tests measure the same
layout (`ink_box`) to check that no text leaves its box.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from PIL import Image, ImageDraw, ImageFont

from ..models import Session
from . import content
from .content import text
from .fonts import BOLD, REGULAR, drawable

WIDTH, HEIGHT = 1080, 1350
MARGIN = 72
ELLIPSIS = "…"

RGB = tuple[int, int, int]
BACKGROUND: RGB = (250, 247, 242)
INK: RGB = (38, 38, 42)
MUTED: RGB = (120, 116, 110)
WHITE: RGB = (255, 255, 255)


@dataclass(frozen=True)
class Palette:
    accent: RGB  # the header, labels
    light: RGB  # boxes and chips
    on_accent: RGB  # secondary text on the header


# One colour per persona, so two cards side by side are easy to tell apart.
PALETTES = (
    Palette(accent=(31, 104, 112), light=(222, 238, 237), on_accent=(204, 229, 229)),
    Palette(accent=(176, 80, 56), light=(248, 230, 222), on_accent=(246, 214, 202)),
    Palette(accent=(62, 82, 140), light=(226, 231, 245), on_accent=(210, 218, 242)),
)


@dataclass(frozen=True)
class Box:
    left: int
    top: int
    right: int
    bottom: int

    @property
    def width(self) -> int:
        return self.right - self.left

    @property
    def height(self) -> int:
        return self.bottom - self.top

    def contains(self, other: Box) -> bool:
        return (
            self.left <= other.left
            and self.top <= other.top
            and other.right <= self.right
            and other.bottom <= self.bottom
        )

    def overlaps(self, other: Box) -> bool:
        return (
            self.left < other.right
            and other.left < self.right
            and self.top < other.bottom
            and other.top < self.bottom
        )


@dataclass(frozen=True)
class TextBlock:
    """Lines of text in a box, drawn from the box's top-left (or centred in it)."""

    role: str
    box: Box
    lines: tuple[str, ...]
    size: int
    bold: bool
    color: RGB
    line_height: int
    align: Literal["left", "center"] = "left"
    # The text had to be shortened with "…" to fit.
    shortened: bool = False


@dataclass(frozen=True)
class Shape:
    kind: Literal["rect", "rounded", "ellipse"]
    box: Box
    fill: RGB
    radius: int = 0


@dataclass(frozen=True)
class CardLayout:
    width: int
    height: int
    background: RGB
    shapes: tuple[Shape, ...]
    texts: tuple[TextBlock, ...]

    def text(self, role: str) -> TextBlock | None:
        return next((block for block in self.texts if block.role == role), None)


# -- fonts and measuring -------------------------------------------------------------


@cache
def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    # The basic layout engine: the same result with or without libraqm installed.
    path = BOLD if bold else REGULAR
    return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.BASIC)


def line_height(size: int, bold: bool = False, spacing: float = 1.3) -> int:
    ascent, descent = font(size, bold).getmetrics()
    return max(round(size * spacing), ascent + descent)


@lru_cache(maxsize=4096)
def _extent(value: str, size: int, bold: bool) -> tuple[float, float, float]:
    """Where the ink of `value` starts and ends from its origin, and its advance.

    A card measures some texts again and again: the chips of a row as each is
    added, every line once more to draw it.
    """
    face = font(size, bold)
    left, _, right, _ = face.getbbox(value, anchor="ls")
    return left, right, face.getlength(value)


def text_width(value: str, size: int, bold: bool = False) -> float:
    """How wide `value` is drawn: its advance, or its ink where a glyph overhangs."""
    left, right, advance = _extent(value, size, bold)
    return float(max(advance, right) - min(left, 0))


def line_origin(block: TextBlock, number: int) -> tuple[float, float, str]:
    """Where line `number` of `block` is drawn: (x, y, Pillow anchor)."""
    ascent, descent = font(block.size, block.bold).getmetrics()
    top = block.box.top + number * block.line_height
    # Each line sits in the middle of its line height, on its baseline.
    baseline = top + (block.line_height - (ascent + descent)) / 2 + ascent
    if block.align == "center":
        return (block.box.left + block.box.right) / 2, baseline, "ms"
    # A glyph that reaches left of its origin ("j") starts the line a little later.
    left = _extent(block.lines[number], block.size, block.bold)[0]
    return block.box.left - min(left, 0), baseline, "ls"


def ink_box(block: TextBlock, number: int) -> Box:
    """The pixels line `number` of `block` actually covers, as the font measures them."""
    x, y, anchor = line_origin(block, number)
    left, top, right, bottom = font(block.size, block.bold).getbbox(
        block.lines[number], anchor=anchor
    )
    return Box(int(x + left), int(y + top), int(x + right + 0.999), int(y + bottom + 0.999))


# -- wrapping ------------------------------------------------------------------------


def wrap(value: str, width: int, size: int, bold: bool = False) -> list[str]:
    """`value` in lines no wider than `width`; a word too long for a line is broken.

    Each line takes as many words as fit (more words never fit where fewer did
    not), found from a guess by their number of characters rather than by
    measuring the line again for every word.
    """
    words = value.split()
    lines: list[str] = []
    current = ""  # the line so far: nothing, or the end of a broken word
    start = 0
    while start < len(words):
        taken = _words_that_fit(current, words[start:], width, size, bold)
        current = _joined(current, words[start : start + taken])
        start += taken
        if start == len(words):
            break
        # The next word does not fit after `current`.
        if current:
            lines.append(current)
        word = words[start]
        start += 1
        while text_width(word, size, bold) > width:
            cut = _longest_prefix(word, width, size, bold)
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines


def _words_that_fit(current: str, words: list[str], width: int, size: int, bold: bool) -> int:
    """How many of `words` fit on a line after `current`."""

    def fits(count: int) -> bool:
        return count == 0 or text_width(_joined(current, words[:count]), size, bold) <= width

    # A guess, checked below: DejaVu Sans has about two characters to an em.
    room = 2 * width / size - len(current)
    count = 0
    while count < len(words) and room >= len(words[count]):
        room -= len(words[count]) + 1
        count += 1
    while not fits(count):
        count -= 1
    while count < len(words) and fits(count + 1):
        count += 1
    return count


def _joined(current: str, words: list[str]) -> str:
    return " ".join([current, *words] if current else words)


def _longest_prefix(word: str, width: int, size: int, bold: bool) -> int:
    """How many characters of a word too wide for `width` go on a line (at least one)."""
    kept, too_many = 1, len(word)  # a longer prefix is never narrower: halve the gap
    while too_many - kept > 1:
        middle = (kept + too_many) // 2
        if text_width(word[:middle], size, bold) <= width:
            kept = middle
        else:
            too_many = middle
    return kept


def shorten(lines: list[str], max_lines: int, width: int, size: int, bold: bool) -> list[str]:
    """At most `max_lines` lines; if some are dropped, the last kept one ends in "…"."""
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    last = kept[-1]
    while last and text_width(last.rstrip(" ,.;:–-") + ELLIPSIS, size, bold) > width:
        last = last[:-1]
    kept[-1] = last.rstrip(" ,.;:–-") + ELLIPSIS
    return kept


# -- layout --------------------------------------------------------------------------


@dataclass
class _Field:
    """A labelled answer in the card's body, before it is placed."""

    role: str
    label: str
    lines: list[str]  # the whole answer, wrapped
    max_lines: int
    chips: list[str] | None = None  # channels are chips, not lines

    def shown_lines(self) -> int:
        return min(len(self.lines), self.max_lines)


LABEL_SIZE, VALUE_SIZE = 26, 34
CHIP_SIZE, CHIP_PAD_X, CHIP_HEIGHT, CHIP_GAP = 30, 26, 60, 14
FIELD_GAP, LABEL_GAP = 34, 8
NAME_SIZE, META_SIZE, OCCUPATION_SIZE = 64, 36, 32
WRITE_TO_SIZE, WRITE_TO_PAD = 33, 30
FOOTER_SIZE = 24
AVATAR = 168
HEADER_TOP, HEADER_BOTTOM = 64, 52
BODY_GAP, BOX_GAP = 48, 36


def layout_persona_card(session: Session, index: int) -> CardLayout:
    """Where everything on persona `index`'s card goes, and what it says."""
    lang = session.language
    persona = content.persona(session, index)
    palette = PALETTES[index % len(PALETTES)]
    shapes: list[Shape] = []
    texts: list[TextBlock] = []

    # Header: an avatar with initials, the name, age and place, occupation.
    name = drawable(persona.name) or drawable(
        content.text(lang, "summary-persona", number=index + 1)
    )
    avatar = Box(MARGIN, HEADER_TOP, MARGIN + AVATAR, HEADER_TOP + AVATAR)
    shapes.append(Shape("ellipse", avatar, WHITE))
    initials_size = 72
    initials_height = line_height(initials_size, True, 1.0)
    texts.append(
        TextBlock(
            "initials",
            Box(
                avatar.left,
                avatar.top + (AVATAR - initials_height) // 2,
                avatar.right,
                avatar.top + (AVATAR - initials_height) // 2 + initials_height,
            ),
            (_initials(name),),
            initials_size,
            True,
            palette.accent,
            initials_height,
            align="center",
        )
    )
    left = avatar.right + 44
    right = WIDTH - MARGIN
    y = HEADER_TOP
    meta = " · ".join(
        value for value in (persona.age, persona.place and drawable(persona.place)) if value
    )
    header_lines = [
        ("name", name, NAME_SIZE, True, WHITE, 2),
        ("meta", meta, META_SIZE, False, palette.on_accent, 1),
        (
            "occupation",
            drawable(persona.occupation or ""),
            OCCUPATION_SIZE,
            False,
            palette.on_accent,
            2,
        ),
    ]
    for role, value, size, bold, color, max_lines in header_lines:
        if not value:
            continue
        block, y = _text_block(role, value, left, right, y, size, bold, color, max_lines)
        texts.append(block)
        y += 10
    header_bottom = max(avatar.bottom, y - 10) + HEADER_BOTTOM
    shapes.insert(0, Shape("rect", Box(0, 0, WIDTH, header_bottom), palette.accent))

    # Footer and the "write to them like this" box, from the bottom up.
    footer_height = line_height(FOOTER_SIZE)
    footer = Box(MARGIN, HEIGHT - 44 - footer_height, right, HEIGHT - 44)
    texts.append(
        TextBlock(
            "footer",
            footer,
            (drawable(text(lang, "export-card-footer", number=index + 1)),),
            FOOTER_SIZE,
            False,
            MUTED,
            footer_height,
        )
    )
    # The line's own emoji (✍️) comes out tiny in a text font; the box says it well enough.
    write_to = re.sub(r"^\W+", "", drawable(persona.write_to))
    write_width = right - MARGIN - 2 * WRITE_TO_PAD
    write_lines = wrap(write_to, write_width, WRITE_TO_SIZE)
    write_max = 5

    # Body: the answers as labelled fields, which share the space left.
    width = right - MARGIN
    fields = [
        _Field(role, content_label, wrap(drawable(value), width, VALUE_SIZE), max_lines)
        for role, content_label, value, max_lines in (
            ("problems", text(lang, "export-card-problems"), persona.problems, 5),
            ("wants", text(lang, "export-card-wants"), persona.wants, 4),
            ("hobbies", text(lang, "export-card-hobbies"), persona.hobbies, 3),
        )
        if value and drawable(value)
    ]
    chips = [drawable(channel) for channel in persona.channels if drawable(channel)]
    if chips:
        fields.append(_Field("channels", text(lang, "export-card-channels"), [], 2, chips))
    body_top = header_bottom + BODY_GAP

    def write_box_height() -> int:
        shown = min(len(write_lines), write_max)
        return shown * line_height(WRITE_TO_SIZE) + 2 * WRITE_TO_PAD

    def body_height() -> int:
        return sum(_field_height(field, width) for field in fields) + FIELD_GAP * max(
            len(fields) - 1, 0
        )

    # Give up lines until the body fits above the box, in this order: the box
    # down to 4 lines, the answers down to 2 (longest first), the box down to 2,
    # the answers down to 1, the box down to 1.
    def give_up_a_line() -> bool:
        nonlocal write_max
        for part, floor in (("box", 4), ("body", 2), ("box", 2), ("body", 1), ("box", 1)):
            write_shown = min(len(write_lines), write_max)
            if part == "box" and write_shown > floor:
                write_max = write_shown - 1
                return True
            longest = max(fields, key=lambda field: field.shown_lines(), default=None)
            if part == "body" and longest is not None and longest.shown_lines() > floor:
                longest.max_lines = longest.shown_lines() - 1
                return True
        return False

    while body_top + body_height() > footer.top - 40 - write_box_height() - BOX_GAP:
        if not give_up_a_line():
            raise AssertionError("the card's header, body and footer can't all fit")

    y = body_top
    for field in fields:
        label_block, y = _text_block(
            f"{field.role}-label",
            field.label.upper(),
            MARGIN,
            right,
            y,
            LABEL_SIZE,
            True,
            palette.accent,
            1,
        )
        texts.append(label_block)
        y += LABEL_GAP
        if field.chips is not None:
            chip_shapes, chip_texts, y = _chips(field, MARGIN, right, y, palette)
            shapes.extend(chip_shapes)
            texts.extend(chip_texts)
        else:
            shown = shorten(field.lines, field.max_lines, width, VALUE_SIZE, False)
            height = len(shown) * line_height(VALUE_SIZE)
            texts.append(
                TextBlock(
                    field.role,
                    Box(MARGIN, y, right, y + height),
                    tuple(shown),
                    VALUE_SIZE,
                    False,
                    INK,
                    line_height(VALUE_SIZE),
                    shortened=len(shown) < len(field.lines),
                )
            )
            y += height
        y += FIELD_GAP
    # The box follows the answers; what room is left stays at the bottom.
    box_top = y - FIELD_GAP + BOX_GAP if fields else body_top
    write_box = Box(MARGIN, box_top, right, box_top + write_box_height())
    if write_to:
        shapes.append(Shape("rounded", write_box, palette.light, radius=28))
        shown = shorten(write_lines, write_max, write_width, WRITE_TO_SIZE, False)
        texts.append(
            TextBlock(
                "write_to",
                Box(
                    write_box.left + WRITE_TO_PAD,
                    write_box.top + WRITE_TO_PAD,
                    write_box.right - WRITE_TO_PAD,
                    write_box.bottom - WRITE_TO_PAD,
                ),
                tuple(shown),
                WRITE_TO_SIZE,
                False,
                palette.accent,
                line_height(WRITE_TO_SIZE),
                shortened=len(shown) < len(write_lines),
            )
        )
    return CardLayout(WIDTH, HEIGHT, BACKGROUND, tuple(shapes), tuple(texts))


def _text_block(
    role: str,
    value: str,
    left: int,
    right: int,
    top: int,
    size: int,
    bold: bool,
    color: RGB,
    max_lines: int,
) -> tuple[TextBlock, int]:
    """A block of wrapped (and if need be shortened) text; returns it and its bottom."""
    width = right - left
    lines = wrap(value, width, size, bold)
    shown = shorten(lines, max_lines, width, size, bold)
    height = line_height(size, bold) * len(shown)
    block = TextBlock(
        role,
        Box(left, top, right, top + height),
        tuple(shown),
        size,
        bold,
        color,
        line_height(size, bold),
        shortened=len(shown) < len(lines),
    )
    return block, top + height


def _field_height(field: _Field, width: int) -> int:
    label = line_height(LABEL_SIZE, True) + LABEL_GAP
    if field.chips is not None:
        rows = len(_chip_rows(field.chips, width, field.max_lines))
        return label + rows * CHIP_HEIGHT + (rows - 1) * CHIP_GAP
    return label + field.shown_lines() * line_height(VALUE_SIZE)


def _chip_width(label: str) -> int:
    return int(text_width(label, CHIP_SIZE) + 0.999) + 2 * CHIP_PAD_X


def _chip_rows(chips: list[str], width: int, max_rows: int) -> list[list[str]]:
    """Chips in rows that fit `width`; what doesn't fit in `max_rows` becomes "+N"."""
    rows: list[list[str]] = [[]]
    for chip in chips:
        label = chip
        if _chip_width(label) > width:
            label = shorten(
                wrap(label, width - 2 * CHIP_PAD_X, CHIP_SIZE),
                1,
                width - 2 * CHIP_PAD_X,
                CHIP_SIZE,
                False,
            )[0]
        row = rows[-1]
        used = sum(_chip_width(c) for c in row) + CHIP_GAP * len(row)
        if row and used + _chip_width(label) > width:
            rows.append([])
        rows[-1].append(label)
    if len(rows) <= max_rows:
        return rows
    kept = rows[:max_rows]
    hidden = sum(len(row) for row in rows[max_rows:])
    last = kept[-1]
    while last:
        more = f"+{hidden}"
        used = sum(_chip_width(c) for c in last) + CHIP_GAP * len(last)
        if used + _chip_width(more) <= width:
            last.append(more)
            break
        last.pop()
        hidden += 1
    return kept


def _chips(
    field: _Field, left: int, right: int, top: int, palette: Palette
) -> tuple[list[Shape], list[TextBlock], int]:
    assert field.chips is not None
    shapes: list[Shape] = []
    texts: list[TextBlock] = []
    y = top
    height = line_height(CHIP_SIZE, spacing=1.2)
    for row in _chip_rows(field.chips, right - left, field.max_lines):
        x = left
        for label in row:
            width = _chip_width(label)
            chip = Box(x, y, x + width, y + CHIP_HEIGHT)
            shapes.append(Shape("rounded", chip, palette.light, radius=CHIP_HEIGHT // 2))
            inner_top = y + (CHIP_HEIGHT - height) // 2
            texts.append(
                TextBlock(
                    "channel",
                    Box(x + CHIP_PAD_X, inner_top, x + width - CHIP_PAD_X, inner_top + height),
                    (label,),
                    CHIP_SIZE,
                    False,
                    palette.accent,
                    height,
                )
            )
            x += width + CHIP_GAP
        y += CHIP_HEIGHT + CHIP_GAP
    return shapes, texts, y - CHIP_GAP


def _initials(name: str) -> str:
    letters = [word[0] for word in name.split() if word[:1].isalnum()]
    return "".join(letters[:2]).upper() or "?"


# -- drawing ------------------------------------------------------------------------


def draw(layout: CardLayout) -> Image.Image:
    image = Image.new("RGB", (layout.width, layout.height), layout.background)
    pen = ImageDraw.Draw(image)
    for shape in layout.shapes:
        box = (shape.box.left, shape.box.top, shape.box.right - 1, shape.box.bottom - 1)
        if shape.kind == "ellipse":
            pen.ellipse(box, fill=shape.fill)
        elif shape.kind == "rounded":
            pen.rounded_rectangle(box, radius=shape.radius, fill=shape.fill)
        else:
            pen.rectangle(box, fill=shape.fill)
    for block in layout.texts:
        for number, line in enumerate(block.lines):
            x, y, anchor = line_origin(block, number)
            pen.text(
                (x, y), line, font=font(block.size, block.bold), fill=block.color, anchor=anchor
            )
    return image


def render_persona_card(session: Session, index: int) -> bytes:
    """Persona `index` of `session` as a PNG image."""
    # Measurements are kept for the card they are made for, not for the next person's.
    _extent.cache_clear()
    return png(draw(layout_persona_card(session, index)))


def png(image: Image.Image) -> bytes:
    """An RGB image as a PNG file, rows unfiltered.

    Pillow tries five filters on every row to keep the best, about 20 ms of CPU
    for a card. A card is mostly flat colour, which compresses well without
    them: zlib at level 3 takes about 9 ms, and a card comes out about as large
    as from Pillow at its default level (75-120 kB).
    """
    assert image.mode == "RGB", image.mode
    width, height = image.size
    pixels = memoryview(image.tobytes())
    stride = 3 * width
    rows = b"".join(b"\0" + pixels[top : top + stride] for top in range(0, len(pixels), stride))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return b"".join(
        (
            b"\x89PNG\r\n\x1a\n",
            _chunk(b"IHDR", header),
            _chunk(b"IDAT", zlib.compress(rows, 3)),
            _chunk(b"IEND", b""),
        )
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


__all__ = [
    "HEIGHT",
    "WIDTH",
    "Box",
    "CardLayout",
    "Shape",
    "TextBlock",
    "ink_box",
    "layout_persona_card",
    "png",
    "render_persona_card",
]
