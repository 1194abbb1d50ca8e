"""What the quote tests read off a parsed text: its quotes, each checked against the input's offsets."""

from __future__ import annotations

from spacy.language import Language

from arms_nlp.extensions import get_records
from arms_nlp.records import Quote


def quotes_in(nlp: Language, text: str) -> list[Quote]:
    """The quotes ``nlp`` finds in ``text``; every quote and part must point at its own characters."""
    found = get_records(nlp(text), "arms_quotes")
    for quote in found:
        assert text[quote.start : quote.end] == quote.text
        assert all(text[part.start : part.end] == part.text for part in quote.parts)
    return found


def speaker_of(found: list[Quote], words: str) -> str | None:
    """The speaker of the first quote holding ``words``, if any quote does."""
    return next((q.speaker for q in found if words in q.text), None)
