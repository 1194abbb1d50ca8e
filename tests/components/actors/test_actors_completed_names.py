"""arms_actors on the families of issue 13: a body's name completed by the place it sits in or
the state it belongs to, and one-word outlets that report."""

from __future__ import annotations

import pytest
from actor_reader import actors_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "body", "place"),
    [
        ("Kenya will get six helicopters, the U.S. Embassy in Nairobi said.", "U.S. Embassy in Nairobi", "Nairobi"),
        ("The Russian Embassy in Washington denied the report.", "Russian Embassy in Washington", "Washington"),
        ("The Foreign Office in London declined to comment.", "Foreign Office", "London"),
    ],
)
def test_actors_embassy_named_with_its_place(nlp: Language, text: str, body: str, place: str) -> None:
    """An embassy's or mission's name runs on through "in" and its place, which stays a place of its own; other
    bodies end before "in"."""
    found = actors_of(nlp, text)
    assert (body, "organization") in found, sorted(found)
    assert (place, "location") in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        (
            "The Ministry of Foreign Affairs of the Republic of Korea said the talks would go on.",
            "Ministry of Foreign Affairs of the Republic of Korea",
            "South Korea",
        ),
        ("The Ministry of Defence said the talks would go on.", "Ministry of Defence", None),
    ],
)
def test_actors_body_name_ending_in_of(nlp: Language, text: str, body: str, state: str | None) -> None:
    """A body's name is not cut before the state that completes it, and that state is no mention of its own."""
    found = actors_of(nlp, text)
    assert (body, "organization") in found, sorted(found)
    assert not [key for key in found if key[0].endswith(" of")]
    assert state is None or (state, "country") not in found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Air defence systems arrived in Venezuela on transport jets, Gazeta reported.", "Gazeta", "media"),
        ("Kommersant quoted a source as saying the deal was done.", "Kommersant", "media"),
        ("John Smith visited Kyiv. Smith reported that the jets had arrived.", "John Smith", "person"),
        ("Minister Olga Petrova said the jets had arrived, Petrova reported.", "Olga Petrova", "person"),
    ],
)
def test_actors_one_word_reporter_is_an_outlet(nlp: Language, text: str, name: str, kind: str) -> None:
    """A one-word name the model takes for a person is an outlet as the subject of "reported"/"quoted", unless the
    text names a person so."""
    found = actors_of(nlp, text)
    assert (name, kind) in found, sorted(found)
