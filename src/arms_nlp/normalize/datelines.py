"""Recognise a news dateline at the start of a text ("SEOUL (Reuters) - ", "KYIV, Ukraine (AP) — ",
"KYIV, March 14, 2025 — ", "Kyiv, 14 March 2025 (Reuters) - ", "Tehran, Jan 8, IRNA -- ", "Beirut, Lebanon - ", "ISLAMABAD, Jan 5: ").

spaCy-free. A dateline is a place (in capitals, or any capitalised place when an agency
in parentheses follows), optionally a region and a date, optionally the agency, then a
dash and the capitalised start of the story. It belongs to the page, never to what
someone said.
"""

from __future__ import annotations

import re

_CAPS_PLACE = r"[A-Z][A-Z.'’\-]{2,}(?:\s+[A-Z][A-Z.'’\-]+){0,3}"
_PLACE = r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}"
_REGION = r"(?:,\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2})?"
_DAY = r",\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)"
_DATE = rf"(?:{_DAY})?"
_AGENCY = r"\(\s*[A-Z][\w.&'’/ \-]{0,40}\)"
_DASH = r"\s*(?:--?|—|–)\s+(?=[A-Z0-9“‘\"'])"
_CAPS_DATELINE = rf"{_CAPS_PLACE}{_REGION}{_DATE}\s*(?:{_AGENCY})?"  # "SEOUL -", "KYIV, Ukraine (AP) -"
_AGENCY_DATELINE = rf"{_PLACE}{_REGION}{_DATE}\s*{_AGENCY}"  # "Kyiv, March 3 (Reuters) -"
_BARE_AGENCY = r",\s*[A-Z][\w.&'’]*(?:\s+[A-Z][\w.&'’]*){0,2}"
_DATED_DATELINE = rf"{_PLACE}{_REGION}{_DAY}{_BARE_AGENCY}"  # "Tehran, Jan 8, IRNA --": an agency without brackets
_PLACE_REGION = r"[A-Z][a-z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2},\s*[A-Z][a-z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}"
_COLON = r"\s*:\s+(?=[A-Z0-9“‘\"'])"
_DATELINE = re.compile(
    rf"(?:{_CAPS_DATELINE}|{_AGENCY_DATELINE}|{_DATED_DATELINE}|{_PLACE_REGION}){_DASH}"
    rf"|{_CAPS_PLACE}{_REGION}{_DATE}{_COLON}"  # "ISLAMABAD, Jan 5: " (South Asian press)
)


def dateline_holds(line: str, start: int, end: int) -> bool:
    """True when ``line[start:end]`` (a date) lies inside the dateline ``line`` opens with.

    This is the inline dateline of a first body paragraph: "KYIV, March 14, 2025 — Ukraine
    received ..." dates the article as a header line would.
    """
    length = dateline_length(line)
    return 0 < start and end <= length


def dateline_length(text: str) -> int:
    """How many leading characters of ``text`` are a dateline (0 when it does not start with one)."""
    match = _DATELINE.match(text)
    return match.end() if match else 0
