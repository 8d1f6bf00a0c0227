"""Typed text against the buttons on offer: numbers, labels, words, synonyms,
slips, lists and "all", and never a guess between two."""

from __future__ import annotations

import pytest

from conversations.matching import (
    Ambiguous,
    Candidate,
    One,
    Several,
    Unknown,
    match,
    normalize,
)
from conversations.models import Language

from .helpers import start, text

CHANNELS = [
    Candidate("facebook", ("Facebook", "fb")),
    Candidate("instagram", ("Instagram", "insta", "ig")),
    Candidate("snapchat", ("Snapchat", "snap")),
    Candidate("x", ("X (Twitter)", "twitter", "x")),
    Candidate("blog", ("Blogg", "blogging")),
    Candidate("comments", ("Kommentarer og anmeldelser",)),
]
FREQUENCY = [
    Candidate("few_weekly", ("Noen ganger i uka",)),
    Candidate("weekly", ("Én gang i uka", "ukentlig")),
    Candidate("few_monthly", ("Et par ganger i måneden",)),
]
ENGLISH = [Candidate("facebook", ("Facebook",)), Candidate("blog", ("Blog", "blogs"))]


def test_normalize_sets_case_punctuation_and_emoji_aside_but_keeps_letters() -> None:
    assert normalize("⬅️ Tilbake!") == "tilbake"
    assert normalize("  Norsk (bokmål) ") == "norsk bokmal"
    assert normalize("Én gang i UKA") == "en gang i uka"
    assert normalize("Følgere, Æ") == "følgere æ"


@pytest.mark.parametrize("typed", ["2", " 2 ", "2.", "nr. 2", "Nr 2", "#2", "2)"])
def test_a_number_names_the_button_with_that_number(typed: str) -> None:
    assert match(typed, CHANNELS) == One("instagram")


@pytest.mark.parametrize("typed", ["0", "7", "99"])
def test_a_number_without_a_button_is_unknown(typed: str) -> None:
    assert match(typed, CHANNELS) == Unknown((typed,))


def test_fallback_candidates_carry_no_numbers() -> None:
    assert match("1", [], fallback=ENGLISH) == Unknown(("1",))


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("instagram", "instagram"),
        ("INSTAGRAM!", "instagram"),
        ("insta", "instagram"),
        ("Twitter", "x"),
        ("x", "x"),
        ("kommentarer og anmeldelser", "comments"),
    ],
)
def test_a_label_or_a_synonym_in_any_case(typed: str, key: str) -> None:
    assert match(typed, CHANNELS) == One(key)


def test_a_word_of_a_label_names_it() -> None:
    assert match("kommentarer", CHANNELS) == One("comments")
    assert match(
        "norsk", [Candidate("nb", ("Norsk (bokmål)",)), Candidate("en", ("English",))]
    ) == (One("nb"))
    # The start of a word is enough from three letters on: "blog" for "Blogg".
    assert match("blog", CHANNELS) == One("blog")


def test_a_word_two_labels_hold_asks_which() -> None:
    found = match("ganger", FREQUENCY)
    assert found == Ambiguous("ganger", ("few_weekly", "few_monthly"))


@pytest.mark.parametrize(
    ("typed", "key"),
    [("Instagarm", "instagram"), ("facebok", "facebook"), ("snpa", "snapchat"), ("Blgog", "blog")],
)
def test_a_slip_of_the_keyboard_is_forgiven(typed: str, key: str) -> None:
    assert match(typed, CHANNELS) == One(key)


def test_no_slips_when_a_text_of_ones_own_is_welcome() -> None:
    assert match("Instagarm", CHANNELS, fuzzy=False) == Unknown(("Instagarm",))
    # Words and synonyms still count.
    assert match("insta", CHANNELS, fuzzy=False) == One("instagram")


@pytest.mark.parametrize("typed", ["ne", "fa", "hmm not sure", "Snapfish", "Jeg tror Instagram"])
def test_short_or_different_text_is_not_guessed(typed: str) -> None:
    assert isinstance(match(typed, CHANNELS), Unknown)


def test_two_equally_close_slips_ask_which() -> None:
    close = [Candidate("a", ("Reklame",)), Candidate("b", ("Reklama",))]
    assert match("Reklam", close) == Ambiguous("Reklam", ("a", "b"))


