"""Which channels fit: ranked from the personas, the purpose and the goals, with reasons.

`recommend` scores every channel the interview offers (not "other") and says
why, each reason a catalog key with its arguments. Figures in a reason carry
their source and year (see `norway.py`). Two conventions keep reasons free of
language until they are shown: the argument `channel` holds a channel id and
is shown as the channel's name, and a list is shown joined ("Kari og Ola").

All functions work on partial sessions: a missing answer adds nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from statistics import mean

from markupsafe import Markup

from .i18n import t
from .models import Language, Session, Value
from .norway import OWNED, PLATFORMS, Platform, age_band, load

ReasonArg = str | int | float | list[str]
Reason = tuple[str, dict[str, ReasonArg]]

# Every channel that can be ranked, in the interview's order (ties keep it).
CHANNELS: tuple[str, ...] = (*PLATFORMS, *OWNED)
OTHER = "other"

# How much each kind of evidence counts. Base: a platform's daily reach in Norway
# (67 % daily use gives 2.7); a blog and a newsletter get a modest fixed base.
_DAILY_DIVISOR = 25.0
_OWNED_BASE = {"blog": 1.0, "newsletter": 0.5}
_PERSONA_ONLINE = 4.0  # all personas said they are there
_AGE_STEP = 1.5  # per step of age fit (0-3) above or below 1
_PURPOSE = {"sell": 3.0, "test_products": 2.0, "relations": 3.0, "recruit": 6.0}
_INTERNAL_GROUPS, _INTERNAL_PUBLIC, _INTERNAL_NEWSLETTER = 4.0, -2.0, 1.5
_REACH, _ENGAGEMENT = 1.5, 2.0
_BLOG_FOR = {"readers": 2.0, "interest": 1.0}
_NEWSLETTER_FOR = {"readers": 2.5}
# An age figure is shown as a reason when it speaks clearly either way.
_AGE_FIGURE_HIGH, _AGE_FIGURE_LOW = 30, 10
_AGE_REASON_RANK = 2.0
# Reasons shown per channel when rendered.
_REASONS_SHOWN = 3


@dataclass(frozen=True)
class Recommendation:
    channel: str
    score: float
    # Catalog key and arguments, the most telling first.
    reasons: list[Reason] = field(default_factory=list)


# -- reading the session -----------------------------------------------------------


def text_answer(session: Session, key: str) -> str | None:
    value = session.answers.get(key)
    return value.strip() if isinstance(value, str) and value.strip() else None


def picked(value: Value | None) -> list[str]:
    """The options of a multiple choice, or nothing."""
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def personas(session: Session) -> list[dict[str, Value]]:
    return [item for item in session.groups.get("persona", []) if isinstance(item, dict)]


def goals(session: Session) -> list[dict[str, Value]]:
    return [item for item in session.groups.get("goal", []) if isinstance(item, dict)]


def persona_name(persona: Mapping[str, Value]) -> str | None:
    name = persona.get("name")
    return name.strip() if isinstance(name, str) and name.strip() else None


def _shown_name(session: Session, index: int, persona: Mapping[str, Value]) -> str:
    """The persona's name, or the catalog's "persona 2" for one without."""
    name = persona_name(persona)
    if name is not None:
        return name
    return str(t(session.language, "persona-fallback-name", number=index + 1))


def persona_age(persona: Mapping[str, Value]) -> int | None:
    age = persona.get("age")
    return age if isinstance(age, int) and not isinstance(age, bool) else None


# -- ranking -------------------------------------------------------------------------


class _Card:
    """One channel's score and reasons while it is being ranked."""

    def __init__(self, channel: str) -> None:
        self.channel = channel
        self.score = 0.0
        self._reasons: dict[str, tuple[float, int, Reason]] = {}

    def add(
        self,
        weight: float,
        key: str | None = None,
        *,
        rank_as: float | None = None,
        **args: ReasonArg,
    ) -> None:
        """Add `weight` to the score and, given a key, the reason for it.

        Reasons are ordered by `rank_as` (by default the weight): a reason that
        explains a score given elsewhere can still come first. A reason given
        twice keeps its first arguments and its strongest rank.
        """
        self.score += weight
        if key is None:
            return
        rank = weight if rank_as is None else rank_as
        known = self._reasons.get(key)
        if known is None:
            self._reasons[key] = (rank, len(self._reasons), (key, args))
        elif abs(rank) > abs(known[0]):
            self._reasons[key] = (rank, known[1], known[2])

    def done(self) -> Recommendation:
        ordered = sorted(self._reasons.values(), key=lambda item: (-abs(item[0]), item[1]))
        return Recommendation(self.channel, round(self.score, 3), [r for _, _, r in ordered])


