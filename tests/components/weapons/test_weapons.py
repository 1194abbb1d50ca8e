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
        ("Javelins and Stingers arrived.", ["Javelin", "Stinger"]),
        ("Switchblade and Phoenix Ghost drones", ["Switchblade", "Phoenix Ghost"]),
        ("Toophan anti-tank missiles", ["Toophan"]),
        ("Bradley and Abrams met.", []),
        ("a HIMARS-style truck", []),
        ("Patriot deliveries resumed.", ["Patriot"]),
        ("Kyiv fired Excalibur rounds.", ["M982 Excalibur"]),
        ("The Leopard's range spans Africa.", []),
    ],
)
def test_weapons_ambiguous_names_need_weapon_context(weapons_nlp: Language, text: str, expected: list[str]) -> None:
    assert [w.name for w in _found(weapons_nlp, text) if not w.generic] == expected


# ------------------------------------------------------------------------------------------ designation patterns


@pytest.mark.parametrize(
    ("text", "mention", "name", "category"),
    [
        ("Iran unveiled a new Shahed-197 variant.", "Shahed-197", "Shahed-197", "loitering_munition"),
        ("North Korea fired a Hwasong-37 on Monday.", "Hwasong-37", "Hwasong-37", "ballistic_missile"),
        ("Russia is developing the Su-79.", "Su-79", "Su-79", "aircraft"),
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
    assert [(w.text, w.name, w.category, w.rule) for w in named] == [(mention, name, category, "designation_pattern")]


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
        (
            "They bought short-range ballistic missiles.",
            "short-range ballistic missiles",
            "short-range ballistic missile",
            "ballistic_missile",
        ),
        (
            "close-range ballistic missiles",
            "close-range ballistic missiles",
            "close-range ballistic missile",
            "ballistic_missile",
        ),
        ("Talks on long-range missiles.", "long-range missiles", "long-range missile", "missile"),
        (
            "short-range ballistic weapons",
            "short-range ballistic weapons",
            "short-range ballistic missile",
            "ballistic_missile",
        ),
        ("so-called kamikaze drones", "kamikaze drones", "loitering munition", "loitering_munition"),
        ("the suicide drones", "suicide drones", "loitering munition", "loitering_munition"),
        ("Iran's loitering munitions", "loitering munitions", "loitering munition", "loitering_munition"),
        ("advanced air defense systems", "air defense systems", "air defense system", "air_defense"),
        ("new air defence systems", "air defence systems", "air defense system", "air_defense"),
        ("Poland bought fighter jets.", "fighter jets", "fighter jet", "aircraft"),
        ("Iran provided UAVs to Russia.", "UAVs", "UAV", "uav"),
        ("Unmanned Aerial Vehicles flew", "Unmanned Aerial Vehicles", "UAV", "uav"),
        ("a supply of artillery shells", "artillery shells", "artillery shell", "munition"),
        (
            "several ballistic missile launchers",
            "ballistic missile launchers",
            "ballistic missile launcher",
            "launcher",
        ),
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
        ("anti-tank missiles", "anti-tank missiles", "anti-tank missile", "missile"),
        ("anti-radiation missiles", "anti-radiation missiles", "anti-radiation missile", "missile"),
        ("US stealth fighters", "stealth fighters", "stealth fighter", "aircraft"),
        ("reconnaissance drones", "reconnaissance drones", "UAV", "uav"),
        ("Bradley-like fighting vehicles", "fighting vehicles", "fighting vehicle", "armored_vehicle"),
        ("ground-attack aircraft", "ground-attack aircraft", "aircraft", "aircraft"),
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
        "The arms race accelerated.",
        "a jet-powered glider",
        "He suffered from jet lag.",
        "She wore a tank top.",
        "The tank farm holds crude oil.",
        "The Patriots signed two receivers, while the Jets traded a pick.",
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
        ("attack, bomber, fighter and remotely piloted aircraft", ["aircraft", "bomber", "fighter aircraft", "UAV"]),
        ("drones, missiles and tanks", ["UAV", "missile", "tank"]),
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
        (
            "Shahed drones and loitering munitions",
            [("Shahed drones", "Shahed"), ("loitering munitions", "loitering munition")],
        ),
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
        (
            "000_8acc18a9c4da2737",
            {
                "ballistic missile",
                "short-range ballistic missile",
                "UAV",
                "missile",
                "weapon",
                "nuclear weapon",
                "bomb",
            },
        ),
        (
            "001_e1ccba8a638ce329",
            {"ballistic missile", "short-range ballistic missile", "UAV", "missile", "weapon", "nuclear weapon"},
        ),
        (
            "002_cf1b510dc2e19d56",
            {
                "Kheibar Shekan",
                "short-range ballistic missile",
                "close-range ballistic missile",
                "missile",
                "ballistic missile",
                "ballistic missile launcher",
                "loitering munition",
                "UAV",
                "weapon",
            },
        ),
        (
            "003_71f1ee24cf0e9be2",
            {"Fateh-110", "Zolfaghar", "ballistic missile", "missile", "weapon", "long-range missile"},
        ),
        (
            "004_ce6e8c1c5d75712c",
            {
                "missile",
                "weapon",
                "short-range ballistic missile",
                "UAV",
                "Shahed",
                "loitering munition",
                "aircraft",
                "Su-35",
                "air defense system",
            },
        ),
    ],
)
def test_weapons_fixture_articles(nlp: Language, articles: dict[str, str], stem: str, expected: set[str]) -> None:
    assert {w.name for w in get_records(nlp(articles[stem]), "arms_weapons")} == expected


# ------------------------------------------------------------------------------------------ unseen news

