"""Weapon mentions written in the press's other forms: unhyphenated compound modifiers, guidance words,
non-ASCII hyphens in designations, hyphen-joined model suffixes, adjectives stacked with a comma."""

from __future__ import annotations

import pytest
from spacy.language import Language

from arms_nlp.extensions import get_records
from arms_nlp.records import Weapon


def _found(nlp: Language, text: str) -> list[Weapon]:
    return get_records(nlp(text), "arms_weapons")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pilots carry air to air missiles.", [("air to air missiles", "air-to-air missile")]),
        ("Rebels fired surface to air missiles at the plane.", [("surface to air missiles", "surface-to-air missile")]),
        (
            "The drone can launch air to ground missiles.",
            [("drone", "UAV"), ("air to ground missiles", "air-to-surface missile")],
        ),
        (
            "Both sides stockpiled surface to surface missiles.",
            [("surface to surface missiles", "surface-to-surface missile")],
        ),
        # negatives: the same words before no weapon head
        ("The tanker practised air to air refuelling over the sea.", []),
        ("Divers swam from surface to air pockets in the wreck.", []),
    ],
)
def test_weapons_forms_unhyphenated_compound_modifiers(
    news_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    """ "air to air missiles" is the class "air-to-air missile", as if hyphenated."""
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The jet fires radar-guided BVR missiles.",
            [("jet", "aircraft"), ("radar-guided BVR missiles", "beyond-visual-range missile")],
        ),
        (
            "It also carries infra-red short-range missiles.",
            [("infra-red short-range missiles", "short-range missile")],
        ),
        ("Pilots trained with heat-seeking missiles.", [("heat-seeking missiles", "missile")]),
        # negatives: guidance words and "BVR" before no weapon head
        ("The BVR fight lasted minutes.", []),
        ("Doctors used infrared cameras and radar-guided landing aids.", []),
    ],
)
def test_weapons_forms_guidance_words(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """Guidance words open a class without entering its name; "BVR" is beyond-visual-range, no system."""
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "name", "variant"),
    [
        ("Eight K\u20118P jet trainers were handed over.", "K-8 Karakorum", "K-8P"),
        ("Egypt flies Su\u201135 jets.", "Su-35", None),
        ("Kyiv asked for more F\u201016 fighters.", "F-16", None),
    ],
)
def test_weapons_forms_unicode_hyphens_in_designations(
    news_nlp: Language, text: str, name: str, variant: str | None
) -> None:
    """A designation written with a non-breaking or Unicode hyphen ("K‑8P") names the system it names with "-"."""
    assert [(w.name, w.variant) for w in _found(news_nlp, text) if not w.generic] == [(name, variant)]


