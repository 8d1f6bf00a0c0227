"""The files a reply can ask for, made from the session by the transport that sends it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Document(StrEnum):
    """A file made from the session, rendered by the transport when it sends the reply."""

    PERSONA_CARD = "persona_card"  # a PNG image of one persona (`index`)
    PDF = "pdf"
    MARKDOWN = "markdown"
    JSON = "json"


@dataclass(frozen=True)
class Attachment:
    document: Document
    index: int | None = None
