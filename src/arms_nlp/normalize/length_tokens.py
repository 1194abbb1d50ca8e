"""Tokens, figures and unit forms for :mod:`arms_nlp.normalize.lengths`: the text-level pieces of a length.

Everything here is linear in the input: one regex without nested quantifiers cuts the
text into figures, words and single signs, and each lookup reads a bounded number of tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..kb.numbers import number_words
from ..kb.units import UnitForm, unit_table
from .numbers import parse_digits, parse_number

_TOKEN = re.compile(r"[0-9][0-9.,]*|[^\W\d_]+|\S")
#: A figure longer than this is not a measurement ("1,2,3,...", runs of digits).
MAX_FIGURE_CHARS = 24


@dataclass(frozen=True, slots=True)
class Token:
    """A figure, a word or a single sign, with its character offsets."""

    text: str
    start: int
    end: int
    kind: str  # "num", "word" or "sign"
    newline_before: bool = False

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True, slots=True)
class Figure:
    """A written number: tokens ``first``..``stop`` (exclusive), its value and offsets."""

    value: float
    first: int
    stop: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class UnitMatch:
    """A unit form found at tokens ``first``..``stop`` (exclusive)."""

    form: UnitForm
    first: int
    stop: int
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Cut ``text`` into figures, words and signs; a figure's trailing "." or "," is a sign of its own."""
    tokens: list[Token] = []
    previous_end = 0
    for match in _TOKEN.finditer(text):
        piece, start = match.group(), match.start()
        newline = "\n" in text[previous_end:start]
        previous_end = match.end()
        if piece[0].isdigit():
            core = piece.rstrip(".,")
            tokens.append(Token(core, start, start + len(core), "num", newline))
            tokens.extend(Token(ch, start + k, start + k + 1, "sign") for k, ch in enumerate(piece[len(core) :], len(core)))
        elif piece[0].isalpha():
            tokens.append(Token(piece, start, match.end(), "word", newline))
        else:
            tokens.append(Token(piece, start, match.end(), "sign", newline))
    return tokens


def adjacent(tokens: list[Token], left: int, right: int) -> bool:
    """True when token ``right`` follows token ``left`` with no space between them."""
    return 0 <= left < right < len(tokens) and tokens[left].end == tokens[right].start


def _value(token: Token) -> float | None:
    """A figure's value; None for junk and for zero-led groups ("000" of "1 000", "007")."""
    text = token.text
    if token.kind != "num" or len(text) > MAX_FIGURE_CHARS or (len(text) > 1 and text[0] == "0" and text[1] != "."):
        return None
    return parse_digits(text)


def _is_sign(tokens: list[Token], index: int, signs: str | frozenset[str] | tuple[str, ...]) -> bool:
    return 0 <= index < len(tokens) and tokens[index].kind == "sign" and tokens[index].text in signs


def _digit_figure(tokens: list[Token], i: int) -> Figure | None:
    """"700", "1,500", "2 1/2", "1/4", "0.5k", "1.5 million" starting at token ``i``."""
    value = _value(tokens[i])
    if value is None:
        return None
    table = unit_table()
    stop = i + 1
    n = len(tokens)
    if (
        stop + 2 < n
        and tokens[stop].kind == "num"
        and _is_sign(tokens, stop + 1, "/")
        and adjacent(tokens, stop, stop + 1)
        and adjacent(tokens, stop + 1, stop + 2)
        and value.is_integer()
    ):
        top, bottom = _value(tokens[stop]), _value(tokens[stop + 2])
        if top is not None and bottom and top < bottom:
            value, stop = value + top / bottom, stop + 3
    elif _is_sign(tokens, stop, "/") and adjacent(tokens, i, stop) and adjacent(tokens, stop, stop + 1):
        bottom = _value(tokens[stop + 1])
        if bottom:
            value, stop = value / bottom, stop + 2
    if stop < n and tokens[stop].text in table.multipliers and adjacent(tokens, stop - 1, stop):
        value, stop = value * table.multipliers[tokens[stop].text], stop + 1
    while stop < n and tokens[stop].kind == "word" and tokens[stop].lower in table.figure_scales:
        value, stop = value * number_words().scales[tokens[stop].lower], stop + 1
    return Figure(value, i, stop, tokens[i].start, tokens[stop - 1].end)


