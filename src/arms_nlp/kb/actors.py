"""Schemas and accessors for the actor gazetteers and lexicons.

``countries.jsonl`` (states with aliases, demonyms, capitals and metonymic government
seats such as "the Kremlin"), ``organizations.jsonl``, ``armed_groups.jsonl`` and
``media.jsonl`` (named bodies, with the country a government body belongs to),
``regions.jsonl`` (places that are not states: "Middle East", "Gaza") and
``official_nouns.yaml`` (head nouns of unnamed officials and related word lists).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from . import DataFileError, load_document, load_records

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


class ActorLexicon(BaseModel):
    """Word lists that drive the parse-based rules of arms_actors."""

    model_config = ConfigDict(extra="forbid")

    official_nouns: list[str]
    bare_official_nouns: list[str]
    source_nouns: list[str]
    source_modifiers: list[str]
    state_nouns: list[str]
    location_prepositions: list[str]
    not_actor_words: list[str]
    body_nouns: list[str]
    travel_words: list[str]
    official_prepositions: list[str]
    person_titles: list[str]
    organization_heads: list[str]
    armed_group_heads: list[str] = Field(default_factory=list)
    organization_nouns: list[str]
    generic_body_words: list[str]
    media_heads: list[str]
    media_nouns: list[str]
    not_datelines: list[str]
    place_nouns: list[str]
    facility_nouns: list[str]
    place_prepositions: list[str]


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
    """Organisations, armed groups and media outlets, loaded once."""
    rows: list[NamedBody] = []
    for filename, kind in (
        ("organizations.jsonl", "organization"),
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


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, GazetteerEntry]:
    """Every alias (exact spelling) -> its entry; a name beats a demonym/capital of another entity."""
    entries: dict[str, GazetteerEntry] = {}

    def add(alias: str, entry: GazetteerEntry) -> None:
        current = entries.get(alias)
        if current is None or (current.role != "name" and entry.role == "name"):
            entries[alias] = entry

    for country in countries():
        for alias in (country.name, *country.aliases):
            add(alias, GazetteerEntry(alias=alias, name=country.name, kind="country", role="name"))
        for role, aliases in (("demonym", country.demonyms), ("capital", country.capitals), ("body", country.bodies)):
            for alias in aliases:
                add(alias, GazetteerEntry(alias=alias, name=country.name, kind="country", role=role))
    for body in named_bodies():
        for alias in (body.name, *body.aliases):
            entry = GazetteerEntry(
                alias=alias,
                name=body.name,
                kind=body.kind,
                role="name",
                country=body.country,
                generic=alias in body.generic,
            )
            add(alias, entry)
    for region in regions():
        for alias in (region.name, *region.aliases):
            add(alias, GazetteerEntry(alias=alias, name=region.name, kind="location", role="name"))
    return entries


@lru_cache(maxsize=1)
def demonym_of() -> dict[str, str]:
    """Canonical country name -> its first demonym ("Russia" -> "Russian"), for naming its bodies."""
    return {country.name: country.demonyms[0] for country in countries() if country.demonyms}


@lru_cache(maxsize=1)
def country_of_body() -> dict[str, str]:
    """Canonical name of a government body -> the country it belongs to ("State Department" -> "United States")."""
    return {body.name: body.country for body in named_bodies() if body.country}
