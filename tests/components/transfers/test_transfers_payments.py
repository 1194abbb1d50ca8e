"""Payments for weapons (``payment_verbs`` of ``data/transfer_triggers.yaml``, ``roles._payee_roles``): the payer
receives, the payee (or the place a payee is "from") supplies, a deal paid for and not yet delivered: planned.
Sentences written for this suite."""

from __future__ import annotations

import pytest
from spacy.language import Language

Key = tuple[str | None, str | None, str]  # supplier, recipient, status


def keys(nlp: Language, text: str) -> set[Key]:
    return {(t.supplier, t.recipient, t.status) for t in nlp(text)._.arms_transfers}


PAYMENTS = [
    ("Uganda paid $400 million to a supplier from Russia for tanks.", {("Russia", "Uganda", "planned")}),
    ("Uganda paid Russia $400 million for 20 tanks.", {("Russia", "Uganda", "planned")}),
    ("Kenya paid $90 million for six Mi-17 helicopters from Russia.", {("Russia", "Kenya", "planned")}),
    # "as a payment to X": the payee of the "as" phrase supplies
    (
        "Uganda paid $400 million as a first payment to a supplier from Russia for tanks.",
        {("Russia", "Uganda", "planned")},
    ),
    (
        "Kenya paid $90 million as a deposit to a supplier from Russia for Mi-17 helicopters.",
        {("Russia", "Kenya", "planned")},
    ),
    ("Ghana paid $50 million as an instalment to a Chinese supplier for K-8 jets.", {("China", "Ghana", "planned")}),
    ("Uganda paid $400 million as a goodwill gesture to Russia.", set()),  # negative: no payment noun, no goods
    # negatives: paying what is no weapon
    ("Uganda paid a visit to Russia.", set()),
    ("Ukraine paid tribute to the soldiers who used Javelin missiles from the United States.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PAYMENTS)
def test_transfers_payments_payee_supplies(nlp: Language, text: str, expected: set[Key]) -> None:
    assert keys(nlp, text) == expected
