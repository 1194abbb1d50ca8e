"""Organisations, outlets and places for arms_actors from the NER, the parse and page layout.

- NER entities the gazetteer does not know: an organisation, outlet or place is decided by the
  name's own head word more than by the NER label ("the Syrian Observatory for Human Rights" tagged
  GPE is an organisation, "the South China Morning Post" tagged LOC an outlet);
- datelines ("PORT SUDAN —", "DUBAI, Jan 12 (Reuters) -"): the ALL-CAPS place and the state after it are no actors;
- proper nouns the NER missed: after a locative preposition ("at Monterey"), modifying a place or
  facility noun ("the Odesa region", "Kamra air base"), or described as an outlet ("the Saba news agency").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

import numpy
from spacy.attrs import ENT_TYPE, IDX, IS_ALPHA, ORTH, POS
from spacy.tokens import Doc, Span, Token

from ...docindex import index_of
from ...kb.actors import ActorLexicon, gazetteer
from ...kb.closed_class import closed_class
from ...kb.cues import cue_lexicon
from ...kb.dates import date_words
from ...kb.officials import officials, terms_of
from ...records import ActorKind
from .context import (
    DETERMINERS,
    POSSESSIVE,
    Context,
    Found,
    gloss_start,
    has_parse,
    make_found,
)
from .names import capitalised, capitalised_form, is_title_word, vessel_noun

_NER_LABELS = {"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT"}
_DASHES = {"—", "–", "-", "--", "―"}
_SLASHED = re.compile(r"/([A-Za-z][A-Za-z-]*)/\.?")


def slash_credit(text: str) -> str | None:
    """The outlet a dateline credits between slashes ("MOSCOW, May 3. /TASS/."), when the gazetteer knows it as
    media; the tokenizer keeps "/TASS/." one token."""
    match = _SLASHED.fullmatch(text)
    entry = gazetteer().get(match.group(1)) if match else None
    return entry.name if entry is not None and entry.kind == "media" else None


def lowered(token: Token) -> str:
    """The token lowercased without a trailing period ("Inc." -> "inc")."""
    return token.lower_.rstrip(".")


def media_head(words: Sequence[Token], ctx: Context) -> bool:
    """A name ending like an outlet's ("... Morning Post", "Tehran Times", "Yonhap News Agency")."""
    last = lowered(words[-1])
    pair = " ".join(lowered(t) for t in words[-2:])
    return len(words) > 1 and (last in ctx.lexicon.media_heads or pair in ctx.lexicon.media_nouns)


def org_head(words: Sequence[Token], ctx: Context) -> bool:
    """A multi-word name headed by an organisation word ("... Observatory for Human Rights")."""
    if len(words) < 2:
        return False
    root = words[0].doc[words[0].i : words[-1].i + 1].root
    heads = ctx.lexicon.organization_heads
    return lowered(root) in heads or lowered(words[-1]) in heads


def entity_kind(ent: Span, words: Sequence[Token], ctx: Context) -> ActorKind | None:
    """What a NER entity names: its head word first, then its label; None for a demonym or non-name."""
    if ent.label_ in ("ORG", "GPE", "LOC", "FAC", "NORP") and terms_of(" ".join(t.text for t in words)):
        return "person"  # a known office-holder the model took for a body or place ("Aleksandar Vucic said")
    if based_in(ent):
        return "location"  # "Nagpur-based Solar Industries": where a body is based
    if media_head(words, ctx) or appositive_kind(ent, ctx) == "media":
        return "media"
    if len(words) > 1 and lowered(words[-1]) in ctx.lexicon.armed_group_heads:
        return "armed_group"  # "Tigray People's Liberation Front"
    if appositive_kind(ent, ctx) == "armed_group":
        return "armed_group"  # "the ... Organization of Myaung resistance group", "X, an ethnic armed group"
    if org_head(words, ctx) or appositive_kind(ent, ctx) == "organization":
        return "organization"
    if ent.label_ == "NORP" and len(words) == 1 and words[0].tag_ == "NNP" and located(words[0], ctx.lexicon):
        return "location"  # a town the model took for a people: "a drone shot down near Kidal"
    if ent.label_ in ("NORP", "PRODUCT"):
        return None
    if ent.label_ in ("GPE", "LOC") and len(words) == 1 and speaks(ent.root):
        return "person"  # an unknown one-word "place" that speaks is a surname: "As Vučić explained"
    if ent.label_ in ("GPE", "LOC"):
        return None if ent.root.dep_ == "amod" or ent.root.pos_ == "ADJ" else "location"
    if ent.label_ == "ORG" and len(words) <= 2 and in_place_slot(ent.root, ctx):
        return "location"  # "near Nabatieh", "the port of Hodeidah"
    return "organization" if ent.label_ == "ORG" else "location"


