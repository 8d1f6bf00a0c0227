"""The bot end to end: its Application (or `strategibot run`) against the fake Bot API
over real HTTP on 127.0.0.1, with typed answers and button presses."""

from __future__ import annotations

import asyncio
import sqlite3
from typing import Any

from conversations.models import Session
from tests.e2e.conftest import TOKEN, BotProcess, Person, RunningBot
from tests.fakebotapi import FakeBotAPI, FakeUser


def stored(database_url: str, person_id: str) -> Session | None:
    path = database_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as db:
        row = db.execute("SELECT data FROM sessions WHERE person_id = ?", (person_id,)).fetchone()
    return Session.model_validate_json(row[0]) if row else None


async def first_half_nb(kari: Person) -> None:
    await kari.say("/start", "Hva blogger eller poster du om?")
    await kari.say("Hagestell på Vestlandet", "Hva brenner du for?")
    await kari.say("Å dyrke egen mat & dele <b>frø</b>", "Hva er hensikten")
    await kari.press("Selge", "Hvorfor vil du bruke sosiale medier?")
    await kari.say("Kundene mine er der", "Hva ønsker du å oppnå")
    await kari.say("Flere kunder til våren", "Hvem er leseren din?")
    await kari.say("Hobbydyrkere i regnvær", "Hva vil leserne dine lese om?")
    await kari.say("Grønnsaker som tåler regn", "Hva heter personen?")
    await kari.say("Kari", "Hvor gammel er Kari?")


async def second_half_nb(kari: Person) -> None:
    """From Kari's age to the end: two personas, and a SMART goal for each of two types."""
    await kari.say("34", "Hvor bor Kari?")
    await kari.say("Bodø", "Hva jobber Kari med")
    await kari.say("/skip", "Hvilke hobbyer og interesser har Kari?")
    await kari.say("Strikking", "Hvilke problemer eller utfordringer har Kari")
    await kari.say("Snegler som spiser salaten", "Hva vil Kari lese om?")
    await kari.say("Raske tips for travle uker", "Hvor er Kari på nett?")
    await kari.press("Instagram")
    await kari.press("Facebook")
    await kari.press("Ferdig", "Vil du lage en persona til?")
    await kari.press("Ja", "Nå lager vi persona nummer 2")
    await kari.say("Ahmed", "Hvor gammel er Ahmed?")
    await kari.say("42", "Hvor bor Ahmed?")
    await kari.say("Tromsø", "Hva jobber Ahmed med")
    await kari.say("Lærer", "Hvilke hobbyer og interesser har Ahmed?")
    await kari.say("/skip", "Hvilke problemer eller utfordringer har Ahmed")
    await kari.say("Kort sesong", "Hva vil Ahmed lese om?")
    await kari.say("Dyrking i nord", "Hvor er Ahmed på nett?")
    await kari.press("YouTube")
    await kari.press("Ferdig", "Vil du lage en persona til?")
    await kari.press("Nei", "Hva vil du oppnå med sosiale medier?")
    await kari.press("Mer engasjement")
    question = kari.messages[-1]
    assert "✅ Mer engasjement" in question.button_texts
    assert question.edit_count == 1
    await kari.press("Flere lesere")
    await kari.press("Ferdig", "Mål 1: Mer engasjement")
    await kari.say("Flere kommentarer på innleggene", "Hvilket tall vil du følge med på")
    metric = kari.messages[-1]
    assert metric.button_texts == ["Kommentarer", "Delinger", "Anmeldelser", "Engasjementsrate"]
    await kari.press("Kommentarer", "Hvor ligger det tallet i dag?")
    await kari.say("40", "Hvilket tall vil du nå?")
    await kari.say("60", "Når vil du ha nådd målet?")
    await kari.say("om tre måneder", "Hvorfor betyr dette målet noe for deg?")
    await kari.say("Kommentarer gir meg lyst til å skrive", "Hvor mange timer i uka")
    feedback = await kari.say("3", "Mål 2: Flere lesere")
    assert "Slik står målet «Mer engasjement» seg mot SMART" in feedback.plain_text
    assert "👏 Alle fem er på plass" in feedback.plain_text
    await kari.say("Flere faste lesere på bloggen", "Hvilket tall vil du følge med på")
    metric = kari.messages[-1]
    assert metric.button_texts == ["Abonnenter", "Faste lesere", "Følgere"]
    await kari.say("Nyhetsbrevabonnenter", "Hvor ligger det tallet i dag?")
    await kari.say("/skip", "Hvilket tall vil du nå?")
    await kari.say("1 500", "Når vil du ha nådd målet?")
    await kari.say("om tre måneder", "Hvorfor betyr dette målet noe for deg?")
    await kari.say("Flere lesere gir flere kunder", "Hvor mange timer i uka")
    feedback = await kari.say("2", "Hvilke er viktige for deg?")
    assert "Slik står målet «Flere lesere» seg mot SMART" in feedback.plain_text
    assert "❌ Målbart: Hvor ligger tallet i dag?" in feedback.plain_text
    await kari.press("Markedsføring")
    await kari.press("Ferdig", "Hvilke kanaler vil du bruke?")
    await kari.press("Instagram")
    await kari.press("Facebook")
    await kari.press("Ferdig", "Hvor ofte vil du poste?")
    await kari.press("Én gang i uka", "Hva vil du måle?")
    await kari.press("Kommentarer og anmeldelser")
    await kari.press("Ferdig", "Hvor ofte vil du se på tallene?")
    await kari.press("Hver måned", "Alt er lagret.")


