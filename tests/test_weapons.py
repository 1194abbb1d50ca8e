"""Weapon recognition: gazetteer names, designation patterns, classes, precedence, entities, invariants."""

from __future__ import annotations

import typing

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

import arms_nlp.factories  # noqa: F401  (registers arms_weapons)
from arms_nlp.extensions import get_records
from arms_nlp.kb.weapons import designation_index, weapon_gazetteer, weapon_lexicon
from arms_nlp.normalize.designations import canonical_designation, designation_key, strip_plural
from arms_nlp.records import Weapon, WeaponCategory

CATEGORIES = set(typing.get_args(WeaponCategory))


@pytest.fixture(scope="module")
def weapons_nlp() -> Language:
    """A blank pipeline holding only arms_weapons (no parser, no NER)."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("arms_weapons")
    return nlp


def _found(nlp: Language, text: str) -> list[Weapon]:
    return get_records(nlp(text), "arms_weapons")


def _names(nlp: Language, text: str) -> list[str]:
    return [w.name for w in _found(nlp, text)]


# ------------------------------------------------------------------------------------------ knowledge files


def test_weapons_gazetteer_is_large_and_valid() -> None:
    entries = weapon_gazetteer()
    assert len(entries) >= 300
    assert {e.category for e in entries} <= CATEGORIES
    origins = {e.origin for e in entries}
    assert {"Russia", "Iran", "North Korea", "United States", "China", "Turkey", "Israel", "Germany"} <= origins


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Fatah-110", "Fateh-110"),
        ("Fath-110", "Fateh-110"),
        ("Zolfaqar", "Zolfaghar"),
        ("Zolfaghar", "Zolfaghar"),
        ("X-101", "Kh-101"),
        ("C-300", "S-300"),
        ("Geran-2", "Shahed-136"),
        ("KN-23", "Hwasong-11"),
        ("Kheibarshekan", "Kheibar Shekan"),
        ("Kheibar Shekan", "Kheibar Shekan"),
    ],
)
def test_weapons_gazetteer_aliases_share_a_key(written: str, canonical: str) -> None:
    assert designation_index()[designation_key(written)].name == canonical


def test_weapons_lexicon_prefix_categories_are_valid() -> None:
    lexicon = weapon_lexicon()
    assert {p.category for p in lexicon.prefixes} <= CATEGORIES
    assert {h.category for h in lexicon.heads} <= CATEGORIES


@pytest.mark.parametrize(
    ("text", "key", "plain", "canonical"),
    [
        ("Fateh-110", "fateh110", "Fateh-110", "Fateh-110"),
        ("FATEH 110", "fateh110", "FATEH 110", "FATEH-110"),
        ("Su-35s", "su35s", "Su-35", "Su-35"),
        ("Kh-47M2", "kh47m2", "Kh-47M2", "Kh-47M2"),
        ("Hwasong 19", "hwasong19", "Hwasong 19", "Hwasong-19"),
        ("Patriots", "patriots", "Patriots", "Patriots"),
    ],
)
def test_weapons_designation_helpers(text: str, key: str, plain: str, canonical: str) -> None:
    assert designation_key(text) == key
    assert strip_plural(text) == plain
    assert canonical_designation(text) == canonical


# ------------------------------------------------------------------------------------------ named systems


@pytest.mark.parametrize(
    ("text", "mention", "name", "category"),
    [
        ("Iran sent Fateh-110 missiles.", "Fateh-110 missiles", "Fateh-110", "ballistic_missile"),
        ("Iran sent Fatah-110 missiles.", "Fatah-110 missiles", "Fateh-110", "ballistic_missile"),
        ("Iran sent Fateh 110 missiles.", "Fateh 110 missiles", "Fateh-110", "ballistic_missile"),
        ("including Zulfiqar missiles", "Zulfiqar missiles", "Zolfaghar", "ballistic_missile"),
        ("Russia launched Kh-101 cruise missiles.", "Kh-101 cruise missiles", "Kh-101", "cruise_missile"),
        ("a battery of C-300 launchers", "C-300 launchers", "S-300", "air_defense"),
        ("Russia calls them Geran-2.", "Geran-2", "Shahed-136", "loitering_munition"),
        ("Pyongyang tested the KN-23.", "KN-23", "Hwasong-11", "ballistic_missile"),
        ('Iranian "Kheibarshekan" missiles', 'Kheibarshekan" missiles', "Kheibar Shekan", "ballistic_missile"),
        ("Iran wants Sukhoi Su-35 jets.", "Sukhoi Su-35 jets", "Su-35", "aircraft"),
        ("Ukraine flies Su-25s over Bakhmut.", "Su-25s", "Su-25", "aircraft"),
        ("SHAHED-136 DRONES HIT KYIV", "SHAHED-136 DRONES", "Shahed-136", "loitering_munition"),
        ("Britain sent Storm Shadow missiles.", "Storm Shadow missiles", "Storm Shadow", "cruise_missile"),
        ("HIMARS launchers arrived.", "HIMARS launchers", "HIMARS", "rocket"),
        ("The Bayraktar TB2 drone.", "Bayraktar TB2 drone", "Bayraktar TB2", "uav"),
        ("Israel's Iron Dome intercepted rockets.", "Iron Dome", "Iron Dome", "air_defense"),
        ("the Iskander-M complex", "Iskander-M", "Iskander", "ballistic_missile"),
    ],
)
def test_weapons_gazetteer_finds_named_systems(
    weapons_nlp: Language, text: str, mention: str, name: str, category: str
) -> None:
    found = _found(weapons_nlp, text)
    named = [w for w in found if not w.generic]
    assert [(w.text, w.name, w.category, w.rule) for w in named] == [(mention, name, category, "gazetteer")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv asked for more Patriot missiles.", ["Patriot"]),
        ("Patriot batteries were moved.", ["Patriot"]),
        ("Grad rockets hit the town.", ["BM-21 Grad"]),
        ("Germany will send Leopard tanks to Ukraine.", ["Leopard"]),
        ("Iran's Shahed line of drones.", ["Shahed"]),
        ("The Tornado jets took off.", ["Panavia Tornado"]),
        ("The Patriot Act was renewed.", []),
        ("A Tornado warning was issued for Kansas.", []),
        ("Grad students protested on campus.", []),
        ("The Leopard is a big cat.", []),
        ("Shahed Ahmed scored twice.", []),
        ("Tor users value privacy.", []),
    ],
)
def test_weapons_ambiguous_names_need_weapon_context(weapons_nlp: Language, text: str, expected: list[str]) -> None:
    assert [w.name for w in _found(weapons_nlp, text) if not w.generic] == expected


# ------------------------------------------------------------------------------------------ designation patterns


@pytest.mark.parametrize(
    ("text", "mention", "name", "category"),
    [
        ("Iran unveiled a new Shahed-197 variant.", "Shahed-197", "Shahed-197", "loitering_munition"),
        ("North Korea fired a Hwasong-20 on Monday.", "Hwasong-20", "Hwasong-20", "ballistic_missile"),
        ("Russia is developing the Su-75.", "Su-75", "Su-75", "aircraft"),
        ("a new Kh-95 was seen", "Kh-95", "Kh-95", "cruise_missile"),
        ("Tehran showed Fath 500 rockets.", "Fath 500 rockets", "Fath-500", "ballistic_missile"),
        ("Houthis fired Zulfa-7 missiles at ships.", "Zulfa-7 missiles", "Zulfa-7", "missile"),
        ("They launched Toufan-3 drones.", "Toufan-3 drones", "Toufan-3", "uav"),
    ],
)
def test_weapons_designation_pattern_finds_unknown_systems(
    weapons_nlp: Language, text: str, mention: str, name: str, category: str
) -> None:
    named = [w for w in _found(weapons_nlp, text) if not w.generic]
    assert [(w.text, w.name, w.category, w.rule) for w in named] == [
        (mention, name, category, "designation_pattern")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "COVID-19 cases rose again.",
        "Leaders met at the G-7 summit.",
        "She applied for an F-1 visa.",
        "A Boeing 737-800 landed.",
        "NATO's Article 5 applies.",
        "An Airbus A320 was delayed.",
        "The H-1B program changed.",
        "Take the I-95 north.",
        "He wore a KN-95 mask.",
        "The B-2 visa is for tourists.",
        "Shaheen 3 for 25 in the final over.",
        "Quds 2024 rallies were held.",
    ],
)
def test_weapons_designation_shaped_non_weapons_are_ignored(weapons_nlp: Language, text: str) -> None:
    assert _found(weapons_nlp, text) == []


# ------------------------------------------------------------------------------------------ classes


@pytest.mark.parametrize(
    ("text", "mention", "name", "category"),
    [
        ("They bought short-range ballistic missiles.", "short-range ballistic missiles", "short-range ballistic missile",
         "ballistic_missile"),
        ("close-range ballistic missiles", "close-range ballistic missiles", "close-range ballistic missile",
         "ballistic_missile"),
        ("Talks on long-range missiles.", "long-range missiles", "long-range missile", "missile"),
        ("short-range ballistic weapons", "short-range ballistic weapons", "short-range ballistic missile",
         "ballistic_missile"),
        ("so-called kamikaze drones", "kamikaze drones", "loitering munition", "loitering_munition"),
        ("the suicide drones", "suicide drones", "loitering munition", "loitering_munition"),
        ("Iran's loitering munitions", "loitering munitions", "loitering munition", "loitering_munition"),
        ("advanced air defense systems", "air defense systems", "air defense system", "air_defense"),
        ("new air defence systems", "air defence systems", "air defense system", "air_defense"),
        ("Poland bought fighter jets.", "fighter jets", "fighter aircraft", "aircraft"),
        ("Iran provided UAVs to Russia.", "UAVs", "UAV", "uav"),
        ("Unmanned Aerial Vehicles flew", "Unmanned Aerial Vehicles", "UAV", "uav"),
        ("a supply of artillery shells", "artillery shells", "artillery shell", "munition"),
        ("several ballistic missile launchers", "ballistic missile launchers", "ballistic missile launcher", "launcher"),
        ("mobile launchers were seen", "launchers", "launcher", "launcher"),
        ("Iran's nuclear weapons program", "nuclear weapons", "nuclear weapon", "wmd"),
        ("Iran denied sending arms to Russia.", "arms", "weapon", "other"),
        ("Russia's arms exports fell.", "arms", "weapon", "other"),
        ("Iran's role in arms transfers", "arms", "weapon", "other"),
        ("such weapons", "weapons", "weapon", "other"),
        ("the missiles were fired", "missiles", "missile", "missile"),
        ("The UK sent tanks.", "tanks", "tank", "armored_vehicle"),
        ("a U.S. drone attack", "drone", "UAV", "uav"),
        ("anti-ship cruise missiles", "anti-ship cruise missiles", "anti-ship cruise missile", "cruise_missile"),
    ],
)
def test_weapons_classes_are_named_canonically(
    weapons_nlp: Language, text: str, mention: str, name: str, category: str
) -> None:
    found = _found(weapons_nlp, text)
    assert [(w.text, w.name, w.category, w.generic, w.rule) for w in found] == [
        (mention, name, category, True, "class")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Experts at a think tank said so.",
        "She held the baby in her arms.",
        "They were up in arms about it.",
        "The fuel tank leaked.",
        "Shells on the beach.",
        "The system was updated.",
        "A private jet landed.",
        "Suicide bombers attacked the market.",
    ],
)
def test_weapons_class_lookalikes_are_ignored(weapons_nlp: Language, text: str) -> None:
    assert _found(weapons_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ballistic and cruise missiles", ["ballistic missile", "cruise missile"]),
        ("kamikaze Unmanned Aerial Vehicles (UAVs)", ["loitering munition", "loitering munition"]),
        ("missile and UAV programs", ["missile", "UAV"]),
    ],
)
def test_weapons_coordinated_and_bracketed_classes(weapons_nlp: Language, text: str, expected: list[str]) -> None:
    assert _names(weapons_nlp, text) == expected


# ------------------------------------------------------------------------------------------ precedence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fateh-110 short-range ballistic missiles", [("Fateh-110 short-range ballistic missiles", "Fateh-110")]),
        ("Zolfaghar missiles", [("Zolfaghar missiles", "Zolfaghar")]),
        ('"Kheibarshekan" missiles', [('Kheibarshekan" missiles', "Kheibar Shekan")]),
        ("Shahed drones and loitering munitions", [("Shahed drones", "Shahed"), ("loitering munitions", "loitering munition")]),
        ("the Shahed line of loitering munitions", [("Shahed line of loitering munitions", "Shahed")]),
        ("Shahed and other drones", [("Shahed", "Shahed"), ("drones", "UAV")]),
        ("S-300 air defense systems", [("S-300 air defense systems", "S-300")]),
        ("the missiles, Fateh-110", [("missiles", "missile"), ("Fateh-110", "Fateh-110")]),
    ],
)
def test_weapons_named_systems_absorb_their_class(
    weapons_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(w.text, w.name) for w in _found(weapons_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("USS Mahan (DDG 72) joined HMS Ocean.", ["USS Mahan", "DDG 72", "HMS Ocean"]),
        ("FS Forbin sailed. Forbin is a frigate.", ["FS Forbin", "FS Forbin", "frigate"]),
        ("Read Article (DDG 72) here.", []),
    ],
)
def test_weapons_ship_names_and_hull_numbers(weapons_nlp: Language, text: str, expected: list[str]) -> None:
    assert _names(weapons_nlp, text) == expected


# ------------------------------------------------------------------------------------------ doc integration


def test_weapons_spans_and_boilerplate(weapons_nlp: Language) -> None:
    text = "Iran sent Fateh-110 missiles. Related: drones for sale"
    doc = weapons_nlp.make_doc(text)
    doc._.arms_boilerplate = [(text.index("Related"), len(text))]
    doc = weapons_nlp.get_pipe("arms_weapons")(doc)
    assert [(s.text, s.label_, s.kb_id_) for s in doc.spans["arms_weapons"]] == [
        ("Fateh-110 missiles", "ballistic_missile", "Fateh-110")
    ]
    assert [w.name for w in get_records(doc, "arms_weapons")] == ["Fateh-110"]


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("Iran's missile and UAV (Unmanned Aerial Vehicle) programs worry Washington.", "UAV"),
        ("Iran supplied Unmanned Aerial Vehicles to Russia.", "Unmanned Aerial Vehicles"),
        ("Reuters said Iran sent Zolfaghar missiles to Russia.", "Zolfaghar missiles"),
        ('Iranian "Kheibarshekan" missiles are seen in Iran.', 'Kheibarshekan" missiles'),
    ],
)
def test_weapons_overwrite_entities_that_overlap(nlp: Language, text: str, weapon: str) -> None:
    doc = nlp(text)
    start = text.index(weapon)
    assert weapon in [w.text for w in get_records(doc, "arms_weapons")]
    assert not [e for e in doc.ents if e.start_char < start + len(weapon) and start < e.end_char]
    assert "Iran" in [e.text for e in doc.ents]


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("000_8acc18a9c4da2737", {"ballistic missile", "short-range ballistic missile", "UAV", "missile", "weapon",
                                  "nuclear weapon", "bomb"}),
        ("001_e1ccba8a638ce329", {"ballistic missile", "short-range ballistic missile", "UAV", "missile", "weapon",
                                  "nuclear weapon"}),
        ("002_cf1b510dc2e19d56", {"Kheibar Shekan", "short-range ballistic missile", "close-range ballistic missile",
                                  "missile", "ballistic missile", "ballistic missile launcher", "loitering munition",
                                  "UAV", "weapon"}),
        ("003_71f1ee24cf0e9be2", {"Fateh-110", "Zolfaghar", "ballistic missile", "missile", "weapon",
                                  "long-range missile"}),
        ("004_ce6e8c1c5d75712c", {"missile", "weapon", "short-range ballistic missile", "UAV", "Shahed",
                                  "loitering munition", "aircraft", "Su-35", "air defense system"}),
    ],
)
def test_weapons_fixture_articles(nlp: Language, articles: dict[str, str], stem: str, expected: set[str]) -> None:
    assert {w.name for w in get_records(nlp(articles[stem]), "arms_weapons")} == expected


# ------------------------------------------------------------------------------------------ properties

_PIECES = [
    name for entry in weapon_gazetteer()[::7] for name in entry.names[:2]
] + ["missiles", "short-range", "ballistic", "kamikaze", "drones", "(", ")", "UAVs", "Shahed-", "-", "Su", "110",
     "the", "and", "Iran", "sent", ",", ".", '"', "Patriot", "Grad", "tanks", "HMS", "Ocean", "(DDG 72)", "\n", "s"]
_SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(text: str, nlp: Language) -> None:
    doc = nlp(text)
    for weapon in get_records(doc, "arms_weapons"):
        assert weapon.category in CATEGORIES
        assert text[weapon.start : weapon.end] == weapon.text
        assert weapon.name
    spans = list(doc.spans["arms_weapons"])
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


@_SETTINGS
@given(text=st.text(max_size=300))
def test_weapons_property_any_text(weapons_nlp: Language, text: str) -> None:
    _check(text, weapons_nlp)


@_SETTINGS
@given(parts=st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30), glue=st.sampled_from([" ", "", "  "]))
def test_weapons_property_weapon_like_text(weapons_nlp: Language, parts: list[str], glue: str) -> None:
    _check(glue.join(parts), weapons_nlp)
