"""Tests of party routes of arms_transfers: the doer of a deed a penalty falls on, fighters named again by
their noun alone.

Texts run through the full session pipeline (actors and weapons included), since the routes read the actor
records. Each table pairs the route with negatives.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from transfer_reader import transfers_in


def pairs(nlp: Language, text: str) -> set[tuple[str | None, str | None]]:
    return {(t.supplier, t.recipient) for t in transfers_in(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the penalty's target did the deed after "for"
        ("Washington imposed sanctions on Turkey for buying S-400 systems from Russia.", {("Russia", "Turkey")}),
        (
            "The US imposed sanctions - citing a 2017 law - on Turkey for acquiring S-400 missiles from Russia.",
            {("Russia", "Turkey")},
        ),
        ("The EU imposed sanctions on Iran for supplying Shahed drones to Russia.", {("Iran", "Russia")}),
        # no penalty: the verb's own object or subject does it, as before
        ("The US praised Germany for sending Leopard 2 tanks to Ukraine.", {("Germany", "Ukraine")}),
        ("Poland thanked Seoul for selling K2 tanks to Warsaw.", {("South Korea", "Poland")}),
    ],
)
def test_transfers_party_routes_penalty_target_does_the_deed(nlp: Language, text: str, expected: set) -> None:
    assert pairs(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the rebels" after one nationality of rebels: those rebels
        (
            "Syrian rebels say Sudan sold arms to Qatar. Qatar then shipped the rifles to the rebels.",
            {("Sudan", "Qatar"), ("Qatar", "Syrian rebels")},
        ),
        # two nationalities before, or none: no party
        ("Libyan rebels and Syrian rebels met. Qatar then shipped rifles to the rebels.", set()),
        ("Qatar shipped rifles to the rebels.", set()),
    ],
)
def test_transfers_party_routes_fighters_named_again(nlp: Language, text: str, expected: set) -> None:
    assert pairs(nlp, text) == expected
