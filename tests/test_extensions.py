"""Span groups: one per field (label and kb_id from the record) and "arms" with every field, for displacy."""

from __future__ import annotations

import pytest
from spacy import displacy
from spacy.tokens import Doc

from arms_nlp.api import _shared_pipeline

TEXT = (
    "KYIV, March 14, 2025 — Germany delivered 12 IRIS-T launchers with a range of 40 km to Ukraine, "
    '"They arrived this week," Defence Minister Boris Pistorius said.'
)


@pytest.fixture(scope="module")
def doc() -> Doc:
    return _shared_pipeline()(TEXT)


@pytest.mark.parametrize(
    "key,label,kb_id,text",
    [
        ("arms_weapons", "air_defense", "IRIS-T", "IRIS-T launchers"),
        ("arms_actors", "country", "Germany", "Germany"),
        ("arms_quantities", "QUANTITY", "IRIS-T", "12"),
        ("arms_ranges", "RANGE", "40 km", "40 km"),
        ("arms_dates", "day", "2025-03-14", "March 14, 2025"),
        ("arms_quotes", "direct", "Boris Pistorius", "They arrived this week"),
    ],
)
def test_extensions_span_group_per_field(doc: Doc, key: str, label: str, kb_id: str, text: str) -> None:
    assert (text, label, kb_id) in {(s.text, s.label_, s.kb_id_) for s in doc.spans[key]}


def test_extensions_span_group_of_transfers_holds_evidence(doc: Doc) -> None:
    (transfer,) = doc._.arms.transfers
    assert [(s.start_char, s.end_char, s.label_) for s in doc.spans["arms_transfers"]] == [
        (transfer.start, transfer.end, transfer.status)
    ]


def test_extensions_all_fields_in_one_group_for_displacy(doc: Doc) -> None:
    labels = {span.label_ for span in doc.spans["arms"]}
    assert labels == {"WEAPON", "ACTOR", "QUANTITY", "RANGE", "DATE", "QUOTE"}
    extraction = doc._.arms
    mentions = sum(len(a.mentions) for a in extraction.actors)
    assert len(doc.spans["arms"]) == mentions + sum(
        len(getattr(extraction, f)) for f in ("weapons", "quantities", "ranges", "dates", "quotes")
    )
    page = displacy.render(doc, style="span", options={"spans_key": "arms"}, page=False)
    assert all(label in page for label in labels)


def test_extensions_span_groups_survive_serialisation(doc: Doc) -> None:
    copy = Doc(doc.vocab).from_bytes(doc.to_bytes())
    assert {k: [(s.start, s.end, s.label_) for s in v] for k, v in copy.spans.items()} == {
        k: [(s.start, s.end, s.label_) for s in v] for k, v in doc.spans.items()
    }


@pytest.mark.parametrize("edit", ["append", "replace"])
def test_extensions_all_fields_group_keeps_a_users_edits_between_components(edit: str) -> None:
    from spacy.tokens import Span

    from arms_nlp.extensions import get_records, set_records

    doc = _shared_pipeline()(TEXT)
    note = Span(doc, 0, 1, label="NOTE")
    if edit == "append":
        doc.spans["arms"].append(note)
    else:
        doc.spans["arms"] = [*doc.spans["arms"], note]
    set_records(doc, "arms_dates", get_records(doc, "arms_dates"))
    assert "NOTE" in [span.label_ for span in doc.spans["arms"]]
    assert sorted(span.label_ for span in doc.spans["arms"]).count("DATE") == len(doc.spans["arms_dates"])


def test_extensions_all_fields_cache_lets_a_stream_of_docs_go() -> None:
    import gc

    from arms_nlp.extensions import _ALL_SPANS_KEPT

    nlp = _shared_pipeline()
    texts = [f"{TEXT} Stream item {i}." for i in range(_ALL_SPANS_KEPT + 20)]
    for doc in nlp.pipe(texts, batch_size=8):
        assert doc.spans["arms"] is not None
    del doc
    gc.collect()
    alive = sum(isinstance(o, Doc) and "Stream item" in o.text for o in gc.get_objects())
    assert alive <= _ALL_SPANS_KEPT


@pytest.mark.parametrize("value", [None, [], [(0, 4)]])
def test_extensions_stored_reads_what_doc_underscore_reads(value: list[tuple[int, int]] | None) -> None:
    import spacy

    from arms_nlp.extensions import stored

    doc = spacy.blank("en")("Menu\nBody text.")
    assert stored(doc, "arms_boilerplate") is None  # unset: the registered default
    doc._.arms_boilerplate = value
    assert stored(doc, "arms_boilerplate") is doc._.arms_boilerplate
