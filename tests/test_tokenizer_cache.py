"""The tokenizer's cache is emptied wherever a component tokenizes its phrase patterns."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer

import arms_nlp.factories  # noqa: F401  (registers the arms_* factories)
from arms_nlp.tokenizer_cache import empty_tokenizer_cache


class CountingTokenizer(Tokenizer):
    """A tokenizer that counts how often its rules are set again (which starts a new cache)."""

    resets = 0

    @property
    def rules(self) -> dict:
        return Tokenizer.rules.__get__(self)

    @rules.setter
    def rules(self, rules: dict) -> None:
        self.resets += 1
        Tokenizer.rules.__set__(self, rules)


def counting_blank() -> Language:
    """A blank English pipeline whose tokenizer counts cache resets."""
    nlp = spacy.blank("en")
    plain = nlp.tokenizer
    nlp.tokenizer = CountingTokenizer(
        nlp.vocab, plain.rules, plain.prefix_search, plain.suffix_search, plain.infix_finditer, plain.token_match
    )
    return nlp


@pytest.mark.parametrize(
    ("component", "add"),
    [
        ("arms_actors", lambda pipe: pipe.add_entries([{"name": "Eastern Reed Front", "kind": "armed_group"}])),
        ("arms_weapons", lambda pipe: pipe.add_entries([{"name": "Kestrel-9", "category": "uav", "origin": "Norway"}])),
    ],
)
def test_tokenizer_cache_emptied_after_a_component_builds_its_patterns(
    component: str, add: Callable[[object], None]
) -> None:
    nlp = counting_blank()
    pipe = nlp.add_pipe(component)
    built = nlp.tokenizer.resets
    assert built >= 1
    add(pipe)
    assert nlp.tokenizer.resets > built


@pytest.mark.parametrize(
    "text", ["We don't know.", "The U.S. Army's M1A2 tanks (abrams) arrived.", "Gov. Abbott's 5km-range rockets", ""]
)
def test_tokenizer_cache_emptied_without_changing_tokens(text: str) -> None:
    nlp, plain = spacy.blank("en"), spacy.blank("en")
    for phrase in ("Gov. Abbott", "U.S. Army", "M1A2 Abrams"):
        nlp.make_doc(phrase)
    empty_tokenizer_cache(nlp)
    assert [t.text for t in nlp.make_doc(text)] == [t.text for t in plain.make_doc(text)]
