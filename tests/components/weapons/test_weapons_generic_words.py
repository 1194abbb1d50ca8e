"""Generic weapon words read from their sentence (issue 13): conjoined describing words, planes, vehicles and ship
words that need a modifier or a context, "fighters" in a list of platforms, plurals of ambiguous names in war news,
and slashed sibling models ("Ka-27/29")."""

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
            "The crews train on the reconnaissance and combat helicopters.",
            [("reconnaissance and combat helicopters", "combat helicopter")],
        ),
        (
            "The package adds 155mm and 105mm artillery ammunition.",
            [("155mm and 105mm artillery ammunition", "artillery ammunition")],
        ),
        # negatives: conjoined words that name classes of their own stay two mentions
        (
            "Iran showed ballistic and cruise missiles.",
            [("ballistic", "ballistic missile"), ("cruise missiles", "cruise missile")],
        ),
        (
            "It sold short-range and long-range missiles.",
            [("short-range", "short-range missile"), ("long-range missiles", "long-range missile")],
        ),
    ],
)
def test_weapons_generic_words_conjoined_describing_word(
    news_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    """A conjoined describing word that names no class of its own is part of the one mention."""
    assert _found(news_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army bought military planes from Belarus.", [("military planes", "aircraft")]),
        ("It received two Chinese Y-8 planes.", [("Y-8 planes", "Y-8")]),
        ("The brigade lost two transport planes.", [("transport planes", "transport aircraft")]),
        ("Kenya ordered new military vehicles.", [("military vehicles", "vehicle")]),
        # negatives: a lone plane or vehicle, a civil one, a company's name
        ("The plane landed in Nairobi.", []),
        ("Two passenger planes were delayed.", []),
        ("Police stopped the vehicle at the border.", []),
        ("Leonardo Rheinmetall Military Vehicles will build the tanks.", [("tanks", "tank")]),
    ],
)
def test_weapons_generic_words_planes_and_vehicles(
    news_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    """ "planes" and "vehicles" need a modifier or a named system before them."""
    assert _found(news_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Manila received the vessel from the shipbuilder in April.", [("vessel", "vessel")]),
        (
            "The navy got its second Type 209 submarine and will receive four boats in all.",
            [("Type 209 submarine", "Type 209"), ("boats", "boat")],
        ),
        ("The frigates were commissioned and the ships sailed.", [("frigates", "frigate"), ("ships", "ship")]),
        # negatives: a ship word with no warship in the sentence, or with a noun before or after it
        ("The navy seized a vessel carrying weapons.", [("weapons", "weapon")]),
        ("The frigate escorted two cargo ships.", [("frigate", "frigate")]),
        ("The corvette passed the fishing boats.", [("corvette", "corvette")]),
        ("The destroyer entered the ship repair yard.", [("destroyer", "destroyer")]),
        ("It was a long-awaited cruise-ship visit.", []),
    ],
)
def test_weapons_generic_words_lone_ship_words(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """A lone "ship", "vessel" or "boat" is a warship beside another naval weapon or a shipbuilding word."""
    assert _found(news_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow sent fighters as well as tanks to the base.", [("fighters", "fighter aircraft"), ("tanks", "tank")]),
        (
            "Egypt bought fighters, helicopters and frigates.",
            [("fighters", "fighter aircraft"), ("helicopters", "helicopter"), ("frigates", "frigate")],
        ),
        # negatives: combatants listed with arms, or a group's or a nation's fighters
        ("The group smuggled fighters and weapons into Syria.", [("weapons", "weapon")]),
        ("Hezbollah fighters and tanks moved south.", [("tanks", "tank")]),
        ("Kurdish fighters and tanks held the town.", [("tanks", "tank")]),
    ],
)
def test_weapons_generic_words_fighters_listed_with_platforms(
    news_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    """A lone "fighters" listed with a weapon platform is an aircraft, even with no determiner before it."""
    assert _found(news_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("With a range of 1,600 km, Tomahawks were used in the war.", [("Tomahawks", "Tomahawk")]),
        (
            "Stingers downed Soviet helicopters during the Afghan war.",
            [("Stingers", "Stinger"), ("helicopters", "helicopter")],
        ),
        ("Azerbaijan bought Bayraktars.", [("Bayraktars", "Bayraktar")]),
        # negatives: a team ("the"), no war word, a plural before a noun, a plural bought before a noun
        ("Fans bought Patriots jerseys.", []),
        ("The Patriots won the war of attrition on the field.", []),
        ("Predators beat the Blues 3-2 on Sunday.", []),
        ("Javelins fans cheered after the war film.", []),
    ],
)
def test_weapons_generic_words_plural_name_in_war_news(
    news_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    """A plural of an ambiguous name, subject or object in a sentence about war and not after "the", is the weapon."""
    assert _found(news_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels were short of ammo.", [("ammo", "ammunition")]),
        ("Troops fired bullets into the air.", [("bullets", "bullet")]),
        # negative: a figure of speech
        ("There is no silver bullet for inflation.", []),
    ],
)
def test_weapons_generic_words_ammunition(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(news_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The navy flies Ka-27/29 helicopters.", [("Ka-27/29 helicopters", "Ka-27")]),
        ("Algeria operates Su-27/30 jets.", [("Su-27/30 jets", "Su-27")]),
        # negatives: figures and forms that only look so
        ("The score was 3-27/29 overall.", []),
        ("He filed form DS-160/2 yesterday.", []),
    ],
)
def test_weapons_generic_words_slashed_sibling_models(
    news_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    """A designation with a slashed sibling number in one token ("Ka-27/29") is the first model's system."""
    assert _found(news_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pyongyang tested two ICBMs.", [("ICBMs", "intercontinental ballistic missile")]),
        ("Russia flies quadcopters over the river.", [("quadcopters", "quadcopter")]),
        ("Police seized shotguns and pistols.", [("shotguns", "shotgun"), ("pistols", "pistol")]),
        ("Kyiv sent unmanned boats at the fleet.", [("unmanned boats", "unmanned surface vessel")]),
        # negatives: a named system keeps the acronym, a lone airplane is no weapon
        (
            "The Sentinel ICBM will replace the old missiles.",
            [("Sentinel ICBM", "LGM-35 Sentinel"), ("missiles", "missile")],
        ),
        ("The airplane landed late.", []),
    ],
)
def test_weapons_generic_words_class_acronyms_and_words(
    news_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    """Class acronyms (ICBM, SLBM, SRBM) and words (quadcopter, shotgun, unmanned boat) are classes."""
    assert _found(news_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey wants more F16s.", [("F16s", "F-16")]),
        ("The army has BMP2s and T72s.", [("BMP2s", "BMP-2"), ("T72s", "T-72")]),
        ("The army has BMP2 vehicles.", [("BMP2 vehicles", "BMP-2")]),
        # negatives: a one-letter prefix glued to its number alone is a road, a race or a size
        ("He drove on the A10 and M25.", []),
        ("The F1 season opened.", []),
    ],
)
def test_weapons_generic_words_glued_designations(
    news_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    """A designation written without its hyphen ("BMP2", "F16s") is the system."""
    assert _found(news_nlp, text) == expected
