"""`strategibot chat` driven through its stdin: as a subprocess, and in this process."""

from __future__ import annotations

import asyncio
import io
import os
import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pexpect
import pytest
from pexpect.popen_spawn import PopenSpawn

from bot.cli import chat_place, locale_language
from bot.coach import Coach
from bot.terminal import TerminalChat, save_new_file
from conversations.models import Session
from storage.sqlite import SQLiteStore

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


# -- the intro, the language, the goodbye ----------------------------------------

LOCALE = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


def bare(
    tmp_path: Path, lines: list[str], *args: str, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    """`python -m bot.cli ARGS` without a token, a locale or a DATABASE_URL but `env`'s."""
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in (*LOCALE, "TELEGRAM_BOT_TOKEN", "DATABASE_URL")
    }
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input="".join(f"{line}\n" for line in lines),
        capture_output=True,
        text=True,
        env={**base, "PYTHONIOENCODING": "utf-8", **env},
        cwd=tmp_path,
        timeout=60,
        check=False,
    )


def test_bare_strategibot_without_a_token_chats_in_the_locales_language(tmp_path: Path) -> None:
    done = bare(tmp_path, ["Baking"], env={"LANG": "nb_NO.UTF-8"})
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("Du snakker med Strategibot i terminalen.")
    database = tmp_path / "strategibot.sqlite3"
    assert (
        f"💾 Svarene dine lagres i {database}. Vil du fortsette senere, kjører du "
        "strategibot chat fra denne mappen." in out
    )
    assert "Hva blogger eller poster du om?" in out
    assert out.endswith(
        "Ha det! Alt er lagret. Kjør strategibot chat igjen når du vil fortsette.\n\n"
    )
    assert database.exists()


def test_intro_names_the_file_database_url_chose_and_the_user_to_carry_on_with(
    tmp_path: Path,
) -> None:
    database = tmp_path / "elsewhere" / "kari.sqlite3"
    done = bare(
        tmp_path,
        [],
        "chat",
        "--user",
        "kari nordmann",
        env={"LANG": "en_GB.UTF-8", "DATABASE_URL": f"sqlite:///{database}"},
    )
    assert done.returncode == 0, done.stderr
    assert (
        f"💾 Your answers are saved in {database}, the file DATABASE_URL names. "
        "To carry on later, run strategibot chat --user 'kari nordmann' with the same "
        "DATABASE_URL." in done.stdout
    )
    assert "Run strategibot chat --user 'kari nordmann' again" in done.stdout


def test_an_in_memory_database_is_said_to_keep_nothing(tmp_path: Path) -> None:
    done = bare(tmp_path, ["Baking"], "chat", env={"DATABASE_URL": "sqlite://:memory:"})
    assert done.returncode == 0, done.stderr
    assert "only kept in memory, and they're gone when you quit" in done.stdout
    assert "To carry on later" not in done.stdout
    assert done.stdout.endswith(
        "Bye! Your answers were only kept in memory, so nothing is saved.\n\n"
    )


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({}, "en"),
        ({"LANG": "nb_NO.UTF-8"}, "nb"),
        ({"LANG": "nn_NO.UTF-8"}, "nb"),
        ({"LANG": "no_NO"}, "nb"),
        ({"LANG": "nb"}, "nb"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "sv_SE.UTF-8"}, "en"),
        ({"LANG": "C"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "norwegian"}, "nb"),
        ({"LC_ALL": "en_GB.UTF-8", "LC_MESSAGES": "nb_NO", "LANG": "nb_NO"}, "en"),
        ({"LC_MESSAGES": "nb_NO.UTF-8", "LANG": "en_GB.UTF-8"}, "nb"),
        ({"LC_ALL": "", "LC_MESSAGES": "", "LANG": "nb_NO.UTF-8"}, "nb"),
        ({"LANGUAGE": "nb", "LANG": "en_GB.UTF-8"}, "en"),
        ({"LC_CTYPE": "nb_NO.UTF-8"}, "en"),
    ],
)
def test_a_new_persons_language_comes_from_the_locale(
    environ: dict[str, str], language: str
) -> None:
    assert locale_language(environ) == language


