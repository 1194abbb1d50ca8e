"""arms_actors: one :class:`~arms_nlp.records.Actor` per real-world entity, with all its mentions.

Mentions come from three sources, in this order of trust:

1. the gazetteers (``kb.actors``): names and aliases of states, organisations, armed groups,
   media and places; the longest match wins ("South China Morning Post" over "China"). A country
   name is always the country, even as a place ("in Iraq"). A capital or seat of power ("Tehran",
   "the Kremlin") is the state when it acts (subject, object, a party: "the deal between Tehran and
   Moscow") and a separate ``location`` actor after a locative preposition or a travel word ("a
   meeting in Moscow", "talks at the Kremlin", "a visit to Belgrade") or in a dateline. A demonym is
   the state only when it modifies a weapon or a state-like noun ("Iranian missiles", "Iranian-made",
   "the Russian military"), never a people ("the Ukrainian people", "Palestinians"). A generic body
   name after another state's possessive is that state's body, named as written with the state as its
   affiliation ("Russia's Security Council" -> "Security Council", affiliation Russia; two states' bodies of
   one name in one text are two actors, kept apart by affiliation);
2. the statistical NER, repaired by general cues (``_actor_names``, ``_actor_entities``): people
   (title before the name or in apposition before or after it; the first state or organisation in
   the title is the affiliation and is cut from the front of the title: "Russian deputy foreign
   minister" -> Russia + "deputy foreign minister"), names after a title word whatever their label,
   place names mislabelled as people ("in Kharkiv and Zaporizhzhia"), organisations and outlets by
   their head word ("... Observatory for Human Rights", "... Morning Post"), ALL-CAPS datelines (no actors),
   acronyms glossed in parentheses, and later bare surnames joining their person;
3. the parse: unnamed officials, noun phrases headed by an official noun
   ("a senior State Department official"), named by the phrase minus its determiner; a later
   "the official" joins the latest official with that noun. An official noun that is a named
   person's title ("John Kirby, the National Security Council spokesman") is not an official.

A state named inside a title written before a name or an official's description ("Iranian
official", "US National Security spokesman") gives the affiliation but is not a mention of the
state, nor is one inside an organisation's name ("the Iranian Mission"); an organisation named in a
title or description ("State Department", "Palestinian Authority") is an actor of its own.
Weapons (``arms_weapons`` records) and page furniture are never actors. Without a parser the
component degrades to gazetteer matching with token-window rules; without NER it finds no people.

The gazetteers are the component's own knowledge (:class:`~arms_nlp.kb.actors.ActorKnowledge`): the
packaged files plus the user's entries (:meth:`ActorResolver.add_entries`, the ``extra_entries``
setting), saved with the pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.attrs import IDX, IS_UPPER, LENGTH, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ...docindex import index_of, overlaps
from ...extensions import in_zones, set_records
from ...kb import Located, given_rows, jsonl_rows
from ...kb.actors import (
    ActorKnowledge,
    ActorLexicon,
    ActorRecord,
    GazetteerEntry,
    actor_entries,
    actor_lexicon,
    actor_row,
    gazetteer,
    packaged_actors,
)
from ...kb.closed_class import closed_class
from ...kb.officials import institution_of, service_of_shared_acronym, terms_of
from ...kb.weapons import name_keys
from ...normalize.acronyms import initials
from ...normalize.designations import designation_key
from ...records import Actor, ActorKind, Mention
from ...syntax import caseless
from ...tokenizer_cache import empty_tokenizer_cache
from ..user_entries import UserEntries
from .context import POSSESSIVE, Context, Found, has_parse, make_context
from .entities import (
    dateline_extent,
    dateline_spans,
    described_bodies,
    entity_mentions,
    hyphenated_bodies,
    numbered_units,
    slash_credit,
    unit_noun,
    unlabelled_places,
    untagged_bodies,
)
from .people import officials, people_mentions, resolve_titles, surname_mentions, title_bodies


@dataclass
class ActorDraft:
    """An actor being assembled: its identity and the mentions found so far."""

    name: str
    kind: ActorKind
    affiliation: str | None = None
    title: str | None = None
    mentions: list[Found] = field(default_factory=list)


#: File of the user's entries inside the component's directory of a saved pipeline.


@dataclass(frozen=True)
class AliasMatcher:
    """Phrase matchers over the gazetteer aliases (exact spelling, and case-folded for ALL-CAPS text),
    with the knowledge they were built from, which the rules read the matched aliases' entries from."""

    exact: PhraseMatcher
    folded: PhraseMatcher
    by_lower: dict[str, str]
    knowledge: ActorKnowledge
    #: Typographic spellings -> the alias they spell ("Tigray People’s Liberation Front").
    by_typography: dict[str, str] = field(default_factory=dict)


def build_matcher(nlp: Language, knowledge: ActorKnowledge) -> AliasMatcher:
    """Matchers over every alias ``knowledge`` knows ("SEOUL" in a dateline still finds "Seoul")."""
    aliases = sorted(knowledge.gazetteer)
    patterns = [nlp.make_doc(alias) for alias in aliases]
    typography = {alias.replace("'", "’"): alias for alias in aliases if "'" in alias}
    typography.update(respelled(knowledge.gazetteer))
    typography = {written: alias for written, alias in typography.items() if written not in knowledge.gazetteer}
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    exact.add("ARMS_ACTOR", patterns + [nlp.make_doc(written) for written in typography])
    folded = PhraseMatcher(nlp.vocab, attr="LOWER")
    folded.add("ARMS_ACTOR", patterns)
    empty_tokenizer_cache(nlp)
    by_lower: dict[str, str] = {}
    for alias in aliases:
        by_lower.setdefault(alias.lower(), alias)
    return AliasMatcher(exact, folded, by_lower, knowledge, typography)


def respelled(gazetteer: Mapping[str, GazetteerEntry]) -> dict[str, str]:
    """Other spellings of bodies' aliases ("Defence Industry Agency" -> "Defense Industry Agency"; see
    ``spelling_variants`` in ``closed_class.yaml``), and a leading lowercase prefix capitalised ("al-Qaeda" ->
    "Al-Qaeda"; ``lowercase_name_prefixes``); outlets keep their own spelling."""
    words = closed_class()
    pairs = [*words.spelling_variants.items()]
    pairs += [(b, a) for a, b in pairs]
    result: dict[str, str] = {}
    for alias, entry in gazetteer.items():
        if entry.kind == "media":
            continue
        for written, other in pairs:
            if written in alias:
                result.setdefault(alias.replace(written, other), alias)
        for prefix in (p for p in words.lowercase_name_prefixes if alias.startswith(p)):
            result.setdefault(prefix.capitalize() + alias[len(prefix) :], alias)  # a sentence's opening word
    return result


