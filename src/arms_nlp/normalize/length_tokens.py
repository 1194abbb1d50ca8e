"""Tokens, figures and unit forms for :mod:`arms_nlp.normalize.lengths`: the text-level pieces of a length.

Everything here is linear in the input: one regex without nested quantifiers cuts the
text into figures, words and single signs, and each lookup reads a bounded number of tokens.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..kb.numbers import number_words
from ..kb.units import UnitForm, unit_table
from .numbers import parse_digits, parse_number

#: A figure ("700", "1,500", "2.5", ".5": a leading point only after a space or sign), a word, or one sign.
_TOKEN = re.compile(r"(?<![\w.])\.[0-9]+|[0-9][0-9.,]*|[^\W\d_]+|\S")
#: A figure longer than this is not a measurement ("1,2,3,...", runs of digits).
MAX_FIGURE_CHARS = 24


class Token(NamedTuple):
    """A figure, a word or a single sign, with its character offsets."""

    text: str
    start: int
    end: int
    kind: str  # "num", "word" or "sign"
    newline_before: bool = False
    lower: str = ""  # the text lowercased, filled by :func:`tokenize`


class Figure(NamedTuple):
    """A written number: tokens ``first``..``stop`` (exclusive), its value and offsets."""

    value: float
    first: int
    stop: int
    start: int
    end: int


class UnitMatch(NamedTuple):
    """A unit form found at tokens ``first``..``stop`` (exclusive)."""

    form: UnitForm
    first: int
    stop: int
    start: int
    end: int


def tokenize(text: str, begin: int = 0, end: int | None = None) -> list[Token]:
    """Cut ``text[begin:end]`` into figures, words and signs (offsets into ``text``);
    a figure's trailing "." or "," is a sign of its own."""
    tokens: list[Token] = []
    append = tokens.append
    make = tuple.__new__  # Token(...) without the keyword-handling constructor: this loop is the hot path
    previous_end = begin
    stop = len(text) if end is None else end
    for match in _TOKEN.finditer(text, begin, stop):
        piece, start = match.group(), match.start()
        newline = "\n" in text[previous_end:start]
        previous_end = match.end()
        first = piece[0]
        if first.isdigit() or (first == "." and len(piece) > 1):
            core = piece.rstrip(".,")
            append(make(Token, (core, start, start + len(core), "num", newline, core)))
            for k in range(len(core), len(piece)):
                append(make(Token, (piece[k], start + k, start + k + 1, "sign", False, piece[k])))
        elif first.isalpha():
            append(make(Token, (piece, start, previous_end, "word", newline, piece.lower())))
        else:
            append(make(Token, (piece, start, previous_end, "sign", newline, piece)))
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
    """ "700", "1,500", "2 1/2", "1/4", "0.5k", "1.5 million" starting at token ``i``."""
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
    elif (
        stop < n
        and tokens[stop].text in table.vulgar_fractions
        and value.is_integer()
        and tokens[stop].start - tokens[i].end <= 1
    ):
        value, stop = value + table.vulgar_fractions[tokens[stop].text], stop + 1  # "2 ¾", "2¾"
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
    """ "two hundred", "a thousand", "twenty-five", "two and a half", "one-half", "half a",
    "three quarters of a", "one and a half thousand" starting at token ``i``.

    A bare scale word does not start a figure: "hundred metres" in "a few hundred metres" is vague.
    """
    ones, tens, scales, fractions = _word_roles()
    first = tokens[i].lower
    if tokens[i].kind != "word":
        return None
    if first in fractions:
        return _fraction_figure(tokens, i, fractions[first])
    if not (first in ones or first in tens):
        return None
    words: list[str] = []
    stops: list[int] = []
    j = i
    n = len(tokens)
    while j < n and len(words) < 12:
        token = tokens[j]
        if token.kind == "word" and (
            token.lower in ones
            or token.lower in tens
            or token.lower in scales
            or token.lower in fractions
            or token.lower == "and"
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
    if words[-1] in fractions:
        stop = _after_of_a(tokens, stop)
    return Figure(value, i, stop, tokens[i].start, tokens[stop - 1].end)


def _is_article(tokens: list[Token], k: int) -> bool:
    return 0 <= k < len(tokens) and tokens[k].lower in ("a", "an")


def _after_of_a(tokens: list[Token], k: int) -> int:
    """The token after "of a"/"of an" at ``k`` ("three quarters of a mile"), else ``k``."""
    if k < len(tokens) and tokens[k].lower == "of" and _is_article(tokens, k + 1):
        return k + 2
    return k


def _fraction_figure(tokens: list[Token], i: int, fraction: float) -> Figure | None:
    """ "half a", "half of a", "quarter of a" (the article is part of the figure: "half a mile")."""
    stop = i + 2 if _is_article(tokens, i + 1) else _after_of_a(tokens, i + 1)
    if stop == i + 1:
        return None
    return Figure(fraction, i, stop, tokens[i].start, tokens[stop - 1].end)


def _words_value(words: list[str], fractions: dict[str, float]) -> float | None:
    """Value of number words, with a fraction: "two and a half" 2.5, "one half" 0.5,
    "one and a half thousand" 1500 (scale words after the fraction multiply it)."""
    at = max((k for k, word in enumerate(words) if word in fractions), default=None)
    if at is None:
        return parse_number(" ".join(words))
    scales = number_words().scales
    multiplier = 1.0
    for word in words[at + 1 :]:
        if word not in scales:
            return None
        multiplier *= scales[word]
    fraction = fractions[words[at]]
    head = words[:at]
    if len(head) >= 2 and head[-2:] in (["and", "a"], ["and", "an"]):
        whole = parse_number(" ".join(head[:-2]))
        return None if whole is None else (whole + fraction) * multiplier
    if not head:
        return None
    count = 1.0 if head == ["a"] or head == ["an"] else parse_number(" ".join(head))
    return None if count is None else count * fraction * multiplier


def figure_at(tokens: list[Token], i: int) -> Figure | None:
    """The written number starting at token ``i``, digits or words, or None."""
    if not 0 <= i < len(tokens):
        return None
    if tokens[i].kind == "num":
        return _digit_figure(tokens, i)
    fraction = unit_table().vulgar_fractions.get(tokens[i].text)
    if fraction is not None:  # "½ mile"
        return Figure(fraction, i, i + 1, tokens[i].start, tokens[i].end)
    return _word_figure(tokens, i)


@lru_cache(maxsize=1)
def _form_index() -> tuple[dict[str, tuple[UnitForm, ...]], dict[str, tuple[UnitForm, ...]]]:
    """Unit forms by first word: (exact-case abbreviations, lowercased names), longest first."""
    exact: dict[str, list[UnitForm]] = {}
    lowered: dict[str, list[UnitForm]] = {}
    for form in unit_table().forms:
        target = exact if form.case_sensitive else lowered
        target.setdefault(form.words[0], []).append(form)
    return {k: tuple(v) for k, v in exact.items()}, {k: tuple(v) for k, v in lowered.items()}


def next_unit_positions(tokens: list[Token]) -> list[int]:
    """For each token, the index of the first token at or after it that may start a unit (len(tokens) if none)."""
    exact, lowered = _form_index()
    following = [len(tokens)] * (len(tokens) + 1)
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i]
        hit = token.text in exact or (token.kind == "word" and token.lower in lowered)
        following[i] = i if hit else following[i + 1]
    return following


