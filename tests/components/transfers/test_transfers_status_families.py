"""Status families of the README's convention (confirmed, reported, denied, negotiating, planned) and the party
routes that decide whether a speaker is a party, one table per family with negatives; sentences and headlines
written for this suite, run through the full pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from transfer_reader import statuses_in


def pairs(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(t.supplier, t.recipient, t.status) for t in nlp(text)._.arms_transfers}


# Hedges and attributions to a non-party (media, analysts, third states) report; a party's own voice confirms.
REPORTED = [
    ("Iran reportedly supplied Shahed drones to Russia.", "reported"),
    ("Iran allegedly sent ballistic missiles to Russia.", "reported"),
    ("North Korea could have sent artillery shells to Russia.", "reported"),
    ("Belarus may have supplied tanks to Russia.", "reported"),
    ("Iran is believed to have shipped drones to the Houthis.", "reported"),
    ("China is said to have delivered drones to Sudan.", "reported"),
    ("The Wall Street Journal reported that Iran sent drones to Russia.", "reported"),
    ("According to Reuters, Turkey delivered drones to Sudan.", "reported"),
    ("The US said North Korea supplied artillery shells to Russia.", "reported"),
    ("Analysts say China sold drones to Serbia.", "reported"),  # a deal only outsiders tell of
    ("China sold drones to Serbia, analysts said.", "reported"),
    ("Experts believe Iran bought Su-35 jets from Russia.", "reported"),
    # negatives: unhedged, in the article's own voice or a party's
    ("Germany sent IRIS-T launchers to Ukraine last year.", "confirmed"),
    ("Ukraine's defence ministry said it received 20 Leopard tanks from Poland.", "confirmed"),
    ("Germany's defence minister said Berlin sent 18 Leopard tanks to Ukraine.", "confirmed"),
    ("Officials say Germany sold tanks to Qatar.", "planned"),  # "officials" may be a party's: no outsider
]


@pytest.mark.parametrize(("text", "status"), REPORTED)
def test_status_families_hedges_and_attributions(nlp: Language, text: str, status: str) -> None:
    assert statuses_in(nlp, text) == {status}


# Plans, talks, denials and delays.
MODALITIES = [
    ("Germany will send 40 Marder vehicles to Ukraine.", "planned"),
    ("Norway pledged eight Leopard tanks to Ukraine.", "planned"),
    ("The State Department approved the sale of F-16 jets to Turkey.", "planned"),
    ("Spain agreed to supply 10 Leopard tanks to Ukraine.", "planned"),
    ("Poland ordered 96 Apache helicopters from the United States.", "planned"),
    ("Germany has yet to deliver the Taurus missiles to Ukraine.", "planned"),  # a delay, not a denial
    ("Egypt is in talks with Russia over Su-35 fighters.", "negotiating"),
    ("Algeria is seeking to buy Su-57 jets from Russia.", "negotiating"),
    ("Saudi Arabia is interested in acquiring KF-21 jets from South Korea.", "negotiating"),
    ("Egypt is considering buying J-10 jets from China.", "negotiating"),
    ("India is eyeing the purchase of Su-57 jets from Russia.", "negotiating"),
    ("Russia offered Su-35 jets to Indonesia.", "negotiating"),
    ("Iran denied sending drones to Russia.", "denied"),
    ("Turkey rejected claims that it sold drones to Ethiopia.", "denied"),
    ("China has never supplied weapons to Russia.", "denied"),
]


@pytest.mark.parametrize(("text", "status"), MODALITIES)
def test_status_families_plans_talks_denials(nlp: Language, text: str, status: str) -> None:
    assert statuses_in(nlp, text) == {status}


# A present progressive acquire verb is a purchase under way; a delivery going on, or a record of purchases, is not.
PROGRESSIVE = [
    ("Colombia is acquiring 16 Gripen jets from Sweden.", "planned"),
    ("Poland is getting 250 Abrams tanks from the United States.", "planned"),
    ("In the Gripen, Colombia is getting one of the most advanced aircraft from Sweden.", "planned"),
    # negatives
    ("Ukraine is receiving Patriot missiles from Germany.", "confirmed"),
    ("Egypt has been acquiring Rafale jets from France for years.", "confirmed"),
    ("Colombia acquired 16 Gripen jets from Sweden in 2020.", "confirmed"),
]


@pytest.mark.parametrize(("text", "status"), PROGRESSIVE)
def test_status_progressive_acquisition_is_planned(nlp: Language, text: str, status: str) -> None:
    assert statuses_in(nlp, text) == {status}


# A deal participle on goods a verb of a stock lists was a completed acquisition.
INVENTORY = [
    ("Among the weapons bought by Myanmar from Russia are MiG-29 fighters.", "confirmed"),
    ("The tanks purchased by Morocco from the United States include 162 Abrams.", "confirmed"),
    ("The arms bought from Russia by Myanmar include MiG-29 jets.", "confirmed"),
    # negatives: a judgement of the goods, a plan
    ("The F-16 jets bought from Denmark are expensive for Argentina.", "planned"),
    ("The F-16 jets bought by Argentina from Denmark will include 24 aircraft.", "planned"),
]


@pytest.mark.parametrize(("text", "status"), INVENTORY)
def test_status_inventory_of_bought_goods_is_confirmed(nlp: Language, text: str, status: str) -> None:
    assert statuses_in(nlp, text) == {status}


# Talks or a deal not yet concluded, or being concluded, are still negotiated; concluded talks are an agreement.
UNFINISHED = [
    ("Turkey has not completed negotiations on the sale of drones to Egypt.", "negotiating"),
    ("Turkey is finalising the sale of drones to Egypt.", "negotiating"),
    ("Pakistan is giving final touches to its deal for the acquisition of four warships from Turkey.", "negotiating"),
    ("Greece is putting the finishing touches on the purchase of 24 Rafale jets from France.", "negotiating"),
    ("Greece is close to a deal for 20 F-35 jets from the United States.", "negotiating"),
    # negatives
    ("Turkey completed negotiations on the sale of drones to Egypt.", "planned"),
    ("Turkey has not sold drones to Egypt.", "denied"),
    ("Turkey finalised the sale of drones to Egypt.", "planned"),
]


@pytest.mark.parametrize(("text", "status"), UNFINISHED)
def test_status_unfinished_deal_is_negotiating(nlp: Language, text: str, status: str) -> None:
    assert statuses_in(nlp, text) == {status}


# Headlines (a title line above a body) carry the same cues.
HEADLINES = [
    ("Iran Reportedly Sends Drones To Russia", "reported"),
    ("Iran Allegedly Shipped Missiles To Russia", "reported"),
    ("Germany To Send Leopard Tanks To Ukraine", "planned"),
    ("US Approves Sale Of F-16 Jets To Turkey", "planned"),
    ("Russia Denies Supplying S-400 Systems To Iran", "denied"),
    ("Egypt In Talks To Buy Su-35 Jets From Russia", "negotiating"),
    ("Colombia Is Acquiring Gripen Jets From Sweden", "planned"),
    ("Germany Delivers IRIS-T Launchers To Ukraine", "confirmed"),
]


@pytest.mark.parametrize(("headline", "status"), HEADLINES)
def test_status_families_in_headlines(nlp: Language, headline: str, status: str) -> None:
    text = f"{headline}\n\nThe report came on Monday. Officials gave no further details."
    assert statuses_in(nlp, text) == {status}


# A body's short form speaks for the state its full name gave ("the Nigeria Customs Service" ... "the Customs
# Service said"); a body the article gives no state is no party.
SHORT_BODIES = [
    (
        "The Nigeria Customs Service has seized arms twice this year. The Customs Service said it intercepted "
        "1,100 rifles imported from Turkey into Nigeria.",
        "confirmed",
    ),
    (
        "Greek authorities seized a freighter carrying weapons en route from Turkey to Libya, coast guard "
        "officials said.",
        "reported",
    ),
]


@pytest.mark.parametrize(("text", "status"), SHORT_BODIES)
def test_source_short_body_name_speaks_for_its_full_names_state(nlp: Language, text: str, status: str) -> None:
    assert statuses_in(nlp, text) == {status}


# Fighters marked irregular with a nationality are the armed group the article names, not the state.
GROUPS = [
    (
        "The UAE denied providing weapons to Sudanese paramilitary forces. Amnesty said the paramilitary "
        "Rapid Support Forces (RSF) used guided bombs.",
        "Rapid Support Forces",
    ),
    ("Iran sent drones to Yemeni rebel fighters, the report said. The Houthis used them against ships.", "Houthis"),
    # negatives: a state's armed forces; no armed group named
    ("Egypt sent tanks to the Sudanese armed forces fighting the Rapid Support Forces.", "Sudan"),
]


@pytest.mark.parametrize(("text", "recipient"), GROUPS)
def test_parties_described_fighters_are_the_named_group(nlp: Language, text: str, recipient: str) -> None:
    assert {r for _, r, _ in pairs(nlp, text)} == {recipient}
