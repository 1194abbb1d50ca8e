"""Keys of transfers whose recipient or giver is not the first party the sentence names
(``roles._end_users``, ``component._weapon_gives``): an end user after "for" receives, not the transit
country after "to"; a weapon that "provides" a capability gives nothing. Sentences written for this suite."""

from __future__ import annotations

import pytest
from spacy.language import Language
from transfer_reader import transfers_in

Pair = tuple[str | None, str | None]


def pairs(nlp: Language, text: str) -> set[Pair]:
    return {(t.supplier, t.recipient) for t in transfers_in(nlp, text)}


END_USERS = [
    ("Serbia sold rifles to Jordan for Syrian rebels.", {("Serbia", "Syrian rebels")}),
    ("Iran shipped rockets to Yemen for the Houthis.", {("Iran", "Houthis")}),
    ("Belarus sent mortars to Libya for militants in Syria.", {("Belarus", "Syrian militants")}),
    # an event noun taking the "to X" of its verb takes the end user too
    (
        "Bulgaria has sent two shipments of grenades to Jordan for militants in Syria.",
        {("Bulgaria", "Syrian militants")},
    ),
    ("Germany sent tanks to Poland for Ukraine.", {("Germany", "Ukraine")}),
    # negatives: a price, a purpose, a date, an exercise after "for"
    ("Germany sold tanks to Poland for 2 billion euros.", {("Germany", "Poland")}),
    ("The US sent missiles to Poland for its air defence.", {("United States", "Poland")}),
    ("Germany sold tanks to Poland for Christmas.", {("Germany", "Poland")}),
    ("Germany sent tanks to Poland for border defence.", {("Germany", "Poland")}),
    ("Germany sent two shipments of tanks to Poland.", {("Germany", "Poland")}),
]


@pytest.mark.parametrize(("text", "expected"), END_USERS)
def test_end_users_after_for_receive(nlp: Language, text: str, expected: set[Pair]) -> None:
    assert pairs(nlp, text) == expected


WEAPON_GIVERS = [
    ("Cruise missiles that launch from ships and submarines provide Australia with strike capability.", set()),
    ("The HIMARS rockets gave Ukraine a decisive edge.", set()),
    # negatives: a party gives; a weapon given in a relative clause
    ("Germany supplied Ukraine with Leopard tanks.", {("Germany", "Ukraine")}),
    ("The tanks that Germany supplied to Ukraine arrived.", {("Germany", "Ukraine")}),
    ("Drones from Iran gave Russia a new weapon, and Iran later sent Russia more drones.", {("Iran", "Russia")}),
]


@pytest.mark.parametrize(("text", "expected"), WEAPON_GIVERS)
def test_end_users_weapon_as_giver_is_no_transfer(nlp: Language, text: str, expected: set[Pair]) -> None:
    assert pairs(nlp, text) == expected


MAKERS_OF_GOODS_REFERRED_BACK = [
    (
        "Turkey will sell T129 helicopters to Pakistan. The T129 will complement the AH-1Z Vipers, of which 12 are on"
        " order.",
        {("Turkey", "Pakistan"), ("United States", "Pakistan")},
    ),
    (
        "Russia will deliver Su-35 jets to Egypt. The jets will join the F-16 fighters, of which 20 are on order.",
        {("Russia", "Egypt"), ("United States", "Egypt")},
    ),
    # negatives: a deal named again holds its seller's goods; a system the article's supplier makes; a class
    (
        "Chile bought 24 F-16 jets from Norway. The contract also includes AIM-120 missiles.",
        {("Norway", "Chile")},
    ),
    (
        "Turkey will sell T129 helicopters to Pakistan. The first T129 helicopters, of which 12 are on order, will"
        " fly in May.",
        {("Turkey", "Pakistan")},
    ),
    (
        "Turkey will sell T129 helicopters to Pakistan. The helicopters, of which 12 are on order, will fly in May.",
        {("Turkey", "Pakistan")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MAKERS_OF_GOODS_REFERRED_BACK)
def test_end_users_goods_referred_back_come_from_their_maker(nlp: Language, text: str, expected: set[Pair]) -> None:
    assert pairs(nlp, text) == expected


CLASS_RECIPIENTS = [
    (
        "South Korea will sell K2 tanks to Poland. South Korea has a policy of not providing weapons to conflict zones.",
        {("South Korea", "Poland")},
    ),
    (
        "Turkey delivered TB2 drones to Mali. Insurgents blocked efforts to deliver food and rifles to trapped"
        " civilians.",
        {("Turkey", "Mali")},
    ),
    # negatives: a party noun or a state-group noun stays open to the article's partner; a named recipient
    (
        "Turkey delivered TB2 drones to Mali. Turkey also sent rifles to its forces.",
        {("Turkey", "Mali")},
    ),
    (
        "Turkey delivered TB2 drones to Mali. Turkey also sent rifles to Niger.",
        {("Turkey", "Mali"), ("Turkey", "Niger")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLASS_RECIPIENTS)
def test_end_users_class_recipient_takes_no_partner(nlp: Language, text: str, expected: set[Pair]) -> None:
    assert pairs(nlp, text) == expected


INTERMEDIARIES = [
    (
        "Serbia sold grenades to Oman, which arranged delivery through Jordan to Syrian rebels.",
        {("Serbia", "Oman"), ("Oman", "Syrian rebels")},
    ),
    (
        "Belarus sold mortars to Libya, which organised shipment to Chadian rebels.",
        {("Belarus", "Libya"), ("Libya", "Chadian rebels")},
    ),
    # negatives: fighters the text does not name take no partner; a relative clause moving nothing onward
    ("Serbia sold grenades to Oman, which arranged delivery through Jordan to the rebels.", {("Serbia", "Oman")}),
    ("Russia sold jets to Egypt, which signed the contract in May.", {("Russia", "Egypt")}),
]


@pytest.mark.parametrize(("text", "expected"), INTERMEDIARIES)
def test_end_users_intermediary_passes_goods_on(nlp: Language, text: str, expected: set[Pair]) -> None:
    assert pairs(nlp, text) == expected
