"""The plan: how often to post where, the content pillars, and when to look at the results.

`posting_plan` works on any session, however partial: without channels it plans
for the two that fit best, without a topic it falls back on pillars every
strategy needs, and without goals it has no check-ins but still a review rhythm.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from babel.dates import format_date

from .channels import (
    CHANNELS,
    OTHER,
    channel_name,
    goals,
    persona_name,
    personas,
    picked,
    recommend,
    text_answer,
)
from .i18n import BABEL_LOCALE, t
from .models import Language, Session
from .norway import load

# Posts a week the person's own rhythm stands for; each channel keeps to its range.
RHYTHM: dict[str, float] = {"daily": 7.0, "few_weekly": 3.0, "weekly": 1.0, "few_monthly": 0.5}
# With no rhythm chosen yet: the middle of the channel's range.
# Fewer posts than this a week are counted a month at a time.
_WEEKLY_FROM = 0.9
_WEEKS_PER_MONTH = 52 / 12
# Never plan a channel for less than one post a month.
_FLOOR_PER_WEEK = 12 / 52
# Pillars: at least three, at most five, each title cut to a readable length.
MIN_PILLARS, MAX_PILLARS = 3, 5
PILLAR_WORDS = 60
_SUGGESTED_CHANNELS = 2
_GOAL_TYPES = ("interest", "engagement", "readers", "other")


@dataclass(frozen=True)
class ChannelPlan:
    channel: str
    # Posts per `per`: "3 a week" or "2 a month".
    posts: int
    per: Literal["week", "month"]
    per_week: float
    # What the person wrote for "other".
    name: str | None = None
    # Fewer posts than the channel's range: the hours ran out.
    below_range: bool = False


@dataclass(frozen=True)
class Pillar:
    key: str
    args: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Checkpoint:
    day: date
    kind: Literal["halfway", "deadline"]
    # The goal in the person's words, or its type when it has no statement.
    goal: str | None
    goal_type: str | None


@dataclass(frozen=True)
class Plan:
    channels: list[ChannelPlan]
    # True when no channels were picked and these are the best-fitting two.
    suggested: bool
    pillars: list[Pillar]
    review: str | None
    first_review: date | None
    checkpoints: list[Checkpoint]
    # Hours a week the person has, summed over their goals; None if not said.
    hours: float | None
    hours_needed: float
    over_budget: bool


def posting_plan(session: Session, today: date | None = None) -> Plan:
    """The plan from the answers so far. Dates count from `today` (default: the day
    the interview started), so a plan shown again later keeps its dates."""
    start = today or session.created_at.date()
    hours = _hours(session)
    channels, suggested = _channels(session)
    plans, needed, over = _frequencies(session, channels, hours)
    review = session.answers.get("review")
    review_id = review if isinstance(review, str) and review in _REVIEW_STEP else None
    return Plan(
        channels=plans,
        suggested=suggested,
        pillars=pillars(session),
        review=review_id,
        first_review=_step(start, review_id) if review_id else None,
        checkpoints=checkpoints(session, start),
        hours=hours,
        hours_needed=needed,
        over_budget=over,
    )


# -- channels and how often ------------------------------------------------------------


def _channels(session: Session) -> tuple[list[str], bool]:
    chosen = [c for c in picked(session.answers.get("channels")) if c in (*CHANNELS, OTHER)]
    if chosen:
        return list(dict.fromkeys(chosen)), False
    best = [rec.channel for rec in recommend(session)[:_SUGGESTED_CHANNELS]]
    return best, True


def _hours(session: Session) -> float | None:
    given = [
        float(hours)
        for goal in goals(session)
        if isinstance(hours := goal.get("hours"), int | float) and not isinstance(hours, bool)
    ]
    return sum(given) if given else None


def _frequencies(
    session: Session, channels: Sequence[str], hours: float | None
) -> tuple[list[ChannelPlan], float, bool]:
    data = load()
    rhythm = session.answers.get("frequency")
    rates: dict[str, float] = {}
    for channel in channels:
        posting = data.posting(channel)
        low, high = posting.min_per_week, posting.max_per_week
        wanted = RHYTHM.get(rhythm) if isinstance(rhythm, str) else None
        rates[channel] = (low + high) / 2 if wanted is None else min(max(wanted, low), high)

    def cost(plan: dict[str, float]) -> float:
        return sum(rate * data.posting(channel).hours_per_post for channel, rate in plan.items())

    needed = cost(rates)
    if hours is not None and needed > hours > 0:
        scale = hours / needed
        rates = {c: max(rate * scale, _FLOOR_PER_WEEK) for c, rate in rates.items()}
        needed = cost(rates)
    elif hours is not None and hours <= 0:
        rates = {c: _FLOOR_PER_WEEK for c in rates}
        needed = cost(rates)
    over = hours is not None and needed > hours + 1e-9

    other_name = text_answer(session, "channels_other")
    plans = []
    for channel, rate in rates.items():
        posts, per = _count(rate)
        plans.append(
            ChannelPlan(
                channel=channel,
                posts=posts,
                per=per,
                per_week=round(rate, 3),
                name=other_name if channel == OTHER else None,
                below_range=rate < data.posting(channel).min_per_week - 1e-9,
            )
        )
    return plans, _half_hours(needed), over


def _count(rate: float) -> tuple[int, Literal["week", "month"]]:
    if rate >= _WEEKLY_FROM:
        return max(1, round(rate)), "week"
    return max(1, round(rate * _WEEKS_PER_MONTH)), "month"


def _half_hours(hours: float) -> float:
    """Rounded to the nearest half hour, at least half an hour if anything is planned."""
    rounded = round(hours * 2) / 2
    return max(rounded, 0.5) if hours > 0 else 0.0


# -- content pillars --------------------------------------------------------------------


def pillars(session: Session) -> list[Pillar]:
    """Three to five themes, built from the person's own words where there are any."""
    found: list[Pillar] = []
    seen: set[str] = set()

    def offer(key: str, words: object, **args: str) -> None:
        if not isinstance(words, str) or len(found) >= MAX_PILLARS:
            return
        short = _shorten(words)
        marker = short.casefold()
        if not short or marker in seen:
            return
        seen.add(marker)
        found.append(Pillar(key, {"words": short, **args}))

    offer("coach-pillar-topic", session.answers.get("topic"))
    offer("coach-pillar-passion", session.answers.get("passion"))
    offer("coach-pillar-reader-wants", session.answers.get("reader_wants"))
    for answer, key in (("problems", "coach-pillar-problem"), ("wants", "coach-pillar-wants")):
        for persona in personas(session):
            name = persona_name(persona)
            if name is None:
                offer(f"{key}-anonymous", persona.get(answer))
            else:
                offer(key, persona.get(answer), name=name)

    fillers = ["coach-pillar-behind", "coach-pillar-questions", "coach-pillar-stories"]
    if session.answers.get("purpose") == "sell":
        fillers.insert(0, "coach-pillar-offers")
    for key in fillers:
        if len(found) >= MIN_PILLARS:
            break
        found.append(Pillar(key))
    return found


