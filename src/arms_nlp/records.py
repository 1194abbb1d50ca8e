"""Typed records returned by arms_nlp.

Every mention record carries ``text``, ``start`` and ``end``: character offsets
into the caller's input, so that ``input[start:end] == text`` always holds.
These names are a contract with downstream projects and benchmark scripts.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

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

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    text: str = Field(description="The words as written in the input: input[start:end].")
    start: int = Field(ge=0, description="Character offset of the first character in the input.")
    end: int = Field(ge=0, description="Character offset just past the last character in the input.")

    @model_validator(mode="after")
    def _check_offsets(self) -> Mention:
        if self.end < self.start:
            raise ValueError(f"end ({self.end}) is before start ({self.start})")
        if self.end - self.start != len(self.text):
            raise ValueError(f"text {self.text!r} has length {len(self.text)} but spans {self.start}:{self.end}")
        return self

    def shifted(self, offset: int) -> Mention:
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

    name: str = Field(description='Canonical name: a system ("Fateh-110") or a class ("ballistic missile", "UAV").')
    category: WeaponCategory = Field(description="Weapon category.")
    generic: bool = Field(default=False, description="True for a class of weapons, False for a named system.")
    family: str | None = Field(default=None, description='The family of a named system ("Fateh"), when known.')
    #: The variant named, when the text names one of a known system ("PAC-3" for name "Patriot").
    variant: str | None = Field(
        default=None,
        description='The variant named, when the text names one of a known system ("PAC-3" for "Patriot").',
    )
    origin: str | None = Field(default=None, description="Country that makes the system, when known.")
    rule: str = Field(default="", description="Which recognition rule fired (for debugging).")


class Quantity(Mention):
    """A count of things: "approximately 400 ballistic missiles", "dozens of drones"."""

    value: float | None = Field(default=None, description='The count; None for vague amounts ("dozens").')
    low: float | None = Field(default=None, description='Lower bound of a range or vague amount ("dozens" -> 24).')
    high: float | None = Field(default=None, description="Upper bound of a range or vague amount.")
    approximate: bool = Field(default=False, description='True when hedged ("about", "approximately") or vague.')
    qualifier: str | None = Field(
        default=None,
        description='The hedge or bound as written ("approximately", "up to"), or the vague amount ("dozens").',
    )
    item: str | None = Field(default=None, description="What is counted, as written.")
    weapon: str | None = Field(default=None, description="Canonical name of the weapon counted, when it is one.")

    @model_validator(mode="after")
    def _check_bounds(self) -> Quantity:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low ({self.low}) is above high ({self.high})")
        return self


class Length(Mention):
    """A length expression normalised to kilometres ("186 to 435 miles", "700 km").

    ``low_km`` is None for a single figure or a maximum ("up to 300 km");
    ``low``/``high`` are the figures as written and ``unit`` the unit as written;
    ``approximate`` marks a hedge ("about 300 km") or an order of magnitude ("thousands of miles");
    ``converted`` is the restatement folded into the record ("75 miles" of "120 km (75 miles)").
    """

    low_km: float | None = Field(
        default=None, description='Lower bound in km; None for a single figure or a maximum ("up to 300 km").'
    )
    high_km: float = Field(description="The figure (or upper bound) in km.")
    unit: str = Field(description='The unit as written ("miles", "km", "nautical miles").')
    low: str | None = Field(default=None, description="The lower figure as written.")
    high: str = Field(description="The (upper) figure as written.")
    qualifier: str | None = Field(default=None, description='The bound as written ("up to", "more than").')
    conversion_mismatch: bool = Field(
        default=False,
        description='True when a conversion written in brackets ("120 km (75 miles)") disagrees by more than 2% '
        "and by more than the rounding of either written figure (see the README).",
    )
    approximate: bool = Field(
        default=False,
        description='True for a hedged or order-of-magnitude figure ("about 300 km", "thousands of miles").',
    )
    converted: str | None = Field(
        default=None, description='The restatement folded into the record ("75 miles" of "120 km (75 miles)").'
    )

    @model_validator(mode="after")
    def _check_interval(self) -> Length:
        if self.low_km is not None and self.low_km > self.high_km:
            raise ValueError(f"low_km ({self.low_km}) is above high_km ({self.high_km})")
        return self

    def same_claim(self, other: Length, tolerance: float = 0.02) -> bool:
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

    weapon: str | None = Field(default=None, description="Canonical name of the weapon whose reach this is.")


class Actor(Mention):
    """One real-world actor with all its mentions; ``text/start/end`` are its first mention."""

    name: str = Field(description='Canonical name ("Iran", "Ebrahim Raisi", "Reuters").')
    kind: ActorKind = Field(description="What sort of actor this is.")
    affiliation: str | None = Field(
        default=None, description="The country or organisation a person or official belongs to."
    )
    title: str | None = Field(default=None, description='A person\'s title or office as written ("President").')
    mentions: list[Mention] = Field(
        default_factory=list, description="Every mention of this actor in the text, first included."
    )


class Quote(Mention):
    """What was said. ``direct``: the quoted words without quote marks; ``partial``: the reported
    clause with its quoted fragment(s) and their marks; ``indirect``: the reported clause. A quote
    interrupted by its attribution ("“A,” she said, “B.”", "A, he said, B") spans both pieces and
    lists them in ``parts`` (empty for a quote in one piece)."""

    speaker: str | None = Field(
        default=None,
        description="Who said it, as the text names them: a person's full name as given, a body or outlet as "
        'written at the attribution ("AFP"), a state by its canonical name ("Moscow said": "Russia"), '
        "a description when no name is given; None when not found.",
    )
    cue: str | None = Field(default=None, description='The speech verb or phrase ("said", "according to").')
    kind: QuoteKind = Field(
        default="direct",
        description="direct (quoted whole), partial (a reported clause holding quoted words) or indirect (reported speech).",
    )
    parts: list[Mention] = Field(
        default_factory=list, description="The pieces of a quote interrupted by its attribution; empty for one piece."
    )


class DateRef(Mention):
    """A date mention resolved against the article date; ``value`` is ISO 8601 at the written precision."""

    value: str | None = Field(
        default=None,
        description='ISO 8601 at the written precision ("2024", "2024-01", "2024-W05", "2024-01-03"); None when unresolvable.',
    )
    grain: DateGrain | None = Field(default=None, description="The precision written: year, month, week or day.")


class Transfer(Mention):
    """An arms transfer claim; ``text/start/end`` are the evidence sentence."""

    supplier: str | None = Field(default=None, description="Canonical name of the actor sending the arms.")
    recipient: str | None = Field(default=None, description="Canonical name of the actor receiving the arms.")
    weapon: str | None = Field(default=None, description="Canonical name of the weapon transferred.")
    quantity: float | None = Field(default=None, description="How many, when the text says.")
    status: TransferStatus = Field(
        description="confirmed (a party or the article states it), reported (attributed or hedged), denied, "
        "negotiating (talks) or planned (pledged, agreed, ordered; not delivered)."
    )
    source: str | None = Field(default=None, description="Canonical name of who the claim is attributed to.")
    trigger: str | None = Field(default=None, description='The word that states the transfer ("supplied", "deliver").')
    date: str | None = Field(default=None, description="ISO date of the transfer, when the text gives one.")
    evidence: list[Mention] = Field(default_factory=list, description="Every sentence stating this claim.")


class Extraction(BaseModel):
    """Everything arms_nlp found in one text."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    weapons: list[Weapon] = Field(default_factory=list, description="Weapon mentions, in text order.")
    quantities: list[Quantity] = Field(default_factory=list, description="Counts of things, in text order.")
    ranges: list[Range] = Field(default_factory=list, description="Weapon ranges in km, in text order.")
    actors: list[Actor] = Field(
        default_factory=list, description="Actors, each with all its mentions, by first mention."
    )
    quotes: list[Quote] = Field(default_factory=list, description="Attributed quotes, in text order.")
    dates: list[DateRef] = Field(default_factory=list, description="Date mentions resolved against the article date.")
    transfers: list[Transfer] = Field(default_factory=list, description="Arms transfer claims, by first evidence.")
    published: dt.date | None = Field(default=None, description="The article date, when given or found.")
    published_from: PublishedSource | None = Field(
        default=None, description="Where the article date came from: given (by the caller), dateline or latest_date."
    )

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

    def to_records(self) -> list[dict[str, object]]:
        """Flat dicts, one per record, each with a ``type`` key ("weapon", "transfer", ...).

        Nested mention lists (an actor's ``mentions``, a transfer's ``evidence``) become
        lists of their texts, so every value is a scalar or a list of strings: ready for
        ``pandas.DataFrame`` or a CSV writer.
        """
        rows: list[dict[str, object]] = []
        for field, kind in RECORD_KINDS.items():
            for record in getattr(self, field):
                row: dict[str, object] = {"type": kind}
                for name, value in record.model_dump(mode="json").items():
                    row[name] = [m["text"] for m in value] if name in _MENTION_LISTS else value
                rows.append(row)
        return rows

    def _repr_html_(self) -> str:
        """The rendered view in a notebook (see :func:`arms_nlp.render_html`)."""
        from .render import render_html

        return render_html(self, full_page=False)


