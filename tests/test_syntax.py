"""Tests of the shared parse helpers on small hand-built Docs (no model needed)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from arms_nlp.syntax import is_relative_pronoun, noun_lemma, prep_parties, preps, with_conjuncts

VOCAB = spacy.blank("en").vocab


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos)


# "the delivery of tanks in 2025 and of howitzers": the second "of" is parsed as a conjunct of "in".
COORDINATED = _doc(
    ["delivery", "of", "tanks", "in", "2025", "and", "of", "howitzers"],
    [0, 0, 1, 0, 3, 3, 3, 6],
    ["ROOT", "prep", "pobj", "prep", "pobj", "cc", "conj", "pobj"],
    ["NOUN", "ADP", "NOUN", "ADP", "NUM", "CCONJ", "ADP", "NOUN"],
)
# "sent drones to Russia and Belarus"
LISTED = _doc(
    ["sent", "drones", "to", "Russia", "and", "Belarus"],
    [0, 0, 0, 2, 3, 3],
    ["ROOT", "dobj", "prep", "pobj", "cc", "conj"],
    ["VERB", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN"],
)


@pytest.mark.parametrize(
    ("doc", "word", "expected"),
    [
        (COORDINATED, "of", ["tanks", "howitzers"]),
        (COORDINATED, "in", ["2025"]),
        (COORDINATED, "to", []),
        (LISTED, "to", ["Russia"]),
    ],
)
def test_syntax_preps_follow_coordinated_prepositions(doc: Doc, word: str, expected: list[str]) -> None:
    assert [t.text for t in preps(doc[0], word)] == expected


def test_syntax_prep_parties_take_conjuncts() -> None:
    assert [t.text for t in prep_parties(LISTED[0], "to")] == ["Russia", "Belarus"]
    assert [t.text for t in with_conjuncts(LISTED[3])] == ["Russia", "Belarus"]


@pytest.mark.parametrize(
    ("word", "pos", "expected"),
    [
        ("Ministries", "PROPN", "ministry"),
        ("Forces", "PROPN", "force"),
        ("Congress", "PROPN", "congress"),
        ("army", "NOUN", "army"),
    ],
)
def test_syntax_noun_lemma_of_capitalised_plurals(word: str, pos: str, expected: str) -> None:
    token = _doc([word], [0], ["ROOT"], [pos])[0]
    assert noun_lemma(token) == expected


@pytest.mark.parametrize(
    ("tag", "expected"), [("WDT", True), ("WP", True), ("DT", False), ("PRP", False), ("WRB", False)]
)
def test_syntax_is_relative_pronoun(tag: str, expected: bool) -> None:
    doc = Doc(spacy.blank("en").vocab, words=["drones", "which", "arrived"], tags=["NNS", tag, "VBD"])
    assert is_relative_pronoun(doc[1]) is expected