async def test_complete_interview_sends_persona_card_and_summary(
    fake: FakeBotAPI, bot: RunningBot, database_url: str
) -> None:
    kari = Person(fake, FakeUser(1001, "Kari", language_code="nb"))
    await first_half_nb(kari)
    await second_half_nb(kari)

    everything = kari.texts_since(0)
    assert "Del 2 av 5: Leseren din" in everything
    card = next(m for m in kari.messages if "👤 Kari, 34 år" in m.plain_text)
    assert "Bodø" in card.plain_text and "Snegler som spiser salaten" in card.plain_text
    assert "Raske tips for travle uker" in card.plain_text
    assert "Er på: Facebook, Instagram" in card.plain_text
    card = next(m for m in kari.messages if "👤 Ahmed, 42 år" in m.plain_text)
    assert "Tromsø" in card.plain_text and "Er på: YouTube" in card.plain_text
    summary = next(m for m in kari.messages if "Strategien din for sosiale medier" in m.plain_text)
    assert summary.parse_mode == "HTML"
    # The user's text is escaped in the HTML, and reads as typed.
    assert "&amp; dele &lt;b&gt;frø&lt;/b&gt;" in summary.content
    assert "Å dyrke egen mat & dele <b>frø</b>" in summary.plain_text
    assert (
        "Instagram, Facebook" in summary.plain_text or "Facebook, Instagram" in summary.plain_text
    )
    assert "Mål 1: Mer engasjement" in summary.plain_text
    assert "Mål 2: Flere lesere" in summary.plain_text
    assert "Måles i: Nyhetsbrevabonnenter" in summary.plain_text
    assert "Dette mangler fortsatt" not in summary.plain_text

    session = stored(database_url, "tg:1001")
    assert session is not None and session.finished_at is not None
    assert session.answers["purpose"] == "sell"
    engagement, readers = session.groups["goal"]
    assert (engagement["type"], engagement["metric"]) == ("engagement", "comments")
    assert (engagement["baseline"], engagement["target"], engagement["hours"]) == (40, 60, 3)
    assert (readers["type"], readers["metric"]) == ("readers", "Nyhetsbrevabonnenter")
    assert readers["target"] == 1500 and "baseline" not in readers
    assert [persona["name"] for persona in session.groups["persona"]] == ["Kari", "Ahmed"]
    assert session.groups["persona"][0]["channels"] == ["facebook", "instagram"]
    assert session.skipped == ["persona.0.occupation", "persona.1.hobbies", "goal.1.baseline"]
    assert fake.open_callback_queries == set()

    # Asked for again at any time.
    before = len(kari.messages)
    await kari.say("/persona", "👤 Kari, 34 år")
    await kari.say("/summary", "Strategien din for sosiale medier")
    assert len(kari.messages) > before


async def test_commands_are_registered_in_both_languages(fake: FakeBotAPI, bot: RunningBot) -> None:
    for code in ("nb", "nn", "no"):
        commands = {c["command"]: c["description"] for c in fake.commands(code)}
        assert commands["summary"] == "Se strategien så langt"
    english = {c["command"]: c["description"] for c in fake.commands("")}
    assert english["summary"] == "Your strategy so far"
    assert set(english) == {
        "start", "help", "summary", "persona", "back", "skip", "edit", "restart", "language",
        "cancel", "export",
    }  # fmt: skip


