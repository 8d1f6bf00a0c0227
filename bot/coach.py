"""One handled event: load the session, run the engine, save, hand back the replies.

Shared by the Telegram adapter and the terminal chat. The save is committed
before the replies are returned, so a reply never confirms an unsaved answer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from conversations import engine
from conversations.events import Event, Reply, Surface
from conversations.models import Language, Session, utcnow
from storage.base import SessionStore, VersionConflict

log = logging.getLogger(__name__)

# Another process (or a stray concurrent update) saving the same person
# between our load and save is rare; a few fresh attempts settle it.
SAVE_ATTEMPTS = 5


@dataclass(frozen=True)
class Handled:
    """The replies to an event, and the session as saved (to render attachments from)."""

    replies: list[Reply]
    session: Session | None  # None when the update had been handled before


class Coach:
    def __init__(self, store: SessionStore, clock: Callable[[], datetime] = utcnow) -> None:
        self.store = store
        self.clock = clock

    async def handle(
        self,
        person_id: str,
        event: Event,
        *,
        update_id: int | None = None,
        language: Language = "nb",
    ) -> list[Reply]:
        """Apply `event`; an `update_id` this person already had is ignored."""
        handled = await self.handle_event(person_id, event, update_id=update_id, language=language)
        return handled.replies

    async def handle_event(
        self,
        person_id: str,
        event: Event,
        *,
        update_id: int | None = None,
        language: Language = "nb",
        surface: Surface = Surface.TELEGRAM,
    ) -> Handled:
        """`handle`, with the saved session the replies were made from."""
        for _ in range(SAVE_ATTEMPTS):
            session = await self.store.load(person_id)
            if session is None:
                session = Session(person_id=person_id, language=language)
            if update_id is not None and session.has_handled(update_id):
                log.info("update %s for %s was already handled", update_id, person_id)
                return Handled([], None)
            outcome = engine.handle(session, event, self.clock(), surface=surface)
            if update_id is not None:
                outcome.session.mark_handled(update_id)
            try:
                saved = await self.store.save(outcome.session)
            except VersionConflict:
                log.info("version conflict for %s; trying again", person_id)
                continue
            return Handled(outcome.replies, saved)
        raise VersionConflict(person_id, -1)

    async def session(self, person_id: str) -> Session | None:
        return await self.store.load(person_id)

    def today(self) -> date:
        """The date put on exported documents."""
        return self.clock().date()
