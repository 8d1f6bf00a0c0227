"""Random conversations with the pure engine, and what must hold after every step.

Hypothesis drives a person through the interview with a mix of good answers,
commands, fresh and stale button presses, typed option numbers and labels,
menus opened and abandoned, nonsense, photos and long breaks, in both
languages. After every event:

- nothing raised, and every reply is HTML Telegram accepts (`Chat.send`);
- every button's data fits Telegram's 64 bytes and decodes to its action;
- the open question is well defined: a focus points at a slot the session
  has, and an open menu still makes sense for the session;
- an answer changed only if its question was the open one and the person
  answered it (typed while no other menu was open, or pressed on that
  question's own buttons), or the person confirmed a restart or a persona's
  removal in its own menu.

`PROPERTY_EXAMPLES` sets how many conversations are tried (CI: the default).
"""

from __future__ import annotations

import os
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conversations import flow
from conversations.buttons import (
    Answer,
    ConfirmName,
    ConfirmRemoval,
    Done,
    Restart,
    Toggle,
    decode,
    encode,
)
from conversations.engine import current_slot
from conversations.engine.menus import view
from conversations.engine.turn import Turn
from conversations.events import COMMANDS, Command, Edited, Event, NonText, Press, Surface, Text
from conversations.flow import Kind
from conversations.models import Language, NameCheckMenu, RemovePersonaMenu, RestartMenu, Session

from .helpers import ANSWERS, LANGS, Chat, generic

EXAMPLES = int(os.environ.get("PROPERTY_EXAMPLES", "300"))

# What people type besides the right answer: option numbers and lists, menu
# words in both languages, "don't know", numbers and dates in many forms,
# markup, and plain nonsense.
TYPED = (
    *("1", "2", "3", "7", "12", "99", "0", "1, 2", "1 2", "2,3", "alle", "all"),
    *("norsk", "english", "Norsk (bokmål)", "ja", "nei", "yes", "no", "ferdig", "done"),
    *("Markdown", "json", "tilbake", "back", "hmm not sure", "vet ikke", "?", "kanskje"),
    *("insta", "facebook og insta", "Instagram, Pinterest", "fb", "hver mnd", "weekly"),
    *("35", "ca. 30", "2-3", "tretti", "1,5", "300+", "1 500", "20 %"),
    *("1. mars 2027", "om tre måneder", "in six weeks", "påske", "uke 12", "i går"),
    *("Jonas, student", "Kari", "<b>fet</b> & <i>", "   ", "a" * 600, "🙂", "/x"),
)


def flat(session: Session) -> dict[str, object]:
    """Every answer by reference: "topic", "persona.0.name", "goal.1.target"."""
    found: dict[str, object] = dict(session.answers)
    for group, items in session.groups.items():
        for index, item in enumerate(items):
            for question, value in item.items():
                found[f"{group}.{index}.{question}"] = value
    return found


def good_answer(chat: Chat) -> Event | None:
    """The standard answer to the open question, as one event."""
    slot = current_slot(chat.session)
    if slot is None:
        return None
    answer = ANSWERS[chat.lang].get(slot.ref) or generic(chat.session, slot)
    offered = flow.options(chat.session, slot)
    if slot.question.kind is Kind.MULTI:
        assert isinstance(answer, tuple)
        numbers = [str(offered.index(option) + 1) for option in answer if option in offered]
        return Text(", ".join(numbers) or "1")
    if slot.question.has_buttons and isinstance(answer, str) and answer in offered:
        return Press(Answer(slot.ref, answer))
    assert isinstance(answer, str)
    return Text(answer)


@st.composite
def events(draw: st.DrawFn, chat: Chat) -> Event:
    shown = [button for reply in chat.last for row in reply.buttons for button in row]
    earlier = [button for reply in chat.history for row in reply.buttons for button in row]
    choice = draw(st.integers(0, 99))
    good = good_answer(chat)
    if choice < 40 and good is not None:
        return good
    if choice < 55 and shown:
        return Press(draw(st.sampled_from(shown)).action)
    if choice < 62 and earlier:
        return Press(draw(st.sampled_from(earlier)).action)
    if choice < 75:
        return Command(draw(st.sampled_from((*COMMANDS, "nonsense"))))
    if choice < 92:
        return Text(draw(st.sampled_from(TYPED)))
    if choice < 94:
        return Text(draw(st.text(max_size=40)))
    if choice < 96:
        return Press(decode(draw(st.sampled_from(("a:topic:x", "D:0:yes", "r:yes", "zz", "")))))
    if choice < 98:
        return NonText(draw(st.sampled_from(("photo", "sticker", "voice"))))
    return Edited()


def answered_the_open_question(before: Session, event: Event) -> str | None:
    """The reference of the question this event answered, if it could answer one."""
    slot = current_slot(before)
    if slot is None:
        return None
    match event:
        case Text():
            menu = before.menu
            if menu is None or (isinstance(menu, NameCheckMenu) and menu.ref == slot.ref):
                return slot.ref
        case Press(action=Answer(ref=ref) | Toggle(ref=ref) | Done(ref=ref) | ConfirmName(ref=ref)):
            if ref == slot.ref:
                return ref
    return None


def confirmed(before: Session, event: Event, menu: object, action: type) -> bool:
    """A yes in `menu`, pressed or typed, while it was open."""
    if before.menu != menu:
        return False
    if isinstance(event, Text):
        return True  # read against the menu; which option it named shows in the result
    return isinstance(event, Press) and isinstance(event.action, action)


def allowed_change(before: Session, after: Session, event: Event, changed: set[str]) -> bool:
    if not changed:
        return True
    if confirmed(before, event, RestartMenu(), Restart) and not after.has_answers:
        return True
    if isinstance(before.menu, RemovePersonaMenu) and confirmed(
        before, event, before.menu, ConfirmRemoval
    ):
        return all(ref.startswith("persona.") for ref in changed)
    ref = answered_the_open_question(before, event)
    if ref is None:
        return False
    # Consequences of that one answer: goals follow the goal types picked.
    follows = ("goal.",) if ref == "goal_types" else ()
    return all(r == ref or r.startswith(follows) for r in changed) if follows else changed <= {ref}


def check(chat: Chat, before: Session, event: Event) -> None:
    after = chat.session
    for reply in chat.last:
        for row in reply.buttons:
            for button in row:
                assert decode(encode(button.action)) == button.action
    if after.focus is not None:
        assert flow.find_slot(after, after.focus) is not None, after.focus
    current_slot(after)  # never raises
    if after.menu is not None:
        turn = Turn(after.working_copy(), chat.now, Surface.TELEGRAM)
        assert view(turn, after.menu) is not None, after.menu
    old, new = flat(before), flat(after)
    changed = {ref for ref in old.keys() | new.keys() if old.get(ref) != new.get(ref)}
    assert allowed_change(before, after, event, changed), (event, before.menu, changed)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data(), language=st.sampled_from(LANGS), steps=st.integers(5, 120))
def test_random_conversations_keep_every_answer_where_it_belongs(
    data: st.DataObject, language: Language, steps: int
) -> None:
    chat = Chat(language)
    chat.command("start")
    for _ in range(steps):
        if data.draw(st.integers(0, 49)) == 0:
            chat.wait(timedelta(hours=2))
        event = data.draw(events(chat))
        before = chat.session
        chat.send(event)
        check(chat, before, event)
