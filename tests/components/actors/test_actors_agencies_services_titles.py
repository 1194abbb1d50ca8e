"""arms_actors on the families of issue 13: time zones, news agencies named after their state,
lower-case services named as a body, bodies named by their owner, armed groups and titles before names."""

from __future__ import annotations

import pytest
from actor_reader import actors_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("The rocket lifted off at 06:40 GMT on Monday, the agency said.", "GMT"),
        ("Radars tracked the object from 9:12 p.m. KST until it fell into the sea.", "KST"),
        ("The first blast was heard at 2 a.m. local time (2300 UTC Sunday).", "UTC"),
        ("The convoy crossed the border before 5 p.m. EST, officials in Ottawa said.", "EST"),
    ],
)
def test_actors_time_zones_are_no_actors(nlp: Language, text: str, zone: str) -> None:
    found = actors_of(nlp, text)
    assert not [key for key in found if zone in key[0]], sorted(found)


def test_actors_time_zone_letters_inside_a_name_stay(nlp: Language) -> None:
    found = actors_of(nlp, "The Eastern Command said the patrol returned at dusk.")
    assert any(kind == "organization" for _, kind in found), sorted(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cyprus News Agency said the radar was installed near Larnaca.", "Cyprus News Agency"),
        ("Thailand's Thai News Agency reported that the frigate left Sattahip.", "Thai News Agency"),
        ("The Mongolian National News Agency said the helicopters arrived.", "Mongolian National News Agency"),
    ],
)
def test_actors_agencies_named_after_their_state_are_outlets(nlp: Language, text: str, name: str) -> None:
    found = actors_of(nlp, text)
    assert (name, "media") in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Egypt's state news agency Akhbar said the frigates arrived.", "Akhbar"),
        ("The Belarusian state news agency Belta said the launchers were moved.", "Belarusian Telegraph Agency"),
        ("The Nepali daily Kantipur reported the helicopter deal.", "Kantipur"),
    ],
)
def test_actors_a_name_after_an_outlet_noun_is_an_outlet(nlp: Language, text: str, name: str) -> None:
    found = actors_of(nlp, text)
    assert (name, "media") in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Cyprus bought the radar from Israel, the government said.", "Cyprus"),
        ("Thailand bought the frigate, the TASS news agency said.", "Thailand"),
    ],
)
def test_actors_a_state_before_an_outlet_word_stays_the_state(nlp: Language, text: str, country: str) -> None:
    found = actors_of(nlp, text)
    assert (country, "country") in found, sorted(found)
    assert not [key for key in found if key[1] == "media" and country in key[0]], sorted(found)


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        ("The Malian army said it repelled the attack near Gao.", "Malian Army", "Mali"),
        ("Fighting resumed after the Ethiopian air force bombed the bridge.", "Ethiopian Air Force", "Ethiopia"),
        ("Positions of the Azerbaijani army came under fire overnight.", "Azerbaijani Army", "Azerbaijan"),
        ("Peruvian armed forces took delivery of the trucks.", "Peruvian Armed Forces", "Peru"),
    ],
)
def test_actors_lower_case_service_heading_its_phrase_is_the_body(
    nlp: Language, text: str, body: str, state: str
) -> None:
    found = actors_of(nlp, text)
    assert (body, "organization") in found, sorted(found)
    assert (state, "country") not in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Vietnamese coast guard ships shadowed the survey vessel.", "Vietnam"),
        ("The Russian military moved the launchers north.", "Russia"),
        ("Ukrainian special forces struck the platform.", "Ukraine"),
        ("Malian army helicopters struck the convoy near Gao.", "Mali"),
    ],
)
def test_actors_lower_case_service_describing_forces_stays_the_state(nlp: Language, text: str, state: str) -> None:
    found = actors_of(nlp, text)
    assert (state, "country") in found, sorted(found)
    assert not [key for key in found if key[1] == "organization"], sorted(found)


@pytest.mark.parametrize(
    ("text", "person", "absent"),
    [
        (
            "Navy spokesman and Commodore Adedotun Ayo-Vaughan said the ship sailed.",
            "Adedotun Ayo-Vaughan",
            "Navy spokesman",
        ),
        (
            "Government spokesperson and Minister of Information Amina Yusuf denied the report.",
            "Amina Yusuf",
            "Government spokesperson",
        ),
    ],
)
def test_actors_a_role_joined_to_a_title_before_a_name_is_no_official(
    nlp: Language, text: str, person: str, absent: str
) -> None:
    found = actors_of(nlp, text)
    assert (person, "person") in found, sorted(found)
    assert (absent, "official") not in found, sorted(found)


