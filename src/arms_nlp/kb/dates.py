"""Schema and accessor for ``data/dates.yaml`` (month and weekday names, period words, duration nouns)."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from . import load_document


class DateWords(BaseModel):
    """The English date vocabulary the date patterns are built from (all keys lowercase)."""

    model_config = ConfigDict(extra="forbid")

    months: dict[str, int] = Field(description="full month name -> 1..12")
    month_abbreviations: dict[str, int]
    ambiguous_months: list[str] = Field(description="month names that are also ordinary words")
    weekdays: dict[str, int] = Field(description="full weekday name -> 0 (Monday)..6")
    weekday_abbreviations: dict[str, int]
    period_parts: list[str] = Field(description="early/mid/late: keep the precision")
    period_part_phrases: list[str]
    seasons: list[str]
    year_prepositions: list[str]
    measure_prepositions: list[str]
    year_followers: list[str]
    month_prepositions: list[str]
    relative: dict[str, int] = Field(description="last/this/next -> step")
    ago_units: dict[str, Literal["year", "month", "day"]] = Field(description="unit word -> grain")
    future_cues: list[str]
    dateline_prefixes: list[str]
    duration_nouns: list[str]

    def month_number(self, word: str) -> int | None:
        """1..12 for a month name or abbreviation ("Sept." -> 9), else None."""
        key = word.lower().rstrip(".")
        return self.months.get(key) or self.month_abbreviations.get(key)

    def weekday_number(self, word: str) -> int | None:
        """0..6 for a weekday name or abbreviation ("Thurs." -> 3), else None."""
        key = word.lower().rstrip(".")
        found = self.weekdays.get(key)
        return found if found is not None else self.weekday_abbreviations.get(key)


@lru_cache(maxsize=1)
def date_words() -> DateWords:
    """The date vocabulary, loaded once."""
    return load_document("dates.yaml", DateWords)