SECRET = "s3cret-pass"


@pytest.mark.parametrize(
    ("url", "from_env_file", "user", "told"),
    [
        (
            None,
            False,
            None,
            "💾 Your answers are saved in /home/kari/strategibot.sqlite3. "
            "To carry on later, run <b>strategibot chat</b> from this folder.",
        ),
        (
            "",
            False,
            "kari",
            "💾 Your answers are saved in /home/kari/strategibot.sqlite3. "
            "To carry on later, run <b>strategibot chat --user kari</b> from this folder.",
        ),
        (
            "sqlite:///data/../chat.sqlite3",
            False,
            None,
            "💾 Your answers are saved in /home/kari/chat.sqlite3, the file DATABASE_URL "
            "names. To carry on later, run <b>strategibot chat</b> from this folder, with "
            "the same DATABASE_URL.",
        ),
        (
            "sqlite:////srv/chat.sqlite3",
            False,
            None,
            "💾 Your answers are saved in /srv/chat.sqlite3, the file DATABASE_URL names. "
            "To carry on later, run <b>strategibot chat</b> with the same DATABASE_URL.",
        ),
        (
            "sqlite:////srv/chat.sqlite3",
            True,  # the folder's .env file set it
            None,
            "💾 Your answers are saved in /srv/chat.sqlite3, the file DATABASE_URL names. "
            "To carry on later, run <b>strategibot chat</b> from this folder, with the same "
            "DATABASE_URL.",
        ),
        (
            f"postgresql://kari:{SECRET}@db.example:6543/strategi?search_path=bot",
            False,
            "kari",
            "💾 Your answers are saved in the PostgreSQL database "
            "kari@db.example:6543/strategi, the one DATABASE_URL names. To carry on later, "
            "run <b>strategibot chat --user kari</b> with the same DATABASE_URL.",
        ),
        (
            f"postgres://:{SECRET}@db.example/strategi",
            False,
            None,
            "💾 Your answers are saved in the PostgreSQL database db.example:5432/strategi, "
            "the one DATABASE_URL names. To carry on later, run <b>strategibot chat</b> "
            "with the same DATABASE_URL.",
        ),
        (
            "sqlite://:memory:",
            False,
            None,
            "⚠️ With this DATABASE_URL your answers are only kept in memory, and they're "
            "gone when you quit.",
        ),
    ],
)
def test_the_intro_says_where_the_answers_are_and_how_to_carry_on(
    url: str | None, from_env_file: bool, user: str | None, told: str
) -> None:
    place = chat_place(url, from_env_file=from_env_file, user=user, cwd=Path("/home/kari"))
    assert place.told("en") == told
    assert SECRET not in place.told("nb") + place.bye("nb")
    assert place.told("nb").startswith(("💾 Svarene dine lagres i ", "⚠️ Med denne"))


# -- files the chat writes ---------------------------------------------------------


def test_a_new_file_never_replaces_an_earlier_one(tmp_path: Path) -> None:
    (tmp_path / "strategi-2026-12-03.pdf").write_bytes(b"someone else's")
    (tmp_path / "strategi-2026-12-03-3.pdf").write_bytes(b"an old one")
    made = [save_new_file(tmp_path, "strategi-2026-12-03.pdf", b"%d" % n) for n in (1, 2)]
    assert [path.name for path in made] == [
        "strategi-2026-12-03-2.pdf",
        "strategi-2026-12-03-4.pdf",
    ]
    assert made[1].read_bytes() == b"2"
    assert (tmp_path / "strategi-2026-12-03.pdf").read_bytes() == b"someone else's"
    assert (tmp_path / "strategi-2026-12-03-3.pdf").read_bytes() == b"an old one"
    assert save_new_file(tmp_path, "persona-1-kari.png", b"png").name == "persona-1-kari.png"


