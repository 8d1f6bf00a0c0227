"""Two `strategibot webhook` replicas on one PostgreSQL: nothing lost, nothing applied twice.

Fifty people do the complete interview. Each update goes to one replica chosen at
random, so every person's updates are split across both and everyone's are
interleaved; about a tenth are posted to both replicas at once, as Telegram does
when it re-delivers an update another replica has not acknowledged yet. As
Telegram does, a person's next update is sent only once the previous one is
answered.

Afterwards every person's stored session must equal the session the same updates
make in one process (a Coach on its own database, each update applied once, in
order), and the replicas' logs must show each duplicate skipped exactly once.

The interview script is not written here: it comes from running the engine test
helpers' `Chat` through the current flow (`Chat.finish()` with the standard
answers), so it follows the flow as it changes.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from telegram import Update

from bot.coach import Coach
from bot.telegram_adapter import event_from, person_id
from conversations.buttons import encode
from conversations.events import Command, Event, Press, Reply, Text
from conversations.models import Language, Session, language_for, utcnow
from storage.postgres import PostgresStore
from storage.sqlite import SQLiteStore
from tests.engine.helpers import Chat
from tests.fakebotapi import FakeBotAPI, FakeUser
from tests.postgres import private_schema, require_url, with_search_path
from tests.webhook.conftest import WebhookProcess, post_update

PEOPLE = 50
DUPLICATE_SHARE = 0.10
SEED = 5
# Timestamps differ between any two runs; everything else must be equal.
CLOCK_FIELDS = {"created_at", "updated_at", "finished_at"}


def interview_script(language: Language) -> list[Event]:
    """The events of one complete interview, from the engine helpers' standard answers."""
    events: list[Event] = []

    class Recording(Chat):
        def send(self, event: Event) -> list[Reply]:
            events.append(event)
            return super().send(event)

    chat = Recording(language, now=utcnow(), person_id="script")
    chat.command("start")
    chat.finish()
    assert chat.session.finished_at is not None
    return events


def to_update(fake: FakeBotAPI, user: FakeUser, event: Event) -> dict[str, Any]:
    """The update Telegram would post for this event (made by the fake, never polled)."""
    if isinstance(event, Command):
        update_id = fake.push_text(user, f"/{event.name}")
    elif isinstance(event, Text):
        update_id = fake.push_text(user, event.text)
    elif isinstance(event, Press):
        # A press on the bot's latest message to this person; the data is what counts.
        latest = fake.messages_to(user.id)[-1]
        assert event.action is not None
        update_id = fake.push_callback(user, encode(event.action), latest.message_id)
    else:
        raise AssertionError(f"no update for {event!r}")
    return fake.pushed_updates[update_id]


@dataclass
class Figures:
    updates: int = 0
    duplicates: int = 0
    posts: int = 0
    posted: dict[int, list[dict[str, Any]]] = field(default_factory=dict)


async def run_person(
    fake: FakeBotAPI,
    http: aiohttp.ClientSession,
    replicas: list[WebhookProcess],
    user: FakeUser,
    script: list[Event],
    rng: random.Random,
    figures: Figures,
) -> None:
    posted = figures.posted.setdefault(user.id, [])
    for event in script:
        update = to_update(fake, user, event)
        if rng.random() < DUPLICATE_SHARE:
            targets = replicas[:]
            figures.duplicates += 1
        else:
            targets = [rng.choice(replicas)]
        statuses = await asyncio.gather(
            *(post_update(http, replica.base_url, update) for replica in targets)
        )
        assert statuses == [200] * len(targets), (user.id, update["update_id"], statuses)
        figures.updates += 1
        figures.posts += len(targets)
        posted.append(update)


