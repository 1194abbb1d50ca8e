"""arms_ranges: which lengths are a weapon's reach, and whose."""

from __future__ import annotations

import math

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from arms_nlp.components.ranges import RangeExtractor
from arms_nlp.extensions import get_records, set_records
from arms_nlp.records import Range, Weapon

MI = 1.609344


def _weapons(text: str, names: dict[str, str]) -> list[Weapon]:
    """Weapon records for the test table: surface -> canonical name (first occurrence)."""
    found = []
    for surface, name in names.items():
        at = text.index(surface)
        found.append(Weapon(text=surface, start=at, end=at + len(surface), name=name, category="missile"))
    return found


def _parsed(nlp: Language, text: str) -> Doc:
    """The statistical model's own annotation only (no arms components)."""
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if not name.startswith("arms_"):
            doc = component(doc)
    return doc


def _ranges(pipe: Language, text: str, weapons: dict[str, str], parsed: bool) -> list[Range]:
    doc = _parsed(pipe, text) if parsed else pipe.make_doc(text)
    set_records(doc, "arms_weapons", _weapons(text, weapons))
    RangeExtractor(pipe, "arms_ranges")(doc)
    return get_records(doc, "arms_ranges")


# (text, weapons {surface: canonical}, [(range text, weapon)])
POSITIVE = [
    (
        "These shipments include short-range ballistic missiles capable of reaching distances ranging from 186 to 435 miles.",
        {"short-range ballistic missiles": "short-range ballistic missile"},
        [("186 to 435 miles", "short-range ballistic missile")],
    ),
    (
        "They include short-range ballistic weapons capable of reaching distances between 186 and 435 miles.",
        {"short-range ballistic weapons": "short-range ballistic missile"},
        [("186 and 435 miles", "short-range ballistic missile")],
    ),
    (
        "The Zolfaghar is capable of striking targets between 300 and 700 km away.",
        {"Zolfaghar": "Zolfaghar"},
        [("300 and 700 km", "Zolfaghar")],
    ),
    ("The Fateh-110 has a range of 300 km.", {"Fateh-110": "Fateh-110"}, [("300 km", "Fateh-110")]),
    ("The missile's range is 700 km.", {"missile": "missile"}, [("700 km", "missile")]),
    (
        "The Shahed-136 can fly roughly 2,500 kilometers.",
        {"Shahed-136": "Shahed-136"},
        [("roughly 2,500 kilometers", "Shahed-136")],
    ),
    (
        "Iran showed the Fateh-110 on Monday. It has a maximum range of 300 km.",
        {"Fateh-110": "Fateh-110"},
        [("300 km", "Fateh-110")],
    ),
    ("Iran unveiled a 75-mile-range missile.", {"missile": "missile"}, [("75-mile", "missile")]),
    (
        "The Kheibar Shekan has a 1,450-kilometre range.",
        {"Kheibar Shekan": "Kheibar Shekan"},
        [("1,450-kilometre", "Kheibar Shekan")],
    ),
    ("The drones can travel up to 2,500 km (1,550 miles).", {"drones": "UAV"}, [("up to 2,500 km", "UAV")]),
    (
        "The rockets can hit targets more than 80 kilometres away.",
        {"rockets": "rocket"},
        [("more than 80 kilometres", "rocket")],
    ),
    (
        "Russia received missiles that can reach about 700 kilometers.",
        {"missiles": "missile"},
        [("about 700 kilometers", "missile")],
    ),
    (
        "The S-400 can engage aircraft at a range of 400 km.",
        {"S-400": "S-400", "aircraft": "aircraft"},
        [("400 km", "S-400")],
    ),
    # a reach modifier makes "radius" strong: no weapon needed
    ("The Bayraktar TB2 has an operational radius of 150 kilometres.", {}, [("150 kilometres", None)]),
    # a length coordinated with a reach is one too, through a misparse ("fire" read as a noun)
    (
        "The 155mm howitzer can fire shells up to 30 kilometres, and up to 40 km with rocket-assisted rounds.",
        {"155mm howitzer": "howitzer"},
        [("up to 30 kilometres", "howitzer"), ("up to 40 km", "howitzer")],
    ),
    # the possessor "Iran" parsed as the subject does not block the weapon right after it
    (
        "Iran's Fateh-110 can strike targets up to 300 kilometres away, analysts said.",
        {"Fateh-110": "Fateh-110"},
        [("up to 300 kilometres", "Fateh-110")],
    ),
    # a participle between the reach noun and the length
    ("The Chinese J-20 has a combat radius estimated at 2,000 km.", {"J-20": "J-20"}, [("2,000 km", "J-20")]),
    # a coordinated verb shares the ability of the first ("can ... and operate ... from its base")
    (
        "The MQ-9 Reaper can loiter for hours and operate 1,850 km from its base.",
        {"MQ-9 Reaper": "MQ-9 Reaper"},
        [("1,850 km", "MQ-9 Reaper")],
    ),
    # a designation-like subject stands for an unrecognised weapon
    ("The Taepodong-2 is thought to be capable of reaching 6,700 kilometres.", {}, [("6,700 kilometres", None)]),
    # the weapon's own flight: "into" traces it, it does not place something
    ("Missile Flies 1,000 Kilometres Into Sea Of Japan", {"Missile": "missile"}, [("1,000 Kilometres", "missile")]),
    (
        "The Khorramshahr can carry a 1,800 kg warhead 2,000 kilometers.",
        {"Khorramshahr": "Khorramshahr"},
        [("2,000 kilometers", "Khorramshahr")],
    ),
    (
        "The Shahed drones can fly 2,500 km but were shot down 40 km from Kyiv.",
        {"Shahed drones": "Shahed"},
        [("2,500 km", "Shahed")],
    ),
    ("Modern tanks can destroy targets at 3 to 4 km with their main guns.", {"tanks": "tank"}, [("3 to 4 km", "tank")]),
    # a subject pronoun stands for the previous sentence's weapon, also under a weak cue
    (
        "Iran unveiled the Kheibar Shekan on Sunday. It can hit targets as far as 1,450 km away, the IRGC said.",
        {"Kheibar Shekan": "Kheibar Shekan"},
        [("as far as 1,450 km", "Kheibar Shekan")],
    ),
    (
        "The missile flew for 40 minutes and covered about 1,000 km.",
        {"missile": "missile"},
        [("about 1,000 km", "missile")],
    ),
]

