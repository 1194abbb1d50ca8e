"""Weapon names read with the rest of the text (issue 13): a ship written by its class's bare name in a naval
sentence ("the Riachuelo"), a system fitted to a ship class ("Aegis destroyer"), a ship class written with a
bracketed gloss before "class", and a capitalised class word that the text elsewhere uses inside a team's name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from arms_nlp.extensions import get_records


def _found(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(w.text, w.name) for w in get_records(nlp(text), "arms_weapons")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The navy ordered two Gepard (Cheetah) class frigates from the yard.",
            [("Gepard (Cheetah) class frigates", "Gepard-class")],
        ),
        # negatives: a bracket that no "class" follows makes no ship class; the name read past its gloss is the system
        ("The frigate carries a Gepard (Flakpanzer) unit.", [("frigate", "frigate"), ("Gepard", "Gepard")]),
        ("Vietnam bought two Gepard-class frigates.", [("Gepard-class frigates", "Gepard-class")]),
    ],
)
def test_weapons_ship_class_with_a_gloss(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(news_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ever since the Houston Rockets lost, Rockets guard John Smith has sulked.", []),
        ("The Denver Missiles won again, and Missiles fans cheered all night.", []),
        # negatives: without the team's name in the text, or in lower case, the class word is a weapon
        ("The militia fired rockets at the town.", [("rockets", "rocket")]),
    ],
)
def test_weapons_class_word_short_for_a_team(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(news_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Riachuelo and two other submarines ordered by the Brazilian navy are in trials.",
            [("Riachuelo", "Riachuelo"), ("submarines", "submarine")],
        ),
        ("Temer attended the christening of the Riachuelo, which can reach 20 knots.", [("Riachuelo", "Riachuelo")]),
        # negatives: no naval word or class in the sentence, or no "the" before the name
        ("Tourists walked along the Riachuelo in Buenos Aires.", []),
        ("Riachuelo is a district south of the city centre.", []),
    ],
)
def test_weapons_ship_named_by_its_class_in_a_naval_sentence(
    news_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(news_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan operates eight Aegis destroyers in the region.", [("Aegis destroyers", "Aegis destroyer")]),
        ("The first Aegis destroyer left port on Monday.", [("Aegis destroyer", "Aegis destroyer")]),
        # negatives: the system alone, or a ship class after a weapon of another kind, keeps its own record
        ("The Aegis system will be installed on land.", [("Aegis", "Aegis")]),
        ("The frigate fired a Harpoon missile.", [("frigate", "frigate"), ("Harpoon missile", "Harpoon")]),
    ],
)
def test_weapons_system_fitted_to_a_ship_class(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(news_nlp, text) == expected
