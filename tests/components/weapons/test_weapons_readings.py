"""Weapon words read from their sentence: a class that only says what a role noun after it carries, a named
system used as a metaphor, a name inside a compound adjective, and "fighters" as aircraft or as combatants."""

from __future__ import annotations

import pytest
from spacy.language import Language

from arms_nlp.extensions import get_records


def _found(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(w.text, w.name) for w in get_records(nlp(text), "arms_weapons")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army will buy 20 K-10 armored ammunition resupply vehicles.",
            [("K-10 armored ammunition resupply vehicles", "K10")],
        ),
        ("Seoul ordered 10 K-66 missile transport vehicles.", [("K-66 missile transport vehicles", "K-66")]),
        # negatives: a class alone before a role noun is a modifier use (the fixtures' way), no role noun after it
        ("The convoy included ten missile transport trucks.", [("missile", "missile")]),
        (
            "The depot stores armoured ammunition crates.",
            [("armoured ammunition", "armored ammunition")],
        ),
        (
            "Troops unloaded artillery shells.",
            [("artillery shells", "artillery shell")],
        ),
    ],
)
def test_weapons_role_noun_after_class(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """ "K-10 armored ammunition resupply vehicles" is the K-10: the ammunition only says what it carries."""
    assert _found(news_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Critics called the new filter a digital Iron Dome for banks.", []),
        ("The start-up sells a cyber Iron Dome to hospitals.", []),
        # negatives: a named system with its class after the same adjective, and the system itself
        (
            "The vehicle carries a digital Lance turret.",
            [("Lance turret", "Lance turret")],
        ),
        ("Ukraine received a digital Iron Dome battery.", [("Iron Dome", "Iron Dome")]),
        (
            "Israel's Iron Dome intercepted the rockets.",
            [("Iron Dome", "Iron Dome"), ("rockets", "rocket")],
        ),
    ],
)
def test_weapons_named_metaphor(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """ "a digital Iron Dome" is a metaphor; "a digital Lance turret system" is still the Lance turret."""
    assert _found(news_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan wants Mirage 2000-style jets.", [("jets", "aircraft")]),
        ("Kyiv builds HIMARS-like launchers.", [("launchers", "launcher")]),
        # negative: the system itself, with no compound adjective after it
        ("The air force retired its Mirage 2000 jets.", [("Mirage 2000 jets", "Mirage 2000")]),
    ],
)
def test_weapons_name_inside_compound_adjective(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """ "Mirage 2000-style jets" are jets like it: neither "Mirage 2000" nor the shorter "Mirage" is a mention."""
    assert _found(news_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway is replacing its fighters with F-35s.", [("fighters", "fighter aircraft"), ("F-35s", "F-35")]),
        (
            "Egypt flies Rafale jets and wants more of the French fighter.",
            [("Rafale jets", "Rafale"), ("fighter", "fighter aircraft")],
        ),
        # negatives: fighters of a group, bare fighters, or no other aircraft in the sentence
        ("Hamas fighters hid from Israeli F-16s.", [("F-16s", "F-16")]),
        ("Fighters loyal to the general seized two Mi-17 helicopters.", [("Mi-17 helicopters", "Mi-17")]),
        ("Kurdish fighters watched the F-16 jets pass.", [("F-16 jets", "F-16")]),
        ("Israel sent F-16s after fighters crossed the border.", [("F-16s", "F-16")]),
        ("The fighters retreated into the hills.", []),
    ],
)
def test_weapons_fighters_alone(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """A lone "fighter(s)" is an aircraft only beside another aircraft, introduced by a determiner, possessive or
    figure, and not as a group's combatants."""
    assert _found(news_nlp, text) == expected
