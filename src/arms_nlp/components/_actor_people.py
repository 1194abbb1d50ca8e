"""People and unnamed officials for arms_actors: names, titles, affiliations, surnames."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..kb.actors import ActorLexicon
from ..linking import overlaps
from ._actor_base import (
    DETERMINERS,
    POSSESSIVE,
    Context,
    Found,
    affiliation_in,
    char_bounds,
    first_actor_in,
    has_parse,
    make_found,
)

_TITLE_DEPS = {"compound", "amod", "nmod", "nn", "punct", "cc", "conj", "prep", "pobj", "poss", "case"}


@dataclass
class PersonFound:
    """A person's name mention, the token span holding its title, and whether the title precedes the name."""

    item: Found
    title_span: tuple[int, int] | None
    before_name: bool


def title_before(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Token bounds of a title written before a name ("Russian deputy foreign minister")."""
    if not has_parse(doc):
        return None
    head = doc[start:end].root
    first = start
    index = start - 1
    sentence_start = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
    while index >= sentence_start:
        token = doc[index]
        if token.is_space and "\n" not in token.text:
            index -= 1
            continue
        if token.lower_ in DETERMINERS or token.dep_ == "det" or (token.is_punct and token.dep_ != "compound"):
            break
        if token.ent_type_ in ("DATE", "TIME", "CARDINAL", "PERSON"):
            break
        if head not in token.ancestors and token.head.i != head.i:
            break
        if token.dep_ not in _TITLE_DEPS:
            break
        first = index
        index -= 1
    while first < start and (doc[first].dep_ in ("cc", "prep", "punct", "case") or doc[first].is_space):
        first += 1
    return (first, start) if first < start else None


def appositive_title(doc: Doc, start: int, end: int) -> tuple[tuple[int, int], Token] | None:
    """("expert" bounds, head) of an appositive after a name ("Jeffrey Lewis, an expert at ...")."""
    if not has_parse(doc):
        return None
    head = doc[start:end].root
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i >= end:
            first = child.i
            for left in child.lefts:
                if left.dep_ in ("amod", "compound", "nmod"):
                    first = min(first, left.left_edge.i)
            return (first, child.i + 1), child
    return None


def people_mentions(ctx: Context) -> list[PersonFound]:
    """People with their title (before the name or appositive) and the token span holding the title."""
    doc = ctx.doc
    people: list[PersonFound] = []
    for start, end in ctx.person_bounds:
        if ctx.blocked(doc[start].idx, doc[end - 1].idx + 1) or any(ctx.not_actor(t) for t in doc[start:end]):
            continue
        if all(i in ctx.gazetteer_tokens for i in range(start, end)):
            continue
        item = make_found(doc, start, end, None, "person")
        if item is None:
            continue
        title_span = title_before(doc, start, end)
        before_name = title_span is not None
        if title_span is not None:
            item.title = doc[title_span[0] : title_span[1]].text.strip()
            ctx.title_tokens.update(range(*title_span))
        else:
            appos = appositive_title(doc, start, end)
            if appos is not None:
                (first, last), head = appos
                item.title = doc[first:last].text.strip()
                title_span = (min(first, head.left_edge.i), head.right_edge.i + 1)
        people.append(PersonFound(item, title_span, before_name))
    return people


def resolve_titles(doc: Doc, people: Sequence[PersonFound], found: Sequence[Found]) -> list[tuple[int, int]]:
    """Set each person's affiliation (first actor in the title) and drop it from a preceding title.

    "Russian deputy foreign minister" -> affiliation Russia, title "deputy foreign minister".
    Returns the character spans of the titles written before names.
    """
    spans: list[tuple[int, int]] = []
    for person in people:
        if person.title_span is None:
            continue
        start, end = char_bounds(doc, person.title_span)
        affiliation = first_actor_in(found, start, end)
        if person.before_name:
            spans.append((start, end))
        if affiliation is None:
            continue
        person.item.affiliation = affiliation.name
        if person.before_name:
            rest = doc.text[affiliation.end : end].strip()
            for possessive in POSSESSIVE[:3]:
                rest = rest.removeprefix(possessive).strip()
            person.item.title = rest or person.item.title
    return spans


def surname_mentions(ctx: Context, people: Sequence[Found], found: Sequence[Found]) -> list[Found]:
    """Later bare surnames the NER missed ("Saree added ..."), as mentions of the person."""
    doc = ctx.doc
    surnames = {p.name.split()[-1]: p for p in people if len(p.name.split()) > 1}
    result: list[Found] = []
    for token in doc:
        person = surnames.get(token.text)
        if person is None or token.idx < person.end or token.ent_type_ not in ("", "PERSON"):
            continue
        if token.pos_ not in ("PROPN", "") or token.i in ctx.persons:
            continue
        end = token.idx + len(token.text)
        if ctx.blocked(token.idx, end) or any(overlaps(token.idx, end, f.start, f.end) for f in found):
            continue
        result.append(Found(token.idx, end, token.text, person.name, "person"))
    return result


def official_heads(doc: Doc, lexicon: ActorLexicon, persons: set[int]) -> list[Token]:
    """Nouns heading an unnamed-official phrase (not the title of a named person)."""
    nouns = set(lexicon.official_nouns)
    heads = []
    for token in doc:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in nouns or token.i in persons:
            continue
        if any(t.i in persons for t in token.ancestors) and token.dep_ in ("compound", "nmod", "amod"):
            continue
        if any(child.dep_ == "appos" and child.ent_type_ == "PERSON" for child in token.children):
            continue
        heads.append(token)
    return heads


def official_start(doc: Doc, head: Token) -> int:
    """First token of an official phrase: the head's left edge, kept within its line."""
    left = head.left_edge.i
    for index in range(head.i - 1, left - 1, -1):
        if "\n" in doc[index].text:
            return index + 1
    return left


def official_end(head: Token, found: Sequence[Found], prepositions: Sequence[str]) -> int | None:
    """End token of a trailing "for/at/of <state or organisation>" ("a spokesman for the IDF"), if any."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in prepositions:
            start, end = char_bounds(head.doc, (child.i, child.right_edge.i + 1))
            if first_actor_in(found, start, end) is not None:
                return child.right_edge.i + 1
    return None


def officials(ctx: Context, found: Sequence[Found]) -> list[Found]:
    """Unnamed officials over the parse; "the official" joins the latest official of that noun.

    The phrase is the head noun with its left modifiers and a trailing "for/at <organisation>",
    without determiner or count ("Two senior U.S. defense officials" -> "senior U.S. defense officials").
    """
    doc, lexicon = ctx.doc, ctx.lexicon
    if not has_parse(doc):
        return []
    result: list[Found] = []
    heads: list[tuple[str, str]] = []  # (head lemma, head tag) of each official in ``result``
    for head in official_heads(doc, lexicon, ctx.persons):
        lemma = head.lemma_.lower()
        key = (lemma, head.tag_)
        left = official_start(doc, head)
        determiner = doc[left].lower_ if doc[left].lower_ in DETERMINERS else None
        while left < head.i and (doc[left].lower_ in DETERMINERS or doc[left].like_num or doc[left].tag_ == "CD"):
            left += 1
        end = official_end(head, found, lexicon.official_prepositions)
        item = make_found(doc, left, end or head.i + 1, None, "official")
        if item is None or ctx.blocked(item.start, item.end):
            continue
        if item.start == head.idx and end is None:
            if determiner == "the" and head.tag_ in ("NN", "NNP"):
                previous = [r for r, h in zip(result, heads) if h == key]
                if previous:
                    item.name, item.affiliation = previous[-1].name, previous[-1].affiliation
                    result.append(item)
                    heads.append(key)
                continue
            if lemma not in lexicon.bare_official_nouns or determiner not in ("a", "an"):
                continue
        item.affiliation = affiliation_in(found, item.start, item.end)
        if item.affiliation is None and lemma not in lexicon.bare_official_nouns:
            continue
        result.append(item)
        heads.append(key)
    return result
