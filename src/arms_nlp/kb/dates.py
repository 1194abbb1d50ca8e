"""Schema and accessor for ``data/dates.yaml`` (month and weekday names, period words, holidays, duration nouns)."""

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
    seasons: dict[str, tuple[int, int]] = Field(description="season -> (first month, last month)")
    season_prepositions: list[str] = Field(description='before a season without "last/this/next": "in the summer"')
    ambiguous_seasons: list[str] = Field(description='also verbs: a date only as "the fall", "last spring"')
    year_prefixes: list[str] = Field(description='written before a year: "Q3 2023", "fiscal 2025"')
    holidays: dict[str, tuple[int, int]] = Field(description="fixed-date holiday -> (month, day)")
    day_words: dict[str, int] = Field(description="yesterday/today/tomorrow -> day step")
    anaphor_steps: dict[str, int] = Field(description='"the following day": step after "the"')
    anaphor_directions: dict[str, int] = Field(description='"a year earlier": sign after the unit')
    anaphor_blockers: list[str] = Field(description='"over the next year" is a duration')
    year_prepositions: list[str]
    measure_prepositions: list[str]
    year_followers: list[str]
    month_prepositions: list[str]
    relative: dict[str, int] = Field(description="last/this/next -> step")
    year_kinds: list[str] = Field(description='between "next" and "year": "next fiscal year"')
    relative_parts: list[str] = Field(description='modifiers kept in a relative mention: "late last year"')
    ago_units: dict[str, Literal["year", "month", "week", "day"]] = Field(description="unit word -> grain")
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
