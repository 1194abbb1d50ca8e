"""Pair quote marks in raw text with one linear scan (spaCy-free).

Handles straight (``"``, ``'``), curly double (“ ”), curly single (‘ ’) and typewriter double
(two backticks opening, two apostrophes closing, as wire copy writes them) marks.
Apostrophes (``it’s``, ``Iran's``, ``officials’``) are told apart from closing
single quotes by their neighbours. A quote left open at a paragraph break is
closed there (news style continues a quote in the next paragraph with a fresh
opener); a hard-wrapped line ("... said\nthe package ...") is no paragraph break.
Nothing is ever raised, whatever the marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‚"
SINGLE_CLOSE = "’"
STRAIGHT = "\"'"
#: Typewriter double marks of wire copy: two backticks open, two apostrophes close. A span's ``open_at`` is
#: the first character of its opener and ``close_at`` the last of its closer, as for one-character marks.
TYPEWRITER_OPEN = "``"
TYPEWRITER_CLOSE = "''"
_OPEN_CONTEXT = " \t\n\r([{—–-/"
_SENTENCE_END = ".!?:;\"”’'»)"
#: The characters the scan acts on (newlines and quote marks); it skips straight to them.
_EVENTS = re.compile("``|''|[\n" + re.escape(DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + STRAIGHT) + "]")


def is_line_wrap(text: str, i: int) -> bool:
    """True when the newline at ``text[i]`` wraps a line inside a sentence rather than ending a paragraph:
    a single newline after a word or comma, followed by a lower-case word ("... said\nthe package")."""
    if text[i] != "\n":
        return False
    b, a = i - 1, i + 1
    while b >= 0 and text[b] in " \t\r":
        b -= 1
    while a < len(text) and text[a] in " \t":
        a += 1
    return b >= 0 and text[b] not in _SENTENCE_END and text[b] != "\n" and a < len(text) and text[a].islower()


@dataclass(frozen=True)
class QuotedSpan:
    """One quotation: ``text[start:end]`` is the content without marks, stripped of outer spaces.

    ``open_at``/``close_at`` are the character positions of the marks; ``close_at``
    is None when the quote ran to the paragraph end without a closing mark.
    ``depth`` is 0 for an outermost quote and 1+ for a quote inside a quote.
    """

    start: int
    end: int
    open_at: int
    close_at: int | None
    mark: str
    depth: int = 0


def _family(mark: str) -> str:
    if mark == TYPEWRITER_OPEN or mark in DOUBLE_OPEN or mark in DOUBLE_CLOSE or mark == '"':
        return "double"
    return "single"


def _closes(char: str, opener: str, family: str) -> bool:
    """True when the closing mark ``char`` (of ``family``) closes ``opener``: typewriter marks pair only
    with each other."""
    if TYPEWRITER_CLOSE in (char, opener) or TYPEWRITER_OPEN in (char, opener):
        return char == TYPEWRITER_CLOSE and opener == TYPEWRITER_OPEN
    return _family(opener) == family


def _is_word(char: str) -> bool:
    return char.isalnum()


def _role(text: str, i: int, open_families: list[str]) -> str | None:
    """'open', 'close' or None (an apostrophe or a stray mark) for the mark at ``text[i]``."""
    mark = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    family = _family(mark)
    is_open = family in open_families
    if mark in SINGLE_OPEN and _is_word(prev) and _is_word(nxt):
        return None  # Biden‘s: a misprinted apostrophe
    if mark in DOUBLE_OPEN or mark in SINGLE_OPEN:
        return "open"
    if mark in DOUBLE_CLOSE:
        return "close"
    if mark in SINGLE_CLOSE or mark == "'":
        if _is_word(prev) and _is_word(nxt):
            return None  # it’s, Iran's
        if mark == "'" and (prev in _OPEN_CONTEXT) and not nxt.isspace():
            return "open"
        if is_open and not prev.isspace():
            return "close"
        return None  # plural possessive (officials’) or a lone mark
    # a straight double quote: decided by its neighbours, then by what is open
    opens_here = prev in _OPEN_CONTEXT and not nxt.isspace()
    closes_here = not prev.isspace() and (nxt.isspace() or not _is_word(nxt))
    if opens_here and not closes_here:
        return "open"
    if closes_here and not opens_here:
        return "close" if is_open else None
    return "close" if is_open else "open"


def _content(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim whitespace around ``text[start:end]``."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quotes(text: str) -> list[QuotedSpan]:
    """Every paired quotation in ``text`` (outermost and nested), in order of their opening mark.

    Empty quotations are dropped. A closing mark with no opener is ignored; a double opener
    never closed is closed at the end of its paragraph (the next newline or text end),
    a single one is taken for an apostrophe ("the ‘90s") and ignored.
    """
    found: list[QuotedSpan] = []
    stack: list[tuple[int, str]] = []  # (position, mark) of open quotes

    def close_unmatched(at: int, keep: int) -> None:
        while len(stack) > keep:
            pos, mark = stack.pop()
            start, end = _content(text, pos + len(mark), at)
            if end > start and _family(mark) == "double":
                found.append(QuotedSpan(start, end, pos, None, mark, len(stack)))

    for event in _EVENTS.finditer(text):
        i, char = event.start(), event.group()
        if char == "\n":
            if not is_line_wrap(text, i):
                close_unmatched(i, 0)
            continue
        if char == TYPEWRITER_CLOSE and not any(m == TYPEWRITER_OPEN for _, m in stack):
            continue  # doubled apostrophes with no typewriter opener ("band''s"): no mark
        if char == TYPEWRITER_OPEN and text[i + 2 : i + 3].isspace():
            continue  # backticks before a space open nothing
        role = (
            "open"
            if char == TYPEWRITER_OPEN
            else "close"
            if char == TYPEWRITER_CLOSE
            else _role(text, i, [_family(m) for _, m in stack])
        )
        if role == "open":
            stack.append((i, char))
        elif role == "close":
            family = _family(char)
            depth = next((d for d in range(len(stack) - 1, -1, -1) if _closes(char, stack[d][1], family)), None)
            if depth is None:
                continue
            close_unmatched(i, depth + 1)  # inner quotes left open end here
            pos, mark = stack.pop()
            start, end = _content(text, pos + len(mark), i)
            if end > start:
                found.append(QuotedSpan(start, end, pos, i + len(char) - 1, mark, len(stack)))
    close_unmatched(len(text), 0)
    return sorted(found, key=lambda q: (q.open_at, q.depth))


def outermost(quotes: list[QuotedSpan]) -> list[QuotedSpan]:
    """The quotations not nested inside another one."""
    return [q for q in quotes if q.depth == 0]