def test_a_file_that_cannot_be_written_whole_is_not_left_behind(tmp_path: Path) -> None:
    not_bytes: Any = "a str, which a binary file refuses half-way"
    with pytest.raises(TypeError):
        save_new_file(tmp_path, "strategy.pdf", not_bytes)
    assert list(tmp_path.iterdir()) == []


class ScriptedLines:
    """Lines as a person would type them; then the end of input, or a wait for more."""

    def __init__(self, lines: list[str], *, then_wait: bool = False) -> None:
        self.lines = lines
        self.taken = 0
        self.then_wait = then_wait
        self.waiting = asyncio.Event()

    async def read(self, prompt: str) -> str:
        if self.taken < len(self.lines):
            self.taken += 1
            return self.lines[self.taken - 1]
        if self.then_wait:
            self.waiting.set()
            await asyncio.Event().wait()
        raise EOFError


TODAY = datetime(2026, 12, 3, 9, 30, tzinfo=UTC)


def file_names(folder: Path, pattern: str) -> list[str]:
    return sorted(path.name for path in folder.glob(pattern))


async def test_exports_in_the_chat_get_a_new_name_each(tmp_path: Path) -> None:
    store = await SQLiteStore.open(tmp_path / "chat.sqlite3")
    try:
        coach = Coach(store, clock=lambda: TODAY)
        for user, topic in (("ola", "Baking"), ("kari", "Knitting")):
            out = io.StringIO()
            chat = TerminalChat(coach, user, out, folder=tmp_path)
            lines = ScriptedLines([topic, "/export", "/export"])
            assert await chat.run(lines, "nb") == 0
            assert out.getvalue().count("💾 Lagret: ") == 2
    finally:
        await store.close()
    names = file_names(tmp_path, "strategi-*.pdf")
    assert names == [
        "strategi-2026-12-03-2.pdf",
        "strategi-2026-12-03-3.pdf",
        "strategi-2026-12-03-4.pdf",
        "strategi-2026-12-03.pdf",
    ]
    # Each person's own strategy, none written over another's.
    assert len({(tmp_path / name).read_bytes() for name in names}) == 2


async def test_a_file_that_cannot_be_written_is_reported_and_the_chat_goes_on(
    tmp_path: Path,
) -> None:
    store = await SQLiteStore.open(tmp_path / "chat.sqlite3")
    gone = tmp_path / "gone"  # root may write anywhere; a folder that isn't there stops anyone
    try:
        out = io.StringIO()
        chat = TerminalChat(Coach(store, clock=lambda: TODAY), "ola", out, folder=gone)
        assert await chat.run(ScriptedLines(["Baking", "/export", "/cancel", "Surdeig"]), "nb") == 0
        session = await store.load("local:ola")
    finally:
        await store.close()
    assert f"Jeg fikk ikke lagret filen i {gone}" in out.getvalue()
    assert "Traceback" not in out.getvalue()
    assert session is not None and session.answers == {"topic": "Baking", "passion": "Surdeig"}


# -- Ctrl-C -----------------------------------------------------------------------


class GatedStore:
    """A store whose save of an answer waits at a gate: a reply still being made."""

    def __init__(self, store: SQLiteStore) -> None:
        self.store = store
        self.entered = asyncio.Event()
        self.gate = asyncio.Event()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)

    async def save(self, session: Session) -> Session:
        if session.answers:
            self.entered.set()
            await self.gate.wait()
        return await self.store.save(session)


async def press_ctrl_c(before: Any) -> None:
    """SIGINT to this process, once the chat has taken it over, and time to see it."""
    assert signal.getsignal(signal.SIGINT) is not before, "the chat would not catch it"
    os.kill(os.getpid(), signal.SIGINT)
    for _ in range(100):  # the loop reads the signal on its next turns
        await asyncio.sleep(0)


