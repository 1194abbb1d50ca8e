"""arms_actors: one :class:`~arms_nlp.records.Actor` per real-world entity, with all its mentions.

Mentions come from three sources, in this order of trust:

1. the gazetteers (``kb.actors``): names and aliases of states, organisations, armed groups,
   media and regions. A country name is always the country, even as a place ("in Iraq"). A
   capital or seat of power ("Tehran", "the Kremlin") is the state when it acts (subject,
   object, a party: "the deal between Tehran and Moscow") and a separate ``location`` actor
   named after the city after a locative preposition ("a meeting in Moscow") or in a dateline.
   A demonym is the state only when it modifies a weapon or a state-like noun ("Iranian
   missiles", "the Russian military"), never a people ("the Ukrainian people", "Palestinians");
2. the statistical NER: people (title before the name or in an appositive; the first state or
   organisation in the title is the affiliation and is cut from the title: "Russian deputy
   foreign minister" -> Russia + "deputy foreign minister"), other organisations, places and
   facilities (kind ``location``), and later bare surnames joining their person;
3. the parse: unnamed officials, noun phrases headed by an official noun
   ("a senior State Department official"), named by the phrase minus its determiner; a later
   "the official" joins the latest official with that noun.

A state named inside a title or an official's description ("Iranian official", "US National
Security spokesman") gives the affiliation but is not a mention of the state, nor is one inside
an organisation's name ("the Iranian Mission"); an organisation named in a title or description
("State Department", "Palestinian Authority") is an actor of its own.
Weapons (``arms_weapons`` records) and page furniture are never actors. Without a parser the
component degrades to gazetteer matching with token-window rules; without NER it finds no people.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..extensions import set_records
from ..kb.actors import ActorLexicon, GazetteerEntry, actor_lexicon, gazetteer
from ..linking import overlaps
from ..records import Actor, ActorKind, Mention
from ._actor_base import (
    DETERMINERS,
    Context,
    Found,
    has_parse,
    is_headline_line,
    line_at,
    make_context,
    make_found,
)
from ._actor_people import officials, people_mentions, resolve_titles, surname_mentions

_NER_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC"}


@dataclass
class ActorDraft:
    """An actor being assembled: its identity and the mentions found so far."""

    name: str
    kind: ActorKind
    affiliation: str | None = None
    title: str | None = None
    mentions: list[Found] = field(default_factory=list)


@dataclass(frozen=True)
class AliasMatcher:
    """Phrase matchers over the gazetteer aliases: exact spelling, and case-folded for ALL-CAPS text."""

    exact: PhraseMatcher
    folded: PhraseMatcher
    by_lower: dict[str, str]


def build_matcher(nlp: Language, entries: Iterable[str]) -> AliasMatcher:
    """Matchers over every gazetteer alias ("SEOUL" in a dateline still finds "Seoul")."""
    aliases = sorted(set(entries))
    patterns = [nlp.make_doc(alias) for alias in aliases]
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    exact.add("ARMS_ACTOR", patterns)
    folded = PhraseMatcher(nlp.vocab, attr="LOWER")
    folded.add("ARMS_ACTOR", patterns)
    by_lower: dict[str, str] = {}
    for alias in aliases:
        by_lower.setdefault(alias.lower(), alias)
    return AliasMatcher(exact, folded, by_lower)


def gazetteer_spans(doc: Doc, matcher: AliasMatcher) -> list[tuple[Span, str]]:
    """Longest non-overlapping alias matches with the alias each one spells, left to right."""
    found = [(doc[start:end], doc[start:end].text) for _, start, end in matcher.exact(doc)]
    for _, start, end in matcher.folded(doc):
        span = doc[start:end]
        if span.text.isupper() and len(span.text) > 3 and span.text.lower() in matcher.by_lower:
            found.append((span, matcher.by_lower[span.text.lower()]))
    found.sort(key=lambda pair: (-(pair[0].end - pair[0].start), pair[0].start, pair[1] != pair[0].text))
    taken: set[int] = set()
    kept: list[tuple[Span, str]] = []
    for span, alias in found:
        if any(i in taken for i in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        kept.append((span, alias))
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
    nouns = set(lexicon.state_nouns) | set(lexicon.official_nouns) | set(lexicon.not_actor_words)
    token = span[-1]
    if has_parse(doc):
        candidates = modified_heads(token)
    else:
        candidates = [doc[token.i + 1]] if token.i + 1 < len(doc) else []
    for head in candidates:
        lemma = head.lemma_.lower() if head.lemma_ else head.lower_.rstrip("s")
        if lemma in nouns or head.lower_ in nouns or head.i in persons or in_weapon(head, weapons):
            return True
    return False


def capital_is_place(span: Span, lexicon: ActorLexicon) -> bool:
    """A capital or seat is a place (not its government) after a locative preposition or as a noun modifier."""
    doc = span.doc
    places = set(lexicon.location_prepositions)
    if span.text.isupper() and len(span.text) > 3:
        return True  # an ALL-CAPS capital is a dateline ("SEOUL, South Korea (AP) -")
    if not has_parse(doc):
        return span.start > 0 and doc[span.start - 1].lower_ in places
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ in places:
        return True
    if token.dep_ in ("compound", "nmod") and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head.lemma_.lower() not in lexicon.state_nouns and token.head.ent_type_ != "PERSON"
    return token.dep_ == "appos" and token.head.dep_ == "pobj" and token.head.head.lower_ in places


def gazetteer_found(
    span: Span, entry: GazetteerEntry, lexicon: ActorLexicon, weapons: Sequence[Mention], persons: set[int]
) -> Found | None:
    """The mention a gazetteer match makes, or None when it does not name an actor here."""
    if entry.role == "demonym" and not demonym_acts(span, lexicon, weapons, persons):
        return None
    if entry.role == "capital" and capital_is_place(span, lexicon):
        return Found(span.start_char, span.end_char, span.text, entry.alias, "location", from_gazetteer=True)
    return Found(span.start_char, span.end_char, span.text, entry.name, entry.kind, from_gazetteer=True)


def same_person(draft: ActorDraft, name: str) -> bool:
    """True when ``name`` is the draft's surname or the draft is the bare surname of ``name``."""
    mine, theirs = draft.name.split(), name.split()
    return mine[-1:] == theirs[-1:] and (len(mine) == 1 or len(theirs) == 1 or mine == theirs)


