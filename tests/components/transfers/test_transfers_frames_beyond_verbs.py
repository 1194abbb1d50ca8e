"""Transfer frames beyond give/sell verbs: members listed by a copula with "among", deal lists after a colon,
making "for" a named party, obtaining "from" a party, and classes of weapon inside a bundle named again.
Each family has negatives: production, use, and lists that are not deals. Sentences written for this suite."""

from __future__ import annotations

import pytest
from spacy.language import Language

Key = tuple[str | None, str | None, str]  # supplier, recipient, weapon


def keys(nlp: Language, text: str) -> set[Key]:
    return {(t.supplier, t.recipient, t.weapon) for t in nlp(text)._.arms_transfers}


AMONG = [
    (
        "Mi-35 helicopters are among the weapons supplied by Russia to Myanmar.",
        {("Russia", "Myanmar", "Mi-35")},
    ),
    (
        "Among the arms delivered by France to Egypt are Rafale jets and Mistral ships.",
        {("France", "Egypt", "Rafale"), ("France", "Egypt", "Mistral-class")},
    ),
    # negatives: "among" lists of weapons used or made, and of people trained
    ("Among the weapons used by the army are Mi-35 helicopters.", set()),
    ("Among the systems produced by Russia are Su-35 jets.", set()),
    ("Among the soldiers trained by France are 200 pilots.", set()),
]


@pytest.mark.parametrize(("text", "expected"), AMONG)
def test_transfers_frames_among_lists_members(nlp: Language, text: str, expected: set[Key]) -> None:
    assert {k for k in keys(nlp, text) if k[2] != "weapon"} == expected


COLON_DEALS = [
    (
        "Egypt signed two contracts with France: one for 24 Rafale jets and another for two FREMM frigates.",
        {("France", "Egypt", "Rafale"), ("France", "Egypt", "FREMM")},
    ),
    # negatives: amounts for services, and a colon after a clause of its own
    ("Egypt signed two contracts with France: one for training and another for maintenance.", set()),
    ("The company reported two deals: $10 million for training and $2 million for spare parts.", set()),
]


@pytest.mark.parametrize(("text", "expected"), COLON_DEALS)
def test_transfers_frames_deal_lists_after_a_colon(nlp: Language, text: str, expected: set[Key]) -> None:
    assert keys(nlp, text) == expected


def test_transfers_frames_amounts_after_a_colon_take_the_articles_pair(nlp: Language) -> None:
    text = (
        "The United States approved three weapons deals to the United Arab Emirates. "
        "The agency released three announcements regarding the proposed deals: $10.4 billion for 50 F-35A "
        "aircraft, $10 billion for 800 AIM-120C8 missiles and $2.97 billion for 18 MQ-9B drones."
    )
    found = {k[2] for k in keys(nlp, text) if k[:2] == ("United States", "United Arab Emirates")}
    assert {"F-35", "AIM-120", "MQ-9 Reaper"} <= found  # the AIM-120C-8 is a model of the AIM-120


BUILT_FOR = [
    ("China is building four Type 054A frigates for Pakistan.", {("China", "Pakistan", "Type 054A")}),
    ("Iran has been manufacturing Shahed drones for Russia.", {("Iran", "Russia", "Shahed")}),
    # negatives: production for no one named, for one's own forces, or of a plant
    ("Russia produces artillery shells for its army.", set()),
    ("Turkey builds drones for export.", set()),
    ("Germany produced tanks for decades.", set()),
    ("Iran is building a factory for Russia near Tehran.", set()),
]


@pytest.mark.parametrize(("text", "expected"), BUILT_FOR)
def test_transfers_frames_making_for_a_named_party(nlp: Language, text: str, expected: set[Key]) -> None:
    assert keys(nlp, text) == expected


