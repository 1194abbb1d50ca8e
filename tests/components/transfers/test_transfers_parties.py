"""Tests of the article-level pass of arms_transfers: party resolution, the opening's frame, status and source.

Texts run through the full session pipeline (actors, weapons and quotes included), since the routes
tested here read the actor records. Each table pairs the route with negatives.
"""

from __future__ import annotations

import pytest
from claim_factory import make_claim
from spacy.language import Language

from arms_nlp.components.transfers import fill_parties

Key = tuple[str | None, str | None, str]


def pairs(nlp: Language, text: str, partial: bool = False) -> set[tuple[str | None, str | None]]:
    """The (supplier, recipient) pairs of the text's claims (partial ones too with ``partial``)."""
    pipe = nlp.get_pipe("arms_transfers")
    pipe.keep_partial = partial
    try:
        doc = nlp(text)
    finally:
        pipe.keep_partial = False
    return {(t.supplier, t.recipient) for t in doc._.arms_transfers}


def claims(nlp: Language, text: str) -> list[tuple[str | None, str | None, str, str | None]]:
    """(supplier, recipient, status, source) of each claim of the text."""
    return [(t.supplier, t.recipient, t.status, t.source) for t in nlp(text)._.arms_transfers]


@pytest.mark.parametrize(
    ("complete", "claim", "lede", "expected"),
    [
        # a party the article pairs with no one takes the first other party of the opening
        ([], ("Spain", None), ["Spain", "Ukraine"], ("Spain", "Ukraine")),
        ([], (None, "Ukraine"), ["Spain", "Ukraine"], ("Spain", "Ukraine")),
        # the opening names the known party only: left open
        ([], ("Spain", None), ["Spain"], ("Spain", None)),
        ([], ("Spain", None), [], ("Spain", None)),
        # a fellow supplier of the complete claims is no recipient
        (
            [("Norway", "Ukraine")],
            ("Finland", None),
            ["Norway", "Finland", "Ukraine"],
            ("Finland", "Ukraine"),
        ),
        # a party already paired with two partners stays ambiguous, whatever the opening says
        (
            [("Iran", "Russia"), ("North Korea", "Russia")],
            (None, "Russia"),
            ["Iran", "Russia"],
            (None, "Russia"),
        ),
    ],
)
def test_transfers_parties_fill_from_lede(
    complete: list[tuple[str, str]],
    claim: tuple[str | None, str | None],
    lede: list[str],
    expected: tuple,
) -> None:
    found = fill_parties([make_claim(*c) for c in complete] + [make_claim(*claim)], lede)[-1]
    assert (found.supplier, found.recipient) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state of an official speaking in the opening is one of its parties
        (
            "Tanks bought from Seoul arrived on Tuesday, Polish Defence Minister Mariusz Blaszczak said.",
            {("South Korea", "Poland")},
        ),
        # negative: an official whose state the text never gives adds no party
        (
            "Tanks bought from Seoul arrived on Tuesday, the defence minister said.",
            {("South Korea", None)},
        ),
    ],
)
def test_transfers_parties_lede_official_state(nlp: Language, text: str, expected: set) -> None:
    assert pairs(nlp, text, partial=True) == expected


def test_transfers_parties_lede_gives_no_supplier_to_a_system_made_elsewhere() -> None:
    found = fill_parties(
        [make_claim(None, "Ukraine", "Storm Shadow", "United Kingdom")],
        ["United States", "Ukraine"],
    )[-1]
    assert (found.supplier, found.recipient) == (None, "Ukraine")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spain will arm Ukraine this year. Spain will provide six Hawk launchers, the ministry said.",
            {("Spain", "Ukraine")},
        ),
        # the pronoun subject of a clause on the main one is its subject's owner, not the nearest name
        (
            (
                "Peru's air force is weighing offers of Gripen jets from Sweden and Rafales from France as it "
                "seeks to buy 24 combat aircraft."
            ),
            {("Sweden", "Peru"), ("France", "Peru")},
        ),
    ],
)
def test_transfers_parties_frame_in_text(nlp: Language, text: str, expected: set) -> None:
    assert expected <= pairs(nlp, text)
    assert ("Sweden", "France") not in pairs(nlp, text)


