"""Schema and accessor for ``data/range_cues.yaml`` (the words that make a length a weapon's reach)."""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field, model_validator

from . import LowerWords, load_document
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
    strong_after: LowerWords
    weak_after: LowerWords
    pronouns: LowerWords
    weak_excluded_units: frozenset[str] = frozenset()
    strong_modifiers: LowerWords = frozenset()
    coordinators: LowerWords = frozenset()
    blockers: LowerWords = frozenset()
    motion: LowerWords = frozenset()
    location_after: LowerWords = frozenset()
    abilities: LowerWords = frozenset()
    designation: re.Pattern[str] | None = None
    min_km: float = Field(default=0.05, ge=0)
    max_hops: int = Field(default=6, ge=1)

    @model_validator(mode="after")
    def _known_units(self) -> RangeCues:
        unknown = self.weak_excluded_units - {u.name for u in unit_table().units}
        if unknown:
            raise ValueError(f"weak_excluded_units names unknown units: {sorted(unknown)}")
        return self


@lru_cache(maxsize=1)
def range_cues() -> RangeCues:
    """The reach-cue lexicon, loaded once."""
    return load_document("range_cues.yaml", RangeCues)
