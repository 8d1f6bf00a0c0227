"""The whole interview, /start to the end, typed and with buttons, in both languages."""

from __future__ import annotations

from datetime import date

import pytest

from conversations import flow
from conversations.events import Attachment, Document
from conversations.models import ExportMenu, Language

from .helpers import LANGS, NOW, TICK, Chat, assert_asks, other, plain, progress, text

# (question, how it is answered, what): "type" a text, "press" a button by its
# label, "tick" several labels of a multiple choice then Done, or a "command".
Step = tuple[str, str, str | tuple[str, ...]]

STEPS: dict[Language, list[Step]] = {
    "nb": [
        ("topic", "type", "Hagestell på Vestlandet"),
        ("passion", "type", "Grønnsaker som tåler regn"),
        ("purpose", "press", "Noe annet"),
        ("purpose_other", "type", "Dele kunnskap med naboene"),
        ("why", "type", "For å nå folk som ikke leser bloggen"),
        ("achieve", "type", "Flere faste lesere"),
        ("reader", "type", "Hobbygartnere i trettiårene"),
        ("reader_wants", "type", "Enkle tips som virker"),
        ("persona.0.name", "type", "Kari"),
        ("persona.0.age", "type", "35"),
        ("persona.0.place", "type", "Bergen"),
        ("persona.0.occupation", "type", "Sykepleier"),
        ("persona.0.hobbies", "type", "Strikking og fjellturer"),
        ("persona.0.problems", "type", "Lite tid i hagen"),
        ("persona.0.wants", "type", "Raske tips for travle uker"),
        ("persona.0.channels", "tick", ("Facebook", "Instagram")),
        ("persona.0.more", "press", "Ja"),
        ("persona.1.name", "type", "Ahmed"),
        ("persona.1.age", "type", "42"),
        ("persona.1.place", "type", "Stavanger"),
        ("persona.1.occupation", "command", "skip"),
        ("persona.1.hobbies", "type", "Fotball"),
        ("persona.1.problems", "type", "Sneglene spiser salaten"),
        ("persona.1.wants", "type", "Hvordan bli kvitt snegler"),
        ("persona.1.channels", "tick", ("YouTube",)),
        ("persona.1.more", "press", "Nei"),
        ("goal_types", "tick", ("Flere lesere", "Noe annet")),
        ("goal_other", "type", "Selge frø"),
        ("goal.0.statement", "type", "Få flere faste lesere på bloggen"),
        ("goal.0.metric", "press", "Følgere"),
        ("goal.0.baseline", "type", "200"),
        ("goal.0.target", "type", "1 500"),
        ("goal.0.deadline", "type", "1. mars 2027"),
        ("goal.0.why", "type", "Faste lesere er de som kjøper frø"),
        ("goal.0.hours", "type", "3"),
        ("goal.1.statement", "type", "Selge flere frøposer i nettbutikken"),
        ("goal.1.metric", "type", "Solgte frøposer"),
        ("goal.1.baseline", "type", "20"),
        ("goal.1.target", "type", "50"),
        ("goal.1.deadline", "type", "1. juni 2027"),
        ("goal.1.why", "type", "Salget betaler for bloggen"),
        ("goal.1.hours", "command", "skip"),
        ("areas", "tick", ("Markedsføring", "CRM")),
        ("channels", "tick", ("Instagram", "Noe annet")),
        ("channels_other", "type", "Mastodon"),
        ("frequency", "press", "Noen ganger i uka"),
        ("measures", "tick", ("Engasjement", "Følgere")),
        ("review", "press", "Hver måned"),
    ],
    "en": [
        ("topic", "type", "Gardening on the west coast"),
        ("passion", "type", "Vegetables that survive the rain"),
        ("purpose", "press", "Something else"),
        ("purpose_other", "type", "Share what I know with the neighbours"),
        ("why", "type", "To reach people who never read the blog"),
        ("achieve", "type", "More regular readers"),
        ("reader", "type", "Hobby gardeners in their thirties"),
        ("reader_wants", "type", "Simple tips that work"),
        ("persona.0.name", "type", "Kari"),
        ("persona.0.age", "type", "35"),
        ("persona.0.place", "type", "Leeds"),
        ("persona.0.occupation", "type", "Nurse"),
        ("persona.0.hobbies", "type", "Knitting and hill walking"),
        ("persona.0.problems", "type", "Little time for the garden"),
        ("persona.0.wants", "type", "Quick tips for busy weeks"),
        ("persona.0.channels", "tick", ("Facebook", "Instagram")),
        ("persona.0.more", "press", "Yes"),
        ("persona.1.name", "type", "Ahmed"),
        ("persona.1.age", "type", "42"),
        ("persona.1.place", "type", "York"),
        ("persona.1.occupation", "command", "skip"),
        ("persona.1.hobbies", "type", "Football"),
        ("persona.1.problems", "type", "Slugs eat the lettuce"),
        ("persona.1.wants", "type", "How to get rid of slugs"),
        ("persona.1.channels", "tick", ("YouTube",)),
        ("persona.1.more", "press", "No"),
        ("goal_types", "tick", ("More readers", "Something else")),
        ("goal_other", "type", "Sell seeds"),
        ("goal.0.statement", "type", "Get more regular readers for the blog"),
        ("goal.0.metric", "press", "Followers"),
        ("goal.0.baseline", "type", "200"),
        ("goal.0.target", "type", "1 500"),
        ("goal.0.deadline", "type", "1 March 2027"),
        ("goal.0.why", "type", "Regular readers are the ones who buy seeds"),
        ("goal.0.hours", "type", "3"),
        ("goal.1.statement", "type", "Sell more seed packets in the web shop"),
        ("goal.1.metric", "type", "Seed packets sold"),
        ("goal.1.baseline", "type", "20"),
        ("goal.1.target", "type", "50"),
        ("goal.1.deadline", "type", "1 June 2027"),
        ("goal.1.why", "type", "Sales pay for the blog"),
        ("goal.1.hours", "command", "skip"),
        ("areas", "tick", ("Marketing", "CRM")),
        ("channels", "tick", ("Instagram", "Something else")),
        ("channels_other", "type", "Mastodon"),
        ("frequency", "press", "A few times a week"),
        ("measures", "tick", ("Engagement", "Followers")),
        ("review", "press", "Every month"),
    ],
}


