"""A driver for the pure engine: a `Chat` holds one session and talks to `handle`.

Time only moves when a test says so (`chat.wait(...)`), so "coming back after a
pause" is explicit. Standard answers for a whole interview are kept here by
question reference, so a test can get to any point with `chat.advance_to(ref)`.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta
from typing import Any

from conversations import flow
from conversations.buttons import decode
from conversations.engine import current_slot, handle
from conversations.events import Button, Command, Edited, Event, NonText, Press, Reply, Text
from conversations.flow import Kind
from conversations.i18n import t
from conversations.models import Language, Session, Value

LANGS: tuple[Language, ...] = ("nb", "en")

# A fixed moment, well before the deadlines the tests type ("1. mars 2027").
NOW = datetime(2026, 5, 15, 10, 0, tzinfo=UTC)

TICK = "✅"


def other(language: Language) -> Language:
    return "en" if language == "nb" else "nb"


class Chat:
    """One person talking to the engine, one event at a time."""

    def __init__(
        self, language: Language = "nb", now: datetime = NOW, person_id: str = "4711"
    ) -> None:
        self.now = now
        self.session = Session(
            person_id=person_id, language=language, created_at=now, updated_at=now
        )
        # Every reply so far, and those of the last event alone.
        self.history: list[Reply] = []
        self.last: list[Reply] = []
        self.with_buttons: Reply | None = None

    @property
    def lang(self) -> Language:
        return self.session.language

    # -- sending ---------------------------------------------------------------

    def send(self, event: Event) -> list[Reply]:
        before = self.session.model_dump()
        outcome = handle(self.session, event, self.now)
        # The engine works on a copy: the session it was handed never changes.
        assert self.session.model_dump() == before
        assert outcome.session.updated_at == self.now
        # Whatever happens, every reply is HTML that Telegram accepts.
        for reply in outcome.replies:
            assert_telegram_html(reply.html)
        self.session = outcome.session
        self.last = outcome.replies
        self.history.extend(outcome.replies)
        for reply in outcome.replies:
            if reply.buttons:
                self.with_buttons = reply
        return outcome.replies

    def text(self, text: str) -> list[Reply]:
        return self.send(Text(text))

    def command(self, name: str) -> list[Reply]:
        return self.send(Command(name))

    def data(self, data: str) -> list[Reply]:
        """A press that arrives as Telegram's callback data (decoded as the adapter does)."""
        return self.send(Press(decode(data)))

    def non_text(self, kind: str) -> list[Reply]:
        return self.send(NonText(kind))

    def edited(self) -> list[Reply]:
        return self.send(Edited())

    def press(self, label: str) -> list[Reply]:
        """Press the button with this label (a tick in front ignored) on the last keyboard."""
        return self.send(Press(self.button(label).action))

    def button(self, label: str) -> Button:
        for button in self.buttons():
            if button.label.removeprefix(TICK).strip() == label:
                return button
        raise AssertionError(f"no button {label!r} in {self.labels()}")

    def buttons(self) -> list[Button]:
        assert self.with_buttons is not None, "no reply with buttons yet"
        return [button for row in self.with_buttons.buttons for button in row]

    def labels(self) -> list[str]:
        return [button.label for button in self.buttons()]

    def wait(self, delta: timedelta) -> None:
        self.now += delta

    # -- looking at the state ----------------------------------------------------

    @property
    def ref(self) -> str | None:
        slot = current_slot(self.session)
        return slot.ref if slot is not None else None

    @property
    def html(self) -> str:
        """The last event's replies as one text."""
        return "\n\n".join(reply.html for reply in self.last)

    @property
    def plain(self) -> str:
        return plain(self.html)

    def state(self) -> dict[str, Any]:
        """Everything the person has answered or ticked, to compare before and after."""
        dump = self.session.model_dump()
        keys = ("answers", "groups", "skipped", "draft", "finished_at", "language")
        return {key: dump[key] for key in keys}

    def snapshot(self) -> dict[str, Any]:
        """The whole session but the time it was last touched."""
        return self.session.model_dump(exclude={"updated_at"})

    # -- answering with the standard answers -------------------------------------

    def answer_current(self) -> None:
        """Answer the open question with the standard answer for it."""
        slot = current_slot(self.session)
        assert slot is not None, "the interview is over"
        answer = ANSWERS[self.lang].get(slot.ref) or generic(self.session, slot)
        offered = flow.options(self.session, slot)
        if slot.question.kind is Kind.MULTI:
            assert isinstance(answer, tuple)
            for option in answer:
                self.data(f"t:{slot.ref}:{option}")
            self.data(f"d:{slot.ref}")
        elif slot.question.has_buttons and not (slot.question.typed and answer not in offered):
            self.data(f"a:{slot.ref}:{answer}")
        else:
            # Typed: a text question, or a text of one's own where buttons are offered.
            assert isinstance(answer, str)
            self.text(answer)
        assert flow.is_answered(self.session, slot), f"{slot.ref} was not answered"

    def advance_to(self, ref: str) -> None:
        """Answer questions until `ref` is the open question."""
        for _ in range(100):
            if self.ref == ref:
                return
            self.answer_current()
        raise AssertionError(f"never reached {ref}")

    def finish(self) -> None:
        for _ in range(100):
            if self.ref is None:
                return
            self.answer_current()
        raise AssertionError("the interview never ended")


