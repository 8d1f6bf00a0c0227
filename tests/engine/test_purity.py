"""`conversations` knows nothing of Telegram, SQL, storage or the bot."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import conversations
from conversations.models import RestartMenu, Session

from .helpers import finished

FORBIDDEN = (
    "telegram",
    "aiosqlite",
    "sqlite3",
    "_sqlite3",
    "asyncpg",
    "sqlalchemy",
    "psycopg",
    "storage",
    "bot",
)
PACKAGE = Path(conversations.__file__).parent
MODULES = sorted(PACKAGE.rglob("*.py"))


def imported(path: Path) -> set[str]:
    """The absolute modules a file imports (relative imports stay in the package)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "__import__":
            names.update(
                arg.value
                for arg in node.args[:1]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            )
    return names


def is_forbidden(module: str) -> bool:
    return module.split(".")[0] in FORBIDDEN


def test_the_package_has_modules() -> None:
    names = {path.stem for path in MODULES} | {path.parent.name for path in MODULES}
    assert {"engine", "flow", "models", "parsing", "summary", "i18n", "menus"} <= names


@pytest.mark.parametrize("path", MODULES, ids=lambda path: path.name)
def test_module_imports_nothing_forbidden(path: Path) -> None:
    bad = sorted(module for module in imported(path) if is_forbidden(module))
    assert bad == []


def test_the_check_catches_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import os\nimport telegram.ext\nfrom storage.sqlite import X\nfrom . import flow\n"
    )
    assert sorted(m for m in imported(sample) if is_forbidden(m)) == [
        "storage.sqlite",
        "telegram.ext",
    ]


def test_importing_the_engine_loads_nothing_forbidden() -> None:
    code = (
        "import sys\n"
        "import conversations.engine, conversations.summary, conversations.parsing\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    loaded = set(done.stdout.split())
    assert "conversations.engine" in loaded
    assert sorted(module for module in loaded if is_forbidden(module)) == []


# -- the engine's copy of a session ---------------------------------------------------


def _containers(value: object) -> Iterator[object]:
    """Every dict and list in `value`, itself included."""
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from _containers(item)
    elif isinstance(value, list):
        yield value
        for item in value:
            yield from _containers(item)


def _full_session() -> Session:
    """A finished interview with every field set, a few of them by hand."""
    session = finished("nb").session
    session.draft = {"channels": ["blog", "x"]}
    session.skipped = ["persona.0.hobbies"]
    session.focus, session.menu, session.paused = "topic", RestartMenu(), True
    for update_id in (101, 102):
        session.mark_handled(update_id)
    return session


def test_the_working_copy_shares_no_dict_or_list_with_the_original() -> None:
    """Each field of a session (and any one added later) is copied deep enough to change."""
    session = _full_session()
    copy = session.working_copy()
    assert copy == session == session.model_copy(deep=True)
    assert copy.model_fields_set == session.model_copy(deep=True).model_fields_set
    assert set(vars(copy)) == set(Session.model_fields)
    shared = {
        id(container) for name in vars(session) for container in _containers(vars(session)[name])
    }
    for name, value in vars(copy).items():
        assert not any(id(container) in shared for container in _containers(value)), name


def test_changing_the_working_copy_leaves_the_original_as_it_was() -> None:
    session = _full_session()
    before = session.model_dump()
    copy = session.working_copy()
    copy.answers["channels"].append("tiktok")  # type: ignore[union-attr]
    copy.groups["persona"][0]["name"] = "Someone else"
    copy.groups["persona"][0]["channels"].append("x")  # type: ignore[union-attr]
    copy.draft["channels"].append("blog")
    copy.skipped.append("goal.0.why")
    copy.mark_handled(103)
    copy.language, copy.focus = "en", None
    assert session.model_dump() == before
