"""Schemas and accessors for the actor gazetteers and lexicons.

``countries.jsonl`` (states with aliases, demonyms, capitals and metonymic government
seats such as "the Kremlin"), ``organizations.jsonl``, ``armed_groups.jsonl`` and
``media.jsonl`` (named bodies, with the country a government body belongs to),
``regions.jsonl`` (places that are not states: "Middle East", "Gaza") and
``official_nouns.yaml`` (head nouns of unnamed officials and related word lists).

:class:`ActorKnowledge` is what one ``arms_actors`` component knows: these gazetteers plus the
user's own entries, which are rows in the same schemas with a ``kind`` on every row
("country" and "location" select the countries and regions schemas).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from . import DataFileError, Located, load_document, load_records, validated

#: How an alias refers to its entity: by name, as an adjective, as its capital, as its seat of power.
AliasRole = Literal["name", "demonym", "capital", "body"]
NamedKind = Literal["organization", "armed_group", "media"]


class Country(BaseModel):
    """A state: canonical short name and every way news text refers to it."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    demonyms: list[str] = Field(default_factory=list)
    capitals: list[str] = Field(default_factory=list)
    bodies: list[str] = Field(default_factory=list)


class NamedBody(BaseModel):
    """An organisation, armed group or media outlet; ``country`` for a state's own bodies.

    ``generic`` lists the names other states' bodies share ("Security Council", "Defense Department"):
    after another state's possessive or demonym ("Russia's Security Council") they name that state's body.
    """

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    kind: NamedKind
    aliases: list[str] = Field(default_factory=list)
    country: str | None = None
    generic: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _check_generic(self) -> NamedBody:
        unknown = set(self.generic) - {self.name, *self.aliases}
        if unknown:
            raise ValueError(f"generic names {sorted(unknown)} are not among the name and aliases")
        return self