@pytest.mark.parametrize(
    "typed",
    ["1, 2 og 5", "1 2 5", "Facebook, insta and blogg", "fb/ig/blogging", "1 + insta & 5"],
)
def test_a_list_on_a_multiple_choice(typed: str) -> None:
    assert match(typed, CHANNELS, many=True) == Several(("facebook", "instagram", "blog"))


def test_a_label_that_holds_og_is_tried_whole_before_the_list() -> None:
    assert match("Kommentarer og anmeldelser", CHANNELS, many=True) == One("comments")


def test_repeats_in_a_list_count_once() -> None:
    assert match("fb, facebook, 1", CHANNELS, many=True) == One("facebook")


def test_a_list_with_an_unknown_part_names_the_part() -> None:
    assert match("Facebook, Myspace og insta, Bebo", CHANNELS, many=True) == Unknown(
        ("Myspace", "Bebo")
    )


def test_a_list_where_one_answer_is_wanted_asks_which() -> None:
    assert match("1, 2", CHANNELS) == Ambiguous("1, 2", ("facebook", "instagram"))


@pytest.mark.parametrize("typed", ["alle", "Alle sammen!", "everything"])
def test_all_of_them(typed: str) -> None:
    found = match(
        typed,
        CHANNELS,
        many=True,
        everything=("facebook", "instagram"),
        everything_words=("alle", "alle sammen", "everything"),
    )
    assert found == Several(("facebook", "instagram"))


def test_all_means_nothing_on_a_single_choice() -> None:
    assert isinstance(match("alle", CHANNELS, everything_words=("alle",)), Unknown)


def test_the_other_language_names_the_same_buttons() -> None:
    assert match("blogs", CHANNELS, fallback=ENGLISH) == One("blog")


def test_this_languages_own_words_come_before_the_other_languages() -> None:
    mine = [Candidate("no", ("Nei",)), Candidate("yes", ("Ja",))]
    theirs = [Candidate("yes", ("nei",))]  # made up: would contradict
    assert match("nei", mine, fallback=theirs) == One("no")


# -- through the engine ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "typed"),
    [("nb", "insta, fb og blogg"), ("en", "insta, fb and blog"), ("nb", "Instagarm, Facebok, 9")],
)
def test_a_typed_list_answers_the_channels(language: Language, typed: str) -> None:
    chat = start(language, at="channels")
    chat.text(typed)
    assert chat.session.answers["channels"] == ["facebook", "instagram", "blog"]
    assert chat.ref != "channels"


@pytest.mark.parametrize(("language", "word"), [("nb", "alle"), ("en", "all of them")])
def test_all_ticks_every_channel_but_other(language: Language, word: str) -> None:
    chat = start(language, at="channels")
    chat.text(word)
    picked = chat.session.answers["channels"]
    assert isinstance(picked, list)
    assert "other" not in picked and len(picked) == 10


@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_typed_word_of_two_frequencies_asks_which_and_stores_nothing(language: Language) -> None:
    chat = start(language, at="frequency")
    before = chat.state()
    word = "ganger" if language == "nb" else "times"
    chat.text(word)
    assert chat.state() == before
    assert chat.ref == "frequency"
    assert text(language, "opt-frequency-few_weekly") in chat.plain


@pytest.mark.parametrize(("language", "word"), [("nb", "ukentlig"), ("en", "once a week")])
def test_a_synonym_answers_a_single_choice(language: Language, word: str) -> None:
    chat = start(language, at="frequency")
    chat.text(word)
    assert chat.session.answers["frequency"] == "weekly"


@pytest.mark.parametrize(
    ("language", "ref", "typed", "value"),
    [
        ("nb", "review", "hver mnd", "monthly"),
        ("en", "review", "once a month", "monthly"),
        ("en", "frequency", "weekly", "weekly"),
        ("nb", "frequency", "weekly", "weekly"),  # the other language's word
    ],
)
def test_short_synonyms_answer(language: Language, ref: str, typed: str, value: str) -> None:
    chat = start(language, at=ref)
    chat.text(typed)
    assert chat.session.answers[ref] == value


@pytest.mark.parametrize(
    ("language", "typed"), [("en", "clicks to the website, sales"), ("nb", "salg og klikk")]
)
def test_synonyms_in_a_list(language: Language, typed: str) -> None:
    chat = start(language, at="measures")
    chat.text(typed)
    assert sorted(chat.session.answers["measures"]) == ["clicks", "sales"]  # type: ignore[arg-type]
