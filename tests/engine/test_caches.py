"""What the engine keeps from one message to the next to save work changes nothing.

Formatted texts are cached by language, key and arguments; the slots of the
interview are built once and shared by every session. Each test here compares
with the work done afresh, with people in both languages (one switching half
way) taking turns, so a value cached for one person is never another's.
"""

from __future__ import annotations

from typing import Any

import pytest
from markupsafe import Markup

from conversations import flow, i18n
from conversations.engine import current_slot
from conversations.flow import Group, Slot
from conversations.models import Language, Session

from .helpers import LANGS, Chat, assert_asks, other, start


def _switch_language(chat: Chat) -> None:
    chat.command("language")
    chat.data(f"l:{other(chat.lang)}")


def _two_people_taking_turns() -> list[tuple[str, Any, Any]]:
    """Two whole interviews, one in each language, a message each in turn.

    Both change language half way, go /back once and change an answer through
    /edit. Returns every reply and saved session, in order.
    """
    chats = [start("nb"), start("en")]
    seen: list[tuple[str, Any, Any]] = []
    for step in range(200):
        open_chats = [chat for chat in chats if chat.ref is not None]
        if not open_chats:
            break
        for chat in open_chats:
            if step == 20:
                _switch_language(chat)
            elif step == 25:
                chat.command("back")
            elif step == 30:
                chat.command("edit")
                chat.data("e:1")
                chat.data("E:topic")
            else:
                chat.answer_current()
            seen.extend((reply.html, reply.buttons, reply.attachment) for reply in chat.last)
            seen.append(("session", chat.lang, chat.snapshot()))
    else:
        raise AssertionError("the interviews never ended")
    for chat in chats:
        chat.command("summary")
        seen.extend((reply.html, reply.buttons, reply.attachment) for reply in chat.last)
    return seen


def test_cached_texts_are_the_texts_formatted_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    i18n._format.cache_clear()
    cached = _two_people_taking_turns()
    assert i18n._format.cache_info().hits > 0

    monkeypatch.setattr(i18n, "_format", i18n._format.__wrapped__)
    assert _two_people_taking_turns() == cached


@pytest.mark.parametrize("language", LANGS)
def test_a_text_is_cached_with_its_language_and_arguments(language: Language) -> None:
    kari = i18n.t(language, "q-persona-age", number=1, name="Kari")
    ahmed = i18n.t(language, "q-persona-age", number=1, name="Ahmed")
    assert "Kari" in kari and "Ahmed" not in kari
    assert "Ahmed" in ahmed and "Kari" not in ahmed
    assert i18n.t(language, "q-persona-age", number=1, name="Kari") == kari
    assert i18n.t(other(language), "q-persona-age", number=1, name="Kari") != kari
    assert i18n.t(language, "persona-fallback-name", number=2) != i18n.t(
        language, "persona-fallback-name", number=3
    )


@pytest.mark.parametrize("first_markup", [True, False])
def test_markup_and_text_that_looks_like_it_are_kept_apart(first_markup: bool) -> None:
    """What someone typed is escaped, even after the same characters came as markup."""
    typed, bold = "<b>Kari</b>", Markup("<b>Kari</b>")
    order = [bold, typed] if first_markup else [typed, bold]
    shown = {id(name): i18n.t("nb", "card-heading", name=name) for name in order}
    assert "<b>Kari</b>" in shown[id(bold)]
    assert "&lt;b&gt;Kari&lt;/b&gt;" in shown[id(typed)]
    assert "<b>Kari</b>" not in shown[id(typed)]


@pytest.mark.parametrize("language", LANGS)
def test_switching_language_mid_interview_back_and_forth(language: Language) -> None:
    chat = start(language, at="persona.1.age")
    for lang in (other(language), language, other(language)):
        _switch_language(chat)
        assert chat.lang == lang
        assert_asks(chat, "persona.1.age")
        assert "Ahmed" in chat.html
        assert chat.html.startswith(i18n.t(lang, "language-set"))


# -- slots, shared by every session --------------------------------------------------


def _reference_current_slot(session: Session) -> Slot | None:
    """The open question as defined: the focus if it is a slot, else the first open one."""
    every = flow.slots(session)
    focused = [slot for slot in every if slot.ref == session.focus]
    if focused:
        return focused[0]
    return next((slot for slot in every if not flow.is_answered(session, slot)), None)


def _check_slots(session: Session) -> None:
    every = flow.slots(session)
    assert list(flow.iter_slots(session)) == every
    assert len({slot.ref for slot in every}) == len(every)
    for slot in every:
        if slot.group is None:
            assert slot.ref == slot.question.id
            assert slot.question in slot.part.items
        else:
            assert slot.ref == f"{slot.group.id}.{slot.index}.{slot.question.id}"
            assert slot.group in slot.part.items
        assert flow.find_slot(session, slot.ref) == slot
    assert current_slot(session) == _reference_current_slot(session)
    for part in flow.INTERVIEW:
        for group in (item for item in part.items if isinstance(item, Group)):
            for index in range(group.max_items + 1):
                item_slots = [
                    slot
                    for slot in every
                    if slot.group is group
                    and slot.index == index
                    and slot.question is not group.more
                ]
                expected = all(flow.is_answered(session, slot) for slot in item_slots)
                assert flow.is_complete(session, group, index) == expected


@pytest.mark.parametrize("language", LANGS)
def test_slots_and_the_open_question_at_every_step(language: Language) -> None:
    """Three personas here, two in the other chat: each session gets its own slots."""
    chat, other_chat = start(language), start(other(language))
    three = {"persona.0.more": "yes", "persona.1.more": "yes"}
    for _ in range(100):
        _check_slots(chat.session)
        _check_slots(other_chat.session)
        if other_chat.ref is not None:
            other_chat.answer_current()
        ref = chat.ref
        if ref is None:
            break
        if ref in three:
            chat.data(f"a:{ref}:{three[ref]}")
        else:
            chat.answer_current()
    else:
        raise AssertionError("the interview never ended")
    assert len(chat.session.groups["persona"]) == 3
    assert len(other_chat.session.groups["persona"]) == 2
    assert flow.find_slot(chat.session, "persona.2.name") is not None
    assert flow.find_slot(other_chat.session, "persona.2.name") is None

    chat.command("back")
    _check_slots(chat.session)
    assert chat.session.focus is not None
    chat.command("edit")
    chat.data("e:2")
    chat.data("E:persona.1.age")
    _check_slots(chat.session)
