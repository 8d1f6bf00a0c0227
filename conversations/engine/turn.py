"""One event's work in progress: the session being changed, the clock, the replies so far."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime

from markupsafe import Markup, escape

from ..events import Button, Reply, Surface
from ..i18n import t_variant
from ..models import Language, Session


class Turn:
    """What every part of the engine works on while it handles one event.

    `session` is the engine's own working copy: changing it in place is safe.
    """

    def __init__(self, session: Session, now: datetime, surface: Surface) -> None:
        self.session = session
        self.now = now
        self.surface = surface
        self.replies: list[Reply] = []

    @property
    def lang(self) -> Language:
        return self.session.language

    def t(self, key: str, **args: object) -> Markup:
        """A text in the person's language, worded for where they read it."""
        return t_variant(self.lang, key, self.surface.value, **args)

    def label(self, key: str, **args: object) -> str:
        """A button label: plain text, since Telegram shows buttons as they are."""
        return html.unescape(str(self.t(key, **args)))

    def say(
        self,
        text: str,
        buttons: tuple[tuple[Button, ...], ...] = (),
        *,
        edit: bool = False,
        brief: str | None = None,
    ) -> None:
        self.replies.append(Reply(text, buttons, edit=edit, brief=brief))

    def notice(self, key: str) -> None:
        self.replies.append(Reply(self.t(key), notice=True))

    def listing(
        self, items: Sequence[str], conjunction: str = "and", *, quoted: bool = False
    ) -> str:
        """ "A, B and C" (or "«A» eller «B»"), escaped: the items may be what was typed."""
        shown = [str(self.t("quoted", text=i) if quoted else escape(i)) for i in items]
        if len(shown) < 2:
            return "".join(shown)
        return f"{', '.join(shown[:-1])} {self.t(conjunction)} {shown[-1]}"


def joined(*parts: str | None) -> str:
    """Paragraphs of one message, the empty ones left out."""
    return "\n\n".join(part for part in parts if part)
