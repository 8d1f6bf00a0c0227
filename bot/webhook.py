"""`strategibot webhook`: updates from Telegram over HTTP (aiohttp), for one or many replicas.

Telegram POSTs each update as JSON to the public URL registered with
`setWebhook`, with the secret token in `X-Telegram-Bot-Api-Secret-Token`. The
server here checks the token (403 without it, nothing processed), refuses
oversized bodies (413) and malformed JSON (400), and hands the update to the
same python-telegram-bot Application `strategibot run` uses: the same handlers,
the same per-person ordering (`PerPersonUpdateProcessor`), the same coach.

The answer to Telegram comes only after the update is handled (the session
saved, the text replies sent; files, which take longer to make, follow as the
Application's tasks, and a graceful shutdown waits for them). An update a
replica could not finish (it died, or was too slow) is sent again by Telegram,
possibly to another replica, where the session's record of handled update ids
makes it change nothing twice. Replies not sent before a replica died are not
sent again: the session was already saved with the update marked handled.
Telegram sends a chat's next update after the previous one is answered, so each
person's order holds across replicas as well.

`/healthz` answers 200 while the process serves; `/readyz` 200 only while the
database answers too (503 otherwise, and while shutting down).

SIGTERM or SIGINT: stop accepting connections, let the requests in flight
finish, stop the Application, close the database pool, exit 0.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hmac
import json
import logging
import re
import signal
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application

from storage.base import StorageError

from .redaction import TokenFilter, configure_logging, redact
from .settings import Settings
from .telegram_adapter import COACH, build_application

log = logging.getLogger("strategibot.webhook")

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Telegram's rule for secret_token: 1 to 256 of A-Z, a-z, 0-9, _ and -.
SECRET_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,256}")
# An update is at most a few tens of kilobytes (4096 characters of text and
# their entities, a keyboard); anything near this is not from Telegram.
MAX_BODY_BYTES = 1024 * 1024
DEFAULT_PATH = "/telegram"
# How long the requests in flight get to finish after SIGTERM.
SHUTDOWN_GRACE_SECONDS = 25.0
READY_TIMEOUT_SECONDS = 5.0

AnyApplication = Application[Any, Any, Any, Any, Any, Any]


class ConfigError(ValueError):
    """The webhook settings don't make sense; the message says which one."""


@dataclass(frozen=True)
class WebhookConfig:
    secret: str
    listen: str = "127.0.0.1"
    port: int = 8080
    url: str | None = None
    set_webhook: bool = True

    @property
    def path(self) -> str:
        """Where updates are POSTed: the public URL's path, else /telegram."""
        if self.url:
            return urlsplit(self.url).path or "/"
        return DEFAULT_PATH

    @classmethod
    def from_settings(
        cls, settings: Settings, args: argparse.Namespace | None = None
    ) -> WebhookConfig:
        """Flags win over the environment; says clearly what is missing or wrong."""

        def pick(flag: str, setting: object) -> Any:
            value = getattr(args, flag, None) if args is not None else None
            return setting if value is None else value

        secret_setting = (
            settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
        )
        secret = pick("secret", secret_setting)
        url = pick("url", settings.webhook_url) or None
        set_webhook = not getattr(args, "no_set_webhook", False)
        if not secret:
            raise ConfigError(
                "WEBHOOK_SECRET (or --secret) is not set: Telegram sends it with every update, "
                "and requests without it are refused"
            )
        if not SECRET_PATTERN.fullmatch(secret):
            raise ConfigError(
                "WEBHOOK_SECRET must be 1 to 256 characters of A-Z, a-z, 0-9, _ and -"
            )
        if url is not None:
            parts = urlsplit(url)
            if parts.scheme != "https" or not parts.hostname:
                raise ConfigError("WEBHOOK_URL must be a public https:// URL")
        elif set_webhook:
            raise ConfigError(
                "WEBHOOK_URL (or --url) is not set: it is the public https:// URL Telegram "
                "posts to. Replicas that don't register it take --no-set-webhook"
            )
        port = int(pick("port", settings.webhook_port))
        if not 0 <= port <= 65535:
            raise ConfigError("WEBHOOK_PORT must be between 0 and 65535")
        listen = str(pick("listen", settings.webhook_listen))
        return cls(secret=secret, listen=listen, port=port, url=url, set_webhook=set_webhook)