class Region(BaseModel):
    """A place that is not a state; aliases may include its adjective ("Middle Eastern")."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)


class EllipticState(BaseModel):
    """The state a short form names ("North" -> North Korea) and the names that must be in the text for it to."""

    model_config = ConfigDict(extra="forbid")

    state: str
    cues: list[str] = Field(min_length=1)


class ActorLexicon(BaseModel):
    """Word lists that drive the parse-based rules of arms_actors."""

    model_config = ConfigDict(extra="forbid")

    official_nouns: list[str]
    bare_official_nouns: list[str]
    source_nouns: list[str]
    source_modifiers: list[str]
    #: Source nouns that make an unnamed source when they speak ("a source said", "according to Japanese sources").
    speaking_source_nouns: list[str] = Field(default_factory=list)
    #: Words that only count sources ("multiple sources", "several sources"): such sources are no one in particular.
    source_quantifiers: list[str] = Field(default_factory=list)
    state_nouns: list[str]
    #: Nouns of a people, its members or its culture, and the press ("the Syrian people", "Afghan refugees", "Iranian
    #: state media"): a demonym before one is no mention of the state, which it is before any other common noun.
    non_state_nouns: list[str] = Field(default_factory=list)
    location_prepositions: list[str]
    not_actor_words: list[str]
    body_nouns: list[str]
    travel_words: list[str]
    official_prepositions: list[str]
    person_titles: list[str]
    #: Words of a portfolio after a title and "of" ("Minister of Culture and Information"), before a name.
    portfolio_words: list[str] = Field(default_factory=list)
    #: Words that open a rank only before a title word ("Air" of "Air Marshal", "Rear" of "Rear Admiral").
    rank_prefixes: list[str] = Field(default_factory=list)
    #: Title words that are military ranks: an ORG entity made of one and a name is a person.
    military_ranks: list[str] = Field(default_factory=list)
    organization_heads: list[str]
    armed_group_heads: list[str] = Field(default_factory=list)
    #: Descriptions that make an organisation's name before them (or in apposition) an armed group.
    armed_group_nouns: list[str] = Field(default_factory=list)
    military_services: list[str] = Field(default_factory=list)
    #: Services that name the institution even in lower case when they head their phrase ("the Sudanese army said").
    institution_services: list[str] = Field(default_factory=list)
    #: Ministries that, in lower case after a demonym and heading their phrase, name the body ("the Turkish defense
    #: ministry said"): an organisation named as written.
    lower_ministries: list[str] = Field(default_factory=list)
    organization_nouns: list[str]
    generic_body_words: list[str]
    media_heads: list[str]
    media_nouns: list[str]
    not_datelines: list[str]
    #: Agency codes that only name an agency in a dateline's parentheses ("BAKU, Azerbaijan (AA) -") -> its name.
    dateline_agencies: dict[str, str] = Field(default_factory=dict)
    capital_nouns: list[str]
    place_nouns: list[str]
    #: Place nouns that join the name before them even lowercase ("Kursk region").
    unit_nouns: list[str] = Field(default_factory=list)
    #: Lowercase unit nouns that join a place the gazetteer knows even with no owner ("Zamfara state").
    unowned_unit_nouns: list[str] = Field(default_factory=list)
    facility_nouns: list[str]
    place_prepositions: list[str]
    #: Nouns of vessels and vehicles: a name right after one is the craft's name ("the cargo ship Lady R").
    vessel_nouns: list[str] = Field(default_factory=list)
    #: Attack nouns: a capital after one and "on" is the place struck ("strikes on Tripoli"), not its government.
    attack_nouns: list[str] = Field(default_factory=list)
    #: Military unit nouns: "7 Division of the Nigerian Army" is the unit "7 Division" and the service apart.
    unit_of_service_nouns: list[str] = Field(default_factory=list)
    #: First words of an event's or a document's name that no actor's name opens ("Operation Inherent Resolve").
    event_openers: list[str] = Field(default_factory=list)
    #: Time-zone abbreviations, as written ("GMT", "KST"): a clock time's zone, never an actor.
    time_zones: list[str] = Field(default_factory=list)
    #: Verbs whose one-word subject, taken for a person with no title, is an outlet ("Gazeta reported").
    outlet_verbs: list[str] = Field(default_factory=list)
    #: Heads of a body's name that "in" and the place it sits in complete ("the U.S. Embassy in Nairobi").
    placed_body_heads: list[str] = Field(default_factory=list)
    #: A half of a divided state written alone ("the North") -> the state, named so only in a text that names one of
    #: its cues (the states of the peninsula, its seas).
    elliptic_states: dict[str, EllipticState] = Field(default_factory=dict)


class GazetteerEntry(BaseModel):
    """One alias of one entity, as the matcher sees it."""

    model_config = ConfigDict(frozen=True)

    alias: str
    name: str
    kind: Literal["country", "organization", "armed_group", "media", "location"]
    role: AliasRole
    country: str | None = None
    generic: bool = False


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """All states, loaded once."""
    return load_records("countries.jsonl", Country)


@lru_cache(maxsize=1)
def named_bodies() -> tuple[NamedBody, ...]:
    """Organisations (arms makers among them), armed groups and media outlets, loaded once."""
    rows: list[NamedBody] = []
    for filename, kind in (
        ("organizations.jsonl", "organization"),
        ("defence_companies.jsonl", "organization"),
        ("armed_groups.jsonl", "armed_group"),
        ("media.jsonl", "media"),
    ):
        for row in load_records(filename, NamedBody):
            if row.kind != kind:
                raise DataFileError(f"{filename}: {row.name!r} has kind {row.kind!r}, expected {kind!r}")
            rows.append(row)
    return tuple(rows)


@lru_cache(maxsize=1)
def regions() -> tuple[Region, ...]:
    """Regions and other non-state places, loaded once."""
    return load_records("regions.jsonl", Region)


@lru_cache(maxsize=1)
def actor_lexicon() -> ActorLexicon:
    """The official-noun and related word lists, loaded once."""
    return load_document("official_nouns.yaml", ActorLexicon)


#: A row of any actor gazetteer.
ActorRecord = Country | NamedBody | Region
EntryKind = Literal["country", "organization", "armed_group", "media", "location"]
#: The schema of a user's row by its ``kind``; only named bodies keep ``kind`` as a field of their own.
_SCHEMAS: dict[str, type[BaseModel]] = {
    "country": Country,
    "organization": NamedBody,
    "armed_group": NamedBody,
    "media": NamedBody,
    "location": Region,
}


def record_kind(record: ActorRecord) -> EntryKind:
    """The actor kind a gazetteer row names."""
    if isinstance(record, Country):
        return "country"
    return record.kind if isinstance(record, NamedBody) else "location"


def build_gazetteer(records: Iterable[ActorRecord]) -> dict[str, GazetteerEntry]:
    """Every alias (exact spelling) -> its entry; a name beats a demonym/capital of another entity."""
    entries: dict[str, GazetteerEntry] = {}
    for record in records:
        for entry in alias_entries(record):
            current = entries.get(entry.alias)
            if current is None or (current.role != "name" and entry.role == "name"):
                entries[entry.alias] = entry
    return entries


def lower_head_forms(names: Sequence[str], kind: str) -> list[str]:
    """An armed group's names with their last word, an ``armed_group_heads`` word, in lower case as the press
    often writes it ("the Sinaloa cartel", "the Fano militia"); none that is already a name."""
    if kind != "armed_group":
        return []
    heads = set(actor_lexicon().armed_group_heads)
    forms = []
    for name in names:
        front, _, last = name.rpartition(" ")
        if front and last.lower() in heads and last != last.lower():
            forms.append(f"{front} {last.lower()}")
    return [form for form in forms if form not in names]


def alias_entries(record: ActorRecord) -> list[GazetteerEntry]:
    """The matcher entries of one row: its name and aliases, then a country's demonyms, capitals and seats."""
    kind = record_kind(record)
    if isinstance(record, NamedBody):
        names = (record.name, *record.aliases)
        return [
            GazetteerEntry(
                alias=alias,
                name=record.name,
                kind=kind,
                role="name",
                country=record.country,
                generic=alias in record.generic,
            )
            for alias in (*names, *lower_head_forms(names, kind))
        ]
    found = [GazetteerEntry(alias=a, name=record.name, kind=kind, role="name") for a in (record.name, *record.aliases)]
    if isinstance(record, Country):
        for role, aliases in (("demonym", record.demonyms), ("capital", record.capitals), ("body", record.bodies)):
            found += [GazetteerEntry(alias=a, name=record.name, kind=kind, role=role) for a in aliases]
    return found


