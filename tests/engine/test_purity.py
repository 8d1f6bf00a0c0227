"""`conversations` knows nothing of Telegram, SQL, storage or the bot."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import conversations

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
    names = {path.stem for path in MODULES}
    assert {"engine", "flow", "models", "parsing", "summary", "i18n"} <= names


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
