"""to_records and to_dataframe: one flat row per record, context columns, empty frames keep columns."""

from __future__ import annotations

import pytest

from arms_nlp import Extraction, extract, extract_many, to_dataframe
from arms_nlp.records import RECORD_KINDS

pd = pytest.importorskip("pandas")

TEXTS = [
    "Iran has supplied Russia with 400 Fateh-110 missiles, according to Reuters.",
    "Germany delivered two IRIS-T systems to Ukraine, with a range of 40 km.",
]


@pytest.fixture(scope="module")
def pairs() -> list[tuple[Extraction, dict]]:
    return list(extract_many((text, {"id": f"doc{i}"}) for i, text in enumerate(TEXTS)))


def test_frames_to_records_is_flat_and_typed(pairs: list[tuple[Extraction, dict]]) -> None:
    extraction = pairs[0][0]
    rows = extraction.to_records()
    assert len(rows) == sum(len(getattr(extraction, f)) for f in RECORD_KINDS)
    assert {row["type"] for row in rows} <= set(RECORD_KINDS.values())
    for row in rows:
        assert TEXTS[0][row["start"] : row["end"]] == row["text"]
        for value in row.values():
            assert value is None or isinstance(value, (str, int, float, bool)) or all(isinstance(v, str) for v in value)
    actor = next(row for row in rows if row["type"] == "actor" and row["name"] == "Iran")
    assert actor["mentions"] == ["Iran"]


def test_frames_to_records_of_empty_extraction_is_empty() -> None:
    assert Extraction().to_records() == []


def test_frames_transfers_carry_the_context(pairs: list[tuple[Extraction, dict]]) -> None:
    frame = to_dataframe(pairs)
    assert list(frame.columns[:3]) == ["doc", "id", "text"]
    assert "type" not in frame.columns
    assert set(frame["id"]) == {"doc0", "doc1"}
    iran = frame[frame["id"] == "doc0"].iloc[0]
    assert (iran["supplier"], iran["recipient"], iran["weapon"], iran["quantity"]) == (
        "Iran",
        "Russia",
        "Fateh-110",
        400,
    )


def test_frames_all_kinds_have_a_type_column(pairs: list[tuple[Extraction, dict]]) -> None:
    frame = to_dataframe([e for e, _ in pairs], kind="all")
    assert "context" not in frame.columns and "id" not in frame.columns
    assert set(frame["type"]) >= {"weapon", "actor", "transfer", "range"}
    assert frame[frame["type"] == "range"].iloc[0]["high_km"] == 40


def test_frames_non_dict_context_is_one_column() -> None:
    extraction = extract(TEXTS[1])
    frame = to_dataframe([(extraction, 7)], kind="weapons")
    assert list(frame["context"]) == [7] * len(extraction.weapons)


def test_frames_empty_result_keeps_its_columns() -> None:
    frame = to_dataframe(Extraction(), kind="ranges")
    assert len(frame) == 0
    assert {"doc", "text", "start", "end", "low_km", "high_km", "weapon"} <= set(frame.columns)


@pytest.mark.parametrize(
    ("items", "kind", "error"), [([Extraction()], "tanks", ValueError), (["text"], "transfers", TypeError)]
)
def test_frames_bad_arguments_are_rejected(items: list, kind: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        to_dataframe(items, kind=kind)
