"""A fake Telegram Bot API server for tests.

``FakeBotAPI`` is a real HTTP server (aiohttp) bound to 127.0.0.1 on a free port, running in the
test's event loop. A bot under test reaches it through python-telegram-bot's configurable
``base_url`` / ``base_file_url``, either in-process or as a subprocess::

    async with FakeBotAPI() as fake:
        bot = Bot(fake.token, base_url=fake.base_url, base_file_url=fake.base_file_url)
        ...
        uid = fake.push_text(FakeUser(42, "Kari"), "/start")
        await fake.wait_for_text(42, "Hei")
        fake.press(FakeUser(42, "Kari"), "Neste")

How python-telegram-bot 22 talks to the Bot API (see ``telegram/request/_requestdata.py`` and
``_requestparameter.py``): every method is a ``POST https://.../bot<token>/<method>``. Without
files the body is ``application/x-www-form-urlencoded`` (httpx ``data=``); with uploads it is
``multipart/form-data`` (httpx ``files=``, the other parameters as plain form fields). Parameter
values are encoded by ``RequestParameter.json_value``: ``str`` values are sent as they are, every
other value (ints, bools, lists, dicts, ``TelegramObject.to_dict()``) is ``json.dumps``-ed, so
``chat_id=42`` arrives as ``"42"``, ``True`` as ``"true"`` and ``reply_markup`` as a JSON string.
``None`` values are left out. Uploaded files are multipart parts named after the parameter
(``document``) or, for ``attach=True`` inputs such as thumbnails and media groups, a random
``attach_name`` referenced from the JSON as ``attach://<name>``.

This server decodes all of that back: string form values are JSON-decoded, except for the
free-text parameters listed in ``_RAW_STRING_PARAMS`` (``text``, ``caption``, ...), so recorded
``Call.params`` hold ints, bools, dicts and lists exactly like PTB's ``RequestData.parameters``.
JSON request bodies and query strings are accepted too.

Behaviours copied from Telegram because they catch real bugs: updates are confirmed only by a
later ``getUpdates`` offset; a second concurrent ``getUpdates`` ends the first with 409;
``getUpdates`` while a webhook is set is a 409; ``editMessageText`` without ``reply_markup``
removes the inline keyboard; edits that change nothing are a 400 "message is not modified";
answering an unknown (or already answered) callback query is a 400; callback data longer than
64 bytes, keyboards with plain text buttons, invalid bot commands and (approximately) malformed
HTML / MarkdownV2 are rejected with the same error texts as Telegram.
"""

# The wait_* helpers take a ``timeout`` argument on purpose (it is their API):
# ruff: noqa: ASYNC109

from __future__ import annotations

import asyncio
import html
import inspect
import itertools
import json
import logging
import re
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self, TypeVar

from aiohttp import web

__all__ = [
    "BotAPIError",
    "Call",
    "CallbackAnswer",
    "FakeBotAPI",
    "FakeUser",
    "SentMessage",
    "UploadedFile",
]

JSONDict = dict[str, Any]
MethodHandler = Callable[[JSONDict, dict[str, "UploadedFile"]], Any]
T = TypeVar("T")

_LOGGER = logging.getLogger(__name__)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Parameters that are free text: they must never be JSON-decoded (a text "123" stays a string).
_RAW_STRING_PARAMS = _words(
    "action address animation audio business_connection_id callback_query_id caption "
    "currency custom_title description document emoji explanation file_id first_name "
    "foursquare_id inline_message_id ip_address language_code last_name "
    "message_effect_id name parse_mode payload phone_number photo provider_token "
    "query question secret_token short_description start_parameter sticker text "
    "thumbnail title url video video_note voice"
)

_CHAT_ACTIONS = _words(
    "typing upload_photo record_video upload_video record_voice upload_voice "
    "upload_document choose_sticker find_location record_video_note upload_video_note"
)

# Update types Telegram sends when allowed_updates is empty / not given.
_NOT_SENT_BY_DEFAULT = frozenset({"chat_member", "message_reaction", "message_reaction_count"})

_INLINE_BUTTON_ACTIONS = _words(
    "url callback_data web_app login_url switch_inline_query "
    "switch_inline_query_current_chat switch_inline_query_chosen_chat copy_text "
    "callback_game pay"
)

_HTML_TAGS = _words(
    "b strong i em u ins s strike del span tg-spoiler a code pre blockquote tg-emoji"
)
_HTML_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s[^<>]*)?)>")
_COMMAND_RE = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,})?")
_BOT_COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")
_LANGUAGE_CODE_RE = re.compile(r"^(?:[a-z]{2})?$")

MESSAGE_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)


