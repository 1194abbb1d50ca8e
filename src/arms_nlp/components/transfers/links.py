"""Records at tokens for the arms_transfers component: which actor, weapon, quantity or date a token names.

Maps the tokens that ``roles`` finds to the records of the upstream components
(``arms_actors``, ``arms_weapons``, ``arms_quantities``, ``arms_dates``, ``arms_quotes``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ...docindex import ActorIndex, index_of, overlaps, records_in
from ...kb.actors import actor_lexicon, country_of_body, demonym_of, gazetteer
from ...kb.closed_class import closed_class
from ...kb.officials import country_of_office_holder, institution_country, office_of_title
from ...kb.state_descriptions import state_descriptions
from ...kb.transfers import TransferLexicon
from ...kb.weapons import categories_compatible
from ...normalize.acronyms import spelled_from
from ...records import Actor, DateRef, Quantity, Quote, Weapon
from ...syntax import ANY_SUBJECTS, lemma, noun_lemma, prep_parties, preps, with_conjuncts

#: Actor kinds that can give or receive weapons.
PARTY_KINDS = frozenset({"country", "organization", "armed_group"})
#: Actor kinds a personal pronoun ("he", "her") can stand for.
_PERSON_KINDS = frozenset({"person", "official"})
#: Dependents that start another thing than the object phrase they hang from.
_OUTSIDE_PHRASE = frozenset({"conj", "cc", "relcl", "acl", "advcl", "appos", "prep"})
_INSIDE_PREPS = frozenset({"of"})


@dataclass
class Context:
    """Upstream records of one Doc, read once."""

    doc: Doc
    lex: TransferLexicon
    weapons: list[Weapon]
    actors: list[Actor]
    quantities: list[Quantity]
    dates: list[DateRef]
    quotes: list[Quote]
    text: str = ""
    #: The actors by mention and by canonical name.
    actor_index: ActorIndex = field(init=False)
    #: Abbreviations the text defines ("Ethiopian Air Force (EAF)"): abbreviation -> the full name.
    abbreviations: dict[str, str] = field(init=False)
    #: Per segment (start, end): whether it is worth reading and its copy to re-parse, decided once per Doc.
    plans: dict[tuple[int, int], tuple[bool, str | None]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.text = index_of(self.doc).text
        self.actor_index = ActorIndex(self.actors)
        self.abbreviations = defined_abbreviations(self.text)


@lru_cache(maxsize=1)
def _definition() -> re.Pattern[str]:
    """ "Full Name Of A Body (FNAB)": capitalised words (and small joining words) before an upper-case parenthesis."""
    joining = "|".join(sorted(map(re.escape, closed_class().acronym_skips)))
    return re.compile(rf"((?:[A-Z][\w'’.-]*\s+(?:(?:{joining})\s+)*){{1,8}})\(([A-Z][A-Za-z]{{1,7}})\)")


_BRACKETED = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
_RUN_MARKS = frozenset("_'’.-")


def _definitions(text: str) -> Iterator[re.Match[str]]:
    """The matches of :func:`_definition` in ``text``, as ``finditer`` gives them, each searched for only in
    the run of word, mark and space characters before a bracketed abbreviation: a name cannot run over any
    other character, and scanning every capital of a long text for names costs about a millisecond."""
    pattern = _definition()
    for bracket in _BRACKETED.finditer(text):
        begin = bracket.start()
        while begin and (text[begin - 1].isalnum() or text[begin - 1] in _RUN_MARKS or text[begin - 1].isspace()):
            begin -= 1
        match = pattern.search(text, begin, bracket.end())
        if match is not None:
            yield match


def defined_abbreviations(text: str) -> dict[str, str]:
    """Abbreviations a text defines by writing them in brackets after the full name, when the initials of the
    name's capitalised words spell the abbreviation's capitals ("the Ethiopian Air Force (EAF)", "Ministry of
    Defence (MoD)")."""
    found: dict[str, str] = {}
    skip = closed_class().acronym_skips
    for match in _definitions(text):
        words, short = match.group(1).split(), match.group(2)
        begin = spelled_from(short, words, skip)
        if begin is not None:
            found.setdefault(short, " ".join(words[begin:]))
    return found


def _span_chars(tokens: Sequence[Token]) -> tuple[int, int]:
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def _actor_record(tok: Token, ctx: Context) -> Actor | None:
    """The actor a token belongs to, resolving pronouns and definite nouns ("the group") to an earlier actor."""
    if tok.lower_ in ctx.lex.first_person:
        # "We will never send missiles", said the Iranian minister: the speaker of the quote around it.
        quote = next((q for q in ctx.quotes if q.kind != "indirect" and q.start <= tok.idx < q.end and q.speaker), None)
        return None if quote is None else ctx.actor_index.named(quote.speaker or "")
    if tok.lower_ in ctx.lex.pronouns:
        reporter = _reporting_subject(tok)
        found = _actor_record(reporter, ctx) if reporter is not None else None
        if found is not None:
            return found  # "The government said it would acquire ...": the government
        kinds = _PERSON_KINDS if tok.lower_ in ctx.lex.personal_pronouns else PARTY_KINDS
        return _antecedent(tok, kinds, ctx)
    if described_states(tok) is not None:
        return described_state(tok, ctx)  # "the Gulf kingdom": the one Gulf state named before it, else no one
    kind = _kind_state(tok, ctx)
    if kind is not None:
        return kind  # "the kingdom" after Jordan and Egypt: Jordan; else its antecedent, as before
    found = ctx.actor_index.at(tok.idx, tok.idx + len(tok))
    if found is not None and _bare_institution(found, tok, ctx):
        found = None  # "The Government announced it had purchased ...": a body of no state, read as "the government"
    if found is None:
        compounds = [c for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i]
        if compounds:
            found = ctx.actor_index.at(*_span_chars([*compounds, tok]))
        if found is not None and found.kind == "organization" and _member_of_body(tok, compounds, ctx.lex):
            found = None  # "the second NATO member state to pledge jets": one of its members, not the alliance
    if found is None:
        found = _owners_state(tok, ctx)
    if found is None and tok.lemma_.lower() in ctx.lex.anaphoric_nouns and _definite(tok):
        # "the group had received missiles from Iran": the nearest earlier actor of a kind the noun can name.
        antecedent = _antecedent(tok, ctx.lex.anaphoric_nouns[tok.lemma_.lower()], ctx)
        if antecedent is not None:
            return antecedent
    if found is None and tok.lemma_.lower() in ctx.lex.party_nouns:
        # "Sudan's army", "the Russian military": the institution acts for its state.
        for child in tok.children:
            if child.dep_ in ("poss", "amod", "compound") and child.i < tok.i:
                if child.lower_ in ctx.lex.first_person:
                    return _actor_record(child, ctx)  # "Our country", inside a minister's quote
                owner = _country_at(child, ctx)
                if owner is not None:
                    return owner
    return found


def _member_of_body(tok: Token, compounds: list[Token], lex: TransferLexicon) -> bool:
    """True for a noun naming a member of the body in its compounds ("a NATO member state", "EU members")."""
    return any(lemma(t) in lex.member_nouns for t in [tok, *compounds])


def _bare_institution(actor: Actor, tok: Token, ctx: Context) -> bool:
    """True for an organisation recorded under a bare anaphoric noun capitalised ("The Government", "the
    Administration") with no state of its own: it refers back like its lower-case form, not to itself."""
    if actor.kind != "organization" or actor.affiliation or actor.name.lower() != tok.lower_:
        return False
    return tok.lemma_.lower() in ctx.lex.anaphoric_nouns and _definite(tok)


def _antecedent(tok: Token, kinds: Collection[str], ctx: Context) -> Actor | None:
    """The nearest earlier actor of ``kinds`` (within 400 characters), a subject first: "Colombia will buy
    jets from Sweden. The government said ...": Colombia."""
    earlier = sorted(
        (
            (m.start, m.end, a)
            for a in ctx.actors
            if a.kind in kinds and a.name not in _clause_others(tok, ctx)
            for m in a.mentions
            if m.end <= tok.idx and tok.idx - m.start < 400
        ),
        key=lambda item: item[0],
    )
    subjects = [item for item in earlier if _is_subject(ctx.doc, item[0], item[1])]
    return (subjects or earlier)[-1][2] if earlier else None


def _clause_others(tok: Token, ctx: Context) -> set[str]:
    """The actors a subject's own clause names after it ("the government severed ties with the UAE, accusing
    it ..."): a state does not act on itself, so none of them is what the subject refers back to."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i == tok.i:
        return set()
    own = _span_chars(list(tok.subtree))
    clause = _span_chars(list(tok.head.subtree))
    return {
        a.name
        for a in ctx.actors
        for m in a.mentions
        if overlaps(m.start, m.end, *clause) and m.start >= own[1]  # "As Vučić explained, he ...": his own clause
    }


def described_states(tok: Token) -> frozenset[str] | None:
    """The states a definite description with a region or kind word fits ("the Gulf kingdom": the Gulf's
    kingdoms, "the Southeast Asian nation", "the island nation", "the kingdom"); None for any other noun."""
    table = state_descriptions()
    if tok.lemma_.lower() not in table.nouns or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    modifiers = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
    start = min((t.i for m in modifiers for t in m.subtree), default=tok.i)
    words = tok.doc[start : tok.i].text
    region = table.region_of(words) if modifiers else None
    kind = table.kind_of(f"{words} {tok.lower_}") if modifiers else None
    if region is None and tok.lower_ in table.kinds:
        return None  # "the oil-rich kingdom": a kind head noun alone is read as before, by its antecedent
    if region is None or kind is None:
        return region or kind
    return (region & kind) or region  # a loose kind ("the Gulf kingdom" of the emirates) leaves the region


def described_state(tok: Token, ctx: Context) -> Actor | None:
    """The state a description stands for: the one state fitting it (by region or kind) the article named
    before it (as a country or as an official's state). When the article named several such states before,
    or none, the description names no one; a plural ("the Gulf states") is never one state."""
    states = described_states(tok)
    if states is None or tok.tag_ in ("NNS", "NNPS"):
        return None
    return _only_state_named_before(states, tok, ctx)


def _kind_state(tok: Token, ctx: Context) -> Actor | None:
    """The one state of its kind the article named, before it, that a bare kind noun stands for ("the
    kingdom" after Jordan and Egypt): a state named only after it, or several, leave it to its antecedent."""
    kinds = state_descriptions().kinds.get(tok.lower_)
    if kinds is None or tok.tag_ in ("NNS", "NNPS") or not any(c.lower_ == "the" for c in tok.children):
        return None
    return _only_state_named_before(kinds, tok, ctx)


def _only_state_named_before(states: Collection[str], tok: Token, ctx: Context) -> Actor | None:
    """The article's one actor whose state is among ``states``, when it was named before ``tok``; None when
    the article names several such states, or none, or names the one only after ``tok``."""
    fitting = {state: a for a in ctx.actors if (state := _state_of(a)) in states}
    if len(fitting) != 1:
        return None
    actor = next(iter(fitting.values()))
    return actor if any(m.end <= tok.idx for m in actor.mentions) else None


def _state_of(actor: Actor) -> str | None:
    """The state an actor names or serves ("Israeli Defense Minister Ehud Barak": Israel)."""
    if actor.kind == "country":
        return actor.name
    return affiliation_of(actor) if actor.kind in ("official", "person") else None


def _owners_state(tok: Token, ctx: Context) -> Actor | None:
    """ "His country would authorize the sale", said of a defence minister: a state noun owned by a personal
    pronoun stands for the person or official it refers to, who acts for the state they serve (None when the
    article gives them no state)."""
    if "country" not in ctx.lex.anaphoric_nouns.get(tok.lemma_.lower(), ()):
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ctx.lex.personal_pronouns), None)
    actor = _actor_record(owner, ctx) if owner is not None else None
    return actor if actor is not None and affiliation_of(actor, ctx) else None


def _is_subject(doc: Doc, start: int, end: int) -> bool:
    """True for a subject, or the owner of one ("Peru's air force is weighing offers ... as it seeks")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in ANY_SUBJECTS or (root.dep_ == "poss" and root.head.dep_ in ANY_SUBJECTS)


def _reporting_subject(pronoun: Token) -> Token | None:
    """The subject of the verb reporting the clause a subject pronoun opens ("Iran said it would send"),
    when it is a noun: the pronoun's antecedent."""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return None
    subject = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


def _definite(tok: Token) -> bool:
    """True for a noun under "the"/"this" and nothing else naming it: "the group", not "the Wagner group"."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) and not any(
        c.dep_ in ("compound", "amod", "poss") and c.is_title for c in tok.children
    )


def _entity_name(tok: Token) -> str | None:
    """Fallback when no actors component ran: the GPE/NORP/ORG entity text, minus a leading "the"."""
    if tok.ent_type_ not in ("GPE", "NORP", "ORG"):
        return None
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
            return ent.doc[words[0].i : ent.end].text if words else None
    return None


def party_name(tok: Token, ctx: Context) -> str | None:
    """Canonical name of the party a role token names, if it is a state or an organisation."""
    actor = _actor_record(tok, ctx)
    group = _described_group(tok, ctx) if actor is None or actor.kind != "armed_group" else None
    if group is not None:
        return group  # "Sudanese paramilitary forces" in a story on the Rapid Support Forces
    short = actor.name if actor is not None else tok.text
    if short in ctx.abbreviations:
        return _abbreviated_party(ctx.abbreviations[short], ctx)  # "the EAF", defined as "Ethiopian Air Force (EAF)"
    if actor is not None:
        if actor.kind == "organization":
            # A state's own body or arms maker gives or receives on the state's behalf ("the Pentagon",
            # "the U.S. Army", "Rosoboronexport"); other organisations stand for themselves.
            named = _body_state(actor) or country_in_name(actor.name) or _possessor(tok, ctx)
            return named or _nationality_of(tok, ctx) or actor.name
        if actor.kind in PARTY_KINDS:
            return actor.name
        affiliation = affiliation_of(actor, ctx)
        if actor.kind in ("official", "person") and affiliation:
            # "Scholz refused to send", "a US official said Washington would send": the state they serve.
            return _country_of_body(affiliation, ctx) or affiliation
        return None
    if not ctx.actors:
        return _country_named(tok.text) or _entity_name(tok) or _owner_country(tok, ctx)
    # A demonym or country name the actors component left out ("Ukrainian requests for Iron Dome",
    # "South Korean defence firms"), or the state owning the noun ("to Ukraine's fight for freedom").
    found = _country_named(tok.text) or _owner_country(tok, ctx) or _possessor(tok, ctx)
    return found or (_nationality_of(tok, ctx) if tok.ent_type_ == "ORG" else _insurgents(tok, ctx))


def _described_group(tok: Token, ctx: Context) -> str | None:
    """The armed group a description stands for: fighters marked irregular ("Sudanese paramilitary forces",
    "rebel fighters") are the one armed group the article names, or the one whose name ends in the same noun."""
    if lemma(tok) not in ctx.lex.group_nouns:
        return None
    if not any(c.dep_ in ("amod", "compound") and c.lower_ in ctx.lex.irregular_modifiers for c in tok.children):
        return None
    groups = sorted({a.name for a in ctx.actors if a.kind == "armed_group"})
    if len(groups) > 1:
        groups = [g for g in groups if g.lower().split()[-1].rstrip("s") == lemma(tok)]
    return groups[0] if len(groups) == 1 else None


def _insurgents(tok: Token, ctx: Context) -> str | None:
    """Non-state fighters named by their nationality, as written: "Libyan rebels", "Syrian insurgents"; by their
    country after "in", with its demonym: "militants in Syria" -> "Syrian militants"."""
    if tok.lower_ not in ctx.lex.insurgent_nouns:
        return None
    nationality = next((c for c in tok.children if c.dep_ == "amod" and c.i == tok.i - 1), None)
    if nationality is not None and _country_named(nationality.text) is not None:
        return f"{nationality.text} {tok.lower_}"
    countries = [_country_named(place.text) for place in preps(tok, "in")]
    demonym = demonym_of().get(countries[0]) if countries and countries[0] else None
    if demonym:
        return f"{demonym} {tok.lower_}"
    return _named_before(tok) if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) else None


def _named_before(tok: Token) -> str | None:
    """ "The rebels" after the article wrote "Syrian rebels": the one nationality the same fighters' noun had
    earlier; None when it had none or several."""
    earlier = {
        f"{c.text} {t.lower_}"
        for t in tok.doc[: tok.i]
        if t.lower_ == tok.lower_
        for c in t.children
        if c.dep_ == "amod" and c.i == t.i - 1 and _country_named(c.text) is not None
    }
    return earlier.pop() if len(earlier) == 1 else None


def _nationality_of(tok: Token, ctx: Context) -> str | None:
    """The state of a company written with its nationality, on the name or on its classifier: "the French
    company MBDA", "Turkish state-owned company MILGEM", "the Spanish company Velmora Yards" (the name in
    apposition to its classifier); a state's firm sells on its behalf."""
    modifiers = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
    if tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i:
        modifiers.append(tok.head)
    modifiers += [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > tok.i]
    # "Turkiye's leading drone exporter, Baykar" and "Baykar, Turkiye's drone exporter": the classifier's owner.
    owners = ("amod", "poss")
    modifiers += [m for c in modifiers if c.pos_ == "NOUN" for m in c.children if m.dep_ in owners and m.i < c.i]
    names = (_country_named(m.text) for m in modifiers if m.ent_type_ in ("NORP", "GPE"))
    return next((name for name in names if name), None)


