"""A halt of a supplier's own supply (``components/transfers/status.py``, ``halting_verbs`` of
``data/transfer_triggers.yaml``): the supply went on until then, a transfer told as fact, not a denial; a halt
of someone else's supply stays a restriction. Sentences written for this suite, run through the full pipeline.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

Key = tuple[str | None, str | None, str]  # supplier, recipient, status


def keys(nlp: Language, text: str) -> set[Key]:
    return {(t.supplier, t.recipient, t.status) for t in nlp(text)._.arms_transfers}


HALTS = [
    ("Russia stopped sending S-300 missiles to Iran in 2010.", {("Russia", "Iran", "confirmed")}),
    ("Germany halted deliveries of Leopard tanks to Turkey.", {("Germany", "Turkey", "confirmed")}),
    ("Norway ceased its exports of rifles to Chile last year.", {("Norway", "Chile", "confirmed")}),
    # negatives: someone else's supply halted, a carrier stopped
    ("The sanctions stopped Iran's deliveries of drones to Russia.", set()),
    ("Washington wants to stop Iran from sending drones to Russia.", set()),
    ("The navy stopped a ship carrying rifles to Yemen.", set()),
]


@pytest.mark.parametrize(("text", "expected"), HALTS)
def test_transfers_halts_own_supply_is_a_transfer(nlp: Language, text: str, expected: set[Key]) -> None:
    assert keys(nlp, text) == expected
