"""One tip for each area where social media helps (Rainer et al., 2015), fitted to the answers.

The four areas are shopping, marketing, CRM and HRM, as the seed article
explains them. Each picked area gets the tip that fits the page's purpose and
goals best; an area nobody picked gets nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup

from .channels import picked
from .i18n import t
from .models import Language, Session

AREAS: tuple[str, ...] = ("shopping", "marketing", "crm", "hrm")


def area_tips(session: Session) -> list[tuple[str, str]]:
    """(area, tip as Telegram HTML) for each area picked, in the interview's order."""
    chosen = set(picked(session.answers.get("areas")))
    return [
        (area, str(t(session.language, tip_key(session, area)))) for area in AREAS if area in chosen
    ]


def tip_key(session: Session, area: str) -> str:
    """The catalog key of the tip for `area` that fits this session."""
    purpose = session.answers.get("purpose")
    goal_types = set(picked(session.answers.get("goal_types")))
    variant: str | None = None
    if area == "shopping":
        variant = {"sell": "sell", "test_products": "test"}.get(str(purpose))
    elif area == "marketing":
        if purpose == "sell":
            variant = "sell"
        elif "engagement" in goal_types:
            variant = "engagement"
        elif goal_types & {"readers", "interest"}:
            variant = "reach"
    elif area == "crm":
        variant = {"sell": "sell", "relations": "relations"}.get(str(purpose))
    elif area == "hrm":
        variant = {"recruit": "recruit", "internal": "internal"}.get(str(purpose))
    return f"coach-area-{area}-{variant}" if variant else f"coach-area-{area}"


def render_area_tips(language: Language, tips: Sequence[tuple[str, str]]) -> str:
    """The tips under a title, one line per area; empty when there are none."""
    if not tips:
        return ""
    lines = [str(t(language, "coach-areas-title"))]
    for area, tip in tips:
        name = t(language, f"coach-area-name-{area}")
        lines.append(str(t(language, "coach-area-line", area=name, tip=Markup(tip))))
    return "\n".join(lines)
