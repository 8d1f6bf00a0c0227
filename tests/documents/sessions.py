"""Sessions to make documents from: very long answers, partial ones (and the samples)."""

from __future__ import annotations

from datetime import date

from conversations.documents.examples import sample_session
from conversations.models import Language, Session

TODAY = date(2026, 11, 26)

# 500 characters with æøå, emoji and a word too long for any line.
LONG = (
    "Sneglene 🐌 spiser salaten hver eneste natt, og hun har prøvd øl-feller, kobbertape, "
    "eggeskall og å plukke dem for hånd i regnet 🌧️ klokka elleve om kvelden. "
    "Åkersnegler, brunsnegler og skogsnegler: alle kommer de. Hun lurer på om det finnes "
    "grønnsaker de ikke liker, og om det hjelper å vanne om morgenen i stedet for om "
    "kvelden. Supercalifragilisticexpialidociousogendalengreordsomikkeharplassnoensteds "
    "og så videre, helt til svaret er på nøyaktig fem hundre tegn når alt er med. Æ Ø Å."
    " Og enda litt mer om regnet på Vestlandet."
)[:500]


def long_session(language: Language = "nb") -> Session:
    """Every text answer as long as the interview allows, with æøå and emoji."""
    session = sample_session(language)
    persona = session.groups["persona"][0]
    persona.update(
        name="Åse-Marie Østgård Ødegård 🌻 Kristiansen-Bøe",
        place=LONG[:100],
        occupation=LONG[:100],
        hobbies=LONG[:300],
        problems=LONG,
        wants=LONG[:300],
        channels=["facebook", "instagram", "snapchat", "tiktok", "linkedin", "youtube",
                  "pinterest", "x", "blog", "newsletter"],
    )  # fmt: skip
    for key in ("topic", "passion", "why", "achieve", "reader", "reader_wants"):
        session.answers[key] = LONG
    session.groups["goal"][0].update(statement=LONG[:300], why=LONG[:300])
    return session


def partial_session(language: Language = "nb") -> Session:
    """Part way through: a topic, and a persona with a name and nothing else."""
    return Session(
        person_id="local:halvveis",
        language=language,
        answers={"topic": "Surdeig i Tromsø"},
        groups={"persona": [{"name": "Kari"}]},
    )