def merge(found: Iterable[Found]) -> list[ActorDraft]:
    """Group mentions into actors: same (name, kind); surnames join people; name prefixes join organisations."""
    drafts: list[ActorDraft] = []
    for item in sorted(found, key=lambda f: (f.start, -f.end)):
        target = next((d for d in drafts if d.kind == item.kind and d.name == item.name), None)
        if target is None and item.kind == "person":
            target = next((d for d in drafts if d.kind == "person" and same_person(d, item.name)), None)
            if target is not None and len(item.name.split()) > len(target.name.split()):
                target.name = item.name
        if target is None and item.kind == "organization" and not item.from_gazetteer:
            target = next(
                (d for d in drafts if d.kind == "organization" and d.name.startswith(item.name + " ")), None
            )
        if target is None:
            target = ActorDraft(item.name, item.kind)
            drafts.append(target)
        target.affiliation = target.affiliation or item.affiliation
        target.title = target.title or item.title
        if not any(m.start == item.start and m.end == item.end for m in target.mentions):
            target.mentions.append(item)
    return drafts


def to_actor(draft: ActorDraft) -> Actor:
    """The pydantic record of a draft: first mention as text/start/end, all mentions listed."""
    mentions = sorted(draft.mentions, key=lambda m: m.start)
    first = mentions[0]
    return Actor(
        text=first.text,
        start=first.start,
        end=first.end,
        name=draft.name,
        kind=draft.kind,
        affiliation=draft.affiliation if draft.affiliation != draft.name else None,
        title=draft.title,
        mentions=[Mention(text=m.text, start=m.start, end=m.end) for m in mentions],
    )


def gazetteer_mentions(ctx: Context, matcher: AliasMatcher) -> list[Found]:
    """Mentions of known states, organisations, armed groups and media."""
    entries = gazetteer()
    found: list[Found] = []
    for span, alias in gazetteer_spans(ctx.doc, matcher):
        inside_person = any(s <= span.start and span.end <= e and (e - s) > len(span) for s, e in ctx.person_bounds)
        if inside_person or ctx.blocked(span.start_char, span.end_char):
            continue
        entry = entries.get(alias)
        if entry is None:
            continue
        ctx.gazetteer_tokens.update(range(span.start, span.end))
        item = gazetteer_found(span, entry, ctx.lexicon, ctx.weapons, ctx.persons)
        if item is not None:
            found.append(item)
    return found


def entity_mentions(ctx: Context, found: Sequence[Found]) -> list[Found]:
    """Organisations and places the NER finds and the gazetteer does not know."""
    doc = ctx.doc
    result: list[Found] = []
    for ent in doc.ents:
        if ent.label_ not in _NER_LABELS or ent.label_ == "PERSON":
            continue
        words = [t for t in ent if t.lower_ not in DETERMINERS]
        indices = {t.i for t in words}
        if not words or indices & (ctx.title_tokens | ctx.persons) or indices <= ctx.gazetteer_tokens:
            continue
        if ent.label_ not in ("ORG", "FAC") and indices & ctx.gazetteer_tokens:
            continue
        if ctx.blocked(ent.start_char, ent.end_char) or "/" in ent.text or "\n" in ent.text:
            continue
        if any(ctx.not_actor(t) for t in words) or ctx.not_actor(ent.root.head) and ent.root.dep_ != "pobj":
            continue
        if is_headline_line(line_at(ctx.lines, ent.start_char)):
            continue
        if len(words) == 1 and (words[0].lower_ in ctx.common or words[0].is_stop or not words[0].is_alpha):
            continue
        if len(words) == 1 and ent.label_ != "ORG" and words[0].i > 0 and doc[words[0].i - 1].lower_ == "the":
            continue  # "the North": a capitalised common noun; known regions ("the Levant") are in the gazetteer
        if ent.label_ in ("GPE", "LOC"):
            adjectival = ent.root.dep_ == "amod" or ent.root.pos_ == "ADJ"
            item = None if adjectival else make_found(doc, ent.start, ent.end, None, "location")
        elif ent.label_ == "ORG":
            item = org_found(doc, ent, ctx.lexicon.body_nouns)
        else:  # FAC: a building or site, unless it repeats a known organisation's name
            text = " ".join(t.text for t in words)
            if any(f.kind == "organization" and f.name.startswith(text) for f in (*found, *result)):
                item = make_found(doc, ent.start, ent.end, None, "organization")
            else:
                item = make_found(doc, ent.start, facility_end(ent), None, "location")
        if item is not None:
            result.append(item)
    return result


