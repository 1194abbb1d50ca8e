"""Schema and accessor for ``data/amounts.yaml`` (vague amounts, qualifiers, non-count nouns)."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from . import LowerWords, load_document


class VagueAmount(BaseModel):
    """An amount word without a figure: "dozens" (low 24), "several" (low 3), "a number"."""

    model_config = ConfigDict(extra="forbid")

    phrase: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    scale: float | None = None
    needs_of: bool = False
    exact: bool = False

    @model_validator(mode="after")
    def _check_bounds(self) -> VagueAmount:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"{self.phrase!r}: low is above high")
        return self


class Qualifier(BaseModel):
    """A hedge before a figure: "approximately", "at least" (bound low), "up to" (bound high)."""

    model_config = ConfigDict(extra="forbid")

    phrase: str
    bound: Literal["low", "high"] | None = None


class AmountLexicon(BaseModel):
    """Everything the quantities component knows about words around figures."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    vague: tuple[VagueAmount, ...]
    qualifiers: tuple[Qualifier, ...]
    range_connectors: LowerWords
    time_nouns: LowerWords
    units: LowerWords
    currency_words: LowerWords
    currency_signs: frozenset[str]
    percent_words: LowerWords
    months: LowerWords
    age_cues: LowerWords
    designators: LowerWords
    item_skip: LowerWords = Field(default_factory=frozenset)
    #: Nouns counting units of something named after "of": "1 million rounds of ammunition".
    container_nouns: LowerWords = Field(default_factory=frozenset)
    #: Nouns that count in the singular: "300 aircraft", "20 personnel".
    invariant_plurals: LowerWords = Field(default_factory=frozenset)
    #: Words before a figure whose noun is elided: "another ten (howitzers)".
    elision_cues: tuple[tuple[str, ...], ...] = ()

    @field_validator("elision_cues", mode="before")
    @classmethod
    def _split_cues(cls, value: object) -> object:
        return tuple(tuple(str(v).lower().split()) for v in value) if isinstance(value, list) else value

    @field_validator("currency_signs", mode="before")
    @classmethod
    def _signs(cls, signs: list[str]) -> frozenset[str]:
        return frozenset(str(sign) for sign in signs)

    @property
    def not_counted(self) -> frozenset[str]:
        """Nouns after which a figure is a duration, measurement, sum or percentage."""
        return self.time_nouns | self.units | self.currency_words | self.percent_words

    def vague_by_phrase(self) -> dict[str, VagueAmount]:
        """The vague amounts keyed by their lowercase phrase."""
        return {entry.phrase.lower(): entry for entry in self.vague}

    def qualifier_by_phrase(self) -> dict[str, Qualifier]:
        """The qualifiers keyed by their lowercase phrase."""
        return {entry.phrase.lower(): entry for entry in self.qualifiers}


@lru_cache(maxsize=1)
def amount_lexicon() -> AmountLexicon:
    """The counting vocabulary, loaded and validated once."""
    return load_document("amounts.yaml", AmountLexicon)
