"""A finished sample interview, and the example files made from it.

    python -m conversations.documents.examples --schema docs/export-schema.json docs/examples

writes the Norwegian sample's persona cards (PNG), strategy (PDF), Markdown and
JSON into the folder, and the JSON Schema of an exported file. The date on them
is fixed, so running it again gives the same files.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from ..events import Attachment, Document
from ..models import Language, Session, Value
from . import render
from .json_export import schema

EXAMPLE_DAY = date(2026, 11, 26)


def _answers(
    topic: str, passion: str, why: str, achieve: str, reader: str, reader_wants: str
) -> dict[str, Value]:
    """The sample's answers: what was written in one language, the same choices in both."""
    return {
        "topic": topic,
        "passion": passion,
        "purpose": "sell",
        "why": why,
        "achieve": achieve,
        "reader": reader,
        "reader_wants": reader_wants,
        "goal_types": ["engagement", "readers"],
        "areas": ["marketing", "crm"],
        "channels": ["instagram", "facebook", "blog"],
        "frequency": "few_weekly",
        "measures": ["comments", "reach"],
        "review": "monthly",
    }


_ANSWERS: dict[Language, dict[str, Value]] = {
    "nb": _answers(
        topic="Hagestell på Vestlandet",
        passion="Å dyrke egen mat i et klima der det regner 250 dager i året",
        why="Kundene mine finner meg på Instagram før de kommer til gartneriet",
        achieve="Flere faste kunder til våronna, og et fellesskap av hobbydyrkere",
        reader="Hobbydyrkere på Vestlandet som vil lykkes med kjøkkenhagen",
        reader_wants="Grønnsaker som tåler regn, og hva de skal gjøre med sneglene",
    ),
    "en": _answers(
        topic="Gardening on the west coast of Norway",
        passion="Growing my own food where it rains 250 days a year",
        why="My customers find me on Instagram before they visit the nursery",
        achieve="More regular customers for the spring season, and a community of growers",
        reader="Hobby gardeners on the west coast who want their kitchen garden to thrive",
        reader_wants="Vegetables that survive the rain, and what to do about slugs",
    ),
}

_PERSONAS: dict[Language, list[dict[str, Value]]] = {
    "nb": [
        {
            "name": "Ingrid",
            "age": 42,
            "place": "Voss",
            "occupation": "Sykepleier i turnus",
            "hobbies": "Fjellturer, strikking og kjøkkenhagen bak huset",
            "problems": "Sneglene spiser salaten, og hun har lite tid til hagen i ukene med "
            "nattevakter",
            "wants": "Raske tips som virker i regnvær, og grønnsaker som klarer seg selv",
            "channels": ["instagram", "facebook"],
            "more": "yes",
        },
        {
            "name": "Ahmed",
            "age": 29,
            "place": "Bergen",
            "occupation": "Student og deltidsansatt i en sykkelbutikk",
            "hobbies": "Matlaging, sykling og planter på balkongen",
            "problems": "Bor i leilighet uten hage og vet ikke hva som vokser i potter",
            "wants": "Balkongdyrking, urter til matlaging og korte videoer",
            "channels": ["instagram", "tiktok", "youtube"],
            "more": "no",
        },
    ],
    "en": [
        {
            "name": "Ingrid",
            "age": 42,
            "place": "Voss",
            "occupation": "Nurse working shifts",
            "hobbies": "Mountain hikes, knitting and the kitchen garden behind the house",
            "problems": "Slugs eat her lettuce, and she has little time for the garden in "
            "weeks with night shifts",
            "wants": "Quick tips that work in the rain, and vegetables that look after themselves",
            "channels": ["instagram", "facebook"],
            "more": "yes",
        },
        {
            "name": "Ahmed",
            "age": 29,
            "place": "Bergen",
            "occupation": "Student, part-time in a bike shop",
            "hobbies": "Cooking, cycling and plants on the balcony",
            "problems": "Lives in a flat without a garden and doesn't know what grows in pots",
            "wants": "Balcony growing, herbs for cooking and short videos",
            "channels": ["instagram", "tiktok", "youtube"],
            "more": "no",
        },
    ],
}

_GOALS: dict[Language, list[dict[str, Value]]] = {
    "nb": [
        {
            "type": "engagement",
            "statement": "Få flere til å kommentere innleggene om kjøkkenhagen",
            "metric": "comments",
            "baseline": 12,
            "target": 30,
            "deadline": "2027-05-01",
            "why": "Kommentarene viser at folk bryr seg, og de blir ofte til kunder",
            "hours": 4,
        },
        {
            "type": "readers",
            "statement": "Flere som abonnerer på nyhetsbrevet før våronna",
            "metric": "subscribers",
            "baseline": 150,
            "target": 400,
            "deadline": "2027-04-15",
            "why": "Nyhetsbrevet når kundene uten å gå via algoritmene",
            "hours": 2,
        },
    ],
    "en": [
        {
            "type": "engagement",
            "statement": "Get more people to comment on my kitchen garden posts",
            "metric": "comments",
            "baseline": 12,
            "target": 30,
            "deadline": "2027-05-01",
            "why": "Comments show that people care, and they often become customers",
            "hours": 4,
        },
        {
            "type": "readers",
            "statement": "More newsletter subscribers before the spring season",
            "metric": "subscribers",
            "baseline": 150,
            "target": 400,
            "deadline": "2027-04-15",
            "why": "The newsletter reaches customers without going through the algorithms",
            "hours": 2,
        },
    ],
}


def sample_session(language: Language = "nb", person_id: str = "local:eksempel") -> Session:
    """A finished interview about a garden centre's blog, with two personas and two goals."""
    moment = datetime(EXAMPLE_DAY.year, EXAMPLE_DAY.month, EXAMPLE_DAY.day, 9, 30, tzinfo=UTC)
    return Session(
        person_id=person_id,
        language=language,
        answers=dict(_ANSWERS[language]),
        groups={
            "persona": [dict(item) for item in _PERSONAS[language]],
            "goal": [dict(item) for item in _GOALS[language]],
        },
        finished_at=moment,
        created_at=moment,
        updated_at=moment,
    )


def write_examples(folder: Path, language: Language = "nb") -> list[Path]:
    """Every document of the sample session, written into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    session = sample_session(language)
    attachments = [Attachment(Document.PERSONA_CARD, index) for index in range(2)]
    attachments += [Attachment(Document.PDF), Attachment(Document.MARKDOWN)]
    attachments.append(Attachment(Document.JSON))
    written = []
    for attachment in attachments:
        made = render(session, attachment, EXAMPLE_DAY)
        path = folder / made.filename
        path.write_bytes(made.data)
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m conversations.documents.examples",
        description="Write the example persona cards, PDF, Markdown and JSON of a sample "
        "interview into a folder.",
    )
    parser.add_argument("folder", type=Path, help="where to write them, e.g. docs/examples")
    parser.add_argument("--lang", choices=("nb", "en"), default="nb")
    parser.add_argument("--schema", type=Path, help="also write the JSON Schema of an export here")
    args = parser.parse_args(argv)
    language: Language = "en" if args.lang == "en" else "nb"
    for path in write_examples(args.folder, language):
        print(path)
    if args.schema is not None:
        args.schema.write_text(schema(), encoding="utf-8")
        print(args.schema)
    return 0


if __name__ == "__main__":
    sys.exit(main())