def based_in(ent: Span) -> bool:
    """The entity is written before "-based" or another of ``location_suffixes``: a place ("a Nagpur-based maker")."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != "-" or doc[ent.end - 1].whitespace_:
        return False
    return doc[ent.end + 1].lower_ in closed_class().location_suffixes


def speaks(token: Token) -> bool:
    """True for the subject of a verb of speech ("Vučić said", "as Petro explained")."""
    return token.dep_ == "nsubj" and cue_lexicon().is_cue_lemma(token.head.lemma_.lower())


def in_place_slot(token: Token, ctx: Context) -> bool:
    """The object of a locative preposition other than "at" ("near X", "in X"), or of "of" after a
    place noun ("the port of X", "the city of X")."""
    if token.dep_ != "pobj":
        return False
    preposition = token.head
    if preposition.lower_ in ctx.lexicon.place_prepositions and preposition.lower_ != "at":
        return True
    noun = preposition.head.lemma_.lower()
    return preposition.lower_ == "of" and noun in (*ctx.lexicon.place_nouns, *ctx.lexicon.facility_nouns)


def modifies_non_actor(ent: Span, ctx: Context) -> bool:
    """The entity modifies a weapon word, directly or through compounds ("Zolfaghar missiles")."""
    token = ent.root
    if token.dep_ == "pobj":
        return False
    for _ in range(4):
        if token.head.i == token.i:
            return False
        token = token.head
        if ctx.not_actor(token):
            return True
        if token.dep_ not in ("compound", "amod", "nmod"):
            return False
    return False


def appositive_kind(ent: Span, ctx: Context) -> ActorKind | None:
    """ "armed_group"/"media"/"organization" when the entity is in apposition to an outlet or organisation noun, after it
    ("Kommersant, a business daily") or before it ("Egypt's state news agency MENA")."""
    nouns = [c for c in ent.root.children if c.dep_ == "appos" and c.i >= ent.end and c.pos_ == "NOUN"]
    if ent.root.dep_ == "appos" and ent.root.head.i < ent.start and ent.root.head.pos_ == "NOUN":
        nouns.append(ent.root.head)
    nouns.extend(c for c in ent.root.lefts if c.dep_ == "compound" and c.i == ent.start - 1)  # "the daily Kantipur"
    if ent[-1].dep_ == "compound" and ent[-1].head.i >= ent.end and ent.label_ == "ORG":
        nouns.append(ent[-1].head)  # "the ... Organization of Myaung resistance group"
    for noun in nouns:
        words = [c.lower_ for c in noun.lefts if c.dep_ in ("compound", "amod") and c.i >= ent.end]
        words = [*words, noun.lower_]
        if ent.label_ == "ORG" and any(p in ctx.lexicon.armed_group_nouns for p in (" ".join(words), noun.lower_)):
            return "armed_group"
        words = [c.lower_ for c in noun.lefts if c.dep_ == "compound"] + [noun.lemma_.lower()]
        for phrase in (" ".join(words), " ".join(words[-2:]), noun.lemma_.lower()):
            if phrase in ctx.lexicon.media_nouns:
                return "media"
            if phrase in ctx.lexicon.organization_nouns:
                return "organization"
    return None


def entity_mentions(ctx: Context, found: Sequence[Found]) -> list[Found]:
    """Organisations, outlets and places the NER finds and the gazetteer does not know."""
    doc = ctx.doc
    result: list[Found] = []
    staff = staff_titles(ctx.index.text)
    for ent in ctx.ents:
        if ent.label_ not in _NER_LABELS:
            continue
        words = [t for t in ent if t.lower_ not in DETERMINERS]
        if words and (cut := gloss_start(doc, words[0].i, ent.end)) < ent.end:
            words, ent = [t for t in words if t.i < cut], Span(doc, ent.start, cut, label=ent.label_)
        if words and (cut := unit_end(words, found, ctx)) < ent.end:
            words, ent = [t for t in words if t.i < cut], Span(doc, ent.start, cut, label=ent.label_)
        while words and (words[-1].is_punct or words[-1].lower_ in POSSESSIVE):
            words.pop()  # "the Revolutionary Guards'"
        owned = after_owner(words, ctx)
        if owned is not words:
            words, ent = owned, Span(doc, owned[0].i, ent.end, label=ent.label_)
        indices = {t.i for t in words}
        if not words or indices & ctx.persons or indices <= ctx.gazetteer_tokens:
            continue
        if len(words) > 1 and names_event(words, ctx.lexicon):
            continue  # "Operation Inherent Resolve", "Security Council Resolution 2254": an event or a document
        if words[0].i > 0 and vessel_noun(doc[words[0].i - 1], ctx.lexicon):
            continue  # a craft's own name: "the tanker Sofia Lopez"
        if described_known_body(words, ctx):
            continue
        kind = entity_kind(ent, words, ctx)
        if kind is None or (kind == "location" and indices & ctx.gazetteer_tokens):
            continue
        if indices & ctx.title_tokens or portfolio_of_title(words, ctx) or in_staff_title(ent, staff):
            continue  # title words ("National Security" spokesman); known bodies come from the gazetteer
        blocked = ctx.blocked_for_body if kind in ("organization", "media") else ctx.blocked
        if blocked(ent.start_char, ent.end_char) or "/" in ent.text or "\n" in ent.text:
            continue
        if ent.label_ in ("ORG", "GPE", "NORP") and len(words) == 1 and words[0].text in ctx.surnames:
            continue  # a known person's surname ("..., Healey said")
        if not org_head(words, ctx) and (any(ctx.not_actor(t) for t in words) or modifies_non_actor(ent, ctx)):
            continue  # a weapon name the NER took for a body ("Martlet air defence missiles")
        if ctx.headline_capitals(ent.start_char):
            continue
        if not any(t.text[:1].isupper() for t in words):
            continue  # "defense ministry": a description, not a name
        if len(words) == 1 and (words[0].lower_ in ctx.common or words[0].is_stop or not words[0].is_alpha):
            continue
        if len(words) == 1 and ent.label_ != "ORG" and words[0].i > 0 and doc[words[0].i - 1].lower_ == "the":
            continue  # "the North": a capitalised common noun; known regions ("the Levant") are in the gazetteer
        result.extend(entity_found(ctx, ent, kind, found, result))
    return result


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _unit_word(token: Token) -> bool:
    """A word describing a unit ("Tank", "motorised"), no function word ("3rd in the division")."""
    return token.is_alpha and not token.is_stop


def _unit_start(doc: Doc, ordinal: int) -> int:
    """The unit's first token: its state's name written right before the ordinal ("U.S. 5th Fleet"), as a state
    before its service ("Japan Coast Guard") is part of the body's name; else the ordinal."""
    if ordinal == 0:
        return ordinal
    entry = gazetteer().get(doc[ordinal - 1].text)
    named = entry is not None and entry.kind == "country" and entry.role == "name"
    return ordinal - 1 if named else ordinal