def actor_record(row: Any) -> ActorRecord:
    """A user's row (a dict with a ``kind``, or a parsed row) validated in the schema its kind selects."""
    if isinstance(row, (Country, NamedBody, Region)):
        return row
    if not isinstance(row, dict):
        raise ValueError(f"<row>: expected a JSON object, got {type(row).__name__}")
    if "kind" not in row:
        raise ValueError(f"kind: Field required (one of {', '.join(map(repr, _SCHEMAS))})")
    schema = _SCHEMAS.get(row["kind"]) if isinstance(row["kind"], str) else None
    if schema is None:
        raise ValueError(f"kind: Input should be one of {', '.join(map(repr, _SCHEMAS))}, got {row['kind']!r}")
    fields = row if schema is NamedBody else {k: v for k, v in row.items() if k != "kind"}
    return schema.model_validate(fields)  # type: ignore[return-value]


def actor_entries(rows: Iterable[Located]) -> list[ActorRecord]:
    """Located user rows validated as actor records; errors name the row and the field."""
    return validated(rows, actor_record)


def actor_row(record: ActorRecord) -> dict[str, Any]:
    """A record as a user row: its kind first, defaults left out."""
    return {"kind": record_kind(record), **record.model_dump(exclude_defaults=True)}


@dataclass(frozen=True)
class ActorKnowledge:
    """The actors one ``arms_actors`` component knows: the packaged gazetteers plus user entries.

    Immutable, so every component shares the packaged object (:func:`packaged_actors`) and its derived
    tables. An added row replaces a packaged row of the same kind and name, and an alias the user's rows
    spell wins over the packaged entity that spells it too.
    """

    packaged: tuple[ActorRecord, ...]
    added: tuple[ActorRecord, ...] = ()

    @cached_property
    def records(self) -> tuple[ActorRecord, ...]:
        """The packaged rows not replaced by an added one, then the added rows."""
        replaced = {(record_kind(r), r.name) for r in self.added}
        return (*(r for r in self.packaged if (record_kind(r), r.name) not in replaced), *self.added)

    @cached_property
    def gazetteer(self) -> Mapping[str, GazetteerEntry]:
        """Every alias (exact spelling) -> its entry, the user's aliases over the packaged ones."""
        if not self.added:
            return build_gazetteer(self.packaged)
        kept = self.records[: len(self.records) - len(self.added)]
        return {**build_gazetteer(kept), **build_gazetteer(self.added)}

    @cached_property
    def demonyms(self) -> Mapping[str, str]:
        """Canonical country name -> its first demonym ("Russia" -> "Russian"), for naming its bodies."""
        return {r.name: r.demonyms[0] for r in self.records if isinstance(r, Country) and r.demonyms}

    def with_entries(self, records: Iterable[ActorRecord]) -> ActorKnowledge:
        """This knowledge plus ``records`` (a later row of the same kind and name replaces an earlier one)."""
        added = {(record_kind(r), r.name): r for r in self.added}
        added.update(((record_kind(r), r.name), r) for r in records)
        return ActorKnowledge(self.packaged, tuple(added.values()))


@lru_cache(maxsize=1)
def packaged_actors() -> ActorKnowledge:
    """The packaged gazetteers as knowledge, built once per process and shared by every component."""
    return ActorKnowledge((*countries(), *named_bodies(), *regions()))


def gazetteer() -> Mapping[str, GazetteerEntry]:
    """The packaged gazetteer: every alias (exact spelling) -> its entry."""
    return packaged_actors().gazetteer


def demonym_of() -> Mapping[str, str]:
    """Canonical country name -> its first demonym ("Russia" -> "Russian"), for naming its bodies."""
    return packaged_actors().demonyms


@lru_cache(maxsize=1)
def country_of_body() -> dict[str, str]:
    """Canonical name of a government body -> the country it belongs to ("State Department" -> "United States")."""
    return {body.name: body.country for body in named_bodies() if body.country}
