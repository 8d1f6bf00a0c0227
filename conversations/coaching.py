"""Where the interview coaches rather than asks: advice shown with a question, and
advice that follows an answer. Kept out of the engine so the engine stays about
moving through the interview."""

from __future__ import annotations

from . import channels
from .flow import Slot
from .models import Session


def advice_for_question(session: Session, slot: Slot) -> str | None:
    """Shown under a question: the channel ranking under "which channels?"."""
    if slot.ref == "channels":
        return channels.render_recommendations(session.language, channels.recommend(session))
    return None


def advice_after_answer(session: Session, slot: Slot) -> list[str]:
    """Shown once an answer is in: "focus on one or two" after many channels."""
    if slot.ref == "channels":
        focus = channels.focus_advice(session)
        return [focus] if focus else []
    return []