# ---------------------------------------------------------------- abbreviations defined in the text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ethiopian Air Force (EAF) flies old jets.",
            {"EAF": "Ethiopian Air Force"},
        ),
        (
            "the Defense Security Cooperation Agency (DSCA) said",
            {"DSCA": "Defense Security Cooperation Agency"},
        ),
        ("the Ministry of Defence (MoD) said", {"MoD": "Ministry of Defence"}),
        # initials that do not spell the bracket, or a bracket that is no abbreviation: nothing defined
        ("Tehran (AFP) said", {}),
        ("the UN (United Nations) said", {}),
        ("the Nigerian Army (NAF) said", {}),
    ],
)
def test_transfers_parties_defined_abbreviations(text: str, expected: dict[str, str]) -> None:
    from arms_nlp.components.transfers.links import defined_abbreviations

    assert defined_abbreviations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The Ethiopian Air Force (EAF) has flown Chinese jets for years. China delivered three Wing Loong "
                "drones to the EAF in May."
            ),
            {("China", "Ethiopia")},
        ),
        (
            "The Nigerian Air Force (NAF) took delivery of 12 Super Tucano aircraft from the United States.",
            {("United States", "Nigeria")},
        ),
        # an abbreviation the text never defines stays what it is
        (
            "China delivered three Wing Loong drones to the EAF in May.",
            {("China", "EAF")},
        ),
    ],
)
def test_transfers_parties_abbreviation_stands_for_its_state(nlp: Language, text: str, expected: set) -> None:
    assert pairs(nlp, text) == expected


# ---------------------------------------------------------------- status rules


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a delay is still to come, not a denial
        ("Russia has yet to deliver the S-400 systems to India.", "planned"),
        (
            "India is yet to receive the last two S-400 squadrons from Russia.",
            "planned",
        ),
        ("Russia has not yet delivered the S-400 systems to India.", "planned"),
        # negatives: a plain negation denies; a plain past is confirmed
        ("Russia has not delivered the S-400 systems to India.", "denied"),
        ("Russia has delivered the S-400 systems to India.", "confirmed"),
    ],
)
def test_transfers_status_delay_is_planned(nlp: Language, text: str, status: str) -> None:
    assert [c[2] for c in claims(nlp, text)] == [status]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # an act named as the topic of a judgement took place nowhere
        (
            "Sending heavy weapons to Ukraine would be too escalatory, the minister warned.",
            0,
        ),
        ("Supplying tanks to Ukraine could provoke Russia.", 0),
        # negatives: a gerund with its own subject, or a clause of its own, is a claim
        ("Germany sending tanks to Ukraine surprised Moscow.", 1),
        ("Germany is sending tanks to Ukraine.", 1),
    ],
)
def test_transfers_status_topic_gerund_is_nomake_claim(nlp: Language, text: str, count: int) -> None:
    pipe = nlp.get_pipe("arms_transfers")
    pipe.keep_partial = True
    try:
        found = nlp(text)._.arms_transfers
    finally:
        pipe.keep_partial = False
    assert len(found) == count


# ---------------------------------------------------------------- officials speak for their state


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the office keeps the state the article gave it earlier
        (
            (
                "Brazil's defence minister visited Beirut on Monday. The defence minister said Brazil had sent 12 "
                "Guarani vehicles to Lebanon."
            ),
            "confirmed",
        ),
        # ... not another office's state, nor a state never given
        (
            (
                "Russia's defence minister visited Beirut on Monday. The defence minister said Brazil had sent 12 "
                "Guarani vehicles to Lebanon."
            ),
            "reported",
        ),
        (
            "The defence minister said Brazil had sent 12 Guarani vehicles to Lebanon.",
            "reported",
        ),
        # an office named with its state, though no actor is recorded for it
        (
            "The German chancellor said that Berlin had delivered IRIS-T systems to Ukraine.",
            "confirmed",
        ),
        (
            "The Israeli prime minister said that Berlin had delivered IRIS-T systems to Ukraine.",
            "reported",
        ),
        # a state's media speak for no one
        (
            "German media said that Berlin had delivered IRIS-T systems to Ukraine.",
            "reported",
        ),
    ],
)
def test_transfers_status_official_speaks_for_state(nlp: Language, text: str, status: str) -> None:
    assert [c[2] for c in claims(nlp, text)] == [status]


@pytest.mark.parametrize(
    ("name", "office"),
    [
        ("Brazil's defence minister", "defence minister"),
        ("Russian foreign minister", "foreign minister"),
        ("defence minister", "defence minister"),
        ("Kremlin spokesman", "spokesperson"),
        ("senior official", "official"),
    ],
)
def test_transfers_parties_office_key(name: str, office: str) -> None:
    from arms_nlp.components.transfers.links import office_key

    assert office_key(name) == office


