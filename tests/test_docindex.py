"""The per-Doc index: the Doc's text, its lines and headlines, and record look-ups that follow the stored records."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, ORTH, POS
from spacy.language import Language

from arms_nlp.docindex import ActorIndex, index_of
from arms_nlp.extensions import set_records
from arms_nlp.records import Actor, Mention, Weapon


def _mention(text: str, word: str) -> Mention:
    start = text.index(word)
    return Mention(text=word, start=start, end=start + len(word))


def test_docindex_text_is_the_docs_text_and_built_once(blank: Language) -> None:
    doc = blank.make_doc("Iran  Sends Drones\n\nThe shipment arrived.")
    assert index_of(doc).text == doc.text
    assert index_of(doc) is index_of(doc)


@pytest.mark.parametrize(
    ("text", "word", "headline"),
    [
        ("Iran Sends Drones To Russia\n\nThe drones arrived on Monday.", "Sends", True),
        ("Iran Sends Drones To Russia\n\nThe drones arrived on Monday.", "arrived", False),
        ("Iran sends drones to Russia.", "sends", False),
        ("Two Words\n\nbody text here.", "Two", False),
    ],
)
def test_docindex_in_headline(blank: Language, text: str, word: str, headline: bool) -> None:
    assert index_of(blank.make_doc(text)).in_headline(text.index(word)) is headline


@pytest.mark.parametrize(
    ("text", "word", "caseless"),
    [
        ("CHAD BUYS 12 ARMORED CARS FROM ISRAEL\n\nChad bought 12 armored cars.", "BUYS", True),
        ("CHAD BUYS 12 ARMORED CARS FROM ISRAEL\n\nChad bought 12 armored cars.", "bought", False),
        ("Chad Buys Armored Cars from Israel", "Buys", True),
        ("Chad Buys Armored Cars From Israel.", "Cars", True),
        ("Defence Secretary Ana Lopes met Chief of Staff Rui Pinto in Lisbon.", "met", False),
        ("Chad buys armored cars from Israel", "buys", False),
        ("Jane Doe", "Jane", False),  # a bare name: too short to tell
        ("NATO", "NATO", False),
    ],
)
def test_docindex_caseless(blank: Language, text: str, word: str, caseless: bool) -> None:
    assert index_of(blank.make_doc(text)).caseless(text.index(word)) is caseless


def test_docindex_line_at_between_lines_is_none(blank: Language) -> None:
    text = "First line.\n\nSecond line."
    index = index_of(blank.make_doc(text))
    assert index.line_at(text.index("Second")).text == "Second line."
    assert index.line_at(text.index("\n")) is None


def test_docindex_records_follow_what_is_stored(blank: Language) -> None:
    text = "Iran sent Shahed drones and Fateh missiles."
    doc = blank.make_doc(text)
    shahed = _mention(text, "Shahed drones")
    first = Weapon(text=shahed.text, start=shahed.start, end=shahed.end, name="Shahed", category="loitering_munition")
    set_records(doc, "arms_weapons", [first])
    index = index_of(doc)
    assert index.records_over("arms_weapons", 0, len(text)) == [first]
    fateh = _mention(text, "Fateh missiles")
    second = Weapon(text=fateh.text, start=fateh.start, end=fateh.end, name="Fateh", category="ballistic_missile")
    set_records(doc, "arms_weapons", [first, second])
    assert index.records_over("arms_weapons", fateh.start, fateh.start + 1) == [second]
    assert index.records_over("arms_weapons", 0, 4) == []


def test_docindex_actor_at_prefers_the_longest_overlap() -> None:
    text = "Russia's Security Council met."
    russia = _mention(text, "Russia")
    council = _mention(text, "Russia's Security Council")
    actors = [
        Actor(text=russia.text, start=russia.start, end=russia.end, name="Russia", kind="country", mentions=[russia]),
        Actor(
            text=council.text,
            start=council.start,
            end=council.end,
            name="Russian Security Council",
            kind="organization",
            mentions=[council],
        ),
    ]
    index = ActorIndex(actors)
    assert index.at(council.start, council.end).name == "Russian Security Council"
    assert index.at(text.index("met"), text.index("met") + 3) is None
    assert index.named("Russia") is actors[0]
    assert index.named("Iran") is None


def test_docindex_does_not_keep_its_doc_alive(blank: Language) -> None:
    import gc

    from arms_nlp.docindex import _INDEXES

    before = len(_INDEXES)
    for _ in range(5):
        index_of(blank.make_doc("Iran sent drones to Russia."))
    gc.collect()
    assert len(_INDEXES) == before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saab and Saab sold SAAB jets to Saab", [True, False, True, False, False, False, False, True]),
        ("no capitals here", [False, False, False]),
        ("", []),
    ],
)
def test_docindex_where_tests_each_distinct_word_once(blank: Language, text: str, expected: list[bool]) -> None:
    doc = blank(text)
    tested: list[str] = []

    def capitalised(word: str) -> bool:
        tested.append(word)
        return word[:1].isupper() and not word.isupper()

    assert index_of(doc).where(ORTH, capitalised).tolist() == expected
    assert sorted(tested) == sorted({t.text for t in doc})


@pytest.mark.parametrize(
    ("text", "values", "expected"),
    [
        ("Iran (IR) and Iraq (IQ)", ("(",), [1, 6]),
        ("Iran (IR) and Iraq (IQ)", ("IR", "IQ"), [2, 7]),
        ("Iran and Iraq", ("(",), []),
        ("Iran and Iraq", (), []),
    ],
)
def test_docindex_having_gives_the_tokens_of_these_values_in_order(
    blank: Language, text: str, values: tuple[str, ...], expected: list[int]
) -> None:
    doc = blank.make_doc(text)
    assert index_of(doc).having(ORTH, *values) == expected
    assert expected == [t.i for t in doc if t.text in values]


def test_docindex_array_of_a_parse_still_to_come_is_not_kept(blank: Language) -> None:
    doc = blank.make_doc("Iran sent drones")
    index = index_of(doc)
    assert index.array(DEP, ORTH)[:, 0].tolist() == [0, 0, 0]
    assert index.where(POS, lambda pos: pos == "NOUN").tolist() == [False, False, False]
    doc[2].dep_, doc[2].pos_ = "dobj", "NOUN"  # what a parser and tagger after the index's creation set
    assert index.array(DEP, ORTH)[2, 0] == doc.vocab.strings["dobj"]
    assert index.where(POS, lambda pos: pos == "NOUN").tolist() == [False, False, True]


def test_docindex_array_of_word_attributes_is_kept(blank: Language) -> None:
    doc = blank.make_doc("Iran sent drones")
    index = index_of(doc)
    assert index.array(ORTH) is index.array(ORTH)
