"""Typed records returned by arms_nlp.

Every mention record carries ``text``, ``start`` and ``end``: character offsets
into the caller's input, so that ``input[start:end] == text`` always holds.
These names are a contract with downstream projects and benchmark scripts.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

WeaponCategory = Literal[
    "ballistic_missile",
    "cruise_missile",
    "missile",
    "uav",
    "loitering_munition",
    "aircraft",
    "helicopter",
    "air_defense",
    "artillery",
    "rocket",
    "armored_vehicle",
    "naval",
    "launcher",
    "small_arms",
    "munition",
    "wmd",
    "other",
]
ActorKind = Literal["country", "person", "organization", "armed_group", "media", "official", "location"]
QuoteKind = Literal["direct", "partial", "indirect"]
TransferStatus = Literal["reported", "confirmed", "denied", "negotiating", "planned"]
DateGrain = Literal["year", "month", "week", "day"]
PublishedSource = Literal["given", "dateline", "latest_date"]


class Mention(BaseModel):
    """A stretch of the input text: ``input[start:end] == text``."""

    model_config = ConfigDict(extra="forbid")

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _check_offsets(self) -> "Mention":
        if self.end < self.start:
            raise ValueError(f"end ({self.end}) is before start ({self.start})")
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"text {self.text!r} has length {len(self.text)} but spans {self.start}:{self.end}"
            )
        return self

    def shifted(self, offset: int) -> "Mention":
        """A copy whose offsets (and those of nested mentions) are moved by ``offset``."""
        updates: dict[str, object] = {"start": self.start + offset, "end": self.end + offset}
        for name, value in self:
            if isinstance(value, Mention):
                updates[name] = value.shifted(offset)
            elif isinstance(value, list) and value and isinstance(value[0], Mention):
                updates[name] = [item.shifted(offset) for item in value]
        return self.model_copy(update=updates)


class Weapon(Mention):
    """A weapon system, named ("Fateh-110") or a class ("short-range ballistic missiles")."""

    name: str
    category: WeaponCategory
    generic: bool = False
    family: str | None = None
    #: The variant named, when the text names one of a known system ("PAC-3" for name "Patriot").
    variant: str | None = None
    origin: str | None = None
    rule: str = ""


class Quantity(Mention):
    """A count of things: "approximately 400 ballistic missiles", "dozens of drones"."""

    value: float | None = None
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    qualifier: str | None = None
    item: str | None = None
    weapon: str | None = None

    @model_validator(mode="after")
    def _check_bounds(self) -> "Quantity":
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low ({self.low}) is above high ({self.high})")
        return self


class Length(Mention):
    """A length expression normalised to kilometres ("186 to 435 miles", "700 km").

    ``low_km`` is None for a single figure or a maximum ("up to 300 km");
    ``low``/``high`` are the figures as written and ``unit`` the unit as written.
    """

    low_km: float | None = None
    high_km: float
    unit: str
    low: str | None = None
    high: str
    qualifier: str | None = None
    conversion_mismatch: bool = False

    @model_validator(mode="after")
    def _check_interval(self) -> "Length":
        if self.low_km is not None and self.low_km > self.high_km:
            raise ValueError(f"low_km ({self.low_km}) is above high_km ({self.high_km})")
        return self

    def same_claim(self, other: "Length", tolerance: float = 0.02) -> bool:
        """True when both state the same reach within ``tolerance`` (relative), whatever the unit."""

        def close(a: float, b: float) -> bool:
            return abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-9)

        if not close(self.high_km, other.high_km):
            return False
        if self.low_km is not None and other.low_km is not None:
            return close(self.low_km, other.low_km)
        return True


class Range(Length):
    """A weapon's reach: a :class:`Length` linked to the weapon it belongs to.

    Ranges that state the same reach in different units (186-435 mi and 700 km) are
    grouped by :meth:`Extraction.range_claims`.
    """

    weapon: str | None = None


class Actor(Mention):
    """One real-world actor with all its mentions; ``text/start/end`` are its first mention."""

    name: str
    kind: ActorKind
    affiliation: str | None = None
    title: str | None = None
    mentions: list[Mention] = Field(default_factory=list)


class Quote(Mention):
    """What was said. ``direct``: the quoted words without quote marks; ``partial``: the reported
    clause with its quoted fragment(s) and their marks; ``indirect``: the reported clause. A quote
    interrupted by its attribution ("“A,” she said, “B.”", "A, he said, B") spans both pieces and
    lists them in ``parts`` (empty for a quote in one piece)."""

    speaker: str | None = None
    cue: str | None = None
    kind: QuoteKind = "direct"
    parts: list[Mention] = Field(default_factory=list)


class DateRef(Mention):
    """A date mention resolved against the article date; ``value`` is ISO 8601 at the written precision."""

    value: str | None = None
    grain: DateGrain | None = None


class Transfer(Mention):
    """An arms transfer claim; ``text/start/end`` are the evidence sentence."""

    supplier: str | None = None
    recipient: str | None = None
    weapon: str | None = None
    quantity: float | None = None
    status: TransferStatus
    source: str | None = None
    trigger: str | None = None
    date: str | None = None
    evidence: list[Mention] = Field(default_factory=list)


class Extraction(BaseModel):
    """Everything arms_nlp found in one text."""

    model_config = ConfigDict(extra="forbid")

    weapons: list[Weapon] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    ranges: list[Range] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    dates: list[DateRef] = Field(default_factory=list)
    transfers: list[Transfer] = Field(default_factory=list)
    published: dt.date | None = None
    published_from: PublishedSource | None = None

    def range_claims(self) -> list[list[Range]]:
        """Group the ranges that state the same reach (see :meth:`Length.same_claim`)."""
        groups: list[list[Range]] = []
        for found in self.ranges:
            for group in groups:
                if group[0].same_claim(found):
                    group.append(found)
                    break
            else:
                groups.append([found])
        return groups

    def actor(self, name: str) -> Actor | None:
        """The actor with this canonical name, if any."""
        return next((a for a in self.actors if a.name == name), None)


RECORD_TYPES: dict[str, type[BaseModel]] = {
    cls.__name__: cls
    for cls in (Mention, Weapon, Quantity, Length, Range, Actor, Quote, DateRef, Transfer, Extraction)
}
