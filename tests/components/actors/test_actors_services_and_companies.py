"""arms_actors on two families of issue 13: an armed service's acronym that several states share ("SAF",
"PAF", "IAF"), named by the state the text names and else left as written, and a company written by its
legal name or a short form coming out under its one common name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from arms_nlp.extensions import get_records


def _names(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(a.name, a.kind) for a in get_records(nlp(text), "arms_actors")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The SAF said on Monday that Sudan would retake the city.", "Sudanese Armed Forces"),
        ("The SAF said the F-16 squadron in Singapore was ready.", "Singapore Armed Forces"),
        ("After the SAF left the capital Khartoum, the war moved east.", "Sudanese Armed Forces"),
        ("The PAF said Pakistan would buy more JF-17 jets.", "Pakistan Air Force"),
        (
            "The Philippine Air Force (PAF) received two jets, and the PAF said more would follow.",
            "Philippine Air Force",
        ),
        # negatives: no state named, or two of the acronym's states named: the acronym stays as written
        ("The SAF said the drills went well.", "SAF"),
        ("The IAF said Israel and India would train together.", "IAF"),
    ],
)
def test_actors_shared_service_acronym_follows_the_state_named(nlp: Language, text: str, name: str) -> None:
    found = _names(nlp, text)
    assert (name, "organization") in found
    others = {"SAF", "PAF", "IAF"} - {name}
    assert not any(n in others for n, _ in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The deal was signed with BAE Systems plc on Tuesday.", "BAE Systems"),
        ("Typhoon jets built by BAE will be delivered next year.", "BAE Systems"),
        ("MBDA Missile Systems will supply the Meteor missiles.", "MBDA"),
        ("Lockheed Martin Corporation won the contract.", "Lockheed Martin"),
        ("The interceptors are made by Raytheon Company in Arizona.", "Raytheon"),
        # negative: the group and its missiles business stay two bodies
        ("RTX Corporation reported higher sales on Tuesday.", "RTX Corporation"),
    ],
)
def test_actors_company_named_by_its_common_name(nlp: Language, text: str, name: str) -> None:
    assert (name, "organization") in _names(nlp, text)
