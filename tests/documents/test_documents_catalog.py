"""The texts the documents use are in both catalogs, and export.ftl has no unused ones."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import bot
import conversations
from conversations.i18n import LOCALES_DIR, has
from conversations.models import Language

CALLERS = {"t", "text", "_say", "label"}
SOURCES = [
    *sorted((Path(conversations.__file__).parent / "documents").glob("*.py")),
    Path(bot.__file__).parent / "export_cli.py",
    Path(bot.__file__).parent / "terminal.py",
]


def literal_keys() -> set[str]:
    keys: set[str] = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            if node.func.id not in CALLERS or len(node.args) < 2:
                continue
            key = node.args[1]
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                keys.add(key.value)
    return keys


def export_catalog_keys(language: Language) -> set[str]:
    source = (LOCALES_DIR / language / "export.ftl").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][a-z0-9-]*) =", source, flags=re.MULTILINE))


def test_the_scan_finds_the_keys() -> None:
    assert {"export-title", "export-saved", "export-no-session"} <= literal_keys()


@pytest.mark.parametrize("language", ["nb", "en"])
def test_every_key_the_documents_use_exists(language: Language) -> None:
    missing = sorted(key for key in literal_keys() if not has(language, key))
    assert missing == []
    for letter in "SMART":
        assert has(language, f"smart-letter-{letter}")


def test_export_catalogs_have_the_same_keys_and_every_one_is_used() -> None:
    nb, en = export_catalog_keys("nb"), export_catalog_keys("en")
    assert nb == en
    code = "\n".join(path.read_text(encoding="utf-8") for path in SOURCES)
    unused = sorted(key for key in nb if f'"{key}"' not in code and f"'{key}'" not in code)
    assert unused == []
