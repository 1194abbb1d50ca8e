"""What the transfer tests read off a parsed text: its transfer records, each checked against the input's offsets."""

from __future__ import annotations

from spacy.language import Language

from arms_nlp.records import Transfer


def transfers_in(nlp: Language, text: str) -> list[Transfer]:
    """The transfers ``nlp`` finds in ``text``; every record must point at its own characters."""
    found = nlp(text)._.arms_transfers
    for transfer in found:
        assert text[transfer.start : transfer.end] == transfer.text
    return found
