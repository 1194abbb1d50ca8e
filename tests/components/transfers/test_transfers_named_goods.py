"""Which noun is the goods of a claim (``components/transfers``), three families where the systems were named but a
claim read weapons in general or none:

- an event noun's own "including" list ("The delivery, including six NASAMS launchers, reached Vilnius"), as a
  bundle noun's; not what it lists that is no weapon;
- a listing pronoun after a transfer ("... a new batch of weapons. These are machine guns and mortars"); not negated,
  not after a sentence telling of no transfer;
- goods right after the recipient or the object that the parser hung on it or left loose ("agreed to sell Pakistan
  the Wing Loong II", "close to acquiring Russia's most advanced system the S-400");
- a deal won or awarded: the winner sells ("Boeing won a contract with India for six P-8I aircraft", "a contract
  awarded to Eurocopter for 12 helicopters"); not a deal noun no verb of winning takes, not "secured".

Sentences written for this suite.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from transfer_reader import Key, check_keys

EVENT_CONTENTS = [
    (
        "Norway has sent air defence systems to Lithuania. The delivery, including six NASAMS launchers and two "
        "radars, reached Vilnius on Monday.",
        [("Norway", "Lithuania", "NASAMS")],
        [],
    ),
    (
        "The shipment from France to Egypt, including twelve Rafale jets, left Toulon on Monday.",
        [("France", "Egypt", "Rafale")],
        [],
    ),
    # negative: the list names no weapon
    (
        "The shipment from Oman to Yemen, including food and medicine, left Muscat on Monday.",
        [],
        [("Oman", "Yemen", "")],
    ),
]

LISTING_PRONOUNS = [
    (
        "“Russia has sent Mali a new batch of weapons,” the ambassador said. “These are machine guns, mortars and "
        "grenade launchers,” he said.",
        [("Russia", "Mali", "machine gun"), ("Russia", "Mali", "mortar")],
        [],
    ),
    # negatives: a negated copula; a sentence before telling of no transfer
    (
        "“Russia has sent Mali a new batch of weapons,” the ambassador said. “These are not machine guns or "
        "mortars,” he said.",
        [("Russia", "Mali", "weapon")],
        [("Russia", "Mali", "machine gun"), ("Russia", "Mali", "mortar")],
    ),
    (
        "Russia and Mali held talks on Monday. These are machine guns and mortars, an officer said.",
        [],
        [("Russia", "Mali", "machine gun")],
    ),
]

GOODS_AFTER_RECIPIENT = [
    ("Beijing agreed to sell Pakistan the Wing Loong II.", [("China", "Pakistan", "Wing Loong")], []),
    (
        "A report said that China has agreed to sell Algeria the Wing Loong.",
        [("China", "Algeria", "Wing Loong")],
        [],
    ),
    (
        "Bahrain could be close to acquiring Russia's most advanced system the S-400.",
        [("Russia", "Bahrain", "S-400")],
        [],
    ),
    # negatives: what follows the recipient names no weapon; a loose noun of time after the object
    ("Bahrain bought the system last year from Russia.", [], [("Russia", "Bahrain", "")]),
    ("Russia agreed to sell Egypt, the largest Arab country, more wheat.", [], [("Russia", "Egypt", "wheat")]),
]


DEALS_WON = [
    (
        "Boeing won a contract with India for six P-8I aircraft.",
        [("United States", "India", "P-8")],
        [("India", "United States", "")],
    ),
    ("Saab was awarded a contract by Brazil for 36 Gripen jets.", [("Sweden", "Brazil", "Gripen")], []),
    ("The contract for 36 Gripen jets was awarded to Saab by Brazil.", [("Sweden", "Brazil", "Gripen")], []),
    ("Brazil awarded Saab the contract for 36 Gripen jets.", [("Sweden", "Brazil", "Gripen")], []),
    (
        "In 2008 Malaysia scrapped a contract awarded to Eurocopter for 12 Cougar EC725 helicopters.",
        [("France", "Malaysia", "")],
        [("Malaysia", "France", "")],
    ),
    # negatives: a deal signed, not won, keeps its signer as buyer; a buyer "securing" a deal still buys
    (
        "Brazil signed a contract with Saab for 36 Gripen jets.",
        [("Sweden", "Brazil", "Gripen")],
        [("Brazil", "Sweden", "")],
    ),
    (
        "Ethiopia secured a contract with Iran for six Mohajer-6 drones.",
        [("Iran", "Ethiopia", "Mohajer")],
        [("Ethiopia", "Iran", "")],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "unwanted"), EVENT_CONTENTS)
def test_transfers_named_goods_event_contents(nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]) -> None:
    check_keys(nlp, text, wanted, unwanted)


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "unwanted"), LISTING_PRONOUNS)
def test_transfers_named_goods_listing_pronoun(
    nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]
) -> None:
    check_keys(nlp, text, wanted, unwanted)


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "unwanted"), GOODS_AFTER_RECIPIENT)
def test_transfers_named_goods_after_recipient(
    nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]
) -> None:
    check_keys(nlp, text, wanted, unwanted)


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "unwanted"), DEALS_WON)
def test_transfers_named_goods_deal_won(nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]) -> None:
    check_keys(nlp, text, wanted, unwanted)
