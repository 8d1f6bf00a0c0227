"""The persona cards and the strategy summary, built from a session as it stands.

Both work on a half-finished interview: what is missing is named, with the
way to fill it in. The output is Telegram HTML, split into messages that fit
Telegram's 4096-character limit.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from markupsafe import Markup, escape

from . import areas, channels, flow, plan, smart
from .flow import Slot
from .formatting import display_value, goal_title, option_label
from .i18n import t
from .models import Language, Session

# Telegram refuses messages over 4096 characters; leave room for entities.
MESSAGE_LIMIT = 4000


def persona_cards(session: Session) -> list[str]:
    """One card per persona that has a name, packed into as few messages as fit."""
    return pack(card for _, card in persona_card_texts(session))


def persona_card_texts(session: Session) -> list[tuple[int, str]]:
    """(index, card) for each persona that has a name."""
    every = flow.slots(session)
    return [(index, _persona_card(session, every, index)) for index in _named_personas(session)]


def strategy_summary(session: Session, today: date | None = None) -> list[str]:
    """The summary in messages: each section, the advice, and what is still missing."""
    lang = session.language
    today = today or session.updated_at.date()
    # The session's slots, worked out once for all the sections.
    every = flow.slots(session)
    by_part = {part.id: _part_lines(session, every, part) for part in flow.INTERVIEW}
    sections = [
        str(t(lang, "summary-title")),
        _section(lang, "summary-section-purpose", by_part["purpose"]),
        _section(lang, "summary-section-readers", by_part["reader"]),
        _section(lang, "summary-section-goals", _goal_lines(session, every, today)),
        _section(
            lang, "summary-section-channels", _channel_lines(session, by_part["channels"], today)
        ),
        _section(lang, "summary-section-results", by_part["results"]),
        _advice(session),
        _missing(session, every),
    ]
    return pack(section for section in sections if section)


def _part_lines(session: Session, every: list[Slot], part: flow.Part) -> list[str]:
    lines = [
        _answer_line(session, slot)
        for slot in every
        if slot.part is part and slot.group is not flow.GOAL
    ]
    return [line for line in lines if line]


def _section(lang: Language, title_key: str, lines: list[str]) -> str:
    if not lines:
        return ""
    return "\n".join([str(t(lang, title_key)), *lines])


def _channel_lines(session: Session, answers: list[str], today: date) -> list[str]:
    """The areas with a tip each, the channels, advice to focus, and the posting plan."""
    lang = session.language
    lines = list(answers)
    tips = areas.render_area_tips(lang, areas.area_tips(session))
    if tips:
        lines.append(tips)
    focus = channels.focus_advice(session)
    if focus:
        lines.append(focus)
    lines.append(plan.render_plan(lang, plan.posting_plan(session, today)))
    return lines


def _goal_lines(session: Session, every: list[Slot], today: date) -> list[str]:
    """Each SMART goal: statement, metric from baseline to target by the deadline, letters."""
    lang = session.language
    lines: list[str] = []
    goal_types = next((slot for slot in every if slot.ref == "goal_types"), None)
    if goal_types is not None and isinstance(session.answers.get("goal_types"), list):
        line = _answer_line(session, goal_types)
        if line:
            lines.append(line)
    for index, goal in enumerate(session.groups.get(flow.GOAL.id, [])):
        if len(goal) <= 1:  # only its type so far
            continue
        lines.append(
            str(t(lang, "summary-goal-heading", number=index + 1, name=goal_title(session, index)))
        )
        for slot in every:
            if slot.group is flow.GOAL and slot.index == index:
                line = _answer_line(session, slot)
                if line:
                    lines.append(line)
        evaluation = smart.evaluate(goal, today)
        letters = " ".join(
            f"{letter} {'✅' if evaluation.met[letter] else '❌'}" for letter in smart.LETTERS
        )
        lines.append(str(t(lang, "summary-goal-smart", letters=letters)))
    return lines


def pack(sections: Iterable[str], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Join whole sections into messages of at most `limit` characters."""
    messages: list[str] = []
    for section in sections:
        for piece in _split_oversized(section, limit):
            if messages and len(messages[-1]) + 2 + len(piece) <= limit:
                messages[-1] = f"{messages[-1]}\n\n{piece}"
            else:
                messages.append(piece)
    return messages