#: Extraction field -> the ``type`` of its records in :meth:`Extraction.to_records`.
RECORD_KINDS: dict[str, str] = {
    "weapons": "weapon",
    "quantities": "quantity",
    "ranges": "range",
    "actors": "actor",
    "quotes": "quote",
    "dates": "date",
    "transfers": "transfer",
}
_MENTION_LISTS = frozenset({"mentions", "evidence"})


#: Statuses ranked from the most to the least definite: when one source states several statuses of a
#: claim in one article ("confirmed the shipments ... there will be more"), the most definite is its latest.
STATUS_PRECEDENCE: tuple[TransferStatus, ...] = ("confirmed", "denied", "planned", "negotiating", "reported")


class ClaimStatement(Mention):
    """One statement of a transfer claim, as one article makes it.

    ``text/start/end`` are the evidence sentence in that article (offsets into the article's text).
    """

    #: The ledger's id of the article (its file stem on the command line, else a text hash).
    article_id: str
    #: The article's date (given at ingest, else read from its dateline or its latest date).
    published: dt.date | None = None
    #: The outlet that published the article, when given at ingest.
    outlet: str | None = None
    supplier: str | None = None
    recipient: str | None = None
    #: The weapon as the statement names it ("Fateh-110", "short-range ballistic missile").
    weapon: str | None = None
    #: The weapon family that keys the claim: the weapon's category ("ballistic_missile").
    family: WeaponCategory = "other"
    status: TransferStatus
    #: The actor making the statement; None when the article states it in its own voice.
    source: str | None = None
    #: Who is counted as the source: ``source``, else the outlet, else ``article:<article_id>``.
    source_key: str
    quantity: float | None = None
    #: The date the statement mentions for the transfer (ISO, at the written precision).
    date: str | None = None
    evidence: list[Mention] = Field(default_factory=list)