def _written_to(doc: Doc, start: int, end: int) -> str:
    """The Doc's characters ``start:end``, sliced from its index (``Doc.text`` rebuilds the whole text)."""
    return index_of(doc).text[start:end]


def gazetteer_spans(doc: Doc, matcher: AliasMatcher) -> list[tuple[Span, str]]:
    """Longest non-overlapping alias matches with the alias each one spells, left to right.

    Matches are kept as token bounds with their text sliced off the Doc's (token offsets and lengths read off
    one attribute array); a Span is built only for the matches kept."""
    index = index_of(doc)
    text = index.text
    rows = index.array(IDX, LENGTH, IS_UPPER)
    starts, lengths, upper = rows[:, 0].tolist(), rows[:, 1].tolist(), rows[:, 2].tolist()

    def written(start: int, end: int) -> str:
        return text[starts[start] : starts[end - 1] + lengths[end - 1]]

    found: list[tuple[int, int, str, str]] = []  # token start, end, alias, text as written
    for _, start, end in matcher.exact(doc):
        word = written(start, end)
        found.append((start, end, matcher.by_typography.get(word, word), word))
    for _, start, end in matcher.folded(doc):
        if not upper[start]:
            continue  # only ALL-CAPS text is matched case-folded
        word = written(start, end)
        if word.isupper() and len(word) > 3 and word.lower() in matcher.by_lower:
            found.append((start, end, matcher.by_lower[word.lower()], word))
    found.sort(key=lambda match: (-(match[1] - match[0]), match[0], match[2] != match[3]))
    taken: set[int] = set()
    kept: list[tuple[Span, str]] = []
    for start, end, alias, _ in found:
        if any(i in taken for i in range(start, end)):
            continue
        taken.update(range(start, end))
        kept.append((Span(doc, start, end), alias))  # a Span built outright: slicing the Doc makes Tokens
    return sorted(kept, key=lambda pair: pair[0].start)


def modified_heads(token: Token, limit: int = 4) -> list[Token]:
    """The nouns a modifier attaches to, following compound/amod/conj links upwards."""
    heads: list[Token] = []
    current = token
    for _ in range(limit):
        if current.dep_ not in ("amod", "compound", "nmod", "conj", "nn", "poss") or current.head.i == current.i:
            break
        current = current.head
        heads.append(current)
    return heads


def in_weapon(token: Token, weapons: Sequence[Mention]) -> bool:
    """True when the token lies inside a weapon mention."""
    end = token.idx + len(token.text)
    return any(overlaps(token.idx, end, w.start, w.end) for w in weapons)


def demonym_acts(span: Span, lexicon: ActorLexicon, weapons: Sequence[Mention], persons: set[int]) -> bool:
    """A demonym stands for its state when it modifies a weapon, an official, a person's title or a state noun.

    Weapon words of ``not_actor_words`` stand in for weapon mentions when arms_weapons did not run.
    """
    doc = span.doc
    nouns = {*lexicon.state_nouns, *lexicon.official_nouns, *lexicon.not_actor_words, *lexicon.speaking_source_nouns}
    token = span[-1]
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not doc[token.i + 1].whitespace_:
        if doc[token.i + 2].tag_ == "VBN" or doc[token.i + 2].lower_.endswith("ed"):
            return True  # "Iranian-made", "Russian-backed": the state made or backs it
    if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("made", "built", "supplied", "backed"):
        return True  # "Chinese made drones": the same, written without the hyphen
    if has_parse(doc):
        candidates = modified_heads(token)
    else:
        candidates = [doc[token.i + 1]] if token.i + 1 < len(doc) else []
    for head in candidates:
        lemma = head.lemma_.lower() if head.lemma_ else head.lower_.rstrip("s")
        if lemma in nouns or head.lower_ in nouns or head.i in persons or in_weapon(head, weapons):
            return True
    return has_parse(doc) and modifies_state_thing(token, candidates, lexicon)


