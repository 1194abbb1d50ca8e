"""Tests of party routes of arms_transfers: the doer of a deed a penalty falls on, fighters named again by
their noun alone.

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a penalty verb's object did the deed; a penalty noun blocks nothing when it names the deed's doer
        ("The Senate voted to sanction Egypt for purchasing Su-35 jets from Russia.", {("Russia", "Egypt")}),
        ("The US sanctioned Egypt for buying Su-35 jets from Russia.", {("Russia", "Egypt")}),
        ("Turkey was sanctioned for buying S-400 systems from Russia.", {("Russia", "Turkey")}),
        ("Washington slapped an embargo on Iran for shipping missiles to the Houthis.", {("Iran", "Houthis")}),
        ("Washington imposed an embargo on Iran for shipping missiles to the Houthis.", {("Iran", "Houthis")}),
        # the usual order, no penalty: as before
        ("Iran shipped missiles to the Houthis.", {("Iran", "Houthis")}),
        # a restriction on a trade still claims none
        ("The EU imposed an embargo on arms sales to Iran.", set()),
        ("Washington imposed restrictions on Iran's export of drones to Russia.", set()),
        ("The UN banned Iran from shipping missiles to the Houthis.", set()),
    ],
)
def test_transfers_party_routes_penalty_object_does_the_deed(nlp: Language, text: str, expected: set) -> None:
    assert pairs(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a purchase discussed "with X": the subject buys from X, whatever the order of the names
        ("Algeria discussed with Russia the purchase of Su-57 fighters.", {("Russia", "Algeria")}),
        ("Egypt discussed with Russia the acquisition of F-16 jets.", {("Russia", "Egypt")}),
        ("Egypt discussed the purchase of F-16 jets with Russia.", {("Russia", "Egypt")}),
        # a sale discussed "with X": either may sell; the weapon's maker gives the direction
        ("Algeria discussed with Russia the sale of Su-57 fighters.", {("Russia", "Algeria")}),
        ("France discussed with India the sale of Rafale jets.", {("France", "India")}),
        # the usual order and verbs, as before
        ("Russia sold Su-57 fighters to Algeria.", {("Russia", "Algeria")}),
        ("Algeria bought Su-57 fighters from Russia.", {("Russia", "Algeria")}),
    ],
)
def test_transfers_party_routes_deal_discussed_with_a_partner(nlp: Language, text: str, expected: set) -> None:
    assert pairs(nlp, text) == expected