def _split_oversized(section: str, limit: int) -> Iterator[str]:
    # Sections are built line by line with closed tags on each line, so a
    # line boundary is always a safe place to cut.
    if len(section) <= limit:
        yield section
        return
    chunk: list[str] = []
    size = 0
    for line in section.split("\n"):
        if chunk and size + 1 + len(line) > limit:
            yield "\n".join(chunk)
            chunk, size = [], 0
        chunk.append(line[:limit])
        size += len(line) + 1
    if chunk:
        yield "\n".join(chunk)


def _named_personas(session: Session) -> list[int]:
    return [index for index, _ in named_personas(session)]


def named_personas(session: Session) -> list[tuple[int, str]]:
    items = session.groups.get(flow.PERSONA.id, [])
    return [
        (index, name)
        for index, item in enumerate(items)
        if isinstance(name := item.get("name"), str)
    ]


def persona_name(session: Session, index: int) -> str:
    """A persona's name, or "persona 2" for one not named yet."""
    items = session.groups.get(flow.PERSONA.id, [])
    name = items[index].get("name") if index < len(items) else None
    if isinstance(name, str):
        return name
    return str(t(session.language, "persona-fallback-name", number=index + 1))


def _persona_card(session: Session, every: list[Slot], index: int) -> str:
    lang = session.language
    item = session.groups[flow.PERSONA.id][index]
    name = str(item["name"])
    age = item.get("age")
    heading = (
        t(lang, "card-heading-age", name=name, age=age)
        if isinstance(age, int)
        else t(lang, "card-heading", name=name)
    )
    lines = [str(heading)]
    for slot in every:
        if slot.group is not flow.PERSONA or slot.index != index:
            continue
        if slot.question.id in ("name", "age", "more"):
            continue
        value = item.get(slot.question.id)
        if value is not None:
            label = t(lang, f"card-{slot.question.id}")
            lines.append(f"{label}: {escape(display_value(lang, slot, value))}")
    lines.append(write_to_line(session, index))
    return "\n".join(lines)


def write_to_line(session: Session, index: int) -> str:
    """How to write to one persona, from their problems and what they want to read."""
    lang = session.language
    item = session.groups[flow.PERSONA.id][index]
    name = persona_name(session, index)
    problems, wants = item.get("problems"), item.get("wants")
    if isinstance(problems, str) and isinstance(wants, str):
        return str(
            t(
                lang,
                "card-write-to-both",
                name=name,
                problems=_lowercase(problems),
                wants=_lowercase(wants),
            )
        )
    if isinstance(problems, str):
        return str(t(lang, "card-write-to-problems", name=name, problems=_lowercase(problems)))
    if isinstance(wants, str):
        return str(t(lang, "card-write-to-wants", name=name, wants=_lowercase(wants)))
    return str(t(lang, "card-write-to", name=name))


def _answer_line(session: Session, slot: Slot) -> str | None:
    value = flow.value_of(session, slot)
    if value is None or (slot.group is not None and slot.group.more is slot.question):
        return None
    lang = session.language
    if slot.group is flow.PERSONA:
        # Personas get their own cards; the summary only names them.
        if slot.question.id != "name" or slot.index is None:
            return None
        persona = t(lang, "summary-persona", number=slot.index + 1)
        return f"• {persona}: {escape(value)} (/persona)"
    if slot.question.details_for is not None:
        return None  # shown in place of "other" on the question it details
    label = t(lang, f"label-{flow.text_id(slot.question, slot.group)}")
    shown = escape(display_value(lang, slot, value))
    details = other_details(session, slot)
    if details is not None:
        other = escape(option_label(lang, slot, flow.OTHER))
        shown = Markup(shown.replace(other, escape(details)))
    return f"• {label}: {shown}"


def other_details(session: Session, slot: Slot) -> str | None:
    """What the person wrote for "other" on this question, if they picked it."""
    details = _DETAILED_BY.get(slot.ref)
    value = session.answers.get(details) if details is not None else None
    return value if isinstance(value, str) else None


