"""A deal written as near but not made ("close to a deal for", ``status.negotiating.adjectives`` of
``data/transfer_triggers.yaml``): negotiating, not planned. Sentences written for this suite."""

from __future__ import annotations

import pytest
from spacy.language import Language

Key = tuple[str | None, str | None, str]  # supplier, recipient, status


def keys(nlp: Language, text: str) -> set[Key]:
    return {(t.supplier, t.recipient, t.status) for t in nlp(text)._.arms_transfers}


NEAR = [
    ("Pakistan is close to a deal for four Turkish warships.", {("Turkey", "Pakistan", "negotiating")}),
    ("Pakistan is close to buying four warships from Turkey.", {("Turkey", "Pakistan", "negotiating")}),
    # negatives: "close" that says nothing of the deal
    ("Turkey delivered four warships to Pakistan, a close ally.", {("Turkey", "Pakistan", "confirmed")}),
    ("Russia has delivered close-in weapon systems to India.", {("Russia", "India", "confirmed")}),
]


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_transfers_near_deals_are_negotiating(nlp: Language, text: str, expected: set[Key]) -> None:
    assert keys(nlp, text) == expected


NONCOMMITTAL = [
    # "declined to reveal/state" commits to nothing: no denial of the shipment it is about
    ("The ministry declined to reveal how many jets Russia had shipped to Uganda.", "confirmed"),
    # negative: declining the transfer itself is a denial
    ("Russia declined to sell Su-30 jets to Uganda.", "denied"),
]


@pytest.mark.parametrize(("text", "status"), NONCOMMITTAL)
def test_transfers_near_deals_declining_to_reveal_denies_nothing(nlp: Language, text: str, status: str) -> None:
    assert {t.status for t in nlp(text)._.arms_transfers} == {status}
