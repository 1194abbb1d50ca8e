"""Weapon mentions in phrasings the press uses: class phrases (maritime patrol aircraft, fast boats, miniguns,
exploding drones), a water cannon that is no weapon, an air force's acronym before a class, mixed-case
designations written with a space ("MiG 21"), an ambiguous name defined by "is a ... missile", an acronym read
as the first word of a class ("Smart bombs"), export models of Chinese fighters, and the two systems called
S-70."""

from __future__ import annotations

import pytest
from spacy.language import Language

from arms_nlp.extensions import get_records
from arms_nlp.records import Weapon


def _found(nlp: Language, text: str) -> list[tuple[str, str]]:
    weapons: list[Weapon] = get_records(nlp(text), "arms_weapons")
    return [(w.text, w.name) for w in weapons]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The navy leased a maritime patrol aircraft from Italy.",
            [("maritime patrol aircraft", "maritime patrol aircraft")],
        ),
        ("Gunners on deck fired at the fast boats.", [("fast boats", "fast boat")]),
        ("The gunship carries two miniguns.", [("gunship", "helicopter"), ("miniguns", "minigun")]),
        ("Kyiv asked for exploding drones.", [("exploding drones", "loitering munition")]),
        ("Paris counted its naval missiles.", [("naval missiles", "naval missile")]),
        ("Ankara tested its first maritime missile.", [("maritime missile", "maritime missile")]),
        ("Berlin will send armoured infantry vehicles.", [("armoured infantry vehicles", "armored infantry vehicle")]),
        # negatives: a water cannon, a bare "infantry vehicles", fast words before no boat
        ("Police used a water cannon on the crowd.", []),
        ("The infantry vehicles parked by the school.", []),
        ("Fast food chains opened near the harbour.", []),
    ],
)
def test_weapons_phrasings_class_phrases(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """Class phrases are read whole and named by their words; a water cannon is no cannon."""
    assert _found(news_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A PAF attack helicopter hit the post.", [("attack helicopter", "attack helicopter")]),
        ("An RAF transport aircraft landed at dawn.", [("transport aircraft", "transport aircraft")]),
        # negative: a system's own acronym before a class stays the system
        ("Two HIMARS rocket launchers reached the front.", [("HIMARS rocket launchers", "HIMARS")]),
    ],
)
def test_weapons_phrasings_air_force_acronym(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """An air force's acronym before a class is its owner, not a system's name."""
    assert _found(news_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the clash the air force lost one MiG 21. Its pilot ejected.", [("MiG 21", "MiG-21")]),
        ("Rebels downed a Su 25 near the river.", [("Su 25", "Su-25")]),
        # negatives: a capitals prefix apart from its number is no designation
        ("The meeting is in room F 16 on the first floor.", []),
        ("Print it on A 4 paper.", []),
    ],
)
def test_weapons_phrasings_spaced_designation(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """A mixed-case prefix written apart from its number ("MiG 21") is the hyphenated system."""
    assert _found(news_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Atmaca is a long-range, sea-skimming, anti-ship missile.",
            [("Atmaca", "Atmaca"), ("anti-ship missile", "anti-ship missile")],
        ),
        (
            "Marder is an infantry fighting vehicle built in Germany.",
            [("Marder", "Marder"), ("infantry fighting vehicle", "infantry fighting vehicle")],
        ),
        # negatives: a person or a show defined by "is a"; a class of another kind than the entry's
        ("Bradley is a retired general and a writer.", []),
        ("Patriot is a long-running drama series.", []),
        ("Kestrel is a sea-skimming missile.", [("missile", "missile")]),
    ],
)
def test_weapons_phrasings_defined_as_class(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """An ambiguous name that "is a" weapon class of its own kind is that system."""
    assert _found(news_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smart bombs were dropped on the bridge.", [("Smart bombs", "smart bomb")]),
        ("The SMART missile was test-fired from the coast.", [("SMART", "SMART")]),
    ],
)
def test_weapons_phrasings_acronym_as_class_word(
    news_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    """An acronym's name in title case starting a class ("Smart bombs") is the class's word, not the acronym."""
    assert _found(news_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The air force retired its A-5C jets.", [("A-5C jets", "Q-5", "A-5C")]),
        ("Bangladesh still flies the F-7BG.", [("F-7BG", "J-7", "F-7BG")]),
        # negative: the export designation with no model letter names no variant
        ("The air force retired its A-5 jets.", [("A-5 jets", "Q-5", None)]),
    ],
)
def test_weapons_phrasings_export_models(news_nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    """Export models of Chinese fighters are their system, the model kept as variant."""
    weapons: list[Weapon] = get_records(news_nlp(text), "arms_weapons")
    assert [(w.text, w.name, w.variant) for w in weapons] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey bought S-70 helicopters from Sikorsky.", [("S-70 helicopters", "S-70", "helicopter")]),
        (
            "Russia flew the S-70 Okhotnik with a Su-57.",
            [("S-70 Okhotnik", "Okhotnik", "uav"), ("Su-57", "Su-57", "aircraft")],
        ),
        ("Russia flew its S-70 drone over the range.", [("S-70 drone", "S-70", "uav")]),
        # negative: a bare S-70 with no weapon word is neither
        ("The S-70 left the depot at noon.", []),
    ],
)
def test_weapons_phrasings_s70_clash(news_nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    """ "S-70" is Sikorsky's Black Hawk export designation and, with its name, Russia's Okhotnik drone."""
    weapons: list[Weapon] = get_records(news_nlp(text), "arms_weapons")
    assert [(w.text, w.name, w.category) for w in weapons] == expected
