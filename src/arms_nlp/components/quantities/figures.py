"""Candidate amounts over the tokens: "400", "four hundred", "12 to 14", "dozens", "a substantial number".

A :class:`Figure` is the amount before its counted noun is known; its hedge ("approximately",
"at least") is attached from the qualifier phrases of ``data/amounts.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import LIKE_NUM, LOWER, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from ...docindex import index_of
from ...kb.amounts import AmountLexicon, Qualifier, VagueAmount
from ...kb.numbers import number_words
from ...normalize.counts import parse_range_token, scaled
from ...normalize.numbers import is_number_word, parse_digits, parse_number

#: Words that open a figure without looking like a number themselves.
_OPENERS = frozenset({"a", "an", "between", "dozen", "hundred", "thousand", "million", "billion"})


@dataclass
class Figure:
    """A candidate amount (token offsets, ``end`` exclusive) before its counted noun is known."""

    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    vague: bool = False
    needs_of: bool = False
    qualifier: Qualifier | None = None
    qualifier_start: int | None = None
    #: "3,000-plus": the figure is a minimum.
    plus: bool = False
    #: A vague phrase naming an exact figure ("a pair of"): not approximate.
    exact: bool = False


class CountVocabulary:
    """The lexicon in the lookup shapes the scanner needs, plus the phrase matcher (built once)."""

    def __init__(self, nlp: Language, lexicon: AmountLexicon) -> None:
        self.lexicon = lexicon
        self.vague = lexicon.vague_by_phrase()
        self.qualifiers = lexicon.qualifier_by_phrase()
        self.not_counted = lexicon.not_counted
        self.scales = {word: value for word, value in number_words().scales.items() if len(word) > 2}
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add("VAGUE", [nlp.make_doc(phrase) for phrase in self.vague])
        self.matcher.add("QUALIFIER", [nlp.make_doc(phrase) for phrase in self.qualifiers])


# ---------------------------------------------------------------------------- figures


def is_figure_token(token: Token) -> bool:
    """A token that can start or continue a written number (not a lone "a", not "m")."""
    lowered = token.lower_
    if lowered in ("a", "an", "m"):
        return False
    return parse_digits(token.text) is not None or is_number_word(lowered)


def number_group_end(doc: Doc, start: int, words: CountVocabulary) -> int:
    """End (exclusive) of the written number starting at ``start``; ``start`` when there is none.

    Digits may be followed by scale words only ("1.5 million"); words by words, with "and"
    and hyphens inside ("one hundred and fifty", "twenty-five"); "a"/"an" only before a
    scale ("a dozen", "a thousand").
    """
    if start >= len(doc):
        return start
    token = doc[start]
    if token.lower_ in ("a", "an"):
        if start + 1 < len(doc) and doc[start + 1].lower_ in words.scales:
            return start + 2
        return start
    if not is_figure_token(token):
        return start
    digits = parse_digits(token.text) is not None
    end = start + 1
    while end < len(doc):
        nxt = doc[end]
        lowered = nxt.lower_
        if lowered in words.scales:
            end += 1
        elif digits:
            break
        elif _joins_number(doc, end, words):
            end += 2
        elif is_number_word(lowered) and lowered not in ("a", "an", "m"):
            end += 1
        else:
            break
    return end


def _joins_number(doc: Doc, index: int, words: CountVocabulary) -> bool:
    """True for the "and" of "one hundred and fifty" and the hyphen of "twenty-five" (not "two and three")."""
    if index + 1 >= len(doc) or not is_figure_token(doc[index + 1]):
        return False
    joiner, before = doc[index].lower_, doc[index - 1].lower_
    if joiner == "and":
        return before in words.scales
    return joiner == "-" and before in number_words().tens and doc[index + 1].lower_ in number_words().ones


def _group_value(doc: Doc, start: int, end: int) -> float | None:
    return parse_number(doc[start:end].text)


def read_range(doc: Doc, start: int, end: int, words: CountVocabulary) -> tuple[int, float, float] | None:
    """(end, low, high) when the figure ``doc[start:end]`` opens a range ("12 to 14", "two or three")."""
    if end + 1 >= len(doc) or doc[end].lower_ not in words.lexicon.range_connectors:
        return None
    if doc[end].lower_ in ("-", "–", "—") and (doc[end].whitespace_ or doc[end - 1].whitespace_):
        return None
    second_end = number_group_end(doc, end + 1, words)
    if second_end == end + 1:
        return None
    low, high = _group_value(doc, start, end), _group_value(doc, end + 1, second_end)
    if low is None or high is None or low >= high:
        return None
    return second_end, low, high


def read_vague(doc: Doc, start: int, end: int, entry: VagueAmount, words: CountVocabulary) -> Figure:
    """The figure of a vague amount, extended over a scale after it ("several hundred", "tens of thousands")."""
    figure = Figure(
        start,
        end,
        value=entry.value,
        low=entry.low,
        high=entry.high,
        vague=True,
        needs_of=entry.needs_of,
        exact=entry.exact,
    )
    if end < len(doc) and doc[end].lower_ in words.scales and not entry.needs_of:
        factor = words.scales[doc[end].lower_]
        figure.end, figure.low, figure.high = end + 1, scaled(entry.low, factor), scaled(entry.high, factor)
        figure.value, figure.needs_of = scaled(entry.value, factor), False
    elif entry.scale and end + 1 < len(doc) and doc[end].lower_ == "of":
        inner = words.vague.get(doc[end + 1].lower_)
        if inner is not None and inner.scale:
            figure.end = end + 2
            figure.low = scaled(entry.low, inner.scale)
    if figure.value is not None:
        figure.low = figure.high = None
    return figure


def find_figures(doc: Doc, words: CountVocabulary) -> list[Figure]:
    """Every candidate amount in ``doc``, left to right, without overlaps; qualifiers attached."""
    vague_at: dict[int, tuple[int, VagueAmount]] = {}
    qualifier_at: dict[int, tuple[int, Qualifier]] = {}
    for match_id, start, end in words.matcher(doc):
        phrase = doc[start:end].text.lower()
        if doc.vocab.strings[match_id] == "VAGUE":
            if start not in vague_at or vague_at[start][0] < end:
                vague_at[start] = (end, words.vague[" ".join(t.lower_ for t in doc[start:end])])
        elif end not in qualifier_at or qualifier_at[end][0] > start:
            entry = words.qualifiers.get(phrase) or words.qualifiers.get(" ".join(t.lower_ for t in doc[start:end]))
            if entry is not None:
                qualifier_at[end] = (start, entry)
    figures: list[Figure] = []
    i = 0
    for start in _openings(doc, vague_at):
        if start < i:
            continue  # inside the figure just read
        i = start
        figure = _figure_at(doc, i, words, vague_at)
        if figure is None:
            i += 1
            continue
        if figure.value is not None and _plus_follows(doc, figure.end):
            figure.end, figure.plus = figure.end + 2, True
        if figure.start in qualifier_at:
            q_start, entry = qualifier_at[figure.start]
            if not figures or figures[-1].end <= q_start:
                figure.qualifier, figure.qualifier_start = entry, q_start
        figures.append(figure)
        i = figure.end
    return figures


def _openings(doc: Doc, vague_at: dict[int, tuple[int, VagueAmount]]) -> list[int]:
    """Indices of the tokens a figure may start at, in order: a vague amount, a word starting with a digit, a
    number-like word or an opener ("a", "between", "dozen"); read off the Doc's attribute arrays (the answers
    per distinct word kept across Docs) instead of testing every token."""
    index = index_of(doc)
    digit = index.where(ORTH, _starts_with_digit, key=_starts_with_digit)
    opener = index.where(LOWER, _OPENERS.__contains__, key=(find_figures, _OPENERS))
    numeric = index.array(LIKE_NUM)[:, 0] != 0
    found = numpy.flatnonzero(digit | opener | numeric).tolist()
    return sorted(set(found).union(vague_at)) if vague_at else found


def _starts_with_digit(text: str) -> bool:
    return text[:1].isdigit()


def _plus_follows(doc: Doc, end: int) -> bool:
    """True for the "-plus" of "3,000-plus", written without spaces."""
    return (
        end + 1 < len(doc)
        and doc[end].text in ("-", "–")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].lower_ == "plus"
    )


def _figure_at(doc: Doc, i: int, words: CountVocabulary, vague_at: dict[int, tuple[int, VagueAmount]]) -> Figure | None:
    if i in vague_at:
        end, entry = vague_at[i]
        return read_vague(doc, i, end, entry, words)
    token = doc[i]
    bounds = parse_range_token(token.text)
    if bounds is not None:
        return Figure(i, i + 1, low=bounds[0], high=bounds[1])
    if token.lower_ == "between":
        first_end = number_group_end(doc, i + 1, words)
        if first_end > i + 1 and first_end + 1 < len(doc) and doc[first_end].lower_ == "and":
            second_end = number_group_end(doc, first_end + 1, words)
            low, high = _group_value(doc, i + 1, first_end), _group_value(doc, first_end + 1, second_end)
            if second_end > first_end + 1 and low is not None and high is not None and low < high:
                return Figure(i, second_end, low=low, high=high)
        return None
    end = number_group_end(doc, i, words)
    if end == i:
        return None
    spread = read_range(doc, i, end, words)
    if spread is not None:
        return Figure(i, spread[0], low=spread[1], high=spread[2])
    value = _group_value(doc, i, end)
    return Figure(i, end, value=value) if value is not None else None