# (text, weapons) with no range: lengths that are not reach, or no length at all
NEGATIVE = [
    # an order of magnitude states no reach to verify
    ("The drones flew thousands of miles from Iran to reach the front.", {"drones": "UAV"}),
    ("The missiles can strike targets hundreds of kilometres away.", {"missiles": "missile"}),
    ("The convoy stopped 30 km from the border.", {}),
    ("The convoy carrying missiles stopped 30 km from the border.", {"missiles": "missile"}),
    ("Kyiv is about 750 kilometres from Moscow.", {}),
    ("The missile carries a 450 kg warhead.", {"missile": "missile"}),
    ("The missile is 8.9 metres long.", {"missile": "missile"}),
    ("Troops travelled 40 miles with the drones.", {"drones": "UAV"}),
    (
        "Short-range ballistic missiles were sent 30 km from the front.",
        {"Short-range ballistic missiles": "short-range ballistic missile"},
    ),
    ("The refugees walked 20 miles to reach the camp.", {}),
    ("The missiles flew at 900 km/h.", {"missiles": "missile"}),
    ("Russia wants long-range missiles from Iran.", {"long-range missiles": "long-range missile"}),
    # "radius" alone is weak: no weapon, no reach
    ("Residents within a 20-kilometre radius of the plant were evacuated.", {}),
    # feet under a weak cue are an altitude
    ("The jet was flying at 30,000 feet when the missile struck it.", {"jet": "aircraft", "missile": "missile"}),
    # a length placing the target of a past strike, no ability in view
    ("The missile hit an apartment block 3 miles from the city centre.", {"missile": "missile"}),
    ("Ukrainian drones have struck oil refineries as far as 1,200 kilometres from the border.", {"drones": "UAV"}),
    # vertical extent is never reach
    ("The Pantsir can hit targets at altitudes of up to 15 km.", {"Pantsir": "Pantsir"}),
    ("Officials said the missile reached an altitude of 6,000 km.", {"missile": "missile"}),
    # a pronoun with no weapon before it stands for nothing
    ("Refugees reached the border on Monday. They travelled 200 km.", {}),
    ("It can hit targets as far as 3,000 km away, the IRGC said.", {}),
    ("The Zolfaghar was shown. The convoy travelled 30 km.", {"Zolfaghar": "Zolfaghar"}),
]