# ---------------------------------------------------------------- approvers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # approving a deal the article gave to another supplier clears it: no sale of the approver's own
        (
            (
                "Argentina bought 24 F-16 jets from Denmark. The U.S. government previously approved the aircraft "
                "transaction."
            ),
            {("Denmark", "Argentina")},
        ),
        # negatives: a deal with its own recipient, or a named system of its own, is the approver's sale
        (
            "The State Department approved the possible sale of Patriot interceptors to Morocco.",
            {("United States", "Morocco")},
        ),
        (
            "Denmark sold 24 F-16 jets to Argentina. Washington approved the sale of 12 Apache helicopters to Poland.",
            {("Denmark", "Argentina"), ("United States", "Poland")},
        ),
        (
            (
                "Indonesia ordered 42 Rafale jets from France. The State Department said it had approved the potential "
                "sale of 36 F-15 jets."
            ),
            {("France", "Indonesia"), ("United States", "Indonesia")},
        ),
    ],
)
def test_transfers_parties_approver_is_no_supplier_of_another_deal(nlp: Language, text: str, expected: set) -> None:
    assert pairs(nlp, text) == expected


# ---------------------------------------------------------------- lists and appositions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two Nordic states, Norway and Finland, will hand over NASAMS batteries to Kyiv.",
            {("Norway", "Ukraine"), ("Finland", "Ukraine")},
        ),
        (
            "NATO allies including Germany and France will send air defence systems to Ukraine.",
            {("Germany", "Ukraine"), ("France", "Ukraine")},
        ),
        (
            "Western countries such as the United States and Britain have supplied Stinger missiles to Ukraine.",
            {("United States", "Ukraine"), ("United Kingdom", "Ukraine")},
        ),
        (
            "Russia sold Su-35 jets to two countries, Egypt and Indonesia.",
            {("Russia", "Egypt"), ("Russia", "Indonesia")},
        ),
        # negatives: a list on something else than the party names no party
        (
            "Germany will send weapons including IRIS-T systems to Ukraine.",
            {("Germany", "Ukraine")},
        ),
        (
            "Germany will send IRIS-T systems to Ukraine, like France did last year.",
            {("Germany", "Ukraine")},
        ),
    ],
)
def test_transfers_parties_lists_give_one_claim_per_member(nlp: Language, text: str, expected: set) -> None:
    assert pairs(nlp, text) == expected


