"""The interview as data: five parts of questions, in the order they are asked.

Adding, removing or reordering a question means editing `INTERVIEW`, not the
engine. Every text belongs to the catalogs in `locales/`, found by convention
from the ids: `q-<id>` (the question), `label-<id>` (short label for summaries
and /edit), `why-<id>` (why a required question matters, shown on /skip),
`opt-<id>-<option>` (a button) and `part-<part id>` (a part's title).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from .models import Session, Value


class Kind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    CHOICE = "choice"
    MULTI = "multi"
    YESNO = "yesno"


YES, NO = "yes", "no"


@dataclass(frozen=True)
class Question:
    id: str
    kind: Kind
    optional: bool = False
    max_length: int = 500
    minimum: int | None = None
    maximum: int | None = None
    options: tuple[str, ...] = ()
    # A number that fits, shown when a typed number could not be read.
    example: int | None = None
    # Numbers with decimals are welcome ("1,5k", "1,5" hours).
    decimals: bool = False
    # Percentages are welcome too ("20 %"): a goal's baseline and target.
    percent: bool = False
    # Which end of a typed range ("2-3", "2–3 timer") is the answer: the lower
    # one where the person should not promise more than they have (hours, a
    # target), the middle where a rough figure is wanted (an age, a baseline).
    range_pick: Literal["low", "middle", "high"] = "middle"
    # Asked only when this holds for the session (a follow-up to "other").
    when: Callable[[Session], bool] | None = None
    # The question whose "other" this one spells out.
    details_for: str | None = None
    # Buttons that depend on the group item (a goal's metrics fit its type).
    options_for: Callable[[Session, int | None], tuple[str, ...]] | None = None
    # Buttons on offer, but typed text is an answer too (a metric of one's own).
    typed: bool = False
    # A person's name: text that says more than a name ("Jonas, student") is
    # checked with the person before it is stored.
    person_name: bool = False

    @property
    def has_buttons(self) -> bool:
        return self.kind in (Kind.CHOICE, Kind.MULTI, Kind.YESNO)

    @property
    def button_options(self) -> tuple[str, ...]:
        return (YES, NO) if self.kind is Kind.YESNO else self.options


@dataclass(frozen=True)
class Group:
    """Questions asked once per item (a persona), with "add another?" after each."""

    id: str
    questions: tuple[Question, ...]
    max_items: int
    # The yes/no question that offers one more item; None for a single item.
    more: Question | None = None
    # One item per option picked on this question (a goal per goal type),
    # instead of "add another?".
    for_each: str | None = None


@dataclass(frozen=True)
class Part:
    number: int
    id: str
    items: tuple[Question | Group, ...]


@dataclass(frozen=True)
class Slot:
    """One question as it stands in one session: a persona's age is a slot per persona."""

    ref: str
    question: Question
    part: Part
    group: Group | None = None
    index: int | None = None


def _picked(question_id: str, option: str) -> Callable[[Session], bool]:
    def condition(session: Session) -> bool:
        value = session.answers.get(question_id)
        return value == option or (isinstance(value, list) and option in value)

    return condition


OTHER = "other"


def _other_details(question_id: str, parent: str) -> Question:
    """The follow-up that spells out "other" on `parent`, asked only when it is picked."""
    return Question(
        question_id,
        Kind.TEXT,
        max_length=200,
        when=_picked(parent, OTHER),
        details_for=parent,
    )


PURPOSES = ("relations", "test_products", "internal", "sell", "recruit", OTHER)
GOAL_TYPES = ("interest", "engagement", "readers", OTHER)
AREAS = ("shopping", "marketing", "crm", "hrm")
CHANNELS = (
    "facebook",
    "instagram",
    "snapchat",
    "tiktok",
    "linkedin",
    "youtube",
    "pinterest",
    "x",
    "blog",
    "newsletter",
    OTHER,
)
FREQUENCIES = ("daily", "few_weekly", "weekly", "few_monthly")
MEASURES = ("reach", "engagement", "followers", "comments", "clicks", "sales", OTHER)
REVIEWS = ("weekly", "monthly", "quarterly")

PERSONA_CHANNELS = tuple(channel for channel in CHANNELS if channel != OTHER)

# Metrics that fit each goal type (Hootsuite's funnel, Sprout Social's metrics
# map): the buttons offered for a goal's metric; any other can be typed.
METRICS_BY_GOAL_TYPE: dict[str, tuple[str, ...]] = {
    "interest": ("reach", "page_views", "followers"),
    "engagement": ("comments", "shares", "reviews", "engagement_rate"),
    "readers": ("subscribers", "returning_readers", "followers"),
}
# Every metric once, in that order: the buttons for a goal of one's own.
METRICS = tuple(dict.fromkeys(m for fits in METRICS_BY_GOAL_TYPE.values() for m in fits))