#: Probe sentences written for this test (not from the fixtures): every weapon mention as (text, name).
NEWS = [
    (
        "The Pentagon said Ukraine has received more than 30 HIMARS launchers and an undisclosed number of ATACMS missiles since the start of the war.",
        [("HIMARS launchers", "HIMARS"), ("ATACMS missiles", "ATACMS")],
    ),
    (
        "Germany will send two more Patriot batteries and several IRIS-T SLM systems to Kyiv, Chancellor Olaf Scholz said on Tuesday.",
        [("Patriot", "Patriot"), ("IRIS-T SLM", "IRIS-T")],
    ),
    (
        "Russia launched some 1,000 Shahed drones at Ukrainian cities in September, according to the Ukrainian air force.",
        [("Shahed drones", "Shahed")],
    ),
    (
        "The European Union pledged to deliver one million artillery shells by March, but only about 300,000 rounds had arrived by the deadline.",
        [("artillery shells", "artillery shell")],
    ),
    (
        "Washington has already shipped tens of thousands of 155mm shells and hundreds of thousands of rounds for rifles.",
        [("155mm shells", "artillery shell"), ("rifles", "rifle")],
    ),
    (
        "Britain became the first country to supply Storm Shadow cruise missiles, and France followed with its SCALP variant weeks later.",
        [("Storm Shadow cruise missiles", "Storm Shadow"), ("SCALP", "Storm Shadow")],
    ),
    (
        "Berlin has so far refused to deliver Taurus missiles, fearing they could be used to strike targets deep inside Russia.",
        [("Taurus missiles", "Taurus KEPD 350")],
    ),
    (
        "The package includes a dozen F-16 fighter jets from Denmark and the Netherlands.",
        [("F-16 fighter jets", "F-16")],
    ),
    (
        "Sweden has not ruled out sending Gripen jets, while France confirmed that Mirage 2000 aircraft would arrive in 2025.",
        [("Gripen jets", "Gripen"), ("Mirage 2000 aircraft", "Mirage 2000")],
    ),
    (
        "Kyiv received 31 Abrams tanks from the United States and 14 Leopard 2A6 tanks from Germany.",
        [("Abrams tanks", "M1 Abrams"), ("Leopard 2A6 tanks", "Leopard 2")],
    ),
    (
        "Britain's 14 Challenger 2 tanks were followed by dozens of Bradley fighting vehicles and Stryker armored personnel carriers.",
        [
            ("Challenger 2 tanks", "Challenger 2"),
            ("Bradley fighting vehicles", "M2 Bradley"),
            ("Stryker armored personnel carriers", "Stryker"),
        ],
    ),
    (
        "France will deliver 78 Caesar howitzers, while the US has supplied more than 180 M777 howitzers.",
        [("Caesar howitzers", "CAESAR"), ("M777 howitzers", "M777")],
    ),
    (
        "Javelins and Stingers became symbols of Ukraine's resistance in the first weeks of the invasion.",
        [("Javelins", "Javelin"), ("Stingers", "Stinger")],
    ),
    (
        "The Pentagon is sending Switchblade and Phoenix Ghost drones, which can loiter over a battlefield before striking.",
        [("Switchblade", "Switchblade"), ("Phoenix Ghost drones", "Phoenix Ghost")],
    ),
    (
        "Russia fired at least 50 Iskander missiles and six Kinzhal hypersonic missiles overnight, Ukraine's air force said.",
        [("Iskander missiles", "Iskander"), ("Kinzhal hypersonic missiles", "Kinzhal")],
    ),
    (
        "Ships in the Black Sea launched Kalibr cruise missiles while Tu-95 bombers fired Kh-101 missiles from over the Caspian.",
        [("Kalibr cruise missiles", "Kalibr"), ("Tu-95 bombers", "Tu-95"), ("Kh-101 missiles", "Kh-101")],
    ),
    (
        "An Oniks anti-ship missile struck the port of Odesa, and a Tochka-U was shot down near Kramatorsk.",
        [("Oniks anti-ship missile", "P-800 Oniks"), ("Tochka-U", "Tochka-U")],
    ),
    (
        "Satellite images show an S-400 battery and two Pantsir systems deployed near the border.",
        [("S-400", "S-400"), ("Pantsir", "Pantsir")],
    ),
    (
        "Ukrainian units say Lancet loitering munitions and Orlan-10 reconnaissance drones are their biggest threat.",
        [("Lancet loitering munitions", "Lancet"), ("Orlan-10 reconnaissance drones", "Orlan-10")],
    ),
    (
        "A Ka-52 attack helicopter and two Su-34 bombers were lost in the fighting, the monitoring group reported.",
        [("Ka-52 attack helicopter", "Ka-52"), ("Su-34 bombers", "Su-34")],
    ),
    (
        "Moscow has deployed its newest T-90M tanks, BMP-3 infantry fighting vehicles and TOS-1A thermobaric rocket launchers.",
        [
            ("T-90M tanks", "T-90"),
            ("BMP-3 infantry fighting vehicles", "BMP-3"),
            ("TOS-1A thermobaric rocket launchers", "TOS-1A"),
        ],
    ),
    (
        "Russian forces used Tornado-S multiple rocket launchers to shell the city.",
        [("Tornado-S multiple rocket launchers", "Tornado-S")],
    ),
    (
        "Iran has supplied Russia with Shahed-131 and Shahed-136 drones and is reportedly preparing to send the jet-powered Shahed-238.",
        [("Shahed-131", "Shahed-131"), ("Shahed-136 drones", "Shahed-136"), ("Shahed-238", "Shahed-238")],
    ),
    (
        "Tehran unveiled the Mohajer-6 combat drone and the Arash-2 kamikaze drone at a military parade.",
        [("Mohajer-6 combat drone", "Mohajer-6"), ("Arash-2 kamikaze drone", "Arash-2")],
    ),
    (
        "The Emad and Sejjil ballistic missiles can reach Israel, while the newer Kheibar has a range of 2,000 kilometers.",
        [("Emad", "Emad"), ("Sejjil ballistic missiles", "Sejjil"), ("Kheibar", "Kheibar")],
    ),
    (
        "Hezbollah is believed to possess Toophan anti-tank missiles supplied by Iran.",
        [("Toophan anti-tank missiles", "Toophan")],
    ),
    (
        "Iran says its Bavar-373 air defense system can track 100 targets at once.",
        [("Bavar-373 air defense system", "Bavar-373")],
    ),
    (
        "North Korea has shipped KN-23 and KN-24 ballistic missiles to Russia, South Korean officials said, and tested a solid-fuel Hwasong-18 in July.",
        [("KN-23", "Hwasong-11"), ("KN-24 ballistic missiles", "Hwasong-11"), ("Hwasong-18", "Hwasong-18")],
    ),
    ("Pyongyang displayed a dozen KN-25 launchers during the parade.", [("KN-25 launchers", "KN-25")]),
    (
        "China has exported Wing Loong II and CH-4 drones to several Middle Eastern countries.",
        [("Wing Loong II", "Wing Loong II"), ("CH-4 drones", "CH-4")],
    ),
    (
        "The DF-21D, dubbed a carrier killer, and the HQ-9 surface-to-air missile system were shown in Beijing.",
        [("DF-21D", "DF-21"), ("HQ-9 surface-to-air missile system", "HQ-9")],
    ),
    (
        "Turkey sold Bayraktar TB2 drones to Poland and is marketing the Akinci and the unmanned Kizilelma fighter.",
        [("Bayraktar TB2 drones", "Bayraktar TB2"), ("Akinci", "Bayraktar Akinci"), ("Kizilelma", "Kizilelma")],
    ),
    (
        "Officials said the shipment included 1 million rounds of ammunition and between 100 and 120 tanks.",
        [("ammunition", "ammunition"), ("tanks", "tank")],
    ),
    ("Roughly 300,000 shells were fired during the battle for Bakhmut.", [("shells", "artillery shell")]),
    (
        "Several batteries of the Buk air defence system were destroyed near Kherson.",
        [("Buk air defence system", "Buk")],
    ),
    ("Ukraine said it shot down 25 of the 30 Shahed drones launched overnight.", [("Shahed drones", "Shahed")]),
    (
        "A Tor system near a Buk launcher was hit in a HIMARS strike.",
        [("Tor", "Tor"), ("Buk launcher", "Buk"), ("HIMARS", "HIMARS")],
    ),
    (
        "Poland ordered 96 Apache helicopters and 250 Abrams tanks in 2022.",
        [("Apache helicopters", "AH-64 Apache"), ("Abrams tanks", "M1 Abrams")],
    ),
    ("Israel used F-35I stealth fighters to strike air defense sites in Iran.", [("F-35I stealth fighters", "F-35")]),
    ("The drone attack on the refinery involved at least 20 UAVs.", [("drone", "UAV"), ("UAVs", "UAV")]),
    (
        "Russia has received hundreds of Iranian drones and thousands of North Korean artillery shells.",
        [("drones", "UAV"), ("artillery shells", "artillery shell")],
    ),
    (
        "Kyiv is still waiting for the 18 Leopard 2 tanks promised by Berlin in January.",
        [("Leopard 2 tanks", "Leopard 2")],
    ),
    ("The US approved the sale of 40 F-16V jets to Taiwan worth $8 billion.", [("F-16V jets", "F-16")]),
    (
        "Washington is sending more Javelins and Stingers to Kyiv along with 10 Switchblade drones.",
        [("Javelins", "Javelin"), ("Stingers", "Stinger"), ("Switchblade drones", "Switchblade")],
    ),
    (
        "Ukraine destroyed three Russian S-300 launchers and a Pantsir-S1 in Crimea.",
        [("S-300 launchers", "S-300"), ("Pantsir-S1", "Pantsir")],
    ),
    ("Iskander Ahmed, a lawyer in Cairo, said 40 families had been evicted.", []),
    (
        "The committee approved the 2024 budget, which includes $1.2 billion in aid and a 155mm ammunition plant.",
        [("155mm ammunition", "ammunition")],
    ),
    (
        "A tornado warning was issued for three counties in Oklahoma on Sunday, and a Tornado Warning remained in effect.",
        [],
    ),
    ("Congress renewed the Patriot Act after a heated debate in 2005.", []),
    ("In Buk, a small town in western Poland, residents use the Tor browser to read foreign news.", []),
    ("The startup is designing a HIMARS-style truck for civilian fireworks displays.", []),
    ("Section 230 of the Communications Decency Act shields platforms from liability.", []),
    ("The airline retired its last Boeing 747 after 50 years of service.", []),
    ("Ukrainian F-16 pilots are training in Arizona and Denmark.", [("F-16", "F-16")]),
    ("The arms race between the two rivals accelerated after 2019.", []),
    ("The US Air Force deployed stealth fighters to the Gulf.", [("stealth fighters", "stealth fighter")]),
    ("The Lancet medical journal published a study on 2,000 patients.", []),
    ("Stinger, the rapper, and Javelin throwers from Kenya attended the gala.", []),
    ("A Ukrainian serviceman fires a Javelin during exercises.", [("Javelin", "Javelin")]),
    ("The navy launched Tomahawks at Houthi targets.", [("Tomahawks", "Tomahawk")]),
    ("The board fired Bradley last week, and they fired the Patriot coach too.", []),
    (
        "Germany will send 14 Leopard 2 A6 tanks. Poland, which has about 250 Leopards, welcomed the move.",
        [("Leopard 2 A6 tanks", "Leopard 2"), ("Leopards", "Leopard")],
    ),
    (
        "Germany sent Leopard 2 tanks. Leopard Smith, a local farmer, was unimpressed.",
        [("Leopard 2 tanks", "Leopard 2")],
    ),
    ("Bradley Cooper and General Bradley spoke at the Caesar Palace event.", []),
    ("Chinook salmon returned to the river in record numbers this year.", []),
    (
        "Israel's Iron Dome intercepted nearly 2,000 rockets fired from Gaza, while David's Sling and Arrow 3 batteries engaged longer-range threats.",
        [("Iron Dome", "Iron Dome"), ("rockets", "rocket"), ("David's Sling", "David's Sling"), ("Arrow 3", "Arrow 3")],
    ),
    (
        "The Pentagon rushed a THAAD battery and two dozen Tomahawk cruise missiles to the region.",
        [("THAAD", "THAAD"), ("Tomahawk cruise missiles", "Tomahawk")],
    ),
    (
        "Kyiv has asked for JASSM missiles, GMLRS rockets and more HARM anti-radiation missiles.",
        [("JASSM missiles", "JASSM"), ("GMLRS rockets", "GMLRS"), ("HARM anti-radiation missiles", "AGM-88 HARM")],
    ),
    (
        "Russian Su-35 and MiG-29 jets escorted a Mi-8 helicopter over the Black Sea.",
        [("Su-35", "Su-35"), ("MiG-29 jets", "MiG-29"), ("Mi-8 helicopter", "Mi-8")],
    ),
    (
        "Moscow fired half a dozen Kh-22 and Kh-59 missiles and a Zircon hypersonic missile at Kyiv on Monday.",
        [("Kh-22", "Kh-22"), ("Kh-59 missiles", "Kh-59"), ("Zircon hypersonic missile", "3M22 Zircon")],
    ),
    (
        "Ukraine's Magura sea drones have sunk several Russian warships, including a corvette near Crimea.",
        [("Magura sea drones", "Magura"), ("warships", "warship"), ("corvette", "corvette")],
    ),
    (
        "Separatists shelled the town with Grad rockets and Uragan launchers overnight.",
        [("Grad rockets", "BM-21 Grad"), ("Uragan launchers", "BM-27 Uragan")],
    ),
    (
        "Russia lost more than 3,000 T-72 tanks and hundreds of BTR-82A armored personnel carriers, according to Oryx.",
        [("T-72 tanks", "T-72"), ("BTR-82A armored personnel carriers", "BTR-82A")],
    ),
    (
        "The Houthis launched a Quds-1 cruise missile and a swarm of Samad-3 drones toward Saudi Arabia.",
        [("Quds-1 cruise missile", "Quds-1"), ("Samad-3 drones", "Samad-3")],
    ),
    (
        "Hamas fired Qassam rockets at Sderot, and Israel answered with F-15 strikes.",
        [("Qassam rockets", "Qassam"), ("F-15", "F-15")],
    ),
    (
        "A Reaper drone was shot down over Yemen, the fourth MQ-9 lost this year.",
        [("Reaper drone", "MQ-9 Reaper"), ("MQ-9", "MQ-9 Reaper")],
    ),
    ("Egypt is buying 30 more Rafale fighters from Dassault.", [("Rafale", "Rafale")]),
    (
        "The Army ordered 5,000 Excalibur rounds and a batch of Hellfire missiles for its Apache fleet.",
        [("Excalibur rounds", "M982 Excalibur"), ("Hellfire missiles", "Hellfire"), ("Apache", "AH-64 Apache")],
    ),
    (
        "Russia tested its Sarmat intercontinental ballistic missile and deployed Yars launchers in Siberia.",
        [("Sarmat intercontinental ballistic missile", "Sarmat"), ("Yars launchers", "Yars")],
    ),
    (
        "Germany delivered 52 Gepard anti-aircraft guns and three IRIS-T systems last year.",
        [("Gepard anti-aircraft guns", "Gepard"), ("IRIS-T", "IRIS-T")],
    ),
    ("Kyiv says it needs between 50 and 100 F-16s to contest Russian air superiority.", [("F-16s", "F-16")]),
    ("The Netherlands will supply 24 F-16 jets, Norway six and Denmark 19.", [("F-16 jets", "F-16")]),
    (
        "About 40 Shahed-136s and a dozen Kalibr missiles were launched in the overnight attack.",
        [("Shahed-136s", "Shahed-136"), ("Kalibr missiles", "Kalibr")],
    ),
    (
        "Tehran has sent thousands of Shahed kamikaze drones and millions of artillery rounds, Western officials say.",
        [("Shahed kamikaze drones", "Shahed"), ("artillery rounds", "artillery shell")],
    ),
    (
        "A handful of Storm Shadow missiles hit the Black Sea Fleet headquarters in Sevastopol.",
        [("Storm Shadow missiles", "Storm Shadow")],
    ),
    (
        "Pyongyang has sent Moscow three to five trainloads of shells and some 100 KN-23 missiles.",
        [("shells", "artillery shell"), ("KN-23 missiles", "Hwasong-11")],
    ),
    (
        "The US dropped 500-pound bombs and fired AGM-114 missiles from MQ-9 drones.",
        [("bombs", "bomb"), ("AGM-114 missiles", "Hellfire"), ("MQ-9 drones", "MQ-9 Reaper")],
    ),
    ("India test-fired an Agni-V missile with a range of over 5,000 km.", [("Agni-V missile", "Agni-V")]),
    (
        "Taiwan received its first batch of M1A2T Abrams tanks, with 38 tanks arriving in Taichung.",
        [("M1A2T Abrams tanks", "M1 Abrams"), ("tanks", "tank")],
    ),
    ("Typhoon Haiyan killed more than 6,000 people in the Philippines.", []),
    ("Prices saw a spike in March as the Patriots beat the Jets 24-10.", []),
    ("The Grad students protested outside the Tiger Stadium on Friday.", []),
    ("Emad Hassan, a spokesman for the ministry, said four people were injured.", []),
    pytest.param(
        "The film Black Hawk Down was released in 2001 and grossed $173 million.",
        [],
        marks=pytest.mark.xfail(strict=True, reason="an unambiguous name inside a film title"),
    ),
    ("Zircon and onyx were among the gems displayed at the museum.", []),
    ("The Hornets beat the Raptors after a late rally.", []),
    ("He preached hellfire and brimstone to 300 worshippers.", []),
    ("A cold Mistral wind blew across Provence for three days.", []),
    ("The tank top was sold out and a jet lag remedy topped the charts.", []),
    (
        "U.S. Sends 18 More HIMARS, 300 Armored Vehicles to Ukraine",
        [("HIMARS", "HIMARS"), ("Armored Vehicles", "armored vehicle")],
    ),
    (
        "The new aid package, worth $2.5 billion, includes 59 Bradleys, 90 Stryker vehicles and 350 Humvees.",
        [("Bradleys", "M2 Bradley"), ("Stryker vehicles", "Stryker"), ("Humvees", "Humvee")],
    ),
    (
        "Officials estimate Russia fires up to 60,000 artillery rounds a day, compared with Ukraine's 6,000.",
        [("artillery rounds", "artillery shell")],
    ),
    (
        "A pair of B-52 bombers flew over the Korean Peninsula alongside four F-35A stealth jets.",
        [("B-52 bombers", "B-52"), ("F-35A stealth jets", "F-35")],
    ),
    (
        "Iran displayed several hundred drones, including dozens of Shahed-136s, at the parade.",
        [("drones", "UAV"), ("Shahed-136s", "Shahed-136")],
    ),
    (
        "Britain will give Ukraine 14 Challenger 2s and 30 AS-90 self-propelled guns.",
        [("Challenger 2s", "Challenger 2"), ("AS-90 self-propelled guns", "AS-90")],
    ),
    (
        "Some 40 Su-25 ground-attack aircraft were lost in the first year of the war.",
        [("Su-25 ground-attack aircraft", "Su-25")],
    ),
    (
        "The Houthis have fired more than 100 anti-ship ballistic missiles at commercial vessels since November.",
        [("anti-ship ballistic missiles", "anti-ship ballistic missile")],
    ),
    (
        "Ukraine's navy used Neptune missiles to sink the cruiser Moskva in April 2022.",
        [("Neptune missiles", "R-360 Neptune"), ("cruiser Moskva", "Moskva")],
    ),
    (
        "Russian troops fired TOS-1A thermobaric rockets and Krasnopol guided shells at Ukrainian positions.",
        [("TOS-1A thermobaric rockets", "TOS-1A"), ("Krasnopol guided shells", "Krasnopol")],
    ),
    ("Hezbollah is estimated to hold 150,000 rockets and missiles.", [("rockets", "rocket"), ("missiles", "missile")]),
    (
        "The Pentagon has sent more than 2 million 155mm artillery rounds to Kyiv since 2022.",
        [("155mm artillery rounds", "artillery shell")],
    ),
    (
        "Israel struck Iran's S-300 air defense batteries and a drone factory in Isfahan.",
        [("S-300 air defense batteries", "S-300"), ("drone", "UAV")],
    ),
    ("Two Iranian-made Mohajer-6 drones were spotted over Khartoum.", [("Mohajer-6 drones", "Mohajer-6")]),
    (
        "Tehran denies supplying Moscow with Fath-360 missiles, which have a range of 120 kilometers.",
        [("Fath-360 missiles", "Fateh-360")],
    ),
    (
        "The Bayraktar TB2 destroyed a Russian Buk-M1 and three BMP-2 fighting vehicles.",
        [("Bayraktar TB2", "Bayraktar TB2"), ("Buk-M1", "Buk"), ("BMP-2 fighting vehicles", "BMP-2")],
    ),
    (
        "Patriot interceptors cost about $4 million each, and Ukraine fires several a night.",
        [("Patriot interceptors", "Patriot")],
    ),
    (
        "Germany has promised Ukraine four more IRIS-T air defense systems and 10,000 rounds of 35mm ammunition for Gepards.",
        [("IRIS-T air defense systems", "IRIS-T"), ("35mm ammunition", "ammunition"), ("Gepards", "Gepard")],
    ),
    ("The company will build 1,000 Leopard 2A8 tanks over the next decade.", [("Leopard 2A8 tanks", "Leopard 2")]),
    ("The airline's Boeing 747 freighters and 12 A350s carried 1.2 million tonnes of cargo.", []),
    ("The F-1 visa allows 30,000 students to study in the US each year.", []),
    pytest.param(
        "Storm Shadow, a documentary about the 2003 war, premiered in London.",
        [],
        marks=pytest.mark.xfail(strict=True, reason="an unambiguous name used as a title"),
    ),
    ("He was born in 1985 and joined the G7 summit as an adviser in 2019.", []),
    ("The Tomahawk, Wisconsin, city council voted 5-2 to approve the budget.", []),
    (
        "Russia launched a total of 12 Iskander-M missiles and more than a dozen drones on Tuesday.",
        [("Iskander-M missiles", "Iskander"), ("drones", "UAV")],
    ),
    (
        "Nearly two dozen Tu-95 and Tu-160 bombers took part in the strike.",
        [("Tu-95", "Tu-95"), ("Tu-160 bombers", "Tu-160")],
    ),
    ("A few hundred Lancet drones are produced every month in Izhevsk.", [("Lancet drones", "Lancet")]),
    ("The brigade received 3,000-plus rounds for its M109 howitzers.", [("M109 howitzers", "M109")]),
    (
        "Each HIMARS launcher carries six GMLRS rockets or one ATACMS missile.",
        [("HIMARS launcher", "HIMARS"), ("GMLRS rockets", "GMLRS"), ("ATACMS missile", "ATACMS")],
    ),
    ("Two to three Patriot batteries would be needed to protect Kyiv alone.", [("Patriot", "Patriot")]),
    ("Four of the Su-34s were destroyed on the ground at Morozovsk airbase.", [("Su-34s", "Su-34")]),
    (
        "Ukraine has received about 60 percent of the promised ammunition and 400 of the 500 pledged tanks.",
        [("ammunition", "ammunition"), ("tanks", "tank")],
    ),
    (
        "At least seven people were killed when a Kh-59 missile hit an apartment block in Zaporizhzhia.",
        [("Kh-59 missile", "Kh-59")],
    ),
    (
        "Iran has built 10 underground missile cities and thousands of Shahed drones since 2015.",
        [("missile", "missile"), ("Shahed drones", "Shahed")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), NEWS)
def test_weapons_unseen_news_sentences(news_nlp: Language, sentence: str, expected: list[tuple[str, str]]) -> None:
    found = get_records(news_nlp(sentence), "arms_weapons")
    assert sorted((x.text, x.name) for x in found) == sorted(expected)


# ------------------------------------------------------------------------------------------ properties

_PIECES = [name for entry in weapon_gazetteer()[::7] for name in entry.names[:2]] + [
    "missiles",
    "short-range",
    "ballistic",
    "kamikaze",
    "drones",
    "(",
    ")",
    "UAVs",
    "Shahed-",
    "-",
    "Su",
    "110",
    "the",
    "and",
    "Iran",
    "sent",
    ",",
    ".",
    '"',
    "Patriot",
    "Grad",
    "tanks",
    "HMS",
    "Ocean",
    "(DDG 72)",
    "\n",
    "s",
]
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


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The French anti-air frigate FS Forbin joined the task force.", [("frigate FS Forbin", "FS Forbin")]),
        ("Russia flew the fighter jet Su-35 over Syria.", [("fighter jet Su-35", "Su-35")]),
        ("The drones and the Shahed-136 were shown.", [("drones", "UAV"), ("Shahed-136", "Shahed-136")]),
        ("A tank, Leopard 2A6 units and trucks arrived.", [("tank", "tank"), ("Leopard 2A6", "Leopard 2")]),
    ],
)
def test_weapons_class_right_before_a_named_system_joins_it(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    assert [(w.text, w.name) for w in doc._.arms.weapons] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("They assist in Counter-IED training for the Iraqi Army.", []),
        ("The unit tested anti-UAV lasers.", []),
        ("An IED exploded near the convoy.", [("IED", "improvised explosive device")]),
        ("The army fired anti-tank missiles.", [("anti-tank missiles", "anti-tank missile")]),
        (
            "The anti-ship missile hit the frigate.",
            [("anti-ship missile", "anti-ship missile"), ("frigate", "frigate")],
        ),
    ],
)
def test_weapons_countered_weapon_word_is_not_a_mention(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(w.text, w.name) for w in nlp(text)._.arms.weapons] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Kyiv asked for armoured recovery vehicles and bridge layers.",
            [("armoured recovery vehicles", "armored recovery vehicle"), ("bridge layers", "bridge layer")],
        ),
        (
            "A strike destroyed a pontoon bridge and two combat engineering vehicles.",
            [("pontoon bridge", "pontoon bridge"), ("combat engineering vehicles", "engineering vehicle")],
        ),
        (
            "The package adds counter-battery radars, air surveillance radars and radar systems.",
            [
                ("counter-battery radars", "counter-battery radar"),
                ("surveillance radars", "radar"),
                ("radar systems", "radar"),
            ],
        ),
        (
            "Both sides field electronic warfare systems, GPS jammers and counter-drone systems.",
            [
                ("electronic warfare systems", "electronic warfare system"),
                ("jammers", "jammer"),
                ("counter-drone systems", "counter-UAV system"),
            ],
        ),
        ("The West must send heavy weapons, not promises.", [("heavy weapons", "weapon")]),
    ],
)
def test_weapons_support_equipment_classes(weapons_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(w.text, w.name) for w in _found(weapons_nlp, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The smugglers flew under the radar for years.",
        "The airport's weather radar failed during the storm.",
        "Police radar caught him speeding, and the rounds of talks went on.",
        "The heavy rain and light traffic slowed the convoy.",
    ],
)
def test_weapons_bare_radar_and_rounds_are_not_mentions(weapons_nlp: Language, text: str) -> None:
    assert _found(weapons_nlp, text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The destroyer carries the AN/SPY-6 radar.", [("destroyer", "destroyer"), ("AN/SPY-6 radar", "AN/SPY-6")]),
        ("The Army bought AN/TPQ-50 counter-mortar radars.", [("AN/TPQ-50 counter-mortar radars", "AN/TPQ-50")]),
        ("Two AN/ZZQ-17 units were lost.", [("AN/ZZQ-17", "AN/ZZQ-17")]),
        ("An unknown AN/TPQ-99 counter-battery radar was spotted.", [("AN/TPQ-99 counter-battery radar", "AN/TPQ-99")]),
        ("Kyiv fired M795 rounds and Excalibur shells.", [("Excalibur shells", "M982 Excalibur")]),
    ],
)
def test_weapons_slash_designations_and_licensed_heads(
    weapons_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(w.text, w.name) for w in _found(weapons_nlp, text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Armenia ordered Akash air defense systems.", [("Akash air defense systems", "Akash")]),
        ("Canada donated 2,000 C7 assault rifles.", [("C7 assault rifles", "C7")]),
        ("Poland will build 64 KZ7PL tanks locally.", [("KZ7PL tanks", "KZ7PL")]),
        ("The navy wants three more Virginia-class submarines.", [("Virginia-class submarines", "Virginia-class")]),
        ("China sold Wing Loong II drones to the UAE.", [("Wing Loong II drones", "Wing Loong II")]),
        ("They fired Fooba supersonic cruise missiles.", [("Fooba supersonic cruise missiles", "Fooba")]),
    ],
)
def test_weapons_unknown_name_before_its_class(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(w.text, w.name) for w in nlp(text)._.arms.weapons] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The Kyiv drone attack killed two people.", [("drone", "UAV")]),
        (
            "Hezbollah rockets hit Haifa and Russian missiles hit Lviv.",
            [("rockets", "rocket"), ("missiles", "missile")],
        ),
        ("Lufthansa jets were grounded in Frankfurt.", [("jets", "aircraft")]),
        ("The Navy submarines and Western tanks arrived in May.", [("submarines", "submarine"), ("tanks", "tank")]),
        ("Iran Denies Supplying Missiles to Russia", [("Missiles", "missile")]),
        ("Analysts said the PLA Rocket Force has grown, and officials at the Missile Defense Agency agreed.", []),
        ("Russia fired 155mm howitzers.", [("155mm howitzers", "howitzer")]),
    ],
)
def test_weapons_words_before_a_class_that_name_no_system(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(w.text, w.name) for w in nlp(text)._.arms.weapons] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Germany sent Gepard self-propelled anti-aircraft guns.",
            [("Gepard self-propelled anti-aircraft guns", "Gepard")],
        ),
        ("Turkey will buy 40 F-16 Block 70 jets.", [("F-16 Block 70 jets", "F-16")]),
        ("Mali received Mi-8 transport helicopters.", [("Mi-8 transport helicopters", "Mi-8")]),
        ("Su-35 jets escorted Tu-95 bombers.", [("Su-35 jets", "Su-35"), ("Tu-95 bombers", "Tu-95")]),
        ("F-16 pilots fired missiles at the drones.", [("F-16", "F-16"), ("missiles", "missile"), ("drones", "UAV")]),
    ],
)
def test_weapons_words_between_a_name_and_its_class(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(w.text, w.name) for w in nlp(text)._.arms.weapons] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("North Korea sent millions of shells to Russia.", [("shells", "artillery shell")]),
        ("Divers collected sea shells on the beach.", []),
        ("Prosecutors traced the money through shell companies.", []),
        ("Shells rained on the town.", []),
    ],
)
def test_weapons_bare_shells(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(w.text, w.name) for w in nlp(text)._.arms.weapons] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Venezuela showed copies of the Mohajer-2 drone, designated ANSU-100, at the parade.",
            [("Mohajer-2 drone", "Mohajer-2"), ("ANSU-100", "ANSU-100")],
        ),
        ("Iran unveiled a new missile dubbed Fattah-9.", [("missile", "missile"), ("Fattah-9", "Fattah-9")]),
        ("The company, known as ABC-123, makes toys.", []),
        (
            "Turkish Bayraktar TB2 and Chinese Wing Loong II drones were used.",
            [("Bayraktar TB2", "Bayraktar TB2"), ("Wing Loong II drones", "Wing Loong II")],
        ),
    ],
)
def test_weapons_renamed_and_listed_systems(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(w.text, w.name) for w in nlp(text)._.arms.weapons] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Taiwan buys F-16 munitions.", [("F-16", "F-16"), ("munitions", "munition")]),
        ("They fired AGM-88B HARM anti-radiation missiles.", [("AGM-88B HARM anti-radiation missiles", "AGM-88 HARM")]),
        ("Six Kh-47M2 Kinzhal missiles were launched.", [("Kh-47M2 Kinzhal missiles", "Kinzhal")]),
        ("The F-16 F-35 comparison was unfair.", [("F-16", "F-16"), ("F-35", "F-35")]),
        (
            "Patriot missiles and HIMARS launchers arrived.",
            [("Patriot missiles", "Patriot"), ("HIMARS launchers", "HIMARS")],
        ),
    ],
)
def test_weapons_one_system_written_twice_and_things_for_a_system(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(w.text, w.name) for w in nlp(text)._.arms.weapons] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Spain sent Nasams launchers to Ukraine.", "NASAMS"),
        ("India delivered the Brahmos missiles to Manila.", "BrahMos"),
        ("Kyiv received more Himars this week.", "HIMARS"),
    ],
)
def test_weapons_acronyms_in_title_case(weapons_nlp: Language, text: str, name: str) -> None:
    assert name in [w.name for w in weapons_nlp(text)._.arms_weapons]


