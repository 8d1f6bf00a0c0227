"""Tips for the areas where social media helps (Rainer et al., 2015), fitted to the answers."""

from __future__ import annotations

import itertools

import pytest

from conversations.areas import AREAS, area_tips, render_area_tips, tip_key
from conversations.i18n import has
from conversations.models import Language, Session, Value

from .helpers import LANGS, assert_telegram_html, plain


def session(language: Language = "nb", **answers: Value) -> Session:
    return Session(person_id="7", language=language, answers=dict(answers))


def tip(language: Language, area: str, **answers: Value) -> str:
    tips = dict(area_tips(session(language, areas=[area], **answers)))
    return plain(tips[area])


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize("areas", [None, [], "shopping", ["other"]])
def test_no_areas_picked_gives_no_tips(language: Language, areas: Value | None) -> None:
    s = session(language) if areas is None else session(language, areas=areas)
    assert area_tips(s) == []
    assert render_area_tips(language, area_tips(s)) == ""


@pytest.mark.parametrize("language", LANGS)
def test_one_tip_for_each_picked_area_in_order(language: Language) -> None:
    tips = area_tips(session(language, areas=["hrm", "shopping"]))
    assert [area for area, _ in tips] == ["shopping", "hrm"]
    everything = area_tips(session(language, areas=list(AREAS)))
    assert [area for area, _ in everything] == list(AREAS)
    shown = render_area_tips(language, everything)
    assert_telegram_html(shown)
    assert shown.count("\n• <b>") == len(AREAS)
    assert "<b>CRM</b>" in shown and "<b>HRM</b>" in shown


@pytest.mark.parametrize(
    ("language", "early", "review"),
    [
        ("nb", "jo tidligere du er synlig", "anmeldelse"),
        ("en", "the earlier you're visible", "review"),
    ],
)
def test_selling_shopping_is_about_being_seen_early_and_reviews(
    language: Language, early: str, review: str
) -> None:
    text = tip(language, "shopping", purpose="sell")
    assert early in text and review in text
    assert tip(language, "shopping", purpose="test_products") != text
    assert tip(language, "shopping") != text


@pytest.mark.parametrize(("language", "hour"), [("nb", "innen en time"), ("en", "within the hour")])
@pytest.mark.parametrize("purpose", [None, "sell", "relations", "internal"])
def test_crm_means_answering_within_the_hour(
    language: Language, hour: str, purpose: str | None
) -> None:
    answers: dict[str, Value] = {"purpose": purpose} if purpose else {}
    assert hour in tip(language, "crm", **answers)


@pytest.mark.parametrize("language", LANGS)
def test_hrm_for_recruiting_is_linkedin_and_for_an_internal_page_training(
    language: Language,
) -> None:
    recruit = tip(language, "hrm", purpose="recruit")
    internal = tip(language, "hrm", purpose="internal")
    assert "LinkedIn" in recruit
    assert ("anonyme" if language == "nb" else "anonymous") in internal
    assert ("opplæring" if language == "nb" else "training") in internal
    assert "LinkedIn" in tip(language, "hrm")


@pytest.mark.parametrize("language", LANGS)
def test_marketing_is_ewom_and_follows_purpose_then_goals(language: Language) -> None:
    variants = {
        "sell": tip(language, "marketing", purpose="sell", goal_types=["engagement"]),
        "engagement": tip(language, "marketing", goal_types=["readers", "engagement"]),
        "reach": tip(language, "marketing", goal_types=["readers"]),
        "plain": tip(language, "marketing", goal_types=["other"]),
    }
    assert len(set(variants.values())) == len(variants)
    for text in variants.values():
        assert "eWOM" in text
    assert tip(language, "marketing", goal_types=["interest"]) == variants["reach"]


def test_the_tip_keys_follow_purpose_and_goals() -> None:
    s = session(purpose="sell", goal_types=["engagement"])
    assert [tip_key(s, area) for area in AREAS] == [
        "coach-area-shopping-sell",
        "coach-area-marketing-sell",
        "coach-area-crm-sell",
        "coach-area-hrm",
    ]
    assert tip_key(session(purpose="relations"), "crm") == "coach-area-crm-relations"
    assert tip_key(session(purpose="other"), "shopping") == "coach-area-shopping"


PURPOSES = ("relations", "test_products", "internal", "sell", "recruit", "other", None)
GOAL_SETS = ([], ["interest"], ["engagement"], ["readers"], ["other"])


@pytest.mark.parametrize("language", LANGS)
def test_every_variant_exists_and_renders_in_both_languages(language: Language) -> None:
    seen: set[str] = set()
    for purpose, goal_types in itertools.product(PURPOSES, GOAL_SETS):
        answers: dict[str, Value] = {"areas": list(AREAS), "goal_types": list(goal_types)}
        if purpose:
            answers["purpose"] = purpose
        s = session(language, **answers)
        for area in AREAS:
            key = tip_key(s, area)
            seen.add(key)
            assert has("nb", key) and has("en", key), key
        shown = render_area_tips(language, area_tips(s))
        assert_telegram_html(shown)
        assert "{" not in shown and "}" not in shown
    assert len(seen) == 13