def _shorten(text: str, limit: int = PILLAR_WORDS) -> str:
    """One line, without a closing full stop, cut at a word if it is long."""
    flat = re.sub(r"\s+", " ", text).strip().rstrip(".!;:,")
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:–-")
    return f"{cut}…"


# -- looking at the results ---------------------------------------------------------------

_REVIEW_STEP = {"weekly": 0, "monthly": 1, "quarterly": 3}


def _step(start: date, review: str) -> date:
    months = _REVIEW_STEP[review]
    if months == 0:
        return start + timedelta(weeks=1)
    return _add_months(start, months)


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def checkpoints(session: Session, start: date) -> list[Checkpoint]:
    """Halfway to each goal's deadline, and the deadline itself, in date order."""
    found: list[Checkpoint] = []
    for goal in goals(session):
        deadline = _deadline(goal.get("deadline"))
        if deadline is None:
            continue
        statement = goal.get("statement")
        words = _shorten(statement) if isinstance(statement, str) and statement.strip() else None
        goal_type = goal.get("type")
        kind = goal_type if isinstance(goal_type, str) and goal_type in _GOAL_TYPES else None
        if words is None and kind == "other":
            other = text_answer(session, "goal_other")
            words = _shorten(other) if other else None
        if deadline > start + timedelta(days=1):
            halfway = start + (deadline - start) / 2
            found.append(Checkpoint(halfway, "halfway", words, kind))
        found.append(Checkpoint(deadline, "deadline", words, kind))
    return sorted(found, key=lambda checkpoint: (checkpoint.day, checkpoint.kind == "deadline"))


def _deadline(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None


# -- showing -------------------------------------------------------------------------------


def format_day(language: Language, day: date) -> str:
    return str(format_date(day, format="long", locale=BABEL_LOCALE[language]))


def render_plan(language: Language, plan: Plan) -> str:
    """The plan as Telegram HTML: channels, pillars, then the review dates."""
    sections = [str(t(language, "coach-plan-title"))]

    lines = [str(t(language, "coach-plan-channels-title"))]
    if plan.suggested and plan.channels:
        lines.append(str(t(language, "coach-plan-suggested")))
    for item in plan.channels:
        name = item.name if item.name else channel_name(language, item.channel)
        key = "coach-plan-per-week" if item.per == "week" else "coach-plan-per-month"
        lines.append(str(t(language, key, channel=name, posts=item.posts)))
    if plan.channels:
        lines.append(_hours_line(language, plan))
    if any(item.below_range for item in plan.channels):
        lines.append(str(t(language, "coach-plan-below-range")))
    sections.append("\n".join(lines))

    lines = [str(t(language, "coach-plan-pillars-title"))]
    for pillar in plan.pillars:
        lines.append(
            str(t(language, "coach-plan-pillar", pillar=t(language, pillar.key, **pillar.args)))
        )
    sections.append("\n".join(lines))

    lines = [str(t(language, "coach-plan-review-title"))]
    if plan.review and plan.first_review:
        first = format_day(language, plan.first_review)
        lines.append(str(t(language, f"coach-plan-review-{plan.review}", date=first)))
    else:
        lines.append(str(t(language, "coach-plan-review-none")))
    for checkpoint in plan.checkpoints:
        goal = checkpoint.goal or str(
            t(language, f"coach-goal-type-{checkpoint.goal_type or 'unknown'}")
        )
        lines.append(
            str(
                t(
                    language,
                    f"coach-plan-{checkpoint.kind}",
                    date=format_day(language, checkpoint.day),
                    goal=goal,
                )
            )
        )
    sections.append("\n".join(lines))
    return "\n\n".join(sections)


def _hours_line(language: Language, plan: Plan) -> str:
    needed = _whole(plan.hours_needed)
    if plan.hours is None:
        return str(t(language, "coach-plan-hours-estimate", needed=needed))
    key = "coach-plan-hours-over" if plan.over_budget else "coach-plan-hours"
    return str(t(language, key, needed=needed, hours=_whole(plan.hours)))


def _whole(number: float) -> int | float:
    """2.0 as 2, so it reads "2 timer", not "2,0 timer"."""
    return int(number) if float(number).is_integer() else number
