"""Tests for arms_actors: canonical actors, their kinds, titles, affiliations and mentions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from arms_nlp.extensions import get_records
from arms_nlp.kb.actors import countries, gazetteer, named_bodies
from arms_nlp.linking import actor_at
from arms_nlp.records import Actor


@pytest.fixture(scope="module")
def blank_actors(blank: Language) -> Language:
    """A model-free pipeline: tokenizer, arms_boilerplate and arms_actors only."""
    nlp = Language(blank.vocab)
    nlp.add_pipe("arms_boilerplate")
    nlp.add_pipe("arms_actors")
    return nlp


def actors_of(nlp: Language, text: str) -> list[Actor]:
    """The actors the pipeline finds in ``text``."""
    return get_records(nlp(text), "arms_actors")


def by_name(actors: list[Actor]) -> dict[tuple[str, str], Actor]:
    """Actors keyed by (canonical name, kind)."""
    return {(a.name, a.kind): a for a in actors}


# ---------------------------------------------------------------- gazetteers


@pytest.mark.parametrize(
    ("alias", "name", "kind", "role"),
    [
        ("U.S.", "United States", "country", "name"),
        ("US", "United States", "country", "name"),
        ("USA", "United States", "country", "name"),
        ("America", "United States", "country", "name"),
        ("White House", "White House", "organization", "name"),
        ("Middle Eastern", "Middle East", "location", "name"),
        ("Axis of Resistance", "Axis of Resistance", "armed_group", "name"),
        ("Washington", "United States", "country", "capital"),
        ("Islamic Republic", "Iran", "country", "name"),
        ("Iranian", "Iran", "country", "demonym"),
        ("Tehran", "Iran", "country", "capital"),
        ("Kremlin", "Russia", "country", "body"),
        ("DPRK", "North Korea", "country", "name"),
        ("Pyongyang", "North Korea", "country", "capital"),
        ("Kyiv", "Ukraine", "country", "capital"),
        ("UK", "United Kingdom", "country", "name"),
        ("Palestine", "Palestine", "country", "name"),
        ("Kosovo", "Kosovo", "country", "name"),
        ("Taiwan", "Taiwan", "country", "name"),
        ("IRGC", "Islamic Revolutionary Guard Corps", "organization", "name"),
        ("U.N. Security Council", "United Nations Security Council", "organization", "name"),
        ("State Department", "State Department", "organization", "name"),
        ("IAEA", "International Atomic Energy Agency", "organization", "name"),
        ("Houthis", "Houthis", "armed_group", "name"),
        ("ISIS", "Islamic State", "armed_group", "name"),
        ("AP", "Associated Press", "media", "name"),
        ("WSJ", "The Wall Street Journal", "media", "name"),
    ],
)
def test_actors_gazetteer_aliases(alias: str, name: str, kind: str, role: str) -> None:
    entry = gazetteer()[alias]
    assert (entry.name, entry.kind, entry.role) == (name, kind, role)


@pytest.mark.parametrize("not_alias", ["UAV", "Arab", "the UN", "Palestinians", "Trending"])
def test_actors_gazetteer_excludes(not_alias: str) -> None:
    assert not_alias not in gazetteer()


def test_actors_gazetteer_covers_un_members() -> None:
    names = [c.name for c in countries()]
    assert len(names) == len(set(names)) >= 196
    bodies = [b.name for b in named_bodies()]
    assert len(bodies) == len(set(bodies))
    assert all(b.country in names for b in named_bodies() if b.country)


# ---------------------------------------------------------------- mentions and kinds


@pytest.mark.parametrize(
    ("text", "name", "kind", "mentions"),
    [
        ("The Kremlin denied that Moscow had received drones.", "Russia", "country", ["Kremlin", "Moscow"]),
        ("Pyongyang has supplied shells to Russia, the DPRK said.", "North Korea", "country", ["Pyongyang", "DPRK"]),
        (
            "The Islamic Republic denied the report, and Iran said so again.",
            "Iran",
            "country",
            ["Islamic Republic", "Iran"],
        ),
        (
            "The U.S. said that the US would act, and Washington agreed.",
            "United States",
            "country",
            ["U.S.", "US", "Washington"],
        ),
        ("Kyiv said the deliveries had started.", "Ukraine", "country", ["Kyiv"]),
        ("The deal between Tehran and Moscow has not been sealed.", "Iran", "country", ["Tehran"]),
        ("Washington will hold Tehran and Moscow accountable.", "Russia", "country", ["Moscow"]),
        ("Iranian drones were shot down.", "Iran", "country", ["Iranian"]),
        ("Hezbollah and the Houthis received rockets.", "Houthis", "armed_group", ["Houthis"]),
        ("Islamic Jihad and Hamas attended the talks.", "Islamic Jihad", "armed_group", ["Islamic Jihad"]),
        (
            "According to The Wall Street Journal, talks continued.",
            "The Wall Street Journal",
            "media",
            ["The Wall Street Journal"],
        ),
        ("Reuters reported the shipments, citing sources.", "Reuters", "media", ["Reuters"]),
        ("The IAEA and NATO issued statements.", "NATO", "organization", ["NATO"]),
        ("A meeting in Moscow was planned for February.", "Moscow", "location", ["Moscow"]),
        ("He was killed at a mosque in Tehran last year.", "Tehran", "location", ["Tehran"]),
        ("Tensions rose in the Middle East after the strike.", "Middle East", "location", ["Middle East"]),
        ("SEOUL, South Korea (AP) - North Korea has sent shells to Russia.", "Seoul", "location", ["SEOUL"]),
        ("IRAN DENIES SENDING MISSILES TO RUSSIA", "Iran", "country", ["IRAN"]),
        ("The alliance shapes Middle Eastern geopolitics.", "Middle East", "location", ["Middle Eastern"]),
        (
            "He spoke at the Imam Khomeini grand mosque in Tehran.",
            "Imam Khomeini grand mosque",
            "location",
            ["Imam Khomeini grand mosque"],
        ),
        (
            "Jeffrey Lewis, an expert at the Middlebury Institute of International Studies at Monterey, said so.",
            "Monterey",
            "location",
            ["Monterey"],
        ),
        (
            "Iran has supported a number of fellow Axis of Resistance factions.",
            "Axis of Resistance",
            "armed_group",
            ["Axis of Resistance"],
        ),
        ("Iranian drones and Russian aircraft were seen.", "Russia", "country", ["Russian"]),
        (
            "Yahya Saree spoke on Tuesday. Saree added that the strikes would go on.",
            "Yahya Saree",
            "person",
            ["Yahya Saree", "Saree"],
        ),
    ],
)
def test_actors_mentions(nlp: Language, text: str, name: str, kind: str, mentions: list[str]) -> None:
    actor = by_name(actors_of(nlp, text)).get((name, kind))
    assert actor is not None, [(a.name, a.kind) for a in actors_of(nlp, text)]
    assert [m.text for m in actor.mentions] == mentions
    assert all(text[m.start : m.end] == m.text for m in actor.mentions)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("A meeting in Moscow was planned for February.", ("Russia", "country")),
        ("He was killed at a mosque in Tehran last year.", ("Iran", "country")),
        ("The deal between Tehran and Moscow has not been sealed.", ("Tehran", "location")),
        ("Iran's missile and UAV programs are under sanctions.", ("UAV", "organization")),
        ("Iran supplied Unmanned Aerial Vehicles (UAVs) to Russia.", ("Unmanned Aerial Vehicles", "organization")),
        ("Moscow backed Palestinian and Arab allies against Israel.", ("Palestine", "country")),
        ("Ukrainian cities were hit again overnight.", ("Ukraine", "country")),
        ("The war in Gaza began in October.", ("War", "location")),
        ("The North is believed to have received food in return.", ("North", "location")),
        ("SEOUL, South Korea (AP) - North Korea has sent shells to Russia.", ("South Korea", "location")),
    ],
)
def test_actors_not_actors(nlp: Language, text: str, absent: tuple[str, str]) -> None:
    assert absent not in by_name(actors_of(nlp, text))


# ---------------------------------------------------------------- people


@pytest.mark.parametrize(
    ("text", "name", "title", "affiliation"),
    [
        (
            "Russian deputy foreign minister Mikhail Bogdanov explained the plan.",
            "Mikhail Bogdanov",
            "deputy foreign minister",
            "Russia",
        ),
        (
            "In December, US National Security spokesman John Kirby emphasized the risks.",
            "John Kirby",
            "National Security spokesman",
            "United States",
        ),
        (
            "Jeffrey Lewis, an expert at the Middlebury Institute of International Studies, said it was likely.",
            "Jeffrey Lewis",
            "expert",
            "Middlebury Institute of International Studies",
        ),
        ("Iranian President Ebrahim Raisi speaks during a ceremony.", "Ebrahim Raisi", "President", "Iran"),
        ("Hamas Political Bureau head Ismail Haniyeh was killed.", "Ismail Haniyeh", "Political Bureau head", "Hamas"),
        (
            "Iran's foreign ministry spokesman Nasser Kanaani rejected it.",
            "Nasser Kanaani",
            "foreign ministry spokesman",
            "Iran",
        ),
    ],
)
def test_actors_person_title_affiliation(nlp: Language, text: str, name: str, title: str, affiliation: str) -> None:
    person = by_name(actors_of(nlp, text)).get((name, "person"))
    assert person is not None, [(a.name, a.kind) for a in actors_of(nlp, text)]
    assert (person.title, person.affiliation) == (title, affiliation)


@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        ("US spokesman John Kirby spoke on Monday. Kirby warned that the ties were growing.", "John Kirby", 2),
        ("Defense Secretary Lloyd Austin met allies. Austin said aid would continue.", "Lloyd Austin", 2),
    ],
)
def test_actors_surname_joins_person(nlp: Language, text: str, name: str, count: int) -> None:
    actors = actors_of(nlp, text)
    people = [a for a in actors if a.kind == "person"]
    assert [p.name for p in people] == [name]
    assert len(people[0].mentions) == count


@pytest.mark.parametrize(
    ("text", "state", "mentions"),
    [
        ("An Iranian official said Iran would act.", "Iran", ["Iran"]),
        ("US officials said the United States would act.", "United States", ["United States"]),
        ("Russian deputy foreign minister Mikhail Bogdanov said Russia agreed.", "Russia", ["Russia"]),
        ("The Iranian Mission to the United Nations said Iran had not sent arms.", "Iran", ["Iran"]),
    ],
)
def test_actors_state_inside_description_is_not_a_mention(
    nlp: Language, text: str, state: str, mentions: list[str]
) -> None:
    actor = by_name(actors_of(nlp, text))[(state, "country")]
    assert [m.text for m in actor.mentions] == mentions


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("White House National Security Council Coordinator John Kirby declined.", "National Security Council"),
        (
            "Ukrainian Defense Intelligence representative Andrii Chernyak was skeptical.",
            "Ukrainian Defense Intelligence",
        ),
        ("A senior State Department official emphasized the sanctions.", "State Department"),
    ],
)
def test_actors_organization_inside_description_is_an_actor(nlp: Language, text: str, organization: str) -> None:
    assert (organization, "organization") in by_name(actors_of(nlp, text))


def test_actors_title_org_is_not_an_actor(nlp: Language) -> None:
    text = "In December, US National Security spokesman John Kirby emphasized the risks."
    assert not [a for a in actors_of(nlp, text) if a.kind == "organization"]


# ---------------------------------------------------------------- officials


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        ("An Iranian official confirmed the shipments.", "Iranian official", "Iran"),
        (
            "A senior State Department official emphasized the sanctions.",
            "senior State Department official",
            "State Department",
        ),
        ("U.S. and European officials have accused Iran.", "U.S. and European officials", "United States"),
        ("The talks caused concern among US government officials.", "US government officials", "United States"),
        (
            "American intelligence and defense officials suspected Russian involvement.",
            "American intelligence and defense officials",
            "United States",
        ),
        ("A Pentagon spokesman declined to comment.", "Pentagon spokesman", "Pentagon"),
    ],
)
def test_actors_officials(nlp: Language, text: str, name: str, affiliation: str) -> None:
    official = by_name(actors_of(nlp, text)).get((name, "official"))
    assert official is not None, [(a.name, a.kind) for a in actors_of(nlp, text)]
    assert official.affiliation == affiliation
    assert actor_at(actors_of(nlp, text), official.start, official.end).name == name


@pytest.mark.parametrize(
    "text",
    [
        "US spokesman John Kirby said the ties were growing.",  # a title, not an unnamed official
        "Officials said the talks were over.",  # bare plural: nobody in particular
        "The statement was official and final.",
    ],
)
def test_actors_no_official(nlp: Language, text: str) -> None:
    assert not [a for a in actors_of(nlp, text) if a.kind == "official"]


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        (
            "A spokesman for the Israel Defense Forces declined to comment.",
            "spokesman for the Israel Defense Forces",
            "Israel Defense Forces",
        ),
        ("Two senior U.S. defense officials told Politico about it.", "senior U.S. defense officials", "United States"),
    ],
)
def test_actors_official_phrase_bounds(nlp: Language, text: str, name: str, affiliation: str) -> None:
    official = by_name(actors_of(nlp, text)).get((name, "official"))
    assert official is not None, [(a.name, a.kind) for a in actors_of(nlp, text)]
    assert official.affiliation == affiliation


def test_actors_the_official_joins_previous(nlp: Language) -> None:
    text = "A senior State Department official spoke on Tuesday. The official also highlighted the drones."
    officials = [a for a in actors_of(nlp, text) if a.kind == "official"]
    assert [(o.name, len(o.mentions)) for o in officials] == [("senior State Department official", 2)]


# ---------------------------------------------------------------- furniture, blank pipelines, robustness


@pytest.mark.parametrize(
    ("caption", "absent"),
    [
        ("President Ebrahim Raisi speaks in Tehran on Wednesday. (AP Photo/Vahid Salemi)", "Associated Press"),
        (
            "The Islamic Revolutionary Guard Corps launches missiles.\n\nIslamic Revolutionary Guard Corps/Sepahnews/AP",
            "Sepah News",
        ),
    ],
)
def test_actors_skip_photo_credits(nlp: Language, caption: str, absent: str) -> None:
    body = (
        "Iran has denied sending arms to Russia for use in the war after a report cited officials "
        "alleging that the Islamic Republic had provided Moscow with short-range ballistic missiles."
    )
    names = {name for name, _ in by_name(actors_of(nlp, f"{caption}\n\n{body}"))}
    assert absent not in names
    assert "Iran" in names


def test_actors_skip_page_furniture(nlp: Language) -> None:
    body = (
        "Iran has denied sending arms to Russia for use in the war after a report cited officials "
        "alleging that the Islamic Republic had provided Moscow with short-range ballistic missiles."
    )
    links = (
        "Judge delays Donald Trump’s sentencing until after election\n"
        "Can Broncos rookie Bo Nix find success in Seattle?\n"
    )
    text = f"{body}\n\nArticles You May Like\n\n{links}"
    found = by_name(actors_of(nlp, text))
    assert ("Iran", "country") in found
    assert not [key for key in found if key[0] in ("Donald Trump", "Bo Nix", "Seattle")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kremlin said Moscow would reply to Tehran.", {("Russia", "country"), ("Iran", "country")}),
        ("A meeting in Moscow ended.", {("Moscow", "location")}),
        ("Reuters and the IRGC", {("Reuters", "media"), ("Islamic Revolutionary Guard Corps", "organization")}),
    ],
)
def test_actors_blank_pipeline(blank_actors: Language, text: str, expected: set[tuple[str, str]]) -> None:
    assert set(by_name(get_records(blank_actors(text), "arms_actors"))) == expected


@pytest.mark.parametrize(
    "text", ["", " ", "\n\n", "“”", "US", "the the the", "Iran's", "’s Iran", "Mr. . . Kirby", "A\u00a0B"]
)
def test_actors_never_raises(nlp: Language, text: str) -> None:
    for actor in actors_of(nlp, text):
        assert all(text[m.start : m.end] == m.text for m in actor.mentions)


def test_actors_fixture_offsets(nlp: Language, articles: dict[str, str]) -> None:
    for text in articles.values():
        for actor in actors_of(nlp, text):
            assert text[actor.start : actor.end] == actor.text
            assert all(text[m.start : m.end] == m.text for m in actor.mentions)


_WORDS = ["Iran", "Iranian", "Tehran", "in", "the", "Kremlin", "U.S.", "said", "official", "’s", "\n", ".", "“", "Hamas"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_WORDS) | st.text(max_size=5), max_size=30))
def test_actors_blank_offsets_property(blank_actors: Language, words: list[str]) -> None:
    text = " ".join(words)
    for actor in get_records(blank_actors(text), "arms_actors"):
        assert actor.mentions and all(text[m.start : m.end] == m.text for m in actor.mentions)
