"""arms_actors on the families of issue 13: armed services and state institutions named by their
canonical names where the officials list knows the written form, and as written where it does not."""

from __future__ import annotations

import pytest
from actor_reader import actors_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "body", "written"),
    [
        (
            "Fighting near Omdurman intensified, the Sudanese army said on Monday.",
            "Sudanese Armed Forces",
            "Sudanese army",
        ),
        ("Training flights with the Qatari air force resumed in May.", "Qatar Emiri Air Force", "Qatari air force"),
        (
            "The Chinese Air Force flew the batteries to Belgrade.",
            "People's Liberation Army Air Force",
            "Chinese Air Force",
        ),
        ("The Israeli army said it struck a launcher overnight.", "Israel Defense Forces", "Israeli army"),
        # negatives: a form the list gives to no other body stays as written
        ("The Malian army said it repelled the attack near Gao.", "Malian Army", "Malian army"),
        ("Positions of the Azerbaijani army came under fire overnight.", "Azerbaijani Army", "Azerbaijani army"),
        ("Armenian armed forces shelled the positions at dawn.", "Armenian Armed Forces", "Armenian armed forces"),
        ("The Indian Air Force retired its last squadron.", "Indian Air Force", "Indian Air Force"),
    ],
)
def test_actors_service_named_by_its_canonical_name(nlp: Language, text: str, body: str, written: str) -> None:
    found = actors_of(nlp, text)
    assert (body, "organization") in found, sorted(found)
    assert [m.text for m in found[(body, "organization")].mentions] == [written]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # negatives: a service word before another noun describes the state's forces, not the body
        ("Chinese air force bombers flew near the island.", "China"),
        ("Sudanese army helicopters struck the convoy.", "Sudan"),
    ],
)
def test_actors_service_modifying_a_noun_stays_the_state(nlp: Language, text: str, state: str) -> None:
    found = actors_of(nlp, text)
    assert (state, "country") in found, sorted(found)
    assert not [key for key in found if key[1] == "organization"], sorted(found)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The DAPA said the howitzers would be delivered next year.", "Defense Acquisition Program Administration"),
        ("The MSDF said the destroyer would fire the missile in the autumn.", "Japan Maritime Self-Defense Force"),
    ],
)
def test_actors_institution_acronym_spelled_out(nlp: Language, text: str, body: str) -> None:
    found = actors_of(nlp, text)
    assert (body, "organization") in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # negatives: an acronym the officials list does not know stays as written
        ("The XQRT said the trucks were seized at the border.", "XQRT"),
    ],
)
def test_actors_unknown_acronym_stays_as_written(nlp: Language, text: str, name: str) -> None:
    found = actors_of(nlp, text)
    assert (name, "organization") in found, sorted(found)
    assert not [key for key in found if key[0] != name and key[1] == "organization"], sorted(found)


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        ("The Air Force of Zimbabwe took delivery of two trainers.", "Air Force of Zimbabwe", "Zimbabwe"),
        ("Uganda People's Defence Force troops crossed into Congo.", "Uganda People's Defence Force", "Uganda"),
        ("The Tatmadaw has bombed villages in Sagaing.", "Tatmadaw", "Myanmar"),
        ("The KDF said the convoy was ambushed near Lamu.", "Kenya Defence Forces", "Kenya"),
        ("FARDC units retook the town on Friday.", "Armed Forces of the Democratic Republic of the Congo", None),
    ],
)
def test_actors_armed_services_of_smaller_states(nlp: Language, text: str, body: str, state: str | None) -> None:
    found = actors_of(nlp, text)
    assert (body, "organization") in found, sorted(found)
    assert not [key for key in found if key[1] in ("person", "armed_group")], sorted(found)
    if state is not None:
        assert (state, "country") not in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Baltic states will buy the launchers jointly.", "Baltic states"),
        ("The missiles fell into the East Sea on Thursday.", "East Sea"),
        ("Troops were flown to Borno after the raid on the base.", "Borno"),
        ("Militants ambushed a convoy in North Waziristan on Monday.", "North Waziristan"),
        # a capitalised unit noun stays part of the place's name as written
        ("The junta bombed a village in Sagaing Region overnight.", "Sagaing Region"),
    ],
)
def test_actors_regions_of_less_covered_areas(nlp: Language, text: str, place: str) -> None:
    found = actors_of(nlp, text)
    assert (place, "location") in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        # negatives: a region's name inside an armed group's name is no place of its own
        ("Gunmen of the Sinaloa cartel attacked police in Culiacan.", "Sinaloa Cartel", "Sinaloa"),
        ("The Arakan Army captured the town.", "Arakan Army", "Rakhine"),
    ],
)
def test_actors_region_inside_a_group_name_is_no_place(nlp: Language, text: str, group: str, place: str) -> None:
    found = actors_of(nlp, text)
    assert (group, "armed_group") in found, sorted(found)
    assert (place, "location") not in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "person", "written"),
    [
        ("Min Aung Hlaing visited Moscow in March.", "Min Aung Hlaing", "Min Aung Hlaing"),
        ("Backed by Egypt and Russia, Haftar and his army took the port.", "Khalifa Haftar", "Haftar"),
        ("Hemedti said the paramilitary would not negotiate.", "Mohamed Hamdan Dagalo", "Hemedti"),
        ("Lagbaja said the troops would stay in the north-east.", "Taoreed Lagbaja", "Lagbaja"),
    ],
)
def test_actors_known_commanders_by_their_full_names(nlp: Language, text: str, person: str, written: str) -> None:
    found = actors_of(nlp, text)
    assert (person, "person") in found, sorted(found)
    assert [m.text for m in found[(person, "person")].mentions] == [written]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # negatives: an unknown surname stays as written, and a word before a name stays out of it
        ("Okonjo said the troops would stay.", "Okonjo"),
        ("Minister Aung Kyaw said the vote would go ahead.", "Aung Kyaw"),
    ],
)
def test_actors_unknown_names_stay_as_written(nlp: Language, text: str, person: str) -> None:
    found = actors_of(nlp, text)
    assert (person, "person") in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Austria and Switzerland said they would join Sky Shield next year.",
            "European Sky Shield Initiative",
            "organization",
        ),
        ("The programs threaten the security of the R.O.K. and Japan.", "South Korea", "country"),
    ],
)
def test_actors_short_forms_of_known_names(nlp: Language, text: str, name: str, kind: str) -> None:
    assert (name, kind) in actors_of(nlp, text)