async def one_process_state(updates: list[dict[str, Any]]) -> Session:
    """The same updates through one Coach on a database of its own, once each, in order."""
    store = await SQLiteStore.open(":memory:")
    try:
        coach = Coach(store)
        for data in updates:
            update = Update.de_json(data, None)
            user = update.effective_user
            event = event_from(update)
            assert user is not None and event is not None
            await coach.handle(
                person_id(user.id),
                event,
                update_id=update.update_id,
                language=language_for(user.language_code),
            )
        session = await store.load(person_id(updates[0]["message"]["from"]["id"]))
        assert session is not None
        return session
    finally:
        await store.close()


@pytest.fixture
async def pg_url() -> AsyncIterator[str]:
    async with private_schema() as schema:
        yield with_search_path(require_url(), schema)


async def test_two_replicas_fifty_interviews_nothing_lost_nothing_twice(
    fake: FakeBotAPI, pg_url: str, tmp_path: Path
) -> None:
    # Both start at once on an empty schema: the migrations' advisory lock at work.
    replicas = [
        WebhookProcess(fake, pg_url, tmp_path, "replica-a"),
        WebhookProcess(fake, pg_url, tmp_path, "replica-b", "--no-set-webhook"),
    ]
    try:
        await asyncio.gather(*(replica.start() for replica in replicas))
        await asyncio.gather(*(replica.wait_listening() for replica in replicas))
        connector = aiohttp.TCPConnector(limit=0)
        async with aiohttp.ClientSession(connector=connector) as http:
            await asyncio.gather(*(replica.wait_ready(http) for replica in replicas))

            scripts = {language: interview_script(language) for language in ("nb", "en")}
            people = [
                FakeUser(30_000 + n, f"Person {n}", "nb" if n % 2 else "en") for n in range(PEOPLE)
            ]
            rng = random.Random(SEED)
            figures = Figures()
            started = time.monotonic()
            await asyncio.gather(
                *(
                    run_person(
                        fake,
                        http,
                        replicas,
                        user,
                        scripts[language_for(user.language_code)],
                        random.Random(rng.random()),
                        figures,
                    )
                    for user in people
                )
            )
            elapsed = time.monotonic() - started

        codes = await asyncio.gather(*(replica.stop() for replica in replicas))
        assert codes == [0, 0], [replica.logs[-3000:] for replica in replicas]
    finally:
        for replica in replicas:
            await replica.kill()

    logs = [replica.logs for replica in replicas]
    handled = [log.count("was already handled") for log in logs]
    conflicts = sum(log.count("version conflict for") for log in logs)
    per_replica = [_handled_count(log) for log in logs]
    assert not any("could not handle an update" in log for log in logs), logs
    # Every duplicate was skipped exactly once: by the replica that came second.
    assert sum(handled) == figures.duplicates
    assert sum(per_replica) == figures.posts
    assert min(per_replica) > figures.posts * 0.3, per_replica

    store = await PostgresStore.open(pg_url)
    try:
        assert await store.count() == PEOPLE
        for user in people:
            stored = await store.load(person_id(user.id))
            expected = await one_process_state(figures.posted[user.id])
            assert stored is not None
            assert stored.finished_at is not None
            assert stored.model_dump(exclude=CLOCK_FIELDS) == expected.model_dump(
                exclude=CLOCK_FIELDS
            ), user.id
            # One save per update: a version per update, each id recorded once.
            assert stored.version == len(figures.posted[user.id])
            assert len(set(stored.recent_update_ids)) == len(stored.recent_update_ids)
    finally:
        await store.close()

    print(
        f"\nreplicas: {PEOPLE} people, {figures.updates} updates posted "
        f"({figures.posts} HTTP posts, {figures.duplicates} to both replicas), "
        f"per replica {per_replica}, duplicates skipped {sum(handled)}, applied twice 0, "
        f"version conflicts retried {conflicts}, {elapsed:.1f} s "
        f"({figures.posts / elapsed:.0f} posts/s)"
    )


def _handled_count(log: str) -> int:
    marker = "stopped after handling "
    index = log.rindex(marker) + len(marker)
    return int(log[index:].split(" ", 1)[0])