# ---------------------------------------------------------------- verbs of arming


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran has long denied arming the Houthis.",
            [("Iran", "Houthis", "denied", "Iran")],
        ),
        (
            "Russia armed the Syrian government during the war.",
            [("Russia", "Syria", "confirmed", None)],
        ),
        # negatives: a load carried, and an adjective, are no transfer
        ("The soldiers were armed with rifles.", []),
        ("Armed groups attacked the convoy near Goma.", []),
    ],
)
def test_transfers_parties_arming_gives_weapons(nlp: Language, text: str, expected: list) -> None:
    assert claims(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Iran is thought to have sent ballistic missiles to Russia.", "reported"),
        ("Iran appears to have shipped drones to Russia.", "reported"),
        ("Iran likely supplied drones to Russia.", "reported"),
        ("Iran probably sent drones to Russia.", "reported"),
        ("Iran allegedly supplied drones to Russia.", "reported"),
        # negatives: unhedged, the article's own voice confirms; a hedged future stays a plan
        ("Iran supplied drones to Russia.", "confirmed"),
        ("Iran will likely send drones to Russia.", "planned"),
    ],
)
def test_transfers_status_hedges_report(nlp: Language, text: str, status: str) -> None:
    assert [(c[2], c[3]) for c in claims(nlp, text)] == [(status, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an object under "no" denies; a denial keeps the speaker that states it
        (
            "The Kremlin spokesman said Russia had received no missiles from North Korea.",
            [("North Korea", "Russia", "denied", "Kremlin spokesman")],
        ),
        (
            "Iran sent no drones to Russia, Iranian officials said.",
            [("Iran", "Russia", "denied", "Iranian officials")],
        ),
        (
            "Iran has never sent drones to Russia, Iranian officials said.",
            [("Iran", "Russia", "denied", "Iranian officials")],
        ),
        # negatives: a count, or "no" elsewhere in the clause, denies nothing
        (
            "Iran sent 200 drones to Russia, Iranian officials said.",
            [("Iran", "Russia", "confirmed", "Iranian officials")],
        ),
        (
            "With no warning, Iran sent drones to Russia.",
            [("Iran", "Russia", "confirmed", None)],
        ),
    ],
)
def test_transfers_status_denials_and_their_speakers(nlp: Language, text: str, expected: list) -> None:
    assert claims(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # a body named with its state is the source as written, and a later "the ministry" is the same body
        (
            (
                "Colombia will buy 17 Gripen jets from Sweden, the Colombian defence ministry said. The ministry said "
                "Colombia had received the first jets."
            ),
            {"Colombian defence ministry"},
        ),
        (
            (
                "China's foreign ministry spoke on Monday. Beijing has never provided lethal weapons to Russia, the "
                "foreign ministry said."
            ),
            {"China's foreign ministry"},
        ),
        # negatives: a body never given a state names no source; a named person in the phrase is the source
        (
            "Beijing has never provided lethal weapons to Russia, the foreign ministry said.",
            {None},
        ),
        (
            "North Korea sent missiles to Russia, South Korea's national security adviser Shin Won-sik said.",
            {"Shin Won-sik"},
        ),
    ],
)
def test_transfers_source_body_of_a_state(nlp: Language, text: str, sources: set) -> None:
    assert {c[3] for c in claims(nlp, text)} == sources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a loose trigger naming one side is completed by a claim on the same named system
        (
            "France will transfer Mirage 2000-5 jets to Ukraine. Kiev has long requested Mirage 2000 warplanes.",
            {("France", "Ukraine", "planned"), ("France", "Ukraine", "negotiating")},
        ),
        # negatives: a class, or a system the article gives no one else, stays no claim
        (
            "France will transfer Mirage 2000-5 jets to Ukraine. Kiev has long requested warplanes.",
            {("France", "Ukraine", "planned")},
        ),
        (
            "France will transfer Mirage 2000-5 jets to Ukraine. Kiev has long requested F-16 jets.",
            {("France", "Ukraine", "planned")},
        ),
    ],
)
def test_transfers_parties_loose_trigger_completed_by_same_system(nlp: Language, text: str, expected: set) -> None:
    assert {(c[0], c[1], c[2]) for c in claims(nlp, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named system is supplied by its maker's state when the article names that state
        (
            (
                "Serbia bought FK-3 systems from China. Russian weapons are common in Serbia. Serbia also acquired "
                "Pantsir systems in 2020."
            ),
            {("China", "Serbia"), ("Russia", "Serbia")},
        ),
        # negative: a maker's state the article never names is no supplier
        (
            "Serbia bought FK-3 systems from China. Serbia also acquired Pantsir systems in 2020.",
            {("China", "Serbia")},
        ),
    ],
)
def test_transfers_parties_named_maker_supplies(nlp: Language, text: str, expected: set) -> None:
    assert pairs(nlp, text) == expected