def test_actors_two_joined_roles_without_a_name_stay_officials(nlp: Language) -> None:
    found = actors_of(nlp, "The army spokesman and the navy chief met reporters in Abuja.")
    assert ("army spokesman", "official") in found, sorted(found)
    assert ("navy chief", "official") in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Sinaloa cartel moved the rifles north.", "Sinaloa Cartel"),
        ("Police said the Gulf cartel had bought drones.", "Gulf Cartel"),
        ("The Tehreek-e-Taliban Pakistan claimed the attack.", "Tehrik-i-Taliban Pakistan"),
        ("The Mon State Revolutionary Force, a rebel group, shot down a drone.", "Mon State Revolutionary Force"),
        ("The Karenni Revolutionary Defense Organization resistance group seized the base.", None),
    ],
)
def test_actors_armed_groups_by_name_or_description(nlp: Language, text: str, name: str | None) -> None:
    found = actors_of(nlp, text)
    groups = [key for key in found if key[1] == "armed_group"]
    assert groups and (name is None or (name, "armed_group") in found), sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "Lockheed Martin engineers and Boeing workers met in Fort Worth.",
        "The Kiel Institute researchers counted the pledges.",
        "Syrian rebels fired rockets at the town.",
    ],
)
def test_actors_no_armed_group_without_a_group_description(nlp: Language, text: str) -> None:
    found = actors_of(nlp, text)
    assert not [key for key in found if key[1] == "armed_group"], sorted(found)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Brazilian planemaker Embraer delivered the first jet.", "Brazil"),
        ("South Korean defence giant Hanwha opened a plant.", "South Korea"),
        ("Drones were seen off the Norwegian coast on Friday.", "Norway"),
    ],
)
def test_actors_demonym_before_a_maker_coast_or_media_is_the_state(nlp: Language, text: str, state: str) -> None:
    found = actors_of(nlp, text)
    assert (state, "country") in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("NEW DELHI: India tested a new cruise missile on Friday.", ("New Delhi", "location"), ("India", "country")),
        ("NATO: allies will send more air defence systems.", None, ("NATO", "organization")),
    ],
)
def test_actors_an_all_caps_place_before_a_colon_is_a_dateline(
    nlp: Language, text: str, absent: tuple[str, str] | None, present: tuple[str, str]
) -> None:
    found = actors_of(nlp, text)
    assert present in found, sorted(found)
    assert absent is None or absent not in found, sorted(found)


def test_actors_a_plural_possessive_leaves_the_title(nlp: Language) -> None:
    found = actors_of(nlp, "The rebels' military spokesman, Ahmed Salim, claimed the attack.")
    person = found[("Ahmed Salim", "person")]
    assert person.title == "military spokesman"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Operation Northern Shield said the strikes hit the depot.", "Operation Northern Shield"),
        ("Twelve jets joined Exercise Red Condor near the coast.", "Exercise Red Condor"),
        ("Council Resolution 1701 bans the transfers.", "Council Resolution 1701"),
    ],
)
def test_actors_operations_exercises_and_resolutions_are_no_actors(nlp: Language, text: str, absent: str) -> None:
    found = actors_of(nlp, text)
    assert not [key for key in found if absent in key[0]], sorted(found)


def test_actors_a_treaty_organisation_stays_a_body(nlp: Language) -> None:
    found = actors_of(nlp, "The Collective Security Treaty Organization sent troops.")
    assert ("Collective Security Treaty Organization", "organization") in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        ("Kenyan Defence Cabinet Secretary Aden Duale visited the base.", "Aden Duale", "Defence Cabinet Secretary"),
        ("Ghanaian Interior Minister Kofi Mensah toured the port.", "Kofi Mensah", "Interior Minister"),
    ],
)
def test_actors_a_portfolio_before_a_title_is_no_name(nlp: Language, text: str, person: str, title: str) -> None:
    found = actors_of(nlp, text)
    assert (person, "person") in found, sorted(found)
    assert [name for name, kind in found if kind == "person"] == [person], sorted(found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The shells are made by a Nagpur-based company.", "Nagpur"),
        ("A Hyderabad-headquartered startup built the drone.", "Hyderabad"),
    ],
)
def test_actors_a_name_before_based_is_a_place(nlp: Language, text: str, place: str) -> None:
    found = actors_of(nlp, text)
    assert (place, "location") in found, sorted(found)
    assert (place, "organization") not in found, sorted(found)
