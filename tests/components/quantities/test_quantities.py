"""Tests of the arms_quantities component: counts of things, their hedges, items and weapons."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from arms_nlp.extensions import get_records, set_records
from arms_nlp.kb.amounts import amount_lexicon
from arms_nlp.normalize.counts import is_year_shape, looks_like_designation, looks_plural, parse_range_token
from arms_nlp.records import Quantity, Weapon


@pytest.fixture(scope="module")
def counter() -> Language:
    """A blank English pipeline holding only arms_quantities (no tagger, parser or NER)."""
    pipeline = spacy.blank("en")
    pipeline.add_pipe("arms_quantities")
    return pipeline


def quantities(doc: Doc) -> list[Quantity]:
    return get_records(doc, "arms_quantities")


def only(doc: Doc) -> Quantity:
    found = quantities(doc)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


# sentence, text, value, low, high, qualifier, item
POSITIVE = [
    (
        "Iran shipped approximately 400 ballistic missiles to Russia.",
        "approximately 400",
        400,
        None,
        None,
        "approximately",
        "ballistic missiles",
    ),
    ("Two bombs exploded Wednesday at a commemoration.", "Two", 2, None, None, None, "bombs"),
    ("Iran sent four hundred drones to Russia.", "four hundred", 400, None, None, None, "drones"),
    ("Russia received a dozen jets last week.", "a dozen", 12, None, None, None, "jets"),
    ("These are from 12 to 14 organizations.", "12 to 14", None, 12, 14, None, "organizations"),
    ("Iran sent between 12 and 14 drones.", "between 12 and 14", None, 12, 14, None, "drones"),
    ("They shipped 12-14 tanks to the front.", "12-14", None, 12, 14, None, "tanks"),
    ("They shipped 12–14 tanks to the front.", "12–14", None, 12, 14, None, "tanks"),
    ("Moscow bought two or three air defense systems.", "two or three", None, 2, 3, None, "air defense systems"),
    (
        "North Korea supplied Russia with dozens of ballistic missiles.",
        "dozens",
        None,
        24,
        None,
        "dozens",
        "ballistic missiles",
    ),
    ("Hundreds of drones were launched overnight.", "Hundreds", None, 200, None, "hundreds", "drones"),
    ("Thousands of shells were fired at the city.", "Thousands", None, 2000, None, "thousands", "shells"),
    (
        "Tens of thousands of troops massed on the border.",
        "Tens of thousands",
        None,
        20000,
        None,
        "tens of thousands",
        "troops",
    ),
    (
        "It also sent several ballistic missile launchers.",
        "several",
        None,
        3,
        None,
        "several",
        "ballistic missile launchers",
    ),
    ("Several hundred missiles were delivered.", "Several hundred", None, 300, None, "several hundred", "missiles"),
    (
        "Iran has supplied a substantial number of kamikaze drones to Russia.",
        "a substantial number",
        None,
        None,
        None,
        "a substantial number",
        "kamikaze drones",
    ),
    (
        "Officials accused Iran of providing Russia with vast quantities of drones.",
        "vast quantities",
        None,
        None,
        None,
        "vast quantities",
        "drones",
    ),
    (
        "Iran has supported a number of armed factions in the region.",
        "a number of",
        None,
        None,
        None,
        "a number of",
        "armed factions",
    ),
    (
        "According to multiple sources, the shipments began in January.",
        "multiple",
        None,
        2,
        None,
        "multiple",
        "sources",
    ),
    ("Iran has sent scores of advisers to Syria.", "scores", None, 40, None, "scores", "advisers"),
    ("Iran delivered some 400 missiles to Moscow.", "some 400", 400, None, None, "some", "missiles"),
    ("Russia has at least 300 launchers near the border.", "at least 300", 300, 300, None, "at least", "launchers"),
    ("Iran sent more than 1,000 drones to Russia.", "more than 1,000", 1000, 1000, None, "more than", "drones"),
    ("Russia could receive up to 500 missiles this year.", "up to 500", 500, None, 500, "up to", "missiles"),
    ("Kyiv asked for around 50 tanks.", "around 50", 50, None, None, "around", "tanks"),
    ("Russia fired 2.5 million artillery shells.", "2.5 million", 2_500_000, None, None, None, "artillery shells"),
    ("The massacre of 1200 Israelis shocked the world.", "1200", 1200, None, None, None, "Israelis"),
    (
        "It was the same as at the previous two inter-Palestinian meetings.",
        "two",
        2,
        None,
        None,
        None,
        "inter-Palestinian meetings",
    ),
    ("Iran sent Russia 400 missiles.", "400", 400, None, None, None, "missiles"),
    ("Iran Sends 400 Missiles To Russia", "400", 400, None, None, None, "Missiles"),
    ("Of the 400 missiles, most were intercepted.", "400", 400, None, None, None, "missiles"),
    (
        "Russia has fired over 4,000 missiles at Ukraine since February 2022.",
        "over 4,000",
        4000,
        4000,
        None,
        "over",
        "missiles",
    ),
    ("Since 2014, 14,000 people were killed in the east.", "14,000", 14000, None, None, None, "people"),
    ("Iran has sent half a dozen ships to the Red Sea.", "half a dozen", 6, None, None, "half a dozen", "ships"),
    ("The navy sent a pair of frigates to the strait.", "a pair", 2, None, None, "a pair", "frigates"),
    ("Rebels seized a score of trucks near the border.", "a score", 20, None, None, "a score", "trucks"),
    ("Iran sent one hundred and fifty drones.", "one hundred and fifty", 150, None, None, None, "drones"),
    ("Russia lost twenty-five tanks in a day.", "twenty-five", 25, None, None, None, "tanks"),
    ("Kyiv received its first batch of 10 F-16 fighter jets.", "10", 10, None, None, None, "F-16 fighter jets"),
    ("Iran sent more than a dozen jets.", "more than a dozen", 12, 12, None, "more than", "jets"),
    ("Ukraine said it shot down 29 of the drones.", "29", 29, None, None, None, "drones"),
    ("The sanctions target 3 Iranian companies.", "3", 3, None, None, None, "Iranian companies"),
    (
        "Iran has supported a number of fellow Axis of Resistance factions.",
        "a number of",
        None,
        None,
        None,
        "a number of",
        "fellow Axis of Resistance factions",
    ),
]

NEGATIVE = [
    "The attack happened in 2024.",
    "Soleimani was killed in a drone attack in 2020 in Iraq.",
    "The meeting was on January 3.",
    "The meeting was held on Wednesday, Jan. 3, 2024.",
    "It carries a 450 kg warhead.",
    "It carries a 450-kg warhead.",
    "Support fell by 40 percent.",
    "Support fell by 40% in a month.",
    "DirecTV offers $20 credit amid Disney dispute.",
    "Iran supplied Fateh-110 missiles.",
    "The Su-35 jets were never delivered.",
    "The COVID-19 pandemic hit the economy.",
    "Iran has been one of the staunch allies of Russia.",
    "The 5th fleet sailed into the Gulf.",
    "A man aged 35 was arrested.",
    "The missile can reach targets 700 kilometers away.",
    "The missiles have a range of 186 to 435 miles.",
    "Russia has been engaging with Hamas for several months.",
    "He served three years in prison.",
    "A 35-year-old soldier and a 12-member delegation arrived.",
    "NATO invoked Article 5 guarantees.",
    "Iran breached Resolution 2231 restrictions.",
    "The Shahed 136 drones hit Kyiv.",
    "The deal was worth 5 billion dollars.",
    "They sent 20 tons of ammunition.",
    "The vote was 3-1 in favour.",
    "The relationship has grown over the past decade.",
    "They blamed one another at 10 a.m. on March 3rd.",
    "The 2022 invasion changed everything.",
    "Some 400 were reported, and dozens more.",
    "Only 1 in 5 missiles failed.",
    "Between 2022 and 2024 Iran sent drones.",
    "The 2023-2024 season was long.",
    "From 2014 to 2022 Russia armed separatists.",
    "Ukraine uses 6,000 a day.",
    "The program cost hundreds of millions of dollars.",
    "Russia struck the city dozens of times.",
    "Several of them were intercepted, 300 of them over the sea.",
    "Iran sent two and more.",
    "Kyiv received Leopard 2 tanks and 155mm shells.",
    "The 2024 budget includes $1.2 billion in aid.",
    "Section 230 of the Communications Decency Act shields platforms.",
    "The airline retired its last Boeing 747 after 50 years of service.",
]


@pytest.mark.parametrize(("sentence", "text", "value", "low", "high", "qualifier", "item"), POSITIVE)
def test_quantities_finds_counts(
    nlp: Language,
    sentence: str,
    text: str,
    value: float | None,
    low: float | None,
    high: float | None,
    qualifier: str | None,
    item: str,
) -> None:
    found = only(nlp(sentence))
    assert (found.text, found.value, found.low, found.high, found.qualifier, found.item) == (
        text,
        value,
        low,
        high,
        qualifier,
        item,
    )
    assert sentence[found.start : found.end] == found.text
    phrases = amount_lexicon().vague_by_phrase().items()
    vague = any(text.lower().startswith(phrase) for phrase, _ in phrases)
    exact = any(text.lower().startswith(phrase) and entry.exact for phrase, entry in phrases)
    assert found.approximate == (not exact and (qualifier is not None or vague))


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_quantities_rejects_non_counts(nlp: Language, sentence: str) -> None:
    assert [q.text for q in quantities(nlp(sentence))] == []


#: Non-counts that need the weapons, tagger or tokenizer of the full pipeline to be told apart.
NEGATIVE_PARSED = [
    "Russian forces used Tornado-S multiple rocket launchers.",
    "It joined a 63 nation coalition.",
    "The link runs at 27.5 Mb/s.",
    "The Raptors won 112-98 on Sunday.",
]


@pytest.mark.parametrize("sentence", NEGATIVE_PARSED)
def test_quantities_rejects_non_counts_with_parser(nlp: Language, sentence: str) -> None:
    assert [q.text for q in quantities(nlp(sentence))] == []


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_quantities_rejects_non_counts_without_parser(counter: Language, sentence: str) -> None:
    assert [q.text for q in quantities(counter(sentence))] == []


BLANK_POSITIVE = [
    ("Iran shipped approximately 400 ballistic missiles to Russia.", "approximately 400", "ballistic missiles"),
    ("These are from 12 to 14 organizations.", "12 to 14", "organizations"),
    ("North Korea supplied Russia with dozens of ballistic missiles.", "dozens", "ballistic missiles"),
    ("Two bombs exploded Wednesday at a commemoration.", "Two", "bombs"),
    (
        "Since mid-2022, Iran has supplied a substantial number of kamikaze Unmanned Aerial Vehicles (UAVs).",
        "a substantial number",
        "kamikaze Unmanned Aerial Vehicles",
    ),
    ("About 1.5 million people fled the fighting.", "About 1.5 million", "people"),
    ("Russia bought 2 Su-34 bombers.", "2", "Su-34 bombers"),
    ("The brigade received 3,000-plus rounds.", "3,000-plus", "rounds"),
    ("A pair of bombers flew over the sea.", "A pair", "bombers"),
    ("They sent an undisclosed number of missiles.", "an undisclosed number", "missiles"),
    ("The bill has 12 co-sponsors.", "12", "co-sponsors"),
]


@pytest.mark.parametrize(("sentence", "text", "item"), BLANK_POSITIVE)
def test_quantities_token_patterns_without_parser(counter: Language, sentence: str, text: str, item: str) -> None:
    found = only(counter(sentence))
    assert (found.text, found.item) == (text, item)


def _run_with_weapons(pipeline: Language, text: str, weapons: list[tuple[str, str, bool]]) -> Doc:
    """Run ``pipeline`` with hand-made weapon records (surface text, canonical name, generic) in place
    of arms_weapons, so the linking is tested whatever the weapons component finds."""
    doc = pipeline.make_doc(text)
    for name, component in pipeline.pipeline:
        if name == "arms_weapons":
            records = []
            for surface, canonical, generic in weapons:
                start = text.index(surface)
                records.append(
                    Weapon(
                        text=surface,
                        start=start,
                        end=start + len(surface),
                        name=canonical,
                        category="missile",
                        generic=generic,
                    )
                )
            set_records(doc, "arms_weapons", records)
        elif name in ("arms_ranges", "arms_dates", "arms_quotes", "arms_transfers"):
            break
        else:
            doc = component(doc)
    return doc


LINKS = [
    (
        "Iran shipped approximately 400 ballistic missiles to Russia.",
        [("ballistic missiles", "ballistic missile", True)],
        "ballistic missile",
    ),
    (
        "The report claimed a transfer of approximately 400 missiles, including Zolfaghar missiles.",
        [("missiles", "missile", True), ("Zolfaghar missiles", "Zolfaghar", False)],
        "missile",
    ),
    (
        "Iran supplied 400 Fateh-110 short-range ballistic missiles.",
        [("Fateh-110 short-range ballistic missiles", "Fateh-110", False)],
        "Fateh-110",
    ),
    (
        "Iran has supplied a substantial number of kamikaze Unmanned Aerial Vehicles (UAVs) to Russia.",
        [("kamikaze Unmanned Aerial Vehicles", "loitering munition", True), ("UAVs", "UAV", True)],
        "loitering munition",
    ),
    ("Iran sent one drone and one official.", [("drone", "UAV", True)], "UAV"),
    ("According to multiple sources, Iran sent missiles.", [("missiles", "missile", True)], None),
]


@pytest.mark.parametrize(("text", "weapons", "weapon"), LINKS)
def test_quantities_links_weapons(
    nlp: Language, text: str, weapons: list[tuple[str, str, bool]], weapon: str | None
) -> None:
    found = quantities(_run_with_weapons(nlp, text, weapons))
    assert found, text
    assert found[0].weapon == weapon
    assert len(found) == 1  # "one official" is not a count; "one drone" is


def test_quantities_links_weapons_end_to_end(nlp: Language) -> None:
    doc = nlp("North Korea supplied Russia with dozens of ballistic missiles and several ballistic missile launchers.")
    if not get_records(doc, "arms_weapons"):
        pytest.skip("the arms_weapons component found no weapons (placeholder)")
    assert [(q.text, q.weapon) for q in quantities(doc)] == [
        ("dozens", "ballistic missile"),
        ("several", "ballistic missile launcher"),
    ]


@pytest.mark.parametrize(("include_definite", "expected"), [(True, ["two"]), (False, [])])
def test_quantities_definite_config(include_definite: bool, expected: list[str]) -> None:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("arms_quantities", config={"include_definite": include_definite})
    assert [q.text for q in quantities(pipeline("The two countries have cooperated closely."))] == expected


def _key(found: Quantity | dict) -> tuple:
    row = found.model_dump() if isinstance(found, Quantity) else found
    return tuple(row[field] for field in ("start", "end", "value", "low", "high", "qualifier", "item", "weapon"))


def test_quantities_fixture_f1_with_gold_weapons(
    nlp: Language, articles: dict[str, str], gold: dict[str, dict]
) -> None:
    """Quantity F1 on the fixture articles, every field compared, with the gold weapons standing in for
    arms_weapons (so the score measures this component alone)."""
    if not gold:
        pytest.skip("no gold files")
    true_positive = predicted = expected = 0
    for stem, truth in gold.items():
        text = articles[stem]
        doc = nlp.make_doc(text)
        for name, component in nlp.pipeline:
            if name == "arms_weapons":
                set_records(doc, "arms_weapons", [Weapon.model_validate(w) for w in truth["weapons"]])
            elif name == "arms_ranges":
                break
            else:
                doc = component(doc)
        found = {_key(q) for q in quantities(doc)}
        wanted = {_key(q) for q in truth["quantities"]}
        true_positive += len(found & wanted)
        predicted += len(found)
        expected += len(wanted)
    f1 = 2 * true_positive / (predicted + expected) if predicted + expected else 1.0
    assert f1 >= 0.9, (true_positive, predicted, expected)


def test_quantities_fixture_articles_have_no_dates(nlp: Language, articles: dict[str, str]) -> None:
    for stem, text in articles.items():
        for found in quantities(nlp(text)):
            assert text[found.start : found.end] == found.text, stem
            assert not is_year_shape(found.text), (stem, found.text)
            assert found.item, (stem, found.text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12–14", (12.0, 14.0)),
        ("12-14", (12.0, 14.0)),
        ("1,200-1,500", (1200.0, 1500.0)),
        ("3-1", None),
        ("Fateh-110", None),
        ("COVID-19", None),
        ("14", None),
    ],
)
def test_quantities_range_token(text: str, expected: tuple[float, float] | None) -> None:
    assert parse_range_token(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2020", True), ("1999", True), ("2,020", False), ("400", False), ("1200", False), ("2024", True)],
)
def test_quantities_year_shape(text: str, expected: bool) -> None:
    assert is_year_shape(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2s", True),
        ("F-35A", True),
        ("AS-90", True),
        ("2A6", True),
        ("1990s", False),
        ("80s", False),
        ("155mm", False),
        ("3rd", False),
        ("10k", False),
        ("400", False),
        ("missiles", False),
    ],
)
def test_quantities_looks_like_designation(text: str, expected: bool) -> None:
    assert looks_like_designation(text) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("missiles", True), ("UAVs", True), ("virus", False), ("class", False), ("drone", False), ("bus", False)],
)
def test_quantities_looks_plural(word: str, expected: bool) -> None:
    assert looks_plural(word) is expected


@pytest.mark.parametrize(("phrase", "low"), [("dozens", 24), ("hundreds", 200), ("thousands", 2000), ("several", 3)])
def test_quantities_lexicon_bounds(phrase: str, low: float) -> None:
    assert amount_lexicon().vague_by_phrase()[phrase].low == low


_PIECES = st.sampled_from(
    [
        "approximately",
        "400",
        "ballistic",
        "missiles",
        "dozens",
        "of",
        "drones",
        "12",
        "to",
        "14",
        "-",
        "–",
        "between",
        "and",
        "several",
        "months",
        "2024",
        "in",
        "January",
        "3",
        "a",
        "dozen",
        "hundred",
        "four",
        "$",
        "20",
        "percent",
        "km",
        "at",
        "least",
        "one",
        "the",
        "Fateh-110",
        "12-14",
        "up",
        "vast",
        "quantities",
        "\n",
        ",",
        ".",
        "Two",
        "number",
        "substantial",
        "or",
        "three",
        "million",
        "1,500",
        "tens",
        "thousands",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.lists(_PIECES, max_size=25).map(" ".join), st.text(max_size=120)))
def test_quantities_property_offsets_and_bounds(counter: Language, text: str) -> None:
    for found in quantities(counter(text)):
        assert text[found.start : found.end] == found.text
        assert found.low is None or found.high is None or found.low <= found.high
        assert found.item


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_PIECES, max_size=25).map(" ".join))
def test_quantities_property_with_parser(nlp: Language, text: str) -> None:
    for found in quantities(nlp(text)):
        assert text[found.start : found.end] == found.text
        assert found.low is None or found.high is None or found.low <= found.high


# ---------------------------------------------------------------------------- unseen news

#: Probe sentences written for this test (not from the fixtures): every count as
#: (text, value, low, high, item, weapon); an empty list where nothing is a count.
NEWS = [
    (
        "The Pentagon said Ukraine has received more than 30 HIMARS launchers and an undisclosed number of ATACMS missiles since the start of the war.",
        [
            ("more than 30", 30, 30, None, "HIMARS launchers", "HIMARS"),
            ("an undisclosed number", None, None, None, "ATACMS missiles", "ATACMS"),
        ],
    ),
    (
        "Germany will send two more Patriot batteries and several IRIS-T SLM systems to Kyiv, Chancellor Olaf Scholz said on Tuesday.",
        [
            ("two", 2, None, None, "Patriot batteries", "Patriot"),
            ("several", None, 3, None, "IRIS-T SLM systems", "IRIS-T"),
        ],
    ),
    (
        "Russia launched some 1,000 Shahed drones at Ukrainian cities in September, according to the Ukrainian air force.",
        [("some 1,000", 1000, None, None, "Shahed drones", "Shahed")],
    ),
    (
        "The European Union pledged to deliver one million artillery shells by March, but only about 300,000 rounds had arrived by the deadline.",
        [
            ("one million", 1000000, None, None, "artillery shells", "artillery shell"),
            ("about 300,000", 300000, None, None, "rounds", None),
        ],
    ),
    (
        "Washington has already shipped tens of thousands of 155mm shells and hundreds of thousands of rounds for rifles.",
        [
            ("tens of thousands", None, 20000, None, "155mm shells", "artillery shell"),
            ("hundreds of thousands", None, 200000, None, "rounds", None),
        ],
    ),
    (
        "The package includes a dozen F-16 fighter jets from Denmark and the Netherlands.",
        [("a dozen", 12, None, None, "F-16 fighter jets", "F-16")],
    ),
    (
        "Kyiv received 31 Abrams tanks from the United States and 14 Leopard 2A6 tanks from Germany.",
        [("31", 31, None, None, "Abrams tanks", "M1 Abrams"), ("14", 14, None, None, "Leopard 2A6 tanks", "Leopard 2")],
    ),
    (
        "Britain's 14 Challenger 2 tanks were followed by dozens of Bradley fighting vehicles and Stryker armored personnel carriers.",
        [
            ("14", 14, None, None, "Challenger 2 tanks", "Challenger 2"),
            ("dozens", None, 24, None, "Bradley fighting vehicles", "M2 Bradley"),
        ],
    ),
    (
        "France will deliver 78 Caesar howitzers, while the US has supplied more than 180 M777 howitzers.",
        [
            ("78", 78, None, None, "Caesar howitzers", "CAESAR"),
            ("more than 180", 180, 180, None, "M777 howitzers", "M777"),
        ],
    ),
    (
        "Russia fired at least 50 Iskander missiles and six Kinzhal hypersonic missiles overnight, Ukraine's air force said.",
        [
            ("at least 50", 50, 50, None, "Iskander missiles", "Iskander"),
            ("six", 6, None, None, "Kinzhal hypersonic missiles", "Kinzhal"),
        ],
    ),
    (
        "Satellite images show an S-400 battery and two Pantsir systems deployed near the border.",
        [("two", 2, None, None, "Pantsir systems", "Pantsir")],
    ),
    (
        "A Ka-52 attack helicopter and two Su-34 bombers were lost in the fighting, the monitoring group reported.",
        [("two", 2, None, None, "Su-34 bombers", "Su-34")],
    ),
    (
        "Iran says its Bavar-373 air defense system can track 100 targets at once.",
        [("100", 100, None, None, "targets", None)],
    ),
    (
        "Pyongyang displayed a dozen KN-25 launchers during the parade.",
        [("a dozen", 12, None, None, "KN-25 launchers", "KN-25")],
    ),
    (
        "China has exported Wing Loong II and CH-4 drones to several Middle Eastern countries.",
        [("several", None, 3, None, "Middle Eastern countries", None)],
    ),
    (
        "Officials said the shipment included 1 million rounds of ammunition and between 100 and 120 tanks.",
        [
            ("1 million", 1000000, None, None, "rounds", "ammunition"),
            ("between 100 and 120", None, 100, 120, "tanks", "tank"),
        ],
    ),
    (
        "Roughly 300,000 shells were fired during the battle for Bakhmut.",
        [("Roughly 300,000", 300000, None, None, "shells", "artillery shell")],
    ),
    (
        "Several batteries of the Buk air defence system were destroyed near Kherson.",
        [("Several", None, 3, None, "batteries", "Buk")],
    ),
    (
        "Ukraine said it shot down 25 of the 30 Shahed drones launched overnight.",
        [("25", 25, None, None, "Shahed drones", "Shahed"), ("30", 30, None, None, "Shahed drones", "Shahed")],
    ),
    (
        "Poland ordered 96 Apache helicopters and 250 Abrams tanks in 2022.",
        [
            ("96", 96, None, None, "Apache helicopters", "AH-64 Apache"),
            ("250", 250, None, None, "Abrams tanks", "M1 Abrams"),
        ],
    ),
    ("The drone attack on the refinery involved at least 20 UAVs.", [("at least 20", 20, 20, None, "UAVs", "UAV")]),
    (
        "Russia has received hundreds of Iranian drones and thousands of North Korean artillery shells.",
        [
            ("hundreds", None, 200, None, "Iranian drones", "UAV"),
            ("thousands", None, 2000, None, "North Korean artillery shells", "artillery shell"),
        ],
    ),
    (
        "Kyiv is still waiting for the 18 Leopard 2 tanks promised by Berlin in January.",
        [("18", 18, None, None, "Leopard 2 tanks", "Leopard 2")],
    ),
    (
        "The US approved the sale of 40 F-16V jets to Taiwan worth $8 billion.",
        [("40", 40, None, None, "F-16V jets", "F-16")],
    ),
    (
        "Washington is sending more Javelins and Stingers to Kyiv along with 10 Switchblade drones.",
        [("10", 10, None, None, "Switchblade drones", "Switchblade")],
    ),
    (
        "Ukraine destroyed three Russian S-300 launchers and a Pantsir-S1 in Crimea.",
        [("three", 3, None, None, "Russian S-300 launchers", "S-300")],
    ),
    (
        "Iskander Ahmed, a lawyer in Cairo, said 40 families had been evicted.",
        [("40", 40, None, None, "families", None)],
    ),
    (
        "A tornado warning was issued for three counties in Oklahoma on Sunday, and a Tornado Warning remained in effect.",
        [("three", 3, None, None, "counties", None)],
    ),
    ("Congress renewed the Patriot Act after a heated debate in 2005.", []),
    ("In Buk, a small town in western Poland, residents use the Tor browser to read foreign news.", []),
    ("The startup is designing a HIMARS-style truck for civilian fireworks displays.", []),
    ("Section 230 of the Communications Decency Act shields platforms from liability.", []),
    ("The airline retired its last Boeing 747 after 50 years of service.", []),
    ("The arms race between the two rivals accelerated after 2019.", [("two", 2, None, None, "rivals", None)]),
    (
        "The Lancet medical journal published a study on 2,000 patients.",
        [("2,000", 2000, None, None, "patients", None)],
    ),
    ("Stinger, the rapper, and Javelin throwers from Kenya attended the gala.", []),
    ("Bradley Cooper and General Bradley spoke at the Caesar Palace event.", []),
    ("Chinook salmon returned to the river in record numbers this year.", []),
    (
        "Israel's Iron Dome intercepted nearly 2,000 rockets fired from Gaza, while David's Sling and Arrow 3 batteries engaged longer-range threats.",
        [("nearly 2,000", 2000, None, None, "rockets", "rocket")],
    ),
    (
        "The Pentagon rushed a THAAD battery and two dozen Tomahawk cruise missiles to the region.",
        [("two dozen", 24, None, None, "Tomahawk cruise missiles", "Tomahawk")],
    ),
    (
        "Moscow fired half a dozen Kh-22 and Kh-59 missiles and a Zircon hypersonic missile at Kyiv on Monday.",
        [("half a dozen", 6, None, None, "Kh-22 and Kh-59 missiles", "Kh-59")],
    ),
    (
        "Ukraine's Magura sea drones have sunk several Russian warships, including a corvette near Crimea.",
        [("several", None, 3, None, "Russian warships", "warship")],
    ),
    (
        "Russia lost more than 3,000 T-72 tanks and hundreds of BTR-82A armored personnel carriers, according to Oryx.",
        [
            ("more than 3,000", 3000, 3000, None, "T-72 tanks", "T-72"),
            ("hundreds", None, 200, None, "BTR-82A armored personnel carriers", "BTR-82A"),
        ],
    ),
    ("Egypt is buying 30 more Rafale fighters from Dassault.", [("30", 30, None, None, "Rafale fighters", "Rafale")]),
    (
        "The Army ordered 5,000 Excalibur rounds and a batch of Hellfire missiles for its Apache fleet.",
        [("5,000", 5000, None, None, "Excalibur rounds", "M982 Excalibur")],
    ),
    (
        "Germany delivered 52 Gepard anti-aircraft guns and three IRIS-T systems last year.",
        [
            ("52", 52, None, None, "Gepard anti-aircraft guns", "Gepard"),
            ("three", 3, None, None, "IRIS-T systems", "IRIS-T"),
        ],
    ),
    (
        "Kyiv says it needs between 50 and 100 F-16s to contest Russian air superiority.",
        [("between 50 and 100", None, 50, 100, "F-16s", "F-16")],
    ),
    (
        "The Netherlands will supply 24 F-16 jets, Norway six and Denmark 19.",
        [("24", 24, None, None, "F-16 jets", "F-16")],
    ),
    (
        "About 40 Shahed-136s and a dozen Kalibr missiles were launched in the overnight attack.",
        [
            ("About 40", 40, None, None, "Shahed-136s", "Shahed-136"),
            ("a dozen", 12, None, None, "Kalibr missiles", "Kalibr"),
        ],
    ),
    (
        "Tehran has sent thousands of Shahed kamikaze drones and millions of artillery rounds, Western officials say.",
        [
            ("thousands", None, 2000, None, "Shahed kamikaze drones", "Shahed"),
            ("millions", None, 2000000, None, "artillery rounds", "artillery shell"),
        ],
    ),
    (
        "A handful of Storm Shadow missiles hit the Black Sea Fleet headquarters in Sevastopol.",
        [("A handful", None, 2, None, "Storm Shadow missiles", "Storm Shadow")],
    ),
    (
        "Pyongyang has sent Moscow three to five trainloads of shells and some 100 KN-23 missiles.",
        [
            ("three to five", None, 3, 5, "trainloads", None),
            ("some 100", 100, None, None, "KN-23 missiles", "Hwasong-11"),
        ],
    ),
    (
        "Taiwan received its first batch of M1A2T Abrams tanks, with 38 tanks arriving in Taichung.",
        [("38", 38, None, None, "tanks", "tank")],
    ),
    (
        "Typhoon Haiyan killed more than 6,000 people in the Philippines.",
        [("more than 6,000", 6000, 6000, None, "people", None)],
    ),
    ("Prices saw a spike in March as the Patriots beat the Jets 24-10.", []),
    ("The Grad students protested outside the Tiger Stadium on Friday.", []),
    (
        "Emad Hassan, a spokesman for the ministry, said four people were injured.",
        [("four", 4, None, None, "people", None)],
    ),
    ("The film Black Hawk Down was released in 2001 and grossed $173 million.", []),
    ("Zircon and onyx were among the gems displayed at the museum.", []),
    ("The Hornets beat the Raptors after a late rally.", []),
    ("He preached hellfire and brimstone to 300 worshippers.", [("300", 300, None, None, "worshippers", None)]),
    ("A cold Mistral wind blew across Provence for three days.", []),
    ("The tank top was sold out and a jet lag remedy topped the charts.", []),
    (
        "U.S. Sends 18 More HIMARS, 300 Armored Vehicles to Ukraine",
        [("18", 18, None, None, "HIMARS", "HIMARS"), ("300", 300, None, None, "Armored Vehicles", "armored vehicle")],
    ),
    (
        "The new aid package, worth $2.5 billion, includes 59 Bradleys, 90 Stryker vehicles and 350 Humvees.",
        [
            ("59", 59, None, None, "Bradleys", "M2 Bradley"),
            ("90", 90, None, None, "Stryker vehicles", "Stryker"),
            ("350", 350, None, None, "Humvees", "Humvee"),
        ],
    ),
    (
        "Officials estimate Russia fires up to 60,000 artillery rounds a day, compared with Ukraine's 6,000.",
        [("up to 60,000", 60000, None, 60000, "artillery rounds", "artillery shell")],
    ),
    (
        "A pair of B-52 bombers flew over the Korean Peninsula alongside four F-35A stealth jets.",
        [("A pair", 2, None, None, "B-52 bombers", "B-52"), ("four", 4, None, None, "F-35A stealth jets", "F-35")],
    ),
    (
        "Iran displayed several hundred drones, including dozens of Shahed-136s, at the parade.",
        [
            ("several hundred", None, 300, None, "drones", "UAV"),
            ("dozens", None, 24, None, "Shahed-136s", "Shahed-136"),
        ],
    ),
    (
        "Britain will give Ukraine 14 Challenger 2s and 30 AS-90 self-propelled guns.",
        [
            ("14", 14, None, None, "Challenger 2s", "Challenger 2"),
            ("30", 30, None, None, "AS-90 self-propelled guns", "AS-90"),
        ],
    ),
    (
        "Some 40 Su-25 ground-attack aircraft were lost in the first year of the war.",
        [("Some 40", 40, None, None, "Su-25 ground-attack aircraft", "Su-25")],
    ),
    (
        "The Houthis have fired more than 100 anti-ship ballistic missiles at commercial vessels since November.",
        [("more than 100", 100, 100, None, "anti-ship ballistic missiles", "anti-ship ballistic missile")],
    ),
    (
        "Hezbollah is estimated to hold 150,000 rockets and missiles.",
        [("150,000", 150000, None, None, "rockets", "rocket")],
    ),
    (
        "The Pentagon has sent more than 2 million 155mm artillery rounds to Kyiv since 2022.",
        [("more than 2 million", 2000000, 2000000, None, "155mm artillery rounds", "artillery shell")],
    ),
    (
        "Two Iranian-made Mohajer-6 drones were spotted over Khartoum.",
        [("Two", 2, None, None, "Iranian-made Mohajer-6 drones", "Mohajer-6")],
    ),
    (
        "The Bayraktar TB2 destroyed a Russian Buk-M1 and three BMP-2 fighting vehicles.",
        [("three", 3, None, None, "BMP-2 fighting vehicles", "BMP-2")],
    ),
    (
        "Germany has promised Ukraine four more IRIS-T air defense systems and 10,000 rounds of 35mm ammunition for Gepards.",
        [
            ("four", 4, None, None, "IRIS-T air defense systems", "IRIS-T"),
            ("10,000", 10000, None, None, "rounds", "ammunition"),
        ],
    ),
    (
        "The company will build 1,000 Leopard 2A8 tanks over the next decade.",
        [("1,000", 1000, None, None, "Leopard 2A8 tanks", "Leopard 2")],
    ),
    (
        "The airline's Boeing 747 freighters and 12 A350s carried 1.2 million tonnes of cargo.",
        [("12", 12, None, None, "A350s", None)],
    ),
    (
        "The F-1 visa allows 30,000 students to study in the US each year.",
        [("30,000", 30000, None, None, "students", None)],
    ),
    ("Storm Shadow, a documentary about the 2003 war, premiered in London.", []),
    ("He was born in 1985 and joined the G7 summit as an adviser in 2019.", []),
    ("The Tomahawk, Wisconsin, city council voted 5-2 to approve the budget.", []),
    (
        "Russia launched a total of 12 Iskander-M missiles and more than a dozen drones on Tuesday.",
        [
            ("12", 12, None, None, "Iskander-M missiles", "Iskander"),
            ("more than a dozen", 12, 12, None, "drones", "UAV"),
        ],
    ),
    (
        "Nearly two dozen Tu-95 and Tu-160 bombers took part in the strike.",
        [("Nearly two dozen", 24, None, None, "Tu-95 and Tu-160 bombers", "Tu-160")],
    ),
    (
        "A few hundred Lancet drones are produced every month in Izhevsk.",
        [("A few hundred", None, 200, None, "Lancet drones", "Lancet")],
    ),
    (
        "The brigade received 3,000-plus rounds for its M109 howitzers.",
        [("3,000-plus", 3000, 3000, None, "rounds", None)],
    ),
    (
        "Each HIMARS launcher carries six GMLRS rockets or one ATACMS missile.",
        [("six", 6, None, None, "GMLRS rockets", "GMLRS"), ("one", 1, None, None, "ATACMS missile", "ATACMS")],
    ),
    (
        "Two to three Patriot batteries would be needed to protect Kyiv alone.",
        [("Two to three", None, 2, 3, "Patriot batteries", "Patriot")],
    ),
    (
        "Four of the Su-34s were destroyed on the ground at Morozovsk airbase.",
        [("Four", 4, None, None, "Su-34s", "Su-34")],
    ),
    (
        "Ukraine has received about 60 percent of the promised ammunition and 400 of the 500 pledged tanks.",
        [("400", 400, None, None, "pledged tanks", "tank"), ("500", 500, None, None, "pledged tanks", "tank")],
    ),
    (
        "At least seven people were killed when a Kh-59 missile hit an apartment block in Zaporizhzhia.",
        [("At least seven", 7, 7, None, "people", None)],
    ),
    (
        "Iran has built 10 underground missile cities and thousands of Shahed drones since 2015.",
        [
            ("10", 10, None, None, "underground missile cities", None),
            ("thousands", None, 2000, None, "Shahed drones", "Shahed"),
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), NEWS)
def test_quantities_unseen_news_sentences(news_nlp: Language, sentence: str, expected: list[tuple]) -> None:
    found = [(q.text, q.value, q.low, q.high, q.item, q.weapon) for q in quantities(news_nlp(sentence))]
    assert sorted(found, key=lambda r: (r[0], str(r[4]))) == sorted(expected, key=lambda r: (r[0], str(r[4])))


# Counts of weapons written with dozen/pair/score/handful, counts whose noun is elided, vague amounts of non-weapons.
# sentence, [(text, value, low, high, approximate, weapon)]
WEAPON_COUNTS = [
    ("Ukraine received two dozen Leopard 2 tanks.", [("two dozen", 24, None, None, False, "Leopard 2")]),
    ("Germany sent a dozen Leopard 2 tanks.", [("a dozen", 12, None, None, False, "Leopard 2")]),
    ("The US delivered a pair of Patriot batteries.", [("a pair", 2, None, None, False, "Patriot")]),
    ("Russia fired a score of Kalibr missiles at Kyiv.", [("a score", 20, None, None, False, "Kalibr")]),
    ("Only a handful of F-16 jets have arrived.", [("a handful", None, 2, None, True, "F-16")]),
    (
        "Poland ordered 48 K9 howitzers; the first four arrive in May, another ten by the autumn.",
        [
            ("48", 48, None, None, False, "K9 Thunder"),
            ("four", 4, None, None, False, "K9 Thunder"),
            ("ten", 10, None, None, False, "K9 Thunder"),
        ],
    ),
    (
        "Norway will deliver 12 NASAMS launchers, with the first six in March and a further six later.",
        [
            ("12", 12, None, None, False, "NASAMS"),
            ("six", 6, None, None, False, "NASAMS"),
            ("six", 6, None, None, False, "NASAMS"),
        ],
    ),
    (
        "There were several attacks on the city and multiple reports of Shahed drones.",
        [("several", None, 3, None, True, None), ("multiple", None, 2, None, True, None)],
    ),
    ("The team won another ten games after the Patriot launch.", [("ten", 10, None, None, False, None)]),
    ("The first four days passed quietly after Iran sent Shahed drones.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), WEAPON_COUNTS)
def test_quantities_weapon_counts_and_elided_items(news_nlp: Language, sentence: str, expected: list[tuple]) -> None:
    found = [(q.text, q.value, q.low, q.high, q.approximate, q.weapon) for q in quantities(news_nlp(sentence))]
    assert found == expected


def test_quantities_vague_non_weapons_give_no_transfer_quantity(nlp: Language) -> None:
    import arms_nlp

    result = arms_nlp.extract(
        "After several attacks and multiple strikes on Kyiv, Iran delivered Shahed drones to Russia.", nlp=nlp
    )
    vague = [q for q in result.quantities if q.qualifier in ("several", "multiple")]
    assert vague and all(q.weapon is None for q in vague)
    assert result.transfers and all(transfer.quantity is None for transfer in result.transfers)
