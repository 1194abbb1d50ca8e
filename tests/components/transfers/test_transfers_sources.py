"""Who a transfer claim is attributed to (``components/transfers/links.py``): a "-based" location is no
affiliation, and a person whose apposition names their state's office speaks for that state. Sentences written
for this suite, run through the full pipeline.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

Claim = tuple[str | None, str | None, str, str | None]  # supplier, recipient, status, source


def claims(nlp: Language, text: str) -> set[Claim]:
    return {(t.supplier, t.recipient, t.status, t.source) for t in nlp(text)._.arms_transfers}


SOURCES = [
    # a location saying where a source sits names no state
    (
        "The Vilnius-based news site reported that Belarus had sent 20 tanks to Russia.",
        ("Belarus", "Russia", "reported", None),
    ),
    ("A London-based rights group said Iran had sent drones to Russia.", ("Iran", "Russia", "reported", None)),
    # negative: a state's own body keeps its state
    (
        "The Lithuanian defence ministry said Lithuania had sent 20 mortars to Ukraine.",
        ("Lithuania", "Ukraine", "confirmed", "Lithuanian defence ministry"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES)
def test_transfers_sources_location_is_no_affiliation(nlp: Language, text: str, expected: Claim) -> None:
    assert expected in claims(nlp, text)


OFFICIALS = [
    (
        "The US delivered four F-16 jets to Iraq. John Doe, US President Joe Biden's deputy envoy for the region, "
        "also confirmed the jets had arrived.",
        "confirmed",
    ),
    # negatives: an apposition naming a third state, or none, keeps the claim reported
    (
        "The US delivered four F-16 jets to Iraq. John Doe, a British analyst at a think tank, "
        "also said the jets had arrived.",
        "reported",
    ),
    ("The US delivered four F-16 jets to Iraq. John Doe, an analyst, also said the jets had arrived.", "reported"),
]


@pytest.mark.parametrize(("text", "status"), OFFICIALS)
def test_transfers_sources_person_serves_the_state_of_their_office(nlp: Language, text: str, status: str) -> None:
    said = [t for t in nlp(text)._.arms_transfers if t.source == "John Doe"]
    assert said and {t.status for t in said} == {status}


ANAPHORS = [
    # "the government" refers back to a state, never to the one its own clause acts on
    (
        "Sudan's army has fought the RSF since 2023. The UAE has denied the charges. On Tuesday, the army-aligned "
        "government severed ties with the UAE, accusing it of supplying the RSF with drones.",
        ("United Arab Emirates", "Rapid Support Forces", "reported", "Sudan"),
    ),
    # negative: with no other state in its clause, the nearest earlier subject still stands
    (
        "Serbia is modernising its army. The government said it had received 30 T-72 tanks from Russia.",
        ("Russia", "Serbia", "confirmed", "Serbia"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANAPHORS)
def test_transfers_sources_anaphor_is_no_state_of_its_own_clause(nlp: Language, text: str, expected: Claim) -> None:
    assert expected in claims(nlp, text)