@pytest.mark.parametrize(("text", "weapons", "expected"), POSITIVE)
def test_ranges_positive_parsed(
    nlp: Language, text: str, weapons: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    found = _ranges(nlp, text, weapons, parsed=True)
    assert [(r.text, r.weapon) for r in found] == expected
    for record in found:
        assert text[record.start : record.end] == record.text


@pytest.mark.parametrize(("text", "weapons"), NEGATIVE)
def test_ranges_negative_parsed(nlp: Language, text: str, weapons: dict[str, str]) -> None:
    assert _ranges(nlp, text, weapons, parsed=True) == []


# Without a parser the rule reads a token window: the clear cases still work.
BLANK_POSITIVE = [POSITIVE[0], POSITIVE[2], POSITIVE[3], POSITIVE[6], POSITIVE[7]]
BLANK_NEGATIVE = [NEGATIVE[0], NEGATIVE[2], NEGATIVE[3], NEGATIVE[4], NEGATIVE[8], NEGATIVE[9]]


@pytest.mark.parametrize(("text", "weapons", "expected"), BLANK_POSITIVE)
def test_ranges_positive_blank(
    blank: Language, text: str, weapons: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    assert [(r.text, r.weapon) for r in _ranges(blank, text, weapons, parsed=False)] == expected


@pytest.mark.parametrize(("text", "weapons"), BLANK_NEGATIVE)
def test_ranges_negative_blank(blank: Language, text: str, weapons: dict[str, str]) -> None:
    assert _ranges(blank, text, weapons, parsed=False) == []


@pytest.mark.parametrize(
    ("text", "low_km", "high_km"),
    [
        ("The missiles can reach distances between 186 and 435 miles.", 186 * MI, 435 * MI),
        ("The missiles can reach 700 kilometers.", None, 700.0),
        ("The missiles have a range of 300-700 km.", 300.0, 700.0),
    ],
)
def test_ranges_values_in_km(nlp: Language, text: str, low_km: float | None, high_km: float) -> None:
    (found,) = _ranges(nlp, text, {"missiles": "missile"}, parsed=True)
    assert (found.low_km is None) == (low_km is None)
    assert math.isclose(found.high_km, high_km) and (low_km is None or math.isclose(found.low_km or 0.0, low_km))


def test_ranges_claims_group_across_articles(nlp: Language) -> None:
    texts = [
        "The missiles can reach distances between 186 and 435 miles.",
        "The missiles can reach 700 kilometers.",
        "The missiles have a range of 300-700 km.",
    ]
    from arms_nlp.records import Extraction

    ranges = [r for t in texts for r in _ranges(nlp, t, {"missiles": "missile"}, parsed=True)]
    assert len(Extraction(ranges=ranges).range_claims()) == 1


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n", "km", "1-" * 5000, "range of", "a range of 700 km", "It has a range of 300 km.", "(((700 km)))"],
)
def test_ranges_blank_pipeline_never_raises(text: str) -> None:
    pipe = spacy.blank("en")
    pipe.add_pipe("arms_ranges")
    doc = pipe(text)
    for record in get_records(doc, "arms_ranges"):
        assert text[record.start : record.end] == record.text


def test_ranges_skip_boilerplate(blank: Language) -> None:
    text = "Read more: missile with a range of 700 km\nThe Fateh-110 has a range of 300 km."
    doc = blank.make_doc(text)
    doc._.arms_boilerplate = [(0, text.index("\n"))]
    RangeExtractor(blank, "arms_ranges")(doc)
    assert [r.text for r in get_records(doc, "arms_ranges")] == ["300 km"]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=60))
def test_ranges_any_text_blank(text: str) -> None:
    pipe = spacy.blank("en")
    pipe.add_pipe("arms_ranges")
    doc = pipe("It has a range of " + text)
    for record in get_records(doc, "arms_ranges"):
        assert doc.text[record.start : record.end] == record.text


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("000_8acc18a9c4da2737", [(186 * MI, 435 * MI)]),
        ("001_e1ccba8a638ce329", [(186 * MI, 435 * MI)]),
        ("002_cf1b510dc2e19d56", []),
        ("003_71f1ee24cf0e9be2", [(None, 700.0)]),
        ("004_ce6e8c1c5d75712c", []),
    ],
)
def test_ranges_fixture_articles(
    nlp: Language, articles: dict[str, str], stem: str, expected: list[tuple[float | None, float]]
) -> None:
    doc = nlp(articles[stem])
    if expected and not get_records(doc, "arms_weapons"):
        pytest.skip("the arms_weapons component found no weapon: weak cues need one")
    found = [(r.low_km, r.high_km) for r in get_records(doc, "arms_ranges")]
    assert len(found) == len(expected)
    for (low, high), (want_low, want_high) in zip(found, expected):
        assert (low is None) == (want_low is None) and math.isclose(high, want_high)
        assert want_low is None or math.isclose(low or 0.0, want_low)