def numbered_units(ctx: Context) -> list[Found]:
    """Military units named by an ordinal, up to three describing words and a unit noun, in any case ("17th Tank
    Brigade", "Ukraine's 57th motorised brigade", "the 7th Fleet"): an organisation named as written. Their tokens
    are taken, so the NER's part of the name ("Separate Mechanized Brigade") is no second body."""
    doc, units = ctx.doc, set(ctx.lexicon.unit_of_service_nouns)
    result: list[Found] = []
    for token in ctx.tokens:
        if not _ORDINAL.fullmatch(token.text):
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= 4 and _unit_word(doc[end]) and doc[end].lower_ not in units:
            end += 1
        if end >= len(doc) or end - token.i > 4 or doc[end].lower_ not in units:
            continue
        if any(t.i in ctx.gazetteer_tokens or t.i in ctx.persons for t in doc[token.i : end + 1]):
            continue
        span = doc[_unit_start(doc, token.i) : end + 1]
        if ctx.blocked_for_body(span.start_char, span.end_char):
            continue
        item = make_found(doc, span.start, span.end, span.text, "organization")
        if item is not None:
            ctx.gazetteer_tokens.update(range(span.start, span.end))
            result.append(item)
    return result


def names_event(words: Sequence[Token], lexicon: ActorLexicon) -> bool:
    """An operation's, exercise's or document's name: opened by an ``event_openers`` word, or holding one with a
    number after it ("Operation Inherent Resolve", "Security Council Resolution 2254")."""
    if words[0].lower_ in lexicon.event_openers:
        return True
    return any(a.lower_ in lexicon.event_openers and b.like_num for a, b in zip(words, words[1:], strict=False))


