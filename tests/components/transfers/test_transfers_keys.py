"""Tests of the key of a transfer claim (supplier, recipient, weapon category) where the weapon's category or
name decides it: a compound class that names the kind of platform, an ambiguous name followed by a gloss."""

from __future__ import annotations

import pytest
from spacy.language import Language


def keys(nlp: Language, text: str) -> set[tuple[str | None, str | None, str | None]]:
    """(supplier, recipient, weapon category) of each claim of the text, the category from the weapon records."""
    doc = nlp(text)
    category = {w.name: w.category for w in doc._.arms_weapons}
    return {(t.supplier, t.recipient, category.get(t.weapon or "")) for t in doc._.arms_transfers}


def categories(nlp: Language, text: str) -> set[tuple[str, str]]:
    """(text, category) of each weapon mention of the text."""
    return {(w.text, w.category) for w in nlp(text)._.arms_weapons}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a drone compound names the kind of aircraft
        ("Peru will buy unmanned drone aircraft from Israel.", {("Israel", "Peru", "uav")}),
        ("Chile ordered six drone aircraft from Turkey.", {("Turkey", "Chile", "uav")}),
        # negatives: other compounds and plain aircraft keep the aircraft category
        ("Peru will buy fighter aircraft from Israel.", {("Israel", "Peru", "aircraft")}),
        ("Chile ordered six transport aircraft from Spain.", {("Spain", "Chile", "aircraft")}),
    ],
)
def test_transfers_keys_compound_class_category(nlp: Language, text: str, expected: set) -> None:
    assert keys(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "found", "absent"),
    [
        # an ambiguous name with a bracketed gloss, listed with a named weapon
        (
            "Oman bought Mistral (short-range) and Exocet (anti-ship) missiles from France.",
            ("Mistral", "air_defense"),
            None,
        ),
        ("The navy fields Mistral (surface-to-air missile) launchers.", ("Mistral", "air_defense"), None),
        # negatives: a gloss that names no weapon, and no weapon listed after it
        ("Mistral (the wind) and Renault stories filled the paper.", None, "Mistral"),
        ("Mistral (a French start-up) raised new funds.", None, "Mistral"),
    ],
)
def test_transfers_keys_glossed_name_is_weapon(
    nlp: Language, text: str, found: tuple[str, str] | None, absent: str | None
) -> None:
    seen = categories(nlp, text)
    if found:
        assert found in seen
    if absent:
        assert all(t != absent for t, _ in seen)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definite class noun between the same parties names the earlier system again
        (
            "India delivered BrahMos missiles to Vietnam in April. India has delivered this missile system to Vietnam.",
            {("India", "Vietnam", "cruise_missile")},
        ),
        (
            "Turkey sold Bayraktar TB2 drones to Mali. Turkey delivered the aircraft to Mali in May.",
            {("Turkey", "Mali", "uav")},
        ),
        # negatives: an indefinite class noun, other parties, a class that covers no such system
        (
            "India delivered BrahMos missiles to Vietnam in April. India will also deliver missiles to Vietnam next year.",
            {("India", "Vietnam", "cruise_missile"), ("India", "Vietnam", "missile")},
        ),
        (
            "Turkey sold Bayraktar TB2 drones to Mali. Turkey delivered the aircraft to Niger in May.",
            {("Turkey", "Mali", "uav"), ("Turkey", "Niger", "aircraft")},
        ),
        (
            "Turkey sold Bayraktar TB2 drones to Mali. Turkey delivered the tanks to Mali in May.",
            {("Turkey", "Mali", "uav"), ("Turkey", "Mali", "armored_vehicle")},
        ),
    ],
)
def test_transfers_keys_definite_class_names_system_again(nlp: Language, text: str, expected: set) -> None:
    assert keys(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sweden will send grenade launchers to Ukraine.", {("grenade launchers", "small_arms")}),
        ("Sweden will send anti-tank weapons to Ukraine.", {("anti-tank weapons", "missile")}),
        # negatives: other launchers, and anti-tank words before heads with a category of their own
        ("Sweden will send rocket launchers to Ukraine.", {("rocket launchers", "launcher")}),
        ("Sweden will send anti-tank mines to Ukraine.", {("anti-tank mines", "munition")}),
        ("Sweden will send anti-tank rockets to Ukraine.", {("anti-tank rockets", "rocket")}),
    ],
)
def test_transfers_keys_class_noun_category(nlp: Language, text: str, expected: set) -> None:
    assert categories(nlp, text) == expected