class BotAPIError(Exception):
    """Raise from a method handler to answer with a Telegram-style error."""

    def __init__(self, status: int, description: str, parameters: JSONDict | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def body(self) -> JSONDict:
        body: JSONDict = {"ok": False, "error_code": self.status, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def _bad_request(detail: str) -> BotAPIError:
    return BotAPIError(400, f"Bad Request: {detail}")


@dataclass(frozen=True)
class FakeUser:
    """A person talking to the bot. Their private chat has ``id == user.id``."""

    id: int
    first_name: str
    language_code: str | None = "nb"
    username: str | None = None
    last_name: str | None = None

    def to_dict(self) -> JSONDict:
        data: JSONDict = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if self.language_code:
            data["language_code"] = self.language_code
        return data

    def private_chat(self) -> JSONDict:
        chat: JSONDict = {"id": self.id, "type": "private", "first_name": self.first_name}
        if self.last_name:
            chat["last_name"] = self.last_name
        if self.username:
            chat["username"] = self.username
        return chat


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart request."""

    field_name: str
    filename: str | None
    content_type: str | None
    data: bytes


@dataclass
class Call:
    """One HTTP request to the fake. ``status``/``response`` stay ``None`` while it is running
    (long polls) or if the client went away before an answer."""

    method: str
    params: JSONDict
    files: dict[str, UploadedFile]
    time: float
    http_method: str = "POST"
    status: int | None = None
    response: JSONDict | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200


@dataclass
class SentMessage:
    """A message the bot sent, as it currently is (edits are applied in place)."""

    chat_id: int
    message_id: int
    date: int
    text: str | None
    parse_mode: str | None = None
    reply_markup: JSONDict | None = None
    kind: str = "text"  # "text", "photo" or "document"
    caption: str | None = None
    file: UploadedFile | None = None
    file_id: str | None = None
    edit_count: int = 0
    edit_date: int | None = None
    deleted: bool = False
    history: list[str | None] = field(default_factory=list)  # earlier texts/captions

    @property
    def content(self) -> str:
        """Text or caption as sent (with HTML/Markdown markup, if any)."""
        return (self.text if self.kind == "text" else self.caption) or ""

    @property
    def plain_text(self) -> str:
        """``content`` with HTML / MarkdownV2 markup removed (approximately as Telegram shows
        it)."""
        return _plain_text(self.content, self.parse_mode)

    @property
    def inline_keyboard(self) -> list[list[JSONDict]]:
        if not self.reply_markup:
            return []
        rows = self.reply_markup.get("inline_keyboard")
        return rows if isinstance(rows, list) else []

    @property
    def buttons(self) -> list[JSONDict]:
        """All inline keyboard buttons, row by row."""
        return [button for row in self.inline_keyboard for button in row]

    @property
    def button_texts(self) -> list[str]:
        return [str(button.get("text", "")) for button in self.buttons]

    def contains(self, substring: str) -> bool:
        return substring in self.content or substring in self.plain_text


@dataclass(frozen=True)
class CallbackAnswer:
    callback_query_id: str
    text: str | None
    show_alert: bool
    url: str | None
    cache_time: int | None


@dataclass
class _QueuedUpdate:
    update_id: int
    payload: JSONDict
    force_delivery: bool = False
    delivered: bool = False

    @property
    def type(self) -> str:
        return next((key for key in self.payload if key != "update_id"), "")


@dataclass(frozen=True)
class _StoredFile:
    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes
    file_name: str | None
    mime_type: str | None


class _Changes:
    """Wakes waiters whenever the fake's state changes.

    Works like ``asyncio.Condition.notify_all`` but can be triggered from synchronous code (the
    ``push_*`` helpers) without taking a lock: each notification sets the current event and
    installs a fresh one.
    """

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        self._event.set()
        self._event = asyncio.Event()

    async def wait_for(self, predicate: Callable[[], T | None], timeout: float) -> T:
        """Return the first non-``None`` value of ``predicate``; ``TimeoutError`` after
        ``timeout`` seconds."""
        async with asyncio.timeout(timeout):
            while True:
                result = predicate()
                if result is not None:
                    return result
                await self._event.wait()


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def _html_error(text: str) -> str | None:
    """A Telegram-like description of what is wrong with HTML-formatted ``text``, or ``None``."""
    stack: list[str] = []
    pos = 0
    while (start := text.find("<", pos)) != -1:
        match = _HTML_TAG_RE.match(text, start)
        if not match:
            snippet = re.match(r"</?([^\s>]*)", text[start:])
            name = snippet.group(1) if snippet else ""
            return f'Unsupported start tag "{name}" at byte offset {_byte_offset(text, start)}'
        closing, name, attrs = match.group(1) == "/", match.group(2).lower(), match.group(3)
        if closing:
            if not stack or stack[-1] != name:
                expected = f'"</{stack[-1]}>"' if stack else "no end tag"
                return (
                    f"Unmatched end tag at byte offset {_byte_offset(text, start)}, "
                    f'expected {expected}, found "</{name}>"'
                )
            stack.pop()
        else:
            if name not in _HTML_TAGS:
                return f'Unsupported start tag "{name}" at byte offset {_byte_offset(text, start)}'
            if name == "span" and "tg-spoiler" not in attrs:
                return 'Tag "span" must have class "tg-spoiler"'
            stack.append(name)
        pos = match.end()
    if stack:
        return f'Can\'t find end tag corresponding to start tag "{stack[-1]}"'
    return None


def _markdown_v2_error(text: str) -> str | None:
    """Approximate MarkdownV2 check: reserved characters outside entity syntax must be escaped
    and the formatting characters must pair up. Never rejects valid MarkdownV2."""
    counts: dict[str, list[int]] = {"*": [], "_": [], "~": [], "[": [], "]": []}
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "`":
            fence = "```" if text.startswith("```", i) else "`"
            end = _find_unescaped(text, fence, i + len(fence))
            if end == -1:
                entity = "Pre" if fence == "```" else "Code"
                return f"Can't find end of {entity} entity at byte offset {_byte_offset(text, i)}"
            i = end + len(fence)
            continue
        if text.startswith("](", i):
            counts["]"].append(i)
            end = _find_unescaped(text, ")", i + 2)
            if end == -1:
                return f"Can't find end of a URL at byte offset {_byte_offset(text, i + 2)}"
            i = end + 1
            continue
        if c in counts:
            counts[c].append(i)
        elif c in "#+-={}.!" and not (c == "!" and text.startswith("![", i)):
            return f"Character '{c}' is reserved and must be escaped with the preceding '\\'"
        elif c == ">" and i > 0 and text[i - 1] != "\n" and not text.endswith("**", 0, i):
            return "Character '>' is reserved and must be escaped with the preceding '\\'"
        i += 1
    names = {"*": "Bold", "_": "Italic", "~": "Strikethrough"}
    for char, name in names.items():
        if len(counts[char]) % 2:
            offset = _byte_offset(text, counts[char][-1])
            return f"Can't find end of {name} entity at byte offset {offset}"
    if len(counts["["]) != len(counts["]"]):
        return "Character '[' is reserved and must be escaped with the preceding '\\'"
    return None


def _find_unescaped(text: str, needle: str, start: int) -> int:
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text.startswith(needle, i):
            return i
        i += 1
    return -1


def _plain_text(text: str, parse_mode: str | None) -> str:
    mode = (parse_mode or "").lower()
    if mode == "html":
        return html.unescape(re.sub(r"<[^<>]*>", "", text))
    if mode == "markdownv2":
        out: list[str] = []
        i = 0
        while i < len(text):
            c = text[i]
            if c == "\\" and i + 1 < len(text):
                out.append(text[i + 1])
                i += 2
            elif text.startswith("](", i):
                end = _find_unescaped(text, ")", i + 2)
                i = len(text) if end == -1 else end + 1
            elif c in "*_~|[`" or (c == ">" and (i == 0 or text[i - 1] == "\n")):
                i += 1
            else:
                out.append(c)
                i += 1
        return "".join(out)
    if mode == "markdown":
        return re.sub(r"[*_`\[]|\]\([^)]*\)", "", text)
    return text


def _inline_markup(markup: JSONDict | None) -> JSONDict | None:
    """The part of a reply_markup that Telegram keeps on a message (inline keyboards only)."""
    if markup and markup.get("inline_keyboard"):
        return markup
    return None


class FakeBotAPI:
    """A fake Bot API server. See the module docstring."""

    def __init__(
        self,
        token: str = "123456:TEST-token",
        *,
        bot_username: str = "strategibot_test_bot",
        bot_first_name: str = "Strategibot (test)",
        long_poll_cap: float = 1.0,
        validate_entities: bool = True,
    ) -> None:
        """``long_poll_cap``: getUpdates waits at most min(timeout, long_poll_cap) seconds for an
        update (it returns as soon as one is pushed), which bounds how long shutdown can take.
        ``validate_entities``: reject malformed HTML / MarkdownV2 like Telegram does."""
        self.token = token
        self.bot_id = int(token.split(":", 1)[0])
        self.bot_username = bot_username
        self.bot_first_name = bot_first_name
        self.long_poll_cap = long_poll_cap
        self.validate_entities = validate_entities

        self.calls: list[Call] = []
        self.callback_answers: list[CallbackAnswer] = []
        self.pushed_updates: dict[int, JSONDict] = {}
        self.server_errors: list[BaseException] = []
        self.webhook_url = ""
        self.allowed_updates: list[str] | None = None

        self._changes = _Changes()
        self._queue: list[_QueuedUpdate] = []
        self._last_update_id = 10_000
        self._callback_ids = itertools.count(4_000_000_000_000_001)
        self._file_ids = itertools.count(1)
        self._chats: dict[int, JSONDict] = {}
        self._messages: dict[int, list[SentMessage]] = {}
        self._last_message_id: dict[int, int] = {}
        self._incoming: dict[tuple[int, int], JSONDict] = {}
        self._open_callbacks: set[str] = set()
        self._commands: dict[tuple[str, str], list[JSONDict]] = {}
        self._files: dict[str, _StoredFile] = {}
        self._poll_generation = 0
        self._closing = False
        self._runner: web.AppRunner | None = None
        self._port: int | None = None

        self._methods: dict[str, tuple[str, MethodHandler]] = {}
        builtin: dict[str, MethodHandler] = {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "deleteWebhook": self._delete_webhook,
            "setWebhook": self._set_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageCaption": self._edit_message_caption,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "answerCallbackQuery": self._answer_callback_query,
            "sendChatAction": self._send_chat_action,
            "sendPhoto": self._send_photo,
            "sendDocument": self._send_document,
            "getFile": self._get_file,
            "close": lambda params, files: True,
            "logOut": lambda params, files: True,
        }
        for name, handler in builtin.items():
            self.add_method(name, handler)

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> Self:
        app = web.Application(client_max_size=60 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        # handler_cancellation: a long poll whose client disconnected (PTB cancels the running
        # getUpdates on stop) is cancelled instead of lingering until its timeout. No access log:
        # request paths contain the bot token.
        self._runner = web.AppRunner(
            app, handler_cancellation=True, shutdown_timeout=2.0, access_log=None
        )
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        self._port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()
        self._closing = False
        return self

    async def stop(self) -> None:
        self._closing = True
        self._changes.notify()  # release long polls right away
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("FakeBotAPI is not started")
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    @property
    def bot_user(self) -> JSONDict:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def add_method(self, name: str, handler: MethodHandler) -> None:
        """Add or replace a Bot API method. ``handler(params, files)`` returns the ``result``
        (or an awaitable of it) or raises :class:`BotAPIError`. Names are case-insensitive."""
        self._methods[name.lower()] = (name, handler)

    # ------------------------------------------------------------------ inspection

    def calls_to(self, method: str) -> list[Call]:
        return [call for call in self.calls if call.method.lower() == method.lower()]

    def messages_to(self, chat_id: int) -> list[SentMessage]:
        """Messages the bot sent to the chat, oldest first, as they are now (after edits)."""
        return list(self._messages.get(chat_id, []))

    def message(self, chat_id: int, message_id: int) -> SentMessage:
        for msg in self._messages.get(chat_id, []):
            if msg.message_id == message_id:
                return msg
        raise KeyError(f"no message {message_id} sent to chat {chat_id}")

    def commands(self, language_code: str = "", scope: JSONDict | None = None) -> list[JSONDict]:
        """Commands stored by setMyCommands for this scope and language ("" = all languages)."""
        return list(self._commands.get((self._scope_key(scope), language_code), []))

    @property
    def all_commands(self) -> dict[tuple[str, str], list[JSONDict]]:
        """All stored command lists by (JSON-encoded scope, language_code)."""
        return dict(self._commands)

    @property
    def pending_updates(self) -> list[JSONDict]:
        """Pushed updates the bot has not confirmed yet."""
        return [queued.payload for queued in self._queue]

    @property
    def open_callback_queries(self) -> set[str]:
        """Ids of pushed callback queries the bot has not answered (yet)."""
        return set(self._open_callbacks)

    # ------------------------------------------------------------------ pushing updates

    def push_raw(self, update: JSONDict, *, force_delivery: bool = True) -> int:
        """Queue an update as given (an ``update_id`` is added if missing).

        Re-pushing an already delivered update with the same ``update_id`` simulates Telegram
        delivering it again: with ``force_delivery`` it is delivered at least once even though
        the bot's offset is already past its id. The fake never deduplicates; the bot must.
        """
        payload = dict(update)
        if "update_id" not in payload:
            payload["update_id"] = self._new_update_id()
        update_id = int(payload["update_id"])
        self._last_update_id = max(self._last_update_id, update_id)
        self._enqueue(payload, force_delivery=force_delivery)
        return update_id

    def push_text(
        self,
        user: FakeUser,
        text: str,
        *,
        chat_type: str = "private",
        chat_id: int | None = None,
    ) -> int:
        """A text message from ``user``. ``/commands`` get ``bot_command`` entities."""
        content: JSONDict = {"text": text}
        entities = self._command_entities(text)
        if entities:
            content["entities"] = entities
        return self._push_message(user, content, chat_type=chat_type, chat_id=chat_id)

    def push_edited_text(
        self,
        user: FakeUser,
        message_id: int,
        text: str,
        *,
        chat_type: str = "private",
        chat_id: int | None = None,
    ) -> int:
        """The user edited their earlier message ``message_id`` to ``text``."""
        chat = self._chat(user, chat_type, chat_id)
        now = int(time.time())
        original = self._incoming.get((chat["id"], message_id), {})
        message: JSONDict = {
            "message_id": message_id,
            "from": user.to_dict(),
            "chat": chat,
            "date": original.get("date", now),
            "edit_date": now,
            "text": text,
        }
        entities = self._command_entities(text)
        if entities:
            message["entities"] = entities
        self._incoming[(chat["id"], message_id)] = message
        return self._enqueue({"update_id": self._new_update_id(), "edited_message": message})

    def push_callback(
        self, user: FakeUser, data: str, message_id: int, *, chat_id: int | None = None
    ) -> int:
        """The user pressed a button with ``callback_data=data`` on the bot's message."""
        chat_id = user.id if chat_id is None else chat_id
        try:
            msg = self.message(chat_id, message_id)
        except KeyError:
            raise AssertionError(
                f"push_callback: the bot sent no message {message_id} to chat {chat_id}; "
                f"sent: {[m.message_id for m in self.messages_to(chat_id)]}"
            ) from None
        query_id = str(next(self._callback_ids))
        self._open_callbacks.add(query_id)
        query = {
            "id": query_id,
            "from": user.to_dict(),
            "chat_instance": str(abs(chat_id) * 1_000_003 + 17),
            "data": data,
            "message": self._message_json(msg),
        }
        return self._enqueue({"update_id": self._new_update_id(), "callback_query": query})

    def press(self, user: FakeUser, label: str, *, chat_id: int | None = None) -> int:
        """Press the inline button labelled ``label`` (exact match first, then substring) on
        the newest message to the user's chat that has such a button."""
        chat_id = user.id if chat_id is None else chat_id
        messages = [m for m in reversed(self._messages.get(chat_id, [])) if not m.deleted]
        matchers: list[Callable[[str], bool]] = [lambda t: t == label, lambda t: label in t]
        for matches in matchers:
            for msg in messages:
                for button in msg.buttons:
                    if not matches(str(button.get("text", ""))):
                        continue
                    if "callback_data" not in button:
                        raise AssertionError(f"button {button!r} has no callback_data")
                    return self.push_callback(
                        user, button["callback_data"], msg.message_id, chat_id=chat_id
                    )
        available = [
            f"message {m.message_id}: {m.button_texts}" for m in reversed(messages) if m.buttons
        ]
        raise AssertionError(
            f"no inline button {label!r} in chat {chat_id}. Available buttons: "
            + ("; ".join(available) or "none")
        )

    def push_photo(
        self,
        user: FakeUser,
        *,
        caption: str | None = None,
        content: bytes = b"\xff\xd8\xff\xe0fake-jpeg",
        width: int = 1280,
        height: int = 960,
        chat_type: str = "private",
        chat_id: int | None = None,
    ) -> int:
        small = self._store_file(content, "photo", None, "image/jpeg")
        large = self._store_file(content, "photo", None, "image/jpeg")
        sizes = [
            self._photo_size(
                small, width * 90 // max(width, height), height * 90 // max(width, height)
            ),
            self._photo_size(large, width, height),
        ]
        message: JSONDict = {"photo": sizes}
        if caption is not None:
            message["caption"] = caption
        return self._push_message(user, message, chat_type=chat_type, chat_id=chat_id)

    def push_sticker(
        self,
        user: FakeUser,
        emoji: str = "👍",
        *,
        chat_type: str = "private",
        chat_id: int | None = None,
    ) -> int:
        stored = self._store_file(b"RIFFfake-webp", "stickers", "sticker.webp", "image/webp")
        sticker = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
            "file_size": len(stored.data),
        }
        return self._push_message(user, {"sticker": sticker}, chat_type=chat_type, chat_id=chat_id)

    def push_voice(
        self,
        user: FakeUser,
        *,
        duration: int = 3,
        content: bytes = b"OggSfake-voice",
        chat_type: str = "private",
        chat_id: int | None = None,
    ) -> int:
        stored = self._store_file(content, "voice", None, "audio/ogg")
        voice = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "duration": duration,
            "mime_type": "audio/ogg",
            "file_size": len(content),
        }
        return self._push_message(user, {"voice": voice}, chat_type=chat_type, chat_id=chat_id)

    def push_location(
        self,
        user: FakeUser,
        latitude: float = 59.9139,
        longitude: float = 10.7522,
        *,
        chat_type: str = "private",
        chat_id: int | None = None,
    ) -> int:
        location = {"latitude": latitude, "longitude": longitude}
        return self._push_message(
            user, {"location": location}, chat_type=chat_type, chat_id=chat_id
        )

    def push_document(
        self,
        user: FakeUser,
        *,
        file_name: str = "strategi.pdf",
        mime_type: str = "application/pdf",
        content: bytes = b"%PDF-1.4 fake",
        caption: str | None = None,
        chat_type: str = "private",
        chat_id: int | None = None,
    ) -> int:
        stored = self._store_file(content, "documents", file_name, mime_type)
        message: JSONDict = {"document": self._document_json(stored)}
        if caption is not None:
            message["caption"] = caption
        return self._push_message(user, message, chat_type=chat_type, chat_id=chat_id)

    # ------------------------------------------------------------------ waiting

    async def wait_for_messages(
        self, chat_id: int, count: int, timeout: float = 10
    ) -> list[SentMessage]:
        """Wait until at least ``count`` messages were sent to the chat in total."""

        def enough() -> list[SentMessage] | None:
            messages = self.messages_to(chat_id)
            return messages if len(messages) >= count else None

        return await self._wait(
            enough,
            timeout,
            lambda: f"expected at least {count} message(s) to chat {chat_id}",
            chat_id,
        )

    async def wait_for_text(
        self, chat_id: int, substring: str, timeout: float = 10, *, after: int = 0
    ) -> SentMessage:
        """Wait for a message (new or edited) to the chat, at index >= ``after`` in
        ``messages_to(chat_id)``, whose text/caption contains ``substring`` (raw or with markup
        removed). Returns the newest such message."""

        def found() -> SentMessage | None:
            messages = self.messages_to(chat_id)[after:]
            return next((m for m in reversed(messages) if m.contains(substring)), None)

        return await self._wait(
            found,
            timeout,
            lambda: (
                f"expected a message containing {substring!r} to chat {chat_id} (index >= {after})"
            ),
            chat_id,
        )

    async def wait_for_call(
        self,
        method: str,
        predicate: Callable[[Call], bool] | None = None,
        timeout: float = 10,
        *,
        after: int = 0,
    ) -> Call:
        """Wait for a call to ``method`` (index >= ``after`` in ``calls``) matching
        ``predicate``. Pass ``after=len(fake.calls)`` to ignore earlier calls."""

        def found() -> Call | None:
            for call in self.calls[after:]:
                if call.method.lower() == method.lower() and (predicate is None or predicate(call)):
                    return call
            return None

        return await self._wait(found, timeout, lambda: f"expected a call to {method}")

    async def wait_for_updates_consumed(self, timeout: float = 10) -> None:
        """Wait until the bot has confirmed (by a later getUpdates offset) every pushed update.
        Confirmed means fetched and queued by the bot, not necessarily handled yet."""

        def consumed() -> bool | None:
            return True if not self._queue else None

        await self._wait(
            consumed,
            timeout,
            lambda: (
                f"expected all updates to be confirmed; pending: "
                f"{[q.update_id for q in self._queue]}"
            ),
        )

    async def wait_for_callback_answers(
        self, count: int, timeout: float = 10
    ) -> list[CallbackAnswer]:
        def enough() -> list[CallbackAnswer] | None:
            return list(self.callback_answers) if len(self.callback_answers) >= count else None

        return await self._wait(enough, timeout, lambda: f"expected {count} callback answer(s)")

    async def _wait(
        self,
        predicate: Callable[[], T | None],
        timeout: float,
        describe: Callable[[], str],
        chat_id: int | None = None,
    ) -> T:
        try:
            return await self._changes.wait_for(predicate, timeout)
        except TimeoutError:
            raise AssertionError(
                f"timed out after {timeout}s: {describe()}\n{self._diagnostics(chat_id)}"
            ) from None

    def _diagnostics(self, chat_id: int | None) -> str:
        lines: list[str] = []
        if chat_id is not None:
            lines.append(f"messages to chat {chat_id}:")
            lines += [
                f"  #{m.message_id} {m.content!r} buttons={m.button_texts}"
                + (f" (edited {m.edit_count}x)" if m.edit_count else "")
                for m in self.messages_to(chat_id)
            ]
        failed = [c for c in self.calls if c.status not in (None, 200)]
        if failed:
            lines.append("failed calls:")
            lines += [
                f"  {c.method} {c.params} -> {c.status} {(c.response or {}).get('description')}"
                for c in failed[-10:]
            ]
        if self.server_errors:
            lines.append(f"fake server errors: {self.server_errors!r}")
        if self._queue:
            lines.append(f"unconfirmed updates: {[q.update_id for q in self._queue]}")
        recent = [c.method for c in self.calls if c.method != "getUpdates"][-15:]
        lines.append(f"recent calls (without getUpdates): {recent}")
        return "\n".join(lines)

    # ------------------------------------------------------------------ HTTP layer

    async def _handle_method(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        name = request.match_info["method"]
        entry = self._methods.get(name.lower())
        try:
            params, files = await self._parse_request(request)
        except ValueError as exc:
            return web.json_response(_bad_request(str(exc)).body(), status=400)
        call = Call(
            method=entry[0] if entry else name,
            params=params,
            files=files,
            time=time.time(),
            http_method=request.method,
        )
        self.calls.append(call)
        if entry is None:
            status = 404
            body: JSONDict = {
                "ok": False,
                "error_code": 404,
                "description": "Not Found: method not found",
            }
        else:
            try:
                result = entry[1](params, files)
                if inspect.isawaitable(result):
                    self._changes.notify()  # the call itself is news for wait_for_call
                    result = await result
            except BotAPIError as exc:
                status, body = exc.status, exc.body()
            except (KeyError, ValueError, TypeError) as exc:
                error = _bad_request(f"invalid parameters: {exc!r}")
                status, body = error.status, error.body()
            except Exception as exc:  # a bug in the fake: answer, but remember it
                _LOGGER.exception("FakeBotAPI failed on %s", name)
                self.server_errors.append(exc)
                status = 500
                body = {"ok": False, "error_code": 500, "description": f"fake error: {exc!r}"}
            else:
                status, body = 200, {"ok": True, "result": result}
        call.status, call.response = status, body
        self._changes.notify()
        return web.json_response(body, status=status)

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        path = request.match_info["path"]
        for stored in self._files.values():
            if stored.file_path == path:
                return web.Response(
                    body=stored.data, content_type=stored.mime_type or "application/octet-stream"
                )
        return web.json_response(
            {"ok": False, "error_code": 404, "description": "Not Found"}, status=404
        )

    @staticmethod
    async def _parse_request(request: web.Request) -> tuple[JSONDict, dict[str, UploadedFile]]:
        raw: dict[str, Any] = dict(request.query)
        files: dict[str, UploadedFile] = {}
        if request.can_read_body:
            if request.content_type == "application/json":
                body = await request.json()
                if not isinstance(body, dict):
                    raise ValueError("request body must be a JSON object")
                raw.update(body)
            else:
                form = await request.post()
                for key, value in form.items():
                    if isinstance(value, web.FileField):
                        files[key] = UploadedFile(
                            field_name=key,
                            filename=value.filename,
                            content_type=value.content_type,
                            data=value.file.read(),
                        )
                    elif isinstance(value, bytes | bytearray):
                        raw[key] = bytes(value).decode("utf-8")
                    else:
                        raw[key] = value
        params = {key: FakeBotAPI._decode_param(key, value) for key, value in raw.items()}
        return params, files

    @staticmethod
    def _decode_param(key: str, value: Any) -> Any:
        """Undo PTB's encoding: non-string values arrive as JSON strings."""
        if not isinstance(value, str) or key in _RAW_STRING_PARAMS:
            return value
        try:
            decoded = json.loads(value)
        except ValueError:
            return value
        return value if isinstance(decoded, str) else decoded

    # ------------------------------------------------------------------ update queue

    def _new_update_id(self) -> int:
        self._last_update_id += 1
        return self._last_update_id

    def _enqueue(self, payload: JSONDict, *, force_delivery: bool = False) -> int:
        update_id = int(payload["update_id"])
        self.pushed_updates[update_id] = payload
        self._queue.append(_QueuedUpdate(update_id, payload, force_delivery=force_delivery))
        self._changes.notify()
        return update_id

    def _confirm(self, offset: int | None) -> None:
        """Apply a getUpdates offset: updates with a smaller id are forgotten."""
        if not offset:
            return
        before = len(self._queue)
        if offset < 0:
            self._queue = self._queue[offset:]
        else:
            self._queue = [
                q
                for q in self._queue
                if q.update_id >= offset or (q.force_delivery and not q.delivered)
            ]
        if len(self._queue) != before:
            self._changes.notify()

    def _is_allowed(self, queued: _QueuedUpdate) -> bool:
        if self.allowed_updates:
            return queued.type in self.allowed_updates
        return queued.type not in _NOT_SENT_BY_DEFAULT

    def _take_batch(self, limit: int) -> list[_QueuedUpdate]:
        kept = [q for q in self._queue if self._is_allowed(q)]
        if len(kept) != len(self._queue):  # Telegram never creates those updates
            self._queue = kept
            self._changes.notify()
        batch = self._queue[:limit]
        for queued in batch:
            queued.delivered = True
        return batch

    # ------------------------------------------------------------------ methods: updates

    def _get_me(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        return self.bot_user

    async def _get_updates(self, params: JSONDict, files: dict[str, UploadedFile]) -> list[Any]:
        if self.webhook_url:
            raise BotAPIError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        self._poll_generation += 1
        generation = self._poll_generation
        self._changes.notify()  # an older long poll must now end with 409
        if "allowed_updates" in params:
            self.allowed_updates = list(params["allowed_updates"] or []) or None
        offset = int(params.get("offset") or 0)
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        timeout = max(float(params.get("timeout") or 0), 0.0)
        self._confirm(offset)

        def ready() -> list[_QueuedUpdate] | None:
            if self._closing or generation != self._poll_generation:
                return []
            return self._take_batch(limit) or None

        try:
            batch = await self._changes.wait_for(ready, min(timeout, self.long_poll_cap))
        except TimeoutError:
            batch = []
        if generation != self._poll_generation:
            raise BotAPIError(
                409,
                "Conflict: terminated by other getUpdates request; "
                "make sure that only one bot instance is running",
            )
        return [queued.payload for queued in batch]

    def _delete_webhook(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        self.webhook_url = ""
        if params.get("drop_pending_updates"):
            self._queue.clear()
            self._changes.notify()
        return True

    def _set_webhook(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        url = str(params.get("url") or "")
        if url and not url.startswith("https://"):
            raise _bad_request("bad webhook: HTTPS url must be provided for webhook")
        self.webhook_url = url
        if params.get("drop_pending_updates"):
            self._queue.clear()
            self._changes.notify()
        return True

    def _get_webhook_info(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        info: JSONDict = {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._queue),
        }
        if self.allowed_updates:
            info["allowed_updates"] = self.allowed_updates
        return info

    # ------------------------------------------------------------------ methods: commands

    @staticmethod
    def _scope_key(scope: JSONDict | None) -> str:
        return json.dumps(scope or {"type": "default"}, sort_keys=True)

    @staticmethod
    def _language_code(params: JSONDict) -> str:
        language_code = str(params.get("language_code") or "")
        if not _LANGUAGE_CODE_RE.match(language_code):
            raise _bad_request("invalid language code specified")
        return language_code

    def _set_my_commands(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise _bad_request('parameter "commands" is required and must be a JSON array')
        if len(commands) > 100:
            raise _bad_request("too many commands specified")
        for command in commands:
            if not _BOT_COMMAND_RE.match(str(command.get("command", ""))):
                raise _bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise _bad_request("command description is empty or too long")
        key = (self._scope_key(params.get("scope")), self._language_code(params))
        if commands:
            self._commands[key] = [dict(c) for c in commands]
        else:
            self._commands.pop(key, None)
        return True

    def _get_my_commands(self, params: JSONDict, files: dict[str, UploadedFile]) -> list[JSONDict]:
        key = (self._scope_key(params.get("scope")), self._language_code(params))
        return list(self._commands.get(key, []))

    def _delete_my_commands(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        key = (self._scope_key(params.get("scope")), self._language_code(params))
        self._commands.pop(key, None)
        return True

    # ------------------------------------------------------------------ methods: messages

    def _send_message(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        chat_id = self._chat_id(params)
        text = str(params.get("text") or "")
        parse_mode = params.get("parse_mode")
        self._check_text(text, parse_mode, caption=False)
        msg = SentMessage(
            chat_id=chat_id,
            message_id=self._next_message_id(chat_id),
            date=int(time.time()),
            text=text,
            parse_mode=parse_mode,
            reply_markup=self._check_markup(params.get("reply_markup")),
        )
        return self._store_sent(msg)

    def _send_photo(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        chat_id = self._chat_id(params)
        upload = files.get("photo")
        if upload is None and not params.get("photo"):
            raise _bad_request("there is no photo in the request")
        stored = self._stored_for(upload, params.get("photo"), "photos", "image/jpeg")
        msg = self._sent_media(params, "photo", chat_id, upload, stored)
        return self._store_sent(msg)

    def _send_document(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        chat_id = self._chat_id(params)
        upload = files.get("document")
        if upload is None and not params.get("document"):
            raise _bad_request("there is no document in the request")
        stored = self._stored_for(
            upload, params.get("document"), "documents", "application/octet-stream"
        )
        msg = self._sent_media(params, "document", chat_id, upload, stored)
        return self._store_sent(msg)

    def _sent_media(
        self,
        params: JSONDict,
        kind: str,
        chat_id: int,
        upload: UploadedFile | None,
        stored: _StoredFile,
    ) -> SentMessage:
        caption = params.get("caption")
        parse_mode = params.get("parse_mode")
        if caption:
            self._check_text(caption, parse_mode, caption=True)
        return SentMessage(
            chat_id=chat_id,
            message_id=self._next_message_id(chat_id),
            date=int(time.time()),
            text=None,
            parse_mode=parse_mode,
            reply_markup=self._check_markup(params.get("reply_markup")),
            kind=kind,
            caption=caption,
            file=upload,
            file_id=stored.file_id,
        )

    def _edit_message_text(
        self, params: JSONDict, files: dict[str, UploadedFile]
    ) -> JSONDict | bool:
        if params.get("inline_message_id"):
            return True
        msg = self._message_to_edit(params)
        if msg.kind != "text":
            raise _bad_request("there is no text in the message to edit")
        text = str(params.get("text") or "")
        parse_mode = params.get("parse_mode")
        self._check_text(text, parse_mode, caption=False)
        markup = _inline_markup(self._check_markup(params.get("reply_markup")))
        if text == msg.text and parse_mode == msg.parse_mode and markup == msg.reply_markup:
            raise _bad_request(MESSAGE_NOT_MODIFIED.removeprefix("Bad Request: "))
        msg.history.append(msg.text)
        msg.text, msg.parse_mode, msg.reply_markup = text, parse_mode, markup
        return self._mark_edited(msg)

    def _edit_message_caption(
        self, params: JSONDict, files: dict[str, UploadedFile]
    ) -> JSONDict | bool:
        if params.get("inline_message_id"):
            return True
        msg = self._message_to_edit(params)
        if msg.kind == "text":
            raise _bad_request("there is no caption in the message to edit")
        caption = params.get("caption")
        parse_mode = params.get("parse_mode")
        if caption:
            self._check_text(caption, parse_mode, caption=True)
        markup = _inline_markup(self._check_markup(params.get("reply_markup")))
        if caption == msg.caption and parse_mode == msg.parse_mode and markup == msg.reply_markup:
            raise _bad_request(MESSAGE_NOT_MODIFIED.removeprefix("Bad Request: "))
        msg.history.append(msg.caption)
        msg.caption, msg.parse_mode, msg.reply_markup = caption, parse_mode, markup
        return self._mark_edited(msg)

    def _edit_message_reply_markup(
        self, params: JSONDict, files: dict[str, UploadedFile]
    ) -> JSONDict | bool:
        if params.get("inline_message_id"):
            return True
        msg = self._message_to_edit(params)
        markup = _inline_markup(self._check_markup(params.get("reply_markup")))
        if markup == msg.reply_markup:
            raise _bad_request(MESSAGE_NOT_MODIFIED.removeprefix("Bad Request: "))
        msg.reply_markup = markup
        return self._mark_edited(msg)

    def _delete_message(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        chat_id = self._chat_id(params)
        try:
            msg = self.message(chat_id, int(params["message_id"]))
        except KeyError:
            raise _bad_request("message to delete not found") from None
        if msg.deleted:
            raise _bad_request("message to delete not found")
        msg.deleted = True
        return True

    def _answer_callback_query(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        if query_id not in self._open_callbacks:
            raise _bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        self._open_callbacks.discard(query_id)
        cache_time = params.get("cache_time")
        self.callback_answers.append(
            CallbackAnswer(
                callback_query_id=query_id,
                text=params.get("text"),
                show_alert=bool(params.get("show_alert", False)),
                url=params.get("url"),
                cache_time=int(cache_time) if cache_time is not None else None,
            )
        )
        return True

    def _send_chat_action(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        self._chat_id(params)
        if params.get("action") not in _CHAT_ACTIONS:
            raise _bad_request("wrong parameter action in request")
        return True

    def _get_file(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        stored = self._files.get(str(params.get("file_id") or ""))
        if stored is None:
            raise _bad_request("invalid file_id")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
            "file_path": stored.file_path,
        }

    # ------------------------------------------------------------------ helpers

    def _chat_id(self, params: JSONDict) -> int:
        chat_id = params.get("chat_id")
        if chat_id in (None, ""):
            raise _bad_request("chat_id is empty")
        if isinstance(chat_id, str):  # "@channelusername"
            raise _bad_request("chat not found")
        return int(chat_id)

    def _next_message_id(self, chat_id: int) -> int:
        """Message ids are per chat and shared by the user's and the bot's messages."""
        self._last_message_id[chat_id] = self._last_message_id.get(chat_id, 0) + 1
        return self._last_message_id[chat_id]

    def _chat(self, user: FakeUser, chat_type: str, chat_id: int | None) -> JSONDict:
        if chat_type == "private":
            chat = user.private_chat()
            if chat_id is not None and chat_id != user.id:
                raise ValueError("a private chat's id is the user's id")
        else:
            if chat_id is None:
                chat_id = -(1_000_000_000_000 + user.id) if chat_type == "supergroup" else -user.id
            chat = self._chats.get(chat_id) or {
                "id": chat_id,
                "type": chat_type,
                "title": f"Test {chat_type} {abs(chat_id)}",
            }
        self._chats[chat["id"]] = chat
        return chat

    def _chat_json(self, chat_id: int) -> JSONDict:
        if chat_id in self._chats:
            return self._chats[chat_id]
        if chat_id > 0:
            return {"id": chat_id, "type": "private", "first_name": f"User {chat_id}"}
        return {"id": chat_id, "type": "group", "title": f"Chat {chat_id}"}

    def _push_message(
        self, user: FakeUser, content: JSONDict, *, chat_type: str, chat_id: int | None
    ) -> int:
        chat = self._chat(user, chat_type, chat_id)
        message: JSONDict = {
            "message_id": self._next_message_id(chat["id"]),
            "from": user.to_dict(),
            "chat": chat,
            "date": int(time.time()),
            **content,
        }
        self._incoming[(chat["id"], message["message_id"])] = message
        return self._enqueue({"update_id": self._new_update_id(), "message": message})

    @staticmethod
    def _command_entities(text: str) -> list[JSONDict]:
        return [
            {
                "type": "bot_command",
                "offset": _utf16_len(text[: match.start()]),
                "length": _utf16_len(match.group()),
            }
            for match in _COMMAND_RE.finditer(text)
        ]

    def _store_sent(self, msg: SentMessage) -> JSONDict:
        self._messages.setdefault(msg.chat_id, []).append(msg)
        return self._message_json(msg)

    def _mark_edited(self, msg: SentMessage) -> JSONDict:
        msg.edit_count += 1
        msg.edit_date = int(time.time())
        return self._message_json(msg)

    def _message_to_edit(self, params: JSONDict) -> SentMessage:
        chat_id = self._chat_id(params)
        try:
            msg = self.message(chat_id, int(params["message_id"]))
        except KeyError:
            raise _bad_request("message to edit not found") from None
        if msg.deleted:
            raise _bad_request("message to edit not found")
        return msg

    def _message_json(self, msg: SentMessage) -> JSONDict:
        data: JSONDict = {
            "message_id": msg.message_id,
            "from": self.bot_user,
            "chat": self._chat_json(msg.chat_id),
            "date": msg.date,
        }
        if msg.edit_date is not None:
            data["edit_date"] = msg.edit_date
        if msg.kind == "text":
            data["text"] = msg.plain_text
        else:
            stored = self._files.get(msg.file_id or "")
            if stored is not None and msg.kind == "photo":
                data["photo"] = [self._photo_size(stored, 800, 600)]
            elif stored is not None:
                data["document"] = self._document_json(stored)
            if msg.caption:
                data["caption"] = msg.plain_text
        markup = _inline_markup(msg.reply_markup)
        if markup:
            data["reply_markup"] = markup
        return data

    def _check_text(self, text: str, parse_mode: str | None, *, caption: bool) -> None:
        if self.validate_entities:
            mode = (parse_mode or "").lower()
            error = None
            if mode == "html":
                error = _html_error(text)
            elif mode == "markdownv2":
                error = _markdown_v2_error(text)
            if error:
                raise _bad_request(f"can't parse entities: {error}")
        plain = _plain_text(text, parse_mode)
        if not caption and not plain.strip():
            raise _bad_request("message text is empty")
        if _utf16_len(plain) > (1024 if caption else 4096):
            raise _bad_request("message caption is too long" if caption else "message is too long")

    @staticmethod
    def _check_markup(markup: Any) -> JSONDict | None:
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise _bad_request("can't parse reply keyboard markup JSON object")
        rows = markup.get("inline_keyboard")
        if rows is None:
            return markup
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise _bad_request(
                'field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays'
            )
        for button in (b for row in rows for b in row):
            if not str(button.get("text") or "").strip():
                raise _bad_request("BUTTON_TEXT_INVALID")
            if not _INLINE_BUTTON_ACTIONS & button.keys():
                raise _bad_request("text buttons are unallowed in the inline keyboard")
            if "callback_data" in button:
                size = len(str(button["callback_data"]).encode("utf-8"))
                if not 1 <= size <= 64:
                    raise _bad_request("BUTTON_DATA_INVALID")
        return markup

    def _store_file(
        self, data: bytes, folder: str, file_name: str | None, mime_type: str | None
    ) -> _StoredFile:
        n = next(self._file_ids)
        suffix = ""
        if file_name and "." in file_name:
            suffix = "." + file_name.rsplit(".", 1)[1]
        elif mime_type == "image/jpeg":
            suffix = ".jpg"
        elif mime_type == "audio/ogg":
            suffix = ".oga"
        stored = _StoredFile(
            file_id=f"FAKE-{folder.upper()}-{n:06d}-{self.bot_id}",
            file_unique_id=f"U{n:06d}",
            file_path=f"{folder}/file_{n}{suffix}",
            data=data,
            file_name=file_name,
            mime_type=mime_type,
        )
        self._files[stored.file_id] = stored
        return stored

    def _stored_for(
        self, upload: UploadedFile | None, reference: Any, folder: str, default_mime: str
    ) -> _StoredFile:
        if upload is not None:
            return self._store_file(
                upload.data, folder, upload.filename, upload.content_type or default_mime
            )
        if isinstance(reference, str) and reference in self._files:
            return self._files[reference]
        # A URL or an unknown file_id: Telegram would fetch / look it up; we make one up.
        name = str(reference).rsplit("/", 1)[-1] or None
        return self._store_file(b"", folder, name, default_mime)

    @staticmethod
    def _photo_size(stored: _StoredFile, width: int, height: int) -> JSONDict:
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "width": max(width, 1),
            "height": max(height, 1),
            "file_size": len(stored.data),
        }

    @staticmethod
    def _document_json(stored: _StoredFile) -> JSONDict:
        data: JSONDict = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
        }
        if stored.file_name:
            data["file_name"] = stored.file_name
        if stored.mime_type:
            data["mime_type"] = stored.mime_type
        return data
