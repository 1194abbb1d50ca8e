"""Transfer recall families on phrasings the verb lists missed (``components/transfers``): phrasal verbs of
acquiring and giving, arrivals of a delivery noun, and more. Each table has negatives; claims are compared on
(supplier, recipient, weapon) only, the weapon loosely, through ``check_keys`` of the list tests. Sentences
written for this suite.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from transfer_reader import Key, check_keys

# A verb and its particle meaning to acquire or to give: "picked up", "snapped up", "took over", "turned over".
PHRASAL = [
    ("Norway picked up four used Leopard tanks from Germany last year.", [("Germany", "Norway", "Leopard")], []),
    ("Morocco snapped up 36 Apache helicopters from the United States.", [("United States", "Morocco", "Apache")], []),
    (
        "The Philippines took over two frigates from South Korea in 2020.",
        [("South Korea", "Philippines", "frigate")],
        [],
    ),
    ("Chile will pick up three Type 23 frigates from Britain.", [("United Kingdom", "Chile", "Type 23")], []),
    ("Poland has turned over its T-72 tanks to Ukraine.", [("Poland", "Ukraine", "T-72")], []),
    pytest.param(
        "Slovakia passed on its MiG-29 jets to Kyiv.",
        [("Slovakia", "Ukraine", "MiG-29")],
        [],
        marks=pytest.mark.xfail(reason="the parser reads 'on' as a preposition, not the verb's particle"),
    ),
    # negatives: the same verbs of rescue, conquest, detection and production
    ("A Turkish frigate picked up survivors from the sunken ferry off Libya.", [], [("Libya", "Turkey", "frigate")]),
    ("Rebels took over two army bases from Sudanese troops.", [], [("Sudan", None, "base")]),
    ("Ukrainian radars picked up Shahed drones from Iran over Kyiv.", [], [("Iran", "Ukraine", "Shahed")]),
    ("Turkey took over the production of the Kirpi vehicle from its partners.", [], [(None, "Turkey", "Kirpi")]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "unwanted"), PHRASAL)
def test_transfers_phrasal_verbs(nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]) -> None:
    check_keys(nlp, text, wanted, unwanted)


# A verb of landing or docking is an arrival only when what lands is named as a delivery ("the first batch",
# "a shipment", "the first of the jets delivered"): aircraft flying in for a drill or a visit receive nothing.
LANDINGS = [
    (
        "A first batch of six Rafale jets from France landed in Croatia on Saturday.",
        [("France", "Croatia", "Rafale")],
        [],
    ),
    (
        "Four US F-35 jets landed in Poland on Monday, the first batch of a long-delayed delivery.",
        [("United States", "Poland", "F-35")],
        [],
    ),
    (
        "The second shipment of Leopard tanks from Germany docked in Lithuania.",
        [("Germany", "Lithuania", "Leopard")],
        [],
    ),
    ("A consignment of Chinese HQ-9 missiles landed in Egypt last week.", [("China", "Egypt", "HQ-9")], []),
    # negatives: a drill, a visit, a civil cargo
    ("Two Russian Tu-160 bombers landed in Venezuela for a joint exercise.", [], [("Russia", "Venezuela", "Tu-160")]),
    ("A Turkish F-16 landed in Azerbaijan after the parade.", [], [("Turkey", "Azerbaijan", "F-16")]),
    ("The first shipment of Ukrainian grain docked in Egypt.", [], [("Ukraine", "Egypt", "grain")]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "unwanted"), LANDINGS)
def test_transfers_landing_of_a_delivery(nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]) -> None:
    check_keys(nlp, text, wanted, unwanted)


# Where a shipment or a weapon "comes from": the "from" party gives it; the possessor or the place it is
# headed to receives it. Sentences that name no weapon, or where "from" names no party, are no transfer.
ORIGINS = [
    ("Most of Vietnam's weapons come from Russia.", [("Russia", "Vietnam", "weapon")], []),
    ("About 40% of Egypt's fighter jets come from France.", [("France", "Egypt", "fighter")], []),
    ("The shipment of rifles had come from Iran and was headed to Sudan.", [("Iran", "Sudan", "rifle")], []),
    ("The howitzers that arrived in Armenia last month came from India.", [("India", "Armenia", "howitzer")], []),
    ("The first Leopard tanks arrived in Ukraine from Poland on Friday.", [("Poland", "Ukraine", "Leopard")], []),
    # negatives: no weapon moved, or no party it came from
    ("Most of Vietnam's oil comes from Russia.", [], [("Russia", "Vietnam", "oil")]),
    ("The biggest threat to Kyiv comes from Russian missiles.", [], [("Russia", "Ukraine", "missile")]),
    ("The pilot of the Rafale jet came from France.", [], [("France", None, "Rafale")]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "unwanted"), ORIGINS)
def test_transfers_where_weapons_come_from(nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]) -> None:
    check_keys(nlp, text, wanted, unwanted)


# An earlier deal named again by a part of it or by what it covers: "the deal also covers", "another part of
# the deal would focus on", "the package would include". The deal's parties go to the weapons named there;
# content that is no weapon makes no claim.
DEAL_CONTENTS = [
    (
        "Serbia agreed to buy 12 Rafale jets from France on Monday. The deal also covers Meteor missiles.",
        [("France", "Serbia", "Meteor")],
        [],
    ),
    (
        "Libya is set to buy arms worth $2 billion from Russia. Another part of the deal would focus on Su-35 jets.",
        [("Russia", "Libya", "Su-35")],
        [],
    ),
    (
        (
            "Qatar will buy weapons worth $3 billion from Italy. The package would include NH90 helicopters and "
            "FREMM frigates."
        ),
        [("Italy", "Qatar", "NH90"), ("Italy", "Qatar", "FREMM")],
        [],
    ),
    (
        "Brazil signed a deal to buy jets from Sweden. The first phase of the contract covers 28 Gripen fighters.",
        [("Sweden", "Brazil", "Gripen")],
        [],
    ),
    # negatives: a deal's content that is no weapon
    (
        "Serbia agreed to buy 12 Rafale jets from France on Monday. The deal also covers pilot training.",
        [("France", "Serbia", "Rafale")],
        [("France", "Serbia", "training")],
    ),
    (
        (
            "Poland signed a deal to buy K2 tanks from South Korea. Another part of the deal would focus on local "
            "production."
        ),
        [("South Korea", "Poland", "K2")],
        [("South Korea", "Poland", "production")],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "unwanted"), DEAL_CONTENTS)
def test_transfers_deal_contents_named_later(nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]) -> None:
    check_keys(nlp, text, wanted, unwanted)


# Weapons said to be inside an earlier deal: "... are included in the package", "... are part of the deal". The
# deal's parties go to them; what is no weapon, or a part of something that is no deal, makes no claim.
INSIDE_DEAL = [
    (
        (
            "The US approved a $10 billion arms package for Poland. 18 HIMARS launchers and 45 ATACMS missiles are "
            "included in the package."
        ),
        [("United States", "Poland", "HIMARS"), ("United States", "Poland", "ATACMS")],
        [],
    ),
    (
        "Egypt signed a deal to buy jets from France. Thirty Rafale fighters are part of the deal.",
        [("France", "Egypt", "Rafale")],
        [],
    ),
    (
        "India agreed to buy arms from Russia. S-400 systems were also included in the contract.",
        [("Russia", "India", "S-400")],
        [],
    ),
    # negatives: no weapon, no deal, and a party of a relative clause on the weapon
    (
        (
            "Washington approved a sale of rockets to Poland. HIMARS launchers, which Kyiv has praised for their "
            "range, are included in the sale."
        ),
        [("United States", "Poland", "HIMARS")],
        [("Ukraine", "Poland", "HIMARS")],
    ),
    (
        "Egypt signed a deal to buy jets from France. Pilot training is included in the deal.",
        [],
        [("France", "Egypt", "training")],
    ),
    ("Two Rafale jets are part of the air show in Cairo.", [], [("France", "Egypt", "Rafale")]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "unwanted"), INSIDE_DEAL)
def test_transfers_weapons_inside_a_deal(nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]) -> None:
    check_keys(nlp, text, wanted, unwanted)


# The goods written "in the form of X" on the verb or on what it moves: "support in the form of Su-24 bombers".
# Help in the form of strikes, money or medicine is no arms transfer.
IN_THE_FORM_OF = [
    ("Russia provided military support to Syria in the form of Su-24 bombers.", [("Russia", "Syria", "Su-24")], []),
    (
        "Reinforcements to Iraq's air force came from Russia in the form of Su-25 jets.",
        [("Russia", "Iraq", "Su-25")],
        [],
    ),
    (
        "The United States sent aid to Ukraine in the form of Javelin missiles.",
        [("United States", "Ukraine", "Javelin")],
        [],
    ),
    # negatives
    ("Russia provided support to Syria in the form of air strikes.", [], [("Russia", "Syria", "strike")]),
    ("Help came from Turkey in the form of medical supplies.", [], [("Turkey", None, "suppl")]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "unwanted"), IN_THE_FORM_OF)
def test_transfers_goods_in_the_form_of(nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]) -> None:
    check_keys(nlp, text, wanted, unwanted)


# A cargo named again ("the cargo was destined for Sudan", "the shipment had come from Iran") with one side
# stated: the weapons and the other side are those of the cargo the article just told of. A cargo of
# something else, or with no earlier cargo, makes no claim.
CARGO_NAMED_AGAIN = [
    (
        (
            "Greek authorities seized a freighter carrying weapons en route from Turkey to Libya. Turkish officials "
            "said the cargo was destined for Sudan."
        ),
        [("Turkey", "Sudan", "weapon")],
        [],
    ),
    (
        (
            "The navy seized a dhow carrying 500 rifles bound for the Houthis. The shipment had come from Iran, "
            "officials said."
        ),
        [("Iran", "Houthis", "rifle")],
        [],
    ),
    (
        "Police intercepted a truck loaded with mortar shells headed to Sudan. The consignment had come from Chad.",
        [("Chad", "Sudan", "mortar")],
        [],
    ),
    # negatives: the seizing state supplies nothing; a cargo with no earlier arms claim is none
    (
        "Yemen's coast guard seized a dhow carrying 500 rifles bound for the Houthis.",
        [],
        [("Yemen", "Houthis", "rifle")],
    ),
    ("A freighter carrying wheat docked in Beirut. The cargo had come from Ukraine.", [], [("Ukraine", None, "wheat")]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "unwanted"), CARGO_NAMED_AGAIN)
def test_transfers_cargo_named_again(nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]) -> None:
    check_keys(nlp, text, wanted, unwanted)


# Weapons "on order": "has 26 Rafale-M jets on order from France" (the holder receives), "its AH-1Z Vipers, of which
# 12 are on order" (the owner of the weapons the clause hangs on receives). Weapons on display are no order.
ON_ORDER = [
    ("India has 26 Rafale-M jets on order from France.", [("France", "India", "Rafale")], []),
    (
        "The Philippine Air Force has 12 FA-50 jets on order from South Korea.",
        [("South Korea", "Philippines", "FA-50")],
        [],
    ),
    (
        (
            "Pakistan buys most of its helicopters from the United States. It chose the T129 to complement its "
            "AH-1Z Vipers, of which 12 are on order."
        ),
        [("United States", "Pakistan", "AH-1Z")],
        [],
    ),
    # negatives
    (
        "Egypt flies 24 Rafale jets bought from France, of which two are on display at the Cairo show.",
        [("France", "Egypt", "Rafale")],
        [],
    ),
    ("Two FA-50 jets from South Korea are on display in Manila.", [], [("South Korea", "Philippines", "FA-50")]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "unwanted"), ON_ORDER)
def test_transfers_weapons_on_order(nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]) -> None:
    check_keys(nlp, text, wanted, unwanted)
