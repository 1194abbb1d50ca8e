"""The noun phrase a figure counts ("ballistic missiles"), and the weapon it names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ...docindex import overlaps, records_in
from ...kb.closed_class import closed_class
from ...normalize.counts import looks_like_designation, looks_plural, looks_verbal
from ...normalize.numbers import is_number_word, parse_digits
from ...records import Weapon
from .figures import CountVocabulary, Figure, is_figure_token

#: Dependency labels by which a figure modifies the noun it counts.
COUNT_DEPS = frozenset({"nummod", "amod", "quantmod", "det", "compound", "nmod", "npadvmod", "advmod"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
PRONOUNS = closed_class().pronouns
_WORDLIKE = re.compile(r"^[^\W\d_][\w-]*$")


@dataclass
class Item:
    """The counted noun phrase: tokens ``start``..``head`` inclusive; ``parsed`` if the parse confirmed it."""

    start: int
    head: int
    parsed: bool


# ---------------------------------------------------------------------------- the counted noun


def _inside(token: Token, head: Token) -> bool:
    """True when ``token`` is ``head`` or sits in its subtree."""
    return token == head or head.is_ancestor(token)


def _parsed_head(doc: Doc, figure: Figure) -> tuple[Token, int] | None:
    """(counted noun, first item token) by the parse: the object of the figure's "of", or the noun it modifies."""
    span = range(figure.start, figure.end)
    of_index = _of_index(doc, figure)
    if of_index is not None:
        of = doc[of_index]
        if of.head.i in span:
            objects = [child for child in of.children if child.dep_ == "pobj"]
            if objects and objects[0].pos_ in NOUN_POS | {"PRON"}:
                return objects[0], of_index + 1
        if figure.needs_of or of_index == figure.end:
            return None
    if figure.needs_of:
        return None
    for index in span:
        token = doc[index]
        head = token.head
        if head.i in span or head.i < figure.end or token.dep_ not in COUNT_DEPS:
            continue
        for _ in range(3):  # through a designation the tagger took for a number: "10 F-16 fighter jets"
            designation = head.pos_ == "NUM" or looks_like_designation(head.text)
            if not designation or is_figure_token(head) or head.dep_ not in COUNT_DEPS or head.head.i <= head.i:
                break
            head = head.head
        countable = head.pos_ in NOUN_POS or looks_like_designation(head.text)  # "14 Challenger 2s"
        if countable and all(_inside(doc[k], head) for k in range(figure.end, head.i)):
            return head, figure.end
    return None


def _of_index(doc: Doc, figure: Figure) -> int | None:
    """Index of the "of" that introduces what a figure counts: its own last word ("a number of") or the next."""
    if doc[figure.end - 1].lower_ == "of":
        return figure.end - 1
    if figure.end < len(doc) and doc[figure.end].lower_ == "of":
        return figure.end
    return None


def _skip_to_item(doc: Doc, start: int, head: Token | None, words: CountVocabulary) -> int:
    """Move past determiners and possessives at the start of an item ("the", "Iran's")."""
    limit = head.i if head is not None else len(doc) - 1
    while start < limit:
        token = doc[start]
        in_possessive = head is not None and any(
            a.dep_ == "poss" for a in [token, *token.ancestors] if a != head and _inside(a, head)
        )
        skip = token.lower_ in words.lexicon.item_skip or token.dep_ in ("det", "predet", "case", "poss")
        glued = not token.whitespace_ and doc[start + 1].is_alpha  # "155mm": a calibre, part of the item
        if skip or in_possessive or (is_figure_token(token) and not glued):
            start += 1
        else:
            break
    return start


def _continues_phrase(doc: Doc, index: int) -> bool:
    """True when the token after ``index`` is a content word (so a participle there is a modifier)."""
    return index + 1 < len(doc) and bool(_WORDLIKE.match(doc[index + 1].text)) and not doc[index + 1].is_stop


