"""`strategibot chat` driven as a subprocess through its stdin."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

FULL_INTERVIEW_EN = [
    "Gardening on the west coast",
    "Growing my own food",
    "4",  # Sell
    "My customers are there",
    "More customers in spring",
    "Hobby gardeners",
    "Vegetables that survive the rain",
    "Kari",
    "34",
    "Bergen",
    "/skip",  # occupation is optional
    "Hiking & <b>knitting</b>",
    "Slugs eat her lettuce",
    "Quick tips for busy weeks",
    "2",  # tick Instagram, where Kari is online
    "11",  # Done
    "2",  # No more personas
    "2",  # tick "More engagement"
    "5",  # Done
    "Get more comments on my posts",
    "1",  # Comments, the first of the engagement metrics
    "200",
    "1 500",
    "in three months",
    "Comments make writing worth it",
    "3",  # hours a week: a number to type, not option 3 of the metric question
    "2",  # tick Marketing
    "5",  # Done
    "2",  # tick Instagram
    "12",  # Done
    "3",  # Once a week
    "4",  # tick Comments and reviews
    "8",  # Done
    "2",  # Every month
]


def chat(
    tmp_path: Path, lines: list[str], *args: str, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'chat.sqlite3'}",
        "PYTHONIOENCODING": "utf-8",
    }
    env.pop("TELEGRAM_BOT_TOKEN", None)
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "chat", *args],
        input="".join(f"{line}\n" for line in lines),
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=timeout,
        check=False,
    )


def test_full_interview_in_english_ends_with_persona_card_and_summary(tmp_path: Path) -> None:
    done = chat(tmp_path, FULL_INTERVIEW_EN, "--lang", "en", "--user", "kari")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Part 1 of 5: You and your purpose" in out
    assert "Part 5 of 5: Listen and look at the results" in out
    assert "  4) Sell" in out.split("What is the purpose")[1]
    assert "  10) Newsletters\n  11) Done ✔" in out.split("Where is Kari online?")[1]
    # A tick is one line, not the question with all its options again.
    assert "Ticked so far: More engagement. Pick more, or type 5 when you're done." in out
    assert out.count("Where is Kari online?") == 1
    metric = out.split("Which number will you follow")[1]
    assert "  1) Comments\n  2) Shares\n  3) Reviews\n  4) Engagement rate\n\n" in metric
    assert "That button belongs to an earlier question." not in out
    assert 'How "More engagement" measures up to SMART' in out
    assert "🤔 Going from 200 to 1,500 by" in out
    assert "We're done!" in out
    assert "👤 Kari, 34" in out
    # Plain text in the terminal: the user's own markup shows as typed.
    assert "Hiking & <b>knitting</b>" in out
    assert "Your social media strategy" in out
    assert "📱 Online on: Instagram" in out
    assert "• Measured in: Comments" in out
    assert "• Today: 200" in out
    assert "• Target: 1,500" in out
    assert "• Hours a week: 3" in out
    assert "Bye! Everything is saved." in out
    row = sqlite3.connect(tmp_path / "chat.sqlite3").execute(
        "SELECT data FROM sessions WHERE person_id = 'local:kari'"
    )
    data = row.fetchone()[0]
    assert '"finished_at":"20' in data
    assert '"metric":"comments"' in data and '"hours":3' in data


def test_resumes_at_the_same_question_in_a_new_process(tmp_path: Path) -> None:
    first = chat(tmp_path, ["Baking", "Sourdough"], "--lang", "nb", "--user", "ola")
    assert first.returncode == 0, first.stderr
    assert "Hva er hensikten med siden eller kontoen din?" in first.stdout

    second = chat(tmp_path, ["/summary"], "--user", "ola")
    assert second.returncode == 0, second.stderr
    out = second.stdout
    assert "Velkommen tilbake!" in out
    welcome = out.index("Velkommen tilbake!")
    assert "Hva er hensikten med siden eller kontoen din?" in out[welcome:]
    assert "• Tema: Baking" in out
    assert "• Brenner for: Sourdough" in out
    assert "Dette mangler fortsatt" in out


def test_people_are_kept_apart_by_user_name(tmp_path: Path) -> None:
    chat(tmp_path, ["Baking"], "--lang", "nb", "--user", "ola")
    other = chat(tmp_path, ["/summary"], "--lang", "en", "--user", "kari")
    assert "Baking" not in other.stdout
    assert "Hi! I'm Strategibot" in other.stdout


@pytest.mark.parametrize("line", ["", "   ", "/nonsense"])
def test_bad_input_is_answered_and_the_question_shown_again(tmp_path: Path, line: str) -> None:
    done = chat(tmp_path, [line], "--lang", "en", "--user", "x")
    assert done.returncode == 0
    question = "What do you blog or post about?"
    assert done.stdout.count(question) == 2
    assert "Bye!" in done.stdout


def test_switching_language_on_an_existing_interview(tmp_path: Path) -> None:
    chat(tmp_path, ["Baking"], "--lang", "nb", "--user", "ola")
    done = chat(tmp_path, [], "--lang", "en", "--user", "ola")
    assert "OK, we'll speak English from now on." in done.stdout
    assert "What are you passionate about?" in done.stdout


def test_help_for_every_command() -> None:
    for args in ([], ["run"], ["chat"]):
        done = subprocess.run(
            [sys.executable, "-m", "bot.cli", *args, "--help"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0
        assert "usage: strategibot" in done.stdout
    top = subprocess.run(
        [sys.executable, "-m", "bot.cli", "--help"], capture_output=True, text=True, check=False
    ).stdout
    assert "TELEGRAM_BOT_TOKEN" in top and "DATABASE_URL" in top


def test_run_without_a_token_says_how_to_get_one(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 2
    assert "TELEGRAM_BOT_TOKEN is not set" in done.stderr
    assert "strategibot chat" in done.stderr
