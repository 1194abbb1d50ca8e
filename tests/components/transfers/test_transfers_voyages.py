"""A seized cargo on a carrier "traveling from" a place (``frames.seized_carrier_origin``, ``travel_verbs`` of
``data/transfer_triggers.yaml``): the cargo came from there and goes to the place after "to", else to the state
the carrier is written with. A voyage with nothing seized, or no weapon, is no transfer. Sentences written for
this suite."""

from __future__ import annotations

import pytest
from spacy.language import Language

Key = tuple[str | None, str | None, str]  # supplier, recipient, status


def keys(nlp: Language, text: str) -> set[Key]:
    return {(t.supplier, t.recipient, t.status) for t in nlp(text)._.arms_transfers}


VOYAGES = [
    ("Police seized 200 rifles on a ship travelling from Turkey to Libya.", {("Turkey", "Libya", "confirmed")}),
    (
        "Customs officers seized four MiG-21 jets in the hold of a North Korean ship traveling from Cuba.",
        {("Cuba", "North Korea", "confirmed")},
    ),
    # negatives: no seizure, nothing seized but the ship, no weapon
    ("A ship carrying grain sailed from Odesa to Istanbul.", set()),
    ("Police seized a North Korean ship traveling from Cuba.", set()),
    ("The navy seized 300 kg of cocaine aboard a boat sailing from Colombia.", set()),
]


@pytest.mark.parametrize(("text", "expected"), VOYAGES)
def test_transfers_voyages_seized_cargo_comes_from_the_origin(nlp: Language, text: str, expected: set[Key]) -> None:
    assert keys(nlp, text) == expected
