"""People and unnamed officials for arms_actors: names, titles, affiliations, surnames."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.attrs import ORTH, POS
from spacy.tokens import Doc, Token

from ...docindex import index_of, overlaps
from ...kb.actors import ActorLexicon
from ...kb.closed_class import closed_class
from ...kb.cues import cue_lexicon
from .context import (
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
    """A person's name mention and where its title is.

    ``title_span`` holds the title and the words that give the affiliation; ``core`` the title
    words themselves; ``before_name`` is True when the title is written before the name, or after it
    and a comma where the parse missed the apposition (a state in it is then no mention of the state); ``extra_span`` an appositive after the name that only
    supplies the affiliation ("Lt. Col. Richard Hecht, an Israel Defense Forces spokesman").
    """

    item: Found
    title_span: tuple[int, int] | None
    before_name: bool
    core: tuple[int, int] | None = None
    extra_span: tuple[int, int] | None = None


#: The longest role after a name and a comma ("South Korean deputy defense minister").
_MAX_COMMA_TITLE = 6


def title_before(doc: Doc, start: int, end: int, persons: set[int]) -> tuple[int, int] | None:
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
        joined = token.text == "-" and not token.whitespace_ and not doc[index - 1].whitespace_
        if (
            token.lower_ in DETERMINERS
            or token.dep_ == "det"
            or (token.is_punct and token.dep_ != "compound" and not joined)
        ):
            break
        if token.ent_type_ in ("DATE", "TIME", "CARDINAL") or token.i in persons:
            break
        if head not in token.ancestors and token.head.i != head.i:
            break
        if token.dep_ not in _TITLE_DEPS and not joined:
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
                if left.dep_ in ("amod", "compound", "nmod", "poss"):
                    first = min(first, left.left_edge.i)
            return (first, child.i + 1), child
    return None


def comma_title(doc: Doc, end: int, lexicon: ActorLexicon) -> tuple[tuple[int, int], Token] | None:
    """("title" bounds, head) of a role written after a name and a comma when the parse missed the
    apposition: "Shin Won-sik, South Korean defense minister, said" (the role ends at a comma or the
    sentence's end and is headed by a title noun)."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    first = end + 1
    if doc[first].lower_ in DETERMINERS:
        first += 1
    last = first
    while (
        last < len(doc)
        and last - first < _MAX_COMMA_TITLE
        and not doc[last].is_punct
        or (last < len(doc) and doc[last].text == "-" and not doc[last].whitespace_)
    ):
        last += 1
    closed = last == len(doc) or doc[last].text in (",", ".", ";")
    if last == first or not closed or not is_title_noun(doc[last - 1], lexicon):
        return None
    return (first, last), doc[last - 1]


def is_title_noun(token: Token, lexicon: ActorLexicon) -> bool:
    """An official noun or title word heading a description ("spokesperson", "prime minister")."""
    if token.lower_.rstrip(".") in lexicon.person_titles:
        return token.pos_ in ("NOUN", "PROPN", "ADJ")  # "secretary-general" may be parsed with an ADJ head
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in lexicon.official_nouns


def leading_title(doc: Doc, start: int, end: int, lexicon: ActorLexicon) -> Token | None:
    """The official noun a name stands in apposition to, written before it.

    "A spokesperson for the Russian Foreign Ministry, Maria Zakharova", "Lebanon's caretaker prime
    minister, Najib Mikati", "China's foreign ministry spokesperson Mao Ning".
    """
    if not has_parse(doc):
        return None
    token = doc[start:end].root
    if token.dep_ != "appos":
        return None
    for _ in range(4):
        token = token.head
        if token.i >= start:
            return None
        if is_title_noun(token, lexicon):
            return token
        if token.dep_ not in ("pobj", "prep", "compound", "appos", "conj"):
            return None
    return None


def noun_core(doc: Doc, head: Token) -> tuple[int, int]:
    """The head noun with its left modifiers, without a determiner or count."""
    return core_start(doc, head.left_edge.i, head.i), head.i + 1


def core_start(doc: Doc, first: int, last: int) -> int:
    """First title word from ``first``: determiners, counts, pronouns ("his", "whose") and common-noun
    possessors ("the group's") are no part of a title."""
    while first < last:
        token = doc[first]
        if token.lower_ in DETERMINERS or token.dep_ in ("det", "nummod") or token.tag_ in ("PRP$", "WP$"):
            first += 1
        elif token.dep_ == "poss" and token.pos_ in ("NOUN", "PRON") and first + 1 < last:
            first += 2 if doc[first + 1].lower_ in POSSESSIVE else 1
        elif token.is_punct:
            first += 1
        else:
            break
    return first


def people_mentions(ctx: Context) -> list[PersonFound]:
    """People with their title (before the name, or in apposition before or after it).

    The official nouns that are a person's title are recorded in ``ctx.described``: they are not
    unnamed officials of their own.
    """
    doc, lexicon = ctx.doc, ctx.lexicon
    people: list[PersonFound] = []
    for start, end in ctx.person_bounds:
        if ctx.blocked(doc[start].idx, doc[end - 1].idx + 1) or any(ctx.not_actor(t) for t in doc[start:end]):
            continue
        if all(i in ctx.gazetteer_tokens for i in range(start, end)):
            continue
        item = make_found(doc, start, end, None, "person")
        if item is None:
            continue
        person = PersonFound(item, None, False)
        before = title_before(doc, start, end, ctx.persons)
        appos = appositive_title(doc, start, end)
        lead = leading_title(doc, start, end, lexicon)
        after_comma = comma_title(doc, end, lexicon) if appos is None and lead is None and before is None else None
        if after_comma is not None:
            ctx.described.add(after_comma[1].i)
            person.core = (core_start(doc, *after_comma[0]), after_comma[0][1])
            person.title_span, person.before_name = after_comma[0], True  # its state is no mention either
        if appos is not None:
            ctx.described.add(appos[1].i)
        if lead is not None:
            ctx.described.add(lead.i)
        if before is not None:
            person.title_span, person.before_name = before, True
            person.core = (core_start(doc, before[0], before[1] - 1), before[1])
            ctx.title_tokens.update(range(*before))
            if appos is not None:
                person.extra_span = (appos[1].left_edge.i, appos[1].right_edge.i + 1)
            elif lead is not None:
                person.extra_span = (lead.left_edge.i, start)
        elif lead is not None:
            person.core, person.before_name = noun_core(doc, lead), True
            person.title_span = (lead.left_edge.i, start)
        elif appos is not None:
            (first, last), head = appos
            person.core = (core_start(doc, first, last - 1), last)
            person.title_span = (min(first, head.left_edge.i), head.right_edge.i + 1)
        if person.core is not None:
            item.title = span_text(doc, person.core)
        people.append(person)
    return people


def span_text(doc: Doc, span: tuple[int, int]) -> str | None:
    """The text of tokens ``span`` without a leading determiner or trailing punctuation."""
    bounds = char_bounds_trimmed(doc, span)
    return _text(doc, *bounds).strip() if bounds else None


def char_bounds_trimmed(doc: Doc, span: tuple[int, int]) -> tuple[int, int] | None:
    """Character bounds of ``span`` without leading determiners or trailing punctuation."""
    start, end = span
    while start < end and (doc[start].lower_ in DETERMINERS or doc[start].is_punct):
        start += 1
    while end > start and doc[end - 1].is_punct and doc[end - 1].text != ".":
        end -= 1
    return char_bounds(doc, (start, end)) if start < end else None


def description_end(doc: Doc, span: tuple[int, int], end: int) -> int:
    """End character of the part of a title that describes its holder: a trailing "to/at X" names
    another actor ("Russia's ambassador to the United States")."""
    for token in doc[span[0] : span[1]]:
        if token.lower_ in ("to", "at") and token.dep_ == "prep":
            return min(end, token.idx)
    return end


def resolve_titles(doc: Doc, people: Sequence[PersonFound], found: Sequence[Found]) -> list[tuple[int, int]]:
    """Set each person's affiliation (first actor in the title) and drop it from the front of the title.

    "Russian deputy foreign minister" -> affiliation Russia, title "deputy foreign minister";
    "a spokesperson for the Russian Foreign Ministry" -> Russian Foreign Ministry, "spokesperson".
    Returns the character spans of the titles that precede names.
    """
    spans: list[tuple[int, int]] = []
    for person in people:
        if person.title_span is None:
            continue
        bounds = char_bounds_trimmed(doc, person.title_span)
        if bounds is None:
            continue
        start, end = bounds
        if person.before_name:
            spans.append((start, description_end(doc, person.title_span, end)))
        affiliation = first_actor_in(found, start, end)
        if affiliation is None and person.extra_span is not None:
            extra = char_bounds_trimmed(doc, person.extra_span)
            affiliation = first_actor_in(found, *extra) if extra else None
        if affiliation is None:
            continue
        person.item.affiliation = affiliation.name
        owner = possessive_state(doc, affiliation)
        if owner is not None and not any(owner[1] <= f.start < end for f in found):
            spans.append(owner)  # "Kaja Kallas, Estonia's prime minister": the state is her affiliation only
        core = char_bounds_trimmed(doc, person.core) if person.core else None
        front = owner_start(doc, found, affiliation)
        if core is None or not core[0] <= front < core[1]:
            continue
        if _text(doc, core[0], front).strip():
            continue  # the affiliation is not at the front of the title
        rest = _text(doc, affiliation.end, core[1]).strip()
        for possessive in POSSESSIVE:  # "'s" forms first, then a plural's bare mark ("the Houthis' spokesman")
            rest = rest.removeprefix(possessive).strip()
        person.item.title = rest or person.item.title
    return spans


def title_bodies(ctx: Context, people: Sequence[PersonFound], found: Sequence[Found]) -> list[Found]:
    """Bodies named by capitalised words inside a title before a name, that no gazetteer knows: "Defense
    Ministry spokesman Artsrun Hovhannisyan" -> the organisation "Defense Ministry" (a nested mention)."""
    doc, heads = ctx.doc, set(ctx.lexicon.organization_heads)
    result: list[Found] = []
    for person in people:
        if person.title_span is None or not person.before_name:
            continue
        start, end = person.title_span
        for index in range(start, end):
            if doc[index].lower_ not in heads or not doc[index].text[:1].isupper():
                continue
            first = index
            while first > start and doc[first - 1].is_title and doc[first - 1].is_alpha:
                first -= 1
            if first == index or is_title_noun(doc[first], ctx.lexicon):
                continue  # a head word alone ("Office") or a title word leading it is no body's name
            item = make_found(doc, first, index + 1, None, "organization")
            if item is not None and not any(f.start < item.end and item.start < f.end for f in found):
                result.append(item)
    return result


def owner_start(doc: Doc, found: Sequence[Found], body: Found) -> int:
    """Where a body's name starts with its owner's possessive ("Iran's Foreign Ministry" starts at "Iran");
    the body's own start when no owner is written before it."""
    if body.owner is None:
        return body.start
    for item in found:
        bounds = possessive_state(doc, item)
        if bounds is not None and item.name == body.owner and not _text(doc, bounds[1], body.start).strip():
            return item.start
    return body.start


def possessive_state(doc: Doc, item: Found) -> tuple[int, int] | None:
    """Character bounds of a state mention and the possessive after it ("Estonia's"), or None."""
    if item.kind != "country":
        return None
    text = index_of(doc).text
    for possessive in POSSESSIVE[:3]:
        if text.startswith(possessive, item.end):
            return item.start, item.end + len(possessive)
    return None


def surname_mentions(ctx: Context, people: Sequence[Found], found: Sequence[Found]) -> list[Found]:
    """Later bare surnames the NER missed ("Saree added ..."), as mentions of the person."""
    surnames = {p.name.split()[-1]: p for p in people if len(p.name.split()) > 1}
    result: list[Found] = []
    for token in ctx.tokens_with(ORTH, *surnames):
        person = surnames.get(token.text)
        if person is None or token.idx < person.end or token.i in ctx.gazetteer_tokens:
            continue
        if token.pos_ not in ("PROPN", "") or token.i in ctx.persons:
            continue
        end = token.idx + len(token.text)
        if ctx.blocked(token.idx, end) or any(overlaps(token.idx, end, f.start, f.end) for f in found):
            continue
        result.append(Found(token.idx, end, token.text, person.name, "person"))
    return result


#: Words before a noun that only count or point ("another", "two", "the"): not part of an official's name.
QUANTIFIED = {*DETERMINERS, *closed_class().quantifiers, *closed_class().demonstratives}


def official_heads(
    tokens: Sequence[Token], lexicon: ActorLexicon, persons: set[int], described: set[int]
) -> list[Token]:
    """Nouns heading an unnamed-official phrase (not the title of a named person)."""
    nouns = set(lexicon.official_nouns)
    heads = []
    for token in tokens:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in nouns or token.i in persons or token.i in described:
            continue
        if any(t.i in persons for t in token.ancestors) and token.dep_ in ("compound", "nmod", "amod"):
            continue
        if any(t.dep_ == "appos" and t.i in persons for t in token.subtree):
            continue  # "a spokesperson for the ministry, Maria Zakharova": her title
        if token.dep_ == "appos" and token.head.i in persons:
            continue
        heads.append(token)
    return heads


def official_start(doc: Doc, head: Token) -> int:
    """First token of an official phrase: the head's left edge, kept within its line and after a comma
    ("Shin Won-sik, South Korean defense minister": the name is an apposition, not part of the phrase)."""
    left = head.left_edge.i
    for index in range(head.i - 1, left - 1, -1):
        if "\n" in doc[index].text or doc[index].text == ",":
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


def anonymous_sources(ctx: Context, found: Sequence[Found]) -> list[Found]:
    """Unnamed sources described by what they know: "two people familiar with the matter" ->
    "people familiar with the matter"; "a source close to the Kremlin" (affiliation Russia)."""
    doc, lexicon = ctx.doc, ctx.lexicon
    if not has_parse(doc):
        return []
    result: list[Found] = []
    for token in ctx.tokens_with(POS, "NOUN"):
        if token.lemma_.lower() not in lexicon.source_nouns:
            continue
        modifier = next(
            (c for c in token.rights if c.dep_ in ("amod", "acl") and c.lemma_.lower() in lexicon.source_modifiers),
            None,
        )
        if modifier is None or not any(c.dep_ == "prep" for c in modifier.children):
            continue
        start = core_start(doc, official_start(doc, token), token.i)
        item = make_found(doc, start, modifier.right_edge.i + 1, None, "official")
        if item is None or ctx.blocked(item.start, item.end):
            continue
        item.affiliation = affiliation_in(found, item.start, item.end)
        result.append(item)
    return result


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
    for head in official_heads(ctx.tokens_with(POS, "NOUN"), lexicon, ctx.persons, ctx.described):
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
                previous = [r for r, h in zip(result, heads, strict=True) if h == key]
                if previous:
                    item.name, item.affiliation = previous[-1].name, previous[-1].affiliation
                    result.append(item)
                    heads.append(key)
                continue
            if lemma not in lexicon.bare_official_nouns or determiner not in ("a", "an"):
                continue
        # A described role is an official even when the text names no body: "a defence ministry spokesperson",
        # "the deputy foreign minister"; unless a name follows it, whose title it is ("army spokesman Col. X").
        item.affiliation = affiliation_in(found, item.start, item.end)
        if item.affiliation is None and lemma not in lexicon.bare_official_nouns and _name_follows(doc, head.i + 1):
            continue
        if _role_of_named_person(head, end or head.i + 1, found, ctx.persons):
            continue
        result.append(item)
        heads.append(key)
    return result + anonymous_sources(ctx, found) + speaking_sources(ctx, found)


def cited(token: Token) -> bool:
    """True for the subject of a speech verb or the object of "according to" ("sources said", "according to
    sources")."""
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
        return True
    return token.dep_ == "nsubj" and cue_lexicon().is_cue_lemma(token.head.lemma_.lower())


def speaking_sources(ctx: Context, found: Sequence[Found]) -> list[Found]:
    """Unnamed sources that speak with no description of what they know: "Another source said" -> "source",
    "according to Japanese sources" -> "Japanese sources" (affiliation Japan); a bare "Sources said" or
    "multiple sources" is none."""
    doc, nouns = ctx.doc, ctx.lexicon.speaking_source_nouns
    result: list[Found] = []
    for token in ctx.tokens_with(POS, "NOUN"):
        if token.lemma_.lower() not in nouns or not cited(token):
            continue
        quantifiers = ctx.lexicon.source_quantifiers
        modifiers = [c for c in token.lefts if c.dep_ in ("det", "amod", "compound", "nummod", "npadvmod")]
        if not modifiers or any(c.lower_ in quantifiers for c in modifiers):
            continue  # "Sources said", "according to multiple sources": no one in particular
        if any(c.dep_ in ("amod", "acl") and c.i > token.i for c in token.children):
            continue  # described by what it knows: anonymous_sources reads it
        left = official_start(doc, token)
        left = max([left, *(t.i + 1 for t in doc[left : token.i] if t.ent_type_ in ("DATE", "TIME"))])
        while left < token.i and (doc[left].lower_ in QUANTIFIED or doc[left].like_num or doc[left].tag_ == "CD"):
            left += 1
        item = make_found(doc, left, token.i + 1, None, "official")
        if item is None or ctx.blocked(item.start, item.end):
            continue
        item.affiliation = affiliation_in(found, item.start, item.end)
        result.append(item)
    return result


def _name_follows(doc: Doc, index: int) -> bool:
    """True when a capitalised proper noun (a name or a rank before one) starts at ``index``."""
    return index < len(doc) and doc[index].pos_ == "PROPN" and doc[index].text[:1].isupper()


def _role_of_named_person(head: Token, end: int, found: Sequence[Found], persons: set[int]) -> bool:
    """True when the role ending at token ``end`` is the title or description of a person the text names, so no
    official of its own: joined by "and" or a comma to a titled name, or in apposition to a named person."""
    doc = head.doc
    return (
        _joined_to_title_of_name(doc, head.i + 1, persons)
        or _describes_named_person(head, found)
        or _name_after_comma(doc, end, persons)
    )


def _title_words_reach_person(doc: Doc, start: int, limit: int, persons: set[int], joiners: tuple[str, ...]) -> bool:
    """True when capitalised title words (or ``joiners``) from token ``start`` reach a person's name within
    ``limit`` tokens: "Brigadier General Onyema Nwachukwu"."""
    for token in doc[start : start + limit]:
        if token.i in persons:
            return True
        if not (token.text[:1].isupper() or token.lower_ in joiners):
            return False
    return False


def _joined_to_title_of_name(doc: Doc, index: int, persons: set[int]) -> bool:
    """True when "and" at ``index`` joins the role to capitalised title words before a person's name: "Army
    spokesman and Brigadier General Onyema Nwachukwu" is one person's double title, no official of its own."""
    if index >= len(doc) or doc[index].lower_ != "and":
        return False
    return _title_words_reach_person(doc, index + 1, 9, persons, ("of", "and", "the"))


def _name_after_comma(doc: Doc, index: int, persons: set[int]) -> bool:
    """True when a comma at ``index`` opens a person's name, maybe after a rank ("a spokesman for the Indonesian
    Navy, First Admiral Tunggul Suropati, said"): the role is that person's, no official of its own."""
    if index >= len(doc) or doc[index].text != ",":
        return False
    return _title_words_reach_person(doc, index + 1, 7, persons, ())


def _describes_named_person(head: Token, found: Sequence[Found]) -> bool:
    """True for a role in apposition to a person the gazetteer named ("Blinken, the top U.S. diplomat"): the
    person's description, no official of its own (the NER may have read the surname as a place)."""
    if head.dep_ != "appos":
        return False
    named = head.head.idx
    return any(f.kind == "person" and f.start <= named < f.end for f in found)


def _text(doc: Doc, start: int, end: int) -> str:
    """``doc.text[start:end]``, read from the Doc's index."""
    return index_of(doc).text[start:end]