def unit_end(words: Sequence[Token], found: Sequence[Found], ctx: Context) -> int:
    """Where a unit's name ends before "of" and a body found on its own ("7 Division of the Nigerian Army" ->
    "7 Division"); the end of ``words`` otherwise."""
    end = words[-1].i + 1
    for token in words[1:-1]:
        if token.lower_ != "of" or ctx.doc[token.i - 1].lower_ not in ctx.lexicon.unit_of_service_nouns:
            continue
        rest = [t for t in words if t.i > token.i and t.lower_ not in DETERMINERS]
        if rest and any(f.start == rest[0].idx and f.kind == "organization" for f in found):
            return token.i
    return end


def after_owner(words: Sequence[Token], ctx: Context) -> Sequence[Token]:
    """The words of a name after a known owner and its possessive: "Seoul’s National Security Council" names the
    council, and Seoul is a mention of its own; ``words`` itself when no known name and possessive open it."""
    for index, token in enumerate(words[1:-1], start=1):
        if token.lower_ in POSSESSIVE:
            return words[index + 1 :] if all(w.i in ctx.gazetteer_tokens for w in words[:index]) else words
    return words


def portfolio_of_title(words: Sequence[Token], ctx: Context) -> bool:
    """Portfolio words right before a title word are part of the title ("Kosovo's Defense | Minister")."""
    after = words[-1].i + 1
    portfolio = ctx.lexicon.portfolio_words
    return (
        all(lowered(t) in portfolio for t in words)
        and after < len(ctx.tokens)
        and is_title_word(ctx.tokens[after], ctx.lexicon)
    )


#: A staff office with its acronym: "Chief of Army Staff (COAS)", "Chief of the Defence Staff", "Chief of Air Staf".
_STAFF_TITLE = re.compile(r"\b(?:Vice |Deputy )?Chief of (?:the )?(?:[A-Z][\w.-]* ){0,3}Staf+\b(?: \([A-Z]{2,6}\))?")


def staff_titles(text: str) -> list[tuple[int, int]]:
    """Character bounds of the staff offices in ``text``: their words and acronyms name an office, no body."""
    return [match.span() for match in _STAFF_TITLE.finditer(text)]


def in_staff_title(ent: Span, staff: Sequence[tuple[int, int]]) -> bool:
    """The entity lies inside a staff office's title ("Army" in "Chief of Army Staff (COAS)")."""
    return any(start <= ent.start_char and ent.end_char <= end for start, end in staff)


def described_known_body(words: Sequence[Token], ctx: Context) -> bool:
    """A known name followed only by the outlet noun describing it: "TASS news agency", "The Hindu
    newspaper" are the gazetteer's TASS and The Hindu, not new outlets."""
    known = 0
    while known < len(words) and words[known].i in ctx.gazetteer_tokens:
        known += 1
    rest = " ".join(lowered(t) for t in words[known:])
    if not (0 < known < len(words) and rest in ctx.lexicon.media_nouns):
        return False
    entry = gazetteer().get(" ".join(t.text for t in words[:known]))
    return entry is None or entry.kind != "country"  # "Cyprus News Agency" is an outlet named after its state


def entity_found(
    ctx: Context, ent: Span, kind: ActorKind, found: Sequence[Found], so_far: Sequence[Found]
) -> list[Found]:
    """The mention an entity of ``kind`` makes; a facility name runs on to its common noun."""
    doc = ctx.doc
    if kind == "organization" and ent.label_ == "FAC":
        text = " ".join(t.text for t in ent if t.lower_ not in DETERMINERS)
        if not any(f.kind == "organization" and f.name.startswith(text) for f in (*found, *so_far)):
            kind = "location"
    if kind == "organization":
        end = facility_end(doc, ent.start, ent.end, ctx.lexicon.facility_nouns)
        item = make_found(doc, ent.start, end, None, "location") if end > ent.end else org_found(ctx, ent)
    elif kind == "location":
        end = facility_end(doc, ent.start, ent.end, ctx.lexicon.facility_nouns if ent.label_ != "FAC" else None)
        if end == ent.end and end < len(doc) and unit_noun(doc[end], ctx.lexicon):
            end += 1
        item = make_found(doc, ent.start, end, None, "location")
    else:
        item = make_found(doc, ent.start, ent.end, None, kind)
    return [item] if item is not None else []


