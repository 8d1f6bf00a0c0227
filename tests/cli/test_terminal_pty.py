"""`strategibot chat` on a pseudo-terminal, typed into as a person would (pexpect)."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pexpect
import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")

# The line editor draws its prompt with escape codes around the ">" (the space
# after it is a cursor move); the prompt starts a line once the reply is shown.
PROMPT = r"\n(?:\x1b\[[0-9;?]*[A-Za-z])*>"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
BACKSPACE = "\x7f"
LEFT, UP = "\x1b[D", "\x1b[A"
CTRL_C, CTRL_D = "\x03", "\x04"
ENTER = "\r"
LOCALE = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


def spawn(tmp_path: Path, *args: str, lang: str | None = None) -> pexpect.spawn:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN" and k not in LOCALE}
    env.update(
        DATABASE_URL=f"sqlite:///{tmp_path / 'chat.sqlite3'}",
        TERM="xterm-256color",
        # A pseudo-terminal with nobody behind it doesn't answer the editor's cursor
        # position request; without this it would wait for the answer and warn.
        PROMPT_TOOLKIT_NO_CPR="1",
        LC_CTYPE="C.UTF-8",
    )
    if lang is not None:
        env["LANG"] = lang
    return pexpect.spawn(
        sys.executable,
        ["-m", "bot.cli", "chat", *args],
        cwd=str(tmp_path),
        env=env,
        encoding="utf-8",
        timeout=20,
        dimensions=(40, 200),
    )


def answer(child: pexpect.spawn, keys: str, next_question: str) -> None:
    """Type `keys` at the prompt and wait until the next question's prompt is up."""
    child.expect(PROMPT)
    child.send(keys)
    child.expect_exact(next_question)


def ended(child: pexpect.spawn) -> tuple[int | None, str]:
    """The exit status, and what was shown until the end, without escape codes."""
    child.expect(pexpect.EOF)
    shown = ANSI.sub("", child.before)
    child.close()
    return child.exitstatus, shown


def stored(tmp_path: Path, user: str) -> dict[str, Any]:
    with sqlite3.connect(tmp_path / "chat.sqlite3") as db:
        row = db.execute(
            "SELECT data FROM sessions WHERE person_id = ?", (f"local:{user}",)
        ).fetchone()
    data: dict[str, Any] = json.loads(row[0])
    return data


def test_editing_keys_and_history_leave_exactly_the_meant_answers(tmp_path: Path) -> None:
    child = spawn(tmp_path, "--user", "x", "--lang", "en")
    child.expect_exact("What do you blog or post about?")
    # A typo fixed with backspace, another by going back with left-arrow and inserting.
    answer(child, f"Gardenx{BACKSPACE}ing on the west cost{LEFT}{LEFT}a{ENTER}", "passionate")
    # Up-arrow brings the earlier line back; Enter sends it as it is.
    answer(child, f"{UP}{ENTER}", "What is the purpose")
    child.expect(PROMPT)
    child.send(CTRL_D)
    status, shown = ended(child)
    assert status == 0
    assert "Bye! Everything is saved. Run strategibot chat --user x again" in shown
    answers = stored(tmp_path, "x")["answers"]
    assert answers == {
        "topic": "Gardening on the west coast",
        "passion": "Gardening on the west coast",
    }


def test_bokmal_from_the_locale_tells_where_the_answers_are(tmp_path: Path) -> None:
    child = spawn(tmp_path, "--user", "kari", lang="nb_NO.UTF-8")
    child.expect_exact("Du snakker med Strategibot i terminalen.")
    child.expect(r"Svarene dine lagres i (.+), filen DATABASE_URL peker på\.")
    assert ANSI.sub("", child.match.group(1)) == str(tmp_path / "chat.sqlite3")
    child.expect_exact("Vil du fortsette senere, kjører du ")
    child.expect_exact("strategibot chat --user kari")
    child.expect_exact("Hva blogger eller poster du om?")
    # Non-ASCII typed and corrected: the edits work on characters, not bytes.
    answer(child, f"Bakeri i Tromsøø{BACKSPACE} 🍞, blåbær{ENTER}", "Hva brenner du for?")
    child.expect(PROMPT)
    child.send(CTRL_D)
    status, shown = ended(child)
    assert status == 0
    assert "Ha det! Alt er lagret." in shown
    data = stored(tmp_path, "kari")
    assert data["language"] == "nb"
    assert data["answers"] == {"topic": "Bakeri i Tromsø 🍞, blåbær"}


def test_ctrl_c_ends_at_once_keeps_the_answers_and_the_next_run_carries_on(
    tmp_path: Path,
) -> None:
    child = spawn(tmp_path, "--user", "x", "--lang", "en")
    answer(child, f"Baking{ENTER}", "What are you passionate about?")
    child.expect(PROMPT)
    child.send("half a thought" + CTRL_C)
    status, shown = ended(child)
    assert status == 130
    assert "Bye! Everything is saved." in shown
    assert "Traceback" not in shown
    # The line being typed was no answer yet.
    assert stored(tmp_path, "x")["answers"] == {"topic": "Baking"}

    # A returning person keeps the language chosen before, whatever the locale says.
    again = spawn(tmp_path, "--user", "x", lang="nb_NO.UTF-8")
    again.expect_exact("You're talking to Strategibot in the terminal.")
    again.expect_exact("Welcome back!")
    again.expect_exact("What are you passionate about?")
    answer(again, f"Sourdough{ENTER}", "What is the purpose")
    again.expect(PROMPT)
    again.send(CTRL_D)
    status, _ = ended(again)
    assert status == 0
    assert stored(tmp_path, "x")["answers"] == {"topic": "Baking", "passion": "Sourdough"}


def test_sigint_from_outside_while_waiting_for_a_line_ends_cleanly(tmp_path: Path) -> None:
    # Not the Ctrl-C key (which the line editor reads) but the signal, as `kill -INT`
    # or a terminal sending it to the whole process group would.
    child = spawn(tmp_path, "--user", "x", "--lang", "en")
    child.expect_exact("What do you blog or post about?")
    child.expect(PROMPT)
    child.kill(signal.SIGINT)
    status, shown = ended(child)
    assert status == 130
    assert "Bye!" in shown and "Traceback" not in shown