def _run_end(doc: Doc, start: int, tagged: bool) -> int | None:
    """Last token of the noun phrase starting at ``start`` by token shape; None when there is none."""
    best: int | None = None
    plural: int | None = None
    index = start
    while index < len(doc) and index - start < 7:
        token = doc[index]
        if token.text in ("-", "–") and index > start and index + 1 < len(doc) and not token.whitespace_:
            index += 1
            continue
        if (
            token.lower_ == "of"
            and index > start
            and index + 1 < len(doc)
            and doc[index - 1].text[:1].isupper()
            and doc[index + 1].text[:1].isupper()
        ):
            index += 1
            continue
        if tagged:
            if token.pos_ in NOUN_POS or (looks_like_designation(token.text) and index + 1 < len(doc)):
                best = index
            elif token.pos_ != "ADJ" and not (token.tag_ in ("VBN", "VBG") and token.dep_ in ("amod", "compound", "")):
                break
        else:
            if not _WORDLIKE.match(token.text) or token.is_stop:
                break
            if looks_verbal(token.text) and (index > start or not _continues_phrase(doc, index)):
                break
            best = index
            if looks_plural(token.text):
                plural = index
        index += 1
    if not tagged and plural is not None:
        return plural
    if not tagged and best is not None:
        return start  # no plural in sight: keep the first word ("1.5 million people fled")
    return best


def _through_hyphen(doc: Doc, head: int) -> int:
    """ "12 co-sponsors": a head cut at a hyphen runs on over the glued word after it."""
    while (
        head + 2 < len(doc)
        and doc[head + 1].text in ("-", "–")
        and not doc[head].whitespace_
        and not doc[head + 1].whitespace_
        and doc[head + 2].is_alpha
    ):
        head += 2
    return head


def find_item(doc: Doc, figure: Figure, words: CountVocabulary) -> Item | None:
    """The noun phrase a figure counts, by the parse when there is one, else by token shape."""
    parsed = doc.has_annotation("DEP")
    tagged = doc.has_annotation("TAG") or doc.has_annotation("POS")
    if parsed:
        found = _parsed_head(doc, figure)
        if found is not None:
            head, start = found
            start = _skip_to_item(doc, start, head, words)
            if head.pos_ == "PROPN":
                longer = _run_end(doc, start, tagged)
                if longer is not None and longer > head.i and doc[longer].pos_ == "NOUN":
                    head = doc[longer]
            return Item(start, _through_hyphen(doc, head.i), True) if start <= head.i else None
    of_index = _of_index(doc, figure)
    if of_index is None and figure.needs_of:
        return None
    start = figure.end if of_index is None else of_index + 1
    start = _skip_to_item(doc, start, None, words)
    end = _run_end(doc, start, tagged) if start < len(doc) else None
    if end is None or (parsed and doc[end].pos_ != "NOUN"):
        return None  # the parse saw no counted noun: only a common noun right after the figure is trusted
    return Item(start, _through_hyphen(doc, end), False)


def is_countable(head: Token, words: CountVocabulary) -> bool:
    """True when a noun can be counted: not a time unit, unit, currency, pronoun or number."""
    lowered = head.lower_
    if lowered in words.not_counted or head.lemma_.lower() in words.not_counted or lowered in PRONOUNS:
        return False
    numeric = head.pos_ == "NUM" and not looks_like_designation(head.text)  # "Challenger 2s" is countable
    if head.pos_ == "PRON" or numeric or head.lower_ in words.lexicon.months or not any(c.isalpha() for c in head.text):
        return False
    return parse_digits(head.text) is None and not is_number_word(lowered)


# ---------------------------------------------------------------------------- the weapon counted


def extend_over_weapon(doc: Doc, item: Item, weapons: list[Weapon], floor: int) -> Item:
    """Stretch an item over a weapon mention it cuts: "Leopard" -> "Leopard 2A6 tanks", "guns" -> "AS-90 ... guns".

    ``floor`` is the token after the figure: the item never reaches back over it.
    """
    first, last = doc[item.start].idx, doc[item.head].idx + len(doc[item.head].text)
    start, head = item.start, item.head
    for weapon in weapons:
        if not (weapon.start < last and first < weapon.end) or weapon.start < doc[floor].idx:
            continue
        span = doc.char_span(weapon.start, weapon.end)
        if span is None:
            continue
        if span.start < start and span.end - 1 >= start:
            start = span.start
        if span.end - 1 > head and span.end - 1 - head <= 3:
            head = span.end - 1
    return Item(start, _through_coordinated(doc, head, weapons), item.parsed)


