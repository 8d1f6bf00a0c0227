"""User text is escaped in every reply that echoes it, once, and never as markup."""

from __future__ import annotations

import pytest

from conversations import flow
from conversations.events import Reply
from conversations.models import Language

from .helpers import LANGS, Chat, assert_telegram_html, plain, start, text

EVIL = '<b>Tom</b> & <script>alert("x")</script>'
ESCAPED = "&lt;b&gt;Tom&lt;/b&gt; &amp; &lt;script&gt;alert("
EVIL_TARGETS = (
    "topic",
    "persona.0.name",
    "persona.0.place",
    "persona.0.wants",
    "goal_other",
    "goal.0.statement",
    "channels_other",
)


def assert_escaped(replies: list[Reply]) -> None:
    """`EVIL` shows in these replies exactly as typed, escaped once."""
    assert replies
    for reply in replies:
        assert_telegram_html(reply.html)
        assert "<script>" not in reply.html
        assert "<b>Tom" not in reply.html
        assert "&amp;lt;" not in reply.html
    everything = "\n".join(reply.html for reply in replies)
    assert ESCAPED in everything
    assert EVIL in plain(everything)


def evil_chat(language: Language, at: str) -> Chat:
    """A chat that typed `EVIL` wherever a text fits, and is now at `at`."""
    chat = start(language)
    for _ in range(100):
        if chat.ref == at:
            return chat
        if chat.ref in EVIL_TARGETS:
            chat.text(EVIL)
        elif chat.ref == "channels":
            chat.data("t:channels:other")
            chat.data("d:channels")
        else:
            chat.answer_current()
    raise AssertionError(at)


@pytest.mark.parametrize("language", LANGS)
def test_current_answer_is_escaped(language: Language) -> None:
    chat = evil_chat(language, "passion")
    chat.command("back")
    assert_escaped(chat.last)
    assert f"<i>{ESCAPED}" in chat.html


@pytest.mark.parametrize("language", LANGS)
def test_persona_name_in_questions_is_escaped(language: Language) -> None:
    chat = evil_chat(language, "persona.0.age")
    assert_escaped(chat.last)
    for ref in ("persona.0.place", "persona.0.occupation", "persona.0.hobbies"):
        chat.answer_current()
        assert chat.ref == ref
        assert_escaped(chat.last)


@pytest.mark.parametrize("language", LANGS)
def test_persona_card_is_escaped(language: Language) -> None:
    chat = evil_chat(language, "persona.0.occupation")
    chat.command("persona")
    card = chat.last[0]
    assert_escaped([card])
    # Name in the heading and the advice, the place as typed.
    assert card.html.count(ESCAPED) == 3
    assert plain(card.html).startswith(f"👤 {EVIL}")


@pytest.mark.parametrize("language", LANGS)
def test_goal_title_is_escaped_in_its_questions_and_feedback(language: Language) -> None:
    # A goal of one's own is titled with what was written for "other".
    chat = evil_chat(language, "goal.1.statement")
    assert_escaped(chat.last)
    assert f"<b>{ESCAPED}" in chat.html
    for _ in flow.GOAL.questions:
        chat.answer_current()
    assert chat.ref == "areas"
    # The SMART feedback on it, named in its title, comes with the next question.
    feedback = chat.last[-1]
    assert_escaped([feedback])
    assert text(language, "smart-title", goal=EVIL) in plain(feedback.html)


@pytest.mark.parametrize("language", LANGS)
def test_summary_is_escaped(language: Language) -> None:
    chat = evil_chat(language, "frequency")
    chat.command("summary")
    summary = [reply for reply in chat.last if text(language, "summary-title") in reply.html]
    assert_escaped(summary)
    shown = plain("\n".join(reply.html for reply in summary))
    assert f"{text(language, 'label-topic')}: {EVIL}" in shown
    assert f"{text(language, 'label-goal-statement')}: {EVIL}" in shown
    # "Other" is spelled out with what the person wrote, in its place.
    assert f"{text(language, 'label-channels')}: {EVIL}" in shown
    assert text(language, "label-channels_other") not in shown
    assert f"{text(language, 'summary-persona', number=1)}: {EVIL}" in shown


@pytest.mark.parametrize("language", LANGS)
def test_every_reply_of_an_evil_interview_is_safe(language: Language) -> None:
    chat = evil_chat(language, "review")
    chat.answer_current()
    assert chat.session.finished_at is not None
    assert chat.session.answers["topic"] == EVIL
    assert chat.session.groups["persona"][0]["name"] == EVIL
    assert_escaped(chat.last)
    for reply in chat.history:
        assert "<script>" not in reply.html


@pytest.mark.parametrize("language", LANGS)
def test_edit_buttons_show_the_name_as_typed(language: Language) -> None:
    # Button labels are plain text in Telegram: escaping them would show "&lt;".
    chat = evil_chat(language, "goal_types")
    chat.command("edit")
    chat.press(f"2. {text(language, 'part-reader')}")
    assert f"{EVIL}: {text(language, 'label-persona-age')}" in chat.labels()
    chat.press(f"{EVIL}: {text(language, 'label-persona-age')}")
    assert_escaped(chat.last)


@pytest.mark.parametrize("language", LANGS)
def test_unknown_command_name_is_escaped(language: Language) -> None:
    chat = start(language)
    chat.command("<script>")
    assert "<script>" not in chat.html
    assert "/&lt;script&gt;" in chat.html
