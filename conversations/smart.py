"""SMART feedback on a goal: which letters are met, one question for each that isn't,
and a friendly challenge when the numbers don't add up.

The rules follow the SMART helpers in the research notes: a goal needs a
specific statement and a metric (S), a baseline and a target (M), a reason
(A), time to work on it and a plausible pace (R), and a deadline (T).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .formatting import format_day, format_number, goal_title
from .i18n import t
from .models import Language, Session, Value

# Any of these changing on a complete goal earns fresh feedback.
CHECKED_FIELDS = frozenset(
    {"statement", "metric", "baseline", "target", "deadline", "why", "hours"}
)
LETTERS = ("S", "M", "A", "R", "T")
DAYS_PER_MONTH = 30.44
# Monthly growth one can expect with no time at all, and what each weekly hour
# adds; twice the result is "far beyond plausible". Deliberately generous:
# the bot challenges, it does not forbid.
BASE_MONTHLY_GROWTH = 0.10
GROWTH_PER_WEEKLY_HOUR = 0.03
MAX_PLAUSIBLE_MONTHLY_GROWTH = 0.5
ASSUMED_HOURS = 3


@dataclass(frozen=True)
class Evaluation:
    met: dict[str, bool]
    challenges: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    @property
    def missing(self) -> list[str]:
        return [letter for letter in LETTERS if not self.met[letter]]


def _number(value: Value | None) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def monthly_growth(baseline: float, target: float, days: int) -> float:
    months = max(days / DAYS_PER_MONTH, 0.25)
    return float((target / baseline) ** (1 / months) - 1)


def plausible_growth(hours: float | None) -> float:
    weekly = ASSUMED_HOURS if hours is None else hours
    return min(BASE_MONTHLY_GROWTH + GROWTH_PER_WEEKLY_HOUR * weekly, MAX_PLAUSIBLE_MONTHLY_GROWTH)


def evaluate(goal: dict[str, Value], today: date) -> Evaluation:
    statement = goal.get("statement")
    metric = goal.get("metric")
    baseline, target = _number(goal.get("baseline")), _number(goal.get("target"))
    hours = _number(goal.get("hours"))
    deadline_text = goal.get("deadline")
    deadline = date.fromisoformat(deadline_text) if isinstance(deadline_text, str) else None
    challenges: list[tuple[str, dict[str, Any]]] = []

    if baseline is not None and target is not None and target <= baseline:
        challenges.append(("smart-challenge-not-above", {}))
    if deadline is not None and deadline <= today:
        challenges.append(("smart-challenge-deadline-passed", {}))
    pace_ok = True
    if (
        baseline
        and target is not None
        and deadline is not None
        and target > baseline
        and deadline > today
    ):
        rate = monthly_growth(baseline, target, (deadline - today).days)
        if rate > 2 * plausible_growth(hours):
            pace_ok = False
            challenges.append(("smart-challenge-growth", {"rate": round(rate * 100)}))

    met = {
        "S": isinstance(statement, str) and len(statement.split()) >= 3 and metric is not None,
        "M": metric is not None and baseline is not None and target is not None,
        "A": isinstance(goal.get("why"), str),
        "R": hours is not None and hours > 0 and pace_ok,
        "T": deadline is not None and deadline > today,
    }
    return Evaluation(met, challenges)


def feedback(session: Session, index: int, today: date) -> str:
    """The feedback message for goal `index`, as Telegram HTML."""
    lang = session.language
    goal = session.groups["goal"][index]
    evaluation = evaluate(goal, today)
    lines = [str(t(lang, "smart-title", goal=goal_title(session, index)))]
    for letter in LETTERS:
        name = t(lang, f"smart-letter-{letter}")
        if evaluation.met[letter]:
            lines.append(str(t(lang, "smart-ok", letter=name)))
        else:
            key = f"smart-fix-{letter}"
            if letter == "R" and isinstance(goal.get("hours"), int | float) and goal["hours"]:
                key = "smart-fix-R-pace"  # the time is there; the pace is the problem
            question = t(lang, key)
            lines.append(str(t(lang, "smart-missing", letter=name, question=question)))
    for key, args in evaluation.challenges:
        lines.append(str(t(lang, key, **_challenge_args(lang, goal, args))))
    if evaluation.missing or evaluation.challenges:
        lines.append(str(t(lang, "smart-how-to-fix")))
    else:
        lines.append(str(t(lang, "smart-all-met")))
    return "\n".join(lines)


def _challenge_args(
    lang: Language, goal: dict[str, Value], extra: dict[str, Any]
) -> dict[str, Any]:
    args: dict[str, Any] = dict(extra)
    for key in ("baseline", "target", "hours"):
        value = goal.get(key)
        args[key] = format_number(lang, value) if isinstance(value, int | float) else "?"
    deadline = goal.get("deadline")
    args["deadline"] = format_day(lang, deadline) if isinstance(deadline, str) else "?"
    return args
