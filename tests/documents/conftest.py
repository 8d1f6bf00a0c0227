"""Every document test runs in both languages unless it says otherwise."""

from __future__ import annotations

import pytest

from conversations.i18n import LANGUAGES
from conversations.models import Language


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> Language:
    lang: Language = request.param
    return lang
