"""Transfer frames of headlines and of the rules the headline stress table led to (``components/transfers``):
headline verbs in the historical present re-parsed in the past tense, comma-joined subjects, deals agreed "on",
two-way verbs of leasing, things made available, and destination modifiers. Each table has negatives; claims are compared on
(supplier, recipient, weapon) through ``check_keys`` of ``transfer_reader``. Sentences written for this suite.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from transfer_reader import Key, check_keys, keys

# A sentence-case headline's verb the model tags as a noun ("orders", "pledges", "eyes"): read as a verb.
HEADLINE_VERBS = [
    ("Lithuania orders NASAMS from Norway", [("Norway", "Lithuania", "NASAMS")], []),
    ("Estonia pledges Javelin missiles to Ukraine", [("Estonia", "Ukraine", "Javelin")], []),
    ("Greece hands over BMP-1 vehicles to Ukraine", [("Greece", "Ukraine", "BMP-1")], []),
    ("Vietnam, Russia agree on Su-30 deal", [("Russia", "Vietnam", "Su-30")], []),
    ("Bangladesh navy commissions two frigates from China", [("China", "Bangladesh", "frigate")], []),
    # negatives: the same verbs with no goods moving between two parties
    ("Putin orders troops to the Ukrainian border", [], [("Russia", "Ukraine", None)]),
    ("Kyiv eyes spring counteroffensive with new tanks", [], []),
    ("India commissions its first home-built aircraft carrier", [], []),
    ("Israel, Hamas agree on ceasefire after drone strikes", [], [("Israel", "Hamas", "drone")]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "unwanted"), HEADLINE_VERBS)
def test_transfers_headline_verbs(nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]) -> None:
    check_keys(nlp, text, wanted, unwanted)
    if not wanted:
        assert keys(nlp, text) == []  # a negative gives no claim at all


@pytest.mark.model
def test_transfers_headline_trigger_as_written(nlp: Language) -> None:
    """The trigger of a claim read off a re-parsed copy is the word the input writes, not the copy's."""
    (transfer,) = nlp("Lithuania orders NASAMS from Norway")._.arms.transfers
    assert transfer.trigger == "orders"


# Deals agreed "on", leases said of either side, things made available, and a destination modifier that names no supplier.
FRAMES = [
    ("Vietnam and Russia agreed on a deal for 12 Su-30 jets.", [("Russia", "Vietnam", "Su-30")], []),
    ("Chile will lease two Scorpene submarines from France.", [("France", "Chile", "Scorpene")], []),
    ("France will lease two Scorpene submarines to Chile.", [("France", "Chile", "Scorpene")], []),
    (
        "A Yemen-bound shipment of Iranian rifles was seized by the US Navy on Friday.",
        [("Iran", "Yemen", "rifle")],
        [("Yemen", "United States", "rifle")],
    ),
    (
        "Two frigates will be made available to the Philippine Navy by South Korea.",
        [("South Korea", "Philippines", "frigate")],
        [],
    ),
    ("South Korea made two frigates available to the Philippines.", [("South Korea", "Philippines", "frigate")], []),
    # negatives
    ("The government made the satellite data available to the public.", [], []),
    ("Russia has made its S-400 systems available for export.", [], []),
    ("Vietnam and Russia agreed on a plan to hold more talks on trade.", [], [("Russia", "Vietnam", None)]),
    ("The Chilean navy leased office space from a private firm in Valparaiso.", [], []),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "unwanted"), FRAMES)
def test_transfers_headline_rule_frames(nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]) -> None:
    check_keys(nlp, text, wanted, unwanted)
    if not wanted:
        assert keys(nlp, text) == []  # a negative gives no claim at all
