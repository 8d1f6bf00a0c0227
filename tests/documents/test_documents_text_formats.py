"""Markdown and JSON: every answer is in them, and the JSON loads back as the same session."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from conversations.documents import persona_filename, render, slugify
from conversations.documents.content import text
from conversations.documents.examples import EXAMPLE_DAY, sample_session
from conversations.documents.json_export import InvalidExport, export_json, import_json, schema
from conversations.documents.markdown import escape, render_markdown
from conversations.events import Attachment, Document
from conversations.models import Language, RestartMenu, Session

from .sessions import LONG, TODAY, long_session, partial_session

ROOT = Path(__file__).resolve().parents[2]


def text_answers(session: Session) -> list[str]:
    found = [value for value in session.answers.values() if isinstance(value, str)]
    for items in session.groups.values():
        for item in items:
            found += [value for value in item.values() if isinstance(value, str)]
    return [value for value in found if " " in value or value[:1].isupper()]


# -- Markdown --------------------------------------------------------------------------


def test_markdown_has_every_answer_under_its_heading(language: Language) -> None:
    session = sample_session(language)
    markdown = render_markdown(session, TODAY)
    for answer in text_answers(session):
        assert escape(answer) in markdown, answer
    assert markdown.startswith(f"# {text(language, 'export-title')}\n")
    for heading in (
        f"## 1. {text(language, 'part-purpose')}",
        f"## {text(language, 'export-personas')}",
        f"## {text(language, 'export-goals')}",
        f"## {text(language, 'export-advice')}",
        "### Ingrid, 42",
        "### Ahmed, 29",
    ):
        assert heading in markdown
    # Choices by their labels, numbers and dates in the person's language; the goal a table.
    assert (
        f"**{text(language, 'label-purpose')}:** {text(language, 'opt-purpose-sell')}" in markdown
    )
    assert "Instagram, Facebook" in markdown
    assert "| 1. mai 2027 |" in markdown if language == "nb" else "| 1 May 2027 |" in markdown
    assert "|---|---|---|" in markdown
    assert text(language, "export-draft") not in markdown


def test_markdown_keeps_a_persons_markup_characters_literal() -> None:
    session = partial_session("nb")
    session.answers["topic"] = "Hage & <b>frø</b> | *stjerner* _her_ # [lenke](x)"
    markdown = render_markdown(session, TODAY)
    assert r"Hage & \<b\>frø\</b\> \| \*stjerner\* \_her\_ \# \[lenke\](x)" in markdown
    # A half-finished interview says it is a draft.
    assert f"> {text('nb', 'export-draft')}" in markdown


def test_markdown_keeps_a_persons_entities_literal() -> None:
    session = partial_session("nb")
    session.answers["topic"] = "Skriv &amp; eller &#60; og R&D"
    markdown = render_markdown(session, TODAY)
    assert r"Skriv \&amp; eller \&\#60; og R&D" in markdown


def test_markdown_of_long_answers_keeps_them_whole(language: Language) -> None:
    markdown = render_markdown(long_session(language), TODAY)
    assert markdown.count(escape(LONG)) >= 7  # six parts' answers and the persona's challenges


# -- JSON ----------------------------------------------------------------------------


def test_json_has_every_answer_as_stored(language: Language) -> None:
    session = sample_session(language)
    exported = export_json(session)
    data = json.loads(exported)
    assert data["answers"] == session.answers
    assert data["groups"] == session.groups
    for answer in text_answers(session):
        assert answer in exported  # æøå as themselves, not \u escapes


def test_json_round_trips(language: Language) -> None:
    for session in (sample_session(language), long_session(language), partial_session(language)):
        session.skipped.append("persona.0.occupation")
        session.focus = "topic"
        restored = import_json(export_json(session), session.person_id)
        assert restored == session


def test_import_makes_the_session_the_target_persons_own() -> None:
    session = sample_session("nb", person_id="tg:111")
    session.version = 17
    session.recent_update_ids = [5, 6, 7]
    session.menu = RestartMenu()
    restored = import_json(export_json(session), "tg:222")
    assert restored.person_id == "tg:222"
    assert restored.version == 0
    assert restored.recent_update_ids == []
    assert restored.menu is None
    kept = ("answers", "groups", "skipped", "language", "finished_at", "created_at")
    assert restored.model_dump(include=set(kept)) == session.model_dump(include=set(kept))


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("not json", "not JSON"),
        ("[1, 2]", "not a JSON object"),
        ('{"language": "de"}', "language"),
        ('{"answers": {"topic": {"nested": true}}}', "answers.topic"),
        ('{"groups": {"goal": [{"deadline": "snart"}]}}', "groups.goal.0.deadline"),
    ],
)
def test_import_refuses_what_is_not_a_session(text: str, problem: str) -> None:
    with pytest.raises(InvalidExport, match=problem):
        import_json(text, "tg:1")


def test_import_ignores_fields_it_does_not_know() -> None:
    data = json.loads(export_json(sample_session("en")))
    data["from_the_future"] = {"anything": 1}
    assert import_json(json.dumps(data), "tg:1").answers == sample_session("en").answers


def test_the_documented_schema_is_the_models() -> None:
    # Field by field (pydantic versions word the rest of a schema differently).
    documented = json.loads((ROOT / "docs" / "export-schema.json").read_text(encoding="utf-8"))
    current = json.loads(schema())
    assert documented["title"] == current["title"] == "Session"
    assert documented["properties"].keys() == current["properties"].keys(), (
        "regenerate: python -m conversations.documents.examples "
        "--schema docs/export-schema.json docs/examples"
    )
    assert documented.get("required") == current.get("required")


# -- the dispatcher ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("document", "name", "mime", "magic"),
    [
        (Document.PDF, "strategi-2026-11-26.pdf", "application/pdf", b"%PDF-"),
        (Document.MARKDOWN, "strategi-2026-11-26.md", "text/markdown", b"# Strategi"),
        (Document.JSON, "strategi-2026-11-26.json", "application/json", b'{\n  "person_id"'),
        (Document.PERSONA_CARD, "persona-2-ahmed.png", "image/png", b"\x89PNG\r\n\x1a\n"),
    ],
)
def test_render_names_each_file_in_the_persons_language(
    document: Document, name: str, mime: str, magic: bytes
) -> None:
    session = sample_session("nb")
    made = render(session, Attachment(document, 1 if document is Document.PERSONA_CARD else None),
                  TODAY)  # fmt: skip
    assert (made.filename, made.mime) == (name, mime)
    assert made.data.startswith(magic)
    english = render(sample_session("en"), Attachment(document, 1), TODAY)
    assert english.filename == name.replace("strategi-", "strategy-")


def test_file_names_are_safe() -> None:
    assert slugify("Åse Ødegård") == "ase-odegard"
    assert slugify("Kari 🌻 & co.") == "kari-co"
    assert slugify("../../etc/passwd") == "etc-passwd"
    session = sample_session("nb")
    session.groups["persona"][0]["name"] = "🌻"
    assert persona_filename(session, 0) == "persona-1.png"


def test_the_examples_in_docs_are_made_by_the_documented_command(tmp_path: Path) -> None:
    from conversations.documents.examples import main

    assert main([str(tmp_path / "examples"), "--schema", str(tmp_path / "schema.json")]) == 0
    made = sorted(path.name for path in (tmp_path / "examples").iterdir())
    names = [
        "persona-1-ingrid.png",
        "persona-2-ahmed.png",
        "strategi-2026-11-26.json",
        "strategi-2026-11-26.md",
        "strategi-2026-11-26.pdf",
    ]
    assert made == names
    assert json.loads((tmp_path / "schema.json").read_text(encoding="utf-8")) == json.loads(
        schema()
    )
    # What is in docs/examples is what the command makes (the images and the PDF
    # byte for byte only with the same Pillow, FreeType and fpdf2, so by size here).
    examples = ROOT / "docs" / "examples"
    assert sorted(path.name for path in examples.iterdir()) == names
    for name in ("strategi-2026-11-26.md", "strategi-2026-11-26.json"):
        assert (examples / name).read_bytes() == (tmp_path / "examples" / name).read_bytes()
    for name in ("persona-1-ingrid.png", "strategi-2026-11-26.pdf"):
        assert (examples / name).read_bytes()[:8] == (tmp_path / "examples" / name).read_bytes()[:8]
    assert EXAMPLE_DAY == TODAY
    assert sample_session("nb").finished_at == datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