def _goal_metrics(session: Session, index: int | None) -> tuple[str, ...]:
    goals = session.groups.get("goal", [])
    goal_type = goals[index].get("type") if index is not None and index < len(goals) else None
    return METRICS_BY_GOAL_TYPE.get(str(goal_type), METRICS)


PERSONA = Group(
    id="persona",
    max_items=3,
    questions=(
        Question("name", Kind.TEXT, max_length=60, person_name=True),
        Question("age", Kind.NUMBER, minimum=10, maximum=100, example=35),
        Question("place", Kind.TEXT, max_length=100),
        Question("occupation", Kind.TEXT, optional=True, max_length=100),
        Question("hobbies", Kind.TEXT, optional=True, max_length=300),
        Question("problems", Kind.TEXT, max_length=500),
        Question("wants", Kind.TEXT, max_length=300),
        Question("channels", Kind.MULTI, options=PERSONA_CHANNELS),
    ),
    more=Question("more", Kind.YESNO),
)

GOAL = Group(
    id="goal",
    max_items=len(GOAL_TYPES),
    for_each="goal_types",
    questions=(
        Question("statement", Kind.TEXT, max_length=300),
        Question(
            "metric",
            Kind.CHOICE,
            options=METRICS,
            options_for=_goal_metrics,
            typed=True,
            max_length=100,
        ),
        Question(
            "baseline",
            Kind.NUMBER,
            optional=True,
            minimum=0,
            maximum=10**9,
            example=200,
            decimals=True,
            percent=True,
        ),
        Question(
            "target",
            Kind.NUMBER,
            minimum=0,
            maximum=10**9,
            example=500,
            decimals=True,
            percent=True,
            range_pick="low",
        ),
        Question("deadline", Kind.DATE),
        Question("why", Kind.TEXT, optional=True, max_length=300),
        Question(
            "hours",
            Kind.NUMBER,
            optional=True,
            minimum=0,
            maximum=80,
            example=3,
            decimals=True,
            range_pick="low",
        ),
    ),
)

INTERVIEW: tuple[Part, ...] = (
    Part(
        1,
        "purpose",
        (
            Question("topic", Kind.TEXT, max_length=300),
            Question("passion", Kind.TEXT, max_length=500),
            Question("purpose", Kind.CHOICE, options=PURPOSES),
            _other_details("purpose_other", "purpose"),
            Question("why", Kind.TEXT, max_length=500),
            Question("achieve", Kind.TEXT, max_length=500),
        ),
    ),
    Part(
        2,
        "reader",
        (
            Question("reader", Kind.TEXT, max_length=500),
            Question("reader_wants", Kind.TEXT, max_length=500),
            PERSONA,
        ),
    ),
    Part(
        3,
        "goals",
        (
            Question("goal_types", Kind.MULTI, options=GOAL_TYPES),
            _other_details("goal_other", "goal_types"),
            GOAL,
        ),
    ),
    Part(
        4,
        "channels",
        (
            Question("areas", Kind.MULTI, options=AREAS),
            Question("channels", Kind.MULTI, options=CHANNELS),
            _other_details("channels_other", "channels"),
            Question("frequency", Kind.CHOICE, options=FREQUENCIES),
        ),
    ),
    Part(
        5,
        "results",
        (
            Question("measures", Kind.MULTI, options=MEASURES),
            _other_details("measures_other", "measures"),
            Question("review", Kind.CHOICE, options=REVIEWS),
        ),
    ),
)

PART_COUNT = len(INTERVIEW)


def all_questions() -> Iterator[Question]:
    """Every question once, groups' questions included (for catalogs and tests)."""
    for part in INTERVIEW:
        for item in part.items:
            if isinstance(item, Group):
                yield from item.questions
                if item.more:
                    yield item.more
            else:
                yield item


def options(session: Session, slot: Slot) -> tuple[str, ...]:
    """The options offered as buttons for this slot."""
    question = slot.question
    if question.options_for is not None:
        return question.options_for(session, slot.index)
    return question.button_options


def group_for_each(question_id: str) -> Group | None:
    """The group whose items follow the options picked on `question_id`."""
    for part in INTERVIEW:
        for item in part.items:
            if isinstance(item, Group) and item.for_each == question_id:
                return item
    return None


def sync_items(session: Session, group: Group) -> None:
    """One item per picked option, in the order picked; kept items keep their answers.

    References to a kept item's questions (what was skipped) move with it to its
    new place, and those of a dropped item go.
    """
    assert group.for_each is not None
    picked = session.answers.get(group.for_each)
    wanted = picked if isinstance(picked, list) else []
    items = session.groups.get(group.id, [])
    by_type = {item.get("type"): index for index, item in enumerate(items)}
    session.groups[group.id] = [
        items[by_type[option]] if option in by_type else {"type": option} for option in wanted
    ]
    _move_refs(
        session,
        group,
        {by_type[option]: new for new, option in enumerate(wanted) if option in by_type},
    )


