"""Transfer frames of wanting and awaiting (``components/transfers/roles.py`` with ``wish_verbs`` and
``interest_nouns`` of ``data/transfer_triggers.yaml``), and the lemma corrections of ``data/closed_class.yaml``
that let "hopes to acquire" read as a hope. Sentences written for this suite, run through the full pipeline.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from arms_nlp.syntax import lemma

Key = tuple[str | None, str | None, str]  # supplier, recipient, status


def keys(nlp: Language, text: str) -> set[Key]:
    doc = nlp(text)
    for t in doc._.arms_transfers:
        assert text[t.start : t.end] == t.text
    return {(t.supplier, t.recipient, t.status) for t in doc._.arms_transfers}


WISHES = [
    ("Ukraine is still waiting for the Leopard tanks from Germany.", {("Germany", "Ukraine", "planned")}),
    ("Chile awaits the frigates from Britain.", {("United Kingdom", "Chile", "planned")}),
    ("Kyiv wants Taurus missiles from Germany.", {("Germany", "Ukraine", "negotiating")}),
    ("India expressed interest in the Su-57 jets from Russia.", {("Russia", "India", "negotiating")}),
    ("Peru has expressed interest in acquiring Gripen jets from Sweden.", {("Sweden", "Peru", "negotiating")}),
    ("Egypt hopes to acquire 20 Rafale jets from France.", {("France", "Egypt", "negotiating")}),
    # negatives: a wish with no giver, no weapon, or a refusal's own claim
    ("Kyiv wants more tanks.", set()),
    ("Ukraine wants peace talks with Russia.", set()),
    ("Germany is waiting for a decision from the United States on its budget.", set()),
    ("Russia has an interest in Ukraine.", set()),
    (
        "Kyiv wants ATACMS missiles, which Washington has so far refused to send.",
        {("United States", "Ukraine", "denied")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), WISHES)
def test_transfers_wishes_want_await_and_interest(nlp: Language, text: str, expected: set[Key]) -> None:
    assert keys(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Egypt hopes to buy jets.", "hopes", "hope"),
        ("Egypt is hoping to buy jets.", "hoping", "hope"),
        ("Egypt hoped to buy jets.", "hoped", "hope"),
        ("Egypt buys jets.", "buys", "buy"),
    ],
)
def test_transfers_wishes_lemma_corrections(nlp: Language, text: str, word: str, expected: str) -> None:
    token = next(t for t in nlp(text) if t.text == word)
    assert lemma(token) == expected