def _abbreviated_party(full: str, ctx: Context) -> str:
    """The party a body written by its abbreviation stands for, read off its full name: the state of a state's
    body ("Ethiopian Air Force" -> Ethiopia), else the body itself."""
    actor = ctx.actor_index.named(full)
    if actor is not None and actor.kind in ("country", "armed_group"):
        return actor.name
    name = actor.name if actor is not None else full
    return _country_of_body(name, ctx) or country_in_name(name) or name


def leading_country(tok: Token, ctx: Context) -> str | None:
    """The country opening a preposition's object and cut off by a comma, when the parser made the clause
    after it the object: "bought jets from Denmark, Argentina's defense minister announced" is Denmark."""
    if tok.dep_ != "pobj" or tok.left_edge.i != tok.head.i + 1:
        return None
    first = tok.left_edge
    actor = _country_at(first, ctx)
    if actor is None or actor is _country_at(tok, ctx):
        return None
    mention = next((m for m in actor.mentions if m.start <= first.idx < m.end), None)
    after = ctx.text[mention.end : mention.end + 2].lstrip() if mention is not None else ""
    return actor.name if after.startswith(",") else None


def _country_at(tok: Token, ctx: Context) -> Actor | None:
    """The country actor a token is a mention of, if any."""
    actor = ctx.actor_index.at(tok.idx, tok.idx + len(tok))
    return actor if actor is not None and actor.kind == "country" else None


def _possessor(tok: Token, ctx: Context) -> str | None:
    """The state owning a body by possessive ("Warsaw's Armament Agency" -> Poland)."""
    owners = (_country_at(child, ctx) for child in tok.children if child.dep_ == "poss")
    return next((owner.name for owner in owners if owner is not None), None)


def _owner_country(tok: Token, ctx: Context) -> str | None:
    """The country named by the modifiers of a party noun ("South Korean firms", "Turkish manufacturers")."""
    return next(iter(owner_countries(tok, ctx, conjuncts=False)), None)


def owner_countries(tok: Token, ctx: Context, conjuncts: bool = True) -> list[str]:
    """The countries named by the modifiers of a party noun and, with ``conjuncts``, their coordinates
    ("US and French firms": the United States and France)."""
    if noun_lemma(tok) not in ctx.lex.party_nouns:
        return []
    modifiers = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
    if conjuncts:
        modifiers = [m for modifier in modifiers for m in with_conjuncts(modifier)]
        modifiers += _of_owners(tok)
    names = (_country_named(tok.doc[m.left_edge.i : m.i + 1].text) for m in modifiers)
    return list(dict.fromkeys(name for name in names if name))


def _of_owners(noun: Token, depth: int = 0) -> list[Token]:
    """The "of" objects of a party noun, through a nested "of" ("the Ministries of Defense of Israel and
    Germany": Israel, Germany)."""
    found: list[Token] = []
    for obj in preps(noun, "of"):
        found.extend(with_conjuncts(obj))
        if depth < 1:
            found.extend(_of_owners(obj, depth + 1))
    return found


def source_name(tok: Token | None, ctx: Context) -> str | None:
    """Canonical name of who a claim is attributed to: the token's actor, else the first actor in its phrase."""
    if tok is None or tok.lower_ == "it" or tok.dep_ == "expl":
        return None  # "it came to light that ...", "it was reported that ...": no one in particular
    named = _named_apposition(tok, ctx)
    if named is not None:
        return named.name  # "Turkish drone maker Baykar announced": the maker, not its country
    actor = _actor_record(tok, ctx)
    if actor is None or (actor.kind == "country" and ctx.actor_index.at(tok.idx, tok.idx + len(tok)) is None):
        office = None if _names_a_person(tok, ctx) else _office_of_state(tok, ctx)
        if office is not None:
            return office  # "the Colombian defence ministry said": the ministry, not Colombia
    if actor is None:
        actor = _first_affiliated_actor(tok, ctx)
    if actor is not None:
        full = ctx.abbreviations.get(actor.name)
        return full_name(full, ctx) if full is not None else (_owned_body_source(actor, tok, ctx) or actor.name)
    return _entity_name(tok) if not ctx.actors else None


def _owned_body_source(actor: Actor, tok: Token, ctx: Context) -> str | None:
    """A body named after its state's possessive, named as a source by its owner's demonym ("China's Foreign
    Ministry": Chinese Foreign Ministry), as the transfer sentences name it: the body's own name ("Foreign
    Ministry") is every state's; None for any other actor."""
    owner = ctx.actor_index.named(actor.affiliation) if actor.kind == "organization" else None
    if owner is None or owner.kind != "country":
        return None
    body = next((m for m in actor.mentions if m.start <= tok.idx < m.end), None)
    for mention in owner.mentions if body is not None else []:
        if ctx.text[mention.end : body.start] in ("'s ", "’s ") and owner.name in demonym_of():
            return f"{demonym_of()[owner.name]} {body.text}"
    return None


def _first_affiliated_actor(tok: Token, ctx: Context) -> Actor | None:
    """The first actor named in the token's phrase, leaving out a location that only says where it sits ("the
    Vilnius-based news site" is no voice of Lithuania)."""
    start, end = _span_chars(list(tok.subtree))
    located = [
        _span_chars(list(c.subtree))
        for c in tok.subtree
        if c.lower_ in closed_class().location_suffixes and c.i < tok.i
    ]
    for candidate in sorted(ctx.actors, key=lambda a: a.start):
        for m in candidate.mentions:
            if overlaps(m.start, m.end, start, end) and not any(overlaps(m.start, m.end, *span) for span in located):
                return candidate
    return None


def _named_apposition(tok: Token, ctx: Context) -> Actor | None:
    """The named body or person in apposition to a common noun ("drone maker Baykar", "the agency, DAPA")."""
    if tok.pos_ != "NOUN":
        return None
    for child in tok.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            found = ctx.actor_index.at(*_span_chars(list(child.subtree)))
            if found is None:
                found = ctx.actor_index.at(child.idx, child.idx + len(child))
            if found is not None and found.kind != "country":
                return found
    return None


def _names_a_person(tok: Token, ctx: Context) -> bool:
    """True when a person or official is named in the token's phrase ("South Korea's adviser, Shin Won-sik")."""
    start, end = _span_chars(list(tok.subtree))
    return any(
        a.kind in _PERSON_KINDS and any(overlaps(m.start, m.end, start, end) for m in a.mentions) for a in ctx.actors
    )


def _office_of_state(tok: Token, ctx: Context) -> str | None:
    """An office or body named with its state and recorded as no actor ("the German chancellor", "Colombia's
    defence ministry"): the phrase as written, without its determiner; its state is read off the name.
    Media and experts of a state ("Russian media") speak for no one."""
    word = lemma(tok)
    if tok.pos_ not in ("NOUN", "PROPN") or not (
        word in ctx.lex.party_nouns or word in actor_lexicon().official_nouns or office_of_title(word)
    ):
        return None
    own = _stated_office(tok) or _body_spoken_for(tok, ctx.lex)
    if own is not None or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return own
    # "The ministry said ...": the same office the article named with its state before.
    words = {t.lower_ for t in tok.subtree if t.i <= tok.i and t.dep_ != "det"}
    for earlier in reversed(tok.doc[: tok.left_edge.i]):
        if lemma(earlier) == word and words <= {t.lower_ for t in earlier.subtree if t.i <= earlier.i}:
            found = _stated_office(earlier)
            if found is not None:
                return found
    return None


def _body_spoken_for(tok: Token, lex: TransferLexicon) -> str | None:
    """ "a spokesman for the Nigerian air force": the state's body the speaker speaks for, as written."""
    for word in ("for", "of"):
        for body in preps(tok, word):
            if lemma(body) in lex.party_nouns:
                return _stated_office(body)
    return None


def _stated_office(tok: Token) -> str | None:
    """The office phrase a noun heads when a modifier names its state ("Colombia's defence ministry")."""
    modifiers = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < tok.i]
    if not any(_country_named(tok.doc[m.left_edge.i : m.i + 1].text.removesuffix("'s")) for m in modifiers):
        return None
    start = min(m.left_edge.i for m in modifiers)
    return tok.doc[start : tok.i + 1].text


def full_name(full: str, ctx: Context) -> str:
    """The canonical name of the actor a defined abbreviation's full name is, else that full name as written."""
    actor = ctx.actor_index.named(full)
    return actor.name if actor is not None else full


def _phrase_tokens(head: Token, exclude: Token | None) -> list[Token]:
    """The noun phrase a head token stands for, without coordinated items, clauses and most preps."""
    out: list[Token] = [head]
    clauses = [c.i for c in head.children if c.dep_ in ("relcl", "acl")]
    for child in head.children:
        if exclude is not None and child.i == exclude.i:
            continue
        if child.dep_ == "punct" and clauses and child.i > min(clauses):
            continue  # the comma closing "HIMARS, which Kyiv has praised, ...": the clause is no part of the name
        inside = child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in _INSIDE_PREPS)
        if _alternative(child):
            continue  # "Typhoons instead of French fighter jets": the jets not bought are no part of the goods
        if inside or child.dep_ not in _OUTSIDE_PHRASE:
            out.extend(_phrase_tokens(child, exclude))
    return out


def _alternative(child: Token) -> bool:
    """True for a preposition opening an alternative not chosen: "instead of X"."""
    alternatives = closed_class().alternative_adverbs
    return child.dep_ == "prep" and any(c.dep_ == "advmod" and c.lower_ in alternatives for c in child.children)


def members_of(head: Token, ctx: Context) -> list[Token]:
    """Objects of "including X", "like X", "such as X" on a phrase (weapons or parties): members named on their own."""
    out: list[Token] = []
    for child in head.children:
        if child.dep_ != "prep":
            continue
        if child.lower_ in ctx.lex.member_preps or (
            child.lower_ == "as" and any(c.lower_ == "such" for c in child.children)
        ):
            out.extend(o for o in child.children if o.dep_ == "pobj")
    return out


def _money(tok: Token, lex: TransferLexicon) -> bool:
    """An amount of money: "$2B", "$300 million", "2 billion euros"."""
    return tok.tag_ == "$" or any(c.tag_ == "$" for c in tok.subtree) or tok.lower_ in lex.currency_nouns


def listed_apposition(item: Token) -> list[Token]:
    """A list the parser read as an apposition: "18 HIMARS launchers, 45 ATACMS missiles, and 400 rockets" has
    the second item as an apposition of the first; both counted, it is another item, not a re-description."""
    if not any(c.dep_ == "nummod" for c in item.children):
        return []
    return [a for a in item.children if a.dep_ == "appos" and any(c.dep_ == "nummod" for c in a.children)]


def _weapon_heads(tok: Token, ctx: Context, depth: int = 0) -> list[Token]:
    """Heads of the weapon phrases an object token stands for, looking through "dozens of", "a number of"."""
    heads: list[Token] = []
    if depth > 6:
        return heads
    members = [h for member in members_of(tok, ctx) for h in _weapon_heads(member, ctx, depth + 1)]
    members += [
        h for item in with_conjuncts(tok) for a in listed_apposition(item) for h in _weapon_heads(a, ctx, depth + 1)
    ]
    for item in with_conjuncts(tok):
        # The item itself or its premodifiers name a weapon ("two Typhon systems of its own").
        if records_in(ctx.weapons, item.left_edge.idx, item.idx + len(item)) or depth > 3:
            heads.append(item)
            continue
        # "dozens of missiles"; for an amount of money also "$2B in arms"
        words = ("of", "in") if _money(item, ctx.lex) else ("of",)
        inner = [
            o for c in item.children if c.dep_ == "prep" and c.lower_ in words for o in c.children if o.dep_ == "pobj"
        ]
        if inner:
            heads.extend(h for o in inner for h in _weapon_heads(o, ctx, depth + 1))
        else:
            heads.append(item)
    return heads + members


def weapons_for(obj: Token, ctx: Context, trigger: Token) -> list[tuple[Weapon, tuple[int, int]]]:
    """The weapon each coordinated object phrase names (a named system over a class), with the phrase span.

    Systems coordinated inside one phrase ("Mistral and Exocet missiles") are one row each; weapons in general
    whose members are named ("training armaments, such as AIM-9X and AIM-120 missiles") give way to them (a
    narrower class, "F-16 munitions including HARM missiles", stays: its own kind is claimed too)."""
    out: list[tuple[Weapon, tuple[int, int]]] = []
    exemplified: list[tuple[int, int]] = []
    for head in _weapon_heads(obj, ctx):
        rows = _phrase_weapons(head, obj, ctx, trigger)
        if rows and _has_named_members(head, ctx, trigger):
            exemplified.extend(span for weapon, span in rows if in_general(weapon))
        out.extend(rows)
    return [(w, span) for w, span in out if not (in_general(w) and span in exemplified)]


def in_general(weapon: Weapon) -> bool:
    """Weapons in general ("arms", "armaments", "equipment"), no kind of its own."""
    return weapon.generic and weapon.category == "other"


def _has_named_members(head: Token, ctx: Context, trigger: Token) -> bool:
    """True when "including X", "such as X" on a phrase names a weapon of its own; the members the parser hung
    on the list's first item after this one are this item's ("pods and armaments, such as AIM-9X missiles")."""
    members = members_of(head, ctx)
    if head.dep_ == "conj":
        members += [m for m in members_of(head.head, ctx) if m.i > head.i]
    return any(_phrase_weapons(m, m, ctx, trigger) for m in members)


def _phrase_weapons(head: Token, obj: Token, ctx: Context, trigger: Token) -> list[tuple[Weapon, tuple[int, int]]]:
    """The weapon rows one object phrase names: its named system (each of coordinated ones), else its class."""
    tokens = [t for t in _phrase_tokens(head, trigger) if t.i != trigger.i]
    if not tokens:
        return []
    tokens += _coordinated_modifiers(tokens, head, trigger)
    start, end = _span_chars(tokens)
    found = [
        w
        for w in records_in(ctx.weapons, start, end)
        if any(overlaps(w.start, w.end, t.idx, t.idx + len(t)) for t in tokens)
    ]
    # A designation the parser split off the phrase ("delivered Shahed-136 drones") still names it.
    glued = [w for w in ctx.weapons if start - 3 <= w.end <= start and not ctx.text[w.end : start].strip()]
    if glued:
        found.insert(0, glued[0])
        start = glued[0].start
    at_head = [w for w in found if overlaps(w.start, w.end, head.idx, head.idx + len(head))]
    if not at_head and lemma(head) in ctx.lex.carrier_heads:
        at_head = found  # "the BrahMos missile system": the system is the missile
    named = [w for w in found if not w.generic]
    if not at_head and not named:
        return []  # a class only modifying another noun ("drone attacks", "missile components")
    if (
        at_head
        and at_head[0].generic
        and named
        and not any(w in at_head or categories_compatible(w.category, at_head[0].category) for w in named)
    ):
        best = [at_head[0]]  # "F-16 munitions": the system only says what the munitions are for
    elif named:
        best = coordinated_systems(named, ctx)
    else:
        best = [at_head[0] if at_head else found[0]]
    if obj.i != head.i and obj.i < head.i:
        inside = head.dep_ == "pobj" and head.head.lower_ == "of"  # "40 units of the Marder": the container's count
        start = min(start, obj.left_edge.idx if inside else obj.idx)
    return [(w, (start, end)) for w in best]


def _coordinated_modifiers(tokens: list[Token], head: Token, trigger: Token) -> list[Token]:
    """The words of names coordinated with a modifier of the phrase ("S-400 and Pantsir systems": Pantsir, which
    the parser hangs on S-400), which the phrase itself leaves out with the coordinated items."""
    inside = {t.i for t in tokens}
    return [
        w
        for t in tokens
        if t.i != head.i and t.dep_ in ("nmod", "compound")
        for c in t.children
        if c.dep_ == "conj"
        for w in c.subtree
        if w.i not in inside and w.i != trigger.i
    ]


def coordinated_systems(named: list[Weapon], ctx: Context) -> list[Weapon]:
    """The first named system of a phrase and those coordinated with it ("Mistral and Exocet missiles": both,
    each its own claim); a system only modifying or restating another ("Patriot PAC-3") stays one."""
    words = [_record_tokens(w, ctx) for w in named]
    return [named[0]] + [w for w, own in zip(named[1:], words[1:]) if _coordinated(words[0], own)]


def _record_tokens(weapon: Weapon, ctx: Context) -> list[Token]:
    """The tokens a weapon record covers (none when its offsets fall outside the Doc's tokens)."""
    span = _covering_span(weapon.start, weapon.end, ctx)
    return list(span) if span is not None else []


def _covering_span(start: int, end: int, ctx: Context) -> Span | None:
    """The tokens covering characters ``start:end`` of a record or phrase (None outside the Doc's tokens)."""
    return ctx.doc.char_span(start, end, alignment_mode="expand")


def _coordinated(one: list[Token], other: list[Token]) -> bool:
    """Two records' words joined as items of one list: conjuncts ("Mistral and Exocet missiles"), or sibling
    modifiers of one head with a coordinator between them ("Mistral (surface-to-air) and Exocet (anti-ship)
    missiles"); a name restating another ("Patriot PAC-3") is no list."""
    if not one or not other or {t.i for t in one} & {t.i for t in other}:
        return False
    if any(b.dep_ == "conj" and b.head.i == a.i or a.dep_ == "conj" and a.head.i == b.i for a in one for b in other):
        return True
    first, second = (one, other) if one[0].i < other[0].i else (other, one)
    a, b = first[-1], second[0]
    siblings = a.head.i == b.head.i and a.dep_ == b.dep_ and a.dep_ in ("nmod", "compound")
    return siblings and any(t.pos_ == "CCONJ" for t in a.doc[a.i + 1 : b.i])


def listed_between(found: list[tuple[Weapon, tuple[int, int]]], ctx: Context) -> list[tuple[Weapon, tuple[int, int]]]:
    """Named systems sitting between two object phrases of one list but in none ("transferred Zelzal,
    Fateh-110 and Zolfaghar missiles", with "Fateh-110" parsed as punctuation): items of the same list."""
    if len(found) < 2:
        return []
    first, last = min(p[0] for _, p in found), max(p[1] for _, p in found)
    taken = [p for _, p in found]
    return [
        (w, (w.start, w.end))
        for w in ctx.weapons
        if first <= w.start and w.end <= last and not w.generic and not any(overlaps(w.start, w.end, *p) for p in taken)
    ]


#: Parts of speech a list may carry between two of its items ("20 jets, at least two divisions of S-300
#: systems and several dozen tanks"): separators, counts, quantifiers and the unit nouns counts hang on.
_LIST_GLUE = frozenset({"PUNCT", "CCONJ", "DET", "NUM", "ADV", "ADJ", "NOUN", "ADP", "SYM"})
_LIST_PREPS = frozenset({"of", "than", "at", "as"})


def _list_gap(tokens: Sequence[Token]) -> bool:
    """True for the words between two items of one list: a separator first, then only counts and quantifiers
    ("," / "and" / ", at least two divisions of"), with no verb, name, clause or other preposition."""
    if not tokens or not (tokens[0].text == "," or tokens[0].pos_ == "CCONJ"):
        return False
    return all(
        t.pos_ in _LIST_GLUE and (t.pos_ != "ADP" or t.lower_ in _LIST_PREPS) and (t.pos_ != "PUNCT" or t.text == ",")
        for t in tokens
    )


def listed_after(
    found: list[tuple[Weapon, tuple[int, int]]], segment: Span, ctx: Context
) -> list[tuple[Weapon, tuple[int, int]]]:
    """Named items continuing the list of the last object phrase that the parser hung elsewhere ("ready to buy
    20 fighter planes, two divisions of S-300 systems and several dozen T-90S tanks from Russia"): a weapon
    after the list's end, reached through list words only, and not the subject of a clause of its own."""
    if not found:
        return []
    end = max(p[1] for _, p in found)
    out: list[tuple[Weapon, tuple[int, int]]] = []
    for weapon in sorted(records_in(ctx.weapons, end, segment.end_char), key=lambda w: w.start):
        if weapon.start < end:
            continue
        gap = [t for t in segment if end <= t.idx < weapon.start]
        span = _covering_span(weapon.start, weapon.end, ctx)
        if not _list_gap(gap) or span is None or span.root.dep_ in ANY_SUBJECTS:
            break
        out.append((weapon, (weapon.start, weapon.end)))
        end = weapon.end
    return out


def list_sellers(items: list[tuple[Weapon, tuple[int, int]]], ctx: Context) -> list[Token]:
    """The "from X" hung on the last items of a list, which names where the whole list comes from ("20 jets,
    two S-300 divisions and several dozen tanks from Russia")."""
    roots = [span.root for w, _ in items if (span := _covering_span(w.start, w.end, ctx))]
    return [t for root in roots for t in prep_parties(root, "from") if t.pos_ == "PROPN"]


def quantity_for(weapon: Weapon, phrase: tuple[int, int], ctx: Context) -> float | None:
    """The count of the weapon inside its object phrase ("approximately 400 ballistic missiles")."""
    candidates = records_in(ctx.quantities, *phrase)
    ranked = sorted(candidates, key=lambda q: (q.weapon != weapon.name, abs(q.end - weapon.start)))
    for q in ranked:
        value = q.value if q.value is not None else q.low
        if value is not None and (
            q.weapon in (None, weapon.name) or overlaps(q.start, q.end, weapon.start, weapon.end)
        ):
            return value
    return None


def date_for(segment: Span, trigger: Token, ctx: Context) -> str | None:
    """A resolved date in the same sentence, the nearest to the trigger."""
    dated = [d for d in records_in(ctx.dates, segment.start_char, segment.end_char) if d.value]
    if not dated:
        return None
    return min(dated, key=lambda d: abs(d.start - trigger.idx)).value


def names_a_report(tok: Token, lex: TransferLexicon) -> bool:
    """True for "the report", "this statement": a claim noun pointing back to a known report."""
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
    return definite and tok.lemma_.lower() in lex.claim_nouns


def _country_of_body(name: str, ctx: Context | None = None) -> str | None:
    """The country a government body or state arms maker belongs to ("Pentagon" -> United States); with ``ctx``,
    a body of the article first by the state owning it there ("Taiwan's Ministry of National Defense": Taiwan,
    named "Ministry of National Defense" as written)."""
    actor = ctx.actor_index.named(name) if ctx is not None and ctx.actors else None
    owner = _body_state(actor) if actor is not None and actor.kind == "organization" else None
    return owner or country_of_body().get(name) or institution_country(name)


def _body_state(actor: Actor) -> str | None:
    """The state a body belongs to: the owner the text gives it as its affiliation ("Ukraine's Defence Ministry":
    Ukraine), else as the gazetteers know its name ("Pentagon": United States)."""
    owner = actor.affiliation
    if owner is not None and _country_named(owner) == owner:
        return owner
    return country_of_body().get(actor.name) or institution_country(actor.name)


def affiliation_of(actor: Actor, ctx: Context | None = None) -> str | None:
    """The state a person or official serves: as the text gives it, else as the office-holders list knows it,
    else (with ``ctx``) as the article gave it to the same office before ("Brazil's defence minister ... the
    defence minister said")."""
    found = actor.affiliation or (country_of_office_holder(actor.name) if actor.kind == "person" else None)
    if found is None and ctx is not None and actor.kind == "person":
        return _appositive_state(actor, ctx)
    if found is None and ctx is not None and actor.kind == "official":
        return _earlier_affiliation(actor, ctx)
    return found


def _appositive_state(actor: Actor, ctx: Context) -> str | None:
    """The state named before the office in a person's apposition ("Brett McGurk, US President Barack Obama's
    deputy envoy": the United States), the phrase after the office ("for the coalition") left out."""
    for mention in actor.mentions:
        span = _covering_span(mention.start, mention.end, ctx)
        for office in (c for c in (span.root.children if span else ()) if c.dep_ == "appos"):
            for word in (t for t in office.subtree if t.i < office.i):
                name = _country_named(word.text)
                if name is not None:
                    return name
    return None


def office_key(name: str) -> str:
    """The office an official's name holds, without the state ("Brazil's defence minister", "the Russian
    defence minister": "defence minister"): the longest known office title ending the name, else its last word."""
    words = name.lower().replace("’s", "'s").split()
    for begin in range(len(words)):
        office = office_of_title(" ".join(words[begin:]))
        if office is not None:
            return office
    return words[-1] if words else ""


def _earlier_affiliation(actor: Actor, ctx: Context) -> str | None:
    """The affiliation of the nearest earlier official holding the same office, when the text gave it one."""
    key, start = office_key(actor.name), min((m.start for m in actor.mentions), default=actor.start)
    earlier = [
        (min(m.start for m in other.mentions), other.affiliation)
        for other in ctx.actors
        if other.kind == "official" and other.affiliation and other.mentions and office_key(other.name) == key
    ]
    before = [item for item in earlier if item[0] < start]
    return max(before)[1] if before else None


def _country_named(text: str) -> str | None:
    """A country named by a demonym or alias the actors component did not record ("Russian aircraft")."""
    entry = gazetteer().get(text)
    return entry.name if entry is not None and entry.kind == "country" else None


def _determiners(phrase: tuple[int, int], ctx: Context) -> set[str]:
    span = _covering_span(*phrase, ctx)
    words = {t.lower_ for t in span or [] if t.dep_ in ("det", "amod", "predet")}
    return words & ctx.lex.anaphoric_determiners


def refers_back(phrase: tuple[int, int], ctx: Context) -> bool:
    """True for an object phrase pointing back to weapons named before ("such weaponry", "these arms", "weapons
    of that range")."""
    return bool(_determiners(phrase, ctx) - {"the", "that"}) or _of_named_kind(phrase, ctx)


def _of_named_kind(phrase: tuple[int, int], ctx: Context) -> bool:
    """True for goods characterised by a kind the text gave before ("weapons of that range", "missiles of that
    type"): "that" on the object of an "of" inside the phrase."""
    span = _covering_span(*phrase, ctx)
    return any(
        t.lower_ == "that" and t.dep_ == "det" and t.head.dep_ == "pobj" and t.head.head.lower_ == "of"
        for t in span or []
    )


def definite(phrase: tuple[int, int], ctx: Context) -> bool:
    """True for a definite object phrase ("the drones were delivered"): the weapons of a known claim."""
    return bool(_determiners(phrase, ctx))


