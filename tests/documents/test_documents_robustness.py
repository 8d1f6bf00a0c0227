"""Every document is made from any session: part way through, or with odd values in it
(an imported file, an answer from an older or newer flow)."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader

from conversations.documents import render
from conversations.documents.examples import sample_session
from conversations.documents.markdown import render_markdown
from conversations.events import Attachment, Document
from conversations.models import Language, Session

from .sessions import TODAY


def every_document(session: Session) -> None:
    for document in (Document.PDF, Document.MARKDOWN, Document.JSON):
        assert render(session, Attachment(document), TODAY).data
    for index in range(len(session.groups.get("persona", []))):
        made = render(session, Attachment(Document.PERSONA_CARD, index), TODAY)
        assert Image.open(io.BytesIO(made.data)).size == (1080, 1350)


def shrinking(session: Session) -> list[Session]:
    """The session with its answers taken away one by one, last first."""
    found = []
    current = session.model_copy(deep=True)
    keys = [("answers", key) for key in current.answers]
    for group, items in current.groups.items():
        for index, item in enumerate(items):
            keys += [(f"{group}.{index}", key) for key in item]
    for where, key in reversed(keys):
        if where == "answers":
            del current.answers[key]
        else:
            group, index = where.split(".")
            del current.groups[group][int(index)][key]
        found.append(current.model_copy(deep=True))
    return found


def test_every_stage_of_a_half_finished_interview(language: Language) -> None:
    finished = sample_session(language)
    finished.finished_at = None
    for session in shrinking(finished)[::4]:
        every_document(session)


@pytest.mark.parametrize(
    "odd",
    [
        {"age": "førti"},
        {"channels": "Instagram og litt Facebook"},
        {"channels": ["instagram", "myspace"]},
        {"name": ""},
        {"problems": "   "},
        {"wants": 42},
        {"unknown_field": "Noe en nyere versjon spør om"},
    ],
)
def test_odd_persona_values(odd: dict[str, object]) -> None:
    session = sample_session("nb")
    session.groups["persona"][0].update(odd)  # type: ignore[arg-type]
    every_document(Session.model_validate(session.model_dump()))


@pytest.mark.parametrize(
    "odd",
    [
        {"deadline": "snart"},
        {"deadline": "2020-01-01"},
        {"target": 0, "baseline": 0},
        {"baseline": 1.5, "target": 2.25},
        {"type": "xyz"},
        {"metric": "Egen måling"},
        {"hours": 0},
    ],
)
def test_odd_goal_values(odd: dict[str, object]) -> None:
    session = sample_session("nb")
    session.groups["goal"][0].update(odd)  # type: ignore[arg-type]
    every_document(Session.model_validate(session.model_dump()))


def test_answers_no_question_asks_any_more_are_kept() -> None:
    session = sample_session("en")
    session.answers["old_question"] = "An answer from an older flow"
    session.answers["purpose"] = "no_longer_an_option"
    markdown = render_markdown(session, TODAY)
    assert "An answer from an older flow" in markdown
    assert "no\\_longer\\_an\\_option" in markdown
    pdf = render(session, Attachment(Document.PDF), TODAY).data
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "An answer from an older flow" in " ".join(text.split())
