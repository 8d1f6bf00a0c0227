"""The strategy report: opens in a PDF reader, has its pages, and says what the person said."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from conversations.documents.content import text
from conversations.documents.examples import sample_session
from conversations.documents.pdf import render_strategy_pdf
from conversations.models import Language, Session

from .sessions import LONG, TODAY, long_session, partial_session


def read(data: bytes) -> PdfReader:
    assert data.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(data))


def squashed(value: str) -> str:
    """White space as one space: lines wrap where the PDF says, not where the answer did."""
    return " ".join(value.split())


def pages_text(reader: PdfReader) -> list[str]:
    return [squashed(page.extract_text()) for page in reader.pages]


def every_text_answer(session: Session) -> list[str]:
    """The answers typed as text: they appear word for word."""
    found = [value for value in session.answers.values() if isinstance(value, str)]
    for items in session.groups.values():
        for item in items:
            found += [value for value in item.values() if isinstance(value, str)]
    # Option ids ("sell", "instagram") are shown by their labels, not as typed text.
    return [value for value in found if " " in value or value[:1].isupper()]


def page_with(pages: list[str], needle: str) -> int:
    matches = [number for number, page in enumerate(pages, start=1) if needle in page]
    assert matches, needle
    return matches[0]


def test_the_sample_opens_with_title_strategy_persona_and_goal_pages(language: Language) -> None:
    session = sample_session(language)
    reader = read(render_strategy_pdf(session, TODAY))
    pages = pages_text(reader)
    # Title page; the parts and the advice; each persona card; the SMART goals.
    assert len(pages) == 6
    title = text(language, "export-title")
    assert title in pages[0] and str(session.answers["topic"]) in pages[0]
    assert text(language, "export-made", date="26. november 2026" if language == "nb"
                else "26 November 2026") in pages[0]  # fmt: skip
    assert text(language, "part-purpose") in pages[1]
    assert text(language, "export-personas") in pages[3]
    ingrid = page_with(pages, "Ingrid, 42")
    ahmed = page_with(pages, "Ahmed, 29")
    assert 4 <= ingrid <= ahmed < 6
    assert page_with(pages, text(language, "export-goal-title", number=2, name="")) == 6
    # Numbered pages after the title page.
    assert text(language, "export-page", number=2, total=6) in pages[1]
    assert text(language, "export-page", number=6, total=6) in pages[5]
    assert reader.metadata is not None
    assert reader.metadata.title is not None and title in reader.metadata.title


def test_every_answer_is_in_the_text_with_aeoeaa_intact(language: Language) -> None:
    session = sample_session(language)
    everything = " ".join(pages_text(read(render_strategy_pdf(session, TODAY))))
    for answer in every_text_answer(session):
        assert squashed(answer) in everything, answer
    # Choices by their labels, numbers and dates as the language writes them.
    assert text(language, "opt-purpose-sell") in everything
    assert text(language, "opt-goal_types-engagement") in everything
    assert "Instagram, Facebook" in everything
    assert ("1. mai 2027" if language == "nb" else "1 May 2027") in everything
    if language == "nb":
        assert "Hagestell på Vestlandet" in everything
        assert "Grønnsaker som tåler regn" in everything
    # Each SMART letter and its judgement.
    assert everything.count(text(language, "export-goal-met")) == 10


def test_five_hundred_characters_wrap_onto_the_page(language: Language) -> None:
    session = long_session(language)
    pages = pages_text(read(render_strategy_pdf(session, TODAY)))
    # The title page keeps its whole list of contents under a long topic.
    assert text(language, "export-goals") in pages[0]
    everything = " ".join(pages)
    # Emoji the font lacks are left out; everything else is there as typed (the
    # word too long for a line is broken, so spaces are not compared).
    expected = "".join(LONG.replace("🐌", "").replace("🌧️", "").split())
    assert "".join(everything.split()).count(expected) >= 7


def test_a_half_finished_interview_is_a_draft_with_what_there_is(language: Language) -> None:
    session = partial_session(language)
    pages = pages_text(read(render_strategy_pdf(session, TODAY)))
    # Title page, the one part answered, and the persona: no goals page.
    assert len(pages) == 3
    assert text(language, "export-draft") in pages[0]
    assert "Surdeig i Tromsø" in pages[0] and "Surdeig i Tromsø" in pages[1]
    assert "Kari" in pages[2]
    assert text(language, "export-goals") not in " ".join(pages)


def test_an_empty_session_is_a_title_page_and_advice(language: Language) -> None:
    session = Session(person_id="local:tom", language=language)
    pages = pages_text(read(render_strategy_pdf(session, TODAY)))
    assert len(pages) == 2
    assert text(language, "export-title") in pages[0]
    assert text(language, "export-advice") in pages[1]


def test_the_same_session_and_day_give_the_same_file() -> None:
    session = sample_session("nb")
    first = render_strategy_pdf(session, TODAY)
    assert first == render_strategy_pdf(session, TODAY)
    assert re.search(rb"/CreationDate \(D:20261126", first)


def test_a_goal_with_missing_letters_says_what_is_missing() -> None:
    session = sample_session("en")
    goal = session.groups["goal"][0]
    del goal["why"], goal["hours"]
    everything = " ".join(pages_text(read(render_strategy_pdf(session, TODAY))))
    assert "Not answered yet" in everything
    assert text("en", "export-goal-not-met") in everything
