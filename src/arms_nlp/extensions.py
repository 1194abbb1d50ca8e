"""All ``doc._`` extensions of arms_nlp, in one place.

Each component stores its records as a list in ``doc._.arms_<field>``; ``doc._.arms``
assembles them into an :class:`~arms_nlp.records.Extraction`. Records travel between
processes inside ``Doc.to_bytes`` (``nlp.pipe(n_process=2)``), so a msgpack codec for
them is registered with srsly here.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import srsly
from pydantic import BaseModel
from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span, SpanGroup

from .records import RECORD_KINDS, RECORD_TYPES, Extraction

#: doc extension name -> Extraction field it feeds
RECORD_FIELDS: dict[str, str] = {
    "arms_weapons": "weapons",
    "arms_quantities": "quantities",
    "arms_ranges": "ranges",
    "arms_actors": "actors",
    "arms_quotes": "quotes",
    "arms_dates": "dates",
    "arms_transfers": "transfers",
}

R = TypeVar("R", bound=BaseModel)
_MARKER = "__arms_record__"


def _encode_record(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    if isinstance(obj, BaseModel) and type(obj).__name__ in RECORD_TYPES:
        return {_MARKER: type(obj).__name__, "data": obj.model_dump(mode="json")}
    if isinstance(obj, (dt.date, dt.datetime)):
        return {_MARKER: "date", "data": obj.isoformat()}
    return obj if chain is None else chain(obj)


def _decode_record(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    if isinstance(obj, dict) and _MARKER in obj:
        kind = obj[_MARKER]
        if kind == "date":
            return dt.date.fromisoformat(obj["data"])
        return RECORD_TYPES[kind].model_validate(obj["data"])
    return obj if chain is None else chain(obj)


def _assemble(doc: Doc) -> Extraction:
    from .assemble import to_extraction

    return to_extraction(doc)


def register_extensions() -> None:
    """Register the ``doc._`` attributes and the msgpack codec (idempotent)."""
    for name in RECORD_FIELDS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in ("arms_published", "arms_published_from", "arms_boilerplate"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("arms"):
        Doc.set_extension("arms", getter=_assemble)
    if "arms_nlp" not in srsly.msgpack_encoders.get_all():
        srsly.msgpack_encoders.register("arms_nlp", func=_encode_record)
        srsly.msgpack_decoders.register("arms_nlp", func=_decode_record)


def stored(doc: Doc, name: str) -> Any:
    """``doc._.<name>`` for an attribute registered above (default None), read straight from ``doc.user_data``,
    where spaCy keeps a Doc's attribute extensions under ``("._.", name, None, None)``: the rules read these
    attributes hundreds of times per Doc, and ``doc._`` builds a new accessor object on every read (~4 µs)."""
    return doc.user_data.get(("._.", name, None, None))


def get_records(doc: Doc, name: str) -> list[Any]:
    """The records a component stored under ``doc._.<name>``, or [] when it did not run."""
    value = stored(doc, name)
    return list(value) if value else []


def set_records(doc: Doc, name: str, records: list[Any]) -> None:
    """Store a component's records, sorted by position, and show them as span groups.

    ``doc.spans["arms_<field>"]`` holds the field's spans (label: category, kind, status...;
    ``kb_id``: canonical name or value) and ``doc.spans["arms"]`` every field but transfers,
    labelled by field ("WEAPON", "ACTOR", ...), so one ``displacy.render(doc, style="span",
    options={"spans_key": "arms"})`` shows them all. ``arms_weapons`` sets its own group.
    """
    records = sorted(records, key=lambda r: (r.start, r.end))
    doc._.set(name, records)
    _set_span_groups(doc, name, records)


#: doc extension name -> (record -> [(start, end, label, kb_id)]) for its span group.
_SPAN_PARTS: dict[str, Callable[[Any], list[tuple[int, int, str, str]]]] = {
    "arms_weapons": lambda r: [(r.start, r.end, r.category, r.name)],
    "arms_actors": lambda r: [(m.start, m.end, r.kind, r.name) for m in (r.mentions or [r])],
    "arms_quantities": lambda r: [(r.start, r.end, "QUANTITY", r.weapon or r.item or "")],
    "arms_ranges": lambda r: [(r.start, r.end, "RANGE", f"{r.high_km:g} km")],
    "arms_dates": lambda r: [(r.start, r.end, r.grain or "DATE", r.value or "")],
    "arms_quotes": lambda r: [(r.start, r.end, r.kind, r.speaker or "")],
    "arms_transfers": lambda r: [(m.start, m.end, r.status, r.weapon or "") for m in (r.evidence or [r])],
}
#: Span group of every field at once, labelled by field.
ALL_SPANS_KEY = "arms"
#: Groups written by their component (with its configured key), not here.
_OWN_GROUP = frozenset({"arms_weapons"})


def _set_span_groups(doc: Doc, name: str, records: list[Any]) -> None:
    parts = _SPAN_PARTS.get(name)
    if parts is None:
        return
    spans: list[Span] = []
    offsets = doc.to_array([IDX, LENGTH])
    starts, lengths = offsets[:, 0].tolist(), offsets[:, 1].tolist()  # flat lists: no object per token
    total = starts[-1] + len(doc[-1].text_with_ws) if starts else 0  # ``len(doc.text)``, not rebuilt
    for record in records:
        for start, end, label, kb_id in parts(record):
            span = _expanded_span(starts, lengths, total, start, end)
            if span is not None:
                spans.append(Span(doc, span[0], span[1], label=label, kb_id=kb_id))
    if name not in _OWN_GROUP:
        doc.spans[name] = spans
    if name == "arms_transfers":
        return
    label = doc.vocab.strings.add(RECORD_KINDS[RECORD_FIELDS[name]].upper())
    kept = [span for span in _all_spans(doc) if span.label != label]
    added = [Span(doc, s.start, s.end, label=label, kb_id=s.kb_id) for s in spans]  # ids: strings are hashed again
    merged = sorted(kept + added, key=lambda s: (s.start, s.end))
    doc.spans[ALL_SPANS_KEY] = merged
    _remember_spans(doc, doc.spans[ALL_SPANS_KEY], merged)


def _expanded_span(
    starts: list[int], lengths: list[int], total: int, start_char: int, end_char: int
) -> tuple[int, int] | None:
    """The token bounds of ``doc.char_span(start_char, end_char, alignment_mode="expand")`` (None where it
    gives None), found by binary search over the token offsets ``starts`` (``lengths``: each token's length;
    ``total``: the text's length). A token owns the whitespace after it, as in ``char_span``, which builds
    Token objects to test its ends."""
    if not (0 <= start_char < total and 0 <= end_char - 1 < total):
        return None
    first = bisect_right(starts, start_char) - 1
    last = bisect_right(starts, end_char - 1) - 1
    if start_char == starts[first] + lengths[first]:
        first += 1  # in the whitespace after a token: not part of that token
    return first, last + 1


#: The all-fields group the latest Docs were last given, with the Spans it was made of: reading a span group
#: back builds a new Span object per member, and every component would read the whole group again. Bounded,
#: not weak-keyed: each entry holds its Doc through the Spans, so a weak key would never let the Doc go
#: (a stream of Docs grew the process by ~0.5 MB per article). An evicted Doc reads its group back instead.
_ALL_SPANS: OrderedDict[int, tuple[Doc, SpanGroup, list[Span]]] = OrderedDict()
_ALL_SPANS_KEPT = 64


def _remember_spans(doc: Doc, group: SpanGroup, spans: list[Span]) -> None:
    """Keep ``spans`` as the members of ``doc``'s group ``group``, dropping the oldest Doc past the bound."""
    _ALL_SPANS[id(doc)] = (doc, group, spans)
    _ALL_SPANS.move_to_end(id(doc))
    while len(_ALL_SPANS) > _ALL_SPANS_KEPT:
        _ALL_SPANS.popitem(last=False)


def _all_spans(doc: Doc) -> list[Span]:
    """The Spans of ``doc.spans["arms"]``: the ones it was last set to while it is still that group."""
    group = doc.spans.get(ALL_SPANS_KEY)
    if group is None:
        return []
    cached = _ALL_SPANS.get(id(doc))
    fresh = cached is not None and cached[0] is doc and cached[1] is group and len(group) == len(cached[2])
    return cached[2] if fresh else list(group)


def boilerplate_zones(doc: Doc) -> Sequence[tuple[int, int]]:
    """Character spans of page furniture (navigation, "Articles You May Like" blocks); read-only."""
    return stored(doc, "arms_boilerplate") or ()


def in_boilerplate(doc: Doc, start_char: int, end_char: int) -> bool:
    """True when the character span lies inside page furniture, not article content."""
    return in_zones(boilerplate_zones(doc), start_char, end_char)


def in_zones(zones: Sequence[tuple[int, int]], start_char: int, end_char: int) -> bool:
    """True when the character span overlaps one of ``zones`` (as :func:`boilerplate_zones` gives them)."""
    return any(start < end_char and start_char < end for start, end in zones)


# Registered on import, so every module that reads or writes the attributes has them.
register_extensions()