def _through_coordinated(doc: Doc, head: int, weapons: list[Weapon]) -> int:
    """ "Tu-95 and Tu-160 bombers": an item ending on a named system runs on over the one joined to it."""
    end_char = doc[head].idx + len(doc[head].text)
    if head + 2 >= len(doc) or doc[head + 1].lower_ not in ("and", "or", "&"):
        return head
    if doc[head].is_lower:
        return head  # the item already ends on its noun: "Bradley fighting vehicles and ..."
    if not any(w.end == end_char and not w.generic for w in weapons):
        return head
    for weapon in weapons:
        if weapon.start == doc[head + 2].idx and not weapon.generic:
            span = doc.char_span(weapon.start, weapon.end)
            if span is not None and span.end - 1 - head <= 6:
                return span.end - 1
    return head


def weapon_after_of(doc: Doc, item: Item, weapons: list[Weapon], containers: frozenset[str]) -> str | None:
    """The weapon named after a unit noun's "of": "rounds of ammunition", "batteries of the Buk system"."""
    head = doc[item.head]
    of = item.head + 1
    if (
        (head.lower_ not in containers and head.lemma_.lower() not in containers)
        or of >= len(doc)
        or doc[of].lower_ != "of"
    ):
        return None
    stop = of + 1
    while (
        stop < len(doc) and stop - of <= 6 and not doc[stop].is_punct and doc[stop].pos_ not in ("VERB", "AUX", "ADP")
    ):
        stop += 1
    if stop == of + 1:
        return None
    hits = records_in(weapons, doc[of + 1].idx, doc[stop - 1].idx + len(doc[stop - 1].text))
    if not hits:
        return None
    return max(hits, key=lambda w: (not w.generic, -w.start)).name


_NOUNISH = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "X"})


def _after_cue(doc: Doc, start: int, cues: tuple[tuple[str, ...], ...]) -> bool:
    """Is the figure at ``start`` right after an elision cue ("another", "the first")?"""
    for cue in cues:
        begin = start - len(cue)
        if begin >= 0 and tuple(t.lower_ for t in doc[begin:start]) == cue:
            return True
    return False


def _noun_follows(doc: Doc, end: int) -> bool:
    """Does a noun phrase follow the figure (tagged: a noun, adjective or number; untagged: a content word)?"""
    if end >= len(doc):
        return False
    after = doc[end]
    if after.pos_:
        return after.pos_ in _NOUNISH
    return not (after.is_punct or after.is_stop or looks_verbal(after.text))


def elided_weapon(
    doc: Doc, figure: Figure, weapons: list[Weapon], cues: tuple[tuple[str, ...], ...], rejected: bool = False
) -> str | None:
    """The weapon counted by a figure whose noun is elided ("48 K9 howitzers; the first four arrive in May,
    another ten by the autumn"): the weapon last named before it in its sentence, a named one first.
    ``rejected``: the word after the figure was read as a noun but cannot be what it counts ("four arrive")."""
    if not _after_cue(doc, figure.start, cues) or (not rejected and _noun_follows(doc, figure.end)):
        return None
    first = doc[figure.start]
    floor = first.sent.start_char if doc.has_annotation("SENT_START") else 0
    before = [w for w in weapons if floor <= w.start and w.end <= first.idx]
    named = [w for w in before if not w.generic] or before
    return max(named, key=lambda w: w.start).name if named else None


def link_weapon(weapons: list[Weapon], item: Span) -> str | None:
    """The canonical weapon an item counts: the weapon on the item's head noun, a named one first."""
    head = item[-1]

    def on_head(weapon: Weapon) -> bool:
        return overlaps(weapon.start, weapon.end, head.idx, head.idx + len(head.text))

    # A class only counts on the head: "10 underground missile cities" count cities; "two Patriot batteries" Patriots.
    hits = [w for w in records_in(weapons, item.start_char, item.end_char) if not w.generic or on_head(w)]
    if not hits:
        return None
    return max(hits, key=lambda w: (not w.generic, on_head(w), w.end - w.start)).name