def modifies_state_thing(token: Token, heads: Sequence[Token], lexicon: ActorLexicon) -> bool:
    """A demonym modifying a common noun that is not a people, its members or its culture stands for its state
    ("Austrian neutrality", "Vietnamese submarine crews"; not "the Syrian people", "Afghan refugees"). Coordinated
    adjectives describe a people ("Palestinian and Arab allies"): only the lists above make those the state."""
    if token.dep_ not in ("amod", "compound") or not heads or any(c.dep_ == "conj" for c in token.children):
        return False
    doc = token.doc
    if token.i > 1 and doc[token.i - 1].text == "-" and doc[token.i - 2].is_lower:
        return False  # "inter-Palestinian meetings", "pan-Arab unity": a prefix makes it about a people
    noun = next((head for head in heads if head.pos_ != "ADJ"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_ in ("PERSON", "NORP"):
        return False
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return False  # "Ukrainian radars picked up drones": a subject acts for the state only by the lists above
    excluded = {*lexicon.non_state_nouns, *lexicon.place_nouns, *lexicon.capital_nouns}
    words = [*doc[token.i + 1 : noun.i + 1], *heads]  # "Israeli media reports": "media" is the head's sibling
    return not any(w.lemma_.lower() in excluded or w.lower_ in excluded for w in words)


def capital_is_place(span: Span, lexicon: ActorLexicon) -> bool:
    """A capital or seat is a place (not its government) after a locative preposition or as a noun modifier."""
    doc = span.doc
    places = set(lexicon.location_prepositions)
    if span.text.isupper() and len(span.text) > 3 and not caseless(span[0]):
        return True  # an ALL-CAPS capital is a dateline ("SEOUL, South Korea (AP) -"), not in an all-capitals line
    if not has_parse(doc):
        return span.start > 0 and doc[span.start - 1].lower_ in places
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ in places:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_.lower() in lexicon.travel_words:
        return True  # "a visit to Belgrade", "flew to Moscow"
    if token.dep_ == "dobj" and token.head.pos_ == "VERB" and token.head.lemma_.lower() in lexicon.travel_words:
        return True  # "visited Moscow", "toured Kyiv"
    if token.dep_ == "pobj" and token.head.lower_ == "on" and token.head.head.lemma_.lower() in lexicon.attack_nouns:
        return True  # "missile strikes on Tripoli": the city struck
    if span.start > 0 and doc[span.start - 1].lemma_.lower() in (*lexicon.capital_nouns, *lexicon.place_nouns):
        return True  # "the capital Khartoum", "the city Tripoli"
    if token.dep_ in ("compound", "nmod") and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head.lemma_.lower() not in lexicon.state_nouns and token.head.ent_type_ != "PERSON"
    return token.dep_ == "appos" and token.head.dep_ == "pobj" and token.head.head.lower_ in places


def seat_is_place(span: Span, lexicon: ActorLexicon) -> bool:
    """A seat of power is a place (not its government) after a locative preposition ("talks at the Kremlin")."""
    doc = span.doc
    if not has_parse(doc):
        index = span.start - 1
        while index >= 0 and doc[index].lower_ == "the":
            index -= 1
        return index >= 0 and doc[index].lower_ in lexicon.location_prepositions
    token = span.root
    return token.dep_ == "pobj" and token.head.lower_ in lexicon.location_prepositions


def opens_longer_name(span: Span, lexicon: ActorLexicon) -> bool:
    """True when an outlet's name is only the opening of a longer capitalised name it modifies: "The Australian"
    of "The Australian Army" (not "The Australian reported", nor "The Hindu newspaper")."""
    doc, last = span.doc, span[-1]
    if span.end >= len(doc) or last.head.i < span.end or last.dep_ not in ("amod", "compound"):
        return False
    after = doc[span.end]
    return after.text[:1].isupper() and after.lower_ not in lexicon.media_nouns


def gazetteer_found(
    span: Span, entry: GazetteerEntry, lexicon: ActorLexicon, weapons: Sequence[Mention], persons: set[int]
) -> Found | None:
    """The mention a gazetteer match makes, or None when it does not name an actor here."""
    if entry.role == "demonym" and not demonym_acts(span, lexicon, weapons, persons):
        return None
    if entry.kind == "media" and opens_longer_name(span, lexicon):
        return None
    if (entry.role == "capital" and capital_is_place(span, lexicon)) or (
        entry.role == "body" and seat_is_place(span, lexicon)
    ):
        return Found(span.start_char, span.end_char, span.text, entry.alias, "location", from_gazetteer=True)
    doc = span.doc
    if entry.kind == "location" and span.end < len(doc) and unit_noun(doc[span.end], lexicon, known=True):
        unit = doc[span.end]  # "the Kursk region", "Okinawa Prefecture": the unit noun is part of the name
        end = unit.idx + len(unit.text)
        return Found(
            span.start_char, end, _written_to(doc, span.start_char, end), f"{entry.name} {unit.text}", "location"
        )
    return Found(span.start_char, span.end_char, span.text, entry.name, entry.kind, from_gazetteer=True)


def same_person(draft: ActorDraft, name: str) -> bool:
    """True when ``name`` is the draft's surname or the draft is the bare surname of ``name``."""
    mine, theirs = draft.name.split(), name.split()
    return mine[-1:] == theirs[-1:] and (len(mine) == 1 or len(theirs) == 1 or mine == theirs)


def merge(found: Iterable[Found]) -> list[ActorDraft]:
    """Group mentions into actors: same (name, kind); surnames join people; name prefixes join organisations;
    an outlet's last word ("the Post") joins the outlet named before. Two states' bodies of one name ("Russia's
    Foreign Ministry", "Ukraine's Foreign Ministry") stay two actors, kept apart by their owners."""
    drafts: list[ActorDraft] = []
    by_identity: dict[tuple[str, str], list[ActorDraft]] = {}
    spans: dict[int, set[tuple[int, int]]] = {}
    owners: dict[int, str] = {}
    for item in sorted(found, key=lambda f: (f.start, -f.end)):
        target = owned_draft(by_identity.get((item.kind, item.name), []), item.owner, owners)
        if target is None and item.kind == "person":
            target = next((d for d in drafts if d.kind == "person" and same_person(d, item.name)), None)
            if target is not None and len(item.name.split()) > len(target.name.split()):
                target.name = item.name
        if target is None and item.kind == "organization" and not item.from_gazetteer:
            target = next((d for d in drafts if d.kind == "organization" and d.name.startswith(item.name + " ")), None)
        if target is None and item.kind == "organization" and not item.from_gazetteer and " " not in item.name:
            # "The Post obtained documents" after "a Washington Post report": the outlet named before
            target = next((d for d in drafts if d.kind == "media" and d.name.split()[-1] == item.name), None)
        if target is None:
            target = ActorDraft(item.name, item.kind)
            drafts.append(target)
        known = by_identity.setdefault((target.kind, target.name), [])
        if target not in known:
            known.append(target)
        if item.owner is not None:
            owners.setdefault(id(target), item.owner)
        target.affiliation = target.affiliation or item.affiliation
        target.title = target.title or item.title
        seen = spans.setdefault(id(target), set())
        if (item.start, item.end) not in seen:
            seen.add((item.start, item.end))
            target.mentions.append(item)
    return drafts


def owned_draft(drafts: Sequence[ActorDraft], owner: str | None, owners: Mapping[int, str]) -> ActorDraft | None:
    """The draft of one name a mention joins: the one of its owner, else one without an owner; a mention without
    an owner joins the latest draft of the name."""
    if owner is None:
        return drafts[-1] if drafts else None
    same = [d for d in drafts if owners.get(id(d)) == owner]
    return same[-1] if same else next((d for d in reversed(drafts) if id(d) not in owners), None)


def full_name(draft: ActorDraft) -> str:
    """A person named by a surname alone ("Aliyev said") takes the full name of the one office-holder the
    officials list gives that surname to; any other name stays as written."""
    if draft.kind != "person" or " " in draft.name:
        return draft.name
    names = {term.name for term in terms_of(draft.name)}
    return names.pop() if len(names) == 1 else draft.name


def to_actor(draft: ActorDraft) -> Actor:
    """The pydantic record of a draft: first mention as text/start/end, all mentions listed."""
    mentions = sorted(draft.mentions, key=lambda m: m.start)
    first = mentions[0]
    return Actor(
        text=first.text,
        start=first.start,
        end=first.end,
        name=full_name(draft),
        kind=draft.kind,
        affiliation=draft.affiliation if draft.affiliation != draft.name else None,
        title=draft.title,
        mentions=[Mention(text=m.text, start=m.start, end=m.end) for m in mentions],
    )


def gazetteer_mentions(ctx: Context, spans: Sequence[tuple[Span, str]], knowledge: ActorKnowledge) -> list[Found]:
    """Mentions of known states, organisations, armed groups and media.

    A dateline ("PORT SUDAN —", "BAKU, Azerbaijan (AA) -") only says where the story was filed: its
    place, and any name inside it, is no actor (the agency after it is: "(AP)").
    """
    entries = knowledge.gazetteer
    found, datelines = dateline_mentions(ctx)
    owned = foreign_bodies(ctx.doc, spans, knowledge)
    # a demonym before a known body's name is its state ("Israeli firm Elbit"), as before a person
    kinds = {alias: entries[alias].kind for _, alias in spans if alias in entries}
    bodies = {
        i for span, alias in spans if kinds.get(alias, "country") != "country" for i in range(span.start, span.end)
    }
    acting = ctx.persons | bodies
    ents = ent_at(ctx.ents)
    for span, alias in spans:
        entry = entries.get(alias)
        if entry is None or not is_gazetteer_mention(ctx, span, entry, datelines, ents):
            continue
        ctx.gazetteer_tokens.update(range(span.start, span.end))
        if span.start in owned:
            name, owner = owned[span.start]
            found.append(
                Found(span.start_char, span.end_char, span.text, name, entry.kind, affiliation=owner, owner=owner)
            )
        elif entry.generic and unnamed_owner(span):
            found.append(Found(span.start_char, span.end_char, span.text, span.text, entry.kind))
        else:
            found.extend(state_or_service(ctx, span, entry, knowledge, acting))
    return national_subsidiaries(ctx, found, entries)


def dateline_mentions(ctx: Context) -> tuple[list[Found], list[tuple[int, int]]]:
    """The agencies the datelines credit ("(AA)"), and the datelines' token bounds; a dateline's own tokens are
    taken, so no name inside it becomes an actor."""
    found: list[Found] = []
    datelines = [
        dateline_extent(ctx.doc, start, end) for start, end in dateline_spans(ctx.tokens, ctx.lexicon.not_datelines)
    ]
    for start, end in datelines:
        ctx.gazetteer_tokens.update(range(start, end))
        agency = dateline_agency(ctx.doc, end, ctx.lexicon.dateline_agencies)
        if agency is not None:
            ctx.gazetteer_tokens.add(agency[0])
            found.append(agency[1])
    return found, datelines


def is_gazetteer_mention(
    ctx: Context, span: Span, entry: GazetteerEntry, datelines: Sequence[tuple[int, int]], ents: Mapping[int, Span]
) -> bool:
    """True when a gazetteer match is a mention: not inside a longer person's name, a dateline or a place's name,
    not a word defining another name, and not over a weapon unless it is the weapon's maker."""
    inside_person = any(s <= span.start and span.end <= e and (e - s) > len(span) for s, e in ctx.person_bounds)
    inside_dateline = any(s <= span.start and span.end <= e for s, e in datelines)
    if inside_person or inside_dateline or inside_place_name(span, entry, ents):
        return False
    if defines_another_name(span, entry):
        return False
    blocked = ctx.blocked_for_body if entry.kind != "country" and entry.kind != "location" else ctx.blocked
    # a body's own name may hold a weapon class word ("Small Arms Survey")
    return not blocked(span.start_char, span.end_char) or maker_of_weapon(ctx, span, entry)


def state_or_service(
    ctx: Context, span: Span, entry: GazetteerEntry, knowledge: ActorKnowledge, acting: set[int]
) -> list[Found]:
    """The mentions one known name makes: the state's service written after it ("Sudanese army") alone, else the
    service after its possessive ("Japan's coast guard") beside the entry's own mention."""
    doc, found = ctx.doc, []
    service = service_end(span, entry, ctx.lexicon)
    ministry = None if service is not None else demonym_ministry_end(span, entry, ctx.lexicon)
    if service is not None or ministry is not None:
        body = doc[span.start : service or ministry]
        if not ctx.blocked_for_body(body.start_char, body.end_char):
            ctx.gazetteer_tokens.update(range(body.start, body.end))
            lower = body.text if ministry is not None else lower_service_name(span, body)  # a ministry as written
            name = service_name(body.text if body[-1].is_title else lower)
            return [Found(body.start_char, body.end_char, body.text, name, "organization")]
    possessed = possessed_service(span, entry, ctx.lexicon, knowledge.demonyms.get(entry.name))
    if possessed is not None and not ctx.blocked_for_body(possessed[0].start_char, possessed[0].end_char):
        body, name = possessed  # "Japan's coast guard": the service, and the state a mention of its own
        ctx.gazetteer_tokens.update(range(body.start, body.end))
        found.append(Found(body.start_char, body.end_char, body.text, name, "organization", affiliation=entry.name))
    item = gazetteer_found(span, entry, ctx.lexicon, ctx.weapons, acting)
    return found if item is None else [*found, item]


def unnamed_owner(span: Span) -> bool:
    """A generic body's name after an owner the text does not name here ("the nation's Department of Defense", "its
    Security Council"): some state's own body, named as written, not the one state the gazetteer gives the name."""
    doc = span.doc
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.tag_ == "PRP$":
        return True
    return span.start > 1 and before.text in POSSESSIVE and doc[span.start - 2].is_lower


def dateline_agency(doc: Doc, end: int, codes: Mapping[str, str]) -> tuple[int, Found] | None:
    """The agency a dateline credits by a code that means nothing elsewhere ("BAKU, Azerbaijan (AA) -" ->
    Anadolu Agency), found in parentheses within the dateline's line after its place, with its token."""
    for index in range(end + 1, min(len(doc) - 1, end + 12)):
        token = doc[index]
        if "\n" in token.text_with_ws:
            break
        if token.text in codes and doc[index - 1].text == "(" and doc[index + 1].text == ")":
            return index, Found(token.idx, token.idx + len(token.text), token.text, codes[token.text], "media")
        credited = slash_credit(token.text)
        if credited is not None:  # "/TASS/.": the name between the slashes
            written = token.text.strip("/.")
            return index, Found(token.idx + 1, token.idx + 1 + len(written), written, credited, "media")
    return None


def defines_another_name(span: Span, entry: GazetteerEntry) -> bool:
    """An acronym in brackets after a name whose initials it spells abbreviates that name, whatever else the
    gazetteer knows by it: "Government of National Accord (GNA)" is no Ghana News Agency."""
    doc, text = span.doc, span.text
    if not (is_acronym(text) and 0 < span.start and span.end < len(doc)):
        return False
    if doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return False
    words = [t for t in doc[max(0, span.start - 9) : span.start - 1] if t.is_alpha and t.text[0].isupper()]
    spelled = initials([t.text for t in words])
    if len(spelled) < len(text) or not spelled.endswith(text.upper()):
        return False
    named = doc[words[len(words) - len(text)].i : span.start - 1].text
    return name_key_of(named) != name_key_of(entry.name)


def name_key_of(name: str) -> str:
    """Letters of a name, lowercased, for comparing a written name with a canonical one."""
    return "".join(ch for ch in name.casefold() if ch.isalpha())


def ent_at(ents: Sequence[Span]) -> dict[int, Span]:
    """The Doc's ``ents`` by the index of each token they cover (entities never overlap), for
    :func:`inside_place_name` to find a span's entity without a scan over all of them."""
    return {i: ent for ent in ents for i in range(ent.start, ent.end)}


def inside_place_name(span: Span, entry: GazetteerEntry, ents: Mapping[int, Span]) -> bool:
    """True for a state's name inside a longer place name the NER found (``ents``: the Doc's entities by token,
    see :func:`ent_at`; "Port Sudan", "Guinea Fowl"): the place is named as written, the state is not mentioned."""
    if entry.kind != "country" or entry.role == "demonym":
        return False  # "Iranian Mission": a demonym opens a body's name, the NER may call it a place
    ent = ents.get(span.start)
    if ent is not None and span.end > ent.end:
        ent = None
    if ent is None or ent.label_ not in ("GPE", "LOC", "FAC"):
        return False
    rest = [t for t in ent if not span.start <= t.i < span.end]
    return any(t.is_alpha and t.is_title and t.lower_ not in closed_class().articles for t in rest)


def national_subsidiaries(ctx: Context, found: list[Found], entries: Mapping[str, GazetteerEntry]) -> list[Found]:
    """A company written right before another state's name is its national subsidiary, one organisation named
    as written ("Anduril Australia", "Hanwha Defense Australia"); the state there is no mention of its own."""
    text = ctx.index.text
    states = {f.start: f for f in found if f.kind == "country"}
    merged: set[int] = set()
    for item in found:
        entry = entries.get(item.text)
        state = states.get(item.end + 1)
        if entry is None or state is None or entry.kind != "organization" or entry.country in (None, state.name):
            continue
        if text[item.end] != " " or state.text != state.name or text[state.end : state.end + 1].isalnum():
            continue
        if text.startswith(("'s", "’s"), state.end):
            continue  # "Anduril Australia's": still the subsidiary, but a possessive may be the state's own
        item.end, item.text = state.end, text[item.start : state.end]
        item.name, item.from_gazetteer = item.text, False
        merged.add(id(state))
    return [f for f in found if id(f) not in merged]


def maker_of_weapon(ctx: Context, span: Span, entry: GazetteerEntry) -> bool:
    """A known company written at the front of the system it makes ("Lockheed Martin AGM-114 Hellfire",
    "BAE Systems Advanced Precision Kill Weapon System"): an actor, though inside the weapon's mention."""
    if entry.kind != "organization" or in_zones(ctx.zones, span.start_char, span.end_char):
        return False
    weapons = ctx.weapons_over(span.start_char, span.end_char)
    return bool(weapons) and all(w.start == span.start_char and w.end > span.end_char for w in weapons)


def service_end(span: Span, entry: GazetteerEntry, lexicon: ActorLexicon) -> int | None:
    """Where an armed service named after the state ends: "Brazilian Navy", "Armenian Armed Forces",
    "Japan Maritime Self-Defense Force" (a capitalised ``military_services`` phrase right after a country
    name or demonym); None when none follows."""
    if entry.kind != "country" or entry.role not in ("name", "demonym"):
        return None
    return service_after(span.doc, span.end, lexicon)


def service_after(doc: Doc, start: int, lexicon: ActorLexicon) -> int | None:
    """Where a ``military_services`` phrase opening at token ``start`` ends, when it names the body: capitalised,
    or an institution heading its phrase in lower case (see :func:`service_end`); else None."""
    services = lexicon.military_services
    following = doc[start].lower_ if start < len(doc) else ""
    if not following.isalpha() or not any(s.startswith(following) for s in services):
        return None
    longest = max((len(s.split()) for s in services), default=0) + 2  # hyphens are tokens of their own
    for end in range(min(len(doc), start + longest), start, -1):
        service = doc[start:end]
        if service.text.lower() not in services:
            continue
        # A capitalised service is a body's name; in lower case, only an institution heading its phrase ("the
        # Sudanese army said"): "Chinese coast guard vessels" describe the state's forces and stay the state.
        return end if service[-1].is_title or heads_institution(service, lexicon) else None
    return None


def demonym_ministry_end(span: Span, entry: GazetteerEntry, lexicon: ActorLexicon) -> int | None:
    """Where a lower-case ministry after a demonym ends when it heads its phrase ("the Turkish defense ministry
    said"); None before another noun ("Turkish defense ministry officials") or after anything but a demonym."""
    doc = span.doc
    if entry.kind != "country" or entry.role != "demonym" or not has_parse(doc):
        return None
    for form in lexicon.lower_ministries:
        end = span.end + len(form.split())
        if end <= len(doc) and doc[span.end : end].text == form:
            last = doc[end - 1]
            return None if last.dep_ in ("compound", "amod", "nmod") and last.head.i > last.i else end
    return None


def lower_service_name(state: Span, body: Span) -> str:
    """The name of a service written in lower case: as written with the service capitalised ("the Azerbaijani
    army": Azerbaijani Army), as a capitalised service's name is its words as written."""
    return f"{state.text} {body[len(state) :].text.title()}"


def possessed_service(
    span: Span, entry: GazetteerEntry, lexicon: ActorLexicon, demonym: str | None
) -> tuple[Span, str] | None:
    """A service written after its state's possessive that the officials list knows by the state's name or demonym
    and the service ("Japan's coast guard" -> Japan Coast Guard, "Sudan's army" -> Sudanese Armed Forces); None
    for a service the list does not know ("Kenya's army" stays Kenya)."""
    doc = span.doc
    if entry.kind != "country" or entry.role != "name" or span.end + 1 >= len(doc):
        return None
    if doc[span.end].text not in POSSESSIVE:
        return None
    end = service_after(doc, span.end + 1, lexicon)
    if end is None:
        return None
    body = doc[span.end + 1 : end]
    forms = [f"{owner} {body.text}" for owner in (entry.name, demonym) if owner]
    names = [service_name(form) for form in forms if known_service(form)]
    return (body, names[0]) if names else None


def known_service(written: str) -> bool:
    """True when the officials list knows ``written`` as an armed service, in any case ("Japan Coast Guard",
    "Japan coast guard")."""
    institution = institution_of(written)
    return institution is not None and institution.kind == "armed_service"


def service_name(written: str) -> str:
    """A service named after its state takes the canonical name the officials list gives that form ("Sudanese
    army" -> Sudanese Armed Forces, "Chinese Air Force" -> People's Liberation Army Air Force, "Qatari air force"
    -> Qatar Emiri Air Force), as an analyst names it; a form the list does not know stays as written."""
    institution = institution_of(written)
    return institution.name if institution is not None and institution.kind == "armed_service" else written


def heads_institution(service: Span, lexicon: ActorLexicon) -> bool:
    """A lower-case service that names its institution: one of ``institution_services``, not modifying a noun
    after it ("army spokesman", "navy vessels")."""
    last = service[-1]
    if service.text.lower() not in lexicon.institution_services or not has_parse(service.doc):
        return False
    return not (last.dep_ in ("compound", "amod", "nmod") and last.head.i > last.i)


def foreign_bodies(
    doc: Doc, spans: Sequence[tuple[Span, str]], knowledge: ActorKnowledge
) -> dict[int, tuple[str, str]]:
    """Generic body names owned by another state -> {start token of the body: (its name, the owning state)}.

    The owner is a country name or capital + possessive, or a demonym right before the body's name. After a
    possessive the body is named as written, the owner left out ("Russia's Security Council", "Seoul's National
    Security Council" -> "Security Council", "National Security Council"), as after a demonym ("the Israeli
    National Security Council" -> "Israeli National Security Council"); the owner becomes its affiliation.
    """
    entries, demonyms = knowledge.gazetteer, knowledge.demonyms
    by_end = {span.end: (span, alias) for span, alias in spans}
    owned: dict[int, tuple[str, str]] = {}
    for span, alias in spans:
        entry = entries.get(alias)
        if entry is None or not entry.generic or span.start == 0:
            continue
        owner = by_end.get(span.start)
        possessive = owner is None and doc[span.start - 1].text in POSSESSIVE
        if possessive:
            owner = by_end.get(span.start - 1)
        if owner is None:
            continue
        owner_entry = entries.get(owner[1])
        roles = ("name", "demonym", "capital") if possessive else ("name", "demonym")
        if owner_entry is None or owner_entry.kind != "country" or owner_entry.role not in roles:
            continue
        if owner_entry.name == entry.country or (not possessive and owner_entry.name not in demonyms):
            continue
        name = span.text if possessive else f"{demonyms[owner_entry.name]} {span.text}"
        owned[span.start] = (name, owner_entry.name)
    return owned


def acronym_mentions(doc: Sequence[Token], found: list[Found], blocked: Callable[[int, int], bool]) -> list[Found]:
    """Name an acronym glossed in parentheses after a body ("Inter-Services Public Relations (ISPR)")
    after that body, renaming found mentions of it and adding those the NER missed."""
    bodies = ("organization", "armed_group", "media")
    glossed: dict[str, Found] = {}
    by_end = {f.end: f for f in found if f.kind in bodies}
    opened = index_of(doc[0].doc).having(ORTH, "(") if doc else []  # the words after "(" only
    for token in (doc[i + 1] for i in opened if 1 <= i < len(doc) - 2):
        closing = doc[token.i + 1]
        if closing.text != ")" or not is_acronym(token.text):
            continue
        body = by_end.get(doc[token.i - 2].idx + len(doc[token.i - 2].text))
        if body is not None and body.name != token.text:
            glossed.setdefault(token.text, body)
    if not glossed:
        return []
    covered = {(f.start, f.end) for f in found}
    for item in found:
        body = glossed.get(item.text)
        if body is not None and item.kind in bodies and (not item.from_gazetteer or item.name == item.text):
            item.name, item.kind = body.name, body.kind
    extra: list[Found] = []
    for token in doc:
        body = glossed.get(token.text)
        end = token.idx + len(token.text)
        if body is None or (token.idx, end) in covered or blocked(token.idx, end):
            continue
        if any(f.start < end and token.idx < f.end for f in found):
            continue
        extra.append(Found(token.idx, end, token.text, body.name, body.kind))
    return extra


def owned_bodies(ctx: Context, found: list[Found], demonyms: Mapping[str, str]) -> None:
    """Give a generic body named after its state's possessive that state as its owner: "China's Foreign Ministry"
    is the Foreign Ministry (as written) of China, not one "Foreign Ministry" shared by every state. The state
    stays a mention of its own and becomes the body's affiliation."""
    doc, lexicon = ctx.doc, ctx.lexicon
    words = set(lexicon.generic_body_words) | set(lexicon.organization_heads)
    states = {f.end: f for f in found if f.kind == "country" and f.from_gazetteer}
    for item in found:
        if item.kind != "organization" or item.from_gazetteer or item.name.split()[0] in demonyms.values():
            continue
        if not all(word.lower() in words for word in item.name.split()):
            continue
        span = doc.char_span(item.start, item.end, alignment_mode="expand")
        if span is None or span.start < 2 or doc[span.start - 1].text not in POSSESSIVE:
            continue
        owner = states.get(doc[span.start - 2].idx + len(doc[span.start - 2].text))
        if owner is not None:
            item.owner = item.affiliation = owner.name


def body_tails(ctx: Context, found: list[Found]) -> set[tuple[int, int]]:
    """Run a body's name the NER cut short on through the state or place that completes it: a name ending in "of"
    ("the Ministry of Foreign Affairs of | the Republic of Korea") and an embassy's or mission's name before "in"
    and its place ("the U.S. Embassy | in Nairobi"). The state inside the name is no mention of its own; the place
    after "in" is: its bounds are returned."""
    text, kept = ctx.index.text, set()
    heads = tuple(ctx.lexicon.placed_body_heads)
    places = {f.start: f for f in found if f.kind in ("country", "location")}
    for item in found:
        if item.kind != "organization" or item.from_gazetteer:
            continue
        words = item.text.split()
        gap = _TAIL_OF.match(text, item.end) if words[-1] == "of" else None
        if gap is None and len(words) > 1 and " ".join(words[-2:]).lower().endswith(heads):
            gap = _TAIL_IN.match(text, item.end)
        place = places.get(gap.end()) if gap is not None else None
        if place is None or (words[-1] != "of" and place.kind == "country" and place.text != place.name):
            continue
        item.end, item.text = place.end, text[item.start : place.end]
        item.name = " ".join(item.text.split())
        if words[-1] != "of":
            kept.add((place.start, place.end))
    return kept


#: What joins a body's name ending in "of" to its state ("of | the Republic of Korea"), and an embassy to its place.
_TAIL_OF = re.compile(r" (?:the )?")
_TAIL_IN = re.compile(r" in (?:the )?")


def hyphen_prefixes(ctx: Context, entries: Mapping[str, GazetteerEntry]) -> list[Found]:
    """Known names that the tokenizer kept inside one word with a participle after a hyphen: "U.S.-based",
    "U.N.-recognized", "EU-funded" name the United States, the United Nations, the European Union."""
    found: list[Found] = []
    for match in _HYPHEN_PARTICIPLE.finditer(ctx.index.text):
        word = ctx.doc.char_span(match.start(), match.end())
        entry = entries.get(match.group(1))
        if word is None or len(word) != 1 or entry is None or entry.kind == "location":
            continue  # the tokenizer split it: the gazetteer matched the name already
        if entry.role in ("capital", "body") or ctx.blocked(match.start(), match.end(1)):
            continue
        found.append(Found(match.start(), match.end(1), match.group(1), entry.name, entry.kind, from_gazetteer=True))
    return found


#: A name, a hyphen and a participle in one word: "U.S.-based", "U.N.-recognized", "EU-funded", "state-run".
_HYPHEN_PARTICIPLE = re.compile(r"(?<![\w.-])([A-Z][\w.]*)-([a-z]+(?:ed|de|un))\b")


def service_names(found: Sequence[Found], entries: Mapping[str, GazetteerEntry]) -> None:
    """Name a state's institution written as its acronym by the canonical name the officials list gives it ("MSDF"
    -> "Japan Maritime Self-Defense Force", "DAPA" -> "Defense Acquisition Program Administration"), as an analyst
    spells an acronym out; a body written in words stays as written. An acronym several states' services share
    ("SAF") is named only when the text names one of those states."""
    states = named_states(found, entries)
    for item in found:
        if item.kind != "organization" or item.from_gazetteer or not is_acronym(item.text):
            continue
        institution = institution_of(item.name) or service_of_shared_acronym(item.text, states)
        if institution is not None:
            item.name = institution.name


def named_states(found: Sequence[Found], entries: Mapping[str, GazetteerEntry]) -> set[str]:
    """The states a text names, by name or demonym, or by a capital even as a place ("Khartoum")."""
    states = {item.name for item in found if item.kind == "country"}
    for item in found:
        entry = entries.get(item.text)
        if item.kind == "location" and entry is not None and entry.kind == "country" and entry.role == "capital":
            states.add(entry.name)
    return states


def is_acronym(text: str) -> bool:
    """An abbreviation of two to eight letters, upper case ("ISPR", "IRGC-QF") or upper case at both ends
    with a lower-case function word's initial inside ("PfP" for Partnership for Peace, "DoD", "MoD")."""
    letters = text.replace("-", "").replace(".", "")
    if not (2 <= len(letters) <= 8 and letters.isalnum()):
        return False
    mixed = len(letters) <= 5 and letters[0].isupper() and letters[-1].isupper()
    return letters.isupper() or (mixed and sum(c.islower() for c in letters) == 1)


#: One or more capitalised words, each followed by a space or a hyphen: the front of a longer name.
_CAPITALISED_WORDS = re.compile(r"^(?:[A-Z][\w\-]*[ -])+$")


def find_actors(doc: Doc, matcher: AliasMatcher, lexicon: ActorLexicon | None = None) -> list[Actor]:
    """Every actor in ``doc`` with all its mentions (see the module docstring for the rules)."""
    spans = gazetteer_spans(doc, matcher)
    ctx = make_context(doc, lexicon or actor_lexicon(), spans)
    found = gazetteer_mentions(ctx, spans, matcher.knowledge)
    found.extend(hyphen_prefixes(ctx, matcher.knowledge.gazetteer))
    people = people_mentions(ctx)
    found.extend(f for f in ctx.renamed if not ctx.blocked(f.start, f.end))
    found.extend(numbered_units(ctx))
    found.extend(entity_mentions(ctx, found))
    found.extend(unlabelled_places(ctx))
    found.extend(described_bodies(ctx))
    found.extend(untagged_bodies(ctx))
    found.extend(hyphenated_bodies(ctx))
    service_names(found, matcher.knowledge.gazetteer)
    found.extend(acronym_mentions(ctx.tokens, found, ctx.blocked))
    found.extend(title_bodies(ctx, people, found))
    owned_bodies(ctx, found, matcher.knowledge.demonyms)
    places = body_tails(ctx, found)
    descriptions = resolve_titles(doc, people, found)
    names = [person.item for person in people]
    found.extend(names)
    found.extend(surname_mentions(ctx, names, found))
    unnamed = officials(ctx, found)
    found.extend(unnamed)
    found.extend(elliptic_mentions(ctx, found))
    found.extend(system_makers(found))
    descriptions.extend((o.start, o.end) for o in unnamed)
    bodies = [
        (f.start, f.end)
        for f in found
        if f.kind in ("organization", "media", "location") and not f.from_gazetteer and not names_a_weapon(ctx, f)
    ]
    named = [(f.start, f.end) for f in found if f.kind in ("organization", "media", "armed_group")]
    zones = set(ctx.lexicon.time_zones)
    kept = (
        f
        for f in found
        if (f.start, f.end) in places
        or not nested_state(f, descriptions, bodies)
        and not nested_body(ctx, f, named)
        and not names_a_weapon(ctx, f)
        and not (f.text in zones and not f.from_gazetteer)  # "10:30 GMT", "7:25 a.m. KST"
    )
    return [to_actor(d) for d in merge(kept)]


def elliptic_mentions(ctx: Context, found: Sequence[Found]) -> list[Found]:
    """A half of a divided state written alone after "the" ("the North fired", "the North's"): that state, when the
    text names one of its cues (``elliptic_states``); never before another capitalised word ("the North Sea") or as a
    modifier ("the North African country"), nor inside another mention."""
    elliptic = ctx.lexicon.elliptic_states
    named = {f.name for f in found}
    found_spans = [(f.start, f.end) for f in found]
    doc, extra = ctx.doc, []
    for token in ctx.tokens_with(ORTH, *elliptic):  # only the words written as a half ("North"), not every token
        form = elliptic[token.text]
        if token.i == 0 or doc[token.i - 1].lower_ != "the" or named.isdisjoint(form.cues):
            continue
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and (following.is_title or following.text == "-"):
            continue
        end = token.idx + len(token.text)
        if token.dep_ in ("amod", "compound") or any(s < end and token.idx < e for s, e in found_spans):
            continue
        extra.append(Found(token.idx, end, token.text, form.state, "country", from_gazetteer=True))
    return extra


def nested_body(ctx: Context, item: Found, named: Sequence[tuple[int, int]]) -> bool:
    """An organisation ending a longer body's name after capitalised words only is no mention of its own
    ("Australian Navy" in "Royal Australian Navy"; not "Nigerian Army" in "7 Division of the Nigerian Army")."""
    text = ctx.index.text
    return item.kind == "organization" and any(
        s < item.start and item.end == e and _CAPITALISED_WORDS.match(text[s : item.start]) is not None
        for s, e in named
    )


def names_a_weapon(ctx: Context, item: Found) -> bool:
    """A name the NER took for a body or place that is a weapon system's name ("some Boxers", "Tomahawks
    were used") or a ship's, its hull number after it ("Dinh Tien Hoang (HQ-011)"). People keep their
    names ("Iskander said"), except a plural of a system's name."""
    if item.from_gazetteer:
        return False
    if weapon_name(item.text, item.kind) or weapon_name(without_demonym(item.text), item.kind):
        return True  # "Tomahawks", "German Marders": a system's name, after its maker's demonym
    text = ctx.index.text
    opening = item.end + len(text[item.end :]) - len(text[item.end :].lstrip())
    if not text.startswith("(", opening):
        return False
    return any(w.start == opening + 1 and text.startswith(")", w.end) for w in ctx.weapons)


def system_makers(found: Sequence[Found]) -> list[Found]:
    """The state of a demonym the NER swallowed into a system's name ("German" of "German Marders"), which
    :func:`names_a_weapon` drops as a body: a demonym before a weapon is its state."""
    makers = []
    for item in found:
        if item.from_gazetteer or weapon_name(item.text, item.kind) or not weapon_name(without_demonym(item.text), ""):
            continue
        written = item.text.partition(" ")[0]
        entry = gazetteer()[written]
        makers.append(Found(item.start, item.start + len(written), written, entry.name, "country", from_gazetteer=True))
    return makers


def weapon_name(text: str, kind: str) -> bool:
    """A system's name, or its plural; a person keeps a name that is a system's singular ("Iskander said")."""
    if not text:
        return False
    plural = text.endswith("s") and designation_key(text[:-1]) in name_keys()
    return plural or (kind != "person" and designation_key(text) in name_keys())


def without_demonym(text: str) -> str:
    """``text`` without a leading demonym word ("Marders" of "German Marders"); empty when none leads it."""
    first, _, rest = text.partition(" ")
    entry = gazetteer().get(first)
    return rest if rest and entry is not None and entry.role == "demonym" else ""


def nested_state(item: Found, descriptions: Sequence[tuple[int, int]], bodies: Sequence[tuple[int, int]]) -> bool:
    """A state named inside a title, an official's description ("Iranian official"), a body's or a place's name
    ("Permanent Mission of the Islamic Republic of Iran", "Praia" in "Mocímboa da Praia") is not a mention of the
    state; nor is a place inside a body's or a longer place's name ("Kyiv" in "the Kyiv Post")."""

    def inside(spans: Iterable[tuple[int, int]]) -> bool:
        return any(s <= item.start and item.end <= e and (s, e) != (item.start, item.end) for s, e in spans)

    if item.kind == "country":
        return inside(descriptions) or inside(bodies)
    return item.kind == "location" and inside(bodies)


class ActorResolver(UserEntries):
    """Find actors and merge their mentions under one canonical name (see the module docstring).

    It knows the packaged gazetteers plus the user's own actors, added with :meth:`add_entries` or the
    ``extra_entries`` setting (JSONL files of rows in the packaged schemas with a ``kind``), and saved
    with the pipeline.
    """

    def __init__(self, nlp: Language, name: str, *, extra_entries: Iterable[str | Path] = ()) -> None:
        self.nlp = nlp
        self.name = name
        self.lexicon = actor_lexicon()
        self.knowledge: ActorKnowledge = packaged_actors()
        for path in extra_entries:
            self.knowledge = self.knowledge.with_entries(actor_entries(jsonl_rows(path)))
        self.matcher = build_matcher(nlp, self.knowledge)

    def __call__(self, doc: Doc) -> Doc:
        set_records(doc, "arms_actors", find_actors(doc, self.matcher, self.lexicon))
        return doc

    @property
    def entries(self) -> list[dict[str, Any]]:
        """The user's entries (not the packaged ones) as rows with their ``kind``."""
        return [actor_row(record) for record in self.knowledge.added]

    def add_entries(self, entries: Iterable[dict[str, Any] | ActorRecord]) -> None:
        """Add actors and rebuild the matchers.

        Each row is in the schema of the packaged file of its kind, with a ``kind`` of "country",
        "organization", "armed_group", "media" or "location" (a region). A bad row raises
        :class:`~arms_nlp.kb.DataFileError` naming it and the field, and nothing is added.
        """
        self._use(self.knowledge.with_entries(actor_entries(given_rows(entries))))

    def _use(self, knowledge: ActorKnowledge) -> None:
        """Switch to ``knowledge`` and rebuild the alias matchers over it."""
        self.matcher = build_matcher(self.nlp, knowledge)
        self.knowledge = knowledge

    def restore_entries(self, rows: list[Located]) -> None:
        """Replace the user's entries with saved rows: a loaded pipeline knows what the saved one knew."""
        self._use(packaged_actors().with_entries(actor_entries(rows)))
