"""The whole strategy as Markdown (CommonMark with a GitHub-style table), to paste anywhere."""

from __future__ import annotations

import re
from datetime import date

from ..models import Session
from .content import Entry, Goal, Persona, Strategy, strategy, text

# Characters that would turn a person's words into formatting, and the "&" of an
# entity ("&amp;", "&#60;"), which Markdown would show as the character it names.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~]|&(?=#?[0-9A-Za-z]+;))")


def escape(value: str) -> str:
    """User text as literal Markdown: one line, markup characters backslashed."""
    return _SPECIAL.sub(r"\\\1", " ".join(value.split()))


def render_markdown(session: Session, today: date | None = None) -> str:
    """The strategy: title, each part's answers, personas, SMART goals and advice."""
    made = strategy(session, today or session.updated_at.date())
    lines = [f"# {escape(made.title)}", ""]
    if made.topic:
        lines += [f"**{escape(text(made.language, 'export-topic'))}:** {escape(made.topic)}", ""]
    lines += [f"*{escape(made.made)}*", ""]
    if not made.finished:
        lines += [f"> {escape(text(made.language, 'export-draft'))}", ""]
    for section in made.sections:
        lines += [f"## {section.number}. {escape(section.title)}", ""]
        lines += [_entry(entry) for entry in section.entries]
        lines.append("")
    if made.personas:
        lines += [f"## {escape(text(made.language, 'export-personas'))}", ""]
        for persona in made.personas:
            lines += _persona(persona)
    if made.goals:
        lines += [f"## {escape(text(made.language, 'export-goals'))}", ""]
        for goal in made.goals:
            lines += _goal(made, goal)
    if made.advice:
        lines += [f"## {escape(text(made.language, 'export-advice'))}", ""]
        lines += [f"- {escape(tip)}" for tip in made.advice]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _entry(entry: Entry) -> str:
    return f"- **{escape(entry.label)}:** {escape(entry.value)}"


def _persona(persona: Persona) -> list[str]:
    heading = ", ".join(escape(part) for part in (persona.name, persona.age) if part)
    lines = [f"### {heading}", ""]
    lines += [_entry(entry) for entry in persona.details]
    lines += ["", f"> {escape(persona.write_to)}", ""]
    return lines


def _goal(made: Strategy, goal: Goal) -> list[str]:
    lang = made.language
    lines = [f"### {escape(goal.title)}", "", "| SMART | | |", "|---|---|---|"]
    for letter in goal.letters:
        status = ""
        if letter.met is not None:
            status = " ✅" if letter.met else " ❌"
        head = f"**{letter.letter}** {escape(letter.word)}{status}"
        if not letter.entries:
            lines.append(f"| {head} | | *{escape(text(lang, 'export-not-answered'))}* |")
        for number, entry in enumerate(letter.entries):
            first = head if number == 0 else ""
            lines.append(f"| {first} | {escape(entry.label)} | {escape(entry.value)} |")
    lines.append("")
    lines += [_entry(entry) for entry in goal.extra]
    if goal.extra:
        lines.append("")
    return lines
