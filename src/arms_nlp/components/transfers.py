"""PLACEHOLDER until the arms_transfers component lands: stores no records."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import set_records


class TransferExtractor:
    """PLACEHOLDER."""

    def __init__(self, nlp: Language, name: str, **config: object) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if "arms_transfers" != "arms_boilerplate":
            set_records(doc, "arms_transfers", [])
        return doc
