"""Dependency-parse helpers shared by several components."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token


def nearest_subject(verb: Token, deps: Collection[str]) -> Token | None:
    """The verb's subject (a child with a dependency in ``deps``).

    Of two subjects, a misparse mostly of a dateline ("SEOUL, Feb 27 (Reuters) - North Korea has shipped",
    "MOSCOW (Reuters) - Russia said"), the one nearest before the verb.
    """
    subjects = [child for child in verb.children if child.dep_ in deps]
    before = [child for child in subjects if child.i < verb.i]
    return before[-1] if before else subjects[0] if subjects else None
