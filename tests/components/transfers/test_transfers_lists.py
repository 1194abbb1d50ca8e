"""Transfer recall families over whole phrasings (``components/transfers``): lists the parser broke, and the
parties such items share. Each table has negatives; claims are compared on (supplier, recipient, weapon) only,
the weapon loosely (expected name inside the found one), so that the tests follow the frame and not the status
rules or the gazetteer's naming. Sentences written for this suite.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from transfer_reader import Key, check_keys

LISTS = [
    (
        "Egypt is ready to buy 24 Rafale jets, at least two batteries of S-300 air defense systems and several "
        "dozen T-90 tanks from Russia.",
        [("Russia", "Egypt", "S-300"), ("Russia", "Egypt", "T-90")],
        [],
    ),
    (
        "Algeria wants to buy about 12 Su-35 fighters, two divisions of S-400 systems and also to repair 40 tanks.",
        [],
        [("Russia", "Algeria", "tank"), (None, "Algeria", "tank")],
    ),
    (
        "Germany supplied IRIS-T systems to Ukraine, and Leopard tanks were used by Poland in the exercise.",
        [("Germany", "Ukraine", "IRIS-T")],
        [("Germany", "Ukraine", "Leopard"), ("Germany", "Poland", "Leopard")],
    ),
    (
        "Vietnam bought 12 Su-30 jets from Russia, and the army produces T-54 tanks at home.",
        [("Russia", "Vietnam", "Su-30")],
        [("Russia", "Vietnam", "T-54")],
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), LISTS)
def test_transfers_list_items_the_parser_hung_elsewhere(
    nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]
) -> None:
    check_keys(nlp, text, wanted, unwanted)


DEAL_GOODS = [
    (
        "Chile signed a contract with Israel for the purchase of Hermes drones.",
        [("Israel", "Chile", "Hermes")],
        [("Chile", "Israel", "Hermes")],
    ),
    (
        "Peru signed an agreement with Spain for the acquisition of two patrol boats.",
        [("Spain", "Peru", "patrol boat")],
        [],
    ),
    (  # a firm signing sells: its partner is not the seller
        "Saab signed a contract with Colombia for the purchase of Gripen jets.",
        [],
        [("Colombia", "Sweden", "Gripen"), ("Colombia", "Saab", "Gripen")],
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), DEAL_GOODS)
def test_transfers_purchase_inside_a_deal_takes_the_deal_sides(
    nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]
) -> None:
    check_keys(nlp, text, wanted, unwanted)


COMPANIES = [
    ("Chile will buy four frigates from the Spanish company Velmora Yards.", [("Spain", "Chile", "frigate")], []),
    (
        "Peru will buy six corvettes from Turkish state-owned firm Dorvan Marine.",
        [("Turkey", "Peru", "corvette")],
        [],
    ),
    (  # no nationality written: the firm stays itself
        "Chile will buy four frigates from the company Velmora Yards.",
        [],
        [("Spain", "Chile", "frigate")],
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), COMPANIES)
def test_transfers_firm_with_a_nationality_sells_for_its_state(
    nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]
) -> None:
    check_keys(nlp, text, wanted, unwanted)


RAISED_PASSIVES = [
    ("Thousands of Polish-made shells are set to be delivered to Moldova.", [("Poland", "Moldova", "shell")], []),
    ("The Gripen jets are expected to be handed over to Thailand by Sweden.", [("Sweden", "Thailand", "Gripen")], []),
    (  # the subject of an active infinitive still gives
        "Spain is set to deliver six Leopard tanks to Latvia.",
        [("Spain", "Latvia", "Leopard")],
        [],
    ),
    (  # a passive of use is no transfer
        "The Polish-made shells are expected to be fired at the range.",
        [],
        [("Poland", None, "shell")],
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), RAISED_PASSIVES)
def test_transfers_raised_passive_subject_is_the_goods(
    nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]
) -> None:
    check_keys(nlp, text, wanted, unwanted)


AGREED_PAIRS = [
    ("Norway and Germany agreed to a purchase of 44 Leopard tanks.", [("Germany", "Norway", "Leopard")], []),
    ("India and France agreed on the sale of 26 Rafale jets.", [("France", "India", "Rafale")], []),
    (  # one signer with its seller named: the signer buys
        "Peru agreed to the purchase of 24 Rafale jets from France.",
        [("France", "Peru", "Rafale")],
        [("Peru", "France", "Rafale")],
    ),
    (  # a pair agreeing on something that is no transfer
        "Norway and Germany agreed to a joint production of tanks.",
        [],
        [("Germany", "Norway", "tank"), ("Norway", "Germany", "tank")],
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), AGREED_PAIRS)
def test_transfers_pair_agreeing_to_a_purchase_are_its_two_sides(
    nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]
) -> None:
    check_keys(nlp, text, wanted, unwanted)


ORDERS_AND_PARTICIPLES = [
    ("Qatar placed an order for 24 Rafale jets with France.", [("France", "Qatar", "Rafale")], []),
    (  # a firm placing an order buys for itself: no state turned round
        "Saab placed an order with Colombia for Gripen parts.",
        [],
        [("Colombia", "Sweden", "Gripen")],
    ),
    ("Japan will transfer used TC-90 aircraft to Peru.", [("Japan", "Peru", "TC-90")], []),
    (  # a participle after the verb with its own auxiliary is a clause, not an adjective
        "Japan will transfer what was used in the drills to Peru.",
        [],
        [("Japan", "Peru", "TC-90")],
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), ORDERS_AND_PARTICIPLES)
def test_transfers_orders_with_a_seller_and_misread_participles(
    nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]
) -> None:
    check_keys(nlp, text, wanted, unwanted)


SEIZURES = [
    (  # the seizing state is neither side of a cargo whose destination no party names
        "Egypt seized a boat carrying Libyan rifles destined for smugglers in Sinai.",
        [],
        [("Libya", "Egypt", "rifle")],
    ),
    ("Egypt seized a boat carrying Libyan rifles destined for Hamas.", [("Libya", "Hamas", "rifle")], []),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), SEIZURES)
def test_transfers_seizing_state_is_not_the_recipient(
    nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]
) -> None:
    check_keys(nlp, text, wanted, unwanted)
