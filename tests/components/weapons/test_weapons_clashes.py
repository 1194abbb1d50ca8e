"""Short names that clash with a common word or another kind of weapon, makers before a model, and names without
their class word (issue 13, round 4)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from arms_nlp.extensions import get_records
from arms_nlp.records import Weapon


def _found(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    records: list[Weapon] = get_records(nlp(text), "arms_weapons")
    return [(w.text, w.name, w.category) for w in records]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a class of another kind after an ambiguous name: a system named as written, of the class's kind
        (
            "Moscow moved Bastion armoured vehicles to the border town.",
            [("Bastion armoured vehicles", "Bastion", "armored_vehicle")],
        ),
        (
            "Tehran showed off a Toufan ballistic missile.",
            [("Toufan ballistic missile", "Toufan", "ballistic_missile")],
        ),
        # the entry's own kind still names the entry
        (
            "Moscow placed Bastion coastal missile systems near Sevastopol.",
            [("Bastion coastal missile systems", "P-800 Oniks", "cruise_missile")],
        ),
        ("The group received Toufan anti-tank missiles.", [("Toufan anti-tank missiles", "Toophan", "missile")]),
        (
            "Kyiv asked for more Patriot air defence systems.",
            [("Patriot air defence systems", "Patriot", "air_defense")],
        ),
        # a ship-fitted system before a ship type stays the ship
        ("Tokyo commissioned another Aegis destroyer.", [("Aegis destroyer", "Aegis destroyer", "naval")]),
    ],
)
def test_weapons_class_of_another_kind_overrides_an_ambiguous_name(
    news_nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(news_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two K9 units of the police searched the stadium.", []),
        ("The dog joined the K9 unit of the city police.", []),
        ("The Spear 3 team won the cup final.", []),
        ("Seoul delivered 24 K9 units to Warsaw.", [("K9", "K9 Thunder", "artillery")]),
        (
            "The jets will carry Spear 3 missiles.",
            [("jets", "aircraft", "aircraft"), ("Spear 3 missiles", "SPEAR 3", "missile")],
        ),
        ("Patriot units of the German air force moved east.", [("Patriot", "Patriot", "air_defense")]),
    ],
)
def test_weapons_short_names_in_civil_or_team_use_are_no_weapons(
    news_nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(news_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "name", "variant"),
    [
        ("Algeria took delivery of Sukhoi Su-35S fighters.", "Su-35", "Su-35S"),
        ("Delhi flies the Sukhoi Su-30MKI.", "Su-30", "Su-30MKI"),
        ("Taipei ordered Lockheed Martin F-16V jets.", "F-16", "F-16V"),
        ("Cairo bought Dassault Rafale jets.", "Rafale", None),
        ("Moscow fielded more Sukhoi Su-35 jets.", "Su-35", None),
    ],
)
def test_weapons_maker_before_a_model_is_no_part_of_the_variant(
    news_nlp: Language, text: str, name: str, variant: str | None
) -> None:
    records: list[Weapon] = get_records(news_nlp(text), "arms_weapons")
    assert [(w.name, w.variant) for w in records] == [(name, variant)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hezbollah fired Burkan rockets at the base.", [("Burkan rockets", "Burkan", "rocket")]),
        ("Pretoria sold G5 howitzers abroad.", [("G5 howitzers", "G5", "artillery")]),
        ("The G5 Sahel force was dissolved.", []),
        ("Leaders of the G5 met in the capital.", []),
        ("A Wolf pack roamed the hills.", []),
        # a short designation shared with roads needs a class or context ("A-5" is also a motorway)
        ("Pakistan flew its A-5 fighters over the border.", [("A-5", "Q-5", "aircraft")]),
        ("The road A-5 was closed after the crash.", []),
        ("Iran unveiled new Karrar tanks.", [("Karrar tanks", "Karrar tank", "armored_vehicle")]),
    ],
)
def test_weapons_names_without_their_class_word(
    news_nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(news_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a maker's name in lower case before the system's capitalised name
        ("Doha ordered 12 eurofighter Typhoons.", [("eurofighter Typhoons", "Eurofighter Typhoon", "aircraft")]),
        ("Tests of the guided Pinaka rockets went well.", [("Pinaka rockets", "Pinaka", "rocket")]),  # no maker
        # a variant takes its system's category; a launcher class is a launcher
        ("The army fired PAC-3 MSE interceptors.", [("PAC-3 MSE interceptors", "Patriot", "air_defense")]),
        ("Pilots fired APKWS at the drones.", [("APKWS", "APKWS", "rocket"), ("drones", "UAV", "uav")]),
        (
            "The hull holds a vertical launching system.",
            [("vertical launching system", "vertical launching system", "launcher")],
        ),
    ],
)
def test_weapons_press_forms_and_categories(
    news_nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(news_nlp, text) == expected
