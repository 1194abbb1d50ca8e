"""arms_actors on the families of issue 13: a demonym before any common noun that is not a people, its
members, its culture, the press or a place is its state."""

from __future__ import annotations

import pytest
from actor_reader import actors_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "state", "acting"),
    [
        ("Joining the scheme is compatible with Swiss neutrality, the minister said.", "Switzerland", True),
        ("The contract covers the training of Indonesian submarine crews in France.", "Indonesia", True),
        ("The shells will replenish Canadian stocks depleted by the war.", "Canada", True),
        ("He denied allowing Belarusian rail cargo across the border.", "Belarus", True),
        ("The talks touched on Norwegian security guarantees.", "Norway", True),
        # negatives: a people, its members, its culture, the press, a place
        ("The Syrian people have suffered for years.", "Syria", False),
        ("Afghan refugees crossed into the province.", "Afghanistan", False),
        ("Libyan mercenaries were seen near the front.", "Libya", False),
        ("The leaflets were printed in the Russian language.", "Russia", False),
        ("Iranian state media reported the launch.", "Iran", False),
        ("Ukrainian cities were hit again overnight.", "Ukraine", False),
        ("Kurdish and Yemeni volunteers joined the march.", "Yemen", False),
        ("She ordered Italian coffee for the delegates.", "Italy", False),
        ("Danish radars picked up the drones over the strait.", "Denmark", False),  # a subject: the lists only
    ],
)
def test_actors_demonym_before_a_common_noun(nlp: Language, text: str, state: str, acting: bool) -> None:
    found = actors_of(nlp, text)
    assert ((state, "country") in found) is acting, sorted(found)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Japan's Coast Guard said the ship left port on Friday.", "Japan Coast Guard"),
        ("Japan's coast guard said the ship left port on Friday.", "Japan Coast Guard"),
        ("India's Navy commissioned the frigate on Monday.", "Indian Navy"),
    ],
)
def test_actors_capitalised_service_after_its_state_possessive(nlp: Language, text: str, body: str) -> None:
    found = actors_of(nlp, text)
    assert (body, "organization") in found, sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's Army received the trucks on Monday.",  # a form the officials list does not know
        "Kenya's army received the trucks on Monday.",
    ],
)
def test_actors_unknown_service_after_a_possessive_keeps_no_canonical_name(nlp: Language, text: str) -> None:
    found = actors_of(nlp, text)
    assert not [key for key in found if key[0].startswith("Kenya") and key[1] == "organization"], sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "The talks ended the inter-Libyan meetings in Geneva.",
        "We invited all Sudanese representatives to the conference.",
        "According to Israeli media reports, the drone was launched at dawn.",
    ],
)
def test_actors_demonym_after_a_prefix_or_before_a_people_phrase_is_no_state(nlp: Language, text: str) -> None:
    found = actors_of(nlp, text)
    assert not [key for key in found if key[1] == "country" and key[0] != "Switzerland"], sorted(found)
