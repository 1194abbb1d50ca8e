"""Tests of goods built for a party in arms_transfers: "construct" is a verb of making like "build", and the
"for X" that names the buyer may hang on a quantifier's "of" object ("the first of two corvettes for Peru")
as well as on the verb or its object; "for export" or a builder's own forces name no buyer.

Texts run through the full session pipeline (actors and weapons included), since the routes read the actor
records. Each table pairs the route with negatives.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from transfer_reader import pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Spanish shipyard is constructing two corvettes for Saudi Arabia.", {("Spain", "Saudi Arabia")}),
        ("Navantia is building the first of five corvettes for Saudi Arabia.", {("Spain", "Saudi Arabia")}),
        ("A Spanish shipyard began constructing the first of two patrol vessels for Peru.", {("Spain", "Peru")}),
        # negatives: no party after "for"
        ("Navantia is building the first of five corvettes for export.", set()),
        ("A Spanish shipyard is constructing two corvettes for its own navy.", set()),
    ],
)
def test_transfers_built_for_party_reaches_the_quantified_goods(nlp: Language, text: str, expected: set) -> None:
    assert pairs(nlp, text) == expected