def remove_item(session: Session, group: Group, index: int) -> None:
    """Drop one item; references to later items move up one, so nothing else changes."""
    items = session.groups.get(group.id, [])
    del items[index]
    if group.more is not None and items and items[-1].get(group.more.id) == YES:
        items[-1][group.more.id] = NO  # no empty item waits behind the new last one
    kept = [old for old in range(len(items) + 1) if old != index]
    _move_refs(session, group, {old: new for new, old in enumerate(kept)})


def _move_refs(session: Session, group: Group, new_place: dict[int, int]) -> None:
    """Point references to a group's items at their new places; drop those of items gone."""

    def moved(ref: str) -> str | None:
        head, _, rest = ref.partition(".")
        number, _, question = rest.partition(".")
        if head != group.id or not number.isdigit():
            return ref
        new = new_place.get(int(number))
        return None if new is None else f"{head}.{new}.{question}"

    session.skipped = [ref for ref in map(moved, session.skipped) if ref is not None]
    session.draft = {new: v for ref, v in session.draft.items() if (new := moved(ref)) is not None}
    session.focus = moved(session.focus) if session.focus is not None else None


def is_complete(session: Session, group: Group, index: int) -> bool:
    """Every question of one item answered or skipped (an item the session lacks: True)."""
    if not 0 <= index < len(_items(session, group)):
        return True
    return all(is_answered(session, slot) for slot in _item_slots(group, index)[0])


def text_id(question: Question, group: Group | None) -> str:
    """The id texts are filed under: group questions are prefixed by their group."""
    return f"{group.id}-{question.id}" if group else question.id


def is_answered(session: Session, slot: Slot) -> bool:
    return value_of(session, slot) is not None or slot.ref in session.skipped


def value_of(session: Session, slot: Slot) -> Value | None:
    if slot.group is None:
        return session.answers.get(slot.ref)
    items = session.groups.get(slot.group.id, [])
    assert slot.index is not None
    if slot.index >= len(items):
        return None
    return items[slot.index].get(slot.question.id)


def slots(session: Session) -> list[Slot]:
    """The questions this session goes through, in order, given its answers so far."""
    return list(iter_slots(session))


def iter_slots(session: Session) -> Iterator[Slot]:
    """`slots`, one at a time: a caller after the first open question stops early."""
    for item, slot in _LAYOUT:
        if slot is None:
            assert isinstance(item, Group)
            yield from _group_slots(session, item)
        elif slot.question.when is None or slot.question.when(session):
            yield slot


def _items(session: Session, group: Group) -> list[dict[str, Value]]:
    """A group's items; one (empty) to begin with, unless it follows a question's options."""
    if group.for_each is not None:
        return session.groups.get(group.id, [])
    return session.groups.get(group.id) or [{}]


def _group_slots(session: Session, group: Group) -> Iterator[Slot]:
    items = _items(session, group)
    for index in range(len(items)):
        questions, more = _item_slots(group, index)
        yield from questions
        # "Add another?" belongs to the last item, and to the one before an item
        # that is still empty, so /back can undo a "yes" nobody followed up.
        is_last = index == len(items) - 1
        next_is_empty = not is_last and not items[index + 1]
        if more is not None and index + 1 < group.max_items and (is_last or next_is_empty):
            yield more


def _item_slots(group: Group, index: int) -> tuple[tuple[Slot, ...], Slot | None]:
    """The slots of item `index` of `group`: its questions, and its "add another?"."""
    built = _ITEM_SLOTS[group.id]
    return built[index] if index < len(built) else _build_item_slots(group, index)


def _build_item_slots(group: Group, index: int) -> tuple[tuple[Slot, ...], Slot | None]:
    part = _PART_OF_GROUP[group.id]
    questions = tuple(
        Slot(f"{group.id}.{index}.{question.id}", question, part, group, index)
        for question in group.questions
    )
    more = group.more
    if more is None:
        return questions, None
    return questions, Slot(f"{group.id}.{index}.{more.id}", more, part, group, index)


# A Slot depends on the interview alone, never on a session, and is frozen: each
# is built once here and shared, rather than anew on every call (`slots()` runs
# several times for each message the bot gets, and yields ~50 of them).
_PART_OF_GROUP: dict[str, Part] = {
    item.id: part for part in INTERVIEW for item in part.items if isinstance(item, Group)
}
# Each top-level question with its slot; a group with None (its slots vary by session).
_LAYOUT: tuple[tuple[Question | Group, Slot | None], ...] = tuple(
    (item, None if isinstance(item, Group) else Slot(item.id, item, part))
    for part in INTERVIEW
    for item in part.items
)
# A group's slots by item, for as many items as it can have.
_ITEM_SLOTS: dict[str, tuple[tuple[tuple[Slot, ...], Slot | None], ...]] = {
    group.id: tuple(_build_item_slots(group, index) for index in range(group.max_items))
    for group, _ in _LAYOUT
    if isinstance(group, Group)
}


def find_slot(session: Session, ref: str) -> Slot | None:
    return next((slot for slot in iter_slots(session) if slot.ref == ref), None)
