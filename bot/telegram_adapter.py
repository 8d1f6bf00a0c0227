"""The Telegram side: updates in, engine events out; engine replies in, Bot API calls out.

Thin on purpose: everything about the interview lives in `conversations`, and
everything about saving in `storage`. This module only translates.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import date
from typing import Any

from telegram import (
    BotCommand,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import Application, ApplicationBuilder, ContextTypes, TypeHandler

from conversations import buttons
from conversations.events import (
    COMMANDS,
    Command,
    Document,
    Edited,
    Event,
    NonText,
    Press,
    Reply,
    Text,
)
from conversations.i18n import t
from conversations.models import Language, Session, language_for
from conversations.plain_text import html_to_plain
from storage.base import SessionStore

from .coach import Coach
from .database import open_configured_store
from .ordering import FollowUps, PerPersonUpdateProcessor
from .rendering import Renderer
from .settings import Settings

log = logging.getLogger(__name__)

COACH = "coach"
GROUPS_ANSWERED = "groups_answered"
RENDERER = "renderer"
FOLLOW_UPS = "follow_ups"
# Telegram language codes that get the Norwegian command menu.
NORWEGIAN_CODES = ("nb", "nn", "no")
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
# Telegram's limit for a photo's or document's caption, after entities are parsed.
CAPTION_LIMIT = 1024


def person_id(user_id: int) -> str:
    return f"tg:{user_id}"


def build_application(
    settings: Settings, store: SessionStore | None = None
) -> Application[Any, Any, Any, Any, Any, Any]:
    """The Application `strategibot run` runs: polling, per-person ordering, our handlers.

    Without `store`, the database named by the settings is opened at start-up
    (migrations included) and closed at shutdown.
    """
    token = settings.token()
    if not token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    owns_store = store is None

    async def post_init(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        opened = store if store is not None else await open_configured_store(settings)
        app.bot_data[COACH] = Coach(opened)
        app.bot_data[GROUPS_ANSWERED] = set()
        app.bot_data[RENDERER] = Renderer(settings.render_processes)
        app.bot_data[FOLLOW_UPS] = FollowUps()
        await register_commands(app)

    async def post_shutdown(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        # Application.stop has waited for the follow-ups (they are its tasks).
        renderer: Renderer | None = app.bot_data.get(RENDERER)
        if renderer is not None:
            # Joining the worker processes blocks; not on the event loop.
            await asyncio.to_thread(renderer.close)
        coach = app.bot_data.get(COACH)
        if owns_store and coach is not None:
            await coach.store.close()

    app = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.telegram_api_base_url)
        .base_file_url(settings.telegram_api_file_url)
        .concurrent_updates(PerPersonUpdateProcessor(settings.max_concurrent_updates))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    app.add_handler(TypeHandler(Update, on_update))
    app.add_error_handler(on_error)
    return app


async def register_commands(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """The command menu in both languages; English for everyone else."""
    menus: list[tuple[Language, str | None]] = [("en", None), ("en", "en")]
    menus += [("nb", code) for code in NORWEGIAN_CODES]
    for language, code in menus:
        commands = [BotCommand(name, str(t(language, f"cmd-{name}"))) for name in COMMANDS]
        await app.bot.set_my_commands(commands, language_code=code)


async def on_update(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return
    language = language_for(user.language_code)
    if chat.type != ChatType.PRIVATE:
        await answer_group(update, context, language)
        return
    event = event_from(update)
    if event is None:
        return
    coach: Coach = context.bot_data[COACH]
    handled = await coach.handle_event(
        person_id(user.id), event, update_id=update.update_id, language=language
    )
    # Files still on their way from this person's last update go out first.
    await context.bot_data[FOLLOW_UPS].settled(chat.id)
    await deliver(update, context, handled.replies, handled.session, coach.today())


def event_from(update: Update) -> Event | None:
    if update.callback_query is not None:
        return Press(buttons.decode(update.callback_query.data or ""))
    if update.edited_message is not None:
        return Edited()
    message = update.message
    if message is None:
        return None
    if message.text is not None:
        if message.text.startswith("/"):
            return Command(command_name(message.text))
        return Text(message.text)
    return NonText(non_text_kind(message))


def command_name(text: str) -> str:
    """ "/Start@StrategiBot hello" is the command "start"."""
    word = text[1:].split(maxsplit=1)[0] if len(text) > 1 else ""
    return word.split("@", 1)[0].lower()


def non_text_kind(message: Message) -> str:
    if message.photo:
        return "photo"
    if message.sticker:
        return "sticker"
    if message.voice or message.audio:
        return "voice"
    if message.video or message.video_note or message.animation:
        return "video"
    if message.location or message.venue:
        return "location"
    if message.document:
        return "document"
    return "other"


async def answer_group(
    update: Update, context: ContextTypes.DEFAULT_TYPE, language: Language
) -> None:
    """Once per group: ask people to write privately. Nothing is stored."""
    if update.callback_query is not None:
        await update.callback_query.answer()
    chat = update.effective_chat
    answered: set[int] = context.bot_data[GROUPS_ANSWERED]
    if chat is None or chat.id in answered or update.message is None:
        return
    answered.add(chat.id)
    await context.bot.send_message(chat.id, str(t(language, "group-chat-private")))


async def deliver(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    replies: list[Reply],
    session: Session | None,
    today: date,
) -> None:
    """Send the replies: the text at once, and from the first one with a file on
    (a persona image, a document), in order, as soon as the files are made.

    The person reads the summary while their PDF is drawn, and someone else's
    PDF never holds up this person's next question.
    """
    query = update.callback_query
    chat = update.effective_chat
    assert chat is not None
    first_file = next((i for i, r in enumerate(replies) if r.attachment), len(replies))
    now, later = replies[:first_file], replies[first_file:]
    await send_replies(context, chat.id, query, now, session, today)
    if later:
        follow_ups: FollowUps = context.bot_data[FOLLOW_UPS]
        follow_ups.add(
            chat.id,
            send_replies(context, chat.id, None, later, session, today),
            # The Application's task: errors reach on_error, and stop() waits for it.
            lambda work: context.application.create_task(work, update=update),
        )
    if query is not None:
        # Answered once the text is on screen: that stops the button's spinner.
        notices = [html_to_plain(r.html) for r in replies if r.notice]
        try:
            await query.answer(" ".join(notices)[:200] or None)
        except BadRequest as error:
            # A re-delivered or very old press: Telegram no longer takes an answer.
            log.info("could not answer a button press: %s", error)


async def send_replies(
    context: ContextTypes.DEFAULT_TYPE,
    chat_id: int,
    query: CallbackQuery | None,
    replies: Sequence[Reply],
    session: Session | None,
    today: date,
) -> None:
    """One Bot API call per reply: an edit of the pressed message, a file, or a message."""
    for reply in replies:
        if reply.notice:
            continue
        markup = keyboard(reply)
        if reply.edit and query is not None and await edit_in_place(query, reply, markup):
            continue
        if (
            reply.attachment is not None
            and session is not None
            and await send_attachment(context, chat_id, reply, markup, session, today)
        ):
            continue
        await context.bot.send_message(
            chat_id,
            reply.html,
            parse_mode=ParseMode.HTML,
            reply_markup=markup,
            link_preview_options=NO_PREVIEW,
        )


async def send_attachment(
    context: ContextTypes.DEFAULT_TYPE,
    chat_id: int,
    reply: Reply,
    markup: InlineKeyboardMarkup | None,
    session: Session,
    today: date,
) -> bool:
    """The reply's file as a photo (a persona card) or a document, uploaded, with the
    reply as its caption and buttons. A caption over Telegram's limit follows as a
    message of its own, with the buttons. False if the file could not be made: the
    reply is then sent as text."""
    attachment = reply.attachment
    assert attachment is not None
    try:
        renderer: Renderer = context.bot_data[RENDERER]
        made = await renderer.render(session, attachment, today)
    except Exception:
        log.exception("could not make %s for %s", attachment, session.person_id)
        return False
    upload = InputFile(made.data, filename=made.filename)
    fits = len(html_to_plain(reply.html).encode("utf-16-le")) // 2 <= CAPTION_LIMIT
    caption = reply.html if fits else None
    if attachment.document is Document.PERSONA_CARD:
        await context.bot.send_photo(
            chat_id,
            upload,
            caption=caption,
            parse_mode=ParseMode.HTML,
            reply_markup=markup if fits else None,
        )
    else:
        await context.bot.send_document(
            chat_id,
            upload,
            caption=caption,
            parse_mode=ParseMode.HTML,
            reply_markup=markup if fits else None,
        )
    if not fits:
        await context.bot.send_message(
            chat_id,
            reply.html,
            parse_mode=ParseMode.HTML,
            reply_markup=markup,
            link_preview_options=NO_PREVIEW,
        )
    return True


async def edit_in_place(
    query: CallbackQuery, reply: Reply, markup: InlineKeyboardMarkup | None
) -> bool:
    """Replace the pressed message; False if Telegram won't (too old, deleted)."""
    try:
        await query.edit_message_text(
            reply.html,
            parse_mode=ParseMode.HTML,
            reply_markup=markup,
            link_preview_options=NO_PREVIEW,
        )
    except BadRequest as error:
        if "not modified" in str(error).lower():
            return True
        log.info("could not edit message in place: %s", error)
        return False
    return True


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(b.label, callback_data=b.data) for b in row]
            for row in reply.buttons
        ]
    )


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    log.error("could not handle an update", exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if update.effective_chat.type != ChatType.PRIVATE:
        return
    user = update.effective_user
    language = language_for(user.language_code if user else None)
    try:
        await context.bot.send_message(update.effective_chat.id, str(t(language, "error-internal")))
    except TelegramError:
        log.warning("could not tell the person about the error")
