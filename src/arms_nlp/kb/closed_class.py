"""Schema and accessor for ``data/closed_class.yaml``: closed-class words shared by the components."""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from . import LowerWords, load_document


class ClosedClass(BaseModel):
    """Closed-class word sets, one per meaning; see the data file for why components combine them differently."""

    model_config = ConfigDict(extra="forbid")

    articles: LowerWords
    demonstratives: LowerWords
    quantifiers: LowerWords
    possessive_determiners: LowerWords
    possessive_suffixes: tuple[str, ...]
    possessive_marks: tuple[str, ...]
    coordinators: LowerWords
    additive_connectives: LowerWords
    name_joiners: LowerWords
    name_particles: LowerWords
    acronym_skips: LowerWords
    title_case_minor: LowerWords
    pronouns: LowerWords
    bullets: frozenset[str]
    line_bullets: frozenset[str]
    continuation_marks: frozenset[str]
    complementizers: LowerWords
    contrast_subordinators: LowerWords
    anaphoric_determiners: LowerWords
    lemma_corrections: dict[str, str]
    location_suffixes: LowerWords
    alternative_adverbs: LowerWords
    title_abbreviations: tuple[str, ...] = ()
    spelling_variants: dict[str, str] = {}
    lowercase_name_prefixes: tuple[str, ...] = ()

    @property
    def determiners(self) -> frozenset[str]:
        """Leading words that are no part of a name: articles, demonstratives and quantifiers."""
        return self.articles | self.demonstratives | self.quantifiers

    @property
    def possessives(self) -> tuple[str, ...]:
        """Possessive endings, the "'s" forms first."""
        return self.possessive_suffixes + self.possessive_marks


@lru_cache(maxsize=1)
def closed_class() -> ClosedClass:
    """The closed-class word sets, loaded and validated once."""
    return load_document("closed_class.yaml", ClosedClass)