def expected_answers(language: Language) -> dict[str, object]:
    typed = {ref: what for ref, how, what in STEPS[language] if how == "type"}
    return {
        "topic": typed["topic"],
        "passion": typed["passion"],
        "purpose": "other",
        "purpose_other": typed["purpose_other"],
        "why": typed["why"],
        "achieve": typed["achieve"],
        "reader": typed["reader"],
        "reader_wants": typed["reader_wants"],
        "goal_types": ["readers", "other"],
        "goal_other": typed["goal_other"],
        "areas": ["marketing", "crm"],
        "channels": ["instagram", "other"],
        "channels_other": "Mastodon",
        "frequency": "few_weekly",
        "measures": ["engagement", "followers"],
        "review": "monthly",
    }


def expected_groups(language: Language) -> dict[str, object]:
    typed = {ref: what for ref, how, what in STEPS[language] if how == "type"}
    return {
        "persona": [
            {
                "name": "Kari",
                "age": 35,
                "place": typed["persona.0.place"],
                "occupation": typed["persona.0.occupation"],
                "hobbies": typed["persona.0.hobbies"],
                "problems": typed["persona.0.problems"],
                "wants": typed["persona.0.wants"],
                "channels": ["facebook", "instagram"],
                "more": "yes",
            },
            {
                "name": "Ahmed",
                "age": 42,
                "place": typed["persona.1.place"],
                "hobbies": typed["persona.1.hobbies"],
                "problems": typed["persona.1.problems"],
                "wants": typed["persona.1.wants"],
                "channels": ["youtube"],
                "more": "no",
            },
        ],
        # One goal per goal type, in the order picked, each knowing its type.
        "goal": [
            {
                "type": "readers",
                "statement": typed["goal.0.statement"],
                "metric": "followers",
                "baseline": 200,
                "target": 1500,
                "deadline": "2027-03-01",
                "why": typed["goal.0.why"],
                "hours": 3,
            },
            {
                "type": "other",
                "statement": typed["goal.1.statement"],
                "metric": typed["goal.1.metric"],
                "baseline": 20,
                "target": 50,
                "deadline": "2027-06-01",
                "why": typed["goal.1.why"],
            },
        ],
    }


