"""Transfer frames beyond give/sell verbs (``components/transfers/frames.py``), one table per family, each with
negatives. Sentences written for this suite, run through the full pipeline; a weapon is compared loosely (the
expected name inside the found one, "Apache" ~ "AH-64 Apache") so that the tests follow the frame, not the
weapons gazetteer's naming.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from spacy.language import Language
from transfer_reader import transfers_in

from arms_nlp.components.transfers.frames import elliptical_count, standing_object
from arms_nlp.kb.transfer_patterns import FramePattern, transfer_patterns
from arms_nlp.kb.transfers import transfer_lexicon

Key = tuple[str, str, str, str]  # supplier, recipient, weapon, status


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().replace("-", " ").split())


def claims(nlp: Language, text: str) -> list[tuple[str | None, str | None, str | None, str, float | None]]:
    return [(t.supplier, t.recipient, t.weapon, t.status, t.quantity) for t in transfers_in(nlp, text)]


def assert_claims(found: list[tuple], expected: set[Key]) -> None:
    """Every expected claim found once, nothing else found."""
    rest = list(found)
    for supplier, recipient, weapon, status in expected:
        match = next(
            (f for f in rest if (f[0], f[1], f[3]) == (supplier, recipient, status) and _norm(weapon) in _norm(f[2])),
            None,
        )
        assert match is not None, f"missing {(supplier, recipient, weapon, status)} in {found}"
        rest.remove(match)
    assert not rest, f"unexpected {rest}"


DEALS = [
    (
        "Poland signed a $4.6 billion deal for 96 Apache helicopters from the United States.",
        {("United States", "Poland", "Apache", "planned")},
    ),
    (
        "Greece signed a $3 billion contract with France for 24 Rafale jets.",
        {("France", "Greece", "Rafale", "planned")},
    ),
    (
        "Egypt signed a contract worth 1.2 billion euros for 30 Rafale fighters from France.",
        {("France", "Egypt", "Rafale", "planned")},
    ),
    (
        "Japan's order for 105 F-35 jets from the United States was confirmed.",
        {("United States", "Japan", "F-35", "planned")},
    ),
    # goods named in a relative clause on the deal; two signers are its two sides
    (
        "The United States approved a $1.2 billion sale to Taiwan that includes 12 F-16 jets.",
        {("United States", "Taiwan", "F-16", "planned")},
    ),
    (
        "Washington and Riyadh signed a $110 billion deal that includes THAAD missile defence systems.",
        {("United States", "Saudi Arabia", "THAAD", "planned")},
    ),
    # a maker signing with a state sells: the two sides are oriented by the system's maker
    ("Saab signed a contract with Colombia for 17 Gripen jets.", {("Sweden", "Colombia", "Gripen", "planned")}),
    ("Hanwha Aerospace signed a deal with Poland for 152 K9 howitzers.", {("South Korea", "Poland", "K9", "planned")}),
    # a deal named again by what it includes: the parties of the deal just stated
    (
        "Argentina bought 24 F-16 jets from Denmark. The contract also includes AIM-9X missiles.",
        {("Denmark", "Argentina", "F-16", "planned"), ("Denmark", "Argentina", "AIM-9", "planned")},
    ),
    # the infinitive hung on the deal's amount is done by the signer
    (
        "Poland signed a deal worth about $6.5 billion to purchase 180 K2 tanks from South Korea.",
        {("South Korea", "Poland", "K2", "planned")},
    ),
    # negatives: a deal for no weapon, a deal with no seller
    ("Poland signed a $2 billion contract with France for the construction of a port.", set()),
    ("Poland signed a deal for 96 Apache helicopters.", set()),
    ("Iran signed a deal with Russia for wheat.", set()),
    (
        "Argentina bought 24 F-16 jets from Denmark. The contract also includes training.",
        {("Denmark", "Argentina", "F-16", "planned")},
    ),
    ("The airline placed an order for 40 Airbus jets.", set()),
]

EXCHANGES = [
    (
        "Iran sent drones to Russia in exchange for Su-35 fighter jets.",
        {("Iran", "Russia", "UAV", "confirmed"), ("Russia", "Iran", "Su-35", "confirmed")},
    ),
    (
        "Russia will provide Iran with fighter jets in return for drones.",
        {("Russia", "Iran", "fighter", "planned"), ("Iran", "Russia", "UAV", "planned")},
    ),
    # negatives: what is given back is no weapon; an exchange of prisoners
    (
        "North Korea shipped artillery shells to Russia in exchange for oil.",
        {("North Korea", "Russia", "artillery shell", "confirmed")},
    ),
    ("Iran exchanged prisoners with the United States in return for frozen funds.", set()),
]

CARGO = [
    (
        "The vessel carrying 2,000 AK-47 rifles from Iran was bound for Yemen.",
        {("Iran", "Yemen", "AK-47", "confirmed")},
    ),
    (
        "The dhow, which was bound for Yemen, carried anti-tank missiles from Iran.",
        {("Iran", "Yemen", "anti-tank missile", "confirmed")},
    ),
    ("The seized cargo of Iranian drones was destined for the Houthis.", {("Iran", "Houthis", "UAV", "confirmed")}),
    (
        "A shipment of Iranian rifles en route to Yemen was seized by the navy.",
        {("Iran", "Yemen", "rifle", "confirmed")},
    ),
    ("Iranian Drones Bound for Russia Seized in Caspian Sea", {("Iran", "Russia", "UAV", "confirmed")}),  # a headline
    ("The navy seized a Yemen-bound dhow carrying Iranian rifles.", {("Iran", "Yemen", "rifle", "confirmed")}),
    (
        "The navy seized a freighter carrying rifles en route from Turkey to Libya.",
        {("Turkey", "Libya", "rifle", "confirmed")},
    ),
    (
        "Authorities intercepted a Russia-bound shipment of North Korean artillery shells.",
        {("North Korea", "Russia", "artillery shell", "confirmed")},
    ),
    (
        "A navy ship seized 200 packages from a vessel containing Iranian-made missile components destined for the Houthis.",
        {("Iran", "Houthis", "missile", "confirmed")},
    ),
    (
        "Russia has flown air defence systems from its base in Syria to eastern Libya for the Libyan National Army.",
        {("Russia", "Libyan National Army", "air defense", "confirmed")},
    ),
    (
        "French forces seized 3,000 assault rifles from a fishing vessel that was transporting them from Iran to Yemen.",
        {("Iran", "Yemen", "rifle", "confirmed")},
    ),
    (
        "The seized cargo included Iranian Toophan missiles intended for the Houthis.",
        {("Iran", "Houthis", "Toophan", "confirmed")},
    ),
    # negatives: a cargo that is no weapon; a carrier with no party
    ("The ship bound for Egypt carried 60,000 tonnes of wheat from Ukraine.", set()),
    ("The ship transported grain to Egypt.", set()),
    ("The cargo ship transports cars from Japan to Europe.", set()),
    ("Ukrainian tanks headed to the front line near Bakhmut.", set()),
    ("Russian troops en route to Kyiv were destroyed by Javelin missiles.", set()),
    ("Russia is bound by the treaty not to station missiles in Belarus.", set()),
]

DELIVERIES = [
    (
        "Ukraine took delivery of IRIS-T air defence systems from Germany.",
        {("Germany", "Ukraine", "IRIS-T", "confirmed")},
    ),
    (
        "The UAE gifted 20 armoured vehicles to Somalia.",
        {("United Arab Emirates", "Somalia", "armored vehicle", "confirmed")},
    ),
    ("Canada pledged four Leopard 2 tanks to Ukraine.", {("Canada", "Ukraine", "Leopard 2", "planned")}),
    ("Turkey handed over six Bayraktar drones to Kosovo.", {("Turkey", "Kosovo", "Bayraktar", "confirmed")}),
    (
        "The first batch of J-10C fighters from China arrived in Egypt last month.",
        {("China", "Egypt", "J-10", "confirmed")},
    ),
    (
        "The deal includes 12 Caesar howitzers, which France will deliver to Armenia.",
        {("France", "Armenia", "Caesar", "planned")},
    ),
    ("Germany will lend Ukraine two Patriot batteries.", {("Germany", "Ukraine", "Patriot", "planned")}),
    ("Iran sold $5 billion in weapons to Russia.", {("Iran", "Russia", "weapon", "planned")}),
    ("Libya is ready to buy 20 fighter planes from Russia.", {("Russia", "Libya", "fighter", "negotiating")}),
    ("Five TC-90 aircraft were gifted to the Philippines by Japan.", {("Japan", "Philippines", "TC-90", "confirmed")}),
    (
        "Ukraine was promised 100 Leopard 1 tanks by Germany and Denmark.",
        {("Germany", "Ukraine", "Leopard 1", "planned"), ("Denmark", "Ukraine", "Leopard 1", "planned")},
    ),
    ("The United States leased two MQ-9 Reaper drones to India.", {("United States", "India", "MQ-9", "confirmed")}),
    (
        "Nigeria sourced its Super Tucano aircraft from the United States.",
        {("United States", "Nigeria", "Super Tucano", "confirmed")},
    ),
    (
        "The handover of 14 Leopard 2 tanks to Ukraine by Poland took place on Friday.",
        {("Poland", "Ukraine", "Leopard 2", "confirmed")},
    ),
    (
        "Ukraine has been supplied with HIMARS launchers by the United States.",
        {("United States", "Ukraine", "HIMARS", "confirmed")},
    ),
    ("Washington greenlit the sale of 8 F-16 jets to Bulgaria.", {("United States", "Bulgaria", "F-16", "planned")}),
    # a participle on the weapon gives; its holder or the place it arrives receives
    (
        "Ukraine's Patriot batteries, supplied by the United States, shot down six missiles.",
        {("United States", "Ukraine", "Patriot", "confirmed")},
    ),
    (
        "The Leopard tanks donated by Germany arrived in Ukraine in March.",
        {("Germany", "Ukraine", "Leopard", "confirmed")},
    ),
    # a relative clause on a weapon someone uses or wants: that party is the recipient
    (
        "Kyiv wants ATACMS missiles, which Washington has so far refused to send.",
        {("United States", "Ukraine", "ATACMS", "denied")},
    ),
    (
        "Iran has developed the Shahed-136 drone, which it has sold to Russia.",
        {("Iran", "Russia", "Shahed-136", "planned")},
    ),
    # a supplier's share of imports
    (
        "Russia accounted for 36% of India's arms imports between 2019 and 2023.",
        {("Russia", "India", "weapon", "confirmed")},
    ),
    ("France made up a third of Qatar's arms imports.", {("France", "Qatar", "weapon", "confirmed")}),
    ("Exports accounted for 30% of Russia's arms production.", set()),
    # negatives: use, domestic production, a weapon shot down, a carried load, money lent
    ("The howitzer is equipped with a 155mm gun made by Germany.", set()),
    ("The United States loaned Ukraine $20 billion.", set()),
    ("Russia used Iranian drones to strike Kyiv.", set()),
    ("India produces BrahMos missiles at a plant in Lucknow.", set()),
    ("Turkey delivered drones made in Turkey to the Turkish army.", set()),
    ("Ukraine shot down 20 Shahed drones overnight.", set()),
]

ORIGINS = [
    ("Russian forces used Iranian-supplied Shahed drones against Kyiv.", {("Iran", "Russia", "Shahed", "confirmed")}),
    ("Iranian-supplied drones used by Russia hit the power grid.", {("Iran", "Russia", "UAV", "confirmed")}),
    (
        "The Sudanese army deployed Turkish-supplied Bayraktar TB2 drones.",
        {("Turkey", "Sudan", "Bayraktar TB2", "confirmed")},
    ),
    ("Ethiopia acquired Turkish-built Bayraktar TB2 drones.", {("Turkey", "Ethiopia", "Bayraktar TB2", "confirmed")}),
    ("Drones made in Iran were delivered to Russia last year.", {("Iran", "Russia", "UAV", "confirmed")}),
    ("Russia received drones manufactured by Iran.", {("Iran", "Russia", "UAV", "confirmed")}),
    (
        "Belarus delivered drones made in Iran to Russia.",
        {("Belarus", "Russia", "UAV", "confirmed")},
    ),  # stated supplier wins
    # negatives: a made-in adjective on a weapon in use states no transfer; nor does a supply with no holder
    ("The Houthis fired Iranian-made missiles at ships.", set()),
    ("Iranian-supplied drones hit the power grid.", set()),
]


@pytest.mark.parametrize(("text", "expected"), DEALS)
def test_transfers_frames_deals_written_as_goods(nlp: Language, text: str, expected: set[Key]) -> None:
    assert_claims(claims(nlp, text), expected)


@pytest.mark.parametrize(("text", "expected"), EXCHANGES)
def test_transfers_frames_exchange_goes_the_other_way(nlp: Language, text: str, expected: set[Key]) -> None:
    assert_claims(claims(nlp, text), expected)


@pytest.mark.parametrize(("text", "expected"), CARGO)
def test_transfers_frames_cargo_on_its_way(nlp: Language, text: str, expected: set[Key]) -> None:
    assert_claims(claims(nlp, text), expected)


@pytest.mark.parametrize(("text", "expected"), DELIVERIES)
def test_transfers_frames_deliveries_and_non_transfers(nlp: Language, text: str, expected: set[Key]) -> None:
    assert_claims(claims(nlp, text), expected)


@pytest.mark.parametrize(("text", "expected"), ORIGINS)
def test_transfers_frames_hyphenated_givers(nlp: Language, text: str, expected: set[Key]) -> None:
    assert_claims(claims(nlp, text), expected)


NEGATIVES = [
    "Russian forces fired Kalibr missiles at Odesa, and Ukrainian air defences shot down 12 of them.",
    "The Turkish defence firm Baykar opened a new factory to build TB2 drones in Ukraine.",
    "North Korea displayed Hwasong-18 missiles at a parade in Pyongyang attended by Russian officials.",
    "A ship carrying 40,000 tonnes of wheat from Ukraine arrived in Egypt.",
    "Germany's Rheinmetall will build a tank factory in Ukraine in exchange for state guarantees.",
    "Russian bombers flew to Venezuela in a show of force.",
    "Ukrainian troops headed to Bakhmut with Leopard tanks.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_transfers_frames_use_production_and_movement_are_no_transfer(nlp: Language, text: str) -> None:
    assert claims(nlp, text) == []


STAGES = [
    # the second stage of a delivery keeps its own count and status
    (
        "Germany delivered 10 Leopard tanks to Ukraine in March and will send 8 more in June.",
        {("confirmed", 10.0), ("planned", 8.0)},
    ),
    (
        "Spain agreed to sell six frigates to Egypt. Spain shipped four of the frigates in 2019.",
        {("planned", 6.0), ("confirmed", 4.0)},
    ),
    ("Italy sold six frigates to Egypt, shipping four of them in 2019.", {("planned", 6.0), ("confirmed", 4.0)}),
    # the count on a container of the weapon
    ("Germany delivered 40 units of the Marder infantry fighting vehicle to Ukraine.", {("confirmed", 40.0)}),
]


@pytest.mark.parametrize(("text", "expected"), STAGES)
def test_transfers_frames_stages_keep_their_counts(nlp: Language, text: str, expected: set[tuple[str, float]]) -> None:
    assert {(status, quantity) for *_, status, quantity in claims(nlp, text)} == expected


@pytest.mark.parametrize(
    ("text", "word", "stands", "count"),
    [
        ("Spain will hand over the last two by 2027.", "two", "two", 2.0),
        ("Germany will send 8 more in June.", "more", "more", 8.0),
        ("Italy shipped four of them in 2019.", "four", "them", 4.0),
        ("Italy shipped four of the frigates in 2019.", "four", None, None),  # the counted weapon is named
        ("Italy sent tanks in 2019.", "tanks", None, None),
    ],
)
def test_transfers_frames_elliptical_objects(
    nlp: Language, text: str, word: str, stands: str | None, count: float | None
) -> None:
    obj = next(t for t in nlp(text) if t.text == word)
    found = standing_object(obj, transfer_lexicon())
    assert (found.text if found is not None else None) == stands
    assert (elliptical_count(obj) if found is not None else None) == count


def test_transfers_frames_patterns_file_names_its_frames() -> None:
    frames = transfer_patterns().frames
    assert {"exchange", "hyphen_origin", "en_route", "hyphen_destination", "adjective_participle"} <= set(frames)
    assert all(any(node["RIGHT_ID"] == "trigger" for node in frame.pattern) for frame in frames.values())


@pytest.mark.parametrize(
    "pattern",
    [
        [{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "VERB"}}],  # no trigger
        [{"RIGHT_ID": "trigger"}, {"RIGHT_ID": "goods", "RIGHT_ATTRS": {"DEP": "pobj"}}],  # a node hanging on nothing
        [{"RIGHT_ID": "trigger"}, {"LEFT_ID": "other", "REL_OP": ">", "RIGHT_ID": "goods"}],  # on an unknown node
        [{"RIGHT_ID": "trigger"}, {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "trigger"}],  # a name twice
    ],
)
def test_transfers_frames_malformed_pattern_rejected(pattern: list[dict]) -> None:
    with pytest.raises(ValidationError):
        FramePattern(description="x", pattern=pattern)


FRAME_TEXTS = [
    "Iran sent drones to Russia in exchange for Su-35 jets.",
    "In return for the drones, Moscow supplied fighter jets.",
    "Russian forces used Iranian-supplied drones and US-donated rifles.",
    "A shipment of Iranian rifles en route to Yemen was seized.",
    "Navy sailors boarded a Yemen-bound dhow carrying rifles.",
    "Five aircraft were gifted to the Philippines by Japan.",
    # pronoun subjects, matched off the attribute arrays: one per verb, none on a root pronoun
    "France sold jets to Egypt. It also includes missiles, and they said that it would arrive soon.",
    "It.",
    # negatives: the words without the structure
    "The exchange rate fell in return trading, and the route was long.",
    "The well-known en masse protests were bound to happen.",
    "",
]


@pytest.mark.parametrize("text", FRAME_TEXTS)
def test_transfers_frames_matcher_finds_what_the_dependency_matcher_finds(nlp: Language, text: str) -> None:
    from spacy.matcher import DependencyMatcher

    from arms_nlp.components.transfers.frames import FrameMatcher

    doc = nlp(text)
    plain: dict[tuple[str, int], dict[str, int]] = {}
    for name, frame in transfer_patterns().frames.items():
        matcher = DependencyMatcher(nlp.vocab)
        matcher.add(name, [frame.pattern])
        for _, indices in matcher(doc):
            named = {node["RIGHT_ID"]: i for node, i in zip(frame.pattern, indices, strict=True)}
            plain.setdefault((name, named["trigger"]), named)
    assert FrameMatcher(nlp.vocab)(doc) == plain


def test_transfers_frames_matcher_travels_with_the_pipeline(nlp: Language, tmp_path) -> None:
    import spacy

    from arms_nlp.components.transfers.frames import FrameMatcher

    nlp.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")
    assert isinstance(reloaded.get_pipe("arms_transfers").frames, FrameMatcher)
    text = "Russian forces have used Iranian-supplied Shahed drones."
    assert [t.supplier for t in reloaded(text)._.arms_transfers] == [t.supplier for t in nlp(text)._.arms_transfers]
    assert "Iran" in [t.supplier for t in reloaded(text)._.arms_transfers]
