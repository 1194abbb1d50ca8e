"""Status scope families (``components/transfers/status.py``): how far a denial, a deal's terms, a delivery and a
use reach over the trigger they govern or modify. One table per family with negatives; sentences written for this
suite, run through the full pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from transfer_reader import statuses_in

# A denial act only weighed or threatened leaves the deal as it was; the act itself still denies.
CONTEMPLATED_DENIALS = [
    ("Egypt plans to scrap its contract to buy Su-35 jets from Russia.", "planned"),
    ("Egypt may cancel the purchase of Su-35 jets from Russia.", "planned"),
    ("Egypt threatened to cancel the purchase of Su-35 jets from Russia.", "planned"),
    ("Norway is considering cancelling the purchase of K9 howitzers from South Korea.", "planned"),
    ("Norway could freeze the sale of K9 howitzers to Estonia, officials said.", "planned"),
    # negatives: the act done, or decided
    ("Egypt cancelled the purchase of Su-35 jets from Russia.", "denied"),
    ("Norway has suspended the sale of K9 howitzers to Estonia.", "denied"),
    ("Norway refused to sell K9 howitzers to Estonia.", "denied"),
    ("Russia denied supplying Su-35 jets to Egypt.", "denied"),
]


@pytest.mark.parametrize(("text", "status"), CONTEMPLATED_DENIALS)
def test_status_contemplated_denial_leaves_the_deal(nlp: Language, text: str, status: str) -> None:
    assert statuses_in(nlp, text) == {status}


# Goods a deal participle names that an unhedged verb of movement says were handed over or received: delivered.
HANDED_OVER_GOODS = [
    ("The company has handed over the six Super Tucano aircraft ordered by the Philippines from Brazil.", "confirmed"),
    ("Last week it delivered the K9 howitzers that Norway ordered from South Korea in 2017.", "confirmed"),
    ("Norway received the first of 24 K9 howitzers bought from South Korea.", "confirmed"),
    # negatives: a movement still to come, negated, or a verb that is no movement
    ("South Korea will deliver the K9 howitzers ordered by Norway in 2017.", "planned"),
    ("South Korea has not delivered the K9 howitzers ordered by Norway in 2017.", "denied"),
    ("Norway praised the K9 howitzers bought from South Korea.", "planned"),
]


@pytest.mark.parametrize(("text", "status"), HANDED_OVER_GOODS)
def test_status_goods_handed_over_are_delivered(nlp: Language, text: str, status: str) -> None:
    assert statuses_in(nlp, text) == {status}


# A deal or a buyer's programme stating its terms ("involves the supply of"): planned; its negation denies.
DEAL_TERMS = [
    ("The deal involves the supply of 12 Leopard tanks by Germany to Ukraine.", "planned"),
    ("The acquisition project includes the delivery of K9 howitzers from South Korea to Norway.", "planned"),
    # negatives: the terms negated; a delivery told as done
    ("The sale of Su-35 jets from Russia to Egypt does not include missiles.", "denied"),
    ("Germany delivered 12 Leopard tanks to Ukraine.", "confirmed"),
]


@pytest.mark.parametrize(("text", "status"), DEAL_TERMS)
def test_status_deal_terms_are_planned(nlp: Language, text: str, status: str) -> None:
    assert statuses_in(nlp, text) == {status}


# Goods still being made for their buyer are not delivered; made in the past they may be.
BUILDING = [
    ("China is building four frigates for Pakistan.", "planned"),
    ("Russia has been assembling six Su-30 jets for Myanmar under a contract signed in 2018.", "planned"),
    ("Hanwha will manufacture 24 K9 howitzers for Australia.", "planned"),
    # negative: a past making for a buyer
    ("China built four frigates for Pakistan in 2009.", "confirmed"),
]


@pytest.mark.parametrize(("text", "status"), BUILDING)
def test_status_goods_being_built_are_planned(nlp: Language, text: str, status: str) -> None:
    assert statuses_in(nlp, text) == {status}


# Bought goods that a clause says were put to use were delivered.
USED_GOODS = [
    ("Turkey sold Bayraktar TB2 drones to Azerbaijan, which used them in the 2020 war.", "confirmed"),
    ("Azerbaijan bought Harop drones from Israel, which it used against Armenia.", "confirmed"),
    ("The Harop drones Azerbaijan bought from Israel were used against Armenia.", "confirmed"),
    ("Harop drones bought from Israel were deployed by Azerbaijan in 2020.", "confirmed"),
    # negatives: a use of something else, a use still to come
    ("Turkey sold Bayraktar TB2 drones to Azerbaijan, which used artillery in the 2020 war.", "planned"),
    ("The Harop drones Azerbaijan bought from Israel will be used against Armenia.", "planned"),
]


@pytest.mark.parametrize(("text", "status"), USED_GOODS)
def test_status_goods_put_to_use_are_delivered(nlp: Language, text: str, status: str) -> None:
    assert statuses_in(nlp, text) == {status}


# An announced bundle is a pledge; waiting for a delivery is a plan; other speech still confirms.
PLEDGES = [
    ("The Pentagon announced a new $400 million aid package for Ukraine including HIMARS launchers.", "planned"),
    ("Norway announced a new package of NASAMS launchers for Ukraine.", "planned"),
    ("Norway is awaiting the delivery of 24 K9 howitzers from South Korea.", "planned"),
    # negatives: an announcement of a delivery made
    ("The Pentagon announced that it had delivered HIMARS launchers to Ukraine.", "confirmed"),
    ("Russia delivered Su-35 jets to Iran in 2023, the Kremlin said.", "confirmed"),
]


@pytest.mark.parametrize(("text", "status"), PLEDGES)
def test_status_announced_bundles_are_pledges(nlp: Language, text: str, status: str) -> None:
    assert statuses_in(nlp, text) == {status}


# A negated present predicate of a bare plural trigger states a rule, not a denial; a negated event still denies.
GENERIC_RULES = [
    ("Small arms shipments from Russia to Mali do not require approval.", "confirmed"),
    # negatives: a negated event of definite goods, or in the past
    ("The shipments of rifles from Russia to Mali did not arrive.", "denied"),
    ("Deliveries of Su-35 jets from Russia to Egypt did not take place.", "denied"),
    ("Russia did not deliver Su-35 jets to Egypt.", "denied"),
]


@pytest.mark.parametrize(("text", "status"), GENERIC_RULES)
def test_status_generic_rule_denies_nothing(nlp: Language, text: str, status: str) -> None:
    assert statuses_in(nlp, text) == {status}
