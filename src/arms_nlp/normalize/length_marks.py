"""Token-level readers for the less plain forms of a length (no spaCy here): signed figures
("-3", "−86", "minus 1,200"), order-of-magnitude amounts ("thousands of"), prime marks for feet and
inches ("6'9", "12.5″") told apart from apostrophes and quotation marks, and glued rate suffixes ("m.p.h.").

Every reader looks at a bounded number of tokens around its position.
"""

from __future__ import annotations

from functools import lru_cache

from ..kb.units import ScaleAmount, unit_table
from .length_tokens import Figure, Token, UnitMatch, adjacent, figure_at

_SINGLE = frozenset("'’‘")
_FEET_MARKS = frozenset("'’′")
_DOUBLE = frozenset('"”“')
_OPENERS = frozenset("‘“")
_CLOSERS = frozenset("’”")
_DASHES = frozenset("-–—‒−")
_OPEN_BRACKETS = frozenset("([")
#: Tokens read after a unit for a glued rate suffix (".", "p", ".", "h").
_SUFFIX_TOKENS = 4


def signed_figure(tokens: list[Token], i: int) -> Figure | None:
    """The figure at token ``i`` with its sign: "-3", "−86" (a minus glued to the figure, not to a word
    before it: "1,500-2,500" is an interval), "minus 1,200", "minus-3", "negative 3"; else :func:`figure_at`."""
    if not 0 <= i < len(tokens):
        return None  # as figure_at: no figure past the end ("5 km or")
    table = unit_table()
    token = tokens[i]
    if token.kind == "sign" and token.text in table.minus_signs:
        glued_left = i > 0 and adjacent(tokens, i - 1, i) and tokens[i - 1].text not in _OPEN_BRACKETS
        if glued_left or not adjacent(tokens, i, i + 1) or tokens[i + 1].kind != "num":
            return None
        inner = figure_at(tokens, i + 1)
    elif token.lower in table.minus_words:
        k = i + 1
        if k + 1 < len(tokens) and tokens[k].text in _DASHES and adjacent(tokens, i, k) and adjacent(tokens, k, k + 1):
            k += 1
        inner = figure_at(tokens, k)
    else:
        return figure_at(tokens, i)
    if inner is None:
        return None
    return Figure(-inner.value, i, inner.stop, token.start, inner.end)


@lru_cache(maxsize=1)
def _amounts_by_first_word() -> dict[str, tuple[ScaleAmount, ...]]:
    index: dict[str, list[ScaleAmount]] = {}
    for amount in sorted(unit_table().scale_amounts, key=lambda a: -len(a.phrase)):
        index.setdefault(amount.phrase[0], []).append(amount)
    return {word: tuple(found) for word, found in index.items()}


def scale_amount(tokens: list[Token], i: int) -> tuple[Figure, Figure] | None:
    """ "thousands of", "a few hundred" at token ``i``: its low and high bounds as figures spanning the phrase."""
    for amount in _amounts_by_first_word().get(tokens[i].lower, ()):
        stop = i + len(amount.phrase)
        span = tokens[i:stop]
        if all(t.kind == "word" for t in span) and tuple(t.lower for t in span) == amount.phrase:
            start, end = tokens[i].start, tokens[stop - 1].end
            return Figure(amount.low, i, stop, start, end), Figure(amount.high, i, stop, start, end)
    return None


def _quote_role(tokens: list[Token], k: int) -> str | None:
    """ "open", "close" or None (an apostrophe inside a word, "he’s") for a quotation mark at token ``k``."""
    text = tokens[k].text
    if text in _OPENERS:
        return "open"
    left, right = adjacent(tokens, k - 1, k), adjacent(tokens, k, k + 1) and tokens[k + 1].kind != "sign"
    if left and right:
        return None
    if right:
        return "open"
    return "close" if left or text in _CLOSERS else None


def closes_quote(tokens: list[Token], k: int) -> bool:
    """Does the mark at token ``k`` close a quotation opened before it (same family: single or double)?"""
    family = _SINGLE if tokens[k].text in _SINGLE else _DOUBLE
    depth = 0
    for j in range(k):
        if tokens[j].text in family:
            role = _quote_role(tokens, j)
            depth += role == "open"
            depth -= role == "close" and depth > 0
    return depth > 0


def prime_ok(tokens: list[Token], unit: UnitMatch) -> bool:
    """Is the mark at ``unit`` a prime for feet or inches ("6'9", "20' containers", "12.5″ display")?

    It is glued to its figure, not followed by a glued word ("1990’s") and does not close a quotation.
    """
    k = unit.first
    before = tokens[k - 1] if k > 0 else None
    if before is None or not adjacent(tokens, k - 1, k):
        return False
    if before.kind != "num" and before.text not in unit_table().vulgar_fractions:
        return False
    if k + 1 < len(tokens) and adjacent(tokens, k, k + 1):
        following = tokens[k + 1]
        if following.kind == "word":
            return False
        if following.kind == "num":
            return tokens[k].text in _FEET_MARKS  # feet then inches: "6'9", "6′2″"
    return tokens[k].text == "″" or tokens[k].text == "′" or not closes_quote(tokens, k)


_ARTICLES = frozenset({"a", "an", "the"})
_JOINERS = frozenset({"and", "or"})


def race_ok(tokens: list[Token], figure: Figure, unit: UnitMatch) -> bool:
    """Is "K" after ``figure`` a race distance ("a 10K", "the 5K run"), not thousands ("$10K", "10K followers")?"""
    k = unit.first
    if figure.stop != k or not adjacent(tokens, k - 1, k) or figure.first != k - 1 or not figure.value.is_integer():
        return False
    before = tokens[figure.first - 1] if figure.first > 0 else None
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if after is not None and adjacent(tokens, k, k + 1) and after.kind != "sign":
        return False
    if after is not None and after.lower in unit_table().race_words:
        return before is None or before.kind != "sign"
    ending = after is None or after.kind == "sign" or after.lower in _JOINERS
    return before is not None and before.lower in _ARTICLES and ending


def glued_rate(tokens: list[Token], k: int) -> bool:
    """Is the text glued after a unit ending before token ``k`` a rate suffix ("m.p.h.")?"""
    glued = ""
    j = k
    while j < len(tokens) and j < k + _SUFFIX_TOKENS and adjacent(tokens, j - 1, j):
        glued += tokens[j].lower
        j += 1
    return bool(glued) and glued.startswith(unit_table().rate_suffixes)


__all__ = ["closes_quote", "glued_rate", "prime_ok", "race_ok", "scale_amount", "signed_figure"]