def take(chat: Chat, how: str, what: str | tuple[str, ...]) -> None:
    if how == "type":
        assert isinstance(what, str)
        chat.text(what)
    elif how == "press":
        assert isinstance(what, str)
        chat.press(what)
    elif how == "command":
        assert isinstance(what, str)
        chat.command(what)
    else:
        assert isinstance(what, tuple)
        for label in what:
            chat.press(label)
            # A tick edits the question in place and marks the option.
            assert chat.last[-1].edit
            assert f"{TICK} {label}" in chat.labels()
        chat.press(text(chat.lang, "button-done"))


def run_interview(language: Language) -> Chat:
    chat = Chat(language)
    chat.command("start")
    assert text(language, "welcome") in chat.plain
    for ref, how, what in STEPS[language]:
        assert_asks(chat, ref)
        assert not chat.session.finished_at
        take(chat, how, what)
    return chat


@pytest.mark.parametrize("language", LANGS)
def test_whole_interview_stores_exactly_what_was_given(language: Language) -> None:
    chat = run_interview(language)

    s = chat.session
    assert chat.ref is None
    assert s.finished_at == NOW
    assert s.answers == expected_answers(language)
    assert s.groups == expected_groups(language)
    assert s.skipped == ["persona.1.occupation", "goal.1.hours"]
    assert s.language == language
    assert (s.focus, s.draft, s.paused) == (None, {}, False)
    assert s.menu == ExportMenu()


