"""Tests of arms_transfers over a stream: ``pipe`` parses the re-parsed copies of a batch together and
must store exactly what ``__call__`` stores one Doc at a time."""

from __future__ import annotations

import pytest
from spacy.language import Language

from arms_nlp.components.transfers.component import reparse_requests
from arms_nlp.kb.transfers import transfer_lexicon

TEXTS = [
    "Turkey Delivers Armed Drones To Kenya\nAnkara has shipped Bayraktar TB2 drones to Nairobi, officials said.",
    "Highlights of the package:\n• Germany has sent IRIS-T air defence systems to Ukraine\n• More to follow",
    "Poland Signs Deal For K2 Tanks\nPoland Signs Deal For K2 Tanks\nSouth Korea will supply the tanks.",
    "The weather was mild on Tuesday and nobody mentioned any weapons.",
    "",
]


def _keys(doc) -> list[tuple]:
    return [(t.supplier, t.recipient, t.weapon, t.status, t.start, t.end) for t in doc._.arms_transfers or []]


@pytest.mark.parametrize("batch_size", [1, 2, 16])
def test_transfers_pipe_matches_one_doc_at_a_time(nlp: Language, batch_size: int) -> None:
    one_by_one = [_keys(nlp(text)) for text in TEXTS]
    streamed = [_keys(doc) for doc in nlp.pipe(TEXTS, batch_size=batch_size)]
    assert any(one_by_one), "the texts state transfers, so equal lists say something"
    assert streamed == one_by_one


@pytest.mark.parametrize(
    ("text", "expect_copies"),
    [
        (TEXTS[0], True),  # a title-case headline naming a weapon and two actors
        (TEXTS[3], False),  # no headline, no weapon
        (TEXTS[4], False),
    ],
)
def test_transfers_pipe_reparse_requests(nlp: Language, text: str, expect_copies: bool) -> None:
    doc = nlp(text)
    assert bool(reparse_requests(doc, transfer_lexicon())) is expect_copies