def session(
    language: Language = "nb",
    answers: dict[str, Value] | None = None,
    personas: list[dict[str, Value]] | None = None,
    goals: list[dict[str, Value]] | None = None,
) -> Session:
    """A session built straight from answers, at `NOW`, for the pure functions."""
    groups: dict[str, list[dict[str, Value]]] = {}
    if personas is not None:
        groups["persona"] = personas
    if goals is not None:
        groups["goal"] = goals
    return Session(
        person_id="7",
        language=language,
        answers=answers or {},
        groups=groups,
        created_at=NOW,
        updated_at=NOW,
    )


def start(language: Language, at: str | None = None) -> Chat:
    """A chat that has said /start and, given `at`, answered its way to that question."""
    chat = Chat(language)
    chat.command("start")
    if at is not None:
        chat.advance_to(at)
    return chat


def finished(language: Language) -> Chat:
    chat = start(language)
    chat.finish()
    return chat


def plain(html_text: str) -> str:
    """Telegram HTML as the person reads it: no tags, entities resolved."""
    return html.unescape(re.sub(r"<[^>]+>", "", html_text))


def text(language: Language, key: str, **args: object) -> str:
    """A catalog text as the person reads it."""
    return plain(str(t(language, key, **args)))


def progress(language: Language, part: int) -> str:
    """The header of a question in part `part`: "Del 2 av 5: Leseren din"."""
    part_id = flow.INTERVIEW[part - 1].id
    title = text(language, f"part-{part_id}")
    return text(language, "progress", part=part, total=flow.PART_COUNT, title=title)


def question(chat: Chat, ref: str) -> str:
    """The question text for `ref` as this chat would see it now."""
    slot = flow.find_slot(chat.session, ref)
    assert slot is not None, ref
    args: dict[str, object] = {}
    if slot.group is flow.GOAL and slot.index is not None:
        args = {"number": slot.index + 1, "name": goal_name(chat, slot.index)}
    elif slot.group is not None and slot.index is not None:
        items = chat.session.groups.get(slot.group.id, [])
        name = items[slot.index].get("name") if slot.index < len(items) else None
        fallback = text(chat.lang, "persona-fallback-name", number=slot.index + 1)
        args = {"number": slot.index + 1, "name": name or fallback}
    return text(chat.lang, f"q-{flow.text_id(slot.question, slot.group)}", **args)


def goal_name(chat: Chat, index: int) -> str:
    """What goal `index` is called: its type's label, or what was written for "other"."""
    goal_type = chat.session.groups["goal"][index]["type"]
    if goal_type == flow.OTHER:
        written = chat.session.answers["goal_other"]
        assert isinstance(written, str)
        return written
    return text(chat.lang, f"opt-goal_types-{goal_type}")


def assert_asks(chat: Chat, ref: str) -> None:
    """The last reply puts `ref` to the person: header, question and its buttons."""
    assert chat.ref == ref
    slot = flow.find_slot(chat.session, ref)
    assert slot is not None
    last = chat.last[-1]
    shown = plain(last.html)
    assert progress(chat.lang, slot.part.number) in shown
    assert question(chat, ref) in shown
    if slot.question.has_buttons:
        datas = [button.data for row in last.buttons for button in row]
        assert datas, f"{ref} is shown without its buttons"
        assert all(f":{ref}" in data for data in datas), datas
    else:
        assert last.buttons == ()


# Standard answers by question reference: text to type, or option ids to pick.
# Two personas, and "other" with its follow-up on the purpose and goal types:
# a goal for more readers (its metric a button) and one of the person's own
# (its metric typed), every SMART letter met on both.
GENERIC: dict[Kind, str | tuple[str, ...]] = {
    Kind.TEXT: "Noe",
    Kind.NUMBER: "42",
    Kind.DATE: "2027-03-01",
    Kind.CHOICE: "other",
    Kind.MULTI: ("other",),
    Kind.YESNO: "no",
}


def generic(session: Session, slot: flow.Slot) -> str | tuple[str, ...]:
    """An answer for a question the standard answers leave out (a third persona, ...)."""
    answer = GENERIC[slot.question.kind]
    offered = flow.options(session, slot)
    if slot.question.typed:
        return GENERIC[Kind.TEXT]
    if slot.question.kind is Kind.CHOICE and answer not in offered:
        return offered[0]
    if slot.question.kind is Kind.MULTI and not set(answer) <= set(offered):
        return (offered[0],)
    return answer


