"""Interim option matcher (numbers, case-insensitive labels); replaced by the rapidfuzz one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

K = TypeVar("K")


@dataclass(frozen=True)
class Candidate(Generic[K]):
    key: K
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class One(Generic[K]):
    key: K


@dataclass(frozen=True)
class Several(Generic[K]):
    keys: tuple[K, ...]


@dataclass(frozen=True)
class Ambiguous(Generic[K]):
    typed: str
    keys: tuple[K, ...]


@dataclass(frozen=True)
class Unknown:
    typed: tuple[str, ...]


Match = One[K] | Several[K] | Ambiguous[K] | Unknown


def _norm(text: str) -> str:
    return re.sub(r"[^\w ]+", "", text).strip().casefold()


def match(
    text: str,
    candidates: Sequence[Candidate[K]],
    *,
    many: bool = False,
    everything: Sequence[K] = (),
    fuzzy: bool = True,
    fallback: Sequence[Candidate[K]] = (),
) -> Match[K]:
    parts = (
        [p for p in re.split(r"\s*,\s*|\s+og\s+|\s+and\s+", text.strip()) if p] if many else [text]
    )
    if many and all(p.isdigit() for p in text.split()):
        parts = text.split()
    keys: list[K] = []
    for part in parts:
        found = _one(part, candidates)
        if found is None:
            return Unknown((part,))
        if found not in keys:
            keys.append(found)
    if len(keys) == 1:
        return One(keys[0])
    return Several(tuple(keys)) if many else Ambiguous(text, tuple(keys))


def _one(part: str, candidates: Sequence[Candidate[K]]) -> K | None:
    typed = part.strip()
    if typed.isdigit() and 1 <= int(typed) <= len(candidates):
        return candidates[int(typed) - 1].key
    for candidate in candidates:
        if any(_norm(phrase) == _norm(typed) for phrase in candidate.phrases):
            return candidate.key
    return None