def unit_at(tokens: list[Token], i: int) -> UnitMatch | None:
    """The unit form (longest first) starting at token ``i``, ignoring guards; None if there is none."""
    if not 0 <= i < len(tokens) or tokens[i].kind == "num":
        return None
    exact, lowered = _form_index()  # a sign is a unit only as a listed abbreviation (a prime mark)
    # names may span several words and come first; abbreviations are one word
    token = tokens[i]
    for form in lowered.get(token.lower, ()) + exact.get(token.text, ()):
        size = len(form.words)
        if size == 1:  # the first word was the dictionary key
            return UnitMatch(form, i, i + 1, token.start, token.end)
        if i + size > len(tokens):
            continue
        span = tokens[i : i + size]
        written = [t.text if form.case_sensitive else t.lower for t in span]
        if all(t.kind == "word" for t in span) and tuple(written) == form.words:
            return UnitMatch(form, i, i + size, span[0].start, span[-1].end)
    return None


_PIECE = re.compile(r"[0-9]+|[^\W\d_]+|['’′\"”″]")
#: Characters read before a unit for its figures and qualifier ("between two hundred and fifty ... km"),
#: and after it for guards, intervals and a bracketed conversion.
WINDOW_BEFORE = 320
WINDOW_AFTER = 80


@lru_cache(maxsize=1)
def _anchor_words() -> frozenset[str]:
    """Number words of a figure: "a thousand" has "thousand"; "a mile" is handled at the unit."""
    words = number_words()
    table = unit_table()
    scales = {s for s in words.scales if len(s) > 2} | set(table.figure_scales)
    vague = {amount.phrase[0] for amount in table.scale_amounts}
    anchors = set(words.ones) | set(words.tens) | set(table.fractions) | scales | vague | set(table.vulgar_fractions)
    return frozenset(anchors - {"a", "an"})