@pytest.mark.parametrize("text", ["The non\u2011binding vote passed.", "A well\u2010known analyst spoke."])
def test_weapons_forms_unicode_hyphens_in_words_are_no_weapons(news_nlp: Language, text: str) -> None:
    assert _found(news_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "span", "variant"),
    [
        ("France delivered the first Mirage 2000-5F fighters to Ukraine.", "Mirage 2000-5F", "Mirage 2000-5F"),
        ("Qatar sold its Mirage 2000-5EDA jets.", "Mirage 2000-5EDA jets", "Mirage 2000-5EDA"),
        ("Russia flies Mi-38T helicopters.", "Mi-38T helicopters", "Mi-38T"),
        ("Eight K-8P basic/advanced jet trainers arrived.", "K-8P basic/advanced jet trainers", "K-8P"),
        # negatives: a lower-case word joined to the name is no model
        ("The Mirage 2000-based trainer flew.", "Mirage 2000", "Mirage 2000"),
        ("The Mirage 2000-era jets were retired.", "Mirage 2000-era jets", "Mirage 2000"),
        ("Its Mirage 2000 and/or other jets flew.", "Mirage 2000", "Mirage 2000"),
    ],
)
def test_weapons_forms_hyphen_joined_model_suffix(news_nlp: Language, text: str, span: str, variant: str) -> None:
    """A model suffix hyphen-joined to a name that ends in a figure ("Mirage 2000-5F") is part of the mention."""
    named = [w for w in _found(news_nlp, text) if not w.generic]
    assert [(w.text, w.variant) for w in named] == [(span, variant)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The order is for long-range, air-launched cruise missiles.", ["air-launched cruise missile"]),
        (
            "Russia fired ballistic, cruise and hypersonic missiles.",
            ["ballistic missile", "cruise missile", "hypersonic missile"],
        ),
        ("Iran showed ballistic and cruise missiles.", ["ballistic missile", "cruise missile"]),
    ],
)
def test_weapons_forms_comma_stacked_modifiers(news_nlp: Language, text: str, expected: list[str]) -> None:
    """Adjectives stacked with a comma describe one class; a comma list ending in "and" names several."""
    assert [w.name for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia builds a licensed copy of the Iranian Shahid-136.", [("Shahid-136", "Shahed-136")]),
        ("Iran flew a Shahid 129 drone over the gulf.", [("Shahid 129 drone", "Shahed-129")]),
        # negatives: the given name and a ship's name are no drone
        ("Shahid Afridi scored 136 runs.", []),
        (
            "The Shahid Soleimani-class corvette sailed.",
            [("Shahid Soleimani-class corvette", "Shahid Soleimani-class")],
        ),
    ],
)
def test_weapons_forms_shahid_spelling(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """ "Shahid-136" is the Shahed-136 transliterated another way."""
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "name", "variant"),
    [
        ("Poland ordered 64 K2PL tanks.", "K2 Black Panther", "K2PL"),
        ("Egypt flies AH-64E helicopters.", "AH-64 Apache", "AH-64E"),
        ("Hungary flies JAS 39C jets.", "Gripen", "JAS 39C"),
        # negatives: a designation of the system written as it is, or its name, names no model
        ("Seoul showed the K2 Black Panther tank.", "K2 Black Panther", None),
        ("Egypt flies AH-64 helicopters.", "AH-64 Apache", None),
    ],
)
def test_weapons_forms_model_of_a_designation_alias(
    news_nlp: Language, text: str, name: str, variant: str | None
) -> None:
    """A model written on one of the system's designations ("K2PL" of the K2) is kept as the variant."""
    assert [(w.name, w.variant) for w in _found(news_nlp, text) if not w.generic] == [(name, variant)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia ordered ATAGS towed howitzers.", [("ATAGS towed howitzers", "ATAGS")]),
        ("The army retired its towed howitzers.", [("towed howitzers", "howitzer")]),
        # negative: the verb "towed" before no artillery word
        ("The tug towed barges into the port.", []),
    ],
)
def test_weapons_forms_towed_artillery(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """ "towed howitzers" is one class, so a system written before it ("ATAGS") spans it, whatever the tagger says."""
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some Boxers also have the capacity for anti-tank guided missiles.", ["Boxer", "anti-tank guided missile"]),
        ("Their Patriots shot down two ballistic missiles overnight.", ["Patriot", "ballistic missile"]),
        # negative: "the" + a capitalised plural reads as a team, even near weapons
        ("The Boxers lost the final, while missiles hit the city.", ["missile"]),
    ],
)
def test_weapons_forms_quantified_plural_names(news_nlp: Language, text: str, expected: list[str]) -> None:
    """A plural name after "some" or a possessive ("its Patriots") is rarely a team, even when tagged one."""
    assert [w.name for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The jets were fitted with the EL/M-2052 AESA radar.", [("EL/M-2052 AESA radar", "EL/M-2052")]),
        (
            "Taiwan ordered 100 Harpoon Coastal Defense Systems.",
            [("Harpoon Coastal Defense Systems", "Harpoon Coastal Defense System")],
        ),
        ("Australia will build SSN-AUKUS boats at Osborne.", [("SSN-AUKUS boats", "SSN-AUKUS")]),
        ("The vehicle carries a Samson RWS with a 30 mm gun.", [("Samson RWS", "Samson RWS")]),
        # negatives: the common words and names these systems share
        ("Lance Stroll drove for the team.", []),
        ("The bars in the town closed early.", []),
    ],
)
def test_weapons_forms_radars_coastal_systems_and_turrets(
    news_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    """Gazetteer batch 6: fighter radars, coastal defence systems, submarine designs, turrets and weapon stations."""
    assert [(w.text, w.name) for w in _found(news_nlp, text) if not w.generic] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The deal includes Advanced Precision Kill Weapon System (APKWS) laser-guided rocket kits.",
            ["Advanced Precision Kill Weapon System", "APKWS", "laser-guided rocket"],
        ),
        ("Iran showed Kheibar (Khorramshahr-4) missiles.", ["Kheibar", "Khorramshahr-4", "missiles"]),
        # negatives: a closing quote still joins a quoted name to its class, and a bracket closing no name is no gloss
        ('Iran fired "Kheibarshekan" missiles.', ['Kheibarshekan" missiles']),
        ("Iran fired Kheibar missiles (at dawn).", ["Kheibar missiles"]),
    ],
)
def test_weapons_forms_bracketed_name_keeps_its_brackets(news_nlp: Language, text: str, expected: list[str]) -> None:
    """A name bracketed as a gloss ("(APKWS)") is a mention of its own; the class after the bracket is not its."""
    assert [w.text for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Militants stole two mine-resistant ambush protected (MRAP) vehicles.",
            [("mine-resistant ambush protected", "MRAP"), ("MRAP", "MRAP")],
        ),
        (
            "The army bought mine-resistant ambush-protected vehicles.",
            [("mine-resistant ambush-protected vehicles", "MRAP")],
        ),
        # negative: the words apart
        ("The ambush protected nobody; the mine was resistant to water.", []),
    ],
)
def test_weapons_forms_spelled_out_mrap(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """The spelled-out MRAP before its bracketed abbreviation is a mention of its own, as the fixtures count glosses."""
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ship has an active electronically scanned array radar system.",
            [("active electronically scanned array radar system", "AESA radar")],
        ),
        ("The jets got AESA radars in 2017.", [("jets", "aircraft"), ("AESA radars", "AESA radar")]),
        ("It carries the EL/M-2052 AESA radar.", [("EL/M-2052 AESA radar", "EL/M-2052")]),
        # negative: a radar with no kind named is licensed only by a system's name
        ("The radars of the airport failed.", []),
    ],
)
def test_weapons_forms_radar_antenna_classes(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam received the frigates Dinh Tien Hoang (HQ-011) and Ly Thai To (HQ-012).",
            [
                ("frigates Dinh Tien Hoang", "Dinh Tien Hoang"),
                ("HQ-011", "HQ-011"),
                ("Ly Thai To", "Ly Thai To"),
                ("HQ-012", "HQ-012"),
            ],
        ),
        (
            "The submarine christened Haiphong (HQ 184) arrived.",
            [("submarine", "submarine"), ("Haiphong", "Haiphong"), ("HQ 184", "HQ 184")],
        ),
        ("The destroyer Mahan (DDG 72) sailed.", [("destroyer Mahan", "Mahan"), ("DDG 72", "DDG 72")]),
        (
            "Manila expects BRP Diego Silang (FFG-07) later.",
            [("BRP Diego Silang", "BRP Diego Silang"), ("FFG-07", "FFG-07")],
        ),
        # negatives: a hull-shaped code after no capitalised name or with no naval class before, a missile's designation
        ("The unit (HQ 5) moved north.", []),
        ("Read Article (DDG 72) here about the navy.", []),
        ("China showed its HQ-9 missiles.", [("HQ-9 missiles", "HQ-9")]),
    ],
)
def test_weapons_forms_ship_named_before_its_hull_number(
    news_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    """A capitalised name right before a bracketed hull number ("Ly Thai To (HQ-012)"), after a naval class in the
    sentence, is a ship's name; the hull number stays a mention of its own, as after "USS Mahan" (re3d's way)."""
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran will expand its air-defence network and naval power.", []),
        ("The navy wants more naval power and a stronger air defence.", []),
        # a class used as a modifier stays a generic class record (the fixtures' convention)
        ("North Korea's missile programme worries Tokyo.", [("missile", "missile", True)]),
    ],
)
def test_weapons_forms_capabilities_are_no_systems(
    news_nlp: Language, text: str, expected: list[tuple[str, str, bool]]
) -> None:
    assert [(w.text, w.name, w.generic) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine received MBTs and ATGMs.", [("MBTs", "main battle tank"), ("ATGMs", "anti-tank guided missile")]),
        (
            "Hanwha builds K9 self-propelled howitzers (SPHs).",
            [("K9 self-propelled howitzers", "K9 Thunder"), ("SPHs", "K9 Thunder")],
        ),
        (
            "The corvette has a CIWS and a VLS.",
            [("corvette", "corvette"), ("CIWS", "close-in weapon system"), ("VLS", "vertical launching system")],
        ),
        ("Kyiv used USVs against the fleet.", [("USVs", "unmanned surface vessel")]),
        ("It fired a close-in weapon system.", [("close-in weapon system", "close-in weapon system")]),
        # negatives: the letters in lower case or inside other words
        ("The mbt file and the vls folder were deleted.", []),
    ],
)
def test_weapons_forms_class_abbreviations(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """The abbreviations the press writes for classes (MBT, ATGM, SPH, SPG, CIWS, VLS, USV), in capitals only."""
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tax cut was sold as an economic Iron Dome.", []),
        ("Critics said the report gave lawmakers political ammunition.", []),
        ("The speech was rhetorical artillery aimed at the rivals.", []),
        # positives: the same names and heads used for weapons
        ("Israel's Iron Dome intercepted 20 rockets.", ["Iron Dome", "rocket"]),
        ("Troops were short of artillery ammunition.", ["artillery ammunition"]),
        ("The vehicle has Rheinmetall's digital Lance turret.", ["Lance turret"]),
    ],
)
def test_weapons_forms_figurative_uses_are_no_weapons(news_nlp: Language, text: str, expected: list[str]) -> None:
    """A figurative adjective before a system or class ("an economic Iron Dome", "political ammunition") makes a
    metaphor, no weapon ("digital" is no such word: a turret may be digital)."""
    assert [w.name for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "name", "variant"),
    [
        ("The army fielded M1A1 Abrams tanks.", "M1 Abrams", "M1A1"),
        ("India bought T-90S tanks.", "T-90", "T-90S"),
        ("Russia flies Su-35S jets.", "Su-35", "Su-35S"),
        # negatives: a plural "s" is no model, nor the system's own designation
        ("Syria lost T-90s in the battle.", "T-90", None),
        ("The army fielded M1 Abrams tanks.", "M1 Abrams", None),
    ],
)
def test_weapons_forms_model_written_before_a_name(
    news_nlp: Language, text: str, name: str, variant: str | None
) -> None:
    """A model designation written before the system's name ("M1A1 Abrams") or ending in a capital S ("T-90S")."""
    assert [(w.name, w.variant) for w in _found(news_nlp, text) if not w.generic] == [(name, variant)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey's KAAN fighter flew for the first time.", [("KAAN", "Kaan")]),
        (
            "The troops fired IGLA missiles at the helicopter.",
            [("IGLA missiles", "Igla"), ("helicopter", "helicopter")],
        ),
        ("The frigate fired Sea Viper missiles.", [("frigate", "frigate"), ("Sea Viper missiles", "Sea Viper")]),
        # negatives: short names in capitals with no weapon context
        ("KAAN said the plan was ready.", []),
        ("Users hide behind the TOR browser.", []),
    ],
)
def test_weapons_forms_short_names_in_capitals(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """A short name written in capitals ("KAAN", "IGLA") counts only in a weapon context, as an ambiguous name."""
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Pentagon sent Bradleys and M113s to Ukraine.", [("Bradleys", "M2 Bradley"), ("M113s", "M113")]),
        ("The army lost two M777s near Bakhmut.", [("M777s", "M777")]),
        # negatives: a plural "s" on other codes
        ("The M25s motorway was closed.", []),
    ],
)
def test_weapons_forms_plural_designations(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """Plurals of designations without a hyphen ("M113s"), which the hyphen rule cannot see."""
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt ordered more fighter jets.", [("fighter jets", "fighter jet")]),
        ("Peru wants multirole fighters.", [("multirole fighters", "multirole fighter")]),
        ("Chile bought fighter aircraft.", [("fighter aircraft", "fighter aircraft")]),
        ("Drones struck naval vessels in the port.", [("Drones", "UAV"), ("naval vessels", "naval vessel")]),
        ("Two navy ships docked.", [("navy ships", "navy ship")]),
        ("Rebels launched unmanned surface vessels.", [("unmanned surface vessels", "unmanned surface vessel")]),
        ("The package adds artillery ammunition.", [("artillery ammunition", "artillery ammunition")]),
        (
            "The tank carries a 30mm automatic cannon.",
            [("tank", "tank"), ("30mm automatic cannon", "automatic cannon")],
        ),
        ("Officials said precision weapons were used.", [("precision weapons", "precision-guided munition")]),
        # negatives: a class word hyphenated to a participle describes what follows it
        ("The rebels used bomb-dropping drones.", [("drones", "UAV")]),
        ("He spoke about vessels and ships in general.", []),
    ],
)
def test_weapons_forms_class_names_as_written(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """A class is named by its head as written, singular ("naval vessel", "fighter jet"); only "fighter(s)" and
    "fighter aircraft" are "fighter aircraft" (the convention in data/README.md)."""
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "name", "variant"),
    [
        ("Tokyo will buy Tomahawk Block-5 missiles.", "Tomahawk Block V", "Tomahawk Block V"),
        ("The navy ordered Scorpene-class submarines.", "Scorpene", None),
        ("Seoul bought Harpoon Block II missiles.", "Harpoon Block II", "Harpoon Block II"),
        ("Serbia upgraded its M-84AS tanks.", "M-84", "M-84AS"),
        ("Singapore fielded Leopard 2SG tanks.", "Leopard 2", "Leopard 2SG"),
        # negatives: the system's own name with no longer generation written stays the system
        ("Tokyo will buy Tomahawk missiles.", "Tomahawk", None),
    ],
)
def test_weapons_forms_generations_and_variants(news_nlp: Language, text: str, name: str, variant: str | None) -> None:
    """A generation the gazetteer names as a system of its own keeps its name (and is its own model); a variant
    entry names its system and is kept as the variant."""
    found = _found(news_nlp, text)
    assert [(w.name, w.variant) for w in found] == [(name, variant)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Serbia showed its Orkan rocket launchers.", [("Orkan rocket launchers", "M-87 Orkan")]),
        ("Indonesia ordered more Anoa armoured vehicles.", [("Anoa armoured vehicles", "Anoa")]),
        (
            "Malaysia's AV8 Gempita armoured vehicles joined the drill.",
            [("AV8 Gempita armoured vehicles", "AV8 Gempita")],
        ),
        (
            "Brazil fired SS-40 rockets from Astros launchers.",
            [("SS-40 rockets", "SS-40"), ("Astros launchers", "Astros")],
        ),
        # negatives: ambiguous names (a place, a person, an animal) with no weapon context
        ("Adnan met the minister in Komodo last week.", []),
        ("The Negev desert was hot.", []),
    ],
)
def test_weapons_forms_batch7_systems(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """Systems of gazetteer batch 7 (Balkan, Southeast Asian and Latin American armour and rockets)."""
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoys discussed Tehran's nuclear and ballistic missile work.",
            [("ballistic missile", "ballistic missile")],
        ),
        # negatives: conjoined kinds of missile still share the head
        (
            "Iran showed ballistic and cruise missiles.",
            [("ballistic", "ballistic missile"), ("cruise missiles", "cruise missile")],
        ),
        (
            "The treaty bans nuclear and chemical weapons.",
            [("nuclear", "nuclear weapon"), ("chemical weapons", "chemical weapon")],
        ),
    ],
)
def test_weapons_forms_wmd_word_shares_the_noun_after(
    news_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    """Before a class that modifies a noun ("missile programs"), "nuclear and" shares that noun: no nuclear missile."""
    assert sorted((w.text, w.name) for w in _found(news_nlp, text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "name", "variant"),
    [
        ("Ecuador once flew Kfir C.2s from Israel.", "Kfir", "Kfir C.2"),
        ("Colombia keeps its Kfir C.10 jets flying.", "Kfir", "Kfir C.10"),
        ("Thailand operates Gripen C fighters.", "Gripen", "Gripen C"),
        ("Armenia bought Iskander-M missiles.", "Iskander", "Iskander-M"),
        # negatives: an alias that is the system's longer name or its maker's name is no model
        ("The army fired AGM-114 Hellfire missiles.", "Hellfire", None),
        ("Hungary leases Saab Gripen jets.", "Gripen", None),
    ],
)
def test_weapons_forms_model_written_as_an_alias(news_nlp: Language, text: str, name: str, variant: str | None) -> None:
    """An alias that is another of the system's names plus model words keeps the model as ``variant``."""
    [weapon] = _found(news_nlp, text)
    assert (weapon.name, weapon.variant) == (name, variant)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thailand ordered more JAS39 Gripen jets.", [("JAS39 Gripen jets", "Gripen")]),
        ("Estonia bought RBS70 launchers.", [("RBS70 launchers", "RBS 70")]),
        # negative: letters and a figure no entry is written with stay unknown codes, not a known system
        ("The ABC12 form was filed late.", []),
    ],
)
def test_weapons_forms_capitals_prefix_joined_to_its_number(
    news_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    """ "JAS39" and "RBS70" are the gazetteer's "JAS 39" and "RBS 70" written without the space."""
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunners fired Krasnopol-M2 shells at the bridge.", [("Krasnopol-M2 shells", "Krasnopol", "Krasnopol-M2")]),
        ("Gunners fired 40 Krasnopol-M2s.", [("Krasnopol-M2s", "Krasnopol", "Krasnopol-M2")]),
        # negative: a known model keeps its own entry rather than becoming a model of its family
        ("Moscow deployed Tor-M2 launchers.", [("Tor-M2 launchers", "Tor-M2", "Tor-M2")]),
    ],
)
def test_weapons_forms_letters_and_figure_model_joined_to_a_name(
    news_nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """ "Krasnopol-M2" is one mention of the Krasnopol with the model as ``variant``, not "Krasnopol" and "M2 shells"."""
    assert [(w.text, w.name, w.variant) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt commissioned another Meko A-200 frigate.", [("Meko A-200 frigate", "MEKO A-200")]),
        ("Kyiv asked for more Nasams 3 batteries.", [("Nasams 3", "NASAMS")]),
        # negative: the word-cased acronym needs a weapon context
        ("Meko A-200 is the room where the board met.", []),
    ],
)
def test_weapons_forms_acronym_written_as_a_word(
    news_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    """ "Meko A-200" is the MEKO A-200 in a weapon context, as "Nasams" is NASAMS."""
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Italy will buy Lynx KF41 infantry fighting vehicles.", [("Lynx KF41 infantry fighting vehicles", "Lynx")]),
        ("The battery's Paladin M109 howitzers fired.", [("Paladin M109 howitzers", "M109")]),
    ],
)
def test_weapons_forms_name_before_its_designation(
    news_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    """ "Lynx KF41" is the gazetteer's "KF41 Lynx" written name first."""
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finland commissioned its first Pohjanmaa-class corvette.", [("Pohjanmaa-class corvette", "Pohjanmaa-class")]),
        ("The army ordered more 9M83 interceptors for its air defence.", [("9M83 interceptors", "9M83")]),
        ("Israel fired Iron Sting mortar bombs at the launch site.", [("Iron Sting mortar bombs", "Iron Sting")]),
        ("Ottawa sent C7 assault rifles to Kyiv.", [("C7 assault rifles", "C7")]),
        ("Kyiv used UJ-22 Airborne drones against the refinery.", [("UJ-22 Airborne drones", "UJ-22 Airborne")]),
        # negatives: the ambiguous short designations and given names need a weapon context
        ("The C7 form was filed with the ministry.", []),
        ("Yasin told reporters the talks would resume.", []),
    ],
)
def test_weapons_forms_batch8_systems(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """Systems of the gazetteer's batch 8 (data/README.md), and their ambiguous names outside a weapon context."""
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The navy ordered three offshore patrol vessels.", [("offshore patrol vessels", "offshore patrol vessel")]),
        ("Two OPVs joined the fleet.", [("OPVs", "offshore patrol vessel")]),
        ("The navy bought missile boats.", [("missile boats", "missile boat")]),
        ("Seoul plans a landing helicopter dock.", [("landing helicopter dock", "landing helicopter dock")]),
        ("Four minehunters swept the strait.", [("minehunters", "minehunter")]),
        ("Iran laid naval mines in the strait.", [("naval mines", "naval mine")]),
        ("The army fielded tank destroyers.", [("tank destroyers", "tank destroyer")]),
        # negatives: the same words in no ship or weapon phrase
        ("The boats carried tourists to the island.", []),
        ("The mine hunters found gold in the hills.", []),
    ],
)
def test_weapons_forms_naval_ship_types(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """Patrol, amphibious and mine-warfare ship types, missile boats and naval mines are classes of their own."""
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt bought two Mistral amphibious assault ships.", [("Mistral amphibious assault ships", "Mistral-class")]),
        ("India operates Kilo submarines.", [("Kilo submarines", "Kilo-class")]),
        # negatives: a system fitted to a ship type it names no class of; a name that is no ship class
        ("The first Aegis destroyer left port.", [("Aegis destroyer", "Aegis destroyer")]),
        ("India operates KSX submarines.", [("KSX submarines", "KSX")]),
    ],
)
def test_weapons_forms_ship_class_named_without_class(
    news_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    """A ship type right after a ship class's name written without "-class" is that class."""
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraq received Mi-28NE helicopters.", [("Mi-28NE helicopters", "Mi-28", "Mi-28NE")]),
        ("Riyadh wants Wing Loong-10B drones.", [("Wing Loong-10B drones", "Wing Loong 10", "Wing Loong-10B")]),
        # negatives: a figure is no model suffix; a name's first word before a designation needs a weapon word
        ("Ankara flies F-16 jets.", [("F-16 jets", "F-16", None)]),
        ("Meko A-200 is the room where the board met.", []),
    ],
)
def test_weapons_forms_unlisted_model_suffix(
    news_nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """A known designation with a model suffix of letters the gazetteer does not list is that system's model."""
    assert [(w.text, w.name, w.variant) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv's gunners downed Lancets over the river.", [("Lancets", "Lancet")]),
        # negative: a team's plural after the same verbs stays no weapon
        ("The Patriots destroyed the Jets 31-10.", []),
    ],
)
def test_weapons_forms_object_of_downing(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """ "downed Lancets": an ambiguous plural name as the object of a verb of downing is a weapon."""
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected
