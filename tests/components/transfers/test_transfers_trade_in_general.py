"""A trade written as an activity (``_trade_in_general`` in ``components/transfers/component.py``, with
``trade_nouns`` and ``volume_verbs`` of ``data/transfer_triggers.yaml``): plural, bare, to no one and with no
kind of weapon, the object of a verb of more or less or listed with other goods, it is no transfer the
article's other parties may complete. Texts written for this suite, run through the full pipeline.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from transfer_reader import Found, keys

RAFALES = ("France", "Egypt", "Rafale")

TRADES = [
    ("France sold 24 Rafale jets to Egypt. Paris hopes to spur French arms sales.", {RAFALES}),
    ("France sold 24 Rafale jets to Egypt. The minister said boosting arms exports is vital.", {RAFALES}),
    (
        "France sold 24 Rafale jets to Egypt. Sanctions on Iran aim to cut off its arms sales.",
        {RAFALES},
    ),
    (
        "France sold 24 Rafale jets to Egypt. Rebels blocked efforts to deliver food and supplies to towns.",
        {RAFALES},
    ),
    # negatives: a trade with a recipient, a determiner or a kind of weapon is still a transfer
    (
        "France sold 24 Rafale jets to Egypt. Paris wants to boost arms sales to Cairo.",
        {RAFALES, ("France", "Egypt", "weapon")},
    ),
    ("Russia wants to boost arms exports to India.", {("Russia", "India", "weapon")}),
    ("Germany cut arms sales to Egypt.", {("Germany", "Egypt", "weapon")}),
    ("Iran sent food and drones to Russia.", {("Iran", "Russia", "UAV")}),
]


@pytest.mark.parametrize(("text", "expected"), TRADES)
def test_transfers_trade_in_general_is_no_claim(nlp: Language, text: str, expected: set[Found]) -> None:
    assert set(keys(nlp, text)) == expected
