"""Deals written as amounts and approved with their buyer after "to" (``frames.deal_goods`` and
``roles._approved_deal_roles``): the approver is the selling side. Sentences written for this suite."""

from __future__ import annotations

import pytest
from spacy.language import Language

Key = tuple[str | None, str | None, str]  # supplier, recipient, status


def keys(nlp: Language, text: str) -> set[Key]:
    return {(t.supplier, t.recipient, t.status) for t in nlp(text)._.arms_transfers}


APPROVED = [
    (
        "The State Department approved a $10.4 billion deal for 50 F-35 jets to the UAE.",
        {("United States", "United Arab Emirates", "planned")},
    ),
    (
        "Congress approved a $2 billion contract for 24 Apache helicopters to Poland.",
        {("United States", "Poland", "planned")},
    ),
    # the approver with a seller named after "from" buys; no buyer or no weapon: no claim
    ("The Indian cabinet approved a deal for 26 Rafale jets from France.", {("France", "India", "planned")}),
    ("Parliament approved a $1 billion deal for new schools.", set()),
]


@pytest.mark.parametrize(("text", "expected"), APPROVED)
def test_transfers_approved_deals_approver_sells(nlp: Language, text: str, expected: set[Key]) -> None:
    assert keys(nlp, text) == expected
