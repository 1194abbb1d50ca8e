"""The record contract: offsets checked, intervals ordered, JSON round trip, same-claim grouping."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from arms_nlp import Actor, Extraction, Length, Mention, Quantity, Range, Transfer, Weapon


@pytest.mark.parametrize(
    "fields",
    [
        {"text": "abc", "start": 0, "end": 2},
        {"text": "abc", "start": 3, "end": 0},
        {"text": "abc", "start": -1, "end": 2},
    ],
)
def test_records_mention_rejects_inconsistent_offsets(fields: dict) -> None:
    with pytest.raises(ValidationError):
        Mention(**fields)


@pytest.mark.parametrize("category", ["spaceship", "", "UAV"])
def test_records_weapon_category_is_an_enum(category: str) -> None:
    with pytest.raises(ValidationError):
        Weapon(text="x", start=0, end=1, name="x", category=category)


@pytest.mark.parametrize("low,high", [(5.0, 1.0), (100.0, 99.0)])
def test_records_intervals_must_be_ordered(low: float, high: float) -> None:
    with pytest.raises(ValidationError):
        Quantity(text="x", start=0, end=1, low=low, high=high)
    with pytest.raises(ValidationError):
        Length(text="x", start=0, end=1, low_km=low, high_km=high, unit="km", high="1")


def _range(low_km: float | None, high_km: float, unit: str = "km") -> Range:
    return Range(text="r", start=0, end=1, low_km=low_km, high_km=high_km, unit=unit, high="x")


@pytest.mark.parametrize(
    "a,b,same",
    [
        (_range(299.34, 700.06, "mi"), _range(None, 700.0), True),
        (_range(299.34, 700.06, "mi"), _range(300.0, 700.0), True),
        (_range(None, 700.0), _range(None, 750.0), False),
        (_range(100.0, 700.0), _range(300.0, 700.0), False),
    ],
)
def test_records_same_claim_across_units(a: Range, b: Range, same: bool) -> None:
    assert a.same_claim(b) is same
    assert Extraction(ranges=[a, b]).range_claims() == ([[a, b]] if same else [[a], [b]])


def test_records_shifted_moves_nested_mentions() -> None:
    actor = Actor(
        text="Iran", start=0, end=4, name="Iran", kind="country", mentions=[Mention(text="Iran", start=0, end=4)]
    )
    moved = actor.shifted(10)
    assert (moved.start, moved.end, moved.mentions[0].start) == (10, 14, 10)


def test_records_extraction_json_round_trip() -> None:
    extraction = Extraction(
        weapons=[Weapon(text="Su-35", start=3, end=8, name="Su-35", category="aircraft")],
        ranges=[_range(1.5, 2.5)],
        published="2024-01-04",
        published_from="dateline",
    )
    assert Extraction.model_validate_json(extraction.model_dump_json(indent=2)) == extraction


def _schema_fields() -> list[tuple[str, str, dict]]:
    schema = Extraction.model_json_schema()
    models = {"Extraction": schema, **schema["$defs"]}
    return [(model, name, spec) for model, body in models.items() for name, spec in body["properties"].items()]


def test_records_every_field_has_a_description() -> None:
    fields = _schema_fields()
    assert len(fields) >= 70
    assert [(model, name) for model, name, spec in fields if len(spec.get("description", "")) < 10] == []


@pytest.mark.parametrize(
    "record,field,value",
    [
        (Transfer(text="x", start=0, end=1, status="reported"), "status", "bogus"),
        (Weapon(text="x", start=0, end=1, name="x", category="uav"), "category", "spaceship"),
        (Mention(text="abc", start=0, end=3), "start", -1),
        (Mention(text="abc", start=0, end=3), "end", 7),
        (Quantity(text="x", start=0, end=1, low=1.0, high=5.0), "low", 9.0),
        (Extraction(), "published_from", "guessed"),
        (Extraction(), "published", "2025-03-14garbage"),
        (Extraction(), "weapons", ["not a weapon"]),
    ],
)
def test_records_validate_on_assignment(record: Mention | Extraction, field: str, value: object) -> None:
    with pytest.raises(ValidationError):
        setattr(record, field, value)


def test_records_valid_assignment_is_converted() -> None:
    extraction = Extraction()
    extraction.published = "2025-03-14"  # type: ignore[assignment]
    assert extraction.published == dt.date(2025, 3, 14)


@pytest.mark.parametrize("published", ["2025-03-14garbage", "14/03/2025", "2025-03"])
def test_records_extraction_rejects_partial_published(published: str) -> None:
    with pytest.raises(ValidationError):
        Extraction(published=published)
