"""`strategibot export` and `strategibot import`, and `/export` in `strategibot chat`,
run as the operator would: subprocesses on a database in a temporary folder."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from conversations.documents.examples import sample_session
from conversations.documents.json_export import export_json

PNG = b"\x89PNG\r\n\x1a\n"


def strategibot(
    tmp_path: Path, *args: str, stdin: str = "", cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.sqlite3'}",
        "PYTHONIOENCODING": "utf-8",
    }
    env.pop("TELEGRAM_BOT_TOKEN", None)
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd or tmp_path,
        timeout=120,
        check=False,
    )


def today() -> str:
    return datetime.now(UTC).date().isoformat()


@pytest.fixture
def imported(tmp_path: Path) -> Path:
    """The Norwegian sample loaded for the Telegram user 12345 with `strategibot import`."""
    file = tmp_path / "eksport.json"
    file.write_text(export_json(sample_session("nb", person_id="tg:999")), encoding="utf-8")
    done = strategibot(tmp_path, "import", "--file", str(file), "--user-id", "12345")
    assert done.returncode == 0, done.stderr
    assert "tg:12345" in done.stdout
    return file


def test_export_writes_each_format(tmp_path: Path, imported: Path) -> None:
    done = strategibot(tmp_path, "export", "--user-id", "12345", "--format", "pdf",
                       "--output", "ut/strategi.pdf")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(Path("ut/strategi.pdf"))
    reader = PdfReader(tmp_path / "ut" / "strategi.pdf")
    assert "Hagestell på Vestlandet" in reader.pages[0].extract_text()

    # Without --output: the file's own name, in the working directory.
    done = strategibot(tmp_path, "export", "--user-id", "tg:12345", "--format", "md")
    assert done.returncode == 0, done.stderr
    markdown = (tmp_path / f"strategi-{today()}.md").read_text(encoding="utf-8")
    assert "### Ingrid, 42 år" in markdown

    done = strategibot(tmp_path, "export", "--user-id", "12345", "--format", "json",
                       "--output", "kopi.json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    data = json.loads((tmp_path / "kopi.json").read_text(encoding="utf-8"))
    assert data["person_id"] == "tg:12345"
    assert data["answers"] == sample_session("nb").answers

    # In the other language, if the operator asks.
    done = strategibot(tmp_path, "export", "--user-id", "12345", "--format", "md", "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "# Social media strategy" in (tmp_path / f"strategy-{today()}.md").read_text("utf-8")


def test_export_png_writes_one_card_per_persona(tmp_path: Path, imported: Path) -> None:
    done = strategibot(tmp_path, "export", "--user-id", "12345", "--format", "png",
                       "--output", "kort.png")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["kort-1.png", "kort-2.png"]
    for name in ("kort-1.png", "kort-2.png"):
        data = (tmp_path / name).read_bytes()
        assert data.startswith(PNG)
        assert Image.open(io.BytesIO(data)).size == (1080, 1350)


def test_export_says_what_is_wrong(tmp_path: Path, imported: Path) -> None:
    done = strategibot(tmp_path, "export", "--user-id", "777", "--format", "pdf")
    assert done.returncode == 1
    assert "There is no strategy for tg:777" in done.stderr
    done = strategibot(tmp_path, "export", "--user-id", "kari", "--format", "pdf")
    assert done.returncode == 2
    assert "local:kari" in done.stderr  # how to write a person id
    done = strategibot(tmp_path, "export", "--user-id", "12345", "--format", "docx")
    assert done.returncode == 2


def test_import_refuses_to_overwrite_unless_asked(tmp_path: Path, imported: Path) -> None:
    again = strategibot(tmp_path, "import", "--file", str(imported), "--user-id", "12345")
    assert again.returncode == 1
    assert "--replace" in again.stderr
    english = tmp_path / "english.json"
    english.write_text(export_json(sample_session("en")), encoding="utf-8")
    replaced = strategibot(tmp_path, "import", "--file", str(english), "--user-id", "12345",
                           "--replace")  # fmt: skip
    assert replaced.returncode == 0, replaced.stderr
    done = strategibot(tmp_path, "export", "--user-id", "12345", "--format", "md",
                       "--output", "en.md")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "# Social media strategy" in (tmp_path / "en.md").read_text(encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('{"language": "de"}', encoding="utf-8")
    refused = strategibot(tmp_path, "import", "--file", str(broken), "--user-id", "1")
    assert refused.returncode == 1
    assert "isn't a strategy from Strategibot" in refused.stderr


def test_export_in_the_terminal_chat_writes_files_and_prints_their_paths(
    tmp_path: Path,
) -> None:
    file = tmp_path / "eksport.json"
    file.write_text(export_json(sample_session("nb")), encoding="utf-8")
    done = strategibot(tmp_path, "import", "--file", str(file), "--user-id", "local:kari")
    assert done.returncode == 0, done.stderr
    work = tmp_path / "arbeid"
    work.mkdir()
    # /export makes the PDF and offers Markdown (1) and JSON (2); /persona the cards.
    lines = "/export\n1\n/export\n2\n/persona\n"
    chat = strategibot(tmp_path, "chat", "--user", "kari", stdin=lines, cwd=work)
    assert chat.returncode == 0, chat.stderr
    names = [
        f"strategi-{today()}.pdf",
        f"strategi-{today()}.md",
        f"strategi-{today()}.json",
        "persona-1-ingrid.png",
        "persona-2-ahmed.png",
    ]
    for name in names:
        path = work / name
        assert f"💾 Lagret: {path}" in chat.stdout, name
        assert path.stat().st_size > 0
    assert (work / f"strategi-{today()}.pdf").read_bytes().startswith(b"%PDF-")
    assert (work / "persona-1-ingrid.png").read_bytes().startswith(PNG)
    # The offer of Markdown and JSON is still shown as numbered options.
    assert "  1) Markdown\n  2) JSON" in chat.stdout
