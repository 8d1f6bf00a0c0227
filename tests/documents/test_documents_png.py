"""The persona card image: decodes, the right size, not blank, and no text leaves its box."""

from __future__ import annotations

import io
import itertools
import random

import pytest
from PIL import Image

from conversations.documents.examples import sample_session
from conversations.documents.fonts import covered, drawable
from conversations.documents.persona_png import (
    HEIGHT,
    WIDTH,
    Box,
    CardLayout,
    draw,
    ink_box,
    layout_persona_card,
    png,
    render_persona_card,
    text_width,
    wrap,
)
from conversations.models import Language, Session

from .sessions import LONG, long_session, partial_session

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def decoded(data: bytes) -> Image.Image:
    assert data.startswith(PNG_MAGIC)
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def cards(session: Session) -> list[CardLayout]:
    return [layout_persona_card(session, i) for i in range(len(session.groups["persona"]))]


def assert_nothing_overflows(layout: CardLayout) -> None:
    canvas = Box(0, 0, layout.width, layout.height)
    for block in layout.texts:
        assert block.lines, block.role
        assert canvas.contains(block.box), block.role
        assert block.box.height >= len(block.lines) * block.line_height - 1, block.role
        for number, line in enumerate(block.lines):
            assert line.strip(), (block.role, number)
            # Measured by the font: the line is no wider than its box, and every
            # pixel it inks (accents and descenders included) is inside the box.
            assert text_width(line, block.size, block.bold) <= block.box.width, (block.role, line)
            assert block.box.contains(ink_box(block, number)), (block.role, line)
    for shape in layout.shapes:
        assert canvas.contains(shape.box)
    # No two texts share pixels.
    for first, second in itertools.combinations(layout.texts, 2):
        assert not first.box.overlaps(second.box), (first.role, second.role)


def test_the_card_decodes_at_the_expected_size_and_is_not_blank(language: Language) -> None:
    session = sample_session(language)
    image = decoded(render_persona_card(session, 0))
    assert image.format == "PNG"
    assert image.size == (WIDTH, HEIGHT) == (1080, 1350)
    assert image.mode == "RGB"
    colours = image.getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 50  # text is anti-aliased
    # The header's colour, the page's colour and dark text are all there.
    layout = layout_persona_card(session, 0)
    assert image.getpixel((5, 5)) == layout.shapes[0].fill
    assert image.getpixel((5, HEIGHT - 5)) == layout.background
    darkest = min(sum(colour) for _, colour in colours)
    assert darkest < 200


def test_every_answer_on_the_card_is_in_its_own_box(language: Language) -> None:
    session = sample_session(language)
    for layout in cards(session):
        assert_nothing_overflows(layout)
    layout = layout_persona_card(session, 0)
    persona = session.groups["persona"][0]
    shown = {block.role: " ".join(block.lines) for block in layout.texts}
    assert shown["name"] == persona["name"]
    assert str(persona["place"]) in shown["meta"] and "42" in shown["meta"]
    assert shown["occupation"] == persona["occupation"]
    for field in ("hobbies", "problems", "wants"):
        assert shown[field] == persona[field]
    chips = [block.lines[0] for block in layout.texts if block.role == "channel"]
    assert chips == ["Instagram", "Facebook"]
    assert persona["name"] in shown["write_to"]
    assert {"problems-label", "wants-label", "hobbies-label", "channels-label", "footer"} <= set(
        shown
    )


def test_five_hundred_characters_with_aeoeaa_and_emoji_never_overflow(language: Language) -> None:
    session = long_session(language)
    layout = layout_persona_card(session, 0)
    assert_nothing_overflows(layout)
    shown = {block.role: block for block in layout.texts}
    # Shortened with an ellipsis, not cut off mid-air.
    for role in ("name", "meta", "occupation", "problems", "wants", "hobbies", "write_to"):
        assert shown[role].shortened, role
        assert shown[role].lines[-1].endswith("…"), role
    # The start of the answer is there, Norwegian letters intact.
    assert shown["problems"].lines[0].startswith("Sneglene spiser salaten")
    assert "Åse-Marie" in shown["name"].lines[0]
    # Ten channels don't fit in two rows: the rest are counted.
    chips = [block.lines[0] for block in layout.texts if block.role == "channel"]
    assert chips[-1].startswith("+")
    decoded(render_persona_card(session, 0))


