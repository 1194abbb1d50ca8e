"""Tests of claims on models of one named system: two models stated apart are two claims, the system named
without a model joins either."""

from __future__ import annotations

import pytest
from spacy.language import Language
from transfer_reader import transfers_in


def claims(nlp: Language, text: str) -> list[tuple[str | None, str | None, str | None, float | None]]:
    """(supplier, recipient, weapon, quantity) of each claim of the text."""
    return [(t.supplier, t.recipient, t.weapon, t.quantity) for t in transfers_in(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Poland bought 116 M1A1 Abrams tanks from the United States. Poland also bought 250 M1A2 Abrams tanks "
            "from the United States.",
            [("United States", "Poland", "M1 Abrams", 116.0), ("United States", "Poland", "M1 Abrams", 250.0)],
        ),
        (
            "The United States sold F-16Vs to Taiwan. Washington also sold F-16 Block 20 jets to Taiwan in 1992.",
            [("United States", "Taiwan", "F-16", None), ("United States", "Taiwan", "F-16", None)],
        ),
        # negative: the system named without a model is the same claim as its model's
        (
            "Uganda received Su-30s from Russia. Uganda received six Su-30MK fighters from Russia in 2011.",
            [("Russia", "Uganda", "Su-30", 6.0)],
        ),
    ],
)
def test_transfers_models_of_one_system(nlp: Language, text: str, expected: list[tuple]) -> None:
    """Two models of one system between the same parties are two claims; the bare system is either."""
    assert claims(nlp, text) == expected
