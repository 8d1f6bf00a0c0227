"""Answering the open question, typed or pressed, and moving on to the next one.

Nothing here runs while a menu is open, except a press of the open question's
own buttons (which closes the menu) and the check of a persona's name (whose
menu is about the very answer being given).
"""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup

from .. import coaching, flow, smart, summary
from ..buttons import Answer, ConfirmName, Done, Toggle
from ..events import Attachment, Document, Reply
from ..flow import NO, YES, Kind, Slot
from ..formatting import option_label
from ..matching import Ambiguous, One, Several, match
from ..models import NameCheckMenu, Value
from ..parsing import Invalid, Parsed, Unsure, parse_answer, suggest_name
from . import menus
from .questions import (
    ask,
    candidates,
    current_slot,
    everything,
    everything_words,
    group_args,
    other_language_candidates,
    question_buttons,
    ticked,
)
from .turn import Turn, joined

AnswerAction = Answer | Toggle | Done | ConfirmName


# -- typed text ----------------------------------------------------------------------


def on_text(turn: Turn, raw: str) -> None:
    """Text typed while no menu is open: the answer to the open question, if it is one."""
    slot = current_slot(turn.session)
    if slot is None:
        turn.say(turn.t("finished-hint"))
        return
    parsed = parse_answer(slot.question, raw, turn.now.date(), turn.lang)
    if isinstance(parsed, Unsure):
        key = f"unsure-{flow.text_id(slot.question, slot.group)}"
        ask(turn, slot, turn.t(key, **group_args(turn.session, slot)))
        return
    if slot.question.has_buttons:
        _typed_option(turn, slot, raw, parsed)
        return
    if isinstance(parsed, Invalid):
        ask(turn, slot, turn.t(parsed.key, **parsed.args))
        return
    suggestion = suggest_name(str(parsed.value)) if slot.question.person_name else None
    if suggestion is not None and suggestion != parsed.value:
        menu = NameCheckMenu(ref=slot.ref, typed=str(parsed.value), suggestion=suggestion)
        menus.open_menu(turn, menu)
        return
    answer(turn, slot, parsed.value, _noted(turn, parsed))


def _typed_option(turn: Turn, slot: Slot, raw: str, parsed: Parsed | Invalid) -> None:
    """Text where buttons are on offer: their number, their label or near it, or a
    list of them on a multiple choice; on a question that takes a text of one's own
    (a metric), any text that names no option."""
    question = slot.question
    multi = question.kind is Kind.MULTI
    found = match(
        raw,
        candidates(turn, slot),
        many=multi,
        everything=everything(turn, slot) if multi else (),
        everything_words=everything_words(),
        # A metric of one's own ("Følgere på TikTok") must not become the nearest button.
        fuzzy=not question.typed,
        fallback=other_language_candidates(turn, slot),
    )
    if isinstance(found, One):
        assert isinstance(found.key, Answer | Toggle | Done)
        on_press(turn, found.key)
    elif isinstance(found, Several):
        picked = {a.option for a in found.keys if isinstance(a, Toggle)}
        options = [o for o in flow.options(turn.session, slot) if o in picked]
        noted = turn.t("ack-picked", options=_option_list(turn, slot, options))
        answer(turn, slot, options, [noted])
    elif isinstance(found, Ambiguous):
        meant = [a.option for a in found.keys if isinstance(a, Answer | Toggle)]
        labels = _option_list(turn, slot, meant, "or", quoted=True)
        ask(turn, slot, turn.t("option-which", typed=found.typed, options=labels))
    elif question.typed and isinstance(parsed, Parsed):
        answer(turn, slot, parsed.value)
    elif question.typed and isinstance(parsed, Invalid):
        ask(turn, slot, turn.t(parsed.key, **parsed.args))
    else:
        key = (
            "option-unknown-other"
            if flow.OTHER in flow.options(turn.session, slot)
            else "option-unknown"
        )
        ask(turn, slot, turn.t(key, typed=", ".join(found.typed)))


def _option_list(
    turn: Turn,
    slot: Slot,
    options: Sequence[str],
    conjunction: str = "and",
    *,
    quoted: bool = False,
) -> Markup:
    labels = [option_label(turn.lang, slot, option) for option in options]
    return Markup(turn.listing(labels, conjunction, quoted=quoted))


def _noted(turn: Turn, parsed: Parsed) -> list[str]:
    """How the text was read, when the person should hear it ("from 2–3 I took 2")."""
    if parsed.note is None:
        return []
    return [turn.t(parsed.note.key, **parsed.note.args)]


# -- presses ---------------------------------------------------------------------------