def test_actors_skyshield_gun_is_no_initiative(nlp: Language) -> None:
    # negative: the Swiss gun system, one word, is a weapon and no body
    found = actors_of(nlp, "The army bought two Skyshield batteries from Rheinmetall.")
    assert ("European Sky Shield Initiative", "organization") not in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "body", "written", "state"),
    [
        ("Japan's coast guard said the missile fell outside its waters.", "Japan Coast Guard", "coast guard", "Japan"),
        ("Sudan's army said it retook the bridge.", "Sudanese Armed Forces", "army", "Sudan"),
    ],
)
def test_actors_service_after_its_state_possessive(
    nlp: Language, text: str, body: str, written: str, state: str
) -> None:
    found = actors_of(nlp, text)
    assert (body, "organization") in found, sorted(found)
    assert [m.text for m in found[(body, "organization")].mentions] == [written]
    assert (state, "country") in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # negatives: a service the officials list does not know after the possessive, and a service modifying a noun
        ("Kenya's army said the convoy was hit.", "Kenya"),
        ("Sudan's army helicopters struck the convoy.", "Sudan"),
    ],
)
def test_actors_unknown_or_modifying_possessed_service_stays_the_state(nlp: Language, text: str, state: str) -> None:
    found = actors_of(nlp, text)
    assert (state, "country") in found, sorted(found)
    assert not [key for key in found if key[1] == "organization"], sorted(found)


@pytest.mark.parametrize(
    ("text", "state", "written"),
    [
        ("The North fired two missiles into the East Sea, Seoul said.", "North Korea", "North"),
        ("South Korea said the North's launch violated the resolutions.", "North Korea", "North"),
        ("North Korea accused the South of flying drones over Pyongyang.", "South Korea", "South"),
    ],
)
def test_actors_half_of_a_divided_state_written_alone(nlp: Language, text: str, state: str, written: str) -> None:
    found = actors_of(nlp, text)
    assert (state, "country") in found, sorted(found)
    assert written in [m.text for m in found[(state, "country")].mentions]


@pytest.mark.parametrize(
    "text",
    [
        # negatives: no Korean cue in the text, another capitalised word after it, a modifier
        "Insecurity in the North has displaced thousands, officials in Abuja said.",
        "Ships crossed the North Sea after the drill off South Korea.",
        "The North African country bought drones from Turkey.",
    ],
)
def test_actors_the_north_without_its_peninsula_is_no_state(nlp: Language, text: str) -> None:
    found = actors_of(nlp, text)
    assert ("North Korea", "country") not in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Footage published by the country's Department of Defense showed the tanks.", "Department of Defense"),
        ("Canberra said its Defence Department would buy the vehicles.", "Defence Department"),
        # negatives: without an owner the generic name is the gazetteer's body
        ("The Department of Defense said the contract was awarded.", "Pentagon"),
    ],
)
def test_actors_generic_body_after_an_unnamed_owner(nlp: Language, text: str, name: str) -> None:
    found = actors_of(nlp, text)
    assert (name, "organization") in found, sorted(found)
