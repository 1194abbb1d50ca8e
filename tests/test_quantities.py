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
from arms_nlp.normalize.counts import is_year_shape, looks_plural, parse_range_token
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
    ("Iran shipped approximately 400 ballistic missiles to Russia.",
     "approximately 400", 400, None, None, "approximately", "ballistic missiles"),
    ("Two bombs exploded Wednesday at a commemoration.", "Two", 2, None, None, None, "bombs"),
    ("Iran sent four hundred drones to Russia.", "four hundred", 400, None, None, None, "drones"),
    ("Russia received a dozen jets last week.", "a dozen", 12, None, None, None, "jets"),
    ("These are from 12 to 14 organizations.", "12 to 14", None, 12, 14, None, "organizations"),
    ("Iran sent between 12 and 14 drones.", "between 12 and 14", None, 12, 14, None, "drones"),
    ("They shipped 12-14 tanks to the front.", "12-14", None, 12, 14, None, "tanks"),
    ("They shipped 12–14 tanks to the front.", "12–14", None, 12, 14, None, "tanks"),
    ("Moscow bought two or three air defense systems.", "two or three", None, 2, 3, None, "air defense systems"),
    ("North Korea supplied Russia with dozens of ballistic missiles.",
     "dozens", None, 24, None, "dozens", "ballistic missiles"),
    ("Hundreds of drones were launched overnight.", "Hundreds", None, 200, None, "hundreds", "drones"),
    ("Thousands of shells were fired at the city.", "Thousands", None, 2000, None, "thousands", "shells"),
    ("Tens of thousands of troops massed on the border.",
     "Tens of thousands", None, 20000, None, "tens of thousands", "troops"),
    ("It also sent several ballistic missile launchers.",
     "several", None, 3, None, "several", "ballistic missile launchers"),
    ("Several hundred missiles were delivered.", "Several hundred", None, 300, None, "several hundred", "missiles"),
    ("Iran has supplied a substantial number of kamikaze drones to Russia.",
     "a substantial number", None, None, None, "a substantial number", "kamikaze drones"),
    ("Officials accused Iran of providing Russia with vast quantities of drones.",
     "vast quantities", None, None, None, "vast quantities", "drones"),
    ("Iran has supported a number of armed factions in the region.",
     "a number of", None, None, None, "a number of", "armed factions"),
    ("According to multiple sources, the shipments began in January.",
     "multiple", None, 2, None, "multiple", "sources"),
    ("Iran has sent scores of advisers to Syria.", "scores", None, 40, None, "scores", "advisers"),
    ("Iran delivered some 400 missiles to Moscow.", "some 400", 400, None, None, "some", "missiles"),
    ("Russia has at least 300 launchers near the border.", "at least 300", 300, 300, None, "at least", "launchers"),
    ("Iran sent more than 1,000 drones to Russia.", "more than 1,000", 1000, 1000, None, "more than", "drones"),
    ("Russia could receive up to 500 missiles this year.", "up to 500", 500, None, 500, "up to", "missiles"),
    ("Kyiv asked for around 50 tanks.", "around 50", 50, None, None, "around", "tanks"),
    ("Russia fired 2.5 million artillery shells.", "2.5 million", 2_500_000, None, None, None, "artillery shells"),
    ("The massacre of 1200 Israelis shocked the world.", "1200", 1200, None, None, None, "Israelis"),
    ("It was the same as at the previous two inter-Palestinian meetings.",
     "two", 2, None, None, None, "inter-Palestinian meetings"),
    ("Iran sent Russia 400 missiles.", "400", 400, None, None, None, "missiles"),
    ("Iran Sends 400 Missiles To Russia", "400", 400, None, None, None, "Missiles"),
    ("Of the 400 missiles, most were intercepted.", "400", 400, None, None, None, "missiles"),
    ("Russia has fired over 4,000 missiles at Ukraine since February 2022.",
     "over 4,000", 4000, 4000, None, "over", "missiles"),
    ("Since 2014, 14,000 people were killed in the east.", "14,000", 14000, None, None, None, "people"),
    ("Iran has sent half a dozen ships to the Red Sea.", "half a dozen", 6, None, None, "half a dozen", "ships"),
    ("Iran sent one hundred and fifty drones.", "one hundred and fifty", 150, None, None, None, "drones"),
    ("Russia lost twenty-five tanks in a day.", "twenty-five", 25, None, None, None, "tanks"),
    ("Kyiv received its first batch of 10 F-16 fighter jets.", "10", 10, None, None, None, "F-16 fighter jets"),
    ("Iran sent more than a dozen jets.", "more than a dozen", 12, 12, None, "more than", "jets"),
    ("Ukraine said it shot down 29 of the drones.", "29", 29, None, None, None, "drones"),
    ("The sanctions target 3 Iranian companies.", "3", 3, None, None, None, "Iranian companies"),
    ("Iran has supported a number of fellow Axis of Resistance factions.",
     "a number of", None, None, None, "a number of", "fellow Axis of Resistance factions"),
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
]