def unlabelled_places(ctx: Context) -> list[Found]:
    """Proper nouns after a locative preposition that the NER left untagged ("at Monterey")."""
    doc = ctx.doc
    if not has_parse(doc):
        return []
    result: list[Found] = []
    taken = ctx.gazetteer_tokens | ctx.persons | ctx.title_tokens
    for token in doc:
        if token.pos_ != "PROPN" or token.dep_ != "pobj" or token.ent_type_ or not token.is_title:
            continue
        if token.head.lower_ not in ctx.lexicon.location_prepositions or token.i in taken:
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
            start -= 1
        span = doc[start : token.i + 1]
        if any(t.ent_type_ or t.i in taken or ctx.not_actor(t) for t in span) or span.text.lower() in ctx.common:
            continue
        if ctx.blocked(span.start_char, span.end_char) or is_headline_line(line_at(ctx.lines, span.start_char)):
            continue
        item = make_found(doc, span.start, span.end, None, "location")
        if item is not None:
            result.append(item)
    return result


def find_actors(doc: Doc, matcher: AliasMatcher, lexicon: ActorLexicon | None = None) -> list[Actor]:
    """Every actor in ``doc`` with all its mentions (see the module docstring for the rules)."""
    ctx = make_context(doc, lexicon or actor_lexicon())
    found = gazetteer_mentions(ctx, matcher)
    people = people_mentions(ctx)
    found.extend(entity_mentions(ctx, found))
    found.extend(unlabelled_places(ctx))
    descriptions = resolve_titles(doc, people, found)
    names = [person.item for person in people]
    found.extend(names)
    found.extend(surname_mentions(ctx, names, found))
    unnamed = officials(ctx, found)
    found.extend(unnamed)
    descriptions.extend((o.start, o.end) for o in unnamed)
    descriptions.extend((f.start, f.end) for f in found if f.kind == "organization" and not f.from_gazetteer)
    return [to_actor(d) for d in merge(f for f in found if not nested_state(f, descriptions))]


def nested_state(item: Found, descriptions: Sequence[tuple[int, int]]) -> bool:
    """A state named inside a title, an official's description ("Iranian official") or an organisation's
    name ("Permanent Mission of the Islamic Republic of Iran") is not a mention of the state."""
    return item.kind == "country" and any(
        s <= item.start and item.end <= e and (s, e) != (item.start, item.end) for s, e in descriptions
    )


def facility_end(ent: Span) -> int:
    """End token of a facility name, extended to the common noun it modifies ("Imam Khomeini grand mosque")."""
    start = ent.start
    while start < ent.end - 1 and ent.doc[start].lower_ in DETERMINERS:
        start += 1
    root = ent.doc[start : ent.end].root
    head = root.head
    if root.dep_ not in ("compound", "nmod", "amod") or head.i < ent.end or head.pos_ != "NOUN":
        return ent.end
    if all(t.head.i == head.i and t.pos_ in ("ADJ", "NOUN") for t in ent.doc[ent.end : head.i]):
        return head.i + 1
    return ent.end


def org_found(doc: Doc, ent: Span, body_nouns: Sequence[str]) -> Found | None:
    """An organisation from an ORG entity; "the X Mission" + "to the United Nations" is one body."""
    end = ent.end
    if ent.root.lemma_.lower() in body_nouns and end + 1 < len(doc):
        if doc[end].lower_ == "to" and doc[end + 1].ent_type_ in ("ORG", "GPE"):
            nxt = end + 1
            while nxt < len(doc) and doc[nxt].ent_type_ and (nxt == end + 1 or doc[nxt].ent_iob_ == "I"):
                nxt += 1
            end = nxt
    return make_found(doc, ent.start, end, None, "organization")


class ActorResolver:
    """Find actors and merge their mentions under one canonical name (see the module docstring)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.matcher = build_matcher(nlp, gazetteer().keys())
        self.lexicon = actor_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        set_records(doc, "arms_actors", find_actors(doc, self.matcher, self.lexicon))
        return doc