class WebhookServer:
    """The HTTP side: aiohttp in front of a running Application."""

    def __init__(self, application: AnyApplication, config: WebhookConfig) -> None:
        self.application = application
        self.config = config
        self.stopping = False
        self.handled = 0
        self._runner: web.AppRunner | None = None
        self._port: int | None = None

    def web_app(self) -> web.Application:
        # client_max_size: aiohttp refuses a longer body with 413 while reading it.
        app = web.Application(client_max_size=MAX_BODY_BYTES)
        app.router.add_post(self.config.path, self.on_update)
        app.router.add_get("/healthz", self.on_healthz)
        app.router.add_get("/readyz", self.on_readyz)
        return app

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the webhook server is not started")
        return self._port

    async def start(self) -> int:
        """Listen; returns the port (useful with port 0)."""
        # No access log: the bodies aren't logged anyway, and Telegram's IPs are noise.
        self._runner = web.AppRunner(
            self.web_app(),
            access_log=None,
            shutdown_timeout=SHUTDOWN_GRACE_SECONDS,
            handle_signals=False,
        )
        await self._runner.setup()
        family = socket.AF_INET6 if ":" in self.config.listen else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.config.listen, self.config.port))
        except OSError:
            sock.close()
            await self._runner.cleanup()
            raise
        self._port = int(sock.getsockname()[1])
        await web.SockSite(self._runner, sock).start()
        return self._port

    async def stop(self) -> None:
        """Stop accepting connections and wait (bounded) for requests in flight."""
        self.stopping = True
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def on_update(self, request: web.Request) -> web.StreamResponse:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.config.secret.encode()):
            log.warning("refused an update without the right secret token")
            return web.json_response({"ok": False, "error": "forbidden"}, status=403)
        if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
            return web.json_response({"ok": False, "error": "body too large"}, status=413)
        try:
            body = await request.read()
        except web.HTTPRequestEntityTooLarge:
            return web.json_response({"ok": False, "error": "body too large"}, status=413)
        try:
            data = json.loads(body)
        except (UnicodeDecodeError, ValueError):
            return web.json_response({"ok": False, "error": "malformed JSON"}, status=400)
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            return web.json_response({"ok": False, "error": "not an update"}, status=400)
        try:
            update = Update.de_json(data, self.application.bot)
        except Exception:
            return web.json_response({"ok": False, "error": "not an update"}, status=400)
        app = self.application
        # The same path as polling: per-person order and the concurrency limit, then
        # the handlers (errors go to the Application's error handler, as in polling).
        await app.update_processor.process_update(update, app.process_update(update))
        self.handled += 1
        return web.json_response({"ok": True})

    async def on_healthz(self, request: web.Request) -> web.StreamResponse:
        return web.json_response({"ok": True, "status": "serving"})

    async def on_readyz(self, request: web.Request) -> web.StreamResponse:
        if self.stopping:
            return web.json_response({"ok": False, "status": "stopping"}, status=503)
        coach = self.application.bot_data.get(COACH)
        if coach is None:
            return web.json_response({"ok": False, "status": "starting"}, status=503)
        try:
            await asyncio.wait_for(coach.store.ping(), READY_TIMEOUT_SECONDS)
        except (StorageError, TimeoutError) as error:
            log.warning("not ready: the database does not answer (%s)", error)
            return web.json_response({"ok": False, "status": "database unreachable"}, status=503)
        return web.json_response({"ok": True, "status": "ready"})


async def serve(
    settings: Settings,
    config: WebhookConfig,
    stop: asyncio.Event | None = None,
    *,
    handle_signals: bool = True,
    on_listening: Callable[[WebhookServer], None] | None = None,  # once serving
) -> None:
    """Run until `stop` is set (or SIGTERM/SIGINT), then shut down gracefully."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    signals = (signal.SIGTERM, signal.SIGINT) if handle_signals else ()
    for sig in signals:
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)

    app = build_application(settings)
    await app.initialize()
    server: WebhookServer | None = None
    started = False
    try:
        # As run_polling does: post_init opens the store (waiting for the database).
        if app.post_init is not None:
            await app.post_init(app)
        await app.start()
        started = True
        server = WebhookServer(app, config)
        port = await server.start()
        log.info("listening on http://%s:%d%s", config.listen, port, config.path)
        if config.set_webhook and config.url is not None:
            await app.bot.set_webhook(
                url=config.url,
                secret_token=config.secret,
                allowed_updates=Update.ALL_TYPES,
            )
            log.info("webhook registered with Telegram")
        else:
            log.info("not registering the webhook (--no-set-webhook)")
        if on_listening is not None:
            on_listening(server)
        await stop.wait()
        log.info("stopping: no new connections, finishing the updates in flight")
    finally:
        for sig in signals:
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(sig)
        if server is not None:
            await server.stop()
        if started:
            await app.stop()
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)
    log.info("stopped after handling %d update(s)", server.handled if server else 0)


def add_webhook_command(commands: Any) -> None:
    """`strategibot webhook` and its flags, on the CLI's subparsers."""
    webhook = commands.add_parser(
        "webhook",
        help="serve the Telegram webhook (for one or many replicas) until SIGTERM",
        description="Receive updates from Telegram over HTTPS through a webhook instead of "
        "long polling, so that several replicas behind a load balancer can share the work "
        "(with DATABASE_URL on PostgreSQL). Flags win over the environment variables. "
        "Serves POST <path of WEBHOOK_URL> (default /telegram), GET /healthz and GET /readyz.",
    )
    webhook.add_argument("--url", help="public https:// URL Telegram posts to (WEBHOOK_URL)")
    webhook.add_argument(
        "--secret",
        help="secret token Telegram sends with each update (WEBHOOK_SECRET; "
        "prefer the variable: flags show in the process list)",
    )
    webhook.add_argument(
        "--listen", help="address to listen on (WEBHOOK_LISTEN, default 127.0.0.1)"
    )
    webhook.add_argument("--port", type=int, help="port to listen on (WEBHOOK_PORT, default 8080)")
    webhook.add_argument(
        "--no-set-webhook",
        action="store_true",
        help="don't register the webhook with Telegram at start-up (for replicas behind one "
        "URL: one deployment step or one replica registers it)",
    )


def run_webhook_command(args: argparse.Namespace, settings: Settings) -> int:
    token = settings.token()
    configure_logging(settings.log_level, token)
    if not token:
        print(
            "strategibot: TELEGRAM_BOT_TOKEN is not set. Get a token from @BotFather.",
            file=sys.stderr,
        )
        return 2
    try:
        config = WebhookConfig.from_settings(settings, args)
    except ConfigError as error:
        print(f"strategibot: {error}", file=sys.stderr)
        return 2
    for handler in logging.getLogger().handlers:
        handler.addFilter(TokenFilter(config.secret))
    try:
        asyncio.run(serve(settings, config))
    except (TelegramError, StorageError, OSError) as error:
        message = redact(redact(str(error), token), config.secret)
        print(f"strategibot: {message}", file=sys.stderr)
        return 1
    return 0