@pytest.mark.parametrize("text", ["The Harms of war are many.", "Tower blocks in Kyiv were hit."])
def test_weapons_title_case_copies_need_five_letters(weapons_nlp: Language, text: str) -> None:
    assert [w.name for w in weapons_nlp(text)._.arms_weapons if not w.generic] == []


# ---------------------------------------------------------------- issue 13: names, variants, families, classes


@pytest.mark.parametrize(
    ("text", "name", "variant"),
    [
        ("Denmark has ordered 27 F-35A fighter jets.", "F-35", "F-35A"),
        ("Pilots are converting to the Su-30 MKI.", "Su-30", "Su-30MKI"),
        ("Japan will buy AIM-120C-8 missiles.", "AIM-120", "AIM-120C-8"),  # a model written on a listed model
        ("It received three Russian Mi-38T helicopters.", "Mi-38", "Mi-38T"),  # "T" split off by the tokenizer
        ("Moscow deployed its newest T-90M tanks.", "T-90", "T-90M"),  # a listed model names its system
        ("The Mirage 2000-9s were upgraded.", "Mirage 2000", "Mirage 2000-9"),
        ("China flew Su-30MKK jets.", "Su-30", "Su-30MKK"),  # as the Su-30MKI does
        ("Poland bought F-16 Block 70 jets.", "F-16", "F-16 Block 70"),  # a block the gazetteer knows as a variant
        ("Poland bought F-16 Block 40 jets.", "F-16", "F-16 Block 40"),  # a block not listed: the variant as written
        ("Ten CH-47 Chinooks landed.", "CH-47 Chinook", None),  # a plural is no model
        ("The F-16s arrived.", "F-16", None),
    ],
)
def test_weapons_model_designation_is_the_variant(
    news_nlp: Language, text: str, name: str, variant: str | None
) -> None:
    """A model written after a known system's designation, or listed as a model of it, keeps the system's name
    with the model as variant."""
    found = [w for w in _found(news_nlp, text) if not w.generic]
    assert [(w.name, w.variant) for w in found] == [(name, variant)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Australia plans to acquire more Tomahawk Block-5 missiles.",
            [("Tomahawk Block-5 missiles", "Tomahawk Block V")],
        ),
        ("The air force began producing its Block-III aircraft.", [("aircraft", "aircraft")]),
        ("The JF-17 Block-III fighter jets were unveiled.", [("JF-17 Block-III fighter jets", "JF-17")]),
    ],
)
def test_weapons_joined_block_is_no_system(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The government will purchase 400 Tomahawks.", ["Tomahawk"]),
        ("The vehicle is the first of 211 Boxers on order.", ["Boxer"]),
        ("Raytheon said that Arab-operated Patriots have intercepted rockets.", ["Patriot"]),
        ("The Patriots beat the Jets 21-14.", []),
        ("About 30 Patriots fans cheered.", []),
    ],
)
def test_weapons_counted_plural_name(news_nlp: Language, text: str, expected: list[str]) -> None:
    assert [w.name for w in _found(news_nlp, text) if not w.generic] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least three Bayraktar drones were parked at the airport.", "Bayraktar"),
        ("The Bayraktar TB2 drones flew.", "Bayraktar TB2"),
        ("The drones were Turkish Bayraktar-TB2s.", "Bayraktar TB2"),
        ("Footage showed a Chinese-made Wing Loong drone.", "Wing Loong"),
        ("Egypt received Wing Loong II drones.", "Wing Loong II"),
        ("India operates Mirage aircraft.", "Mirage"),
        ("Indonesia will buy two Scorpene submarines.", "Scorpene"),
        ("Morocco operates F16 fighter jets.", "F-16"),
    ],
)
def test_weapons_family_named_alone_is_the_family(news_nlp: Language, text: str, expected: str) -> None:
    assert [w.name for w in _found(news_nlp, text) if not w.generic] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seoul showed new Hyunmoo missiles at the parade.", [("Hyunmoo", "ballistic_missile", "Hyunmoo")]),
        ("Pyongyang fired several Hwasong missiles into the sea.", [("Hwasong", "ballistic_missile", "Hwasong")]),
        ("Taipei fielded more Hsiung Feng missiles.", [("Hsiung Feng", "cruise_missile", "Hsiung Feng")]),
        ("The rebels launched Quds cruise missiles at the port.", [("Quds", "cruise_missile", "Quds")]),
        ("Spotters flew Orlan drones over the front.", [("Orlan", "uav", "Orlan")]),
        ("The cruiser carries Standard Missile interceptors.", [("Standard Missile", "missile", "Standard Missile")]),
        ("Gunners fired Msta howitzers all night.", [("Msta", "artillery", "Msta")]),
        # a numbered member stays the member, with the family
        ("They tested a Hwasong-18 missile.", [("Hwasong-18", "ballistic_missile", "Hwasong")]),
        # negatives: family names that are people, places and firms without a weapon word
        ("Ehud Barak met officials in Hwasong.", []),
        ("Shaheen Afridi bowled while Hermes sold scarves in Quds.", []),
        ("Dongfeng sold more trucks this year.", []),
    ],
)
def test_weapons_family_entry_names_family_written_alone(
    news_nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """A family written alone before its class ("Hyunmoo missiles") is the family, with the members' category,
    not a class nor a system of the class's kind; an ambiguous family name needs a weapon context."""
    found = [(w.name, w.category, w.family) for w in _found(news_nlp, text) if not w.generic]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indonesia ordered Pindad SS2 rifles.", [("Pindad SS2", "small_arms")]),
        ("The navy commissioned two Sampari-class missile boats.", [("Sampari-class", "naval")]),
        ("The submarine fired an Akya torpedo.", [("Akya", "munition")]),
        ("The army fielded Swathi radars near the border.", [("Swathi", "other")]),
        (
            "Gunners fired T5-52 howitzers and Bateleur rocket launchers.",
            [("T5-52", "artillery"), ("Bateleur", "rocket")],
        ),
        ("The Air Force tested the Astra Mk3 missile.", [("Astra", "missile")]),
        ("The navy bought QW-3 missiles.", [("QW-3", "air_defense")]),
        # negatives: the ambiguous names as people, words and places
        ("Ashwini Vaishnaw met Swathi Reddy in Delhi.", []),
        ("Kusha and Bharani read the Negev report.", []),
    ],
)
def test_weapons_batch_ten_systems(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """Systems of smaller armies and navies added in batch 10 are named systems of their category; the names that
    are given names or words need a weapon word."""
    assert [(w.name, w.category) for w in _found(news_nlp, text) if not w.generic] == expected


@pytest.mark.parametrize(
    ("text", "span", "name", "category"),
    [
        ("They deployed artillery systems.", "artillery systems", "artillery system", "artillery"),
        ("They fired from artillery guns.", "artillery guns", "artillery gun", "artillery"),
        (
            "They will buy Multiple Launch Rocket Systems.",
            "Multiple Launch Rocket Systems",
            "multiple launch rocket system",
            "rocket",
        ),
        ("They will buy multiple rocket launchers.", "multiple rocket launchers", "multiple rocket launcher", "rocket"),
        ("The warplanes flew low.", "warplanes", "warplane", "aircraft"),
        ("The UCAVs are based in Gusau.", "UCAVs", "UCAV", "uav"),
        (
            "It carries precision-guided munitions.",
            "precision-guided munitions",
            "precision-guided munition",
            "munition",
        ),
        (
            "They fired tactical ballistic missiles.",
            "tactical ballistic missiles",
            "tactical ballistic missile",
            "ballistic_missile",
        ),
        (
            "They launched air-launched cruise missiles.",
            "air-launched cruise missiles",
            "air-launched cruise missile",
            "cruise_missile",
        ),
        ("They flew operational-tactical UAVs.", "operational-tactical UAVs", "UAV", "uav"),
        ("They sent attack helicopters.", "attack helicopters", "attack helicopter", "helicopter"),
        ("They sent helicopter gunships.", "helicopter gunships", "helicopter gunship", "helicopter"),
        ("The fleet has five German-made subs.", "subs", "submarine", "naval"),
        ("It is armed with a 76mm naval gun.", "76mm naval gun", "naval gun", "naval"),
        ("It is armed with a 30mm cannon.", "30mm cannon", "cannon", "other"),
        (
            "They carried large-caliber machine guns.",
            "large-caliber machine guns",
            "large-caliber machine gun",
            "small_arms",
        ),
        ("Beijing protested US missile systems in Japan.", "missile systems", "missile system", "missile"),
    ],
)
def test_weapons_classes_named_as_written(news_nlp: Language, text: str, span: str, name: str, category: str) -> None:
    found = [(w.text, w.name, w.category) for w in _found(news_nlp, text)]
    assert (span, name, category) in found, found


@pytest.mark.parametrize("text", ["Subs for the team were announced.", "A sub-committee met on Monday."])
def test_weapons_subs_only_lower_case_plural(news_nlp: Language, text: str) -> None:
    assert _found(news_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a model designation written before its system's name is one mention of that system
        (
            "Iraq flies 23 F-16IQ Fighting Falcon aircraft.",
            [("F-16IQ Fighting Falcon aircraft", "F-16")],
        ),
        (
            "The deal adds Raytheon AIM-92H Stinger missiles.",
            [("Raytheon AIM-92H Stinger missiles", "Stinger")],
        ),
        # sibling models slashed onto a designation stay in its mention
        (
            "It covers AGM-114L/R Hellfire missiles.",
            [("AGM-114L/R Hellfire missiles", "Hellfire")],
        ),
        # negatives: two systems side by side stay two
        ("The F-16 F-35 comparison was unfair.", [("F-16", "F-16"), ("F-35", "F-35")]),
        (
            "Both the F-16 and the Su-30 took part.",
            [("F-16", "F-16"), ("Su-30", "Su-30")],
        ),
    ],
)
def test_weapons_model_written_before_its_system(
    news_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(w.text, w.name) for w in _found(news_nlp, text) if not w.generic] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Denver beat the visiting Houston Rockets on Friday.", []),
        (
            "The shells are made by government-owned Munitions India Limited.",
            [("shells", "artillery shell")],
        ),
        (
            "It was built with the Pakistan Aircraft Complex and Israeli Aircraft Industries.",
            [],
        ),
        # negatives: a capitalised class in running text or in a title-case headline is still a weapon
        ("Hamas fired Rockets at Sderot, the army said.", [("Rockets", "rocket")]),
        ("Iran Unveils New Drones At Tehran Parade", [("Drones", "UAV")]),
        (
            "The Bradley Infantry Fighting Vehicles arrived.",
            [("Bradley Infantry Fighting Vehicles", "M2 Bradley")],
        ),
    ],
)
def test_weapons_class_word_inside_a_proper_name(
    news_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    """A capitalised class word inside a team's, firm's or institution's name is no weapon."""
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It signed for Brimstone and Meteor missiles.", ["Brimstone", "Meteor"]),
        ("It bought Stingers and Javelins.", ["Stinger", "Javelin"]),
        # negative: two ambiguous names listed without a class name no weapon
        ("Bradley and Abrams spoke at the dinner.", []),
    ],
)
def test_weapons_ambiguous_names_sharing_a_class(news_nlp: Language, text: str, expected: list[str]) -> None:
    assert [w.name for w in _found(news_nlp, text) if not w.generic] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sistership BRP Diego Silang is expected later this year.",
            "BRP Diego Silang",
        ),
        ("The JS Chokai will carry Tomahawks.", "JS Chokai"),
        ("KRI Bung Tomo sailed from Surabaya.", "KRI Bung Tomo"),
    ],
)
def test_weapons_ship_prefixes_of_more_navies(news_nlp: Language, text: str, name: str) -> None:
    assert name in [w.name for w in _found(news_nlp, text)]


