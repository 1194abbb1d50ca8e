"""Schema and accessor for ``data/range_cues.yaml`` (the words that make a length a weapon's reach)."""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from . import load_document
from .units import unit_table


class Cue(BaseModel):
    """A reach word: its lemma, the parts of speech it counts under (any if empty) and its inflected forms."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    lemma: str
    pos: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()


class RangeCues(BaseModel):
    """Strong cues make a range on their own; weak ones need a weapon in the sentence."""

    model_config = ConfigDict(extra="forbid")

    strong: tuple[Cue, ...]
    weak: tuple[Cue, ...]
    strong_after: frozenset[str]
    weak_after: frozenset[str]
    pronouns: frozenset[str]
    weak_excluded_units: frozenset[str] = frozenset()
    strong_modifiers: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()
    blockers: frozenset[str] = frozenset()
    motion: frozenset[str] = frozenset()
    location_after: frozenset[str] = frozenset()
    abilities: frozenset[str] = frozenset()
    designation: re.Pattern[str] | None = None
    min_km: float = Field(default=0.05, ge=0)
    max_hops: int = Field(default=6, ge=1)

    @field_validator(
        "strong_after", "weak_after", "pronouns", "location_after", "abilities", "strong_modifiers", "coordinators",
        "blockers",
        "motion",
        mode="before",
    )
    @classmethod
    def _lower_set(cls, value: object) -> object:
        return frozenset(str(v).lower() for v in value) if isinstance(value, (list, tuple, set)) else value

    @model_validator(mode="after")
    def _known_units(self) -> "RangeCues":
        unknown = self.weak_excluded_units - {u.name for u in unit_table().units}
        if unknown:
            raise ValueError(f"weak_excluded_units names unknown units: {sorted(unknown)}")
        return self


@lru_cache(maxsize=1)
def range_cues() -> RangeCues:
    """The reach-cue lexicon, loaded once."""
    return load_document("range_cues.yaml", RangeCues)
