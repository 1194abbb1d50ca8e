"""Status families of deal terms, non-binding agreements, a word's own plan under a verb of weighing, goods in
service, the reason of a penalty and a hedge on a neighbouring clause; each table with negatives. Sentences
written for this suite, run through the full pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from transfer_reader import statuses_in

# A deal's terms are an agreement, not a delivery: planned.
DEAL_TERMS = [
    ("Lockheed Martin was awarded a contract to supply 16 F-16 jets to Jordan.", "planned"),
    ("Turkey won a contract for the supply of four corvettes to Pakistan.", "planned"),
    # negatives: talks on the contract are still talks; a delivery told as done is confirmed
    ("Russia and India held talks on a contract for the supply of 12 Su-30 jets.", "negotiating"),
    ("Germany delivered 12 Leopard tanks to Ukraine under the contract.", "confirmed"),
    ("The shipment includes 12 Leopard tanks from Germany to Ukraine.", "confirmed"),
]


@pytest.mark.parametrize(("text", "status"), DEAL_TERMS)
def test_status_terms_deal_terms_are_planned(nlp: Language, text: str, status: str) -> None:
    assert statuses_in(nlp, text) == {status}


# A memorandum of understanding or a letter of intent binds no one: negotiating; a contract is planned.
NONBINDING = [
    ("Peru signed a memorandum of understanding with South Korea to buy two frigates.", "negotiating"),
    ("Peru signed a letter of intent with South Korea to buy two frigates.", "negotiating"),
    ("Peru signed an MoU on the purchase of two frigates from South Korea.", "negotiating"),
    # negatives
    ("Peru signed a contract with South Korea to buy two frigates.", "planned"),
    ("Peru signed an agreement with South Korea to buy two frigates.", "planned"),
]


@pytest.mark.parametrize(("text", "status"), NONBINDING)
def test_status_terms_nonbinding_agreements_negotiate(nlp: Language, text: str, status: str) -> None:
    assert statuses_in(nlp, text) == {status}


# "order" and "pledge" are plans by themselves, but a verb of weighing or wishing above them keeps them in talks.
WEIGHED_PLANS = [
    ("Chile is considering ordering six F-16 jets from the Netherlands.", "negotiating"),
    ("Chile wants to order six F-16 jets from the Netherlands.", "negotiating"),
    ("Spain is weighing whether to pledge more Leopard tanks to Ukraine.", "negotiating"),
    # negatives
    ("Chile ordered six F-16 jets from the Netherlands.", "planned"),
    ("Chile agreed to order six F-16 jets from the Netherlands.", "planned"),
    ("Germany pledged 14 Leopard tanks to Ukraine.", "planned"),
    ("Germany reportedly pledged 14 Leopard tanks to Ukraine.", "planned"),
]


@pytest.mark.parametrize(("text", "status"), WEIGHED_PLANS)
def test_status_terms_weighing_keeps_lexical_plans_in_talks(nlp: Language, text: str, status: str) -> None:
    assert statuses_in(nlp, text) == {status}


# Goods a deal or an order names that are in service were delivered: confirmed.
IN_SERVICE = [
    ("Egypt bought 24 Rafale jets from France, which are now in service with the air force.", "confirmed"),
    ("The K9 howitzers that Norway ordered from South Korea entered service in 2022.", "confirmed"),
    ("Norway ordered K9 howitzers from South Korea, which are in service with its army.", "confirmed"),
    ("Chile operates 12 F-16 jets bought from the Netherlands.", "confirmed"),
    ("Serbia deployed the FK-3 air defence system it bought from China.", "confirmed"),
    ("Egypt has commissioned the FREMM frigate it bought from France.", "confirmed"),
    # negatives: service to come, service negated, no service said, goods only shown or used by the seller
    ("Serbia will deploy the FK-3 air defence system it bought from China.", "planned"),
    ("Serbia displayed the FK-3 air defence system it bought from China.", "planned"),
    ("Egypt bought 24 Rafale jets from France, which will be in service by 2027.", "planned"),
    ("The K9 howitzers that Norway ordered from South Korea have not entered service.", "planned"),
    ("Norway ordered K9 howitzers from South Korea.", "planned"),
]


@pytest.mark.parametrize(("text", "status"), IN_SERVICE)
def test_status_terms_goods_in_service_were_delivered(nlp: Language, text: str, status: str) -> None:
    assert statuses_in(nlp, text) == {status}


# The reason a state is punished or thanked for is a fact the punishing verb neither blocks nor reports.
REASONS = [
    ("The US imposed sanctions, citing a law, on Turkey for acquiring S-400 missiles from Russia.", {"confirmed"}),
    ("Britain thanked Norway for sending NASAMS batteries to Ukraine.", {"confirmed"}),
    # negatives: a restriction on sales, a ban on buying, an accusation
    ("Washington imposed sanctions on arms sales from Russia to Iran.", set()),
    ("The EU banned Belarus from buying drones from Iran.", set()),
    ("The report accused Iran of supplying drones to Russia.", {"reported"}),
]


@pytest.mark.parametrize(("text", "expected"), REASONS)
def test_status_terms_reason_of_a_penalty_is_a_fact(nlp: Language, text: str, expected: set[str]) -> None:
    assert statuses_in(nlp, text) == expected


# A hedge written just before a clause hung on the trigger hedges that clause, not the trigger.
SIBLING_HEDGES = [
    (
        "Greece signed a deal to buy the F-35 fighter from the United States with deliveries reportedly to begin "
        "within three years.",
        "planned",
    ),
    (
        "Romania agreed to purchase K9 howitzers from South Korea with the first deliveries reportedly to take place in 2026.",
        "planned",
    ),
    # negatives: the hedge on the trigger itself
    ("Iran reportedly sent 300 drones to Russia.", "reported"),
    ("Iran sent 300 drones to Russia reportedly.", "reported"),
]


@pytest.mark.parametrize(("text", "status"), SIBLING_HEDGES)
def test_status_terms_hedge_of_a_sibling_clause(nlp: Language, text: str, status: str) -> None:
    assert statuses_in(nlp, text) == {status}


# Approvals and headline forms of a plan or a report the parser misreads.
HEADLINE_FORMS = [
    ("Delivery of Chinese J-10 jets to Egypt expected soon", {"planned"}),  # a bare participle: a passive
    ("Maldives to acquire drones from Turkey", {"planned"}),  # a plural name tagged as a noun
    ("Iran supplying drones to Venezuela, US says", {"reported"}),  # the clause read as a second subject
    ("Belarus sending tanks to Russia, Ukraine says", {"reported"}),
    ("The Dutch government gave the green light for the delivery of 18 F-16 jets to Ukraine.", {"planned"}),
    ("Seoul granted approval for the export of K2 tanks to Poland.", {"planned"}),
    # negatives: a clause with no speaker, an arrival told as done, a light that is no approval
    ("Belarus sending tanks to Russia", {"confirmed"}),
    ("German tanks arrived in Ukraine in March.", {"confirmed"}),
    ("Germany delivered 18 Leopard tanks to Ukraine under a green light from Berlin.", {"confirmed"}),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_FORMS)
def test_status_terms_approvals_and_headline_forms(nlp: Language, text: str, expected: set[str]) -> None:
    assert statuses_in(nlp, text) == expected


# A deal's terms in the present, and a transfer noun said to be due: planned.
TERMS_AND_DUE = [
    ("Under the agreement, Spain supplies 20 Leopard tanks to Chile by 2026.", "planned"),
    ("Under the deal, Peru receives two frigates from South Korea.", "planned"),
    ("The transfer of 12 Mirage jets from France to India is due in the spring.", "planned"),
    # negatives: a past delivery under a deal, a present with no deal, a transfer said to be done
    ("Under the deal, Peru received two frigates from South Korea.", "confirmed"),
    ("Peru receives two frigates from South Korea.", "confirmed"),
    ("The transfer of 12 Mirage jets from France to India is complete.", "confirmed"),
]


@pytest.mark.parametrize(("text", "status"), TERMS_AND_DUE)
def test_status_terms_present_terms_and_due_transfers(nlp: Language, text: str, status: str) -> None:
    assert statuses_in(nlp, text) == {status}