@pytest.mark.parametrize("text", ["The JS library was updated.", "ARA said on Monday it would appeal."])
def test_weapons_ship_prefix_without_a_name_is_no_ship(news_nlp: Language, text: str) -> None:
    assert [w for w in _found(news_nlp, text) if w.rule == "ship_name"] == []


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        (
            "India will order the BrahMos supersonic cruise-missile system.",
            "BrahMos supersonic cruise-missile system",
            "BrahMos",
        ),
        ("Its Paveway IV laser-guided bomb was part of the deal.", "Paveway IV laser-guided bomb", "Paveway IV"),
        ("They dropped laser-guided bombs on the depot.", "laser-guided bombs", "laser-guided bomb"),
        ("They dropped guided bombs on the depot.", "guided bombs", "guided bomb"),  # no glide bomb
        ("They fired cruise-missiles at the port.", "cruise-missiles", "cruise missile"),
        (
            "It bought Advanced Medium-Range Air-To-Air Missiles.",
            "Advanced Medium-Range Air-To-Air Missiles",
            "AIM-120",
        ),
        ("Japan will buy more AMRAAMs.", "AMRAAMs", "AIM-120"),
        ("Nigeria received ten MRAPs.", "MRAPs", "MRAP"),
    ],
)
def test_weapons_hyphen_joined_and_spelled_out_forms(news_nlp: Language, text: str, span: str, name: str) -> None:
    """A modifier hyphen-joined to its head, an acronym spelled out or made plural, are the one class or system."""
    assert (span, name) in [(w.text, w.name) for w in _found(news_nlp, text)]


