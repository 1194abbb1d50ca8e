"""Schema and accessor for ``data/units.yaml`` (length units with exact factors to km, and their context words)."""

from __future__ import annotations

from functools import cached_property, lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from . import LowerWords, load_document

Guard = Literal["money", "dimension", "clock", "prime", "race"]


class Unit(BaseModel):
    """One length unit: canonical name, exact factor to kilometres and its written forms."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    km: float = Field(gt=0)
    names: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    guarded: dict[str, Guard] = {}


class ScaleAmount(BaseModel):
    """An order-of-magnitude amount before a unit ("thousands of"): the interval it implies."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    phrase: tuple[str, ...]
    low: float
    high: float

    @field_validator("phrase", mode="before")
    @classmethod
    def _split(cls, value: object) -> object:
        return tuple(str(value).lower().split()) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _ordered(self) -> ScaleAmount:
        if not 0 < self.low <= self.high:
            raise ValueError(f"scale amount {' '.join(self.phrase)!r}: need 0 < low <= high")
        return self


class UnitForm(BaseModel):
    """A written form of a unit, as a token sequence, with the guard it needs (if any)."""

    model_config = ConfigDict(frozen=True)

    unit: Unit
    words: tuple[str, ...]
    case_sensitive: bool
    guard: Guard | None = None


def _lower_tuple(value: object) -> object:
    return tuple(str(v).lower() for v in value) if isinstance(value, (list, tuple)) else value


class UnitTable(BaseModel):
    """Everything :func:`arms_nlp.normalize.lengths.find_lengths` knows; context words are lowercase."""

    model_config = ConfigDict(extra="forbid")

    units: tuple[Unit, ...]
    fractions: dict[str, float]
    multipliers: dict[str, float]
    vulgar_fractions: dict[str, float] = {}
    compound_units: dict[str, str] = {}
    compound_bare: dict[str, float] = {}
    compound_joiners: LowerWords = frozenset()
    scale_amounts: tuple[ScaleAmount, ...] = ()
    minus_signs: frozenset[str] = frozenset()
    minus_words: LowerWords = frozenset()
    unit_modifiers: LowerWords = frozenset()
    approximate_qualifiers: tuple[tuple[str, ...], ...] = ()
    qualified_article_units: frozenset[str] = frozenset()
    rate_nouns: LowerWords = frozenset()
    race_words: LowerWords = frozenset()
    rate_suffixes: tuple[str, ...] = ()
    figure_scales: LowerWords
    qualifiers: tuple[tuple[str, ...], ...]
    interval_openers: LowerWords
    interval_connectors: frozenset[str]
    bare_connectors: LowerWords
    figure_suffixes: LowerWords
    change_words: LowerWords
    article_units: frozenset[str]
    area_words: LowerWords
    rate_words: LowerWords
    time_words: LowerWords
    currency_signs: frozenset[str]
    currency_words: LowerWords
    million_nouns: LowerWords
    dimension_words: LowerWords
    metre_followers: LowerWords = frozenset()

    @field_validator("qualifiers", "approximate_qualifiers", mode="before")
    @classmethod
    def _split_qualifiers(cls, value: object) -> object:
        if isinstance(value, list):
            return tuple(tuple(str(q).lower().split()) for q in value)
        return value

    @model_validator(mode="after")
    def _unique_forms(self) -> UnitTable:
        seen: dict[tuple[tuple[str, ...], bool], str] = {}
        for form in self.forms:
            key = (form.words, form.case_sensitive)
            if key in seen and seen[key] != form.unit.name:
                raise ValueError(f"unit form {' '.join(form.words)!r} belongs to {seen[key]} and {form.unit.name}")
            seen[key] = form.unit.name
        return self

    @cached_property
    def forms(self) -> tuple[UnitForm, ...]:
        """Every written form, longest first so that "nautical miles" wins over "miles"."""
        found: list[UnitForm] = []
        for unit in self.units:
            found += [UnitForm(unit=unit, words=tuple(n.lower().split()), case_sensitive=False) for n in unit.names]
            found += [UnitForm(unit=unit, words=(a,), case_sensitive=True) for a in unit.abbreviations]
            found += [UnitForm(unit=unit, words=(a,), case_sensitive=True, guard=g) for a, g in unit.guarded.items()]
        return tuple(sorted(found, key=lambda f: -len(f.words)))

    @cached_property
    def max_form_words(self) -> int:
        """The most tokens a unit form spans."""
        return max(len(f.words) for f in self.forms)

    @model_validator(mode="after")
    def _known_article_units(self) -> UnitTable:
        names = {u.name for u in self.units}
        unknown = (self.article_units | self.qualified_article_units) - names
        unknown |= (set(self.compound_units) | set(self.compound_units.values()) | set(self.compound_bare)) - names
        if unknown:
            raise ValueError(f"unknown unit names: {sorted(unknown)}")
        return self

    @cached_property
    def _written(self) -> tuple[dict[str, Unit], dict[str, Unit]]:
        exact = {" ".join(f.words): f.unit for f in self.forms if f.case_sensitive}
        lowered = {" ".join(f.words): f.unit for f in self.forms if not f.case_sensitive}
        return exact, lowered

    def unit_written(self, written: str) -> Unit | None:
        """The unit of a form as written ("km", "Nautical Miles"); None if it is not one."""
        exact, lowered = self._written
        return exact.get(written) or lowered.get(" ".join(written.lower().split()))

    def unit(self, name: str) -> Unit:
        """The unit with this canonical name (KeyError if unknown)."""
        for unit in self.units:
            if unit.name == name:
                return unit
        raise KeyError(name)


@lru_cache(maxsize=1)
def unit_table() -> UnitTable:
    """The length-unit table, loaded once."""
    return load_document("units.yaml", UnitTable)
