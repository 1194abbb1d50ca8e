"""What the actor family tests read off a parsed text: its actor records keyed by (canonical name, kind)."""

from __future__ import annotations

from spacy.language import Language

from arms_nlp.extensions import get_records
from arms_nlp.records import Actor


def actors_of(nlp: Language, text: str) -> dict[tuple[str, str], Actor]:
    """The actors the pipeline finds in ``text``, keyed by (canonical name, kind)."""
    return {(a.name, a.kind): a for a in get_records(nlp(text), "arms_actors")}