@pytest.mark.parametrize("language", LANGS)
def test_whole_interview_ends_with_cards_summary_and_done(language: Language) -> None:
    chat = run_interview(language)

    replies = [plain(reply.html) for reply in chat.last]
    everything = "\n\n".join(replies)
    assert text(language, "done-intro") in replies[0]
    assert replies[-1] == text(language, "done-outro")
    # The summary as text first (it fits one message), then the files, then the outro.
    assert text(language, "summary-title") in replies[0]
    assert [reply.attachment for reply in chat.last] == [
        None,
        Attachment(Document.PERSONA_CARD, 0),
        Attachment(Document.PERSONA_CARD, 1),
        Attachment(Document.PDF),
        None,
    ]
    # Both persona cards, with what was typed for each.
    assert text(language, "card-heading-age", name="Kari", age=35) in everything
    assert text(language, "card-heading-age", name="Ahmed", age=42) in everything
    given = {ref: what for ref, _, what in STEPS[language]}
    for index, name in enumerate(["Kari", "Ahmed"]):
        wants, problems = given[f"persona.{index}.wants"], given[f"persona.{index}.problems"]
        assert isinstance(wants, str) and isinstance(problems, str)
        assert f"{text(language, 'card-wants')}: {wants}" in everything
        write_to = text(
            language,
            "card-write-to-both",
            name=name,
            wants=wants[0].lower() + wants[1:],
            problems=problems[0].lower() + problems[1:],
        )
        assert write_to in everything
    assert f"{text(language, 'card-place')}: {given['persona.1.place']}" in everything
    assert f"{text(language, 'card-channels')}: Facebook, Instagram" in everything
    assert f"{text(language, 'card-channels')}: YouTube" in everything
    # The summary: its title, every section, each goal, the answers and the advice.
    assert text(language, "summary-title") in everything
    for section in ("purpose", "readers", "goals", "channels", "results"):
        assert text(language, f"summary-section-{section}") in everything
    goal_names = [text(language, "opt-goal_types-readers"), str(given["goal_other"])]
    for number, name in enumerate(goal_names, start=1):
        assert text(language, "summary-goal-heading", number=number, name=name) in everything
    assert text(language, "advice-title") in everything
    assert text(language, "advice-write-to", names=f"Kari {text(language, 'and')} Ahmed") in (
        everything
    )
    assert "Mastodon" in everything
    assert text(language, "summary-missing-title") not in everything
    # Nothing in the other language.
    assert text(other(language), "summary-title") not in everything


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        (
            "nb",
            [
                "Del 1 av 5: Deg og formålet ditt",
                "Del 2 av 5: Leseren din",
                "Del 3 av 5: Målene dine",
                "Nå lager vi persona nummer 2",
                "Hvor gammel er Ahmed?",
                "Hva vil Ahmed lese om?",
                "Hvor er Ahmed på nett? Velg kanalene Ahmed bruker.",
                "Mål 1: Flere lesere. Nå gjør vi det SMART",
                "Mål 2: Selge frø. Nå gjør vi det SMART",
                "📅 Notert: mandag 1. mars 2027. "
                "Stemmer ikke det? Skriv /back, så kan du rette det.",
                "📅 Notert: tirsdag 1. juni 2027.",
                "🎯 Slik står målet «Flere lesere» seg mot SMART",
                "👏 Alle fem er på plass. Det er et mål du kan jobbe mot.",
                "🎯 Slik står målet «Selge frø» seg mot SMART",
                "❌ Realistisk: Hvor mange timer i uka har du til dette, og rekker du det på den "
                "tiden?",
                "• Frist: 1. mars 2027",
                "• Måles i: Følgere",
                "• Måles i: Solgte frøposer",
                "• Måltall: 1\u00a0500",
                "• SMART: S ✅ M ✅ A ✅ R ❌ T ✅",
                "📱 Er på: Facebook, Instagram",
                "• Formål: Dele kunnskap med naboene",
                "• Kanaler: Instagram, Mastodon",
                "👤 Kari, 35 år",
                "Skriv til Kari og Ahmed, ikke til «alle».",
                "Se på tallene hver måned.",
                "Lag en plan: du vil poste noen ganger i uka.",
            ],
        ),
        (
            "en",
            [
                "Part 1 of 5: You and your purpose",
                "Part 2 of 5: Your reader",
                "Part 3 of 5: Your goals",
                "Now let's create persona number 2",
                "How old is Ahmed?",
                "What does Ahmed want to read about?",
                "Where is Ahmed online? Pick the channels Ahmed uses.",
                "Goal 1: More readers. Let's make it SMART",
                "Goal 2: Sell seeds. Let's make it SMART",
                "📅 Got it: Monday 1 March 2027. Not right? Type /back to correct it.",
                "📅 Got it: Tuesday 1 June 2027.",
                '🎯 How "More readers" measures up to SMART',
                "👏 All five are in place. That's a goal you can work towards.",
                '🎯 How "Sell seeds" measures up to SMART',
                "❌ Realistic: How many hours a week do you have for this, and is that enough?",
                "• Deadline: 1 March 2027",
                "• Measured in: Followers",
                "• Measured in: Seed packets sold",
                "• Target: 1,500",
                "• SMART: S ✅ M ✅ A ✅ R ❌ T ✅",
                "📱 Online on: Facebook, Instagram",
                "• Purpose: Share what I know with the neighbours",
                "• Channels: Instagram, Mastodon",
                "👤 Kari, 35",
                'Write to Kari and Ahmed, not to "everyone".',
                "Look at the numbers every month.",
                "Make a plan: you want to post a few times a week.",
            ],
        ),
    ],
)
def test_whole_interview_reads_right(language: Language, lines: list[str]) -> None:
    chat = run_interview(language)

    everything = "\n\n".join(plain(reply.html) for reply in chat.history)
    for line in lines:
        assert line in everything


@pytest.mark.parametrize("language", LANGS)
def test_every_question_has_its_part_header(language: Language) -> None:
    chat = Chat(language)
    chat.command("start")
    seen: set[int] = set()
    while chat.ref is not None:
        slot = flow.find_slot(chat.session, chat.ref)
        assert slot is not None
        assert plain(chat.last[-1].html).count(progress(language, slot.part.number)) == 1
        seen.add(slot.part.number)
        chat.answer_current()
    assert seen == {1, 2, 3, 4, 5}


@pytest.mark.parametrize("language", LANGS)
def test_deadline_typed_in_words_is_stored_as_a_day(language: Language) -> None:
    chat = Chat(language)
    chat.command("start")
    chat.advance_to("goal.0.deadline")
    chat.text({"nb": "1. mars 2027", "en": "1 March 2027"}[language])
    assert chat.session.groups["goal"][0]["deadline"] == date(2027, 3, 1).isoformat()
    assert chat.ref == "goal.0.why"