def recommend(session: Session) -> list[Recommendation]:
    """Every channel, best fit first, with the reasons behind its place."""
    cards = [_card(session, channel) for channel in CHANNELS]
    order = {channel: index for index, channel in enumerate(CHANNELS)}
    ranked = sorted(cards, key=lambda card: (-card.score, order[card.channel]))
    return [card.done() for card in ranked]


def _card(session: Session, channel: str) -> _Card:
    data = load()
    card = _Card(channel)
    platform = data.platform(channel)
    traits = data.traits(channel)
    purpose = session.answers.get("purpose")
    goal_types = set(picked(session.answers.get("goal_types")))

    # What the channel is, whoever you are.
    if platform is not None and platform.daily is not None:
        daily = platform.daily
        card.add(
            daily.value / _DAILY_DIVISOR,
            "coach-reason-daily",
            rank_as=0.0,
            channel=channel,
            percent=_percent(daily.value),
            source=daily.source.cite,
        )
    elif channel in _OWNED_BASE:
        card.add(_OWNED_BASE[channel], f"coach-reason-{channel}", rank_as=0.0)

    _personas_online(session, card)
    if platform is not None:
        _ages(session, card, platform)

    # The purpose of the page.
    if purpose == "sell" and "shopping" in traits:
        women = platform.women_share if platform is not None else None
        if women is not None:
            card.add(
                _PURPOSE["sell"],
                "coach-reason-sell-women",
                channel=channel,
                percent=_percent(women.value),
                source=women.source.cite,
            )
        else:
            card.add(_PURPOSE["sell"], "coach-reason-sell", channel=channel)
    elif purpose == "test_products" and "feedback" in traits:
        card.add(_PURPOSE["test_products"], "coach-reason-test", channel=channel)
    elif purpose == "relations" and "relations" in traits:
        card.add(_PURPOSE["relations"], "coach-reason-relations", channel=channel)
    elif purpose == "recruit" and "recruiting" in traits:
        profiles = platform.profiles_millions if platform is not None else None
        if profiles is not None:
            card.add(
                _PURPOSE["recruit"],
                "coach-reason-recruit",
                channel=channel,
                millions=profiles.value,
                source=profiles.source.cite,
            )
        else:
            card.add(_PURPOSE["recruit"], "coach-reason-recruit-plain", channel=channel)
    elif purpose == "internal":
        if "groups" in traits:
            card.add(_INTERNAL_GROUPS, "coach-reason-internal", channel=channel)
        elif channel == "newsletter":
            card.add(_INTERNAL_NEWSLETTER, "coach-reason-newsletter-internal")
        elif "public" in traits:
            card.add(_INTERNAL_PUBLIC, "coach-reason-internal-public", channel=channel)

    # The goals.
    if goal_types & {"readers", "interest"} and "reach" in traits:
        profile = platform.profile if platform is not None else None
        if profile is not None:
            card.add(
                _REACH,
                "coach-reason-reach",
                channel=channel,
                percent=_percent(profile.value),
                source=profile.source.cite,
            )
    if "engagement" in goal_types and "comments" in traits:
        card.add(_ENGAGEMENT, "coach-reason-comments", channel=channel)
    if channel == "blog":
        for goal_type in sorted(goal_types & set(_BLOG_FOR)):
            card.add(_BLOG_FOR[goal_type], "coach-reason-blog")
    if channel == "newsletter":
        for goal_type in sorted(goal_types & set(_NEWSLETTER_FOR)):
            card.add(_NEWSLETTER_FOR[goal_type], "coach-reason-newsletter")
    return card


def _personas_online(session: Session, card: _Card) -> None:
    """Where the person said their personas are online."""
    answered = [
        (index, p)
        for index, p in enumerate(personas(session))
        if isinstance(p.get("channels"), list)
    ]
    there = [(index, p) for index, p in answered if card.channel in picked(p.get("channels"))]
    if not there:
        return
    names = [_shown_name(session, index, p) for index, p in there]
    weight = _PERSONA_ONLINE * len(there) / len(answered)
    if card.channel == "blog":
        card.add(weight, "coach-reason-persona-blogs", names=names)
    elif card.channel == "newsletter":
        card.add(weight, "coach-reason-persona-newsletters", names=names)
    else:
        card.add(weight, "coach-reason-persona-online", names=names, channel=card.channel)