ANSWERS: dict[Language, dict[str, str | tuple[str, ...]]] = {
    "nb": {
        "topic": "Hagestell på Vestlandet",
        "passion": "Grønnsaker som tåler regn",
        "purpose": "other",
        "purpose_other": "Dele kunnskap med naboene",
        "why": "For å nå folk som ikke leser bloggen",
        "achieve": "Flere faste lesere",
        "reader": "Hobbygartnere i trettiårene",
        "reader_wants": "Enkle tips som virker",
        "persona.0.name": "Kari",
        "persona.0.age": "35 år",
        "persona.0.place": "Bergen",
        "persona.0.occupation": "Sykepleier",
        "persona.0.hobbies": "Strikking og fjellturer",
        "persona.0.problems": "Lite tid i hagen",
        "persona.0.wants": "Raske tips for travle uker",
        "persona.0.channels": ("facebook", "instagram"),
        "persona.0.more": "yes",
        "persona.1.name": "Ahmed",
        "persona.1.age": "42",
        "persona.1.place": "Stavanger",
        "persona.1.occupation": "Lærer",
        "persona.1.hobbies": "Fotball",
        "persona.1.problems": "Sneglene spiser salaten",
        "persona.1.wants": "Hvordan bli kvitt snegler",
        "persona.1.channels": ("youtube",),
        "persona.1.more": "no",
        "goal_types": ("readers", "other"),
        "goal_other": "Selge frø",
        "goal.0.statement": "Få flere faste lesere på bloggen",
        "goal.0.metric": "followers",
        "goal.0.baseline": "200",
        "goal.0.target": "1 500",
        "goal.0.deadline": "1. mars 2027",
        "goal.0.why": "Faste lesere er de som kjøper frø",
        "goal.0.hours": "3",
        "goal.1.statement": "Selge flere frøposer i nettbutikken",
        "goal.1.metric": "Solgte frøposer",
        "goal.1.baseline": "20",
        "goal.1.target": "50",
        "goal.1.deadline": "1. juni 2027",
        "goal.1.why": "Salget betaler for bloggen",
        "goal.1.hours": "2",
        "areas": ("marketing", "crm"),
        "channels": ("instagram", "blog"),
        "frequency": "few_weekly",
        "measures": ("engagement", "followers"),
        "review": "monthly",
    },
    "en": {
        "topic": "Gardening on the west coast",
        "passion": "Vegetables that survive the rain",
        "purpose": "other",
        "purpose_other": "Share what I know with the neighbours",
        "why": "To reach people who never read the blog",
        "achieve": "More regular readers",
        "reader": "Hobby gardeners in their thirties",
        "reader_wants": "Simple tips that work",
        "persona.0.name": "Kari",
        "persona.0.age": "35 years",
        "persona.0.place": "Leeds",
        "persona.0.occupation": "Nurse",
        "persona.0.hobbies": "Knitting and hill walking",
        "persona.0.problems": "Little time for the garden",
        "persona.0.wants": "Quick tips for busy weeks",
        "persona.0.channels": ("facebook", "instagram"),
        "persona.0.more": "yes",
        "persona.1.name": "Ahmed",
        "persona.1.age": "42",
        "persona.1.place": "York",
        "persona.1.occupation": "Teacher",
        "persona.1.hobbies": "Football",
        "persona.1.problems": "Slugs eat the lettuce",
        "persona.1.wants": "How to get rid of slugs",
        "persona.1.channels": ("youtube",),
        "persona.1.more": "no",
        "goal_types": ("readers", "other"),
        "goal_other": "Sell seeds",
        "goal.0.statement": "Get more regular readers for the blog",
        "goal.0.metric": "followers",
        "goal.0.baseline": "200",
        "goal.0.target": "1 500",
        "goal.0.deadline": "1 March 2027",
        "goal.0.why": "Regular readers are the ones who buy seeds",
        "goal.0.hours": "3",
        "goal.1.statement": "Sell more seed packets in the web shop",
        "goal.1.metric": "Seed packets sold",
        "goal.1.baseline": "20",
        "goal.1.target": "50",
        "goal.1.deadline": "1 June 2027",
        "goal.1.why": "Sales pay for the blog",
        "goal.1.hours": "2",
        "areas": ("marketing", "crm"),
        "channels": ("instagram", "blog"),
        "frequency": "few_weekly",
        "measures": ("engagement", "followers"),
        "review": "monthly",
    },
}


# Telegram's HTML: these tags only, and &lt; &gt; &amp; &quot; as the entities.
TELEGRAM_TAGS = frozenset({"b", "i", "u", "s", "code", "pre", "a", "blockquote"})
_TAG = re.compile(r"<(/?)([a-zA-Z]*)([^<>]*)>")
_BARE_AMPERSAND = re.compile(r"&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)")


def assert_telegram_html(html_text: str) -> None:
    """Only Telegram's tags, each closed in order, and no bare `&`, `<` or `>`."""
    open_tags: list[str] = []
    for closing, name, rest in _TAG.findall(html_text):
        name = name.lower()
        assert name in TELEGRAM_TAGS, f"<{closing}{name}{rest}> in {html_text!r}"
        if closing:
            assert open_tags and open_tags.pop() == name, f"</{name}> unopened in {html_text!r}"
        else:
            open_tags.append(name)
    assert not open_tags, f"<{open_tags[-1]}> not closed in {html_text!r}"
    outside = _TAG.sub("", html_text)
    assert "<" not in outside and ">" not in outside, html_text
    assert not _BARE_AMPERSAND.search(html_text), f"bare & in {html_text!r}"
