"""Keeping the tokenizer's cache useful after components tokenize their phrase patterns."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokenizer import Tokenizer


def empty_tokenizer_cache(nlp: Language) -> None:
    """Empty the tokenizer's cache of split words after a component has tokenized its phrase patterns.

    Building a phrase matcher tokenizes thousands of aliases, which fill the cache; spaCy stops caching
    once it holds ``max_cache_size`` entries, and every word of every text would then be split afresh
    (tokenizing about 3x slower). Setting the rules again (to the same rules) starts a new cache; the
    tokenization is unchanged. Components call this where they build their matchers, so a pipeline is
    fast however it is made: ``arms_nlp.load``, ``spacy.load`` of a saved one, or after ``add_entries``.
    """
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        tokenizer.rules = tokenizer.rules