def _ages(session: Session, card: _Card, platform: Platform) -> None:
    """The personas' ages against the platform's age profile, and its figures."""
    aged = [
        (_shown_name(session, index, p), age)
        for index, p in enumerate(personas(session))
        if (age := persona_age(p)) is not None
    ]
    if not aged:
        return
    fit = mean(platform.age_fit[age_band(age)] for _, age in aged)
    card.add(_AGE_STEP * (fit - 1))
    by_figure: dict[int, list[tuple[str, int]]] = {}
    figures = {}
    for name, age in aged:
        figure = platform.age_figure(age)
        if figure is not None:
            by_figure.setdefault(id(figure), []).append((name, age))
            figures[id(figure)] = figure
    for figure_id, people in by_figure.items():
        figure = figures[figure_id]
        names = [f"{name} ({age})" for name, age in people]
        args: dict[str, ReasonArg] = {
            "names": names,
            "percent": _percent(figure.value),
            "channel": card.channel,
            "source": figure.source.cite,
            "from": figure.min_age,
        }
        if figure.max_age is not None:
            args["to"] = figure.max_age
        open_ended = "-over" if figure.max_age is None else ""
        # The score came from the age fit above; the figure says why.
        if figure.value >= _AGE_FIGURE_HIGH:
            card.add(0.0, f"coach-reason-age{open_ended}", rank_as=_AGE_REASON_RANK, **args)
        elif figure.value < _AGE_FIGURE_LOW:
            card.add(0.0, f"coach-reason-age-few{open_ended}", rank_as=-_AGE_REASON_RANK, **args)


def _percent(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


# -- showing --------------------------------------------------------------------------


def channel_name(language: Language, channel: str, in_text: bool = False) -> str:
    """A channel's name: as a heading, or as it reads inside a sentence."""
    if in_text and channel in OWNED:
        return str(t(language, f"coach-channel-{channel}-in-text"))
    return str(t(language, f"coach-channel-{channel}"))


def join(language: Language, items: Sequence[str]) -> str:
    """ "Kari", "Kari og Ola", "Kari, Ola og Ahmed" (plain text: `t()` escapes it)."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {t(language, 'coach-and')} {items[-1]}"


def reason_text(language: Language, reason: Reason) -> Markup:
    key, args = reason
    shown: dict[str, str | int | float] = {}
    for name, value in args.items():
        if name == "channel" and isinstance(value, str):
            shown[name] = channel_name(language, value, in_text=True)
        elif isinstance(value, list):
            shown[name] = join(language, value)
        else:
            shown[name] = value
    return t(language, key, **shown)


def render_recommendations(language: Language, recs: Sequence[Recommendation], top: int = 3) -> str:
    """The best `top` channels with their reasons, as Telegram HTML."""
    overall = load().overall.social_media_daily
    lines = [
        str(t(language, "coach-recs-title")),
        str(
            t(
                language,
                "coach-recs-intro",
                percent=_percent(overall.value),
                source=overall.source.cite,
            )
        ),
    ]
    for rank, rec in enumerate(recs[: max(top, 0)], start=1):
        lines.append("")
        lines.append(
            str(t(language, "coach-recs-channel", rank=str(rank), channel=_heading(language, rec)))
        )
        for reason in rec.reasons[:_REASONS_SHOWN]:
            lines.append(
                str(t(language, "coach-recs-reason", reason=reason_text(language, reason)))
            )
    lines.append("")
    lines.append(str(t(language, "coach-recs-note")))
    return "\n".join(lines)


def _heading(language: Language, rec: Recommendation) -> str:
    return channel_name(language, rec.channel)


def focus_advice(session: Session) -> str | None:
    """With more than two channels picked: start with the two that fit best, and why."""
    chosen = picked(session.answers.get("channels"))
    if len(chosen) <= 2:
        return None
    ranked = [rec for rec in recommend(session) if rec.channel in chosen][:2]
    if not ranked:
        return None
    lang = session.language
    names = [channel_name(lang, rec.channel, in_text=True) for rec in ranked]
    if len(ranked) == 2:
        head = t(lang, "coach-focus", count=len(chosen), first=names[0], second=names[1])
    else:
        head = t(lang, "coach-focus-one", count=len(chosen), first=names[0])
    lines = [str(head)]
    shown: set[str] = set()
    for rec in ranked:
        # The first reason not already given for the other channel.
        reason = next((r for r in rec.reasons if r[0] not in shown), None)
        if reason is None:
            continue
        shown.add(reason[0])
        why = reason_text(lang, reason)
        name = channel_name(lang, rec.channel)
        lines.append(str(t(lang, "coach-focus-why", channel=name, reason=why)))
    return "\n".join(lines)