async def test_two_people_interleaved_and_concurrent(
    fake: FakeBotAPI, bot: RunningBot, database_url: str
) -> None:
    kari = Person(fake, FakeUser(2001, "Kari", language_code="nb"))
    john = Person(fake, FakeUser(2002, "John", language_code="en-GB"))
    await kari.say("/start", "Hva blogger eller poster du om?")
    await john.say("/start", "What do you blog or post about?")
    await kari.say("Baking", "Hva brenner du for?")
    await john.say("Cycling", "What are you passionate about?")
    # Both at once: each gets their own next question.
    kari_update = fake.push_text(kari.user, "Surdeig")
    john_update = fake.push_text(john.user, "Long rides")
    await asyncio.gather(
        fake.wait_for_text(kari.chat_id, "Hva er hensikten", after=kari.seen),
        fake.wait_for_text(john.chat_id, "What is the purpose", after=john.seen),
    )
    assert kari_update != john_update
    kari_session = stored(database_url, "tg:2001")
    john_session = stored(database_url, "tg:2002")
    assert kari_session is not None and john_session is not None
    assert kari_session.answers == {"topic": "Baking", "passion": "Surdeig"}
    assert john_session.answers == {"topic": "Cycling", "passion": "Long rides"}
    assert (kari_session.language, john_session.language) == ("nb", "en")


async def test_one_persons_updates_are_handled_in_order(
    fake: FakeBotAPI, bot: RunningBot, database_url: str
) -> None:
    ola = Person(fake, FakeUser(3001, "Ola", language_code="nb"))
    await ola.say("/start", "Hva blogger eller poster du om?")
    # Sent in a burst: each must be the answer to the question after the previous one.
    for text in ("Fiske", "Fluefiske i elver", "/summary"):
        fake.push_text(ola.user, text)
    await fake.wait_for_text(ola.chat_id, "Strategien din for sosiale medier", after=ola.seen)
    session = stored(database_url, "tg:3001")
    assert session is not None
    assert session.answers == {"topic": "Fiske", "passion": "Fluefiske i elver"}


async def test_redelivered_update_changes_nothing(
    fake: FakeBotAPI, bot: RunningBot, database_url: str
) -> None:
    kari = Person(fake, FakeUser(4001, "Kari", language_code="nb"))
    await kari.say("/start", "Hva blogger eller poster du om?")
    await kari.say("Hagestell", "Hva brenner du for?")
    answered = kari.update_ids[-1]
    sent_before = len(kari.messages)
    version_before = stored(database_url, "tg:4001").version  # type: ignore[union-attr]

    fake.push_raw(fake.pushed_updates[answered])
    # Kari's updates are handled in order, so once this is answered the re-delivery was too.
    await kari.say("/summary", "Strategien din for sosiale medier")

    session = stored(database_url, "tg:4001")
    assert session is not None
    assert session.answers == {"topic": "Hagestell"}
    assert "passion" not in session.answers
    assert session.version == version_before + 1  # only /summary was applied
    new = kari.messages[sent_before:]
    assert not any("Hva er hensikten" in m.plain_text and not m.buttons for m in new)
    assert all("Hva brenner du for?" not in m.plain_text or m is new[-1] for m in new)


async def test_group_chat_is_answered_once_and_nothing_is_stored(
    fake: FakeBotAPI, bot: RunningBot, database_url: str
) -> None:
    kari = FakeUser(5001, "Kari", language_code="nb")
    group = -100_555
    fake.push_text(kari, "Hei bot", chat_type="group", chat_id=group)
    await fake.wait_for_messages(group, 1)
    fake.push_text(kari, "/start", chat_type="group", chat_id=group)
    fake.push_text(kari, "Hallo?", chat_type="group", chat_id=group)
    # A private message after them proves the group ones were handled.
    person = Person(fake, kari)
    await person.say("/start", "Hva blogger eller poster du om?")
    group_messages = fake.messages_to(group)
    assert len(group_messages) == 1
    assert "privat melding" in group_messages[0].plain_text
    session = stored(database_url, "tg:5001")
    assert session is not None and session.answers == {}