@lru_cache(maxsize=1)
def _word_roles() -> tuple[frozenset[str], frozenset[str], frozenset[str], dict[str, float]]:
    words = number_words()
    table = unit_table()
    scales = frozenset(s for s in words.scales if len(s) > 2) | table.figure_scales
    return frozenset(words.ones), frozenset(words.tens), scales, table.fractions


def _word_figure(tokens: list[Token], i: int) -> Figure | None:
    """"two hundred", "a thousand", "twenty-five", "two and a half", "one-half" starting at token ``i``."""
    ones, tens, scales, fractions = _word_roles()
    first = tokens[i].lower
    if tokens[i].kind != "word" or first == "and" or not (first in ones or first in tens or first in scales):
        return None
    words: list[str] = []
    stops: list[int] = []
    j = i
    n = len(tokens)
    while j < n and len(words) < 12:
        token = tokens[j]
        if token.kind == "word" and (
            token.lower in ones or token.lower in tens or token.lower in scales or token.lower in fractions or token.lower == "and"
        ):
            words.append(token.lower)
            stops.append(j + 1)
            j += 1
        elif (
            _is_sign(tokens, j, "-")
            and words
            and adjacent(tokens, j - 1, j)
            and adjacent(tokens, j, j + 1)
            and (words[-1] in tens or words[-1] in ones)
            and (tokens[j + 1].lower in ones or tokens[j + 1].lower in fractions)
        ):
            j += 1
        else:
            break
    while words and words[-1] in ("and", "a", "an"):
        words.pop()
        stops.pop()
    if not words or (words[0] in ("a", "an") and (len(words) == 1 or words[1] not in scales | fractions.keys())):
        return None
    value = _words_value(words, fractions)
    if value is None:
        return None
    stop = stops[-1]
    return Figure(value, i, stop, tokens[i].start, tokens[stop - 1].end)


def _words_value(words: list[str], fractions: dict[str, float]) -> float | None:
    """Value of number words, with a trailing fraction: "two and a half" 2.5, "one half" 0.5."""
    if words[-1] not in fractions:
        return parse_number(" ".join(words))
    fraction = fractions[words[-1]]
    head = words[:-1]
    if len(head) >= 2 and head[-2:] in (["and", "a"], ["and", "an"]):
        whole = parse_number(" ".join(head[:-2]))
        return None if whole is None else whole + fraction
    if not head:
        return None
    count = 1.0 if head == ["a"] or head == ["an"] else parse_number(" ".join(head))
    return None if count is None else count * fraction


def figure_at(tokens: list[Token], i: int) -> Figure | None:
    """The written number starting at token ``i``, digits or words, or None."""
    if not 0 <= i < len(tokens):
        return None
    if tokens[i].kind == "num":
        return _digit_figure(tokens, i)
    return _word_figure(tokens, i)


@lru_cache(maxsize=1)
def _form_index() -> tuple[dict[str, list[UnitForm]], dict[str, list[UnitForm]]]:
    """Unit forms by first word: (exact-case abbreviations, lowercased names), longest first."""
    exact: dict[str, list[UnitForm]] = {}
    lowered: dict[str, list[UnitForm]] = {}
    for form in unit_table().forms:
        target = exact if form.case_sensitive else lowered
        target.setdefault(form.words[0], []).append(form)
    return exact, lowered


def next_unit_positions(tokens: list[Token]) -> list[int]:
    """For each token, the index of the first token at or after it that may start a unit (len(tokens) if none)."""
    exact, lowered = _form_index()
    following = [len(tokens)] * (len(tokens) + 1)
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i]
        hit = token.kind == "word" and (token.text in exact or token.lower in lowered)
        following[i] = i if hit else following[i + 1]
    return following


def unit_at(tokens: list[Token], i: int) -> UnitMatch | None:
    """The unit form (longest first) starting at token ``i``, ignoring guards; None if there is none."""
    if not 0 <= i < len(tokens) or tokens[i].kind != "word":
        return None
    exact, lowered = _form_index()
    candidates = exact.get(tokens[i].text, []) + lowered.get(tokens[i].lower, [])
    for form in sorted(candidates, key=lambda f: -len(f.words)):
        size = len(form.words)
        if i + size > len(tokens):
            continue
        span = tokens[i : i + size]
        written = [t.text if form.case_sensitive else t.lower for t in span]
        if all(t.kind == "word" for t in span) and tuple(written) == form.words:
            return UnitMatch(form, i, i + size, span[0].start, span[-1].end)
    return None