SOURCED = [
    ("Poland secured 250 Abrams tanks from the United States.", {("United States", "Poland", "M1 Abrams")}),
    # negatives: securing a place, winning a contract with no goods from anyone
    ("Ukrainian troops secured the village near Bakhmut.", set()),
    ("Poland secured the border with new tanks.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SOURCED)
def test_transfers_frames_obtaining_from_a_party(nlp: Language, text: str, expected: set[Key]) -> None:
    assert keys(nlp, text) == expected


BUNDLE_CLASSES = [
    (
        "Sweden will send CV90 vehicles to Ukraine. The new aid package also includes rifles.",
        {("Sweden", "Ukraine", "CV90"), ("Sweden", "Ukraine", "rifle")},
    ),
    # negatives: "weapons" alone says nothing new; a bundle with no deal before it stays loose
    ("Sweden will send CV90 vehicles to Ukraine. The package includes weapons.", {("Sweden", "Ukraine", "CV90")}),
    ("The package includes grenade launchers and rifles.", set()),
]


@pytest.mark.parametrize(("text", "expected"), BUNDLE_CLASSES)
def test_transfers_frames_classes_inside_a_bundle_named_again(nlp: Language, text: str, expected: set[Key]) -> None:
    assert keys(nlp, text) == expected


DEPLOYMENTS = [
    ("Russia sent bombers to Venezuela for a joint exercise.", set()),
    ("Russia sent two Tu-160 bombers to Venezuela to take part in drills.", set()),
    ("Turkey sent troops and tanks to Syria.", set()),
    # negatives: a purpose that is the recipient's use, and trainers that are no troops, keep the transfer
    ("Germany sent Patriot systems to Ukraine to protect Kyiv.", {("Germany", "Ukraine", "Patriot")}),
    ("Russia sent Su-35 jets to Iran for its air force.", {("Russia", "Iran", "Su-35")}),
    ("Germany will send trainers and tanks to Ukraine.", {("Germany", "Ukraine", "tank")}),
]


@pytest.mark.parametrize(("text", "expected"), DEPLOYMENTS)
def test_transfers_frames_deployments_are_no_transfers(nlp: Language, text: str, expected: set[Key]) -> None:
    assert keys(nlp, text) == expected


def test_transfers_frames_a_place_adverb_takes_no_party_from_the_article(nlp: Language) -> None:
    text = (
        "France will sell Exocet missiles to Cyprus. France will deliver Mistral missiles to Cyprus. "
        "Turkey sent warships nearby to protect its research vessels."
    )
    assert {k[:2] for k in keys(nlp, text)} == {("France", "Cyprus")}


ADDED_AND_CHOSEN = [
    ("Egypt added 24 Rafale jets from France to its fleet.", {("France", "Egypt", "Rafale")}),
    ("Poland welcomed 24 K2 tanks from South Korea.", {("South Korea", "Poland", "K2 Black Panther")}),
    ("Poland selected the K2 tank from South Korea.", {("South Korea", "Poland", "K2 Black Panther")}),
    # negatives: captured goods, help that is no goods, choices with no supplier, targets chosen
    ("Ukraine added the captured tanks from Russian units to its brigades.", set()),
    ("Ukraine boosted production of drones with help from Turkey.", set()),
    ("Switzerland chose the F-35 over the Rafale.", set()),
    ("Russia chose Shahed drones to attack Kyiv.", set()),
    ("The army selected targets for the Iskander missiles.", set()),
    ("Ukraine chose to send its F-16s to the front.", set()),
    ("Russia prepared Iskander missiles for launch.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ADDED_AND_CHOSEN)
def test_transfers_frames_added_welcomed_and_chosen(nlp: Language, text: str, expected: set[Key]) -> None:
    assert keys(nlp, text) == expected


def test_transfers_frames_a_choice_takes_the_articles_seller_of_that_system(nlp: Language) -> None:
    text = "Sweden will sell 17 Gripen jets to Colombia. Colombia has chosen the Gripen to enhance its air defence."
    found = [t for t in nlp(text)._.arms_transfers if t.weapon == "Gripen"]
    assert {(t.supplier, t.recipient) for t in found} == {("Sweden", "Colombia")}


DEAL = "France will sell 24 Rafale jets to Egypt in a new deal."
CONTENTS_NAMED_BACK = [
    (f"{DEAL} It also includes 20 Meteor missiles.", ("France", "Egypt", "Meteor")),
    (f"{DEAL} It also covers 20 Meteor missiles.", ("France", "Egypt", "Meteor")),
    ("Iran has sent drones to Russia. These shipments included Shahed drones.", ("Iran", "Russia", "Shahed")),
]


@pytest.mark.parametrize(("text", "expected"), CONTENTS_NAMED_BACK)
def test_transfers_frames_contents_named_back_take_the_deals_parties(nlp: Language, text: str, expected: Key) -> None:
    assert expected in keys(nlp, text)


PRONOUN_NEGATIVES = [
    # no deal or bundle in the sentence before, or no weapon inside: the pronoun adds nothing to what is sold
    ("France will sell 24 Rafale jets to Egypt. It includes 20 Meteor missiles.", {"Rafale"}),
    (f"{DEAL} This includes training of pilots.", {"Rafale"}),
    ("Russia built a new factory. It includes a line for Iskander missiles.", set()),
]


@pytest.mark.parametrize(("text", "weapons"), PRONOUN_NEGATIVES)
def test_transfers_frames_a_pronoun_stands_for_a_bundle_only_after_one(
    nlp: Language, text: str, weapons: set[str]
) -> None:
    assert {t.weapon for t in nlp(text)._.arms_transfers} == weapons


HEADLINES = [
    ("Indonesia signs deal for 42 Rafale jets from France", {("France", "Indonesia", "Rafale")}),
    ("Greece close to deal for four French frigates", {("France", "Greece", "frigate")}),
    ("Egypt close to deal for six Italian frigates", {("Italy", "Egypt", "frigate")}),  # "deal" under "close"
    ("Chile near deal for 12 Swedish jets", {("Sweden", "Chile", "aircraft")}),
    ("Chinese drones delivered to Serbia", {("China", "Serbia", "UAV")}),
    ("Rafale jets shipped to Greece from France", {("France", "Greece", "Rafale")}),
    # negatives: "deal" as a verb, and a past tense whose subject is no goods
    ("Russia refuses to deal with Ukraine.", set()),
    ("Vietnam wants to deal for Russian jets", set()),
    ("The army delivered to the front lines.", set()),
    ("The government sold to the highest bidder.", set()),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_transfers_frames_headlines_with_words_left_out(nlp: Language, text: str, expected: set[Key]) -> None:
    assert keys(nlp, f"{text}\n\nThe news agency reported it on Monday, citing officials.") == expected


def test_transfers_frames_a_body_sentence_keeps_its_past_tense(nlp: Language) -> None:
    text = "Air show opens in Caracas\n\nRussian bombers flew to Venezuela in a show of force."
    assert keys(nlp, text) == set()


ACQUISITIONS_IN_DEALS = [
    (
        "Egypt is finalising its deal for acquisition of six frigates from Italy.",
        {("Italy", "Egypt", "frigate")},
    ),
    (
        "Egypt's deal for the acquisition of six frigates from Italy was signed.",
        {("Italy", "Egypt", "frigate")},
    ),
    # negative: a "from" that is no seller of the purchase
    ("Egypt returned to the purchase of jets after a break from Russia.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ACQUISITIONS_IN_DEALS)
def test_transfers_frames_acquisitions_inside_an_owned_deal(nlp: Language, text: str, expected: set[Key]) -> None:
    assert keys(nlp, text) == expected


DEMONSTRATIVE_THEMES = [
    (
        "The Serbian military displayed the Russian Pantsir air defence system. Serbia had already acquired this in 2020.",
        {("Russia", "Serbia", "Pantsir")},
    ),
    # the origin written on the weapon named before is kept, not the article's other seller
    (
        "Serbia will buy French Rafale jets. The Serbian military displayed the Russian Panzir air defence system. "
        "Serbia had already acquired this in 2020.",
        {("France", "Serbia", "Rafale"), ("Russia", "Serbia", "Panzir")},
    ),
    # negative: "this" after a verb that moves nothing
    ("Russia sent S-300 systems to Syria. Israel opposed this.", {("Russia", "Syria", "S-300")}),
]


@pytest.mark.parametrize(("text", "expected"), DEMONSTRATIVE_THEMES)
def test_transfers_frames_this_stands_for_the_weapon_just_named(nlp: Language, text: str, expected: set[Key]) -> None:
    assert keys(nlp, text) == expected