#: Characters other than whitespace allowed between a figure and a guarded abbreviation
#: ("5 m", "2.30 pm", "2 1/2 in", "5 + m"); runs of spaces count as none, as they do in the scan.
GUARDED_GAP = 3


def _close(text: str, end: int, at: int) -> bool:
    """Whether ``text[end:at]`` holds at most ``GUARDED_GAP`` characters besides whitespace."""
    return at - end <= 64 and len("".join(text[end:at].split())) <= GUARDED_GAP


@lru_cache(maxsize=1)
def _guarded_words() -> frozenset[str]:
    """The abbreviations that clash with common words ("m", "in", "am", "pm"): each needs its figure right before."""
    return frozenset(form.words[0] for form in unit_table().forms if form.guard is not None)


def candidate_windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` (merged, cut at whitespace) that may hold a length: one around each word
    that may start a unit form, when a digit or number word lies in the ``WINDOW_BEFORE`` characters
    before it, or "a"/"an" right before it; a guarded abbreviation ("in", "m", "pm") needs its figure
    (digits or a number word, then maybe a suffix such as "plus") right before it. Nothing else can
    hold a length, so the tokenizer never sees it. One regex pass over digit and letter runs: linear."""
    exact, lowered = _form_index()
    numbers = _anchor_words()
    guarded = _guarded_words()
    suffixes = unit_table().figure_suffixes
    raw: list[tuple[int, int]] = []  # merged before cutting at whitespace, which is done once per window
    last_anchor = -(10**9)
    previous = ""
    figure_end = -(10**9)  # where the last figure (anchor, maybe with its suffix) ends
    for piece in _PIECE.finditer(text):
        written = piece.group()
        at = piece.start()
        if written[0].isdigit():
            last_anchor, previous, figure_end = at, "", piece.end()
            continue
        lower = written.lower()
        if written in exact or lower in lowered:
            if written in guarded and lower not in lowered:
                hopeful = _close(text, figure_end, at)
            else:
                hopeful = at - last_anchor <= WINDOW_BEFORE or previous in ("a", "an")
            if hopeful:
                begin, end = max(0, at - WINDOW_BEFORE), piece.end() + WINDOW_AFTER
                if raw and begin <= raw[-1][1]:
                    raw[-1] = (raw[-1][0], end)
                else:
                    raw.append((begin, end))
        if lower in numbers:
            last_anchor, figure_end = at, piece.end()
        elif lower in suffixes and _close(text, figure_end, at):
            figure_end = piece.end()
        previous = lower
    windows: list[tuple[int, int]] = []
    for begin, end in raw:
        cut = (_cut_before(text, begin), _cut_after(text, end))
        if windows and cut[0] <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], cut[1]))
        else:
            windows.append(cut)
    return windows


def _cut_before(text: str, at: int) -> int:
    """``at`` moved back to just after a whitespace (or the start), at most 64 characters."""
    if at <= 0:
        return 0
    space = max(text.rfind(" ", max(0, at - 64), at + 1), text.rfind("\n", max(0, at - 64), at + 1))
    return space + 1 if space >= 0 else max(0, at - 64)


def _cut_after(text: str, at: int) -> int:
    """``at`` moved on to a whitespace (or the end), at most 64 characters."""
    if at >= len(text):
        return len(text)
    found = [p for p in (text.find(" ", at, at + 64), text.find("\n", at, at + 64)) if p >= 0]
    return min(found) if found else min(len(text), at + 64)