def facility_end(doc: Doc, start: int, end: int, nouns: Sequence[str] | None) -> int:
    """End token of a facility name, run on to the common noun it modifies ("Nikola Tesla airport").

    With ``nouns`` the common noun must be one of them; without, any noun qualifies (a FAC entity:
    "Imam Khomeini grand mosque").
    """
    while start < end - 1 and doc[start].lower_ in DETERMINERS:
        start += 1
    if not has_parse(doc):
        return end
    root = doc[start:end].root
    head = root.head
    if root.dep_ not in ("compound", "nmod", "amod") or head.i < end or head.pos_ != "NOUN":
        return end
    if nouns is not None and head.lemma_.lower() not in nouns:
        return end
    if all(t.head.i == head.i and t.pos_ in ("ADJ", "NOUN") for t in doc[end : head.i]):
        return head.i + 1
    return end


def unit_noun(token: Token, lexicon: ActorLexicon, known: bool = False) -> bool:
    """A place noun that is part of the name before it: capitalised ("Sagaing Region", "Rakhine State"), or an
    administrative unit of a state named before the place ("Russia's Kursk region"), or an unowned unit after a
    ``known`` region of the gazetteer ("Zamfara state"; after a city it tells the state from the city: "Rio de
    Janeiro state" is Rio de Janeiro); another lowercase noun after an unowned place is a common noun ("the
    Indo-Pacific region")."""
    lemma = token.lemma_.lower() or token.lower_
    if lemma not in lexicon.place_nouns and token.lower_ not in lexicon.place_nouns:
        return False
    if capitalised(token):
        return True
    if lemma in lexicon.unowned_unit_nouns:
        return known
    if lemma not in lexicon.unit_nouns:
        return False
    doc, index = token.doc, token.i - 1
    while index > 0 and (doc[index].pos_ == "PROPN" or doc[index].text == "-"):
        index -= 1
    return index >= 0 and doc[index].lower_ in POSSESSIVE


def org_found(ctx: Context, ent: Span) -> Found | None:
    """An organisation from an entity; "the X Mission" + "to the United Nations" is one body."""
    doc = ctx.doc
    end = ent.end
    if ent.root.lemma_.lower() in ctx.lexicon.body_nouns and end + 1 < len(doc):
        if doc[end].lower_ == "to" and doc[end + 1].ent_type_ in ("ORG", "GPE"):
            nxt = end + 1
            while nxt < len(doc) and doc[nxt].ent_type_ and (nxt == end + 1 or doc[nxt].ent_iob_ == "I"):
                nxt += 1
            end = nxt
    item = make_found(doc, ent.start, end, None, "organization")
    if item is not None:
        item.name = without_legal_form(item.name)
    return item


def without_legal_form(name: str) -> str:
    """A company's name without a trailing abbreviated legal form ("China Shipbuilding & Offshore International Co."
    -> "China Shipbuilding & Offshore International"), as its acronym's expansion and known companies are named; a
    form written in full stays, as the press and the gold sets name the company with it ("... Marine Limited")."""
    words = name.split()
    if len(words) > 2 and words[-1].endswith(".") and words[-1].lower() in officials().company_suffixes:
        return " ".join(words[:-1]).rstrip(",")
    return name


def line_openers(tokens: Sequence[Token]) -> list[Token]:
    """The tokens that open a line: the first, and each one whose previous token's text or trailing space holds
    a newline; found from the newlines of the text, not by testing every token."""
    if not len(tokens):
        return []
    index = index_of(tokens[0].doc)
    starts = index.array(IDX)[:, 0].tolist()
    found = {0}
    at = index.text.find("\n")
    while at != -1:
        found.add(bisect_right(starts, at))  # the first token after the newline
        at = index.text.find("\n", at + 1)
    return [tokens[i] for i in sorted(found) if i < len(tokens)]