@pytest.mark.parametrize("text", ["The self-guided tour ended at noon.", "It was a long-awaited cruise-ship visit."])
def test_weapons_hyphen_joined_lookalikes_are_no_weapons(news_nlp: Language, text: str) -> None:
    assert _found(news_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The K-8 is a subsonic advanced trainer.",
            [("K-8", "K-8 Karakorum"), ("advanced trainer", "advanced trainer")],
        ),
        ("Qatar may buy Hawk trainer jets.", [("Hawk trainer jets", "BAE Hawk")]),
        ("Nigeria bought twelve L-39 trainers.", [("L-39 trainers", "L-39")]),
        ("The air force flies jet trainers.", [("jet trainers", "trainer aircraft")]),
        # negatives: a trainer who is a person, trainers on feet, a school grade
        ("Her personal trainer said the trainers were new.", []),
        ("The K-8 school district bought new buses.", []),
    ],
)
def test_weapons_trainer_aircraft(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """Trainer aircraft are a class; a bare "trainer" needs a system or modifier with it."""
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "name", "variant"),
    [
        ("Pakistan inducted JF-17 Block III fighter jets.", "JF-17", "JF-17 Block III"),
        ("The JF-17 Thunder Block-II jets flew past.", "JF-17", "JF-17 Block II"),
        ("Morocco ordered 25 F-16V Viper fighter jets.", "F-16", "F-16V"),
        ("India flies the MiG-21 Bison.", "MiG-21", "MiG-21 Bison"),
        ("The army procured Heron Mark 2 drones.", "Heron Mk II", "Heron Mk II"),  # a family member of its own
        ("Japan wants Tomahawk Block 5 missiles.", "Tomahawk Block V", "Tomahawk Block V"),
        # negative: the base system written alone has no variant
        ("Pakistan flies the JF-17 Thunder.", "JF-17", None),
    ],
)
def test_weapons_gazetteer_variants_keep_their_system(
    news_nlp: Language, text: str, name: str, variant: str | None
) -> None:
    """A variant the gazetteer knows (JF-17 Block III, F-16V, MiG-21 Bison) names its system, the variant kept."""
    assert [(w.name, w.variant) for w in _found(news_nlp, text) if not w.generic] == [(name, variant)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police found explosives and an explosive charge in the car.",
            [("explosives", "explosive"), ("explosive charge", "explosive charge")],
        ),
        ("It has a 16-cell vertical launching system.", [("vertical launching system", "vertical launching system")]),
        # negatives: civilian and body vessels, the adjective "explosive"
        ("Blood vessels and cargo vessels were hit; rescue vessels arrived.", []),
        ("It was an explosive report.", []),
    ],
)
def test_weapons_explosives_and_launch_systems(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected
