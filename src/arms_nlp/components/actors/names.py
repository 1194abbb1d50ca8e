"""Which proper names are people, for arms_actors: NER repairs over the parse and the title lexicon.

The small NER model mislabels names in predictable ways, repaired here by general cues:

- a PERSON entity may swallow a title or a demonym ("Azerbaijani President"): leading title words
  and demonyms are cut, and an entity left with nothing is no person;
- a name right after a title word is a person whatever the NER says ("Chancellor Olaf Scholz"
  tagged ORG, "Defense Minister Rustem Umerov" untagged);
- a PERSON entity with no person cue that is coordinated with a place or governed by a locative
  preposition is a place ("targets in Kharkiv and Zaporizhzhia", "near Rafah and Khan Younis");
- a PERSON entity in apposition to an organisation or outlet noun is that kind of body
  ("Baykar, the drones' manufacturer").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy
from spacy.attrs import LOWER, POS
from spacy.tokens import Doc, Span, Token

from ...docindex import index_of
from ...kb.actors import ActorLexicon, GazetteerEntry
from ...kb.closed_class import closed_class
from ...kb.officials import terms_of
from ...records import ActorKind
from ...syntax import caseless

_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_CUE_DEPS = {"nsubj", "nsubjpass", "poss", "agent"}


@dataclass(frozen=True)
class NameSpan:
    """Token bounds of a proper name and what it names (person, or the kind it was repaired to)."""

    start: int
    end: int
    kind: ActorKind


def capitalised(token: Token) -> bool:
    """A capitalised word, not all capitals: "Scholz", "AeroVironment", "McCaul" (not "ISPR", "the")."""
    return capitalised_form(token.text)


def capitalised_form(text: str) -> bool:
    """:func:`capitalised` of a word's text."""
    return text[:1].isupper() and not text.isupper()


def is_title_word(token: Token, lexicon: ActorLexicon) -> bool:
    """A word that may stand before a name as (part of) a title ("Gen.", "Minister", "spokesman")."""
    return is_title_form(token.lower_, lexicon)


def is_title_form(lower: str, lexicon: ActorLexicon) -> bool:
    """:func:`is_title_word` of a lowercase form."""
    word = lower.rstrip(".")
    return bool(word) and word in lexicon.person_titles


def is_demonym(token: Token, entries: Mapping[str, GazetteerEntry]) -> bool:
    """A demonym of a state ("Azerbaijani"), as the gazetteer knows it."""
    entry = entries.get(token.text)
    return entry is not None and entry.role == "demonym"


def trimmed_person(ent: Span, lexicon: ActorLexicon, entries: Mapping[str, GazetteerEntry]) -> tuple[int, int] | None:
    """A PERSON entity's name tokens: leading titles, demonyms and determiners cut, a missed last name added."""
    doc = ent.doc
    start, end = ent.start, ent.end
    owned = [t.i for t in ent[:-1] if t.tag_ == "POS"]  # a closing "'s" is the person's own ("Tom Clancy's")
    if owned and owned[0] == ent.start:
        return None  # the entity opens on another name's "'s": the owned thing ("Prime Minister's Questions")
    start = owned[-1] + 1 if owned else start  # "Lockheed Martin's John Doe": the person follows the owner
    while start < end and (
        is_title_word(doc[start], lexicon)
        or (start + 1 < end and doc[start].lower_ in lexicon.rank_prefixes and is_title_word(doc[start + 1], lexicon))
        or is_demonym(doc[start], entries)
        or doc[start].is_punct
        or doc[start].lower_ in closed_class().articles
    ):
        start += 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and capitalised(doc[end]) and not doc[end].ent_type_:
        if is_title_word(doc[end], lexicon) or caseless(doc[end]):
            break
        end += 1
    if start >= end or not any(t.is_alpha and len(t.text) > 1 for t in doc[start:end]):
        return None
    before_title = end < len(doc) and is_title_word(doc[end], lexicon)
    if before_title and all(t.lower_ in lexicon.portfolio_words for t in doc[start:end]):
        return None  # "Kenyan Defence | Cabinet Secretary ...": a portfolio before a title, no name
    return start, end


def known_front(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts when the word before the NER's name completes a known office-holder's name:
    the model cuts "Min" of "Min Aung Hlaing" at the start of a sentence, taking it for an abbreviation."""
    if start > 0 and capitalised(doc[start - 1]) and terms_of(doc[start - 1 : end].text):
        return start - 1
    return start


def given_name_start(
    doc: Doc, start: int, lexicon: ActorLexicon, entries: Mapping[str, GazetteerEntry], aliases: set[int]
) -> int:
    """First token of a person's name whose first given name the model left out ("President Mahamat | Idriss
    Deby"): untagged capitalised proper nouns compounded to the name, stopping at a title, demonym or known name."""
    while start > 0:
        token = doc[start - 1]
        if token.ent_type_ or token.pos_ != "PROPN" or token.dep_ != "compound" or not capitalised(token):
            break
        if token.i in aliases or is_title_word(token, lexicon) or is_demonym(token, entries) or not token.is_alpha:
            break
        if caseless(token):
            break  # a headline's capitals: "Minister Visits Troops" names nobody
        if token.is_sent_start:
            break  # a capitalised common noun opening the sentence: "Analyst Fabian Hinz"
        start -= 1
    return start


def ranked_name(
    ent: Span, lexicon: ActorLexicon, entries: Mapping[str, GazetteerEntry], aliases: set[int]
) -> tuple[int, int] | None:
    """The name in an ORG entity that is a rank and a name ("Air Marshal Sadique Abubakar"): two to four
    capitalised proper nouns after the rank, the last no organisation's head word, none a known actor."""
    bounds = trimmed_person(ent, lexicon, entries)
    if bounds is None or bounds[0] == ent.start or bounds[1] != ent.end or not 2 <= bounds[1] - bounds[0] <= 4:
        return None
    doc = ent.doc
    rank = [t.lower_.rstrip(".") for t in doc[ent.start : bounds[0]]]
    if not set(rank) & set(lexicon.military_ranks):
        return None
    words = doc[bounds[0] : bounds[1]]
    if any(not (t.is_alpha and capitalised(t) and t.pos_ == "PROPN") or t.i in aliases for t in words):
        return None
    return None if words[-1].lower_ in lexicon.organization_heads else bounds


def portfolio_end(tokens: Sequence[Token], index: int, lexicon: ActorLexicon) -> int:
    """Past "of" and a capitalised portfolio after a title ("Minister| of Culture and Information| Khalid
    Al-Aysir"), where the name starts; ``index`` itself when no portfolio follows."""
    if index >= len(tokens) or tokens[index].lower_ != "of":
        return index
    words = set(lexicon.portfolio_words)
    end = last = index + 1
    while end < len(tokens) and (
        (capitalised(tokens[end]) and tokens[end].lower_ in words) or (tokens[end].lower_ == "and" and end == last)
    ):
        end += 1
        if tokens[end - 1].lower_ != "and":
            last = end
    return last if last > index + 1 else index


def inner_hyphen(tokens: Sequence[Token], index: int) -> bool:
    """A hyphen joining two capitalised words without spaces ("Al-Aysir"), part of one name."""
    if not 0 < index < len(tokens) - 1 or tokens[index].text not in ("-", "‐"):
        return False
    return not tokens[index - 1].whitespace_ and not tokens[index].whitespace_ and capitalised(tokens[index + 1])


def entity_starts_after(token: Token, limit: int) -> bool:
    """True when the entity ``token`` lies inside starts after token index ``limit``."""
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    return start > limit


def title_led_names(
    tokens: Sequence[Token], lexicon: ActorLexicon, taken: set[int], aliases: set[int]
) -> list[tuple[int, int]]:
    """Two to four capitalised name words right after a title word that the NER missed or called ORG."""
    names: list[tuple[int, int]] = []
    doc = tokens[0].doc if tokens else None
    parsed = doc is not None and doc.has_annotation("TAG")
    heads = set(lexicon.organization_heads)
    for token in _title_words(tokens, lexicon):
        if token.ent_type_ in ("ORG", "PERSON") or caseless(token):
            continue  # an entity already, or a headline's capitals ("Minister Visits Troops" names nobody)
        first = end = portfolio_end(tokens, token.i + 1, lexicon)
        while end < len(tokens) and end - first < 5:
            word = tokens[end]
            if end > first and inner_hyphen(tokens, end):
                end += 1
                continue
            if not (capitalised(word) and word.is_alpha) or (parsed and word.pos_ != "PROPN"):
                break
            if word.i in taken or word.i in aliases or is_title_word(word, lexicon):
                break
            if word.ent_type_ not in ("", "ORG", "PERSON") or (word.ent_iob_ == "B" and end > first):
                break
            end += 1
        if not 2 <= end - first <= 4 or tokens[end - 1].lower_ in heads:
            continue
        if (tokens[first].ent_iob_ == "I" and not entity_starts_after(tokens[first], token.i)) or (
            end < len(tokens) and tokens[end].ent_iob_ == "I"
        ):
            continue  # an entity that starts before the title or runs past the name
        names.append((first, end))
    return names


def _title_words(tokens: Sequence[Token], lexicon: ActorLexicon) -> list[Token]:
    """The title words among ``tokens``, read off the Doc's lowercase forms when they are the whole Doc."""
    if not tokens or len(tokens) != len(tokens[0].doc):
        return [t for t in tokens if is_title_word(t, lexicon)]
    titles = index_of(tokens[0].doc).where(
        LOWER, lambda lower: is_title_form(lower, lexicon), key=(is_title_form, tuple(lexicon.person_titles))
    )
    return [tokens[i] for i in numpy.flatnonzero(titles).tolist()]


def _proper_nouns(tokens: Sequence[Token]) -> Sequence[Token]:
    """The proper nouns among ``tokens`` when they are the whole Doc, picked off its attribute array; else all of
    ``tokens`` (the callers test the tag themselves)."""
    if not tokens or len(tokens) != len(tokens[0].doc):
        return tokens
    return [tokens[i] for i in index_of(tokens[0].doc).having(POS, "PROPN")]


def appositive_names(
    tokens: Sequence[Token], lexicon: ActorLexicon, taken: set[int], aliases: set[int]
) -> list[tuple[int, int]]:
    """Untagged two-to-four-word names in apposition to a title noun before them
    ("Ukraine's ambassador to London, Valerii Zaluzhnyi")."""
    if not tokens or not tokens[0].doc.has_annotation("DEP"):
        return []
    doc = tokens
    names: list[tuple[int, int]] = []
    nouns = set(lexicon.official_nouns) | set(lexicon.person_titles)
    for token in _proper_nouns(tokens):
        if token.dep_ != "appos" or token.pos_ != "PROPN" or not capitalised(token) or token.ent_type_:
            continue
        if caseless(token):
            continue  # a headline's capitals are no name
        head = token.head
        if head.i >= token.i or (head.lemma_.lower() not in nouns and head.lower_ not in nouns):
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
            start -= 1
        span = range(start, token.i + 1)
        if not 2 <= len(span) <= 4 or any(i in taken or i in aliases or doc[i].ent_type_ for i in span):
            continue
        if any(not capitalised(doc[i]) or is_title_word(doc[i], lexicon) for i in span):
            continue
        names.append((start, token.i + 1))
    return names


def conj_top(token: Token) -> Token:
    """The first conjunct of a coordination ("Kharkiv" for "Zaporizhzhia" in "Kharkiv and Zaporizhzhia")."""
    for _ in range(8):
        if token.dep_ != "conj" or token.head.i == token.i:
            break
        token = token.head
    return token


def repaired_kind(doc: Doc, start: int, end: int, lexicon: ActorLexicon, places: set[int]) -> ActorKind | None:
    """What a PERSON entity with no title names: a body when in apposition to one, a place in a locative
    slot, nothing when it names a weapon's maker; else a person."""
    last = doc[end - 1].lower_
    if end - start > 1 and last in lexicon.armed_group_heads:
        return "armed_group"  # a group the model took for a person: "Tigray People's Liberation Front"
    if end - start > 1 and last in lexicon.organization_heads:
        return "organization"
    if not doc.has_annotation("DEP") or terms_of(doc[start:end].text):
        return "person"  # a known office-holder is a person in any slot ("France, Haftar and his army")
    root = doc[start:end].root
    if start > 0 and (described := described_kind(doc[start - 1], root, lexicon)) != "person":
        return described
    for child in root.children:
        if child.dep_ == "appos" and child.i >= end:
            kind = body_kind(child, lexicon)
            if kind is not None:
                return kind
    if (
        root.dep_ in ("compound", "nmod")
        and root.head.pos_ == "NOUN"
        and root.head.lemma_.lower() in lexicon.not_actor_words
    ):
        return None  # a maker's name on a weapon: "an Antonov transport plane"
    if facility_end(doc, start, end, lexicon) > end:
        return "location"  # a place name the model took for a person: "the Kossei base", "Sevare military airport"
    if end - start == 1 and start > 0 and doc[start - 1].lower_ == "the":
        return None  # "the Riachuelo": a lone name after "the" names a thing (a ship, a system), not a person
    if end - start == 1 and root.dep_ == "nsubj" and root.head.lemma_.lower() in lexicon.outlet_verbs:
        return "media"  # "Gazeta reported": a one-word name that reports is an outlet
    if root.dep_ in _CUE_DEPS or any(c.dep_ == "appos" for c in root.children):
        return "person"
    top = conj_top(root)
    if top.i != root.i and (top.ent_type_ in _PLACE_LABELS or top.i in places):
        return "location"
    if top.dep_ == "pobj" and top.head.lower_ in lexicon.place_prepositions:
        return "location"
    if (
        top.dep_ == "pobj"
        and top.head.lower_ == "of"
        and top.head.head.lemma_.lower()
        in (
            *lexicon.place_nouns,
            *lexicon.facility_nouns,
        )
    ):
        return "location"  # "the port of Ras Isa", "the town of Kfar Kila"
    if end - start == 1 and top.dep_ == "pobj" and top.head.lower_ in ("from", "of"):
        return "location"  # a lone name: "withdrew from Avdiivka", "the outskirts of Pokrovsk"
    if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.lower_ == "out":
        return "location"  # "pushed them out of Mocímboa da Praia"
    if root.dep_ == "compound" and root.head.lemma_.lower() in lexicon.place_nouns:
        return "location"
    return "person"


def described_kind(noun: Token, root: Token, lexicon: ActorLexicon) -> ActorKind | None:
    """What a common noun right before a name says it is: a body after an organisation or outlet noun
    ("Australian firm Bisalloy Steels"), no actor after a vessel noun ("the cargo ship Lady R"); "person"
    when the noun says nothing."""
    if noun.pos_ != "NOUN" or (noun.head.i not in (root.i, root.head.i) and root.head.i != noun.i):
        return "person"
    if vessel_noun(noun, lexicon):
        return None
    return body_kind(noun, lexicon) or "person"


def vessel_noun(token: Token, lexicon: ActorLexicon) -> bool:
    """True for a common noun of a vessel or craft ("ship", "tankers"): a name right after it is the craft's."""
    return token.pos_ == "NOUN" and (
        token.lemma_.lower() in lexicon.vessel_nouns or token.lower_ in lexicon.vessel_nouns
    )


def facility_end(doc: Doc, start: int, end: int, lexicon: ActorLexicon) -> int:
    """End of the facility a name opens ("Kossei base", "Sevare military airport", "Simon's Town naval base"):
    after the facility noun the name modifies through adjectives and names only; ``end`` when it opens none.
    A possessive opens one only when the name runs on after it ("Simon's Town", not "Trump's base")."""
    root = doc[start:end].root
    head = root.head
    if head.i < end or head.i - end > 4 or head.pos_ != "NOUN" or head.lemma_.lower() not in lexicon.facility_nouns:
        return end
    between = doc[end : head.i]
    if root.dep_ == "poss":
        if len(between) < 2 or between[0].tag_ != "POS" or not between[1].text[:1].isupper():
            return end
        between = between[1:]
    elif root.dep_ not in ("compound", "amod", "nmod"):
        return end
    if all(t.pos_ in ("ADJ", "NOUN", "PROPN") and t.head.i == head.i for t in between):
        return head.i + 1
    return end


def body_kind(noun: Token, lexicon: ActorLexicon) -> ActorKind | None:
    """ "organization"/"media" when ``noun`` (with its compounds) is an organisation or outlet noun."""
    words = [c.lower_ for c in noun.lefts if c.dep_ == "compound"] + [noun.lemma_.lower()]
    phrase = " ".join(words)
    if phrase in lexicon.media_nouns or noun.lemma_.lower() in lexicon.media_nouns:
        return "media"
    if phrase in lexicon.organization_nouns or noun.lemma_.lower() in lexicon.organization_nouns:
        return "organization"
    return None


def quoted(span: Span) -> bool:
    """A name standing alone in quote marks is a scare-quoted name ("a new drone called “Yafa”")."""
    doc = span.doc
    marks = {'"', "“", "”", "'", "‘", "’", "«", "»"}
    if span.start == 0 or span.end >= len(doc) or doc[span.start - 1].text not in marks:
        return False
    after = doc[span.end]
    if after.text in (".", ",") and span.end + 1 < len(doc):
        after = doc[span.end + 1]
    return after.text in marks or span.root.dep_ == "oprd"


def _a_place(doc: Doc, bounds: tuple[int, int], places: set[int]) -> bool:
    """True when a PERSON entity is a known state or place with its possessive ("Burkina Faso’s"); with the tokens
    of every known name as ``places``, a known body ("al-Shabab’s")."""
    words = [i for i in range(*bounds) if doc[i].tag_ != "POS" and not doc[i].is_punct]
    return bool(words) and all(i in places for i in words)


def name_spans(
    tokens: Sequence[Token],
    lexicon: ActorLexicon,
    entries: Mapping[str, GazetteerEntry],
    aliases: set[int],
    places: set[int],
    ents: Sequence[Span] | None = None,
) -> list[NameSpan]:
    """Every proper name that is a person, or a mislabelled PERSON entity with its repaired kind.

    ``aliases`` are the tokens of gazetteer matches, ``places`` those of places and states; ``ents`` the
    Doc's entities when the caller has read them already. A name written several times keeps the person
    reading if any of its mentions has a person cue.
    """
    if not tokens:
        return []
    doc = tokens[0].doc
    spans: list[tuple[int, int]] = []
    for ent in doc.ents if ents is None else ents:
        if ent.label_ == "PERSON" and len(ent.text.strip()) > 1 and not quoted(ent):
            bounds = trimmed_person(ent, lexicon, entries)
            if bounds is not None:
                bounds = (given_name_start(doc, bounds[0], lexicon, entries, aliases), bounds[1])
                bounds = (known_front(doc, *bounds), bounds[1])
            if bounds is not None and not _a_place(doc, bounds, places) and not _a_place(doc, bounds, aliases):
                spans.append(bounds)
        elif ent.label_ == "ORG" and (bounds := ranked_name(ent, lexicon, entries, aliases)) is not None:
            spans.append(bounds)
    titled = {s for s, _ in spans if s > 0 and is_title_word(doc[s - 1], lexicon)}
    taken = {i for s, e in spans for i in range(s, e)}
    led = title_led_names(tokens, lexicon, taken, aliases)
    led.extend(appositive_names(tokens, lexicon, taken | {i for s, e in led for i in range(s, e)}, aliases))
    titled.update(s for s, _ in led)
    kinds: dict[tuple[int, int], ActorKind | None] = {}
    for start, end in spans:
        kinds[(start, end)] = "person" if start in titled else repaired_kind(doc, start, end, lexicon, places)
    text = index_of(doc).text

    def written(s: int, e: int) -> str:  # ``doc[s:e].text``, sliced off the Doc's text
        return text[tokens[s].idx : tokens[e - 1].idx + len(tokens[e - 1])]

    people = {written(s, e) for (s, e), kind in kinds.items() if kind == "person"}
    people.update(tokens[e - 1].text for (s, e), kind in kinds.items() if kind == "person" and e - s > 1)
    people.update(written(s, e) for s, e in led)
    people.update(tokens[e - 1].text for s, e in led)
    result = [
        NameSpan(s, facility_end(doc, s, e, lexicon) if kind == "location" else e, kind)
        if written(s, e) not in people
        else NameSpan(s, e, "person")
        for (s, e), kind in kinds.items()
        if kind is not None or written(s, e) in people
    ]
    result.extend(NameSpan(s, e, "person") for s, e in led)
    return sorted(result, key=lambda n: n.start)