def dateline_spans(doc: Sequence[Token], excluded: Sequence[str]) -> list[tuple[int, int]]:
    """Token bounds of ALL-CAPS places opening a line as a dateline ("PORT SUDAN —", "DUBAI, Jan 12 (Reuters) -"),
    and of title-case places written with the date ("New Delhi, Nov 30:", "January 16, 2009, Islamabad -")."""
    spans: list[tuple[int, int]] = []
    for token in line_openers(doc):
        dated = dated_place(doc, token.i)
        if dated is not None:
            spans.append(dated)
            continue
        end = token.i
        while end < len(doc) and end - token.i < 4 and doc[end].is_alpha and doc[end].is_upper:
            end += 1
        if end == token.i or end >= len(doc) or sum(len(t.text) for t in doc[token.i : end]) < 3:
            continue
        if any(t.lower_ in excluded for t in doc[token.i : end]):
            continue
        after = doc[end]
        if after.text in _DASHES or after.text == "(" or (after.text == ":" and known_place(doc[token.i : end])):
            spans.append((token.i, end))  # "PORT SUDAN —", "NEW DELHI:" (a colon only after a known place)
        elif after.text == ",":
            tail = doc[end + 1 : end + 9]
            marked = any(t.text in _DASHES or t.text == "(" or slash_credit(t.text) for t in tail)
            if marked and not any("\n" in t.text for t in tail):
                spans.append((token.i, end))
    return spans


def known_place(words: Sequence[Token]) -> bool:
    """ALL-CAPS words that name a known state, capital or place ("NEW DELHI"), not a body ("NATO")."""
    entry = gazetteer().get(" ".join(t.text.title() for t in words))
    return entry is not None and (
        entry.kind == "location" or entry.role in ("name", "capital") and entry.kind == "country"
    )


def _month(token: Token) -> bool:
    """A month name or its abbreviation ("Nov", "Sept.")."""
    word = token.lower_.rstrip(".")
    return token.is_title and len(word) >= 3 and any(m.startswith(word) for m in date_words().months)


def _title_run(doc: Sequence[Token], start: int) -> int:
    """End of a run of one to three title-case words from ``start`` (``start`` when there is none)."""
    end = start
    while end < len(doc) and end - start < 3 and doc[end].is_alpha and doc[end].is_title and not _month(doc[end]):
        end += 1
    return end


def dated_place(doc: Sequence[Token], start: int) -> tuple[int, int] | None:
    """Token bounds of a title-case dateline place opening a line with its date: "New Delhi, Nov 30:" (place,
    date, colon or dash) or "January 16, 2009, Islamabad -" (date, place, dash)."""
    size = len(doc)
    end = _title_run(doc, start)
    opened = end > start and end + 3 < size and doc[end].text == "," and _month(doc[end + 1]) and doc[end + 2].like_num
    if opened and (doc[end + 3].text in _DASHES or doc[end + 3].text in (":", "(")):
        return start, end
    if start + 5 < size and _month(doc[start]) and doc[start + 1].like_num and doc[start + 2].text == ",":
        place = start + 3
        if doc[place].like_num and place + 1 < size and doc[place + 1].text == ",":
            place += 2
        stop = _title_run(doc, place)
        if place < stop < size and (doc[stop].text in _DASHES or doc[stop].text.startswith(tuple(_DASHES))):
            return place, stop
    return None