def _detailed_by() -> dict[str, str]:
    """The question that spells out "other", by the question it details (the first)."""
    found: dict[str, str] = {}
    for question in flow.all_questions():
        if question.details_for is not None:
            found.setdefault(question.details_for, question.id)
    return found


# Looked up for every line of a summary: worked out once.
_DETAILED_BY = _detailed_by()


def _missing(session: Session, every: list[Slot]) -> str:
    lang = session.language
    open_slots = [
        slot
        for slot in every
        if not flow.is_answered(session, slot)
        and not (slot.group is not None and slot.group.more is slot.question)
    ]
    if not open_slots:
        return ""
    lines = [str(t(lang, "summary-missing-title"))]
    for part in flow.INTERVIEW:
        in_part = [slot for slot in open_slots if slot.part is part]
        if in_part:
            title = t(lang, f"part-{part.id}")
            lines.append(f"• <b>{title}</b>: {', '.join(_missing_labels(session, in_part))}")
    lines.append(str(t(lang, "summary-missing-how")))
    return "\n".join(lines)


def _missing_labels(session: Session, open_slots: list[Slot]) -> list[str]:
    """Top-level questions by label; a group's questions gathered under their item."""
    lang = session.language
    entries: list[tuple[str, list[str]]] = []
    by_item: dict[tuple[str, int], list[str]] = {}
    for slot in open_slots:
        label = str(t(lang, f"label-{flow.text_id(slot.question, slot.group)}"))
        if slot.group is None or slot.index is None:
            entries.append((label, []))
            continue
        key = (slot.group.id, slot.index)
        if key not in by_item:
            by_item[key] = []
            item = str(
                t(
                    lang,
                    f"summary-{slot.group.id}",
                    number=slot.index + 1,
                    name=goal_title(session, slot.index) if slot.group is flow.GOAL else "",
                )
            )
            entries.append((item, by_item[key]))
        by_item[key].append(_lowercase(label))
    return [f"{head} ({', '.join(fields)})" if fields else head for head, fields in entries]


def _advice(session: Session) -> str:
    lang = session.language
    tips = advice(session)
    return "\n".join([str(t(lang, "advice-title")), *(f"• {tip}" for tip in tips)])


def advice(session: Session) -> list[str]:
    """The advice for this session, each tip as Telegram HTML: only tips that fit."""
    lang = session.language
    a = session.answers
    tips: list[str] = []
    names = [str(session.groups[flow.PERSONA.id][i]["name"]) for i in _named_personas(session)]
    if names:
        tips.append(t(lang, "advice-write-to", names=_join_names(lang, names)))
    else:
        tips.append(t(lang, "advice-make-persona"))
    if "purpose" in a:
        tips.append(t(lang, "advice-purpose"))
    else:
        tips.append(t(lang, "advice-find-purpose"))
    if "review" in a:
        review = flow.find_slot(session, "review")
        assert review is not None
        tips.append(
            t(lang, "advice-results", review=_lowercase(display_value(lang, review, a["review"])))
        )
    else:
        tips.append(t(lang, "advice-metrics"))
    goals = [goal for goal in session.groups.get(flow.GOAL.id, []) if len(goal) > 1]
    if any("deadline" not in goal for goal in goals):
        tips.append(t(lang, "advice-set-deadline"))
    if any("baseline" not in goal for goal in goals):
        tips.append(t(lang, "advice-note-baseline"))
    tips.append(t(lang, "advice-listen"))
    tips.append(t(lang, "advice-human"))
    if "frequency" in a:
        frequency = flow.find_slot(session, "frequency")
        assert frequency is not None
        tips.append(
            t(
                lang,
                "advice-plan",
                frequency=_lowercase(display_value(lang, frequency, a["frequency"])),
            )
        )
    else:
        tips.append(t(lang, "advice-make-plan"))
    return [str(tip) for tip in tips]


def _join_names(lang: Language, names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} {t(lang, 'and')} {names[-1]}"


def _lowercase(label: str) -> str:
    """A button label ("Every month") used inside a sentence."""
    return label[:1].lower() + label[1:]
