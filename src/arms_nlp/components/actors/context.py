"""Shared pieces of arms_actors: the per-doc context, raw mentions and span helpers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.attrs import IS_ALPHA, IS_LOWER, LOWER
from spacy.tokens import Doc, Span, Token

from ...docindex import DocIndex, SpanIndex, index_of
from ...extensions import boilerplate_zones, get_records, in_zones
from ...kb.actors import ActorLexicon, gazetteer
from ...kb.closed_class import closed_class
from ...records import ActorKind, Mention
from ...syntax import caseless
from .names import NameSpan, name_spans

DETERMINERS = closed_class().determiners
POSSESSIVE = closed_class().possessives


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
    owner: str | None = None  # the state owning a generic body ("Russia" for "Russia's Security Council")


@dataclass
class Context:
    """What every rule of one doc needs: the doc, lexicons, weapons, index and claimed tokens."""

    doc: Doc
    tokens: list[Token]
    lexicon: ActorLexicon
    weapons: list[Mention]
    index: DocIndex
    common: set[str]
    person_bounds: list[tuple[int, int]]
    persons: set[int]
    #: The page furniture and the weapon mentions, final before this component runs: read here directly, the
    #: blocked tests (dozens per doc) are one step each instead of a look-up through the doc's attributes.
    zones: Sequence[tuple[int, int]]
    weapon_spans: SpanIndex
    #: ``doc.ents``, read once: spaCy builds a new tuple of Spans on every read, and the rules read it thrice.
    ents: tuple[Span, ...] = ()
    renamed: list[Found] = field(default_factory=list)
    gazetteer_tokens: set[int] = field(default_factory=set)
    title_tokens: set[int] = field(default_factory=set)
    described: set[int] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)

    def weapons_over(self, start: int, end: int) -> list[Mention]:
        """The weapon mentions overlapping ``[start, end)``."""
        return [weapon for _, _, weapon in self.weapon_spans.over(start, end)]

    def blocked(self, start: int, end: int) -> bool:
        """Inside page furniture or a weapon mention."""
        return in_zones(self.zones, start, end) or bool(self.weapon_spans.over(start, end))

    def blocked_for_body(self, start: int, end: int) -> bool:
        """Inside page furniture or a named weapon; a weapon class word inside a body's name does not
        block it ("Chengdu Aircraft Corporation", "Missile Defense Agency")."""
        if in_zones(self.zones, start, end):
            return True
        for weapon in self.weapons_over(start, end):
            inside = start <= weapon.start and weapon.end <= end and (start, end) != (weapon.start, weapon.end)
            if not (inside and getattr(weapon, "generic", False)):
                return True
        return False

    def headline_capitals(self, char: int) -> bool:
        """True on a headline or any line of capitals or title case: capitals there name nothing by themselves."""
        return self.index.in_headline(char) or self.index.caseless(char)

    def tokens_with(self, attr: int, *values: str) -> list[Token]:
        """The tokens whose ``attr`` (POS, ORTH...) is one of ``values``, in text order (see ``DocIndex.having``)."""
        return [self.tokens[i] for i in self.index.having(attr, *values)]

    def not_actor(self, token: Token) -> bool:
        """A word that never names an actor (weapon words, page labels)."""
        words = self.lexicon.not_actor_words
        lower = token.lower_
        return token.lemma_.lower() in words or lower in words or (lower.endswith("s") and lower[:-1] in words)


def _headline_misread(doc: Doc, name: NameSpan, alias_tokens: set[int]) -> bool:
    """True for a person's name, on a line of capitals or title case, that runs over a known actor's name and on:
    the model reads "Chad Buys" of "Chad Buys Armored Cars" as a person only from its capitals."""
    inside = {i for i in range(name.start, name.end) if i in alias_tokens}
    return bool(inside) and len(inside) < name.end - name.start and caseless(doc[name.start])


def make_context(doc: Doc, lexicon: ActorLexicon, aliases: Sequence[tuple[Span, str]] = ()) -> Context:
    """The per-doc context: people (NER repaired, see ``_actor_names``) and names the NER mislabelled.

    ``aliases`` are the gazetteer matches (span, alias); names over them are not people.
    """
    entries = gazetteer()
    alias_tokens = {i for span, _ in aliases for i in range(span.start, span.end)}
    places = {
        i
        for span, alias in aliases
        if alias in entries and entries[alias].kind in ("country", "location")
        for i in range(span.start, span.end)
    }
    tokens = list(doc)  # Token objects are built once, not on every pass over the doc
    ents = doc.ents
    names = name_spans(tokens, lexicon, entries, alias_tokens, places, ents)
    bounds = [(n.start, n.end) for n in names if n.kind == "person" and not _headline_misread(doc, n, alias_tokens)]
    renamed = [
        f
        for n in names
        if n.kind != "person"
        and not set(range(n.start, n.end)) <= alias_tokens
        and (f := make_found(doc, n.start, n.end, None, n.kind))
    ]  # a known name the NER mislabelled comes from the gazetteer
    weapons = get_records(doc, "arms_weapons")
    return Context(
        doc=doc,
        tokens=tokens,
        lexicon=lexicon,
        weapons=weapons,
        index=index_of(doc),
        common=lowercase_words(doc),
        person_bounds=bounds,
        persons={i for start, end in bounds for i in range(start, end)},
        ents=ents,
        renamed=renamed,
        surnames={doc[end - 1].text for start, end in bounds if end - start > 1},
        zones=boilerplate_zones(doc),
        weapon_spans=SpanIndex((w.start, w.end, w) for w in weapons),
    )


def trim_span(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Character bounds of the token span ``doc[start:end]`` without a leading determiner or trailing "'s",
    nor a parenthesised gloss after the name ("Hindustan Aeronautics Limited (HAL", "Staff(JCS")."""
    while start < end and doc[start].lower_ in DETERMINERS:
        start += 1
    end = gloss_start(doc, start, end)
    while start < end and doc[end - 1].is_punct and doc[end - 1].text not in (".",):
        end -= 1
    if start >= end:
        return None
    start_char, end_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    glued = doc[end - 1].text.find("(")  # a gloss the tokenizer left on the last word: "Staff(JCS"
    if glued > 0 and doc[end - 1].text[glued - 1].isalpha():
        end_char = doc[end - 1].idx + glued
    if end - start > 1 and doc[end - 1].lower_ in POSSESSIVE:
        end_char = doc[end - 2].idx + len(doc[end - 2].text)
    else:
        last = doc[end - 1].text
        for suffix in POSSESSIVE[:3]:
            if last.endswith(suffix) and len(last) > len(suffix):
                end_char -= len(suffix)
                break
    return start_char, end_char


