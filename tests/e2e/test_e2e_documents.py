"""Persona cards and the strategy as files, end to end: the bot uploads them to the fake
Bot API with sendPhoto and sendDocument (multipart), and what arrives opens."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from PIL import Image
from pypdf import PdfReader

from conversations.documents.examples import sample_session
from conversations.documents.json_export import import_json
from conversations.i18n import t
from conversations.models import Session
from storage.factory import open_store
from tests.e2e.conftest import Person, RunningBot
from tests.fakebotapi import FakeBotAPI, FakeUser, SentMessage

PNG = b"\x89PNG\r\n\x1a\n"
PDF = b"%PDF-"


async def seed(database_url: str, session: Session) -> None:
    """A finished interview in the bot's database, as if the person had had it."""
    store = await open_store(database_url)
    try:
        await store.save(session)
    finally:
        await store.close()


def today() -> str:
    return datetime.now(UTC).date().isoformat()


def sent(person: Person, kind: str) -> list[SentMessage]:
    return [message for message in person.messages if message.kind == kind]


async def test_persona_cards_arrive_as_uploaded_photos_with_the_card_as_caption(
    fake: FakeBotAPI, database_url: str, bot: RunningBot
) -> None:
    await seed(database_url, sample_session("nb", person_id="tg:5001"))
    kari = Person(fake, FakeUser(5001, "Kari", language_code="nb"))
    await kari.say("/persona", "Ahmed")
    photos = sent(kari, "photo")
    assert len(photos) == 2
    for photo, name, filename in zip(
        photos, ("Ingrid", "Ahmed"), ("persona-1-ingrid.png", "persona-2-ahmed.png"), strict=True
    ):
        assert photo.file is not None  # uploaded, not a URL or a file id
        assert photo.file.field_name == "photo"
        assert photo.file.filename == filename
        assert photo.file.data.startswith(PNG)
        assert Image.open(io.BytesIO(photo.file.data)).size == (1080, 1350)
        assert photo.parse_mode == "HTML"
        assert name in photo.plain_text  # the text card is the caption
    assert "Voss" in photos[0].plain_text
    assert all(call.files for call in fake.calls_to("sendPhoto"))


async def test_export_sends_the_pdf_with_buttons_then_markdown_and_json_on_request(
    fake: FakeBotAPI, database_url: str, bot: RunningBot
) -> None:
    session = sample_session("nb", person_id="tg:5002")
    await seed(database_url, session)
    kari = Person(fake, FakeUser(5002, "Kari", language_code="nb"))
    await kari.say("/export", "PDF")
    pdf = sent(kari, "document")[-1]
    assert pdf.file is not None and pdf.file.field_name == "document"
    assert pdf.file.filename == f"strategi-{today()}.pdf"
    assert pdf.file.data.startswith(PDF)
    reader = PdfReader(io.BytesIO(pdf.file.data))
    assert len(reader.pages) == 6
    assert "Hagestell på Vestlandet" in reader.pages[0].extract_text()
    # The offer of the other formats stays on the PDF's message.
    assert pdf.parse_mode == "HTML"
    assert pdf.button_texts == ["Markdown", "JSON"]
    assert str(t("nb", "export-pdf")) in pdf.content

    await kari.press("Markdown", "Markdown")
    markdown = sent(kari, "document")[-1]
    assert markdown.file is not None
    assert markdown.file.filename == f"strategi-{today()}.md"
    assert markdown.file.data.decode("utf-8").startswith("# Strategi for sosiale medier\n")
    assert "Grønnsaker som tåler regn" in markdown.file.data.decode("utf-8")

    await kari.press("JSON", "JSON")
    exported = sent(kari, "document")[-1]
    assert exported.file is not None
    assert exported.file.filename == f"strategi-{today()}.json"
    restored = import_json(exported.file.data.decode("utf-8"), "tg:5002")
    assert restored.answers == session.answers
    assert restored.groups == session.groups
    assert fake.open_callback_queries == set()


async def test_english_documents_have_english_names(
    fake: FakeBotAPI, database_url: str, bot: RunningBot
) -> None:
    await seed(database_url, sample_session("en", person_id="tg:5003"))
    john = Person(fake, FakeUser(5003, "John", language_code="en"))
    await john.say("/export", "PDF")
    pdf = sent(john, "document")[-1]
    assert pdf.file is not None and pdf.file.filename == f"strategy-{today()}.pdf"
    assert "Social media strategy" in PdfReader(io.BytesIO(pdf.file.data)).pages[0].extract_text()


async def test_a_card_too_long_for_a_caption_follows_its_photo(
    fake: FakeBotAPI, database_url: str, bot: RunningBot
) -> None:
    session = sample_session("nb", person_id="tg:5004")
    persona = session.groups["persona"][0]
    persona.update(problems="Snegler " * 62, wants="Regn " * 60, hobbies="Hage " * 60)
    session.groups["persona"] = [persona]
    await seed(database_url, session)
    kari = Person(fake, FakeUser(5004, "Kari", language_code="nb"))
    await kari.say("/persona", "Snegler Snegler")
    photo, card = kari.messages[-2:]
    assert photo.kind == "photo" and photo.caption is None
    assert photo.file is not None and photo.file.data.startswith(PNG)
    assert card.kind == "text" and "Ingrid" in card.plain_text
    assert len(card.plain_text) > 1024


async def test_nothing_to_export_before_any_answer(fake: FakeBotAPI, bot: RunningBot) -> None:
    ola = Person(fake, FakeUser(5005, "Ola", language_code="nb"))
    await ola.say("/export", str(t("nb", "export-nothing")))
    assert sent(ola, "document") == [] and sent(ola, "photo") == []
