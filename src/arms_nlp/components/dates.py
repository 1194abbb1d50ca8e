"""PLACEHOLDER until the arms_dates component lands: stores no records."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import set_records


class DateResolver:
    """PLACEHOLDER."""

    def __init__(self, nlp: Language, name: str, **config: object) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if "arms_dates" != "arms_boilerplate":
            set_records(doc, "arms_dates", [])
        return doc