def on_press(turn: Turn, action: AnswerAction) -> bool:
    """A button of the open question (or of its name check); False when it is not
    the open question's any more."""
    s = turn.session
    if isinstance(action, ConfirmName):
        return _confirm_name(turn, action)
    slot = current_slot(s)
    if slot is None or slot.ref != action.ref:
        return False
    multi = slot.question.kind is Kind.MULTI
    if isinstance(action, Answer):
        if multi or action.option not in flow.options(s, slot):
            return False
        menus.close(turn)
        s.paused = False
        answer(turn, slot, action.option)
        return True
    if not multi:
        return False
    menus.close(turn)
    s.paused = False
    if isinstance(action, Toggle):
        return _toggle(turn, slot, action.option)
    return _done(turn, slot)


def _toggle(turn: Turn, slot: Slot, option: str) -> bool:
    s = turn.session
    if option not in flow.options(s, slot):
        return False
    was = ticked(s, slot)
    now = [o for o in was if o != option] if option in was else [*was, option]
    s.draft[slot.ref] = [o for o in flow.options(s, slot) if o in now]
    ask(turn, slot, edit=True, brief=_ticked_brief(turn, slot))
    return True


def _ticked_brief(turn: Turn, slot: Slot) -> str:
    """After a tick, for a transport that can't update the message: what is ticked."""
    options = ticked(turn.session, slot)
    done = sum(len(row) for row in question_buttons(turn, slot))
    if not options:
        return turn.t("ticked-none", done=done)
    return turn.t("ticked-so-far", options=_option_list(turn, slot, options), done=done)


def _done(turn: Turn, slot: Slot) -> bool:
    s = turn.session
    options = ticked(s, slot)
    if not options and not slot.question.optional:
        turn.notice("error-pick-one")
        ask(turn, slot, turn.t("error-pick-one"), edit=True)
        return True
    if not options:
        s.draft.pop(slot.ref, None)
        skip_slot(turn, slot)
        return True
    answer(turn, slot, options)
    return True


def _confirm_name(turn: Turn, action: ConfirmName) -> bool:
    menu = turn.session.menu
    slot = current_slot(turn.session)
    if not isinstance(menu, NameCheckMenu) or menu.ref != action.ref:
        return False
    if slot is None or slot.ref != menu.ref:
        return False
    menus.close(turn)
    answer(turn, slot, menu.suggestion if action.suggested else menu.typed)
    return True


# -- storing and moving on ---------------------------------------------------------------


def answer(turn: Turn, slot: Slot, value: Value, lines: Sequence[str] = ()) -> None:
    """Store `value` for `slot` and ask the next question, with what there is to say."""
    s = turn.session
    was_focused = s.focus == slot.ref
    was_complete = _item_complete(turn, slot)
    store(turn, slot, value)
    s.focus = None
    menus.close(turn)
    said: list[str] = [*lines]
    if was_focused:
        said.append(turn.t("ack-changed"))
    said.extend(_item_feedback(turn, slot, was_complete))
    said.extend(coaching.advice_after_answer(s, slot))
    advance(turn, joined(*said) or None)


def skip_slot(turn: Turn, slot: Slot) -> None:
    s = turn.session
    was_focused = s.focus == slot.ref
    was_complete = _item_complete(turn, slot)
    s.focus = None
    if flow.value_of(s, slot) is None and slot.ref not in s.skipped:
        s.skipped.append(slot.ref)
    said: list[str] = [turn.t("ack-changed") if was_focused else turn.t("ack-skipped")]
    said.extend(_item_feedback(turn, slot, was_complete))
    advance(turn, joined(*said))


def store(turn: Turn, slot: Slot, value: Value) -> None:
    s = turn.session
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


def _item_complete(turn: Turn, slot: Slot) -> bool:
    if slot.group is None or slot.index is None:
        return False
    return flow.is_complete(turn.session, slot.group, slot.index)


def _item_feedback(turn: Turn, slot: Slot, was_complete: bool) -> list[str]:
    """Coaching on a goal the moment it is complete (or changed after)."""
    if slot.group is not flow.GOAL or slot.index is None or not _item_complete(turn, slot):
        return []
    if was_complete and slot.question.id not in smart.CHECKED_FIELDS:
        return []
    return [smart.feedback(turn.session, slot.index, turn.now.date())]


def advance(turn: Turn, prefix: str | None = None) -> None:
    s = turn.session
    slot = current_slot(s)
    if slot is not None:
        ask(turn, slot, prefix)
        return
    if s.finished_at is None:
        s.finished_at = turn.now
        _finish(turn, prefix)
        return
    turn.say(joined(prefix, turn.t("finished-updated")))


def _finish(turn: Turn, prefix: str | None) -> None:
    # Text first, files after: the summary can be read at once, while the
    # persona images and the PDF are still being made.
    sections = summary.strategy_summary(turn.session, turn.now.date())
    for message in summary.pack([joined(prefix, turn.t("done-intro")), *sections]):
        turn.say(message)
    persona_cards(turn)
    menus.offer_export(turn)
    turn.say(turn.t("done-outro"))


def persona_cards(turn: Turn) -> None:
    """Each persona as an image with its text card as the caption."""
    for index, card in summary.persona_card_texts(turn.session):
        turn.replies.append(Reply(card, attachment=Attachment(Document.PERSONA_CARD, index)))
