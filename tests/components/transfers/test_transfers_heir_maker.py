"""Tests of the last route filling a missing supplier in arms_transfers: a named system whose maker the
article names supplies it, a Soviet design's maker being its heir today (Russia), so that "Iran has purchased
the S-300" in a story naming Russia pairs with Russia; a design of a state the article never names, or made
by another state than the one named, takes no supplier this way.

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
        # a Soviet design, Russia named: Russia supplies
        (
            "Bahrain and Russia held talks on Monday. Iran has purchased the earlier S-300 model.",
            {("Russia", "Iran")},
        ),
        # negatives: the maker's heir is not named; the design is another state's
        (
            "Bahrain and France held talks on Monday. Iran has purchased the earlier S-300 model.",
            set(),
        ),
        (
            "Bahrain and Russia held talks on Monday. Iran has purchased the Patriot system.",
            set(),
        ),
    ],
)
def test_transfers_heir_maker_supplies_a_soviet_design(nlp: Language, text: str, expected: set) -> None:
    assert pairs(nlp, text) == expected
