"""Lines written all in capitals or in title case: capitals there are no sign of a name, so no rule reading them
as one fires, while gazetteer names, class words and known actors are still found."""

from __future__ import annotations

import pytest
from spacy.language import Language

from arms_nlp import extract

BODY = "\n\nOfficials gave no further details on Tuesday."

# (headline, weapon names expected, actor names expected, (supplier, recipient, weapon) or None)
CASES = [
    (
        "CHAD BUYS 12 ARMORED CARS FROM ISRAEL",
        {"armored vehicle"},
        {"Chad", "Israel"},
        ("Israel", "Chad", "armored vehicle"),
    ),
    ("KENYA RECEIVES 40 HOWITZERS AND TRUCKS", {"howitzer"}, {"Kenya"}, None),
    (
        "Chad Buys 12 Armored Cars From Israel",
        {"armored vehicle"},
        {"Chad", "Israel"},
        ("Israel", "Chad", "armored vehicle"),
    ),
    ("GREECE ORDERS RAFALE JETS FROM FRANCE", {"Rafale"}, {"Greece", "France"}, ("France", "Greece", "Rafale")),
    ("Greece Orders Rafale Jets From France", {"Rafale"}, {"Greece", "France"}, ("France", "Greece", "Rafale")),
    ("EGYPT GETS K9 HOWITZERS", {"K9 Thunder"}, {"Egypt"}, None),
    ("Peru Signs For Nine Black Hawk Helicopters", {"UH-60 Black Hawk"}, {"Peru"}, None),
    ("ODESA DOWNS 25 ATTACK DRONES", {"UAV"}, {"Odesa"}, None),
    ("Navy Chief Visits Troops As Patrol Boats Arrive", {"patrol boat"}, set(), None),
    ("MINSK RECEIVES 20 TANKS FROM MOSCOW", {"tank"}, {"Belarus", "Russia"}, ("Russia", "Belarus", "tank")),
    ("HMS Ocean Sails To Cyprus For Exercise", {"HMS Ocean"}, {"Cyprus"}, None),
    ("Rebels Fire the Rockets at Ships", {"rocket"}, set(), None),
    ("Chad bought 12 Eland armored cars from Israel.", {"Eland"}, {"Chad", "Israel"}, None),
]


@pytest.mark.parametrize(("headline", "weapons", "actors", "transfer"), CASES)
def test_weapons_caseless_lines_headlines(
    nlp: Language, headline: str, weapons: set[str], actors: set[str], transfer: tuple[str, str, str] | None
) -> None:
    text = headline + BODY
    result = extract(text, nlp=nlp)
    in_headline = [w for w in result.weapons if w.end <= len(headline)]
    assert {w.name for w in in_headline} == weapons
    assert {
        a.name for a in result.actors if a.start < len(headline) or any(m.start < len(headline) for m in a.mentions)
    } == actors
    keys = {(t.supplier, t.recipient, t.weapon) for t in result.transfers}
    if transfer is not None:
        assert transfer in keys
