"""The webhook server over real HTTP on 127.0.0.1, in this process, with the fake Bot API."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.coach import Coach
from bot.settings import Settings
from bot.telegram_adapter import COACH
from bot.webhook import MAX_BODY_BYTES, SECRET_HEADER, ConfigError, WebhookConfig
from tests.fakebotapi import FakeBotAPI, FakeUser
from tests.webhook.conftest import PATH, PUBLIC_URL, SECRET, Served

KARI = FakeUser(1001, "Kari", "nb")


def _update(fake: FakeBotAPI, text: str, user: FakeUser = KARI) -> dict[str, Any]:
    """An update as Telegram would post it (the fake only makes it; nobody polls)."""
    return fake.pushed_updates[fake.push_text(user, text)]


def _coach(served: Served) -> Coach:
    coach: Coach = served.server.application.bot_data[COACH]
    return coach


async def test_it_registers_the_webhook_with_its_secret(fake: FakeBotAPI, served: Served) -> None:
    [call] = fake.calls_to("setWebhook")
    assert call.params["url"] == PUBLIC_URL
    assert call.params["secret_token"] == SECRET
    assert fake.webhook_url == PUBLIC_URL


async def test_an_update_is_handled_before_it_is_answered(fake: FakeBotAPI, served: Served) -> None:
    update = _update(fake, "/start")

    assert await served.post(update) == 200

    # No waiting: by the time Telegram hears 200, the reply is sent and the answer saved.
    assert fake.messages_to(KARI.id), "no reply before the 200"
    session = await _coach(served).session("tg:1001")
    assert session is not None
    assert session.has_handled(update["update_id"])


async def test_a_redelivered_update_changes_nothing(fake: FakeBotAPI, served: Served) -> None:
    update = _update(fake, "/start")
    assert await served.post(update) == 200
    sent = len(fake.messages_to(KARI.id))
    before = await _coach(served).session("tg:1001")

    assert await served.post(update) == 200

    assert len(fake.messages_to(KARI.id)) == sent
    assert await _coach(served).session("tg:1001") == before


@pytest.mark.parametrize("secret", [None, "", "wrong-secret", SECRET + "x", SECRET.upper()])
async def test_without_the_right_secret_403_and_nothing_is_processed(
    fake: FakeBotAPI, served: Served, secret: str | None
) -> None:
    assert await served.post(_update(fake, "/start"), secret=secret) == 403

    assert fake.messages_to(KARI.id) == []
    assert await _coach(served).store.count() == 0
    assert served.server.handled == 0


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"",
        b"\xff\xfe garbage",
        b"[1, 2, 3]",
        b'"a string"',
        b'{"update_id": "seven"}',
        b'{"message": {"text": "no update id"}}',
        json.dumps({"update_id": 5, "message": {"text": "no chat, no date"}}).encode(),
    ],
)
async def test_malformed_json_gets_400(fake: FakeBotAPI, served: Served, body: bytes) -> None:
    async with served.http.post(
        served.base_url + PATH,
        data=body,
        headers={SECRET_HEADER: SECRET, "Content-Type": "application/json"},
    ) as response:
        assert response.status == 400
    assert await _coach(served).store.count() == 0


async def test_an_oversized_body_is_refused(fake: FakeBotAPI, served: Served) -> None:
    update = _update(fake, "/start")
    update["padding"] = "x" * MAX_BODY_BYTES
    body = json.dumps(update).encode()
    headers = {SECRET_HEADER: SECRET, "Content-Type": "application/json"}

    async with served.http.post(served.base_url + PATH, data=body, headers=headers) as response:
        assert response.status == 413

    # Without a Content-Length (chunked), the limit holds while reading.
    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(body), 65536):
            yield body[start : start + 65536]

    async with served.http.post(served.base_url + PATH, data=chunks(), headers=headers) as response:
        assert response.status == 413
    assert fake.messages_to(KARI.id) == []


async def test_health_and_readiness(served: Served) -> None:
    async with served.http.get(served.base_url + "/healthz") as response:
        assert response.status == 200
    async with served.http.get(served.base_url + "/readyz") as response:
        assert response.status == 200
        assert (await response.json())["status"] == "ready"

    # The database goes away: still alive, no longer ready.
    await _coach(served).store.close()
    async with served.http.get(served.base_url + "/readyz") as response:
        assert response.status == 503
        assert (await response.json())["status"] == "database unreachable"
    async with served.http.get(served.base_url + "/healthz") as response:
        assert response.status == 200


async def test_other_paths_and_methods(served: Served) -> None:
    async with served.http.get(served.base_url + PATH) as response:
        assert response.status == 405
    async with served.http.post(served.base_url + "/elsewhere", json={}) as response:
        assert response.status == 404


def _settings(**values: Any) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def test_config_from_the_environment_and_flags(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEBHOOK_URL", "https://bot.example.test/tg")
    monkeypatch.setenv("WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("WEBHOOK_LISTEN", "0.0.0.0")
    monkeypatch.setenv("WEBHOOK_PORT", "8443")
    config = WebhookConfig.from_settings(_settings())
    assert config == WebhookConfig(
        secret=SECRET, listen="0.0.0.0", port=8443, url="https://bot.example.test/tg"
    )
    assert config.path == "/tg"

    from bot.cli import parser

    args = parser().parse_args(
        ["webhook", "--port", "9000", "--listen", "127.0.0.2", "--no-set-webhook"]
    )
    flagged = WebhookConfig.from_settings(_settings(), args)
    assert (flagged.port, flagged.listen, flagged.set_webhook) == (9000, "127.0.0.2", False)


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"webhook_url": PUBLIC_URL}, "WEBHOOK_SECRET"),
        ({"webhook_url": PUBLIC_URL, "webhook_secret": "has spaces"}, "1 to 256"),
        ({"webhook_url": PUBLIC_URL, "webhook_secret": "x" * 257}, "1 to 256"),
        ({"webhook_secret": SECRET}, "WEBHOOK_URL"),
        ({"webhook_url": "http://bot.example.test/", "webhook_secret": SECRET}, "https://"),
    ],
)
def test_config_errors_say_what_is_wrong(values: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        WebhookConfig.from_settings(_settings(**values))


def test_replicas_need_no_url() -> None:
    from bot.cli import parser

    args = parser().parse_args(["webhook", "--no-set-webhook"])
    config = WebhookConfig.from_settings(_settings(webhook_secret=SECRET), args)
    assert config.url is None
    assert config.path == "/telegram"
