"""Deal nouns signed in a relative clause and "with" clauses that are no side of a deal
(``deal_verb``/``_signing_clause`` and ``deal_sides``/``_absolute_clause`` in
``components/transfers/frames.py``). Texts written for this suite, run through the full pipeline.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from transfer_reader import Found, transfers_in

LEOPARDS = ("Germany", "Norway", "Leopard 2")

CLAUSES = [
    # a deal signed in a relative clause: its signer buys, the article gives the seller
    (
        "Germany sold Leopard 2 tanks to Norway. It follows a contract Norway signed in 2023 for 54 Leopard 2 tanks.",
        {LEOPARDS},
        2,
    ),
    (
        "Germany sold Leopard 2 tanks to Norway. The contract that Norway signed for 54 Leopard 2 tanks was delayed.",
        {LEOPARDS},
        2,
    ),
    # "with deliveries expected ...": no partner of the deal, so its signer still buys
    (
        "Norway has signed the contract for 54 Leopard 2 tanks, with deliveries expected to start in 2026, "
        "Germany's defence ministry said.",
        {LEOPARDS},
        1,
    ),
    # negatives: a clause with an object of its own, and a "with" that is the other side
    ("Germany sold Leopard 2 tanks to Norway. The contract Norway signed it with was for tanks.", {LEOPARDS}, 1),
    (
        "Norway signed a contract with Germany for 54 Leopard 2 tanks.",
        {("Germany", "Norway", "Leopard 2")},
        1,
    ),
]


@pytest.mark.parametrize(("text", "expected", "evidence"), CLAUSES)
def test_transfers_deal_clauses_signer_and_sides(nlp: Language, text: str, expected: set[Found], evidence: int) -> None:
    found = transfers_in(nlp, text)
    assert {(t.supplier, t.recipient, t.weapon) for t in found} == expected
    assert max(len(t.evidence) for t in found) == evidence