def test_a_long_word_is_broken_rather_than_overflowing() -> None:
    session = sample_session("nb")
    session.groups["persona"][0]["problems"] = "Ø" * 200
    layout = layout_persona_card(session, 0)
    assert_nothing_overflows(layout)
    problems = next(block for block in layout.texts if block.role == "problems")
    assert len(problems.lines) > 1


def test_emoji_the_font_lacks_are_left_out_and_the_rest_is_kept() -> None:
    # The decision: what the font can't draw is dropped, with the joiners and skin
    # tones that go with it; symbols it has (❤ ☀ ✓) are drawn in one colour.
    assert drawable("Kari 🌻") == "Kari"
    assert drawable("👍🏽 Bra ❤️ ☀") == "Bra ❤ ☀"
    assert drawable("👨‍👩‍👧 familie") == "familie"
    assert drawable("  Æ\tø\nå  ") == "Æ ø å"
    assert drawable("å") == "å"  # a + combining ring becomes one letter
    session = sample_session("nb")
    session.groups["persona"][0].update(name="🌻🌻", hobbies="Strikking 🧶 og ❤️ for hagen 🌱")
    layout = layout_persona_card(session, 0)
    assert_nothing_overflows(layout)
    font = covered()
    for block in layout.texts:
        for line in block.lines:
            assert all(ord(char) in font for char in line), line
    shown = {block.role: block.lines for block in layout.texts}
    assert shown["name"] == ("Persona 1",)  # nothing drawable left of the name
    assert shown["hobbies"] == ("Strikking og ❤ for hagen",)
    decoded(render_persona_card(session, 0))


@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_persona_with_only_a_name_gets_a_card(language: Language) -> None:
    session = partial_session(language)
    layout = layout_persona_card(session, 0)
    assert_nothing_overflows(layout)
    roles = {block.role for block in layout.texts}
    assert {"initials", "name", "write_to", "footer"} <= roles
    assert not roles & {"problems", "wants", "hobbies", "channel", "meta"}
    image = decoded(render_persona_card(session, 0))
    assert image.size == (WIDTH, HEIGHT)


def test_each_persona_has_its_own_colour() -> None:
    session = sample_session("nb")
    first, second = (layout_persona_card(session, i).shapes[0].fill for i in (0, 1))
    assert first != second


def test_a_long_place_and_age_share_the_line_under_the_name() -> None:
    session = sample_session("en")
    session.groups["persona"][0]["place"] = LONG[:100]
    meta = next(b for b in layout_persona_card(session, 0).texts if b.role == "meta")
    assert meta.lines[0].startswith("42 years old · Sneglene")
    assert len(meta.lines) <= 2


def test_the_file_holds_exactly_the_pixels_drawn(language: Language) -> None:
    for session in (sample_session(language), long_session(language), partial_session(language)):
        image = draw(layout_persona_card(session, 0))
        data = render_persona_card(session, 0)
        assert data == png(image)
        assert decoded(data).tobytes() == image.tobytes()
        # Small enough to send at once: a card is 30-120 kB.
        assert len(data) < 250_000


def wrapped_a_word_at_a_time(value: str, width: int, size: int, bold: bool) -> list[str]:
    """How `wrap` broke lines before it learned to guess: it is to give the same lines."""
    lines: list[str] = []
    current = ""
    for word in value.split():
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, size, bold) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while text_width(word, size, bold) > width:
            cut = 1
            while cut < len(word) and text_width(word[: cut + 1], size, bold) <= width:
                cut += 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines


@pytest.mark.parametrize("seed", range(3))
def test_wrapping_gives_the_lines_a_word_at_a_time_would(seed: int) -> None:
    rng = random.Random(seed)
    words = [*LONG.split(), "i", "WWWWWW", "illi", "Ø" * 40, "Supercalifragilisticexpialidocious"]
    for _ in range(60):
        value = " ".join(rng.choices(words, k=rng.randint(0, 30)))
        width = rng.randint(120, 940)
        size, bold = rng.choice([26, 33, 34, 64]), rng.random() < 0.3
        assert wrap(value, width, size, bold) == wrapped_a_word_at_a_time(value, width, size, bold)
