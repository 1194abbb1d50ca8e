"""Invariants over arbitrary and article-like text: never raises, offsets valid, deterministic, JSON round trip."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from arms_nlp import Extraction, extract

_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
_PIECES = sorted(
    {
        piece
        for path in _FIXTURES.glob("*.txt")
        for piece in re.split(r"(?<=[.!?”\"])\s+|\n+", path.read_text(encoding="utf-8"))
        if piece.strip()
    }
)
_ODD = [
    "“",
    "”",
    '"',
    "‘",
    "’",
    "'",
    "–",
    "—",
    "-",
    "\x00",
    "\r\n",
    "\t",
    "<p>",
    "</b>",
    "🚀",
    "Иран",
    "إيران",
    " ",
    "\n\n",
]

article_like = st.lists(st.one_of(st.sampled_from(_PIECES), st.sampled_from(_ODD)), min_size=1, max_size=25).map(
    lambda parts: " ".join(parts)
)
any_text = st.text(max_size=400)
_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_offsets(text: str, result: Extraction) -> None:
    for field in ("weapons", "quantities", "ranges", "quotes", "dates", "transfers", "actors"):
        for record in getattr(result, field):
            assert text[record.start : record.end] == record.text, (field, record)
            for nested in getattr(record, "mentions", []) + getattr(record, "evidence", []):
                assert text[nested.start : nested.end] == nested.text, (field, nested)


@_SETTINGS
@given(text=st.one_of(any_text, article_like))
def test_properties_extract_never_raises_and_offsets_are_valid(text: str) -> None:
    _check_offsets(text, extract(text))


@_SETTINGS
@given(text=article_like)
def test_properties_extract_is_deterministic_and_round_trips_json(text: str) -> None:
    first = extract(text)
    assert extract(text) == first
    assert Extraction.model_validate_json(first.model_dump_json()) == first


@settings(max_examples=25, deadline=None)
@given(text=article_like)
def test_properties_ranges_and_quantities_are_ordered_intervals(text: str) -> None:
    result = extract(text)
    for found in result.ranges:
        assert found.low_km is None or found.low_km <= found.high_km
    for quantity in result.quantities:
        assert quantity.low is None or quantity.high is None or quantity.low <= quantity.high
