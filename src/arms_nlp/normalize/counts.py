"""Text-level helpers for counts: figure ranges in one token, year shapes, plural shapes, scaled bounds."""

from __future__ import annotations

import re

from .numbers import parse_digits

_RANGE_TOKEN = re.compile(r"^(\d[\d,]*(?:\.\d+)?)\s*[-–—]\s*(\d[\d,]*(?:\.\d+)?)$")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d|2100)$")
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous")
_MEASURE_OR_ORDINAL = re.compile(r"^\d[\d,.]*(?:st|nd|rd|th|mm|cm|km|kg|m|g|t|kt|ft|mi|nm|bn|k|0s)$", re.IGNORECASE)


def parse_range_token(text: str) -> tuple[float, float] | None:
    """ "12–14" -> (12.0, 14.0): two figures joined by a dash inside one token; None otherwise.

    Only increasing pairs are ranges: "3-1" is a score and "2023-2024" a pair of years
    (the caller rejects year shapes separately).
    """
    match = _RANGE_TOKEN.match(text.strip())
    if not match:
        return None
    low, high = parse_digits(match.group(1)), parse_digits(match.group(2))
    if low is None or high is None or low >= high:
        return None
    return low, high


def is_year_shape(text: str) -> bool:
    """True for a bare four-digit figure that reads as a year ("2020", "1999"; not "2,020")."""
    return bool(_YEAR.match(text.strip()))


def looks_plural(word: str) -> bool:
    """A cheap plural test for untagged text: "missiles", "UAVs", "Israelis" (not "Hamas"-like "ss"/"us")."""
    lowered = word.lower()
    if len(lowered) < 3 or not lowered.isalpha() and not lowered.replace("-", "").isalpha():
        return False
    return lowered.endswith("s") and not lowered.endswith(_NOT_PLURAL_ENDINGS)


def looks_verbal(word: str) -> bool:
    """A cheap participle test for untagged text ("exploded", "launching"), used to end a noun phrase."""
    lowered = word.lower()
    return word.islower() and len(lowered) > 4 and lowered.endswith(("ed", "ing"))


def scaled(bound: float | None, factor: float | None) -> float | None:
    """``bound * factor`` when both are known ("several" low 3 x "hundred" = 300)."""
    if bound is None or factor is None:
        return bound
    return bound * factor


def looks_like_designation(text: str) -> bool:
    """True for a model designation the tagger may take for a number: "F-35A", "2s", "AS-90", "2A6".

    Letters and digits mixed, but not an ordinal, a measure or a decade ("3rd", "155mm", "1990s").
    """
    has_digit = any(c.isdigit() for c in text)
    has_letter = any(c.isalpha() for c in text)
    return has_digit and has_letter and not _MEASURE_OR_ORDINAL.match(text)
