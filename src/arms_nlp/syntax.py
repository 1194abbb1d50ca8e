"""Dependency-parse helpers and dependency label sets shared by several components."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from functools import lru_cache

from spacy.attrs import DEP, LOWER, POS
from spacy.parts_of_speech import ADP
from spacy.strings import get_string_id
from spacy.tokens import Token

from .docindex import index_of
from .kb.closed_class import closed_class

#: Active subjects, and direct objects (spaCy's English labels and the UD ones).
SUBJECTS = frozenset({"nsubj", "csubj"})
OBJECTS = frozenset({"dobj", "obj"})
#: Subjects of any voice.
ANY_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Penn tags of the relative pronouns that open a relative clause ("which", "that", "who").
RELATIVE_TAGS = frozenset({"WDT", "WP"})


def caseless(token: Token) -> bool:
    """True when ``token`` stands on a line written all in capitals or in title case ("RUSSIA DELIVERS S-400 TO
    INDIA", "Turkey Sends Drones to Mali"): there a capital is no sign of a name, so rules reading capitals as
    one do not fire (see :meth:`arms_nlp.docindex.DocIndex.caseless`)."""
    return index_of(token.doc).caseless(token.idx)


def nearest_subject(verb: Token, deps: Collection[str]) -> Token | None:
    """The verb's subject (a child with a dependency in ``deps``).

    Of two subjects, a misparse mostly of a dateline ("SEOUL, Feb 27 (Reuters) - North Korea has shipped",
    "MOSCOW (Reuters) - Russia said"), the one nearest before the verb.
    """
    subjects = [child for child in verb.children if child.dep_ in deps]
    before = [child for child in subjects if child.i < verb.i]
    return before[-1] if before else subjects[0] if subjects else None


def is_relative_pronoun(token: Token) -> bool:
    """True for a relative (or interrogative) pronoun: "which", "that", "who"."""
    return token.tag_ in RELATIVE_TAGS


#: Lowercase lemma by the lemma's string id (the same in every vocabulary): reading ``Token.lemma_`` looks the
#: string up and ``lower()`` copies it, on every one of the thousands of calls per article. Cleared when full,
#: so a stream of new words keeps it bounded.
_LOWER_LEMMAS: dict[int, str] = {}
_LOWER_LEMMAS_KEPT = 50_000


def lemma(token: Token) -> str:
    """The lowercase lemma, also for title-case headline words tagged as proper nouns; a form the model
    lemmatises wrongly ("hopes" -> "hop") takes its lemma from the data's correction table."""
    fixed = _corrected_lemmas().get(token.lower)
    if fixed is not None:
        return fixed
    key = token.lemma  # 0: no lemma
    if not key:
        return token.lower_
    found = _LOWER_LEMMAS.get(key)
    if found is None:
        if len(_LOWER_LEMMAS) >= _LOWER_LEMMAS_KEPT:
            _LOWER_LEMMAS.clear()
        found = _LOWER_LEMMAS[key] = token.lemma_.lower()
    return found


@lru_cache(maxsize=1)
def _corrected_lemmas() -> dict[int, str]:
    """The data's lemma corrections by the string id of the lowercase form (``Token.lower``: no string lookup)."""
    return {get_string_id(form): fixed for form, fixed in closed_class().lemma_corrections.items()}


def noun_lemma(token: Token) -> str:
    """The lowercase singular of a noun, also for capitalised plurals the tagger left as proper nouns
    ("Ministries" -> "ministry", "Forces" -> "force")."""
    word = lemma(token)
    if token.pos_ != "PROPN" or not word.endswith("s") or word.endswith("ss"):
        return word
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


def with_conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("Russia and Syria")."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out.extend(with_conjuncts(child))
    return out


def preps(token: Token, word: str) -> Iterator[Token]:
    """Objects of the prepositions ``word`` attached to ``token`` ("to X", "from X"), also when coordinated
    with another of its prepositions ("the delivery of 180 tanks in 2025 and of 212 howitzers").

    The walk reads the Doc's children, dependency, lowercase and part-of-speech arrays (its index), so that
    only the objects found become Token objects: rules ask this of hundreds of tokens per article."""
    doc = token.doc
    index = index_of(doc)
    order, bounds = index.children()
    deps, lowers, tags = index.columns(DEP, LOWER, POS)
    wanted = get_string_id(word)
    for child in order[bounds[token.i] : bounds[token.i + 1]]:
        if deps[child] not in _PREP_DEPS:
            continue
        for prep in _conjuncts_of(child, order, bounds, deps):
            if lowers[prep] == wanted and tags[prep] == ADP:
                yield from (doc[obj] for obj in order[bounds[prep] : bounds[prep + 1]] if deps[obj] in _PREP_OBJECTS)


_PREP_DEPS = frozenset(get_string_id(label) for label in ("prep", "dative", "agent"))
_PREP_OBJECTS = frozenset(get_string_id(label) for label in ("pobj", "pcomp"))
_CONJ = get_string_id("conj")


def _conjuncts_of(i: int, order: list[int], bounds: list[int], deps: list[int]) -> list[int]:
    """:func:`with_conjuncts` over token indices (``order``, ``bounds``: the children table of
    :meth:`~arms_nlp.docindex.DocIndex.children`; ``deps``: dependency ids)."""
    out = [i]
    for child in order[bounds[i] : bounds[i + 1]]:
        if deps[child] == _CONJ:
            out.extend(_conjuncts_of(child, order, bounds, deps))
    return out


def child(token: Token, deps: tuple[str, ...]) -> Token | None:
    """The first child of ``token`` with one of these dependency labels."""
    return next((c for c in token.children if c.dep_ in deps), None)


def prep_parties(token: Token, word: str) -> list[Token]:
    """Objects of the prepositions ``word`` on ``token`` with their conjuncts ("with Poland and Norway")."""
    return [t for obj in preps(token, word) for t in with_conjuncts(obj)]
