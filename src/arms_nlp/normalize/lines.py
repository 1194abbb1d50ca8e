"""The lines of a text with their shapes: the unit of page-furniture and headline decisions."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

_WORD = re.compile(r"[^\W_][\w'’\-]*")
_DIGIT = re.compile(r"\d")
#: Characters after a line's last word that do not end it (closing quotes, brackets, bullets).
TRAILING = " \t\r\"'”’“)]*»›"


@dataclass(frozen=True)
class Line:
    """One non-empty line of the text with its character span and shape."""

    start: int
    end: int
    text: str
    words: int
    has_digit: bool
    sentence_end: bool
    capitalised: float


def split_lines(text: str) -> list[Line]:
    """The non-empty lines of ``text`` (stripped of surrounding blanks), with their shapes."""
    lines: list[Line] = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            start = offset + (len(body) - len(body.lstrip()))
            words = _WORD.findall(stripped)
            tail = stripped.rstrip(TRAILING)
            sentence_end = bool(tail) and tail[-1] in ".!?:;" and not tail.endswith(("...", "…"))
            upper = sum(1 for w in words if w[0].isupper())
            lines.append(
                Line(
                    start=start,
                    end=start + len(stripped),
                    text=stripped,
                    words=len(words),
                    has_digit=_DIGIT.search(stripped) is not None,
                    sentence_end=sentence_end,
                    capitalised=upper / len(words) if words else 0.0,
                )
            )
        offset += len(raw)
    return lines


def line_at(lines: Sequence[Line], starts: Sequence[int], char: int) -> Line | None:
    """The line holding character ``char`` (``starts`` are the lines' start offsets), or None between lines."""
    index = bisect_right(starts, char) - 1
    if index < 0 or char >= lines[index].end:
        return None
    return lines[index]


def is_bare_headline(line: Line | None, longest: int = 16) -> bool:
    """A short line without sentence punctuation, in any case ("Lithuania orders NASAMS from Norway"): a
    headline written in sentence case, which leaves out auxiliaries and articles."""
    return line is not None and 3 <= line.words <= longest and not line.sentence_end


def is_headline(line: Line | None) -> bool:
    """A title-case line without sentence punctuation (headline, section heading)."""
    return line is not None and line.words >= 3 and not line.sentence_end and line.capitalised >= 0.6


def is_caseless(line: Line | None, minor: frozenset[str]) -> bool:
    """A line whose capitals carry no information: written all in capitals ("RUSSIA DELIVERS S-400 TO INDIA") or in
    title case, every word capitalised but the short words of ``minor`` ("Turkey Sends Drones to Mali"). There a
    capitalised word is no sign of a name. Three words at least, so that a bare name ("John Smith") is not one."""
    if line is None or line.words < 3:
        return False
    words = [w for w in _WORD.findall(line.text) if any(c.isalpha() for c in w)]
    if len(words) < 3:
        return False
    if not any(c.islower() for w in words for c in w):
        return True
    lowered = [w for w in words if not w[0].isupper()]
    return len(lowered) < len(words) - 2 and all(w.lower() in minor for w in lowered)