def described_pairs(nlp: Language, text: str) -> set[tuple[str | None, str | None]]:
    """The (supplier, recipient) pairs, partial ones too, of the claims of the text's second sentence."""
    pipe = nlp.get_pipe("arms_transfers")
    pipe.keep_partial = True
    try:
        doc = nlp(text)
    finally:
        pipe.keep_partial = False
    second = text.index(". ") + 2
    return {(t.supplier, t.recipient) for t in doc._.arms_transfers if t.start >= second}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region description picks the one state of that region the article named before it
        (
            "Russia will sell Su-35 jets to Egypt. The North African nation will also receive S-300 missiles.",
            ("Russia", "Egypt"),
        ),
        (
            "France agreed to sell Rafale jets to Qatar. The Gulf emirate will also buy Exocet missiles from France.",
            ("France", "Qatar"),
        ),
        (
            "Vietnam met Russian officials on Monday. The Southeast Asian country bought two frigates from Russia.",
            ("Russia", "Vietnam"),
        ),
        (
            "Israel has courted Latin America. Colombia bought drones from the Middle Eastern nation.",
            ("Israel", "Colombia"),
        ),
        # a kind word (island, kingdom, emirate) narrows the states, alone or with a region
        (
            "Russia signed a deal with Iran. Cuba also met Russian officials. Russia will send MiG-29 jets to the"
            " island nation.",
            ("Russia", "Cuba"),
        ),
        (
            "Saudi Arabia and Qatar want new fighters. The Gulf kingdom bought Rafale jets from France.",
            ("France", "Saudi Arabia"),
        ),
        (
            "Egypt and Jordan met US officials. The Middle Eastern kingdom bought Patriot missiles from the United States.",
            ("United States", "Jordan"),
        ),
        (
            "Nicaragua met Russian officials. Russia will deliver MiG-29 jets to the Central American country.",
            ("Russia", "Nicaragua"),
        ),
        # a bare kind noun: the one state of that kind named before it
        (
            "Egypt and Jordan met US officials. The kingdom bought Patriot missiles from the United States.",
            ("United States", "Jordan"),
        ),
        (
            "Myanmar will see more deaths. Russia will deliver Su-30 jets to the military regime.",
            ("Russia", "Myanmar"),
        ),
    ],
)
def test_transfers_parties_region_description_names_its_state(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert expected in described_pairs(nlp, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # two Gulf kingdoms named before: the description fits both, so it names neither
        (
            "Saudi Arabia and Bahrain want new fighters. The Gulf kingdom bought Rafale jets from France.",
            {("France", "Saudi Arabia"), ("France", "Bahrain")},
        ),
        # two island states named before; no Middle Eastern kingdom named; a kind is no nearest state
        (
            "Japan and Taiwan want new jets. The island nation bought F-35 jets from the United States.",
            {("United States", "Japan"), ("United States", "Taiwan")},
        ),
        (
            "Egypt met US officials. The Middle Eastern kingdom bought Patriot missiles from the United States.",
            {("United States", "Egypt"), (None, "Egypt")},
        ),
        (
            "Russia signed a deal with Iran. Russia will deliver MiG-29 jets to the island nation.",
            {("Russia", "Iran"), (None, "Iran")},
        ),
        # a regime fits a state under military rule named before, not any earlier state; two juntas: neither
        (
            "Egypt met Russian officials. Russia will deliver Su-30 jets to the military regime.",
            {("Russia", "Egypt"), (None, "Egypt")},
        ),
        (
            "Myanmar and Mali met Russian officials. Russia will deliver Su-30 jets to the military regime.",
            {("Russia", "Myanmar"), ("Russia", "Mali")},
        ),
        # no state of that region named before: no party, and not the nearest state of another region
        (
            "Russia will sell Su-35 jets to Egypt. The Southeast Asian nation will also buy S-300 missiles.",
            {("Russia", "Egypt"), (None, "Egypt"), (None, "Russia")},
        ),
        # a region word that is not a description of a state ("the Gulf states" are many)
        (
            "Iran shipped drones to Russia. The Gulf states bought Patriot missiles from the United States.",
            {("United States", "Iran"), ("United States", "Russia")},
        ),
    ],
)
def test_transfers_parties_region_description_ambiguous_or_unfit(
    nlp: Language, text: str, wrong: set[tuple[str | None, str | None]]
) -> None:
    assert not (wrong & described_pairs(nlp, text))


def test_transfers_parties_region_description_via_an_officials_state(
    nlp: Language,
) -> None:
    # the state fitting the description is named only as an official's ("Israeli Defence Minister")
    text = (
        "Colombia hosted Israeli Defence Minister Amir Peretz. Colombia will buy drones from the Middle Eastern nation."
    )
    assert ("Israel", "Colombia") in described_pairs(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # "his country": the state of the official the pronoun refers to
        (
            "Swedish Defence Minister Pal Jonson spoke on Monday. He said his country would send 10 Leopard 2 tanks to Ukraine.",
            ("Sweden", "Ukraine"),
            set(),
        ),
        (
            "French President Emmanuel Macron visited Delhi. He said his government would deliver 100 artillery shells to India.",
            ("France", "India"),
            set(),
        ),
        # a person the article gives no state: "his country" names no one
        (
            "John Miller, a consultant, spoke on Monday. He said his country would sell 20 CV90 vehicles to Ukraine.",
            None,
            {("Sweden", "Ukraine"), ("John Miller", "Ukraine")},
        ),
        # "his company" is no state noun: not the official's state
        (
            "Swedish Defence Minister Pal Jonson met Tom Berg. Berg said his company would send 10 Leopard 2 tanks to Ukraine.",
            None,
            {("Sweden", "Ukraine")},
        ),
    ],
)
def test_transfers_parties_possessed_state_noun_is_the_speakers_state(
    nlp: Language,
    text: str,
    expected: tuple[str, str] | None,
    wrong: set[tuple[str | None, str | None]],
) -> None:
    found = described_pairs(nlp, text)
    assert expected is None or expected in found
    assert not (wrong & found)