class Claim(BaseModel):
    """A transfer across articles: every statement about one (supplier, recipient, weapon family).

    ``statements`` are in reporting order (undated articles first, then by date; ties by ingest order
    and position). The other fields are derived from them: they are written out by ``model_dump`` and
    ignored when a dump is read back (so ``Claim.model_validate(claim.model_dump()) == claim``).
    """

    model_config = ConfigDict(extra="ignore")

    #: The canonical supplier and recipient, as the statements name them (None: not stated).
    supplier: str | None = None
    recipient: str | None = None
    #: The weapon family: the category shared by the weapons the statements name.
    family: WeaponCategory
    #: Every statement of the claim, in reporting order.
    statements: list[ClaimStatement] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def weapons(self) -> list[str]:
        """The weapon names the statements use, in first-seen order."""
        return list(dict.fromkeys(s.weapon for s in self.statements if s.weapon))

    @computed_field  # type: ignore[prop-decorator]
    @property
    def first_reported(self) -> dt.date | None:
        """The earliest article date among the statements."""
        dates = [s.published for s in self.statements if s.published]
        return min(dates) if dates else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def last_reported(self) -> dt.date | None:
        """The latest article date among the statements."""
        dates = [s.published for s in self.statements if s.published]
        return max(dates) if dates else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def latest_status(self) -> dict[str, TransferStatus]:
        """Each source's status in its latest article (the most definite one if it states several there)."""
        last_article: dict[str, str] = {s.source_key: s.article_id for s in self.statements}
        latest: dict[str, TransferStatus] = {}
        for s in self.statements:
            if last_article[s.source_key] != s.article_id:
                continue
            held = latest.get(s.source_key)
            if held is None or STATUS_PRECEDENCE.index(s.status) < STATUS_PRECEDENCE.index(held):
                latest[s.source_key] = s.status
        return latest

    @computed_field  # type: ignore[prop-decorator]
    @property
    def source_count(self) -> int:
        """The number of independent sources (distinct outlets, officials, articles in their own voice)."""
        return len({s.source_key for s in self.statements})

    @computed_field  # type: ignore[prop-decorator]
    @property
    def largest_quantity(self) -> float | None:
        """The largest quantity any statement gives."""
        found = [s.quantity for s in self.statements if s.quantity is not None]
        return max(found) if found else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def latest_quantity(self) -> float | None:
        """The quantity of the latest statement that gives one."""
        found = [s.quantity for s in self.statements if s.quantity is not None]
        return found[-1] if found else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def disputed(self) -> bool:
        """True when one source's latest status denies what another's confirms or reports."""
        statuses = list(self.latest_status.values())
        return "denied" in statuses and any(status in ("confirmed", "reported") for status in statuses)


RECORD_TYPES: dict[str, type[BaseModel]] = {
    cls.__name__: cls for cls in (Mention, Weapon, Quantity, Length, Range, Actor, Quote, DateRef, Transfer, Extraction)
}