async def test_ctrl_c_while_a_reply_is_made_lets_the_answer_be_saved_then_ends(
    tmp_path: Path,
) -> None:
    store = await SQLiteStore.open(tmp_path / "chat.sqlite3")
    gated = GatedStore(store)
    before = signal.getsignal(signal.SIGINT)
    out = io.StringIO()
    lines = ScriptedLines(["Baking", "Sourdough"])
    try:
        chat = TerminalChat(Coach(gated), "ola", out)  # type: ignore[arg-type]
        running = asyncio.create_task(chat.run(lines, "en"))
        await asyncio.wait_for(gated.entered.wait(), 10)
        await press_ctrl_c(before)
        assert not running.done()
        gated.gate.set()
        assert await asyncio.wait_for(running, 10) == 130
        saved = await store.load("local:ola")
    finally:
        await store.close()
    assert saved is not None and saved.answers == {"topic": "Baking"}
    assert lines.taken == 1  # nothing read after Ctrl-C
    shown = out.getvalue()
    assert "What are you passionate about?" in shown  # the reply to the saved answer
    assert shown.endswith(
        "Bye! Everything is saved. Run strategibot chat again whenever you want to carry on.\n\n"
    )
    assert signal.getsignal(signal.SIGINT) is before


async def test_a_second_ctrl_c_gives_up_on_a_reply_that_hangs(tmp_path: Path) -> None:
    store = await SQLiteStore.open(tmp_path / "chat.sqlite3")
    gated = GatedStore(store)
    before = signal.getsignal(signal.SIGINT)
    try:
        chat = TerminalChat(Coach(gated), "ola", io.StringIO())  # type: ignore[arg-type]
        running = asyncio.create_task(chat.run(ScriptedLines(["Baking"]), "en"))
        await asyncio.wait_for(gated.entered.wait(), 10)
        await press_ctrl_c(before)
        assert not running.done()
        await press_ctrl_c(before)
        assert await asyncio.wait_for(running, 10) == 130
        saved = await store.load("local:ola")
    finally:
        await store.close()
    # Not saved at all rather than half: the save never began.
    assert saved is not None and saved.answers == {}
    assert signal.getsignal(signal.SIGINT) is before


async def test_ctrl_c_while_waiting_for_a_line_ends_at_once(tmp_path: Path) -> None:
    store = await SQLiteStore.open(tmp_path / "chat.sqlite3")
    before = signal.getsignal(signal.SIGINT)
    out = io.StringIO()
    lines = ScriptedLines(["Baking"], then_wait=True)
    try:
        running = asyncio.create_task(TerminalChat(Coach(store), "ola", out).run(lines, "nb"))
        await asyncio.wait_for(lines.waiting.wait(), 10)
        await press_ctrl_c(before)
        assert await asyncio.wait_for(running, 10) == 130
        saved = await store.load("local:ola")
    finally:
        await store.close()
    assert saved is not None and saved.answers == {"topic": "Baking"}
    assert "Ha det! Alt er lagret." in out.getvalue()


def test_sigint_to_a_chat_reading_a_pipe_ends_it_with_130(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env.update(DATABASE_URL=f"sqlite:///{tmp_path / 'chat.sqlite3'}", PYTHONIOENCODING="utf-8")
    child = PopenSpawn(
        [sys.executable, "-m", "bot.cli", "chat", "--user", "x", "--lang", "en"],
        cwd=str(tmp_path),
        env=env,
        encoding="utf-8",
        timeout=20,
    )
    child.sendline("Baking")
    child.expect_exact("What are you passionate about?")
    child.expect_exact("> ")
    child.kill(signal.SIGINT)
    child.expect(pexpect.EOF)
    assert child.wait() == 130
    assert "Bye! Everything is saved." in child.before
    assert "Traceback" not in child.before
