"""Tests of arms_transfers on bodies named after their state's possessive ("Israel's Ministry of Defence").

The actors name such a body as written, without its owner, and give the owner as its affiliation; the
transfers read the body's state off that affiliation before the gazetteers (where "Ministry of Defence" alone
is the British one), and name it as a source by its owner's demonym, as the transfer sentences do.
"""

from __future__ import annotations

import pytest
from spacy.language import Language


def claims(nlp: Language, text: str) -> set[tuple[str | None, str | None, str | None]]:
    """(supplier, recipient, source) of each claim of the text."""
    return {(t.supplier, t.recipient, t.source) for t in nlp(text)._.arms_transfers}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israel's Ministry of Defence delivered 20 Barak MX launchers to Morocco last year.",
            {("Israel", "Morocco", None)},
        ),
        (
            "The Ministry of Defence delivered 20 Starstreak launchers to Ukraine last year.",
            {("United Kingdom", "Ukraine", None)},
        ),
        (
            "Taiwan's Ministry of National Defense said it received 10 F-16V jets from the United States.",
            {("United States", "Taiwan", "Taiwanese Ministry of National Defense")},
        ),
        (
            "The Ukrainian Defence Ministry said it received 10 Leopard 2 tanks from Poland.",
            {("Poland", "Ukraine", "Ukrainian Defence Ministry")},
        ),
    ],
)
def test_transfers_owned_body_stands_for_its_owner(nlp: Language, text: str, expected: set) -> None:
    assert claims(nlp, text) == expected
