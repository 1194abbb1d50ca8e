"""Quote records that are one utterance in several pieces, joined (pure functions over records and text).

* A split quote: "“The missiles,” she said, “are already there.”" — two quoted pieces around an
  attribution that ends with a comma, so the sentence goes on in the second piece.
* A quote continued in the next paragraph: news style leaves the first paragraph's quote open and
  starts the next one with a fresh opening mark.
* Two quoted fragments of one reported clause ("He said that “A” - meaning X - “B”") give the same
  clause twice: one partial quote. Indirect speech overlapping a direct or partial quote is that quote;
  a report wrapping another speaker's indirect speech ("Y confirmed that ..., Reuters reports") is Y's.
"""

from __future__ import annotations

import re

from ...records import Mention, Quote

#: Between the pieces of a split quote: comma, closing mark, a short attribution, comma, opening mark.
_SPLIT_GAP = re.compile(r"(?:,\s*[”\"’']|[”\"’']\s*,)\s*[^.!?;:“”\"\n]{1,60}?,\s*[“\"‘']")
#: Between a quote left open at a paragraph end and its continuation: line breaks and an opening mark.
_CONTINUED_GAP = re.compile(r"\s*\n\s*[“\"‘']")


def starts_split_quote(text: str, end: int) -> bool:
    """True when the quoted words ending at ``end`` are the first piece of a split quote ("“The missiles,”
    she said, “are ...”"): speech, however short."""
    return _SPLIT_GAP.match(text, end - 1 if text[end - 1 : end] == "," else end) is not None


def join_quotes(records: list[Quote], text: str) -> list[Quote]:
    """``records`` (in text order) with split and continued quotes joined and duplicate clauses merged."""
    joined: list[Quote] = []
    for record in sorted(records, key=lambda r: (r.start, -r.end)):
        previous = joined[-1] if joined else None
        if previous is None:
            joined.append(record)
        elif record.start < previous.end and _nested_report(previous, record):
            joined[-1] = record  # "Zelenskyy confirmed that ..., Reuters reports": the speech is Zelenskyy's
        elif record.start < previous.end:
            joined[-1] = _overlapping(previous, record, text)
        elif _continues(previous, record, text):
            joined[-1] = _concatenate(previous, record, text)
        else:
            joined.append(record)
    return joined


def _nested_report(outer: Quote, inner: Quote) -> bool:
    """ "Zelenskyy confirmed that ..., Reuters reports": indirect speech of one speaker inside another's
    report, which is attributed to the inner speaker alone (as quote attribution corpora do)."""
    return (
        outer.kind == inner.kind == "indirect"
        and outer.speaker != inner.speaker
        and outer.start <= inner.start
        and inner.end <= outer.end
    )


def _continues(first: Quote, second: Quote, text: str) -> bool:
    """True when ``second`` is the rest of the direct quote ``first`` (split by an attribution, or continued
    in the next paragraph), and ``first``'s speaker (if any) is ``second``'s."""
    if first.kind != "direct" or second.kind != "direct":
        return False
    if first.speaker and second.speaker and first.speaker != second.speaker:
        return False
    gap = text[first.end : second.start]
    return bool(_CONTINUED_GAP.fullmatch(gap) or _SPLIT_GAP.fullmatch(gap) and second.start - first.end > 4)


def _overlapping(first: Quote, second: Quote, text: str) -> Quote:
    """One record for two that overlap: indirect speech gives way to a quote; two partial quotes of one
    clause become their union with the first one's speaker."""
    if first.kind == "indirect" and second.kind != "indirect":
        return second
    if second.kind == "indirect" or first.kind != second.kind:
        return first
    start, end = first.start, max(first.end, second.end)
    return first.model_copy(
        update={"text": text[start:end], "end": end, "parts": [], "speaker": first.speaker or second.speaker}
    )


def _concatenate(first: Quote, second: Quote, text: str) -> Quote:
    """``first`` stretched over ``second``, listing the pieces of both."""
    pieces = (first.parts or [_piece(first)]) + (second.parts or [_piece(second)])
    return first.model_copy(
        update={
            "text": text[first.start : second.end],
            "end": second.end,
            "parts": pieces,
            "speaker": first.speaker or second.speaker,
            "cue": first.cue or second.cue,
        }
    )


def _piece(record: Quote) -> Mention:
    return Mention(text=record.text, start=record.start, end=record.end)