def gloss_start(doc: Doc, start: int, end: int) -> int:
    """The end of ``doc[start:end]`` before an opening parenthesis that follows a word of the name."""
    for index in range(start + 1, end):
        if doc[index].text == "(" or (doc[index].text.startswith("(") and doc[index].is_punct):
            return index
    return end


def make_found(doc: Doc, start: int, end: int, name: str | None, kind: ActorKind, **extra: str | None) -> Found | None:
    """A :class:`Found` over tokens ``start:end`` (trimmed); ``name`` defaults to the trimmed text."""
    bounds = trim_span(doc, start, end)
    if bounds is None:
        return None
    text = index_of(doc).text[bounds[0] : bounds[1]]
    return Found(bounds[0], bounds[1], text, name or " ".join(text.split()), kind, **extra)


def char_bounds(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """Character bounds of the token span ``span``."""
    last = doc[span[1] - 1]
    return doc[span[0]].idx, last.idx + len(last.text)


def lowercase_words(doc: Doc) -> set[str]:
    """Words that occur in lowercase somewhere in the doc (so a capitalised one is a common word), read off
    the Doc's attribute arrays rather than one Token object per word."""
    rows = index_of(doc).array(LOWER, IS_LOWER, IS_ALPHA)
    forms = set(rows[(rows[:, 1] != 0) & (rows[:, 2] != 0), 0].tolist())
    strings = doc.vocab.strings
    return {strings[form] for form in forms}


def has_parse(doc: Doc) -> bool:
    """True when the doc carries a dependency parse."""
    return doc.has_annotation("DEP")


def first_actor_in(found: Sequence[Found], start: int, end: int) -> Found | None:
    """The first state/organisation mention within characters ``start:end``; a state's own body right
    after its possessive wins over the state ("Russia's Security Council" -> Russian Security Council)."""
    inside = sorted(
        (f for f in found if f.kind not in ("location", "person", "official") and start <= f.start and f.end <= end),
        key=lambda f: f.start,
    )
    if len(inside) > 1 and inside[0].kind == "country" and inside[1].kind == "organization":
        if inside[1].owner == inside[0].name or inside[1].start - inside[0].end == len("'s "):
            return inside[1]  # "a spokeswoman for Taiwan's Presidential Office": the office
    return inside[0] if inside else None


def affiliation_in(found: Sequence[Found], start: int, end: int) -> str | None:
    """Canonical name of the first state/organisation mentioned within characters ``start:end``."""
    item = first_actor_in(found, start, end)
    return item.name if item else None
