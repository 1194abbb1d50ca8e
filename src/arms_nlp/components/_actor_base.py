"""Shared pieces of arms_actors: the per-doc context, raw mentions and span helpers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..extensions import get_records, in_boilerplate
from ..kb.actors import ActorLexicon
from ..linking import overlaps
from ..records import ActorKind, Mention
from .boilerplate import Line, split_lines

DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "some", "any", "another"}
POSSESSIVE = ("'s", "’s", "‘s", "'", "’")


@dataclass
class Found:
    """One mention of an entity, before mentions are merged into actors."""

    start: int
    end: int
    text: str
    name: str
    kind: ActorKind
    affiliation: str | None = None
    title: str | None = None
    from_gazetteer: bool = False


@dataclass
class Context:
    """What every rule of one doc needs: the doc, lexicons, weapons, lines and claimed tokens."""

    doc: Doc
    lexicon: ActorLexicon
    weapons: list[Mention]
    lines: list[Line]
    common: set[str]
    person_bounds: list[tuple[int, int]]
    persons: set[int]
    gazetteer_tokens: set[int] = field(default_factory=set)
    title_tokens: set[int] = field(default_factory=set)

    def blocked(self, start: int, end: int) -> bool:
        """Inside page furniture or a weapon mention."""
        return in_boilerplate(self.doc, start, end) or any(overlaps(start, end, w.start, w.end) for w in self.weapons)

    def not_actor(self, token: Token) -> bool:
        """A word that never names an actor (weapon words, page labels)."""
        words = self.lexicon.not_actor_words
        lower = token.lower_
        return token.lemma_.lower() in words or lower in words or (lower.endswith("s") and lower[:-1] in words)


def make_context(doc: Doc, lexicon: ActorLexicon) -> Context:
    """The per-doc context; person names are extended over name parts the NER missed."""
    person_ents = [e for e in doc.ents if e.label_ == "PERSON" and len(e.text.strip()) > 1]
    bounds = [person_tokens(e) for e in person_ents]
    return Context(
        doc=doc,
        lexicon=lexicon,
        weapons=get_records(doc, "arms_weapons"),
        lines=split_lines(doc.text),
        common=lowercase_words(doc),
        person_bounds=bounds,
        persons={i for start, end in bounds for i in range(start, end)},
    )


def person_tokens(ent: Span) -> tuple[int, int]:
    """Token bounds of a person's name, extended over a following capitalised name part the NER missed."""
    doc = ent.doc
    end = ent.end
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_:
        end += 1
    return ent.start, end


def trim_span(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Character bounds of the token span ``doc[start:end]`` without a leading determiner or trailing "'s"."""
    while start < end and doc[start].lower_ in DETERMINERS:
        start += 1
    while start < end and doc[end - 1].is_punct and doc[end - 1].text not in (".",):
        end -= 1
    if start >= end:
        return None
    start_char, end_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    if end - start > 1 and doc[end - 1].lower_ in POSSESSIVE:
        end_char = doc[end - 2].idx + len(doc[end - 2].text)
    else:
        last = doc[end - 1].text
        for suffix in POSSESSIVE[:3]:
            if last.endswith(suffix) and len(last) > len(suffix):
                end_char -= len(suffix)
                break
    return start_char, end_char


def make_found(doc: Doc, start: int, end: int, name: str | None, kind: ActorKind, **extra: str | None) -> Found | None:
    """A :class:`Found` over tokens ``start:end`` (trimmed); ``name`` defaults to the trimmed text."""
    bounds = trim_span(doc, start, end)
    if bounds is None:
        return None
    text = doc.text[bounds[0] : bounds[1]]
    return Found(bounds[0], bounds[1], text, name or " ".join(text.split()), kind, **extra)


def char_bounds(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """Character bounds of the token span ``span``."""
    last = doc[span[1] - 1]
    return doc[span[0]].idx, last.idx + len(last.text)


def line_at(lines: Sequence[Line], char: int) -> Line | None:
    """The line holding character ``char``."""
    for line in lines:
        if line.start <= char < line.end:
            return line
    return None


def is_headline_line(line: Line | None) -> bool:
    """A title-case line without sentence punctuation (headline, section heading)."""
    return line is not None and line.words >= 3 and not line.sentence_end and line.capitalised >= 0.6


def lowercase_words(doc: Doc) -> set[str]:
    """Words that occur in lowercase somewhere in the doc (so a capitalised one is a common word)."""
    return {token.lower_ for token in doc if token.is_lower and token.is_alpha}


def has_parse(doc: Doc) -> bool:
    """True when the doc carries a dependency parse."""
    return doc.has_annotation("DEP")


def first_actor_in(found: Sequence[Found], start: int, end: int) -> Found | None:
    """The first state/organisation mention within characters ``start:end``."""
    for item in sorted(found, key=lambda f: f.start):
        if item.kind not in ("location", "person", "official") and start <= item.start and item.end <= end:
            return item
    return None


def affiliation_in(found: Sequence[Found], start: int, end: int) -> str | None:
    """Canonical name of the first state/organisation mentioned within characters ``start:end``."""
    item = first_actor_in(found, start, end)
    return item.name if item else None
