"""Parse numbers as reporters write them: "1,500", "2.5", "four hundred", "a dozen", "1.5 million"."""

from __future__ import annotations

import re

from ..kb.numbers import number_words

_DIGITS = re.compile(r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[-+]?\.\d+$")
_SPLIT = re.compile(r"[\s\-]+")


def parse_digits(text: str) -> float | None:
    """ "1,500" -> 1500.0, "2.5" -> 2.5; None for anything that is not a plain figure."""
    cleaned = text.strip()
    if not _DIGITS.match(cleaned):
        return None
    return float(cleaned.replace(",", ""))


def parse_number(text: str) -> float | None:
    """The value of a written number, digits or words or both ("1.5 million"); None if it is not one.

    A lone article ("a", "an") is not a number, but "a dozen" (12) and "a thousand" (1000) are.
    """
    digits = parse_digits(text)
    if digits is not None:
        return digits
    words = number_words()
    parts = [p for p in _SPLIT.split(text.strip().lower()) if p and p != "and"]
    if not parts or all(p in ("a", "an") for p in parts):
        return None
    total = 0.0
    current = 0.0
    for position, part in enumerate(parts):
        figure = parse_digits(part)
        if figure is not None:
            current += figure
        elif part in words.ones:
            current += words.ones[part]
        elif part in words.tens:
            current += words.tens[part]
        elif part in words.scales and (position > 0 or len(part) > 2):
            scale = words.scales[part]
            if scale < 1000:
                current = (current or 1) * scale
            else:
                total += (current or 1) * scale
                current = 0.0
        else:
            return None
    return total + current


def is_number_word(word: str) -> bool:
    """True for a word that can be part of a written number ("four", "hundred", "dozen")."""
    lowered = word.lower()
    words = number_words()
    return lowered in words.ones or lowered in words.tens or lowered in words.scales
