"""Tests of deals and sales with a group of states whose members are listed: the group stands for each listed
member ("contracts with 30 countries, including Qatar and Poland", "sold drones to countries such as Pakistan
and Azerbaijan"), one claim per member, whatever the group's role; a group with no members listed names no party.

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
        # a deal's "with" group: the signer with each listed member
        (
            "Turkey has signed export contracts with 30 countries, including Qatar and Poland, for its Bayraktar "
            "TB2 drones.",
            {("Turkey", "Qatar"), ("Turkey", "Poland")},
        ),
        # a deal "with" a plain list of states: the one signer with each
        (
            "Turkey has signed contracts with Qatar, Poland and Romania for its Bayraktar TB2 drones.",
            {("Turkey", "Qatar"), ("Turkey", "Poland"), ("Turkey", "Romania")},
        ),
        # a sale's "to" group: each listed member receives
        (
            "Turkey has sold Bayraktar TB2 drones to countries such as Pakistan and Azerbaijan.",
            {("Turkey", "Pakistan"), ("Turkey", "Azerbaijan")},
        ),
        # a group of buyers as subject
        (
            "Countries such as Pakistan and Azerbaijan have bought Bayraktar TB2 drones from Turkey.",
            {("Turkey", "Pakistan"), ("Turkey", "Azerbaijan")},
        ),
        # negatives: one named partner stays one pair; a listed goods phrase names no party
        (
            "Turkey signed a contract with Qatar for Bayraktar TB2 drones.",
            {("Turkey", "Qatar")},
        ),
        # two signers with a list: no single signer to pair each member with
        (
            "Turkey and Qatar signed contracts with Poland and Romania for Bayraktar TB2 drones.",
            set(),
        ),
        (
            "Sweden signed a deal with Thailand for Gripen jets, including the training of pilots.",
            {("Sweden", "Thailand")},
        ),
    ],
)
def test_transfers_listed_partners_one_claim_per_member(nlp: Language, text: str, expected: set) -> None:
    assert pairs(nlp, text) == expected


def test_transfers_listed_partners_unlisted_group_names_no_party(nlp: Language) -> None:
    assert pairs(nlp, "Turkey signed export contracts with several countries for Bayraktar TB2 drones.") == set()
