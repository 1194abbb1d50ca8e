"""Doc -> :class:`Extraction`, and the merge of per-chunk extractions of one long text."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from .extensions import RECORD_FIELDS, get_records
from .records import Actor, Extraction


def to_extraction(doc: Doc) -> Extraction:
    """Collect every component's records from ``doc`` into one Extraction."""
    fields = {field: get_records(doc, name) for name, field in RECORD_FIELDS.items()}
    return Extraction(**fields, published=doc._.arms_published, published_from=doc._.arms_published_from)


def merge_extractions(parts: Sequence[tuple[int, Extraction]]) -> Extraction:
    """Join extractions of consecutive chunks; ``parts`` holds (chunk offset, extraction).

    Offsets are moved back into the whole text; an actor found in several chunks
    becomes one actor (same name and kind) holding all its mentions.
    """
    merged = Extraction()
    actors: dict[tuple[str, str], Actor] = {}
    for offset, part in parts:
        for field in RECORD_FIELDS.values():
            if field == "actors":
                continue
            getattr(merged, field).extend(record.shifted(offset) for record in getattr(part, field))
        for actor in part.actors:
            moved = actor.shifted(offset)
            key = (moved.name, moved.kind)
            if key in actors:
                known = actors[key]
                actors[key] = known.model_copy(update={"mentions": known.mentions + moved.mentions})
            else:
                actors[key] = moved
        if merged.published is None and part.published is not None:
            merged.published, merged.published_from = part.published, part.published_from
    merged.actors = sorted(actors.values(), key=lambda a: a.start)
    return merged
