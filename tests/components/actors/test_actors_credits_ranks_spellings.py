"""arms_actors on the families of issue 13: credits and bylines, abbreviated ranks, roles in
apposition to a known person, federal states, other spellings of a known body, outlets."""

from __future__ import annotations

import pytest
from actor_reader import actors_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("(Photo by Marta Kowalczyk / AFP via Getty Images) Soldiers load the howitzers.", "Marta Kowalczyk"),
        ("(Photo by Marta Kowalczyk / AFP via Getty Images) Soldiers load the howitzers.", "Getty Images"),
        (
            "Soldiers load the howitzers, officials said.\n(Reporting by Tomas Lind in Riga; Editing by Ann Berg)",
            "Tomas Lind",
        ),
        (
            "Soldiers load the howitzers, officials said.\n(Reporting by Tomas Lind in Riga; Editing by Ann Berg)",
            "Ann Berg",
        ),
        ("By Tomas Lind and Ann Berg\nSoldiers loaded the howitzers on Monday, officials said.", "Ann Berg"),
        ("Additional reporting by Priya Nair; Writing by Ann Berg", "Priya Nair"),
    ],
)
def test_actors_credits_and_bylines_are_no_actors(nlp: Language, text: str, absent: str) -> None:
    found = actors_of(nlp, text)
    assert not [key for key in found if key[0] == absent], sorted(found)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("By Monday, Tomas Lind said, the howitzers had arrived.", "Tomas Lind"),  # "By" opening prose
        ("Tomas Lind, the reporting officer, said the howitzers had arrived.", "Tomas Lind"),
    ],
)
def test_actors_prose_with_by_keeps_its_people(nlp: Language, text: str, person: str) -> None:
    assert (person, "person") in actors_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "person", "title", "affiliation"),
    [
        (
            "Ghanaian army spokesman Brig. Gen. Kofi Mensah said the boats arrived.",
            "Kofi Mensah",
            "army spokesman Brig. Gen.",
            "Ghana",
        ),
        ("Capt. Lena Vogt of the frigate said the crew was ready.", "Lena Vogt", "Capt.", None),
        ("Maj. Gen. Omar Haddad, the army spokesman, said the base was hit.", "Omar Haddad", "Maj. Gen.", None),
        ("Lt. Col. Ana Ruiz said the battalion had received the rifles.", "Ana Ruiz", "Lt. Col.", None),
    ],
)
def test_actors_abbreviated_ranks_stay_in_the_title(
    nlp: Language, text: str, person: str, title: str, affiliation: str | None
) -> None:
    found = actors_of(nlp, text)
    actor = found[(person, "person")]
    assert actor.title == title
    if affiliation:
        assert actor.affiliation == affiliation
    assert not [key for key in found if key[1] == "official"], sorted(found)


