"""What each transfer claim moves (``components/transfers``): one claim per system the object lists, the object's
own systems rather than weapons named nearby, and weapons in general only when no member is named. Claims are
compared on (supplier, recipient, weapon), the weapon loosely (expected name inside the found one). Sentences
written for this suite.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from transfer_reader import Key, check_keys

COORDINATED_SYSTEMS = [
    (
        "Norway bought Mistral and Exocet missiles from France.",
        [("France", "Norway", "Mistral"), ("France", "Norway", "Exocet")],
        [],
    ),
    (
        "Greece signed a deal with Israel for the purchase of Spike (anti-tank) and Barak (air-defence) missiles.",
        [("Israel", "Greece", "Spike"), ("Israel", "Greece", "Barak")],
        [],
    ),
    (
        "Germany will send Leopard 2 and Marder vehicles to Ukraine.",
        [("Germany", "Ukraine", "Leopard 2"), ("Germany", "Ukraine", "Marder")],
        [],
    ),
    # negatives: one system named twice, or a system only saying what the goods are for
    ("Poland received Patriot PAC-3 missiles from the United States.", [("United States", "Poland", "Patriot")], []),
    (
        "The United States sold Taiwan F-16 munitions.",
        [("United States", "Taiwan", "munition")],
        [("United States", "Taiwan", "F-16")],
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), COORDINATED_SYSTEMS)
def test_transfers_items_coordinated_systems(nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]) -> None:
    check_keys(nlp, text, wanted, unwanted)


NAMED_MEMBERS = [
    (
        "Sweden will supply Thailand spare engines and weaponry, such as Meteor and IRIS-T missiles.",
        [("Sweden", "Thailand", "Meteor"), ("Sweden", "Thailand", "IRIS-T")],
        [("Sweden", "Thailand", "weapon")],
    ),
    (
        "Spain sent Ukraine weapons including Aspide launchers.",
        [("Spain", "Ukraine", "Aspide")],
        [("Spain", "Ukraine", "weapon")],
    ),
    # negatives: a kind of its own stays beside its members; weapons with no member named stay weapons
    (
        "The United States sold Taiwan F-16 munitions including AGM-88 HARM missiles.",
        [("United States", "Taiwan", "munition"), ("United States", "Taiwan", "HARM")],
        [],
    ),
    ("Spain sent Ukraine weapons including food.", [("Spain", "Ukraine", "weapon")], []),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), NAMED_MEMBERS)
def test_transfers_items_named_members(nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]) -> None:
    check_keys(nlp, text, wanted, unwanted)


NOUN_LISTS = [
    (
        "Dhaka held talks with China on the supply of three K-8 trainers, four Z-9 naval helicopters, patrol boats and "
        "air defence systems to Bangladesh.",
        [("China", "Bangladesh", "K-8"), ("China", "Bangladesh", "Z-9"), ("China", "Bangladesh", "patrol boat")],
        [],
    ),
    # negative: a weapon after the list's end, past a clause of its own, is no item of it
    (
        "The US sale of 12 F-16 jets to Egypt, a deal worth $1 billion, angered Israel, which flies F-35 jets.",
        [("United States", "Egypt", "F-16")],
        [("United States", "Egypt", "F-35")],
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), NOUN_LISTS)
def test_transfers_items_noun_lists(nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]) -> None:
    check_keys(nlp, text, wanted, unwanted)


CLASSES_NAMING_A_SYSTEM = [
    (
        "India sold BrahMos missiles to the Philippines in 2022. India will also supply an anti-ship missile system "
        "to the Philippines.",
        [("India", "Philippines", "BrahMos")],
        [("India", "Philippines", "anti-ship missile")],
    ),
    (
        "Saudi Arabia agreed to buy S-400 systems from Russia. Riyadh is also interested in buying Russian missile "
        "systems.",
        [("Russia", "Saudi Arabia", "S-400")],
        [("Russia", "Saudi Arabia", "missile system")],
    ),
    # negatives: two named systems leave the class open; a class the named system's kind is not stays a class
    (
        "Saudi Arabia agreed to buy S-400 and Pantsir systems from Russia. Riyadh is also interested in buying "
        "Russian missile systems.",
        [("Russia", "Saudi Arabia", "missile system")],
        [],
    ),
    (
        "Egypt bought Rafale jets from France. France will also sell tanks to Egypt.",
        [("France", "Egypt", "Rafale"), ("France", "Egypt", "tank")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CLASSES_NAMING_A_SYSTEM)
def test_transfers_items_classes_naming_a_system(
    nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]
) -> None:
    check_keys(nlp, text, wanted, unwanted)


def test_transfers_items_bare_class_stays_a_class(nlp: Language) -> None:
    """Goods written as a bare class ("will also deliver missiles") are more goods of that kind, not the system."""
    text = (
        "India sold BrahMos missiles to the Philippines in 2022. India will also deliver missiles to the Philippines."
    )
    check_keys(nlp, text, [("India", "Philippines", "BrahMos"), ("India", "Philippines", "missile")], [])


ACCOMPANYING_GOODS = [
    (
        "Washington approved the sale of 12 F-16 jets to Egypt, along with Harpoon missiles.",
        [("United States", "Egypt", "F-16"), ("United States", "Egypt", "Harpoon")],
        [],
    ),
    # negatives: a party along with, and equipment in general beside a named system
    (
        "Washington approved the sale of 12 F-16 jets to Egypt, along with its allies.",
        [("United States", "Egypt", "F-16")],
        [("United States", "Egypt", "ally")],
    ),
    (
        "Washington approved the sale of 12 F-16 jets to Egypt, along with other assorted military equipment.",
        [("United States", "Egypt", "F-16")],
        [("United States", "Egypt", "weapon")],
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), ACCOMPANYING_GOODS)
def test_transfers_items_accompanying_goods(nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]) -> None:
    check_keys(nlp, text, wanted, unwanted)


NAMED_KIND = [
    (
        "The US began shipping ATACMS missiles to Ukraine, becoming the first ally to provide Kyiv with weapons of "
        "that type.",
        [("United States", "Ukraine", "ATACMS")],
        [("United States", "Ukraine", "weapon")],
    ),
    # negative: weapons not characterised by an earlier kind stay weapons in general
    (
        "Britain sent Ukraine Storm Shadow missiles. France will also supply Ukraine with weapons.",
        [("United Kingdom", "Ukraine", "Storm Shadow"), ("France", "Ukraine", "weapon")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), NAMED_KIND)
def test_transfers_items_named_kind(nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]) -> None:
    check_keys(nlp, text, wanted, unwanted)
