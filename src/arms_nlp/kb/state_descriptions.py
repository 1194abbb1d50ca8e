"""Schema and accessor for ``data/state_descriptions.yaml`` (descriptions standing for a named state)."""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, field_validator

from . import load_document
from .actors import countries

_WORD = re.compile(r"[\w-]+")


class StateDescriptions(BaseModel):
    """Head nouns of a description of a state, and the states each region word fits."""

    model_config = ConfigDict(extra="forbid")

    nouns: frozenset[str]
    #: Region word (lowercase, as written before the noun) -> the states it fits.
    regions: dict[str, frozenset[str]]
    #: Kind word (lowercase; the head noun or a word before it) -> the states of that kind ("island", "kingdom").
    kinds: dict[str, frozenset[str]] = {}

    @field_validator("regions", "kinds")
    @classmethod
    def _known_states(cls, regions: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
        """Every state listed is a state of ``countries.jsonl`` (a misspelt name would never match)."""
        known = {c.name for c in countries()}
        unknown = sorted({name for names in regions.values() for name in names} - known)
        if unknown:
            raise ValueError(f"not in countries.jsonl: {unknown}")
        return {word.lower(): names for word, names in regions.items()}

    def region_of(self, words: str) -> frozenset[str] | None:
        """The states of the longest region word in ``words`` ("the North African" -> North Africa's), if any."""
        lowered = " " + " ".join(_WORD.findall(words.lower())) + " "
        found = [key for key in self.regions if f" {key} " in lowered]
        return self.regions[max(found, key=len)] if found else None

    def kind_of(self, words: str) -> frozenset[str] | None:
        """The states fitting every kind word or phrase in ``words`` ("the island nation" -> island states,
        "the military regime" -> states under military rule), if any."""
        lowered = " " + " ".join(_WORD.findall(words.lower())) + " "
        found = [states for key, states in self.kinds.items() if f" {key} " in lowered]
        return frozenset.intersection(*found) if found else None


@lru_cache(maxsize=1)
def state_descriptions() -> StateDescriptions:
    """The description table, loaded once."""
    return load_document("state_descriptions.yaml", StateDescriptions)