async def test_bad_input_over_telegram_is_answered_and_changes_nothing(
    fake: FakeBotAPI, bot: RunningBot, database_url: str
) -> None:
    john = Person(fake, FakeUser(6001, "John", language_code="en"))
    await john.say("/start", "What do you blog or post about?")
    fake.push_photo(john.user)
    await john._wait("Sorry, I can't read photos")
    fake.push_sticker(john.user)
    await john._wait("Sorry, I can't read stickers")
    fake.push_voice(john.user)
    await john._wait("Sorry, I can't read voice messages")
    fake.push_location(john.user)
    await john._wait("Sorry, I can't read locations")
    fake.push_document(john.user)
    await john._wait("Sorry, I can't read files")
    await john.say("   ", "I didn't catch an answer")
    await john.say("x" * 400, "at most 300 characters, and yours was 400")
    await john.say("/frobnicate", "I don't know the command /frobnicate")
    first_message = john.messages[0].message_id
    fake.push_edited_text(john.user, first_message, "Edited!")
    await john._wait("I see you edited a message")
    session = stored(database_url, "tg:6001")
    assert session is not None and session.answers == {}
    # Every reply above showed the question again.
    assert sum("What do you blog or post about?" in m.plain_text for m in john.messages) >= 10

    await john.say("Cycling", "What are you passionate about?")
    await john.say("Long rides", "What is the purpose")
    # A press of a button that was never on this question, then typing instead of pressing.
    purpose = john.messages[-1]
    answered = len(fake.callback_answers)
    fake.push_callback(john.user, "a:topic:sell", purpose.message_id)
    answers = await fake.wait_for_callback_answers(answered + 1)
    assert answers[-1].text == "That button belongs to an earlier question."
    await john.say("teleport", 'I couldn\'t find "teleport" among the options')
    await john.say("SELL", "Why do you want to use social media?")
    session = stored(database_url, "tg:6001")
    assert session is not None
    assert session.answers == {"topic": "Cycling", "passion": "Long rides", "purpose": "sell"}


async def test_stopped_and_started_again_the_person_continues_where_they_were(
    fake: FakeBotAPI, bot_process: BotProcess, database_url: str
) -> None:
    await bot_process.start()
    kari = Person(fake, FakeUser(7001, "Kari", language_code="nb"))
    await first_half_nb(kari)
    assert await bot_process.stop() == 0
    await fake.wait_for_updates_consumed()

    # The bot is down; she comes back later and the process is started again.
    await bot_process.start()
    await kari.say("/start", "Velkommen tilbake!")
    assert "Hvor gammel er Kari?" in kari.messages[-1].plain_text
    await second_half_nb(kari)
    assert await bot_process.stop() == 0

    session = stored(database_url, "tg:7001")
    assert session is not None and session.finished_at is not None
    assert session.answers["topic"] == "Hagestell på Vestlandet"
    assert session.answers["reader_wants"] == "Grønnsaker som tåler regn"
    assert session.groups["persona"][0]["age"] == 34
    logs = bot_process.logs
    assert "Application started" in logs or "starting the bot" in logs
    assert TOKEN not in logs
    assert TOKEN.split(":")[1] not in logs


async def test_answer_is_durable_before_its_confirmation_is_sent(
    fake: FakeBotAPI, bot: RunningBot, database_url: str
) -> None:
    kari = Person(fake, FakeUser(8001, "Kari", language_code="nb"))
    await kari.say("/start", "Hva blogger eller poster du om?")
    seen_at_send: list[Session | None] = []
    send_message = fake._methods["sendmessage"][1]

    def spy(params: dict[str, Any], files: dict[str, Any]) -> Any:
        # What another process would read from the database at the moment the
        # confirming message reaches Telegram.
        seen_at_send.append(stored(database_url, "tg:8001"))
        return send_message(params, files)

    fake.add_method("sendMessage", spy)
    await kari.say("Strikking", "Hva brenner du for?")
    assert seen_at_send and seen_at_send[0] is not None
    assert seen_at_send[0].answers == {"topic": "Strikking"}


async def test_text_typed_in_a_menu_over_telegram_is_never_an_answer(
    fake: FakeBotAPI, bot: RunningBot, database_url: str
) -> None:
    """Issue 10: typing instead of pressing the edit menu's buttons; /language, then
    words; all through the real adapter, the codec and the stored menu state."""
    ola = Person(fake, FakeUser(6101, "Ola", language_code="nb"))
    await ola.say("/start", "Hva blogger eller poster du om?")
    await ola.say("Sykkelturer i Lofoten", "Hva brenner du for?")
    await ola.say("/edit", "Hvilken del vil du endre noe i?")
    await ola.say("ekte håndverk", "Velg et av alternativene, eller skriv /cancel")
    session = stored(database_url, "tg:6101")
    assert session is not None and "passion" not in session.answers
    assert session.menu is not None and session.menu.kind == "edit_parts"
    # The menu's own option, typed: its number, then a question's label.
    await ola.say("1", "Hvilket svar vil du endre?")
    await ola.say("Tema", "Hva blogger eller poster du om?")
    await ola.say("Sykkelturer i Nordland", "Hva brenner du for?")
    await ola.say("/language", "Hvilket språk vil du bruke?")
    await ola.say("English", "OK, we'll speak English from now on.")
    await ola.say("Long rides", "What is the purpose")
    session = stored(database_url, "tg:6101")
    assert session is not None and session.menu is None
    assert session.language == "en"
    assert session.answers == {"topic": "Sykkelturer i Nordland", "passion": "Long rides"}
