"""Files follow the text of a reply, and never let a later reply overtake them."""

from __future__ import annotations

import asyncio

from conversations.documents.examples import sample_session
from conversations.i18n import t
from conversations.models import Session
from storage.factory import open_store
from tests.e2e.conftest import RunningBot
from tests.e2e.test_e2e_documents import seed
from tests.fakebotapi import FakeBotAPI, FakeUser, JSONDict, UploadedFile


async def handled(database_url: str, person_id: str, update_id: int) -> Session:
    """Poll (bounded) until the bot has saved `update_id` for the person."""
    store = await open_store(database_url)
    try:
        for _ in range(500):
            session = await store.load(person_id)
            if session is not None and session.has_handled(update_id):
                return session
            await asyncio.sleep(0.02)
    finally:
        await store.close()
    raise AssertionError(f"update {update_id} was never saved")


def hold_documents(fake: FakeBotAPI) -> tuple[asyncio.Event, asyncio.Event]:
    """sendDocument waits for `release`; `uploading` is set once a document arrives."""
    uploading, release = asyncio.Event(), asyncio.Event()
    send_document = fake._send_document

    async def slow_upload(params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        uploading.set()
        await release.wait()
        return send_document(params, files)

    fake.add_method("sendDocument", slow_upload)
    return uploading, release


async def test_the_next_reply_waits_for_the_pdf_of_the_last_one(
    fake: FakeBotAPI, database_url: str, bot: RunningBot
) -> None:
    await seed(database_url, sample_session("nb", person_id="tg:5101"))
    uploading, release = hold_documents(fake)
    kari = FakeUser(5101, "Kari", language_code="nb")
    fake.push_text(kari, "/export")
    await asyncio.wait_for(uploading.wait(), 30)

    # The next update is handled and saved while the PDF is still on its way...
    help_id = fake.push_text(kari, "/help")
    await handled(database_url, "tg:5101", help_id)
    assert [m.kind for m in fake.messages_to(kari.id)] == []
    # ...but its reply goes out only after the PDF.
    release.set()
    await fake.wait_for_text(kari.id, "Slik bruker du Strategibot", timeout=30)
    kinds = [m.kind for m in fake.messages_to(kari.id)]
    assert kinds[0] == "document"
    assert kinds[-1] == "text"


async def test_someone_elses_slow_pdf_does_not_hold_up_another_person(
    fake: FakeBotAPI, database_url: str, bot: RunningBot
) -> None:
    await seed(database_url, sample_session("nb", person_id="tg:5102"))
    uploading, release = hold_documents(fake)
    kari = FakeUser(5102, "Kari", language_code="nb")
    ola = FakeUser(5103, "Ola", language_code="nb")
    fake.push_text(kari, "/export")
    await asyncio.wait_for(uploading.wait(), 30)
    fake.push_text(ola, "/start")
    await fake.wait_for_text(ola.id, "Hei! Jeg er Strategibot", timeout=30)
    assert fake.messages_to(kari.id) == []
    release.set()
    await fake.wait_for_text(kari.id, str(t("nb", "export-pdf"))[:20], timeout=30)
    assert [m.kind for m in fake.messages_to(kari.id)] == ["document"]