@pytest.mark.parametrize(("sentence", "text", "value", "low", "high", "qualifier", "item"), POSITIVE)
def test_quantities_finds_counts(nlp: Language, sentence: str, text: str, value: float | None,
                                 low: float | None, high: float | None, qualifier: str | None, item: str) -> None:
    found = only(nlp(sentence))
    assert (found.text, found.value, found.low, found.high, found.qualifier, found.item) == (
        text, value, low, high, qualifier, item)
    assert sentence[found.start : found.end] == found.text
    vague = any(text.lower().startswith(phrase) for phrase in amount_lexicon().vague_by_phrase())
    assert found.approximate == (qualifier is not None or vague)


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_quantities_rejects_non_counts(nlp: Language, sentence: str) -> None:
    assert [q.text for q in quantities(nlp(sentence))] == []


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_quantities_rejects_non_counts_without_parser(counter: Language, sentence: str) -> None:
    assert [q.text for q in quantities(counter(sentence))] == []


BLANK_POSITIVE = [
    ("Iran shipped approximately 400 ballistic missiles to Russia.", "approximately 400", "ballistic missiles"),
    ("These are from 12 to 14 organizations.", "12 to 14", "organizations"),
    ("North Korea supplied Russia with dozens of ballistic missiles.", "dozens", "ballistic missiles"),
    ("Two bombs exploded Wednesday at a commemoration.", "Two", "bombs"),
    ("Since mid-2022, Iran has supplied a substantial number of kamikaze Unmanned Aerial Vehicles (UAVs).",
     "a substantial number", "kamikaze Unmanned Aerial Vehicles"),
    ("About 1.5 million people fled the fighting.", "About 1.5 million", "people"),
    ("Russia bought 2 Su-34 bombers.", "2", "Su-34 bombers"),
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
                records.append(Weapon(text=surface, start=start, end=start + len(surface), name=canonical,
                                      category="missile", generic=generic))
            set_records(doc, "arms_weapons", records)
        elif name in ("arms_ranges", "arms_dates", "arms_quotes", "arms_transfers"):
            break
        else:
            doc = component(doc)
    return doc


LINKS = [
    ("Iran shipped approximately 400 ballistic missiles to Russia.",
     [("ballistic missiles", "ballistic missile", True)], "ballistic missile"),
    ("The report claimed a transfer of approximately 400 missiles, including Zolfaghar missiles.",
     [("missiles", "missile", True), ("Zolfaghar missiles", "Zolfaghar", False)], "missile"),
    ("Iran supplied 400 Fateh-110 short-range ballistic missiles.",
     [("Fateh-110 short-range ballistic missiles", "Fateh-110", False)], "Fateh-110"),
    ("Iran has supplied a substantial number of kamikaze Unmanned Aerial Vehicles (UAVs) to Russia.",
     [("kamikaze Unmanned Aerial Vehicles", "loitering munition", True), ("UAVs", "UAV", True)],
     "loitering munition"),
    ("Iran sent one drone and one official.", [("drone", "UAV", True)], "UAV"),
    ("According to multiple sources, Iran sent missiles.", [("missiles", "missile", True)], None),
]


@pytest.mark.parametrize(("text", "weapons", "weapon"), LINKS)
def test_quantities_links_weapons(nlp: Language, text: str, weapons: list[tuple[str, str, bool]],
                                  weapon: str | None) -> None:
    found = quantities(_run_with_weapons(nlp, text, weapons))
    assert found, text
    assert found[0].weapon == weapon
    assert len(found) == 1  # "one official" is not a count; "one drone" is


def test_quantities_links_weapons_end_to_end(nlp: Language) -> None:
    doc = nlp("North Korea supplied Russia with dozens of ballistic missiles and several ballistic missile launchers.")
    if not get_records(doc, "arms_weapons"):
        pytest.skip("the arms_weapons component found no weapons (placeholder)")
    assert [(q.text, q.weapon) for q in quantities(doc)] == [
        ("dozens", "ballistic missile"), ("several", "ballistic missile launcher")]


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
    [("12–14", (12.0, 14.0)), ("12-14", (12.0, 14.0)), ("1,200-1,500", (1200.0, 1500.0)),
     ("3-1", None), ("Fateh-110", None), ("COVID-19", None), ("14", None)],
)
def test_quantities_range_token(text: str, expected: tuple[float, float] | None) -> None:
    assert parse_range_token(text) == expected


@pytest.mark.parametrize(("text", "expected"), [("2020", True), ("1999", True), ("2,020", False), ("400", False),
                                                ("1200", False), ("2024", True)])
def test_quantities_year_shape(text: str, expected: bool) -> None:
    assert is_year_shape(text) is expected


@pytest.mark.parametrize(("word", "expected"), [("missiles", True), ("UAVs", True), ("virus", False),
                                                ("class", False), ("drone", False), ("bus", False)])
def test_quantities_looks_plural(word: str, expected: bool) -> None:
    assert looks_plural(word) is expected


@pytest.mark.parametrize(("phrase", "low"), [("dozens", 24), ("hundreds", 200), ("thousands", 2000), ("several", 3)])
def test_quantities_lexicon_bounds(phrase: str, low: float) -> None:
    assert amount_lexicon().vague_by_phrase()[phrase].low == low


_PIECES = st.sampled_from([
    "approximately", "400", "ballistic", "missiles", "dozens", "of", "drones", "12", "to", "14", "-", "–",
    "between", "and", "several", "months", "2024", "in", "January", "3", "a", "dozen", "hundred", "four",
    "$", "20", "percent", "km", "at", "least", "one", "the", "Fateh-110", "12-14", "up", "vast", "quantities",
    "\n", ",", ".", "Two", "number", "substantial", "or", "three", "million", "1,500", "tens", "thousands",
])


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