@pytest.mark.parametrize(
    ("text", "official"),
    [
        ("Blinken, the top U.S. diplomat, said the sale was approved.", None),
        ("A spokesman for the Hellenic Navy, Commodore Nikos Pappas, said the frigate sailed.", None),
        ("Scholz, the German chancellor, said the tanks would stay.", None),
        # negatives: an apposition to no person, and an unnamed role, stay officials
        ("A senior U.S. diplomat said the sale was approved.", "senior U.S. diplomat"),
        ("A spokesman for the Hellenic Navy said the frigate sailed.", "spokesman for the Hellenic Navy"),
        ("The deputy foreign minister of Kenya said the sale was approved.", "deputy foreign minister of Kenya"),
    ],
)
def test_actors_role_of_a_named_person_is_no_official(nlp: Language, text: str, official: str | None) -> None:
    officials = [key[0] for key in actors_of(nlp, text) if key[1] == "official"]
    assert officials == ([official] if official else []), officials


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Troops were deployed in Zamfara state after the attacks.", "Zamfara state"),
        ("The militia attacked villages in Blue Nile state.", "Blue Nile state"),
        ("Fighting raged in Rakhine State, the junta said.", "Rakhine State"),
    ],
)
def test_actors_lowercase_state_joins_the_place(nlp: Language, text: str, place: str) -> None:
    assert (place, "location") in actors_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # negatives: "state" after a country is no federal state; "the state ..." after a place is another phrase
        ("Nigeria state media said troops were deployed.", "Nigeria state"),
        ("Troops were deployed in Zamfara after the state governor asked.", "Zamfara state"),
    ],
)
def test_actors_lowercase_state_joins_only_a_region(nlp: Language, text: str, absent: str) -> None:
    found = actors_of(nlp, text)
    assert not [key for key in found if key[0] == absent], sorted(found)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Officials from Turkey's Defence Industry Agency (SSB) visited Dhaka.", "Defense Industry Agency"),
        ("The Rwanda Defense Force said its troops had left.", "Rwanda Defence Force"),
        ("The Rwanda Defence Force said its troops had left.", "Rwanda Defence Force"),
    ],
)
def test_actors_other_spelling_names_the_known_body(nlp: Language, text: str, body: str) -> None:
    found = actors_of(nlp, text)
    bodies = [key for key in found if key[1] == "organization"]
    assert bodies == [(body, "organization")], sorted(found)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The Sunday Telegraph said the ministry would buy more drones.", "The Sunday Telegraph"),
        ("The deal was reported by Africanews on Tuesday.", "Africanews"),
        ("Angop said the patrol boats had arrived in Luanda.", "Angola Press Agency"),
        ("Sky News Arabia said the drones were intercepted.", "Sky News Arabia"),
        ("Al-Masry Al-Youm quoted an Egyptian official as saying the jets had landed.", "Al-Masry Al-Youm"),
        ("The Hindu newspaper said the contract would be signed next week.", "The Hindu"),
    ],
)
def test_actors_outlets_keep_their_whole_name(nlp: Language, text: str, outlet: str) -> None:
    found = actors_of(nlp, text)
    assert (outlet, "media") in found, sorted(found)
    assert len([key for key in found if key[1] in ("media", "organization")]) == 1, sorted(found)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Al-Qaeda in the Islamic Maghreb claimed the attack near Gao.", "al-Qaeda in the Islamic Maghreb"),
        ("Lakurawa fighters attacked a village in Sokoto, police said.", "Lakurawa"),
    ],
)
def test_actors_armed_groups_by_their_whole_name(nlp: Language, text: str, group: str) -> None:
    found = actors_of(nlp, text)
    assert (group, "armed_group") in found, sorted(found)
    assert not [key for key in found if key[0] in ("al-Qaeda", "Maghreb")], sorted(found)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "The army signed a contract with Siam Armour Works International Co. (SAWI), officials said.",
            "Siam Armour Works International",
        ),
        (
            "Finland ordered the interceptors from Rafael, the Finnish Defence Forces said.",
            "Rafael Advanced Defense Systems",
        ),
    ],
)
def test_actors_companies_are_one_actor(nlp: Language, text: str, company: str) -> None:
    found = actors_of(nlp, text)
    assert (company, "organization") in found, sorted(found)
    assert not [key for key in found if key[0] != company and key[0].startswith(company.split()[0])], sorted(found)


def test_actors_given_name_rafael_stays_a_person(nlp: Language) -> None:
    found = actors_of(nlp, "IAEA Director General Rafael Grossi said the inspectors had left.")
    assert ("Rafael Grossi", "person") in found
    assert ("Rafael Advanced Defense Systems", "organization") not in found


@pytest.mark.parametrize(
    ("text", "outlet", "body"),
    [
        ("The Australian Army will buy the vehicles, The Australian reported.", "The Australian", "Australian Army"),
        ("The Hindu newspaper said the Indian Army would buy the rifles.", "The Hindu", "Indian Army"),
    ],
)
def test_actors_outlet_name_opening_a_longer_name_is_no_outlet(
    nlp: Language, text: str, outlet: str, body: str
) -> None:
    found = actors_of(nlp, text)
    assert (outlet, "media") in found and (body, "organization") in found, sorted(found)
    assert len(found[(outlet, "media")].mentions) == 1
