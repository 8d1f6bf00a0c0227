"""What reading a typed answer gives: a value (with a note), an error, or "don't know"."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .models import Value


@dataclass(frozen=True)
class Note:
    """A catalog text telling the person how their text was read ("2–3, so I'm using 2")."""

    key: str
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Parsed:
    """The value to store, and a note to show with it if the reading needs saying."""

    value: Value
    note: Note | None = None


@dataclass(frozen=True)
class Invalid:
    """Not an answer: the catalog text saying what was wrong, and the values it needs."""

    key: str
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Unsure:
    """The whole message says the person does not know ("vet ikke", "not sure")."""
