"""arms_actors on the families of issue 13: names after another name's possessive, slashed dateline
credits, lower-case ministries after a demonym, unnamed presidents, numbered military units, a demonym before a
system's name, other spellings of known bodies."""

from __future__ import annotations

import pytest
from actor_reader import actors_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "person", "absent"),
    [
        ("Northrop Grumman’s Dana Whitfield said the radars were ready.", "Dana Whitfield", "Grumman’s Dana Whitfield"),
        ("Rafael's Noa Brenner said the interceptors were ready.", "Noa Brenner", "Rafael's Noa Brenner"),
        ("At Prime Minister’s Questions on Monday, Liberal leader Ada Crane spoke.", "Ada Crane", "’s Questions"),
    ],
)
def test_actors_possessive_inside_a_name(nlp: Language, text: str, person: str, absent: str) -> None:
    found = actors_of(nlp, text)
    assert (person, "person") in found, sorted(found)
    assert not [key for key in found if key[0] == absent], sorted(found)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The plot follows the second of Sam Hollis's thrillers about a submarine.", "Sam Hollis"),
        ("Dana Whitfield's team tested the radars.", "Dana Whitfield"),
    ],
)
def test_actors_closing_possessive_keeps_the_person(nlp: Language, text: str, person: str) -> None:
    assert (person, "person") in actors_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "outlet", "absent"),
    [
        ("MOSCOW, March 4. /TASS/. Russian forces struck a depot, the ministry said.", "TASS", "Moscow"),
        ("HANOI, June 2. /Xinhua/. Vietnam bought four patrol boats, officials said.", "Xinhua", "Hanoi"),
    ],
)
def test_actors_slashed_dateline_credit(nlp: Language, text: str, outlet: str, absent: str) -> None:
    found = actors_of(nlp, text)
    assert (outlet, "media") in found, sorted(found)
    assert not [key for key in found if key[0] == absent], sorted(found)


def test_actors_slash_words_are_no_outlet(nlp: Language) -> None:
    found = actors_of(nlp, "Kyiv said the and/or clause covered air defence.")
    assert not [key for key in found if key[1] == "media"], sorted(found)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("On Friday the Greek defence ministry said its frigates had sailed.", "Greek defence ministry"),
        ("The Japanese foreign ministry summoned the envoy over the launches.", "Japanese foreign ministry"),
    ],
)
def test_actors_lower_case_ministry_after_demonym(nlp: Language, text: str, body: str) -> None:
    found = actors_of(nlp, text)
    assert (body, "organization") in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "absent_kind"),
    [
        ("A Japanese defense ministry official said the launches continued.", "organization"),  # the official's
        ("Mozambique's defense ministry said the insurgents had fled.", "organization"),  # the state, as before
    ],
)
def test_actors_ministry_not_a_body(nlp: Language, text: str, absent_kind: str) -> None:
    found = actors_of(nlp, text)
    assert not [key for key in found if key[1] == absent_kind and "inistry" in key[0]], sorted(found)


@pytest.mark.parametrize(
    ("text", "official", "affiliation"),
    [
        ("Before his trip, the Greek president confirmed the frigate order.", "Greek president", "Greece"),
        ("The Chilean president said the jets would arrive in May.", "Chilean president", "Chile"),
    ],
)
def test_actors_unnamed_president(nlp: Language, text: str, official: str, affiliation: str) -> None:
    found = actors_of(nlp, text)
    assert (official, "official") in found, sorted(found)
    assert found[(official, "official")].affiliation == affiliation


@pytest.mark.parametrize(
    "text",
    [
        "Greek President Maria Kostaki confirmed the frigate order.",
        "Maria Kostaki, the Greek president, confirmed the frigate order.",
    ],
)
def test_actors_named_president_is_no_official(nlp: Language, text: str) -> None:
    found = actors_of(nlp, text)
    assert ("Maria Kostaki", "person") in found, sorted(found)
    assert not [key for key in found if key[1] == "official"], sorted(found)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The 24th Mechanized Brigade held the village for a week.", "24th Mechanized Brigade"),
        ("Ukraine's 41st motorised brigade fired the howitzers at dawn.", "41st motorised brigade"),
        ("Soldiers of the 92nd Separate Assault Brigade repaired the tanks.", "92nd Separate Assault Brigade"),
        ("The 6th Fleet escorted the carrier.", "6th Fleet"),
        ("Two destroyers joined the U.S. 6th Fleet in May.", "U.S. 6th Fleet"),  # the state's name opens it
    ],
)
def test_actors_numbered_units(nlp: Language, text: str, unit: str) -> None:
    assert (unit, "organization") in actors_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "She finished 3rd in the division last season.",
        "On the 5th day of the war the brigade withdrew.",
        "The 20th anniversary of the regiment was marked in May.",
    ],
)
def test_actors_ordinals_without_a_unit(nlp: Language, text: str) -> None:
    found = actors_of(nlp, text)
    assert not [key for key in found if key[0][:1].isdigit()], sorted(found)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The 30 German Marders were delivered in spring.", "German Marders"),
        ("Kyiv received the British Challengers last year.", "British Challengers"),
    ],
)
def test_actors_demonym_before_a_system_is_no_body(nlp: Language, text: str, absent: str) -> None:
    found = actors_of(nlp, text)
    assert not [key for key in found if key[0] == absent], sorted(found)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "A spokesman for the Southern Theatre Command said ships had sailed.",
            "Southern Theater Command",
            "organization",
        ),
        ("The Izz al-Din al-Qassam Brigades said it fired rockets.", "Izz ad-Din al-Qassam Brigades", "armed_group"),
        ("Boats resupplied the troops at Ayungin Shoal on Sunday.", "Second Thomas Shoal", "location"),
        ("Coast guard ships gathered near Scarborough Shoal.", "Scarborough Shoal", "location"),
    ],
)
def test_actors_other_spellings_of_known_bodies(nlp: Language, text: str, name: str, kind: str) -> None:
    assert (name, kind) in actors_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        pytest.param(
            "The 30 German Marders were delivered in spring.",
            "Germany",
            marks=pytest.mark.xfail(reason="Marders is no weapon record yet, so the demonym modifies nothing known"),
        ),
        ("Kyiv received the British Challengers last year.", "United Kingdom"),
        ("Both the Bradleys and some 20 German Marders reached the front.", "Germany"),
    ],
)
def test_actors_demonym_before_a_system_is_its_state(nlp: Language, text: str, state: str) -> None:
    assert (state, "country") in actors_of(nlp, text)
