"""The interview engine: `handle(session, event, now) -> Outcome`.

Pure: no I/O, no Telegram, no SQL. It returns a new session and the replies to
send; the caller stores the session before it sends anything, so every answer
the person sees confirmed is already saved.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from markupsafe import Markup

from . import coaching, flow, smart, summary
from .events import (
    COMMANDS,
    Attachment,
    Button,
    Command,
    Document,
    Edited,
    Event,
    NonText,
    Press,
    Reply,
    Text,
)
from .flow import NO, YES, Kind, Slot
from .formatting import display_value, goal_title, option_label
from .i18n import LANGUAGES, t
from .models import Language, Session, Value
from .parsing import Invalid, clean_text, parse_answer

# Someone who comes back after this long is greeted and shown the open question
# again before anything they type is taken as an answer.
RESUME_AFTER = timedelta(hours=1)

RESTART = "restart"
REMOVE_PERSONA = "remove-persona"
TICK = "✅"
# Marks around a label's words ("✅ Selge", "Ferdig ✔") that nobody types.
_MARKS = re.compile(r"^\W+|\W+$")


@dataclass(frozen=True)
class Outcome:
    session: Session
    replies: list[Reply] = field(default_factory=list)


def handle(session: Session, event: Event, now: datetime) -> Outcome:
    """Apply one event to a copy of `session`."""
    turn = _Turn(session.working_copy(), now)
    turn.dispatch(event)
    turn.session.updated_at = now
    return Outcome(turn.session, turn.replies)


def current_slot(session: Session) -> Slot | None:
    """The open question: one re-asked through /back or /edit, or the first unanswered."""
    if session.focus is not None:
        focused = flow.find_slot(session, session.focus)
        if focused is not None:
            return focused
    # Slot by slot, so the walk stops at the open question: this runs a few
    # times for every message.
    return next(
        (slot for slot in flow.iter_slots(session) if not flow.is_answered(session, slot)), None
    )


class _Turn:
    def __init__(self, session: Session, now: datetime) -> None:
        self.session = session
        self.now = now
        self.replies: list[Reply] = []

    # -- texts and replies -------------------------------------------------

    @property
    def lang(self) -> Language:
        return self.session.language

    def t(self, key: str, **args: object) -> Markup:
        return t(self.lang, key, **args)

    def label(self, key: str, **args: object) -> str:
        """A button label: plain text, since Telegram shows buttons as is."""
        return html.unescape(str(self.t(key, **args)))

    def say(self, html: str, buttons: tuple[tuple[Button, ...], ...] = ()) -> None:
        self.replies.append(Reply(html, buttons))

    def notice(self, key: str) -> None:
        self.replies.append(Reply(self.t(key), notice=True))

    # -- dispatch ------------------------------------------------------------

    def dispatch(self, event: Event) -> None:
        match event:
            case Command(name=name):
                self.command(name)
            case Press(data=data):
                self.press(data)
            case Text(text=text):
                if self.welcome_back_if_returning():
                    return
                self.text(text)
            case NonText(kind=kind):
                if self.welcome_back_if_returning():
                    return
                self.ask_current(prefix=self.t("error-not-text", kind=kind))
            case Edited():
                self.ask_current(prefix=self.t("error-edited"))

    def welcome_back_if_returning(self) -> bool:
        s = self.session
        idle = self.now - s.updated_at > RESUME_AFTER
        if not (s.paused or (idle and s.has_answers)):
            return False
        self.welcome_back()
        return True

    def welcome_back(self) -> None:
        s = self.session
        s.paused = False
        s.pending = None
        if s.finished_at is not None and current_slot(s) is None:
            self.say(self.t("welcome-back-finished"))
            return
        self.ask_current(prefix=self.t("welcome-back"))

    # -- asking --------------------------------------------------------------

    def ask_current(self, prefix: str | None = None) -> None:
        slot = current_slot(self.session)
        if slot is None:
            text = self.t("finished-hint")
            self.say(f"{prefix}\n\n{text}" if prefix else text)
            return
        self.ask(slot, prefix)

    def ask(self, slot: Slot, prefix: str | None = None, *, edit: bool = False) -> None:
        html, buttons = self.question_message(slot)
        if prefix:
            html = Markup(f"{prefix}\n\n{html}")
        self.replies.append(Reply(html, buttons, edit=edit))

    def question_message(self, slot: Slot) -> tuple[str, tuple[tuple[Button, ...], ...]]:
        s, q = self.session, slot.question
        part_title = self.t(f"part-{slot.part.id}")
        lines: list[str] = [
            self.t("progress", part=slot.part.number, total=flow.PART_COUNT, title=part_title),
            self.t(f"q-{flow.text_id(q, slot.group)}", **self.group_args(slot)),
        ]
        advice = coaching.advice_for_question(s, slot)
        if advice:
            lines.append(advice)
        value = flow.value_of(s, slot)
        if value is not None:
            lines.append(self.t("current-answer", answer=display_value(self.lang, slot, value)))
        if q.kind is Kind.MULTI:
            lines.append(self.t("hint-multi"))
        if q.optional:
            lines.append(self.t("hint-optional"))
        return "\n\n".join(lines), self.buttons_for(slot)

    def group_args(self, slot: Slot) -> dict[str, object]:
        if slot.group is None or slot.index is None:
            return {}
        if slot.group is flow.GOAL:
            return {"number": slot.index + 1, "name": goal_title(self.session, slot.index)}
        return {"number": slot.index + 1, "name": summary.persona_name(self.session, slot.index)}

    def buttons_for(self, slot: Slot) -> tuple[tuple[Button, ...], ...]:
        q = slot.question
        if q.kind is Kind.MULTI:
            ticked = set(self.ticked(slot))
            row: list[Button] = []
            rows: list[tuple[Button, ...]] = []
            for option in flow.options(self.session, slot):
                label = option_label(self.lang, slot, option)
                mark = f"{TICK} " if option in ticked else ""
                row.append(Button(f"{mark}{label}", f"t:{slot.ref}:{option}"))
                if len(row) == 2:
                    rows.append(tuple(row))
                    row = []
            if row:
                rows.append(tuple(row))
            rows.append((Button(str(self.t("button-done")), f"d:{slot.ref}"),))
            return tuple(rows)
        if q.kind is Kind.YESNO:
            return (
                tuple(
                    Button(option_label(self.lang, slot, o), f"a:{slot.ref}:{o}") for o in (YES, NO)
                ),
            )
        if q.kind is Kind.CHOICE:
            return tuple(
                (Button(option_label(self.lang, slot, o), f"a:{slot.ref}:{o}"),)
                for o in flow.options(self.session, slot)
            )
        return ()

    def ticked(self, slot: Slot) -> list[str]:
        if slot.ref in self.session.draft:
            return self.session.draft[slot.ref]
        value = flow.value_of(self.session, slot)
        return list(value) if isinstance(value, list) else []

    # -- answers -------------------------------------------------------------

    def text(self, raw: str) -> None:
        s = self.session
        slot = current_slot(s)
        pressed = self.typed_button(raw, slot)
        if pressed is not None:
            self.press(pressed)
            return
        if s.pending == RESTART:
            s.pending = None
        if slot is None:
            self.say(self.t("finished-hint"))
            return
        if slot.question.has_buttons and not slot.question.typed:
            self.ask(slot, prefix=self.t("error-use-buttons"))
            return
        parsed = parse_answer(slot.question, raw, self.now.date(), self.lang)
        if isinstance(parsed, Invalid):
            self.ask(slot, prefix=self.t(parsed.key, **parsed.args))
            return
        self.answer(slot, parsed)

    def typed_button(self, raw: str, slot: Slot | None) -> str | None:
        """A typed text that matches a button on offer, ignoring case, is that button.

        "Restart?" also takes a plain yes or no, which is what people type.
        """
        wanted = _bare(clean_text(raw))
        if not wanted:
            return None
        if self.session.pending == RESTART:
            for answer in (YES, NO):
                if _bare(self.label(f"opt-{answer}")) == wanted:
                    return f"r:{answer}"
        for row in self.buttons_on_offer(slot):
            for button in row:
                if _bare(button.label) == wanted:
                    return button.data
        return None

    def buttons_on_offer(self, slot: Slot | None) -> tuple[tuple[Button, ...], ...]:
        """The buttons last shown: "restart?" or those of the open question, `slot`."""
        if self.session.pending == RESTART:
            return self.restart_buttons()
        return self.buttons_for(slot) if slot is not None else ()

    def answer(self, slot: Slot, value: Value) -> None:
        s = self.session
        was_focused = s.focus == slot.ref
        was_complete = self.item_complete(slot)
        self.store(slot, value)
        s.focus = None
        lines: list[str] = []
        if slot.question.kind is Kind.DATE and isinstance(value, str):
            lines.append(self.t("ack-date", date=display_value(self.lang, slot, value)))
        if was_focused:
            lines.append(self.t("ack-changed"))
        lines.extend(self.item_feedback(slot, was_complete))
        lines.extend(coaching.advice_after_answer(s, slot))
        self.advance("\n\n".join(lines) or None)

    def item_complete(self, slot: Slot) -> bool:
        if slot.group is None or slot.index is None:
            return False
        return flow.is_complete(self.session, slot.group, slot.index)

    def item_feedback(self, slot: Slot, was_complete: bool) -> list[str]:
        """Coaching on a group item the moment it is complete (or changed after)."""
        if slot.group is not flow.GOAL or slot.index is None or not self.item_complete(slot):
            return []
        if was_complete and slot.question.id not in smart.CHECKED_FIELDS:
            return []
        return [smart.feedback(self.session, slot.index, self.now.date())]

    def store(self, slot: Slot, value: Value) -> None:
        s = self.session
        s.draft.pop(slot.ref, None)
        if slot.ref in s.skipped:
            s.skipped.remove(slot.ref)
        if slot.group is None:
            s.answers[slot.ref] = value
            follower = flow.group_for_each(slot.ref)
            if follower is not None:
                flow.sync_items(s, follower)
            return
        assert slot.index is not None
        items = s.groups.setdefault(slot.group.id, [])
        while len(items) <= slot.index:
            items.append({})
        items[slot.index][slot.question.id] = value
        if slot.group.more is not None and slot.question.id == slot.group.more.id:
            if value == YES and slot.index == len(items) - 1:
                items.append({})
            elif value == NO:
                # Drop the empty item a "yes" made, if nothing was ever put in it.
                while len(items) > slot.index + 1 and not items[-1]:
                    items.pop()

    def advance(self, prefix: str | None = None) -> None:
        s = self.session
        slot = current_slot(s)
        if slot is not None:
            self.ask(slot, prefix)
            return
        if s.finished_at is None:
            s.finished_at = self.now
            self.finish(prefix)
            return
        updated = self.t("finished-updated")
        self.say(f"{prefix}\n\n{updated}" if prefix else updated)

    def finish(self, prefix: str | None) -> None:
        # Text first, files after: the summary can be read at once, while the
        # persona images and the PDF are still being made.
        done = self.t("done-intro")
        opening = f"{prefix}\n\n{done}" if prefix else done
        sections = summary.strategy_summary(self.session, self.now.date())
        for message in summary.pack([opening, *sections]):
            self.say(message)
        self.persona_cards()
        self.offer_export()
        self.say(self.t("done-outro"))

    def persona_cards(self) -> None:
        """Each persona as an image with its text card as the caption."""
        for index, card in summary.persona_card_texts(self.session):
            self.replies.append(Reply(card, attachment=Attachment(Document.PERSONA_CARD, index)))

    def offer_export(self) -> None:
        buttons = (
            (
                Button(self.label("button-export-markdown"), f"x:{Document.MARKDOWN}"),
                Button(self.label("button-export-json"), f"x:{Document.JSON}"),
            ),
        )
        self.replies.append(
            Reply(self.t("export-pdf"), buttons, attachment=Attachment(Document.PDF))
        )

    # -- buttons -------------------------------------------------------------

    def press(self, data: str) -> None:
        kind, _, rest = data.partition(":")
        handler = {
            "a": self.press_answer,
            "t": self.press_toggle,
            "d": self.press_done,
            "m": self.press_edit_menu,
            "e": self.press_edit_part,
            "E": self.press_edit_question,
            "l": self.press_language,
            "r": self.press_restart,
            "x": self.press_export,
            "P": self.press_remove_persona,
            "D": self.press_remove_confirmed,
        }.get(kind)
        if handler is None or not handler(rest):
            self.stale_button()
        elif kind not in ("r", "P"):
            # Acting on anything else answers "restart?" with a no.
            self.session.pending = None

    def stale_button(self) -> None:
        self.notice("stale-button")

    def open_slot(self, ref: str) -> Slot | None:
        slot = current_slot(self.session)
        return slot if slot is not None and slot.ref == ref else None

    def press_answer(self, rest: str) -> bool:
        ref, _, option = rest.rpartition(":")
        slot = self.open_slot(ref)
        if slot is None or option not in flow.options(self.session, slot):
            return False
        if slot.question.kind is Kind.MULTI:
            return False
        self.session.paused = False
        self.answer(slot, option)
        return True

    def press_toggle(self, rest: str) -> bool:
        ref, _, option = rest.rpartition(":")
        slot = self.open_slot(ref)
        if slot is None or slot.question.kind is not Kind.MULTI:
            return False
        if option not in flow.options(self.session, slot):
            return False
        ticked = self.ticked(slot)
        ticked = [o for o in ticked if o != option] if option in ticked else [*ticked, option]
        self.session.draft[ref] = [o for o in slot.question.options if o in ticked]
        self.session.paused = False
        self.ask(slot, edit=True)
        return True

    def press_done(self, ref: str) -> bool:
        slot = self.open_slot(ref)
        if slot is None or slot.question.kind is not Kind.MULTI:
            return False
        ticked = self.ticked(slot)
        if not ticked and not slot.question.optional:
            self.notice("error-pick-one")
            return True
        self.session.paused = False
        if not ticked:
            self.session.draft.pop(ref, None)
            self.skip_slot(slot)
            return True
        self.answer(slot, ticked)
        return True

    # -- commands ------------------------------------------------------------

    def command(self, name: str) -> None:
        s = self.session
        if name != RESTART:
            s.pending = None
        if name not in COMMANDS:
            self.ask_current(prefix=self.t("unknown-command", command=name))
            return
        getattr(self, f"command_{name}")()

    def command_start(self) -> None:
        s = self.session
        if not s.has_answers and s.finished_at is None:
            s.paused = False
            self.ask_current(prefix=self.t("welcome"))
            return
        self.welcome_back()

    def command_help(self) -> None:
        self.ask_current(prefix=self.t("help"))

    def command_summary(self) -> None:
        for section in summary.strategy_summary(self.session, self.now.date()):
            self.say(section)
        if current_slot(self.session) is not None:
            self.ask_current()

    def command_persona(self) -> None:
        if not summary.persona_card_texts(self.session):
            self.ask_current(prefix=self.t("no-personas"))
            return
        self.persona_cards()
        if current_slot(self.session) is not None:
            self.ask_current()

    def command_back(self) -> None:
        s = self.session
        every = flow.slots(s)
        slot = current_slot(s)
        index = len(every) if slot is None else every.index(slot)
        if index == 0:
            self.ask_current(prefix=self.t("back-at-start"))
            return
        previous = every[index - 1]
        s.focus = previous.ref
        s.paused = False
        self.ask(previous)

    def command_skip(self) -> None:
        slot = current_slot(self.session)
        if slot is None:
            self.say(self.t("finished-hint"))
            return
        if not slot.question.optional:
            why = self.t(f"why-{flow.text_id(slot.question, slot.group)}")
            self.ask(slot, prefix=self.t("skip-required", why=why))
            return
        self.skip_slot(slot)

    def skip_slot(self, slot: Slot) -> None:
        s = self.session
        was_focused = s.focus == slot.ref
        was_complete = self.item_complete(slot)
        s.focus = None
        if flow.value_of(s, slot) is None and slot.ref not in s.skipped:
            s.skipped.append(slot.ref)
        lines: list[str] = [self.t("ack-changed") if was_focused else self.t("ack-skipped")]
        lines.extend(self.item_feedback(slot, was_complete))
        self.advance("\n\n".join(lines))

    def command_edit(self) -> None:
        if not self.session.has_answers:
            self.ask_current(prefix=self.t("edit-nothing"))
            return
        self.say(self.t("edit-choose-part"), self.edit_part_buttons())

    def edit_part_buttons(self) -> tuple[tuple[Button, ...], ...]:
        answered = {slot.part.number for slot in self.answered_slots()}
        return tuple(
            (Button(self.part_label(part), f"e:{part.number}"),)
            for part in flow.INTERVIEW
            if part.number in answered
        )

    def part_label(self, part: flow.Part) -> str:
        return f"{part.number}. {self.t(f'part-{part.id}')}"

    def answered_slots(self) -> list[Slot]:
        s = self.session
        return [slot for slot in flow.slots(s) if flow.is_answered(s, slot)]

    def press_edit_menu(self, _rest: str) -> bool:
        if not self.session.has_answers:
            return False
        self.replies.append(Reply(self.t("edit-choose-part"), self.edit_part_buttons(), edit=True))
        return True

    def press_edit_part(self, rest: str) -> bool:
        slots = [slot for slot in self.answered_slots() if str(slot.part.number) == rest]
        if not slots:
            return False
        rows: list[tuple[Button, ...]] = [
            (Button(self.slot_label(slot), f"E:{slot.ref}"),) for slot in slots
        ]
        rows.extend(self.remove_persona_buttons(slots[0].part))
        rows.append((Button(self.label("button-edit-back"), "m:"),))
        html = self.t("edit-choose-question", part=self.part_label(slots[0].part))
        self.replies.append(Reply(html, tuple(rows), edit=True))
        return True

    def remove_persona_buttons(self, part: flow.Part) -> list[tuple[Button, ...]]:
        """A persona can go as long as one remains."""
        if flow.PERSONA not in part.items:
            return []
        named = summary.named_personas(self.session)
        if len(self.session.groups.get(flow.PERSONA.id, [])) < 2:
            return []
        return [
            (Button(self.label("button-remove-persona", name=name), f"P:{index}"),)
            for index, name in named
        ]

    def press_remove_persona(self, rest: str) -> bool:
        personas = self.session.groups.get(flow.PERSONA.id, [])
        if not rest.isdigit() or int(rest) >= len(personas) or len(personas) < 2:
            return False
        index = int(rest)
        name = summary.persona_name(self.session, index)
        self.session.pending = f"{REMOVE_PERSONA}:{index}"
        buttons = (
            (
                Button(self.label("button-remove-yes", name=name), f"D:{index}:{YES}"),
                Button(self.label("button-remove-no"), f"D:{index}:{NO}"),
            ),
        )
        self.say(self.t("remove-persona-confirm", name=name), buttons)
        return True

    def press_remove_confirmed(self, rest: str) -> bool:
        index, _, answer = rest.partition(":")
        s = self.session
        if s.pending != f"{REMOVE_PERSONA}:{index}" or answer not in (YES, NO):
            return False
        s.pending = None
        if answer == NO:
            self.ask_current(prefix=self.t("remove-persona-kept"))
            return True
        name = summary.persona_name(s, int(index))
        flow.remove_item(s, flow.PERSONA, int(index))
        self.ask_current(prefix=self.t("remove-persona-done", name=name))
        return True

    def slot_label(self, slot: Slot) -> str:
        label = self.t(f"label-{flow.text_id(slot.question, slot.group)}")
        # Only items of a repeatable group (personas) need their name in front.
        if slot.group is None or slot.index is None or slot.group.max_items == 1:
            return str(label)
        return f"{self.group_args(slot)['name']}: {label}"

    def press_edit_question(self, ref: str) -> bool:
        slot = flow.find_slot(self.session, ref)
        if slot is None or not flow.is_answered(self.session, slot):
            return False
        self.session.focus = ref
        self.session.pending = None
        self.session.paused = False
        self.ask(slot)
        return True

    def command_restart(self) -> None:
        if not self.session.has_answers:
            self.ask_current(prefix=self.t("restart-nothing"))
            return
        self.session.pending = RESTART
        self.say(self.t("restart-confirm"), self.restart_buttons())

    def restart_buttons(self) -> tuple[tuple[Button, ...], ...]:
        return (
            (
                Button(self.label("button-restart-yes"), f"r:{YES}"),
                Button(self.label("button-restart-no"), f"r:{NO}"),
            ),
        )

    def press_restart(self, rest: str) -> bool:
        s = self.session
        if s.pending != RESTART or rest not in (YES, NO):
            return False
        s.pending = None
        if rest == NO:
            self.ask_current(prefix=self.t("restart-kept"))
            return True
        fresh = Session(
            person_id=s.person_id,
            language=s.language,
            created_at=s.created_at,
            version=s.version,
            recent_update_ids=s.recent_update_ids,
        )
        self.session = fresh
        self.ask_current(prefix=self.t("restart-done"))
        return True

    def command_language(self) -> None:
        buttons = tuple(
            (Button(self.label(f"language-{code}"), f"l:{code}"),) for code in LANGUAGES
        )
        self.say(self.t("language-choose"), buttons)

    def press_language(self, rest: str) -> bool:
        if rest not in LANGUAGES:
            return False
        self.session.language = "nb" if rest == "nb" else "en"
        self.ask_current(prefix=self.t("language-set"))
        return True

    def command_export(self) -> None:
        if not self.session.has_answers:
            self.ask_current(prefix=self.t("export-nothing"))
            return
        self.offer_export()

    def press_export(self, rest: str) -> bool:
        if rest not in (Document.MARKDOWN, Document.JSON) or not self.session.has_answers:
            return False
        document = Document(rest)
        self.replies.append(Reply(self.t(f"export-{document}"), attachment=Attachment(document)))
        return True

    def command_cancel(self) -> None:
        self.session.paused = True
        self.say(self.t("paused"))


def _bare(label: str) -> str:
    """A label as people type it: any case, without the marks around the words."""
    return _MARKS.sub("", label).casefold()