def origins_of(phrase: tuple[int, int], recipients: list[str], ctx: Context) -> list[str]:
    """The suppliers named inside a weapon's phrase ("purchase Russian aircraft", "buy more Russian and Chinese
    arms"); not the maker of a bare design."""
    start, end = phrase
    names = [
        a.name
        for a in ctx.actors
        if a.kind == "country" and any(overlaps(m.start, m.end, start, end) for m in a.mentions)
    ]
    if not names:
        names = [n for t in _covering_span(start, end, ctx) or [] if (n := _country_named(t.text))]
    return list(dict.fromkeys(n for n in names if n not in recipients))


#: How far (in characters) the article's opening runs: a headline and its first one or two sentences.
LEDE_WINDOW = 600
#: Actor kinds the opening's frame names as the article's parties.
_FRAME_KINDS = frozenset({"country", "armed_group"})


def lede_parties(ctx: Context, window: int = LEDE_WINDOW) -> list[str]:
    """The states and armed groups the article's opening names, in the order it first names them: the
    parties of the story's frame ("Sweden To Send Ukraine CV-90s ...")."""
    first: dict[str, int] = {}
    for actor in ctx.actors:
        name = _frame_party(actor, ctx)
        if name is not None and actor.mentions:
            start = min(m.start for m in actor.mentions)
            first[name] = min(start, first.get(name, start))
    return [name for name, start in sorted(first.items(), key=lambda item: item[1]) if start < window]


def _frame_party(actor: Actor, ctx: Context) -> str | None:
    """The party an opening's actor stands for: a state or armed group itself, the state an official serves
    ("Polish Defence Minister Mariusz Blaszczak said": Poland), or the state a body belongs to (the State
    Department: the United States) or its name names ("the Nigeria Customs Service intercepted ...": Nigeria)."""
    if actor.kind in _FRAME_KINDS:
        return actor.name
    if actor.kind in ("official", "person"):
        name = affiliation_of(actor, ctx)
        return name if name is not None and _country_named(name) == name else None
    if actor.kind != "organization":
        return None
    return _body_state(actor) or country_in_name(actor.name)


def is_actor(name: str | None, ctx: Context) -> bool:
    """True when ``name`` is an actor of the article (any, when no actors component ran)."""
    return bool(name) and (not ctx.actors or ctx.actor_index.named(name) is not None)


def country_in_name(name: str) -> str | None:
    """The first country a body's name names by name or demonym ("Iranian Mission to the United Nations")."""
    words = name.replace("-", " ").split()
    for size in (3, 2, 1):
        for begin in range(len(words) - size + 1):
            entry = gazetteer().get(" ".join(words[begin : begin + size]))
            if entry is not None and entry.kind == "country" and entry.role in ("name", "demonym"):
                return entry.name
    return None


def capital_possessor(name: str) -> str | None:
    """The state a capital stands for as the possessor of a body ("Seoul's defence ministry": South Korea);
    a capital inside a name without the possessive ("The Moscow Times") stands for no one."""
    head, possessive, _ = name.replace("’", "'").partition("'s ")
    entry = gazetteer().get(head) if possessive else None
    return entry.name if entry is not None and entry.kind == "country" and entry.role == "capital" else None


def is_party(source: str, supplier: str | None, recipient: str | None, ctx: Context) -> bool:
    """True when whoever makes a claim speaks for its supplier or its recipient."""
    actor = ctx.actor_index.named(source)
    names = {source, _country_of_body(source, ctx), capital_possessor(source)}
    if actor is None:
        names.add(country_in_name(source.replace("'s", "")))  # "German chancellor", "Colombia's defence ministry"
    else:
        affiliation = affiliation_of(actor, ctx)
        names |= {affiliation, _country_of_body(affiliation or "", ctx)}
        if actor.kind in ("organization", "official"):
            names.add(country_in_name(source))
    if not names - {source, None}:
        names.add(_full_name_state(source, ctx))  # "the Customs Service said", after "the Nigeria Customs Service"
    parties = {supplier, recipient} - {None}
    if names & parties:
        return True
    return bool(parties) and not names - {source, None} and _stateless_voice(source, actor, ctx)


def _full_name_state(source: str, ctx: Context) -> str | None:
    """The state of a body the article named in full before its short form ("the Nigeria Customs Service (NCS)"
    ... "the Customs Service said", "Turkey's Presidency of Defence Industries" ... "the Presidency"): news
    shortens a name it has given, so the short form speaks for the full name's state."""
    short = source.lower().removeprefix("the ")
    if len(short.split()) < 2:
        return None  # one word ("Service", "Command") is too loose to stand for a longer name
    for other in ctx.actors:
        if other.kind == "organization" and other.name.lower().endswith(" " + short):
            state = country_in_name(other.name) or country_of_body().get(other.name)
            if state is not None:
                return state
    return None


def _stateless_voice(source: str, actor: Actor | None, ctx: Context) -> bool:
    """A state's own voice the text gives no state: a body ("military spokesman"), or a person whose title holds
    one ("army spokesman Onyema Nwachukwu"), with no affiliation known."""
    if actor is not None and (actor.kind not in ("person", "official") or affiliation_of(actor, ctx) is not None):
        return False
    words = f"{actor.title or ''} {actor.name if actor.kind == 'official' else ''}" if actor is not None else source
    return any(w.strip(".,").lower() in ctx.lex.state_voices for w in words.split())


def speaks_for_someone(source: str, ctx: Context) -> bool:
    """False for a person or official whose state or organisation the text does not give ("Defence Minister X")."""
    actor = ctx.actor_index.named(source)
    return actor is None or actor.kind not in ("person", "official") or affiliation_of(actor, ctx) is not None


#: How far back (in characters) a pronoun looks for the weapons it stands for: about one sentence.
ANTECEDENT_WINDOW = 250


def antecedent_weapons(pronoun: Token, ctx: Context) -> list[tuple[Weapon, tuple[int, int]]]:
    """The weapon a pronoun object stands for: the nearest named weapon just before it ("They", "them")."""
    before = [
        w
        for w in ctx.weapons
        if w.end <= pronoun.idx and pronoun.idx - w.end <= ANTECEDENT_WINDOW and w.category != "other"
    ]
    if not before:
        return []
    nearest = max(before, key=lambda w: w.end)
    # its whole noun phrase, so that the origin written there stays known ("the Russian Pantsir ... acquired this")
    span = _covering_span(nearest.start, nearest.end, ctx)
    start = min(nearest.start, span.root.left_edge.idx) if span is not None else nearest.start
    return [(nearest, (start, nearest.end))]