def dateline_extent(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The dateline's place with the state or region written after it, up to the dash or the agency:
    "BAKU, Azerbaijan" of "BAKU, Azerbaijan (AA) -", "TAIPEI, Taiwan" of "TAIPEI, Taiwan —"."""
    stop = end
    while stop < len(doc) and stop - end < 6 and (doc[stop].text == "," or doc[stop].is_title or doc[stop].is_upper):
        if doc[stop].text in _DASHES or doc[stop].text == "(":
            break
        stop += 1
    at_mark = stop < len(doc) and (doc[stop].text in _DASHES or doc[stop].text == "(")
    return (start, stop) if at_mark and stop > end else (start, end)


def unlabelled_places(ctx: Context) -> list[Found]:
    """Proper nouns the NER left untagged: after a locative preposition ("at Monterey"), or
    modifying a place or facility noun ("the Odesa region", "Kamra air base")."""
    doc = ctx.doc
    if not has_parse(doc):
        return []
    result: list[Found] = []
    taken = ctx.gazetteer_tokens | ctx.persons | ctx.title_tokens
    lexicon = ctx.lexicon
    for token in ctx.tokens_with(POS, "PROPN"):
        if not capitalised(token) or token.i in taken:
            continue
        if not token.ent_type_ and located(token, lexicon):
            end = token.i + 1
        elif token.dep_ == "compound" and token.head.i > token.i and token.ent_type_ in ("", "PRODUCT"):
            head = token.head.lemma_.lower()
            if token.head.pos_ not in ("NOUN", "PROPN") or head not in (*lexicon.place_nouns, *lexicon.facility_nouns):
                continue
            if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN" and token.head.i != token.i + 1:
                continue  # not the last word of the name
            joined = token.head.i == token.i + 1 and unit_noun(token.head, lexicon)
            end = token.head.i + 1 if head in lexicon.facility_nouns or joined else token.i + 1
        else:
            continue
        start = name_start(doc, token.i)
        span = doc[start:end]
        if any(t.i in taken or ctx.not_actor(t) for t in span) or doc[start : token.i + 1].text.lower() in ctx.common:
            continue
        if any(t.ent_type_ not in ("", "PRODUCT") for t in doc[start : token.i + 1]):
            continue
        if ctx.blocked(span.start_char, span.end_char) or ctx.headline_capitals(span.start_char):
            continue
        item = make_found(doc, span.start, span.end, None, "location")
        if item is not None:
            result.append(item)
    return result


def located(token: Token, lexicon: ActorLexicon) -> bool:
    """The object of a locative preposition, or a name coordinated with it ("bases in Bamako and Timbuktu"; not
    a capitalised common noun after "the": "in the Middle East and the West")."""
    if token.dep_ == "conj" and token.i > 0 and token.doc[token.i - 1].lower_ == "the":
        return False
    while token.dep_ == "conj" and token.head.i < token.i and token.head.pos_ == "PROPN":
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in lexicon.location_prepositions


def name_word(token: Token) -> bool:
    """A capitalised alphabetic word outside any NER entity."""
    return capitalised(token) and token.is_alpha and not token.ent_type_


def _name_runs(ctx: Context, taken: set[int]) -> list[tuple[int, int]]:
    """The token bounds of every longest run of :func:`name_word` tokens outside ``taken``, read off the Doc's
    attribute arrays: the runs are found by numpy, not by a Python step over every token of the Doc."""
    capitals = ctx.index.where(ORTH, capitalised_form, key=capitalised_form)
    alphabetic = ctx.index.array(IS_ALPHA)[:, 0] != 0
    untagged = ctx.doc.to_array(ENT_TYPE) == 0  # read afresh: entities are not fixed like words
    names = capitals & alphabetic & untagged
    names[list(taken)] = False
    edges = numpy.flatnonzero(numpy.diff(numpy.concatenate(([False], names, [False])).astype(numpy.int8)))
    return list(zip(edges[0::2].tolist(), edges[1::2].tolist()))


def untagged_bodies(ctx: Context) -> list[Found]:
    """Capitalised names the NER missed that end in an organisation or outlet word
    ("China's Chengdu Aircraft Corporation", "the Tehran Times")."""
    doc, tokens = ctx.doc, ctx.tokens
    result: list[Found] = []
    taken = ctx.persons | ctx.title_tokens
    for index, end in _name_runs(ctx, taken):
        if end - index < 2 or (end < len(tokens) and tokens[end].text == "-"):
            continue
        words = tokens[index:end]
        kind: ActorKind | None = None
        if media_head(words, ctx):
            kind = "media"
        elif lowered(words[-1]) in ctx.lexicon.organization_heads:
            kind = "organization"
        start = index
        while (
            start > 0
            and start - 1 not in taken
            and tokens[start - 1].dep_ == "compound"
            and capitalised(tokens[start - 1])
        ):
            start -= 1  # a state named at the front of the body's name ("Pakistan Ordnance Factories")
        span = doc[start:end]
        if kind is None or all(t.i in ctx.gazetteer_tokens for t in words) or span.text.lower() in ctx.common:
            continue
        if (words[0].i == 0 or words[0].is_sent_start) and words[0].lower_ in ctx.common:
            continue  # a sentence-initial common word is no part of the name
        if ctx.blocked_for_body(span.start_char, span.end_char) or ctx.headline_capitals(span.start_char):
            continue
        item = make_found(doc, span.start, span.end, None, kind)
        if item is not None:
            result.append(item)
    return result


#: A hyphen joining two words inside a name, the second capitalised ("Aero-Technology", "Al-Quds").
_INNER_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[A-Z])")


def hyphenated_bodies(ctx: Context) -> list[Found]:
    """Capitalised names holding a hyphen-joined word that end in an organisation or outlet word, kept whole
    ("the China Aero-Technology Corporation", "Al-Quds Aerospace Industries Company"), which the NER and the
    word-by-word scan of ``untagged_bodies`` split at the hyphen."""
    doc, tokens = ctx.doc, ctx.tokens
    taken = ctx.persons | ctx.title_tokens
    result: list[Found] = []
    last_end = -1
    for match in _INNER_HYPHEN.finditer(ctx.index.text):
        hyphen = doc.char_span(match.start(), match.end())
        if hyphen is None or hyphen.start <= last_end:
            continue
        start, end = _name_run(tokens, hyphen.start, taken)
        while start < hyphen.start and tokens[start].lower_ in DETERMINERS:
            start += 1
        head = next((k for k in range(end - 1, hyphen.start, -1) if _body_end(tokens[start : k + 1], ctx)), None)
        if head is None or all(t.i in ctx.gazetteer_tokens for t in tokens[start : head + 1]):
            continue
        if tokens[start].is_sent_start and tokens[start].lower_ in ctx.common:
            start += 1  # a sentence-initial common word is no part of the name
        span = doc[start : head + 1]
        kind: ActorKind = "media" if media_head(list(span), ctx) else "organization"
        if ctx.blocked_for_body(span.start_char, span.end_char) or ctx.headline_capitals(span.start_char):
            continue
        item = make_found(doc, span.start, span.end, None, kind)
        if item is not None:
            result.append(item)
            last_end = head
    return result


def _name_run(tokens: Sequence[Token], hyphen: int, taken: set[int]) -> tuple[int, int]:
    """Token bounds of the capitalised words around an inner hyphen, joined by spaces or further inner hyphens."""

    def joins(i: int) -> bool:
        token = tokens[i]
        if token.text == "-":
            return not tokens[i - 1].whitespace_ and not token.whitespace_
        return i not in taken and token.is_alpha and token.text[:1].isupper()

    start, end = hyphen, hyphen + 1
    while start > 0 and joins(start - 1):
        start -= 1
    while end < len(tokens) and joins(end):
        end += 1
    while start < hyphen and tokens[start].text == "-":
        start += 1
    return start, end


def _body_end(words: Sequence[Token], ctx: Context) -> bool:
    """The words end like an organisation's or an outlet's name."""
    return lowered(words[-1]) in ctx.lexicon.organization_heads or media_head(words, ctx)


def name_start(doc: Doc, index: int) -> int:
    """First token of the proper name ending at ``index``: compound proper nouns and hyphen-joined parts."""
    start = index
    while start > 0:
        previous = doc[start - 1]
        if previous.dep_ == "compound" and previous.pos_ == "PROPN":
            start -= 1
        elif previous.text in ("-", "'") and not previous.whitespace_ and start > 1 and capitalised(doc[start - 2]):
            if doc[start - 2].whitespace_:
                break
            start -= 2
        else:
            break
    return start


def described_bodies(ctx: Context) -> list[Found]:
    """Proper nouns described as an outlet or an organisation: "the Saba news agency", "the newspaper
    Kommersant", "the Dutch peace group PAX", "drone maker Baykar"."""
    doc = ctx.doc
    lexicon = ctx.lexicon
    taken = ctx.gazetteer_tokens | ctx.persons
    result: list[Found] = []
    for token in ctx.tokens_with(POS, "PROPN"):
        if not token.text[:1].isupper() or token.i in taken:
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
            continue  # only the last word of a name
        after = (
            " ".join(t.lower_ for t in doc[token.i + 1 : token.i + 3]),
            doc[token.i + 1].lower_ if token.i + 1 < len(doc) else "",
        )
        before = doc[token.i - 1].lemma_.lower() if token.i > 0 else ""
        if any(word in lexicon.media_nouns for word in after):
            kind: ActorKind = "media"
        elif before in lexicon.media_nouns or before in lexicon.organization_nouns:
            kind = "media" if before in lexicon.media_nouns else "organization"
            if token.i > 0 and doc[token.i - 1].pos_ != "NOUN":
                continue
        else:
            continue
        start = token.i
        if kind == "media" and any(word in lexicon.media_nouns for word in after):
            while (
                start > 0 and doc[start - 1].pos_ == "PROPN" and capitalised(doc[start - 1]) and start - 1 not in taken
            ):
                start -= 1
        span = doc[start : token.i + 1]
        if any(t.ent_type_ in ("PERSON", "GPE", "DATE", "NORP", "TIME") or ctx.not_actor(t) for t in span):
            continue
        if ctx.blocked(span.start_char, span.end_char):
            continue
        item = make_found(doc, span.start, span.end, None, kind)
        if item is not None:
            result.append(item)
    return result
