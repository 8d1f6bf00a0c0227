"""Files made from a session: persona card images, the strategy as PDF, Markdown and JSON.

Pure like the rest of `conversations`: a session in, bytes out. The transports
(Telegram, the terminal, the CLI) call `render` for a reply's attachment and
send or save what it returns.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from datetime import date
from typing import NamedTuple

from ..events import Attachment, Document
from ..models import Session
from .content import persona_indexes, text
from .json_export import export_json
from .markdown import render_markdown
from .pdf import render_strategy_pdf
from .persona_png import render_persona_card


class RenderedFile(NamedTuple):
    filename: str
    data: bytes
    mime: str


# One file at a time: the fonts are shared, and FreeType fonts are not thread-safe
# (the Telegram adapter renders in worker threads).
_RENDERING = threading.Lock()


def render(session: Session, attachment: Attachment, today: date) -> RenderedFile:
    """The file an attachment asks for, named in the session's language."""
    with _RENDERING:
        return _render(session, attachment, today)


def _render(session: Session, attachment: Attachment, today: date) -> RenderedFile:
    lang = session.language
    stem = f"{text(lang, 'export-filename-strategy')}-{today.isoformat()}"
    document = attachment.document
    if document is Document.PERSONA_CARD:
        index = attachment.index if attachment.index is not None else 0
        return RenderedFile(
            persona_filename(session, index), render_persona_card(session, index), "image/png"
        )
    if document is Document.PDF:
        return RenderedFile(f"{stem}.pdf", render_strategy_pdf(session, today), "application/pdf")
    if document is Document.MARKDOWN:
        data = render_markdown(session, today).encode("utf-8")
        return RenderedFile(f"{stem}.md", data, "text/markdown")
    if document is Document.JSON:
        return RenderedFile(
            f"{stem}.json", export_json(session).encode("utf-8"), "application/json"
        )
    raise ValueError(f"unknown document {document!r}")


def persona_filename(session: Session, index: int) -> str:
    """ "persona-1-kari.png": the number keeps two personas with one name apart."""
    items = session.groups.get("persona", [])
    name = items[index].get("name") if index < len(items) else None
    base = f"{text(session.language, 'export-filename-persona')}-{index + 1}"
    slug = slugify(name) if isinstance(name, str) else ""
    return f"{base}-{slug}.png" if slug else f"{base}.png"


_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "ae", "Ø": "o", "Å": "a", "ß": "ss"})


def slugify(value: str, limit: int = 40) -> str:
    """A safe piece of a file name: "Åse Ødegård" is "ase-odegard"."""
    ascii_text = unicodedata.normalize("NFKD", value.translate(_FOLD)).encode("ascii", "ignore")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.decode("ascii").lower()).strip("-")
    return slug[:limit].rstrip("-")


__all__ = ["RenderedFile", "persona_filename", "persona_indexes", "render", "slugify"]
