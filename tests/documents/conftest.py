"""Every document test runs in both languages unless it says otherwise."""

from __future__ import annotations

import pytest

from conversations.models import Language

from .sessions import LANGS


@pytest.fixture(params=LANGS)
def language(request: pytest.FixtureRequest) -> Language:
    lang: Language = request.param
    return lang
