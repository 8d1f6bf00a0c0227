"""Tests for the fake Bot API server, driven by a real python-telegram-bot ``Bot``/``Application``
over real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import os
import sys
import textwrap
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import pytest
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Update,
)
from telegram.error import BadRequest, Conflict, EndPointNotFound, InvalidToken
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackContext,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from tests.fakebotapi import MESSAGE_NOT_MODIFIED, FakeBotAPI, FakeUser

KARI = FakeUser(id=4242, first_name="Kari", username="kari_n")
JOHN = FakeUser(id=777, first_name="John", language_code="en")


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as api:
        yield api
    assert not api.server_errors


@pytest.fixture
async def bot(fake: FakeBotAPI) -> AsyncIterator[Bot]:
    async with Bot(fake.token, base_url=fake.base_url, base_file_url=fake.base_file_url) as b:
        yield b


def build_app(fake: FakeBotAPI) -> Application[Any, Any, Any, Any, Any, Any]:
    return (
        ApplicationBuilder()
        .token(fake.token)
        .base_url(fake.base_url)
        .base_file_url(fake.base_file_url)
        .build()
    )


@asynccontextmanager
async def polling(
    app: Application[Any, Any, Any, Any, Any, Any],
) -> AsyncIterator[Application[Any, Any, Any, Any, Any, Any]]:
    """What ``run_polling`` does, without blocking the test."""
    await app.initialize()
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(timeout=10)
    try:
        yield app
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None and update.effective_message.text is not None
    await update.effective_message.reply_text(f"echo: {update.effective_message.text}")


# ---------------------------------------------------------------------------- plain Bot


async def test_get_me(fake: FakeBotAPI, bot: Bot) -> None:
    me = await bot.get_me()
    assert me.id == 123456
    assert me.username == fake.bot_username
    assert me.is_bot
    assert [c.method for c in fake.calls] == ["getMe", "getMe"]  # initialize() + ours
    assert fake.calls[0].params == {}


async def test_wrong_token_is_invalid_token(fake: FakeBotAPI) -> None:
    wrong = Bot("123456:WRONG", base_url=fake.base_url)
    try:
        with pytest.raises(InvalidToken, match="was rejected by the server"):
            await wrong.initialize()  # PTB rewrites the message in initialize()
        with pytest.raises(InvalidToken, match=r"^Unauthorized$"):
            await wrong.get_me()
    finally:
        await wrong.shutdown()

    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{fake.base_url}999:nope/getMe") as response,
    ):
        assert response.status == 401
        assert await response.json() == {
            "ok": False,
            "error_code": 401,
            "description": "Unauthorized",
        }
    assert fake.calls == []  # rejected before being recorded


async def test_unknown_method_is_404(fake: FakeBotAPI, bot: Bot) -> None:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"{fake.base_url}{fake.token}/brewCoffee?chat_id=1") as response,
    ):
        assert response.status == 404
        assert await response.json() == {
            "ok": False,
            "error_code": 404,
            "description": "Not Found: method not found",
        }
    assert fake.calls[-1].method == "brewCoffee"
    assert fake.calls[-1].params == {"chat_id": 1}
    # Bot methods map a 404 to InvalidToken; do_api_request turns it into EndPointNotFound.
    with pytest.raises(EndPointNotFound, match="brewCoffee"):
        await bot.do_api_request("brewCoffee", api_kwargs={"chat_id": 1})


async def test_send_message_with_inline_keyboard_is_recorded(fake: FakeBotAPI, bot: Bot) -> None:
    keyboard = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton("Ja", callback_data="yes")],
            [InlineKeyboardButton("Nei", callback_data="no")],
        ]
    )
    sent = await bot.send_message(
        KARI.id, "Vil du fortsette?", reply_markup=keyboard, disable_notification=True
    )

    call = fake.calls_to("sendMessage")[0]
    # PTB sent form fields: "4242", "true" and a JSON string; the fake decodes them back.
    assert call.params == {
        "chat_id": KARI.id,
        "text": "Vil du fortsette?",
        "disable_notification": True,
        "reply_markup": {
            "inline_keyboard": [
                [{"text": "Ja", "callback_data": "yes"}],
                [{"text": "Nei", "callback_data": "no"}],
            ]
        },
    }
    [msg] = fake.messages_to(KARI.id)
    assert msg.text == "Vil du fortsette?"
    assert msg.button_texts == ["Ja", "Nei"]
    assert msg.message_id == sent.message_id == 1
    assert sent.reply_markup == keyboard
    assert sent.chat.id == KARI.id


async def test_numeric_text_stays_a_string(fake: FakeBotAPI, bot: Bot) -> None:
    await bot.send_message(KARI.id, "123")
    await bot.send_message(KARI.id, "true")
    assert [m.text for m in fake.messages_to(KARI.id)] == ["123", "true"]
    assert [m.message_id for m in fake.messages_to(KARI.id)] == [1, 2]


async def test_json_and_urlencoded_bodies(fake: FakeBotAPI) -> None:
    url = f"{fake.base_url}{fake.token}/sendMessage"
    markup = {"inline_keyboard": [[{"text": "OK", "callback_data": "ok"}]]}
    async with aiohttp.ClientSession() as session:
        async with session.post(url, json={"chat_id": 5, "text": "a", "reply_markup": markup}):
            pass
        async with session.post(url, data={"chat_id": "5", "text": "b"}) as response:
            body = await response.json()
    assert body["ok"] is True
    assert body["result"]["text"] == "b"
    assert [(m.text, m.reply_markup) for m in fake.messages_to(5)] == [
        ("a", markup),
        ("b", None),
    ]


async def test_edits_update_the_stored_message(fake: FakeBotAPI, bot: Bot) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Neste", callback_data="next")]])
    sent = await bot.send_message(KARI.id, "Steg 1", reply_markup=keyboard)

    edited = await bot.edit_message_text(
        "Steg 2", chat_id=KARI.id, message_id=sent.message_id, reply_markup=keyboard
    )
    assert not isinstance(edited, bool) and edited.text == "Steg 2"
    [msg] = fake.messages_to(KARI.id)
    assert (msg.text, msg.button_texts, msg.edit_count, msg.history) == (
        "Steg 2",
        ["Neste"],
        1,
        ["Steg 1"],
    )

    # Like Telegram: editing the text without reply_markup removes the keyboard ...
    await bot.edit_message_text("Steg 3", chat_id=KARI.id, message_id=sent.message_id)
    assert msg.text == "Steg 3" and msg.buttons == []
    # ... and an edit that changes nothing is an error.
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("Steg 3", chat_id=KARI.id, message_id=sent.message_id)
    assert fake.calls[-1].response == {
        "ok": False,
        "error_code": 400,
        "description": MESSAGE_NOT_MODIFIED,
    }

    await bot.edit_message_reply_markup(
        chat_id=KARI.id, message_id=sent.message_id, reply_markup=keyboard
    )
    assert msg.button_texts == ["Neste"]
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", chat_id=KARI.id, message_id=99)


async def test_formatting_is_validated(fake: FakeBotAPI, bot: Bot) -> None:
    await bot.send_message(KARI.id, "<b>Mål</b> &amp; <i>plan</i>", parse_mode="HTML")
    [msg] = fake.messages_to(KARI.id)
    assert msg.plain_text == "Mål & plan"
    await fake.wait_for_text(KARI.id, "Mål & plan")  # markup-free text matches too

    with pytest.raises(BadRequest, match=r"(?i)can't parse entities: unsupported start tag"):
        await bot.send_message(KARI.id, "<br>hei", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)can't find end tag"):
        await bot.send_message(KARI.id, "<b>hei", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)character '\.' is reserved"):
        await bot.send_message(KARI.id, "Hei. Du", parse_mode="MarkdownV2")
    with pytest.raises(BadRequest, match=r"(?i)end of italic entity"):
        await bot.send_message(KARI.id, "strategi_bot", parse_mode="MarkdownV2")
    await bot.send_message(
        KARI.id, r"*Hei*\. Se [nettsiden](https://example.com/a.b)\!", parse_mode="MarkdownV2"
    )
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await bot.send_message(
            KARI.id,
            "x",
            reply_markup=InlineKeyboardMarkup(
                [[InlineKeyboardButton("A", callback_data="x" * 65)]]
            ),
        )
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(KARI.id, " ")
    assert len(fake.messages_to(KARI.id)) == 2


async def test_send_document_upload_records_the_file(fake: FakeBotAPI, bot: Bot) -> None:
    content = "Strategi for Q3\næøå 🚀\n".encode()
    sent = await bot.send_document(KARI.id, document=content, filename="plan.txt", caption="Plan")

    call = fake.calls_to("sendDocument")[0]
    upload = call.files["document"]
    assert (upload.filename, upload.content_type, upload.data) == (
        "plan.txt",
        "text/plain",
        content,
    )
    assert call.params == {"chat_id": KARI.id, "caption": "Plan"}
    [msg] = fake.messages_to(KARI.id)
    assert (msg.kind, msg.caption, msg.file) == ("document", "Plan", upload)
    assert sent.document is not None and sent.document.file_name == "plan.txt"

    # The bot can download what it sent (getFile + the file URL).
    tg_file = await bot.get_file(sent.document.file_id)
    assert tg_file.file_path is not None and tg_file.file_path.startswith(fake.base_file_url)
    assert bytes(await tg_file.download_as_bytearray()) == content


async def test_send_photo_and_chat_action(fake: FakeBotAPI, bot: Bot) -> None:
    await bot.send_chat_action(KARI.id, "typing")
    sent = await bot.send_photo(KARI.id, photo=b"\x89PNG fake", filename="graf.png")
    assert sent.photo and fake.messages_to(KARI.id)[0].kind == "photo"
    assert fake.calls_to("sendPhoto")[0].files["photo"].data == b"\x89PNG fake"
    assert fake.calls_to("sendChatAction")[0].params == {"chat_id": KARI.id, "action": "typing"}
    with pytest.raises(BadRequest, match="Wrong parameter action"):
        await bot.send_chat_action(KARI.id, "dancing")


async def test_set_my_commands_per_language_and_scope(fake: FakeBotAPI, bot: Bot) -> None:
    await bot.set_my_commands([BotCommand("start", "Start på nytt")])
    await bot.set_my_commands([BotCommand("start", "Start over")], language_code="en")
    await bot.set_my_commands(
        [BotCommand("admin", "Admin")], scope=BotCommandScopeChat(KARI.id), language_code="nb"
    )

    assert fake.calls_to("setMyCommands")[1].params == {
        "commands": [{"command": "start", "description": "Start over"}],
        "language_code": "en",
    }
    assert fake.commands() == [{"command": "start", "description": "Start på nytt"}]
    assert fake.commands("en") == [{"command": "start", "description": "Start over"}]
    assert fake.commands("nb") == []  # no fallback, like Telegram
    assert fake.commands("nb", scope={"type": "chat", "chat_id": KARI.id}) == [
        {"command": "admin", "description": "Admin"}
    ]
    assert await bot.get_my_commands(language_code="en") == (BotCommand("start", "Start over"),)

    await bot.delete_my_commands(language_code="en")
    assert fake.commands("en") == []
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Start", "Uppercase is not allowed")])


async def test_get_updates_offsets_and_long_poll_wakeup() -> None:
    async with (
        FakeBotAPI(long_poll_cap=30) as fake,
        Bot(fake.token, base_url=fake.base_url) as slow_poller,
    ):
        started = time.monotonic()
        poll = asyncio.create_task(slow_poller.get_updates(timeout=30))
        await fake.wait_for_call("getUpdates")
        first = fake.push_text(KARI, "hei")
        [update] = await poll
        assert time.monotonic() - started < 5  # woken by the push, not by the timeout
        assert update.update_id == first
        assert update.message is not None and update.message.text == "hei"

        # Not confirmed yet: delivered again until a later offset confirms it.
        assert [u.update_id for u in await slow_poller.get_updates()] == [first]
        second = fake.push_text(KARI, "nummer to")
        batch = await slow_poller.get_updates(offset=first + 1)
        assert [u.update_id for u in batch] == [second]
        assert fake.pending_updates == [fake.pushed_updates[second]]
        assert await slow_poller.get_updates(offset=second + 1) == ()
        await fake.wait_for_updates_consumed(timeout=1)


async def test_second_poller_and_webhook_conflict(fake: FakeBotAPI, bot: Bot) -> None:
    # A Bot has a single getUpdates connection, so "another instance" needs another Bot.
    async with Bot(fake.token, base_url=fake.base_url) as other_instance:
        first = asyncio.create_task(bot.get_updates(timeout=1))
        await fake.wait_for_call("getUpdates")
        second = asyncio.create_task(other_instance.get_updates(timeout=0))
        with pytest.raises(Conflict, match="terminated by other getUpdates request"):
            await first
        assert await second == ()

    fake.push_text(KARI, "hei")
    await bot.set_webhook("https://example.invalid/hook")
    assert (await bot.get_webhook_info()).url == "https://example.invalid/hook"
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()
    await bot.delete_webhook(drop_pending_updates=True)
    assert fake.pending_updates == []
    assert (await bot.get_webhook_info()).pending_update_count == 0


async def test_wait_helpers_fail_with_useful_messages(fake: FakeBotAPI, bot: Bot) -> None:
    await bot.send_message(KARI.id, "Hei!")
    with pytest.raises(AssertionError, match=r"(?s)at least 2 message.*'Hei!'"):
        await fake.wait_for_messages(KARI.id, 2, timeout=0.05)
    with pytest.raises(AssertionError, match=r"no inline button 'Ja'.*none"):
        fake.press(KARI, "Ja")
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Nei takk", callback_data="no")]])
    await bot.send_message(KARI.id, "Fortsette?", reply_markup=keyboard)
    with pytest.raises(AssertionError, match=r"Available buttons: message 2: \['Nei takk'\]"):
        fake.press(KARI, "Ja")


# ---------------------------------------------------------------------------- Application


async def test_application_echo_and_start_stop_sequence(fake: FakeBotAPI) -> None:
    app = build_app(fake)
    started: list[str] = []

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        started.append(" ".join(context.args or []))
        await update.effective_message.reply_text("Velkommen!")

    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))

    async with polling(app):
        fake.push_text(KARI, "/start kampanje")
        fake.push_text(KARI, "Hei på deg 👋")
        first, second = await fake.wait_for_messages(KARI.id, 2)
        assert (first.text, second.text) == ("Velkommen!", "echo: Hei på deg 👋")
        assert started == ["kampanje"]
        # message ids are per chat and shared by the user's (1, 2) and the bot's messages
        assert [first.message_id, second.message_id] == [3, 4]
        await fake.wait_for_updates_consumed()
        calls_while_running = len(fake.calls)

    methods = [c.method for c in fake.calls]
    assert methods[:3] == ["getMe", "deleteWebhook", "getUpdates"]
    assert fake.calls[1].params == {}  # drop_pending_updates=None is not sent
    assert set(methods) == {"getMe", "deleteWebhook", "getUpdates", "sendMessage"}
    # On stop, PTB cancels the running long poll and confirms offsets with one last
    # getUpdates(timeout=0).
    last = fake.calls[-1]
    assert len(fake.calls) == calls_while_running + 1
    assert last.method == "getUpdates" and last.params["timeout"] == 0
    assert last.params["offset"] == max(fake.pushed_updates) + 1
    assert last.status == 200
    poll = fake.calls_to("getUpdates")[0]
    assert poll.params == {"offset": 0, "timeout": 10}


async def test_press_reaches_the_application(fake: FakeBotAPI) -> None:
    app = build_app(fake)

    async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        keyboard = InlineKeyboardMarkup(
            [
                [InlineKeyboardButton("Instagram", callback_data="channel:instagram")],
                [InlineKeyboardButton("TikTok", callback_data="channel:tiktok")],
            ]
        )
        await update.effective_message.reply_text("Hvilken kanal?", reply_markup=keyboard)

    async def chosen(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None and query.data is not None
        await query.answer("Lagret")
        await query.edit_message_text(f"Du valgte {query.data.split(':')[1]}")

    app.add_handler(CommandHandler("kanal", ask))
    app.add_handler(CallbackQueryHandler(chosen, pattern=r"^channel:"))

    async with polling(app):
        fake.push_text(KARI, "/kanal")
        [question] = await fake.wait_for_messages(KARI.id, 1)
        assert question.button_texts == ["Instagram", "TikTok"]
        fake.press(KARI, "Tik")  # substring match
        edited = await fake.wait_for_text(KARI.id, "Du valgte tiktok")
        assert edited is question and edited.buttons == []
        [answer] = await fake.wait_for_callback_answers(1)
        assert answer.text == "Lagret"
        assert fake.open_callback_queries == set()
        callback = fake.pushed_updates[max(fake.pushed_updates)]["callback_query"]
        assert callback["message"]["message_id"] == question.message_id

    # Answering twice is an error, like on Telegram.
    async with Bot(fake.token, base_url=fake.base_url) as bot:
        with pytest.raises(BadRequest, match=r"[Qq]uery is too old"):
            await bot.answer_callback_query(answer.callback_query_id)


async def test_updates_are_delivered_once_and_raw_redelivery_is_not_deduped(
    fake: FakeBotAPI,
) -> None:
    app = build_app(fake)
    seen: list[int] = []

    async def record(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        seen.append(update.update_id)
        assert update.effective_message is not None
        await update.effective_message.reply_text(f"got {len(seen)}")

    app.add_handler(MessageHandler(filters.TEXT, record))

    async with polling(app):
        update_id = fake.push_text(KARI, "hei")
        await fake.wait_for_text(KARI.id, "got 1")
        await fake.wait_for_updates_consumed()
        # A later getUpdates confirmed it; it is not delivered again on its own.
        fake.push_text(KARI, "igjen")
        await fake.wait_for_text(KARI.id, "got 2")
        assert seen == [update_id, update_id + 1]

        # Telegram re-delivering the very same update: the fake does not dedupe.
        fake.push_raw(fake.pushed_updates[update_id])
        await fake.wait_for_text(KARI.id, "got 3")
        assert seen == [update_id, update_id + 1, update_id]
        await fake.wait_for_updates_consumed()

    offsets = [c.params["offset"] for c in fake.calls_to("getUpdates")]
    assert offsets[0] == 0
    assert update_id + 2 in offsets  # "igjen" was confirmed ...
    assert offsets[-1] == update_id + 1  # ... then PTB's offset followed the re-delivered update


async def test_all_pushed_update_kinds_parse_in_ptb(fake: FakeBotAPI) -> None:
    app = build_app(fake)
    received: list[Update] = []
    all_received = asyncio.Event()

    async def record(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> None:
        received.append(update)
        if len(received) == 8:
            all_received.set()

    app.add_handler(TypeHandler(Update, record))
    group_id = -100123

    async with polling(app):
        fake.push_photo(KARI, caption="Bilde")
        fake.push_sticker(KARI, "🎉")
        fake.push_voice(KARI, duration=7)
        fake.push_location(KARI, 63.43, 10.39)
        fake.push_document(JOHN, file_name="brief.pdf")
        text_id = fake.push_text(KARI, "hei /hjelp@strategibot_test_bot")
        message_id = fake.pushed_updates[text_id]["message"]["message_id"]
        fake.push_edited_text(KARI, message_id, "hei igjen")
        fake.push_text(
            JOHN, "/start@strategibot_test_bot", chat_type="supergroup", chat_id=group_id
        )
        await asyncio.wait_for(all_received.wait(), timeout=10)

    photo, sticker, voice, location, document, text, edited, group = received
    assert photo.message and photo.message.photo and photo.message.caption == "Bilde"
    assert sticker.message and sticker.message.sticker and sticker.message.sticker.emoji == "🎉"
    assert voice.message and voice.message.voice and voice.message.voice.to_dict()["duration"] == 7
    assert location.message and location.message.location
    assert location.message.location.latitude == 63.43
    assert document.message and document.message.document
    assert document.message.document.file_name == "brief.pdf"
    assert document.effective_user and document.effective_user.language_code == "en"
    assert text.message and text.message.parse_entities() != {}
    assert list(text.message.parse_entities().values()) == ["/hjelp@strategibot_test_bot"]
    assert edited.edited_message and edited.edited_message.text == "hei igjen"
    assert edited.edited_message.message_id == message_id
    assert group.effective_chat and group.effective_chat.type == "supergroup"
    assert group.effective_chat.id == group_id
    assert KARI.language_code == "nb"
    assert photo.effective_user and photo.effective_user.language_code == "nb"


# ---------------------------------------------------------------------------- subprocess

SUBPROCESS_BOT = textwrap.dedent(
    """
    import os
    from telegram import Update
    from telegram.ext import ApplicationBuilder, MessageHandler, filters

    async def echo(update, context):
        await update.effective_message.reply_text("echo: " + update.effective_message.text)

    app = (
        ApplicationBuilder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(os.environ["TELEGRAM_API_BASE_URL"])
        .build()
    )
    app.add_handler(MessageHandler(filters.TEXT, echo))
    app.run_polling()
    """
)


async def test_bot_in_a_subprocess(fake: FakeBotAPI) -> None:
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_API_BASE_URL": fake.base_url}
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        SUBPROCESS_BOT,
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        fake.push_text(KARI, "hallo fra testen")
        await fake.wait_for_text(KARI.id, "echo: hallo fra testen", timeout=30)
        await fake.wait_for_updates_consumed()
        calls_before_stop = len(fake.calls)
        process.terminate()  # run_polling stops gracefully on SIGTERM
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=30)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.returncode == 0, stderr.decode()
    final = fake.calls[calls_before_stop:]
    assert [c.method for c in final][-1] == "getUpdates"
    assert final[-1].params["timeout"] == 0
