"""Tests of normalize.acronyms: initials of names and the word an abbreviation's name starts on."""

from __future__ import annotations

import pytest

from arms_nlp.kb.closed_class import closed_class
from arms_nlp.normalize.acronyms import capitals, initials, spelled_from


@pytest.mark.parametrize(
    ("abbreviation", "expected"), [("EAF", "EAF"), ("MoD", "MD"), ("IRGC-QF", "IRGCQF"), ("mod", "")]
)
def test_acronyms_capitals(abbreviation: str, expected: str) -> None:
    assert capitals(abbreviation) == expected


@pytest.mark.parametrize(
    ("words", "skip", "expected"),
    [
        (["Food", "and", "Drug", "Administration"], (), "FADA"),
        (["Food", "and", "Drug", "Administration"], ("and",), "FDA"),
        (["Ministry", "Of", "Defence"], ("of",), "MD"),
        ([], (), ""),
    ],
)
def test_acronyms_initials(words: list[str], skip: tuple[str, ...], expected: str) -> None:
    assert initials(words, skip) == expected


@pytest.mark.parametrize(
    ("abbreviation", "words", "expected"),
    [
        ("EAF", ["the", "Ethiopian", "Air", "Force"], 1),
        ("MoD", ["Ministry", "of", "Defence"], 0),
        ("GNA", ["Libya's", "Government", "of", "National", "Accord"], 1),
        ("EAF", ["Ethiopian", "Army"], None),  # the initials do not spell it
        ("AF", ["the", "Ethiopian", "Air", "Force"], 2),  # the shortest tail that spells it exactly
        ("TA", ["The", "Army"], None),  # a skipped word never opens the name
    ],
)
def test_acronyms_spelled_from(abbreviation: str, words: list[str], expected: int | None) -> None:
    assert spelled_from(abbreviation, words, closed_class().acronym_skips) == expected
