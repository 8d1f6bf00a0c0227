"""Social media use in Norway, with a source next to every figure.

The figures live in `data/social_media_norway.json`, read once and checked by the
models below: every figure names who measured it, the report, the period and
year, and where it was read. `age_fit`, `traits` and the posting ranges are
Strategibot's own weights, drawn from those figures and from common guidance.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

DATA_PATH = Path(__file__).parent / "data" / "social_media_norway.json"

PlatformId = Literal[
    "facebook", "instagram", "snapchat", "tiktok", "linkedin", "youtube", "pinterest", "x"
]
OwnedId = Literal["blog", "newsletter"]
PLATFORMS: tuple[PlatformId, ...] = (
    "facebook",
    "instagram",
    "snapchat",
    "tiktok",
    "linkedin",
    "youtube",
    "pinterest",
    "x",
)
OWNED: tuple[OwnedId, ...] = ("blog", "newsletter")

# Age bands for the fit weights, as Ipsos groups its figures (18-29, 30-39, ...).
AgeBand = Literal["under_30", "30_39", "40_59", "60_plus"]
AGE_BANDS: tuple[AgeBand, ...] = ("under_30", "30_39", "40_59", "60_plus")

# What a channel is good for; the recommendations weigh these against the answers.
Trait = Literal[
    "reach",  # many Norwegians have a profile there
    "shopping",  # people look at products and recommendations there before buying
    "groups",  # closed groups, for an internal page
    "relations",  # comments and messages that build relationships
    "comments",  # made for conversation: engagement comes easier
    "feedback",  # quick reactions and polls, for testing products
    "visual",
    "video",
    "messaging",
    "professional",
    "recruiting",
    "public",  # built to reach the public: no place for an internal page
    "owned",  # you own the content and the readers
    "search",  # found through search long after publishing
    "returning",  # brings readers back
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(_Frozen):
    """Who measured a figure, in which report, when, and where it was read."""

    publisher: str = Field(min_length=1)
    title: str = Field(min_length=1)
    period: str = Field(min_length=1)
    year: int = Field(ge=2000, le=2100)
    reported_by: str = Field(min_length=1)
    url: str = Field(pattern=r"^https://")
    # How the bot names the source in a text: report, period and where it was read.
    cite: str = Field(min_length=1)

    @model_validator(mode="after")
    def _cite_shows_the_year(self) -> Source:
        if str(self.year) not in self.cite:
            raise ValueError(f"the citation {self.cite!r} must show the year {self.year}")
        return self


class Figure(_Frozen):
    """A percentage (or, where the field says so, another number) with its source."""

    value: float = Field(ge=0)
    note: str = Field(min_length=1)
    source: Source


class AgeFigure(Figure):
    """Daily use within an age group, from `min_age` to `max_age` (None: and older)."""

    min_age: int = Field(ge=0)
    max_age: int | None = None

    def covers(self, age: int) -> bool:
        return self.min_age <= age and (self.max_age is None or age <= self.max_age)

    @property
    def span(self) -> int:
        return (self.max_age if self.max_age is not None else 120) - self.min_age


class Posting(_Frozen):
    """A sensible range of posts a week for one person or a small team."""

    min_per_week: float = Field(gt=0)
    max_per_week: float = Field(gt=0)
    hours_per_post: float = Field(gt=0)
    basis: str = Field(min_length=1)

    @model_validator(mode="after")
    def _ordered(self) -> Posting:
        if self.min_per_week > self.max_per_week:
            raise ValueError("min_per_week is above max_per_week")
        return self


class Platform(_Frozen):
    # Share of Norwegians 18+ with a profile, in %.
    profile: Figure | None = None
    # Number of profiles in millions, where no share was published.
    profiles_millions: Figure | None = None
    # Share of Norwegians 18+ who use it daily, in %.
    daily: Figure | None = None
    # Share of its own users who use it daily, in %.
    daily_among_users: Figure | None = None
    # Share of its users who are women, in %.
    women_share: Figure | None = None
    by_age: tuple[AgeFigure, ...] = ()
    age_fit: dict[AgeBand, int]
    traits: frozenset[Trait]
    posting: Posting

    @field_validator("age_fit")
    @classmethod
    def _every_band(cls, fit: dict[AgeBand, int]) -> dict[AgeBand, int]:
        if set(fit) != set(AGE_BANDS):
            raise ValueError(f"age_fit needs exactly the bands {AGE_BANDS}")
        if any(not 0 <= weight <= 3 for weight in fit.values()):
            raise ValueError("age_fit weights go from 0 to 3")
        return fit

    def figures(self) -> Iterator[tuple[str, Figure]]:
        for name in ("profile", "profiles_millions", "daily", "daily_among_users", "women_share"):
            figure = getattr(self, name)
            if figure is not None:
                yield name, figure
        for figure in self.by_age:
            yield f"by_age[{figure.min_age}-{figure.max_age or ''}]", figure

    def age_figure(self, age: int) -> AgeFigure | None:
        """The newest figure for an age group that includes `age`, the narrowest on a tie."""
        found = [figure for figure in self.by_age if figure.covers(age)]
        if not found:
            return None
        return min(found, key=lambda figure: (-figure.source.year, figure.span))


class Owned(_Frozen):
    """A channel of one's own (blog, newsletter): no usage figures, a posting range."""

    traits: frozenset[Trait]
    posting: Posting


class Overall(_Frozen):
    # Share of the population (9+) using social media on an average day (SSB).
    social_media_daily: Figure
    social_media_minutes: Figure
    news_from_social_media: Figure
    # Share of Norwegians 18+ using social media daily (Ipsos).
    social_media_daily_adults: Figure


class NorwayData(_Frozen):
    about: str
    overall: Overall
    platforms: dict[PlatformId, Platform]
    owned: dict[OwnedId, Owned]
    other_posting: Posting

    @model_validator(mode="after")
    def _complete(self) -> NorwayData:
        if set(self.platforms) != set(PLATFORMS):
            raise ValueError(f"platforms must be exactly {PLATFORMS}")
        if set(self.owned) != set(OWNED):
            raise ValueError(f"owned channels must be exactly {OWNED}")
        return self

    def figures(self) -> Iterator[tuple[str, Figure]]:
        """Every figure in the file, by a readable path."""
        for name in Overall.model_fields:
            yield f"overall.{name}", getattr(self.overall, name)
        for platform_id, platform in self.platforms.items():
            for name, figure in platform.figures():
                yield f"{platform_id}.{name}", figure

    def platform(self, channel: str) -> Platform | None:
        return next((p for key, p in self.platforms.items() if key == channel), None)

    def posting(self, channel: str) -> Posting:
        """The posting range of a platform, a blog or newsletter, or any other channel."""
        if channel in self.platforms:
            return self.platforms[channel].posting
        if channel in self.owned:
            return self.owned[channel].posting
        return self.other_posting

    def traits(self, channel: str) -> frozenset[Trait]:
        if channel in self.platforms:
            return self.platforms[channel].traits
        if channel in self.owned:
            return self.owned[channel].traits
        return frozenset()


def parse(text: str) -> NorwayData:
    return NorwayData.model_validate_json(text)


@cache
def load() -> NorwayData:
    """The figures, read and checked once per process."""
    return parse(DATA_PATH.read_text(encoding="utf-8"))


def age_band(age: int) -> AgeBand:
    if age < 30:
        return "under_30"
    if age < 40:
        return "30_39"
    if age < 60:
        return "40_59"
    return "60_plus"
