"""Pure helpers of the arms_transfers component: triggers and their roles read off the dependency parse.

Everything here works on spaCy tokens only; the component (``transfers.py``) maps the
tokens found here to actor, weapon, quantity and quote records. Status and source are read
by ``status``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from spacy.tokens import Span, Token

from ...kb.transfers import TransferLexicon
from ...syntax import (
    OBJECTS,
    SUBJECTS,
    is_relative_pronoun,
    lemma,
    nearest_subject,
    noun_lemma,
    prep_parties,
    preps,
    with_conjuncts,
)
from .frames import (
    beneficiaries,
    bundle_pronoun,
    carried,
    carried_from,
    content_objects,
    deal_goods,
    deal_sides,
    deal_verb,
    deal_winners,
    destination_carrier,
    destination_places,
    enclosing_deal,
    exchanged_for,
    flag_states,
    frame_at,
    holder_of,
    hyphen_origin,
    is_destination,
    is_price,
    makers,
    participle_givers,
    seized_cargo,
    seized_carrier_origin,
    seizing_verb,
    share_verb,
    states_goods,
)

Frame = Literal["supply", "acquire"]
_SUFFIXES = ("ing", "ies", "es", "ed", "s", "d", "")


@dataclass(frozen=True)
class Trigger:
    """A transfer trigger token and its frame (supply: subject gives; acquire: subject receives)."""

    token: Token
    frame: Frame
    nominal: bool
    #: event: "supplied", "shipment"; agent: "supplier" predicated of a party; arrival: "arrived in";
    #: destination: "missiles bound for the Houthis" (a cargo on its way, seized or not).
    #: deal: "a $4.6 billion deal for 96 Apaches", the goods bought named by "for"; exchange: "in return for
    #: the drones", the goods given back against the transfer the phrase hangs on.
    #: available: "made available to the navy by Seoul", the maker gives.
    kind: Literal["event", "agent", "arrival", "destination", "talks", "deal", "exchange", "available"] = "event"


@dataclass
class Roles:
    """Tokens heading each role of one transfer mention (before mapping to records)."""

    suppliers: list[Token] = field(default_factory=list)
    recipients: list[Token] = field(default_factory=list)
    objects: list[Token] = field(default_factory=list)
    between: list[Token] = field(default_factory=list)
    modifiers: list[Token] = field(default_factory=list)
    #: "to either side of the conflict in Ukraine": one more recipient the sentence leaves unnamed.
    open_recipient: bool = False
    #: Parties hanging from one object conjunct ("drones from Iran and shells from North Korea"), by token index.
    bound_suppliers: dict[int, list[Token]] = field(default_factory=dict)
    bound_recipients: dict[int, list[Token]] = field(default_factory=dict)


def _lemma_in(token: Token, lemmas: frozenset[str]) -> bool:
    if lemma(token) in lemmas:
        return True
    if token.pos_ == "PROPN" or token.is_title or token.is_upper:
        return stem_in(token.lower_, lemmas)
    return False


@lru_cache(maxsize=8192)
def stem_in(text: str, lemmas: frozenset[str]) -> bool:
    """True when ``text`` less a verb or plural suffix is one of ``lemmas`` (cached: the same capitalised
    words come back in every article)."""
    for suffix in _SUFFIXES:
        stem = text[: len(text) - len(suffix)] if suffix and text.endswith(suffix) else text
        if stem in lemmas or stem + "e" in lemmas or stem + "y" in lemmas:
            return True
    return False


@lru_cache(maxsize=64)
def _union(*sets: frozenset[str]) -> frozenset[str]:
    """The union of lexicon word sets, built once (each is looked up for every candidate token)."""
    return frozenset().union(*sets)


def find_trigger(token: Token, lex: TransferLexicon) -> Trigger | None:
    """The trigger this token is, if any: a structural frame, a transfer verb or an event noun, by lemma and
    part of speech."""
    found = _frame_trigger(token, lex)
    if found is not None:
        return found
    if token.is_lower and lemma(token) not in lex.trigger_lemmas:
        return None  # only capitalised words need the suffix-stripping look-ups below
    if token.pos_ in ("VERB", "AUX"):
        return None if _stative_passive(token, lex) else _verb_trigger(token, lex)
    if token.pos_ in ("NOUN", "PROPN"):
        found = _noun_trigger(token, lex)
        decided = _union(lex.agent_nouns, lex.talk_nouns, lex.deal_nouns)
        if found is not None or token.pos_ == "NOUN" or lemma(token) in decided:
            return found  # a noun the lists decide on; other proper nouns may be headline verbs
    if token.pos_ == "PROPN" and token.is_title and any(c.dep_ in OBJECTS | {"prep"} for c in token.children):
        # Title-case headlines ("Iran Sending Ballistic Missiles To Russia") tag verbs as proper nouns.
        return _verb_trigger(token, lex, arrivals=False)
    return None


def _frame_trigger(token: Token, lex: TransferLexicon) -> Trigger | None:
    """A destination ("bound for", "en route to"), an exchange, or a passive participle tagged as an adjective
    ("were gifted to the Philippines by Japan")."""
    if token.lower_ in lex.destination_words and token.dep_ in ("acl", "amod", "pcomp"):
        on_cargo = token.head.pos_ in ("NOUN", "PROPN") or token.head.lower_ in lex.cargo_preps
        if on_cargo and any(True for word in ("for", "to") for _ in preps(token, word)):
            return Trigger(token, "supply", False, "destination")
    if is_destination(token, lex):
        return Trigger(token, "supply", False, "destination")  # "the cargo was bound for", "en route to"
    if exchanged_for(token) is not None:
        return Trigger(token, "supply", True, "exchange")
    if bundle_pronoun(token, lex):
        return Trigger(token, "supply", True)  # "It also includes 20 Meteor missiles", after the deal
    if seized_carrier_origin(token, lex):
        return Trigger(token, "supply", False, "destination")  # "seized jets on a ship traveling from Cuba"
    if frame_at(token, "made_available") is not None:
        return Trigger(token, "supply", False, "available")
    if frame_at(token, "adjective_participle") is not None:
        stem = token.lower_.removesuffix("ed")
        if any(form in lex.supply_verbs for form in (stem, stem + "e", token.lower_.removesuffix("d"))):
            return Trigger(token, "supply", False)
    return None


def _verb_trigger(token: Token, lex: TransferLexicon, arrivals: bool = True) -> Trigger | None:
    """A verb of supply, acquisition or (``arrivals``) arrival; a deal noun a headline's tagger read as a verb."""
    if lemma(token) in lex.deal_nouns and misread_deal(token, lex):
        return Trigger(token, "acquire", True, "deal")
    if lemma(token) in lex.two_way_verbs and _sourced(token, lex) and not any(True for _ in preps(token, "to")):
        return Trigger(token, "acquire", False)  # "Chile will lease two submarines from France": the lessee
    if _lemma_in(token, lex.supply_verbs):
        return Trigger(token, "supply", False)
    if _lemma_in(token, lex.acquire_verbs):
        return None if _wish_without_source(token, lex) else Trigger(token, "acquire", False)
    if lemma(token) in lex.building_verbs and _built_for_party(token):
        return Trigger(token, "supply", False)
    if lemma(token) in lex.sourced_acquire_verbs and _sourced(token, lex):
        return Trigger(token, "acquire", False)
    if arrivals and (lemma(token) in lex.arrival_verbs or _delivery_lands(token, lex) or _origin(token, lex)):
        return Trigger(token, "acquire", False, "arrival")
    return _phrasal_trigger(token, lex)


_PARTY_ENTITIES = frozenset({"GPE", "NORP", "ORG"})


def misread_deal(verb: Token, lex: TransferLexicon) -> bool:
    """A deal noun tagged as a verb in a headline, with its goods after "for": "Indonesia signs deal for 42 Rafale
    jets" (the signing verb read as its auxiliary), "Pakistan close to deal for four warships" (read as "to
    deal" on a noun, or on an adjective on one)."""
    if verb.tag_ not in ("VB", "VBP") or not any(True for _ in preps(verb, "for")):
        return False
    signed = any(c.dep_ == "aux" and c.lower_.removesuffix("s") in lex.deal_signers for c in verb.children)
    holder = _deal_holder(verb)
    on_noun = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and holder.pos_ in ("PROPN", "NOUN")
    return signed or (on_noun and holder.i != verb.i)


def _deal_holder(deal: Token) -> Token:
    """The word a headline's "to deal" hangs on: its head, or the name above an adjective it completes ("Egypt
    close to deal for six frigates", parsed with "deal" an xcomp of "close" and "close" on the name)."""
    head = deal.head
    return head.head if deal.dep_ == "xcomp" and head.pos_ in ("ADJ", "ADV") else head


def headline_signer(deal: Token) -> Token | None:
    """The buyer of a deal noun read as a verb (:func:`misread_deal`): its subject, or the name it hangs on."""
    if deal.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in deal.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    holder = _deal_holder(deal)
    return subject or (holder if holder.pos_ == "PROPN" else None)


def _built_for_party(verb: Token) -> bool:
    """A verb of making with a "for" phrase naming a party, on it or on its object ("building four frigates for
    Pakistan", "constructing the first of two vessels for Uruguay"); "for export", "for its army" name none."""
    objects = [c for c in verb.children if c.dep_ in OBJECTS]
    holders = [verb, *objects, *(t for o in objects for t in _of_chain(o))]
    if verb.dep_ == "acl":
        holders.append(verb.head)  # "the frigates built for Pakistan"
    named = (obj for holder in holders for obj in preps(holder, "for"))
    return any(t.ent_type_ in _PARTY_ENTITIES for obj in named for t in obj.subtree)


def _sourced(verb: Token, lex: TransferLexicon) -> bool:
    """A "from" phrase on a verb's goods ("secured 250 tanks from the United States"), goods not captured
    ("added the captured tanks from Russian units") and no deal, which carries its own claim ("Rheinmetall won an
    order from Hungary": the winner sells)."""
    goods = [c for c in verb.children if c.dep_ in OBJECTS]
    captured = any(lemma(m) in lex.seizure_verbs for g in goods for m in g.children if m.dep_ in ("amod", "acl"))
    dealt = any(lemma(g) in lex.deal_nouns for g in goods)
    return not captured and not dealt and any(True for holder in [verb, *goods] for _ in preps(holder, "from"))


def _wish_without_source(verb: Token, lex: TransferLexicon) -> bool:
    """A verb of wanting or awaiting with no "from" party on it or its goods ("Kyiv wants missiles"): no trigger."""
    if lemma(verb) not in lex.wish_verbs:
        return False
    goods = [c for c in verb.children if c.dep_ in OBJECTS] + list(preps(verb, "for"))
    return not any(True for holder in [verb, *goods] for _ in preps(holder, "from"))


def _origin(verb: Token, lex: TransferLexicon) -> bool:
    """A verb of origin with its "from" phrase: "most of Vietnam's weapons come from Russia"."""
    return lemma(verb) in lex.origin_verbs and any(True for _ in preps(verb, "from"))


def _delivery_lands(verb: Token, lex: TransferLexicon) -> bool:
    """A landing verb whose subject, or a noun set beside it, names a delivery ("the first batch of jets landed",
    "four jets landed, the first batch of the order")."""
    if lemma(verb) not in lex.landing_verbs:
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    beside = [c for t in [verb, *subjects] for c in t.children if c.dep_ in ("appos", "npadvmod", "attr", "dobj")]
    return any(lemma(t) in lex.delivery_nouns for t in subjects + beside)


def _phrasal_trigger(token: Token, lex: TransferLexicon) -> Trigger | None:
    """A verb whose particle makes it one of giving or acquiring ("turned over", "picked up")."""
    if lemma(token) not in lex.phrasal_heads:
        return None
    for particle in (c for c in token.children if c.dep_ == "prt"):
        phrase = f"{lemma(token)} {particle.lower_}"
        if phrase in lex.phrasal_supply_verbs:
            return Trigger(token, "supply", False)
        if phrase in lex.phrasal_acquire_verbs:
            return Trigger(token, "acquire", False)
    return None


def _noun_trigger(token: Token, lex: TransferLexicon) -> Trigger | None:
    """An agent ("Russia's main supplier"), arrival, talks, deal, supply or acquisition noun."""
    word = lemma(token)
    if word in lex.agent_nouns:
        return _agent_trigger(token, lex)
    if word in lex.arrival_nouns:
        return Trigger(token, "acquire", True, "arrival")
    if word in lex.talk_nouns:
        return Trigger(token, "supply", True, "talks") if talk_topics(token, lex) else None
    if word in lex.deal_nouns and states_goods(token, lex):
        return Trigger(token, "acquire", True, "deal")
    if word in lex.deal_nouns and word not in _union(lex.supply_nouns, lex.acquire_nouns):
        return None
    if _lemma_in(token, lex.supply_nouns):
        return Trigger(token, "supply", True)
    if _lemma_in(token, lex.acquire_nouns):
        return Trigger(token, "acquire", True)
    return None


def _agent_trigger(token: Token, lex: TransferLexicon) -> Trigger | None:
    """An agent noun giving a role ("X is Russia's main supplier", "emerged as a buyer"); not a party's name."""
    if token.dep_ not in ("attr", "appos") and not _role_as(token):
        return None  # "Russia's supplier said ...": a party named, no transfer stated
    if lemma(token) in lex.supply_agents:
        return Trigger(token, "supply", True, "agent")
    if lemma(token) in lex.acquire_agents:
        return Trigger(token, "acquire", True, "agent")
    return None


def _role_as(noun: Token) -> bool:
    """ "X has emerged as Russia's leading weapons supplier": a role given by "as" on a verb."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ in ("VERB", "AUX")


def _stative_passive(verb: Token, lex: TransferLexicon) -> bool:
    """ "The howitzer is equipped with a 155mm gun": a load carried, with no one giving it."""
    if lemma(verb) not in lex.stative_passives:
        return False
    passive = verb.tag_ == "VBN" and (verb.dep_ in ("amod", "acl") or any(c.dep_ == "auxpass" for c in verb.children))
    return passive and not any(c.dep_ == "agent" for c in verb.children)


def mentions_trigger(span: Span, lex: TransferLexicon) -> bool:
    """True when some word of the span could be a trigger, whatever its tag (cheap pre-check)."""
    lemmas = lex.trigger_words  # "Iranian Drones Bound for Russia Seized"
    return any(_lemma_in(tok, lemmas) or tok.lower_ in lemmas for tok in span)


def subject_of(verb: Token, lex: TransferLexicon, depth: int = 0) -> Token | None:
    """The token doing ``verb``: its own subject, or the controller of an xcomp/gerund chain."""
    if depth > 6:
        return None
    subject = nearest_subject(verb, SUBJECTS)
    if subject is not None:
        return _antecedent(subject, verb)
    if verb.dep_ == "conj" and any(c.dep_ == "nsubjpass" for c in verb.children):
        return None  # "seized missiles, and the cargo had been shipped from Iran": a passive of its own
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ == "xcomp":
        return _controller(verb, lex, depth)
    if verb.dep_ in ("acl", "relcl") and _infinitive(verb) and head.pos_ in ("NOUN", "PROPN"):
        return _noun_agent(head, verb, lex, depth)
    if verb.dep_ in ("conj", "advcl", "acomp") and head.pos_ in ("VERB", "AUX"):  # acomp: "Libya is ready to buy"
        called = _called_on(head, verb, lex) if _infinitive(verb) else None
        return called or subject_of(head, lex, depth + 1)  # "Russia relied on Iran to supply drones": Iran
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        return _gerund_agent(verb, head.head, lex, depth)
    return _deed_doer(verb, lex)  # the parser took the gerund for a noun: "an embargo on Iran for shipping"


def _controller(verb: Token, lex: TransferLexicon, depth: int) -> Token | None:
    """Who does an xcomp: object control ("persuade Iran to send"), raising from a passive ("Kyiv is set to
    receive"), an amount's deal ("signed a deal worth $6.5 billion to purchase"), else subject control
    ("intends to purchase")."""
    head = verb.head
    for child in head.children:
        if child.dep_ in OBJECTS and child.pos_ in ("PROPN", "NOUN", "PRON") and child.i < verb.i:
            return child
    called = _called_on(head, verb, lex)
    if called is not None:
        return called  # "Kyiv called on Berlin to send tanks"
    for child in head.children:
        if child.dep_ == "nsubjpass":
            return child
    if head.dep_ == "amod" and head.head.pos_ in ("NOUN", "PROPN"):
        return _noun_agent(head.head, verb, lex, depth)
    return subject_of(head, lex, depth + 1)


def _called_on(word: Token, verb: Token, lex: TransferLexicon) -> Token | None:
    """The "on" object of a word of calling or relying (or of a verb taking one as its object), before the
    infinitive it governs: the one asked to act ("called on Berlin to send", "put pressure on Pakistan not to
    sell"); None for any other word."""
    objects = [c for c in word.children if c.dep_ in OBJECTS]
    if lemma(word) not in lex.on_controllers and not any(lemma(o) in lex.on_controllers for o in objects):
        return None
    holders = [word, word.head] if word.dep_ in OBJECTS else [word, *objects]  # "put pressure on X"
    return next((obj for holder in holders for obj in preps(holder, "on") if obj.i < verb.i), None)


def _gerund_agent(verb: Token, governor: Token, lex: TransferLexicon, depth: int) -> Token | None:
    """Who does a gerund after a preposition, by what governs the preposition: a verb's object or subject
    ("accused Iran of providing"), an adjective's subject ("Bolivia is interested in acquiring"), a noun's
    possessor ("Moscow's interest in acquiring")."""
    penalised = _penalised(verb.head, governor, lex)
    if penalised is not None:
        return penalised
    if governor.pos_ in ("VERB", "AUX"):
        # "accused Iran of providing", "persuade Iran into transferring"
        for child in governor.children:
            if child.dep_ in OBJECTS and child.i < verb.i:
                return child
        return subject_of(governor, lex, depth + 1)
    if governor.pos_ == "ADJ" and governor.dep_ == "acomp":
        return subject_of(governor.head, lex, depth + 1)  # "Bolivia is interested in acquiring"
    if governor.pos_ in ("NOUN", "PROPN"):
        return _noun_possessor(governor, lex, depth)
    return None


def _penalised(prep: Token, governor: Token, lex: TransferLexicon) -> Token | None:
    """Who a penalty falls on did the deed after its "for": the "on" object of the penalty or of the clause
    above it ("imposed sanctions on Turkey for acquiring S-400s", "slapped an embargo on Iran for shipping"),
    or the one a penalty verb acts on ("voted to sanction Egypt for purchasing", "Turkey was sanctioned for")."""
    if prep.lower_ != "for":
        return None
    holders = [governor]
    if governor.dep_ in ("advcl", "xcomp", "conj") and governor.head.i != governor.i:
        holders.append(governor.head)  # "imposed sanctions - citing a law - on Turkey for acquiring"
    holders += [c for h in list(holders) for c in h.children if c.dep_ in OBJECTS]
    if not any(lemma(h) in lex.penalty_words for h in holders):
        return None
    target = next((target for h in holders for target in preps(h, "on")), None)
    if target is not None or governor.pos_ != "VERB" or lemma(governor) not in lex.penalty_words:
        return target
    return next((c for c in governor.children if c.dep_ in OBJECTS | {"nsubjpass"} and c.i < prep.i), None)


def penalised_deed(verb: Token, lex: TransferLexicon) -> bool:
    """True for a deed a penalty is given for ("sanctions on Iran for shipping drones"): the penalty blocks
    nothing, it says the deed was done."""
    return _deed_doer(verb, lex) is not None


def _deed_doer(verb: Token, lex: TransferLexicon) -> Token | None:
    """Who did the gerund deed after a penalty's "for": the one the penalty falls on, else None."""
    prep = verb.head
    if verb.dep_ not in ("pcomp", "pobj") or verb.tag_ != "VBG" or prep.dep_ != "prep":
        return None
    return _penalised(prep, prep.head, lex)


def _noun_possessor(noun: Token, lex: TransferLexicon, depth: int) -> Token | None:
    """The possessor of a noun a gerund hangs on ("its involvement in supplying"), or of the noun or the doer of
    the verb above it ("took part in the effort of supplying")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    if noun.dep_ not in OBJECTS | {"pobj"}:
        return None
    above = noun.head.head if noun.dep_ == "pobj" else noun.head
    if above.pos_ in ("VERB", "AUX"):
        return subject_of(above, lex, depth + 1)
    if above.pos_ in ("NOUN", "PROPN"):
        for child in above.children:
            if child.dep_ == "poss":
                return child
    return None


def _antecedent(subject: Token, verb: Token) -> Token:
    """What a relative pronoun subject stands for ("powers that refused to provide": the powers), and through
    "one of the N" the subject the phrase is said of ("Israel is one of the powers that refused": Israel)."""
    if not is_relative_pronoun(subject) or verb.dep_ != "relcl":
        return subject
    noun = verb.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.dep_ == "attr":
        owner = nearest_subject(prep.head.head, SUBJECTS)
        if owner is not None:
            return owner
    return noun


def _infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _noun_agent(noun: Token, verb: Token, lex: TransferLexicon, depth: int) -> Token | None:
    """Who does the infinitive on a noun: "Russia's efforts to buy", "Russian attempts to acquire",
    "efforts by Russia to buy", "Britain became the first country to supply"; of a request, whoever
    answers it ("Brazil declined a German request to sell ammunition"), unless the asker is the buyer
    ("Kyiv's request to buy Patriots")."""
    head = noun.head
    if noun.pos_ == "PROPN" and verb.i == noun.i + 2 and noun.doc[noun.i + 1].lower_ == "to":
        return noun  # a headline's "Sweden to send ...", parsed as a clause on the name
    called = _called_on(noun, verb, lex)
    if called is not None:
        return called  # "put pressure on Pakistan not to sell jets"
    if lemma(noun) in lex.request_nouns and not _lemma_in(verb, lex.acquire_verbs):
        if noun.dep_ in OBJECTS and head.i != noun.i and lemma(head) in lex.counterpart_governors:
            return subject_of(head, lex, depth + 1)
        return None
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for agent in preps(noun, "by"):
        return agent
    for child in noun.children:
        if (
            child.dep_ in ("amod", "compound")
            and child.pos_ in ("PROPN", "ADJ")
            and (child.is_title or child.is_upper)
            and child.i < noun.i
        ):
            return child  # "Russian attempts to buy", "the UK decision to transfer"
    if head.i == noun.i:
        return None
    if noun.dep_ == "attr" or (
        noun.dep_ in OBJECTS and (lemma(head) in lex.agent_governors or lemma(head) in lex.infinitive_controllers)
    ):
        # "Britain became the first country to supply", "Russia stepped up efforts to buy"
        return subject_of(head, lex, depth + 1)
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ in ("VERB", "AUX"):
        return subject_of(head.head, lex, depth + 1)  # "Russia is in talks to buy"
    return None


def _uses(verb: Token, lex: TransferLexicon) -> bool:
    """A verb of using, showing or taking into use ("operates", "presented", "taken into service")."""
    into_use = any(lemma(obj) in lex.service_nouns for obj in preps(verb, "into"))
    return lemma(verb) in lex.user_verbs or into_use


def _receives(noun: Token, verb: Token, lex: TransferLexicon) -> bool:
    """True when the subject of ``verb`` receives what ``noun`` brings: "took delivery of", "is weighing offers of"."""
    word = lemma(verb)
    return word in lex.recipient_governors or (lemma(noun) in lex.offer_nouns and word in lex.offer_evaluators)


def _noun_role_modifiers(noun: Token) -> list[Token]:
    """Possessors and adjectival/compound modifiers of an event noun that may name a party."""
    return [c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < noun.i]


def _of_chain(token: Token, depth: int = 0) -> list[Token]:
    """Objects of "of" below a quantifier ("most of its weapons", "dozens of missiles")."""
    if depth > 3:
        return []
    inner = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return inner + [t for o in inner for t in _of_chain(o, depth + 1)]


def _bundle_contents(noun: Token, lex: TransferLexicon) -> list[Token]:
    """Objects of "including X" in a bundle noun's phrase ("a package for Ukraine including Stingers")."""
    holders = [noun, *(o for c in noun.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj")]
    return [o for holder in holders for o in _listed_contents(holder, lex.content_preps)]


def _listed_contents(noun: Token, words: frozenset[str]) -> list[Token]:
    """Objects of the content prepositions ``words`` ("including", which the tagger may make a verb) on ``noun``."""
    return [
        o
        for child in noun.children
        if child.dep_ == "prep" and child.lower_ in words
        for o in child.children
        if o.dep_ == "pobj"
    ]


def _governing_verb(noun: Token) -> Token | None:
    """The verb an event noun is the object of ("approved the sale", "took delivery of"), also through a
    preposition of the verb ("notified Congress of a proposed sale")."""
    if noun.dep_ in OBJECTS | {"nsubjpass"} and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return None


def _talk_participants(tok: Token, lex: TransferLexicon) -> list[Token]:
    """Parties of the talks a trigger is discussed in ("Russia and Iran are in talks over the sale ...")."""
    for depth, anc in enumerate(tok.ancestors):
        if depth > 4:
            break
        if anc.pos_ in ("NOUN", "PROPN") and lemma(anc) in lex.talk_nouns:
            return _participants(anc)
    return []


def talk_topics(talks: Token, lex: TransferLexicon) -> list[Token]:
    """What talks are about: "talks over Buk systems", also "talks with X about helicopters" with the topic
    parsed on X."""
    holders = [talks, *preps(talks, "with")]
    return [obj for holder in holders for word in lex.talk_topic_preps for obj in preps(holder, word)]


def _participants(talks: Token) -> list[Token]:
    """Who holds the talks: "between X and Y", "with X", the noun's owner, and the subject of the verb
    the talks are the object of ("he had talks with his Russian counterpart")."""
    found: list[Token] = []
    for word in ("between", "with"):
        for obj in preps(talks, word):
            found.extend(with_conjuncts(obj))
    found.extend(t for c in talks.children if c.dep_ in ("poss", "amod", "compound") for t in with_conjuncts(c))
    verb = talks.head.head if talks.dep_ == "pobj" else talks.head if talks.dep_ in OBJECTS else None
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subj is not None:
            found.extend(with_conjuncts(subj))
    return found


def roles_of(trigger: Trigger, sent: Span, lex: TransferLexicon) -> Roles:
    """Supplier, recipient and object tokens of a trigger, from its dependents (never from distance)."""
    roles = Roles()
    tok = trigger.token
    if trigger.kind == "agent":
        _agent_roles(trigger, roles, lex)
    elif trigger.kind == "arrival":
        _arrival_roles(trigger, roles, lex)
    elif trigger.kind == "destination":
        _destination_roles(trigger, roles, lex)
    elif trigger.kind == "deal":
        _deal_roles(trigger, roles, lex)
    elif trigger.kind == "exchange":
        _exchange_roles(trigger, roles, sent, lex)
    elif trigger.kind == "available":
        _available_roles(trigger, roles, lex)
    elif trigger.kind == "talks":
        roles.objects.extend(t for obj in talk_topics(tok, lex) for t in with_conjuncts(obj))
        roles.between.extend(_participants(tok))
    elif trigger.nominal:
        _noun_roles(trigger, roles, lex)
    else:
        _verb_roles(trigger, roles, lex)
    roles.objects.extend(o for o in _in_the_form_of(tok, roles.objects, lex) if o not in roles.objects)
    if trigger.kind == "event" and not trigger.nominal:  # "sent containers that could contain shells"
        roles.objects.extend(o for obj in list(roles.objects) for o in carried(obj, lex) if o not in roles.objects)
    _attached_parties(trigger, roles, lex)
    if not roles.suppliers and trigger.nominal and trigger.frame == "acquire":
        roles.suppliers.extend(_stray_origin(tok))
    if not roles.suppliers and trigger.kind not in ("talks", "exchange"):  # "drones made in Iran"
        roles.suppliers.extend(t for obj in roles.objects for item in with_conjuncts(obj) for t in makers(item, lex))
    _governor_destination(trigger, roles, sent, lex)
    if not roles.between:
        roles.between.extend(_talk_participants(tok, lex))
    _counterpart_roles(trigger, roles, lex)
    _double_object_recipient(trigger, roles)
    _expand_sides(roles, lex)
    return roles


def _available_roles(trigger: Trigger, roles: Roles, lex: TransferLexicon) -> None:
    """ "Two frigates will be made available to the Philippine Navy by South Korea", "Seoul will make two frigates
    available to Manila": the maker gives (its "by" agent, else its active subject), "to X" on either word
    receives, the thing made available is the goods."""
    make = trigger.token
    word = (frame_at(make, "made_available") or {}).get("available", make)
    passive = any(c.dep_ == "nsubjpass" for c in make.children)
    agents = [p for c in make.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    subject = None if passive else subject_of(make, lex)
    roles.suppliers.extend(t for a in agents for t in with_conjuncts(a))
    if not agents and subject is not None:
        roles.suppliers.extend(with_conjuncts(subject))
    roles.recipients.extend(prep_parties(word, "to") + prep_parties(make, "to"))
    goods = ("nsubjpass", *OBJECTS)
    roles.objects.extend(c for c in make.children if c.dep_ in goods)
    roles.objects.extend(c for c in word.children if c.dep_ == "nsubj")


def _stray_origin(noun: Token) -> list[Token]:
    """The "from X" after an acquire noun that the parser hung on the verb its phrase depends on ("is giving final
    touches to its deal for acquisition of four warships from Turkey"): the seller of that acquisition."""
    node = noun
    while node.dep_ in ("pobj", "prep", "dative") and node.head.i != node.i:
        node = node.head
    if node.pos_ not in ("VERB", "AUX") or node.i == noun.i:
        return []
    return [t for t in prep_parties(node, "from") if t.i > noun.i]


def _in_the_form_of(tok: Token, objects: list[Token], lex: TransferLexicon) -> list[Token]:
    """The goods of "in the form of X" on the trigger or on its objects ("provided support to Syria in the form of
    Su-24 bombers")."""
    forms = [f for holder in [tok, *objects] for f in preps(holder, "in") if lemma(f) in lex.form_nouns]
    return [o for form in forms for o in preps(form, "of")]


def _giver(trigger: Trigger, roles: Roles) -> list[Token]:
    """The role the trigger's own agent fills: the supplier of a supply frame, the recipient of an acquire frame."""
    return roles.suppliers if trigger.frame == "supply" else roles.recipients


def _noun_roles(trigger: Trigger, roles: Roles, lex: TransferLexicon) -> None:
    """Roles of an event noun: its owner and modifiers, "of/with/for/by/between" phrases, the verb governing it."""
    tok, giver = trigger.token, _giver(trigger, roles)
    _noun_modifier_roles(tok, roles, giver, lex)
    roles.objects.extend(preps(tok, "of"))
    if trigger.frame == "acquire":
        _on_order_roles(tok, roles, lex)
    # "a sale to Taiwan of F-16 munitions": the "of" phrase misattached to the recipient.
    roles.objects.extend(o for r in preps(tok, "to") for o in preps(r, "of"))
    roles.objects.extend(preps(tok, "with"))
    share = share_verb(tok, lex) if trigger.frame == "acquire" else None
    supplier = subject_of(share, lex) if share is not None else None
    if supplier is not None:
        roles.suppliers.extend(with_conjuncts(supplier))  # "Russia accounted for 36% of India's arms imports"
    if trigger.frame == "acquire":
        roles.objects.extend(preps(tok, "for"))  # "an order for 250 tanks", "a request for missiles"
        if lemma(tok) in lex.interest_nouns:
            roles.objects.extend(preps(tok, "in"))  # "interest in Su-57 jets from Russia"
        roles.suppliers.extend(prep_parties(tok, "with"))  # "an order with France"
    if lemma(tok) in lex.bundle_nouns:
        roles.objects.extend(_bundle_contents(tok, lex))
    else:  # "the shipment, including four tanks and three howitzers, left Germany"
        roles.objects.extend(_listed_contents(tok, lex.event_content_preps))
    for agent in preps(tok, "by"):
        giver.extend(with_conjuncts(agent))
    # "the handover of 14 tanks to Ukraine by Poland": the "by" phrase misattached to the recipient.
    giver.extend(t for r in preps(tok, "to") for t in prep_parties(r, "by"))
    for obj in preps(tok, "between"):
        roles.between.extend(with_conjuncts(obj))
    roles.objects.extend(content_objects(tok, lex))
    roles.objects.extend(carried(tok, lex))  # "a $1.2 billion sale to Taiwan that includes 12 F-16 jets"
    _governing_verb_roles(trigger, roles, lex)
    if trigger.frame == "acquire":
        _enclosing_deal_roles(tok, roles, lex)


def _noun_modifier_roles(tok: Token, roles: Roles, giver: list[Token], lex: TransferLexicon) -> None:
    """An event noun's owner gives ("Poland's transfer"); its other modifiers ("Iranian shipments", "drone
    shipments", "Iran-Russia transfers") are actor or weapon, decided later; a destination word ("a Yemen-bound
    shipment") is a trigger of its own, naming the recipient."""
    for mod in _noun_role_modifiers(tok):
        if mod.lower_ in lex.destination_words:
            continue
        if mod.dep_ == "poss":
            giver.extend(with_conjuncts(mod))
        else:
            roles.objects.append(mod)
            roles.modifiers.append(mod)


def on_order(noun: Token, lex: TransferLexicon) -> bool:
    """True for "on order": goods awaited by whoever holds them, a claim as firm as a placed order."""
    return lemma(noun) in lex.on_order_nouns and noun.dep_ == "pobj" and noun.head.lower_ == "on"


def _on_order_roles(noun: Token, roles: Roles, lex: TransferLexicon) -> None:
    """Goods "on order": "India has 26 jets on order" (the verb's subject holds its object), "its AH-1Z Vipers, of
    which 12 are on order" (a relative clause on the weapons: their owner, or whoever holds them, receives)."""
    if not on_order(noun, lex):
        return
    verb = noun.head.head
    if verb.dep_ == "relcl" and any(is_relative_pronoun(t) for t in verb.subtree):
        goods = verb.head
        roles.objects.append(goods)
        owners = [c for c in goods.children if c.dep_ == "poss"]
        holder = subject_of(goods.head, lex) if goods.dep_ in OBJECTS else None
        roles.recipients.extend(owners or ([holder] if holder is not None else []))
        return
    if verb.pos_ in ("VERB", "AUX"):
        roles.objects.extend(c for c in verb.children if c.dep_ in OBJECTS)
        holder = subject_of(verb, lex)
        roles.recipients.extend([holder] if holder is not None else [])


def _names_a_state(tok: Token, lex: TransferLexicon) -> bool:
    """True for a token that may name a buying state or its body, not a firm ("Saab signed a contract")."""
    return tok.ent_type_ != "ORG" or noun_lemma(tok) in lex.party_nouns


def _enclosing_deal_roles(noun: Token, roles: Roles, lex: TransferLexicon) -> None:
    """A purchase noun that is a deal's goods takes the deal's sides: its signer buys, its "from X" or "with X"
    sells ("Cyprus signed a contract with France for the purchase of missiles")."""
    deal = enclosing_deal(noun, lex)
    verb = deal_verb(deal, lex) if deal is not None else None
    signer = subject_of(verb, lex) if verb is not None else None
    if signer is None and deal is not None:  # "Pakistan is giving final touches to its deal for acquisition of"
        signer = next((c for c in deal.children if c.dep_ == "poss"), None)
    if deal is None or signer is None or not _names_a_state(signer, lex):
        return  # a firm signing ("Saab signed a contract with Colombia for the purchase of") sells
    if not roles.recipients:
        roles.recipients.extend(with_conjuncts(signer))
    sellers, partners = deal_sides(deal, lex)
    if not roles.suppliers:
        roles.suppliers.extend(t for t in [*sellers, *partners] if t not in roles.recipients)


def status_anchor(trigger: Trigger, lex: TransferLexicon) -> Trigger:
    """The trigger whose words give this one its status: for "in return for X", the transfer the phrase hangs
    on ("will provide jets in return for drones": both planned); any other trigger itself."""
    verb = exchanged_for(trigger.token) if trigger.kind == "exchange" else None
    given = find_trigger(verb, lex) if verb is not None else None
    return given if given is not None and given.kind != "exchange" else trigger


def _exchange_roles(trigger: Trigger, roles: Roles, sent: Span, lex: TransferLexicon) -> None:
    """ "Iran sent drones to Russia in exchange for Su-35 jets": the goods given back go the other way, from
    the recipient of the transfer the phrase hangs on to its supplier."""
    tok = trigger.token
    roles.objects.extend(preps(tok, "for"))
    verb = exchanged_for(tok)
    given = find_trigger(verb, lex) if verb is not None else None
    if given is None or given.kind == "exchange":
        return
    forward = roles_of(given, sent, lex)
    roles.suppliers.extend(forward.recipients)  # an object that is a weapon names no party
    roles.recipients.extend(forward.suppliers)


def _deal_roles(trigger: Trigger, roles: Roles, lex: TransferLexicon) -> None:
    """ "Poland signed a $4.6 billion deal for 96 Apaches from the United States": the goods are the objects, the
    signer buys, "from X" sells. With only "with X" ("Saab signed a contract with Colombia for Gripens") the
    signer and X are the two sides, the direction left to the weapon's maker or the article."""
    tok = trigger.token
    _noun_roles(trigger, roles, lex)
    roles.objects.extend(g for g in deal_goods(tok, lex) if g not in roles.objects)
    sellers, partners = deal_sides(tok, lex)
    roles.suppliers[:] = [t for t in roles.suppliers if t not in partners]
    verb = deal_verb(tok, lex)
    won = deal_winners(tok, lex)
    if won is not None:  # "BAE Systems has won a deal with Oman": the winner sells, the other side buys
        roles.suppliers[:] = won[0]
        buyers = dict.fromkeys([*won[1], *partners, *roles.recipients])  # "with Oman" is both a buyer and a partner
        roles.recipients[:] = [t for t in buyers if t not in won[0]]
        return
    if verb is None and _approved_deal_roles(tok, roles, lex):
        return
    signer = subject_of(verb, lex) if verb is not None else headline_signer(tok)
    signers = with_conjuncts(signer) if signer is not None else []
    if lemma(tok) in lex.acquire_nouns and len(signers) == 1 and _names_a_state(signers[0], lex):
        sellers, partners = [*sellers, *partners], []  # "Riyadh placed an order for 48 jets with Britain"
    if (partners or len(signers) > 1) and signers and not sellers:  # also "Washington and Riyadh signed a deal"
        roles.recipients[:] = [t for t in roles.recipients if t not in signers]
        roles.between.extend([*signers, *partners])
        return
    roles.recipients.extend(t for t in signers if t not in roles.recipients)
    roles.suppliers.extend(t for t in [*sellers, *partners] if t not in roles.suppliers)


def _approved_deal_roles(deal: Token, roles: Roles, lex: TransferLexicon) -> bool:
    """A deal approved with its buyer after "to" ("The State Department approved a $10 billion deal for 50 F-35
    jets to the UAE"): the approver is the selling side, not the buyer. False when the deal has no such buyer."""
    approver = subject_of(deal.head, lex) if deal.dep_ in OBJECTS and lemma(deal.head) in lex.approving_verbs else None
    holders = [deal.head, deal, *deal_goods(deal, lex)]  # "to X" hung on the verb, the deal or the goods
    buyers = [t for holder in holders for t in prep_parties(holder, "to")]
    if approver is None or not buyers:
        return False
    approvers = with_conjuncts(approver)
    roles.recipients[:] = [t for t in roles.recipients if t not in approvers] + buyers
    roles.suppliers.extend(t for t in approvers if t not in roles.suppliers)
    return True


def _governing_verb_roles(trigger: Trigger, roles: Roles, lex: TransferLexicon) -> None:
    """The subject of the verb an event noun is the object of: "India took delivery of S-400s" (receives),
    "Washington approved the sale of F-16s" (gives), "Israel has refused Ukrainian requests" (the other side)."""
    tok, giver = trigger.token, _giver(trigger, roles)
    wanted = _wanting_noun(trigger, lex)
    if wanted is not None:
        tok = wanted  # "France has shown interest in the acquisition of Pinaka": the verb of the interest
        roles.recipients.extend(t for c in tok.children if c.dep_ == "poss" for t in with_conjuncts(c))
    verb = _governing_verb(tok)
    subj = subject_of(verb, lex) if verb is not None else None
    if subj is None or verb is None:
        return
    if not roles.recipients and _receives(tok, verb, lex):
        roles.recipients.extend(with_conjuncts(subj))
        # "took delivery of IRIS-T systems from Germany", with "from" hung on the verb
        roles.suppliers.extend(t for t in prep_parties(verb, "from") if t not in roles.suppliers)
    elif not giver and lemma(verb) in lex.agent_governors:
        giver.extend(with_conjuncts(subj))
    elif trigger.frame == "acquire" and lemma(verb) in lex.counterpart_governors:
        roles.suppliers.extend(with_conjuncts(subj))


def _wanting_noun(trigger: Trigger, lex: TransferLexicon) -> Token | None:
    """The noun of wanting an acquisition hangs on by "in" ("interest in the acquisition of", "Peru's interest
    in the purchase of"): whoever holds the interest is the buyer."""
    tok = trigger.token
    if trigger.frame != "acquire" or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return None
    holder = tok.head.head
    return holder if holder.pos_ == "NOUN" and lemma(holder) in lex.interest_nouns else None


def seizing_subject(trigger: Trigger, lex: TransferLexicon) -> Token | None:
    """The subject of the verb seizing the cargo a destination hangs on ("Yemen's coast guard seized a dhow
    carrying rifles bound for the Houthis"): the seizer is no party to the transfer."""
    node = trigger.token
    if trigger.kind != "destination":
        return None
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX") and lemma(node) in lex.seizure_verbs:
            return subject_of(node, lex)
    return None


def approving_subject(trigger: Trigger, lex: TransferLexicon) -> Token | None:
    """The subject of a verb approving the deal an event noun names ("Washington approved the sale"), if any."""
    verb = _governing_verb(trigger.token) if trigger.nominal else None
    if verb is None or lemma(verb) not in lex.approving_verbs:
        return None
    return subject_of(verb, lex)


def accompanying_goods(holder: Token, lex: TransferLexicon) -> list[Token]:
    """Goods joined to a word's own by "along with", "together with" (``accompaniment_adverbs``): "send 14 tanks
    along with 30 self-propelled guns", "the sale of F-16 jets, together with Harpoon missiles"."""
    return [
        o
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ in lex.accompaniment_adverbs
        for o in preps(c, "with")
    ]


def _verb_roles(trigger: Trigger, roles: Roles, lex: TransferLexicon) -> None:
    """Roles of a transfer verb: subject, objects, dative, passive agent, and the noun a participle modifies."""
    tok, giver = trigger.token, _giver(trigger, roles)
    subj = subject_of(tok, lex)
    if subj is not None and (_raised_passive(tok) or _headline_passive(tok, subj, lex)):
        _passive_subject(trigger, subj, roles)  # "shells were set to be delivered to Ukraine": the theme
    elif subj is not None and absolute_participle(tok):
        _absolute_roles(trigger, subj, roles, lex)
    elif subj is not None and lemma(subj) not in lex.carrier_nouns:  # "cargo planes delivered": carriers, no party
        giver.extend(with_conjuncts(subj))
    for child in tok.children:
        _verb_dependent(trigger, child, roles)
    _misread_participle(trigger, roles)
    if is_presupposed(trigger) and tok.head.pos_ in ("NOUN", "PROPN"):
        _presupposed_roles(trigger, roles, lex)
    _hyphen_origin_roles(trigger, roles, lex)
    _relative_roles(trigger, roles, lex)
    roles.objects.extend(accompanying_goods(tok, lex))
    if trigger.frame == "supply":
        roles.objects.extend(preps(tok, "with"))
        # "supplied Sudan's army with drones": "with" misattached to the recipient object.
        roles.objects.extend(w for c in tok.children if c.dep_ in OBJECTS for w in preps(c, "with"))
    if lemma(tok) in lex.payment_verbs:
        _payee_roles(tok, roles, lex)
    wanted = [w for w in preps(tok, "for") if not is_price(w, lex)]  # "buy another 16 for $1.2 billion": a price
    if trigger.frame == "acquire" and wanted:
        # "Ukraine asked Germany for Taurus missiles": the object is asked, the "for" phrase is wanted.
        roles.suppliers.extend(t for c in tok.children if c.dep_ in OBJECTS for t in with_conjuncts(c))
        roles.objects.extend(wanted)


def _payee_roles(verb: Token, roles: Roles, lex: TransferLexicon) -> None:
    """The payee of a payment supplies: "paid France $5 billion for jets", "paid $400 million to a supplier from
    Russia for tanks", "paid $400 million as a first payment to a supplier from Russia for tanks" (the payee's
    "from" party, and the goods its "for" phrase when hung on it)."""
    payments = [n for n in preps(verb, "as") if lemma(n) in lex.price_nouns]
    payees = [c for c in verb.children if c.dep_ == "dative"] + list(preps(verb, "to"))
    payees += [t for n in payments for t in preps(n, "to")]
    roles.recipients[:] = [t for t in roles.recipients if t not in payees]
    for payee in payees:
        origins = prep_parties(payee, "from")
        roles.suppliers.extend(origins or with_conjuncts(payee))
        roles.objects.extend(preps(payee, "for"))


def _hyphen_origin_roles(trigger: Trigger, roles: Roles, lex: TransferLexicon) -> None:
    """ "Russian forces used Iranian-supplied drones": Iran gave them to whoever holds them."""
    tok = trigger.token
    origin = hyphen_origin(tok)
    if origin and trigger.frame == "supply" and tok.head.pos_ in ("NOUN", "PROPN"):
        roles.suppliers.extend(origin)
        roles.objects.append(tok.head)
        roles.recipients.extend(t for h in holder_of(tok.head, lex) for t in with_conjuncts(h))


def _relative_roles(trigger: Trigger, roles: Roles, lex: TransferLexicon) -> None:
    """ "howitzers, which France will deliver": the antecedent is the object; "Kyiv wants missiles, which
    Washington refused to send": whoever uses or wants it receives, when the clause names no recipient."""
    tok = trigger.token
    if any(c.dep_ in OBJECTS | {"nsubjpass"} and not is_relative_pronoun(c) for c in tok.children):
        return
    antecedent = _relative_object(tok)
    if antecedent is None:
        return
    roles.objects.append(antecedent)
    named = [t for t in roles.recipients if not is_relative_pronoun(t)]
    if trigger.frame == "supply" and not named:
        roles.recipients.extend(_holder(antecedent, lex))


def _misread_participle(trigger: Trigger, roles: Roles) -> None:
    """ "will transfer used P-3C aircraft to the Philippines", with "used" read as a verb taking the object: a
    participle right after the trigger, with no subject or auxiliary of its own, is an adjective of the object
    it took, and the parties hung on it are the trigger's."""
    tok = trigger.token
    for part in (c for c in tok.children if c.dep_ == "xcomp" and c.i == tok.i + 1 and c.tag_ in ("VBN", "VBD")):
        if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in part.children):
            continue
        roles.objects.extend(c for c in part.children if c.dep_ in OBJECTS)
        if trigger.frame == "supply":
            roles.recipients.extend(prep_parties(part, "to"))
        roles.suppliers.extend(prep_parties(part, "from") if trigger.frame == "acquire" else [])


def _raised_passive(verb: Token) -> bool:
    """True for a passive infinitive whose subject sits on the verb above ("shells were set to be delivered",
    "the jets are expected to be handed over"): that subject is what is given, not the giver."""
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return verb.dep_ == "xcomp" and not own and any(c.dep_ == "auxpass" for c in verb.children)


def _headline_passive(verb: Token, subject: Token, lex: TransferLexicon) -> bool:
    """A headline's passive with its auxiliary left out ("Chinese drones delivered to Serbia"), read as a past tense
    with a subject: in a line with no closing punctuation, a bare past form of a verb that always takes goods (not "flew to"), with no
    object, no auxiliary, a "to" phrase, and a subject that is a common noun no entity names (a giver is a state,
    a group or a person: "Iran delivered to Russia")."""
    children = list(verb.children)
    return (
        verb.tag_ in ("VBD", "VBN")
        and lemma(verb) not in lex.weak_triggers
        and not _closed(verb.sent)
        and verb.dep_ == "ROOT"
        and subject.pos_ == "NOUN"
        and not subject.ent_type_
        and not any(c.dep_ in OBJECTS | {"aux", "auxpass", "dative"} for c in children)
        and any(True for _ in preps(verb, "to"))
    )


def _closed(sent: Span) -> bool:
    """True for a sentence ending in sentence punctuation, as body sentences do and headlines do not."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text in (".", "!", "?", '"', "”", "’", "'")


def absolute_participle(verb: Token) -> bool:
    """True for a past participle with its own subject after "with" and no auxiliary ("flies Mi-24s, with three
    delivered from Bulgaria in 2019"): a passive clause whose subject is what was given."""
    children = list(verb.children)
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "nsubj" for c in children)
        and not any(c.dep_ in ("aux", "auxpass") for c in children)
        and any(c.dep_ in ("mark", "prep") and c.lower_ == "with" for c in children)
    )


def _absolute_roles(trigger: Trigger, subject: Token, roles: Roles, lex: TransferLexicon) -> None:
    """ "Chad flies Mi-24s, with three delivered from Ukraine": the subject is the goods; for a verb of giving,
    whoever the clause it hangs on is about holds them."""
    _passive_subject(trigger, subject, roles)
    holder = subject_of(trigger.token.head, lex) if trigger.token.head.pos_ in ("VERB", "AUX") else None
    if trigger.frame == "supply" and holder is not None:
        roles.recipients.extend(with_conjuncts(holder))


def _passive_subject(trigger: Trigger, subject: Token, roles: Roles) -> None:
    """The role of a passive's subject: the goods, or the recipient of "was supplied with" / "was promised"."""
    roles.objects.append(subject)
    if trigger.frame == "supply":
        # "Hezbollah's arsenal was supplied by Iran": the holder received it.
        roles.recipients.extend(c for c in subject.children if c.dep_ == "poss")
    double_object = any(c.dep_ in OBJECTS for c in trigger.token.children)  # "Ukraine was promised 100 tanks"
    if trigger.frame == "supply" and (double_object or any(True for _ in preps(trigger.token, "with"))):
        roles.recipients.extend(with_conjuncts(subject))  # "Ukraine has been supplied with HIMARS by the US"


def _verb_dependent(trigger: Trigger, child: Token, roles: Roles) -> None:
    """The role one dependent of a transfer verb fills."""
    giver = _giver(trigger, roles)
    if child.dep_ == "nsubjpass":
        _passive_subject(trigger, child, roles)
    elif child.dep_ == "agent":
        giver.extend(t for obj in child.children if obj.dep_ == "pobj" for t in with_conjuncts(obj))
    elif child.dep_ in OBJECTS:
        roles.objects.append(child)
        if any(c.dep_ == "auxpass" for c in trigger.token.children):  # "was promised 100 tanks by Germany"
            giver.extend(prep_parties(child, "by"))
        if trigger.frame == "supply":
            roles.recipients.append(child)  # "supplied Russia with missiles": an actor object is the recipient.
    elif child.dep_ == "dative" and child.pos_ in ("PROPN", "NOUN", "PRON"):
        roles.recipients.extend(with_conjuncts(child))
    elif child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN") and child.i > trigger.token.i:
        # "transferred Zelzal, Fateh-110 and Zolfaghar missiles", the list parsed as clause conjuncts
        roles.objects.append(child)


def _presupposed_roles(trigger: Trigger, roles: Roles, lex: TransferLexicon) -> None:
    """ "the ballistic missiles sent to Russia": the modified noun is the object; "Ukraine has used Bayraktar
    drones supplied by Turkey", "Serbia presented the FK-3 system procured from China": the user received them."""
    noun = trigger.token.head
    if not any(c.dep_ in OBJECTS and not is_relative_pronoun(c) for c in trigger.token.children):
        roles.objects.append(noun)  # "a vessel that was transporting them": the vessel carries, it is not carried
        roles.objects.extend(among_members(noun))
    user = noun.head
    if noun.dep_ in OBJECTS and _uses(user, lex) and not roles.recipients:
        roles.recipients.extend(c for c in user.children if c.dep_ in SUBJECTS)
    if not roles.recipients:  # "Armenia's Pinaka launchers, bought from India": the holder received them
        roles.recipients.extend(c for c in noun.children if c.dep_ == "poss")


def among_members(noun: Token) -> list[Token]:
    """The items a copula lists as members of ``noun`` ("Among the hardware purchased by Myanmar are MiG-29 jets
    and Mi-35 helicopters", "Mi-35 helicopters are among the weapons supplied by Russia"): the copula's subject
    or attribute on the other side of "among", with their conjuncts."""
    among = noun.head
    if noun.dep_ != "pobj" or among.lower_ != "among" or lemma(among.head) != "be":
        return []
    return [t for c in among.head.children if c.dep_ in ("nsubj", "attr") and c.i != among.i for t in with_conjuncts(c)]


def _governor_destination(trigger: Trigger, roles: Roles, sent: Span, lex: TransferLexicon) -> None:
    """A misattached "to X" on the phrase governing an event noun ("solidified with Iran's shipment ... to Russia")."""
    tok = trigger.token
    if not trigger.nominal or roles.recipients or trigger.frame != "supply" or tok.dep_ not in OBJECTS | {"pobj"}:
        return
    governor = tok.head.head if tok.dep_ == "pobj" else tok.head
    places = [o for o in preps(governor, "to") if o.i > tok.i and sent.start <= o.i < sent.end]
    if places:  # "sent three shipments of arms to Turkey for militants in Syria": the end user
        roles.recipients.extend(_end_users([governor], places, lex) or [t for o in places for t in with_conjuncts(o)])


def _double_object_recipient(trigger: Trigger, roles: Roles) -> None:
    """ "send Ukraine CV-90s" parsed with the recipient as a name compound on the object: the name leading
    the object phrase of a supply verb is its recipient when nothing else is."""
    if trigger.nominal or trigger.frame != "supply" or [t for t in roles.recipients if t not in roles.objects]:
        return
    for obj in (c for c in trigger.token.children if c.dep_ in OBJECTS):
        lead = obj.left_edge
        if lead.dep_ == "compound" and lead.pos_ == "PROPN" and lead.i < obj.i:
            roles.recipients.append(lead)


def _counterparts(tok: Token, lex: TransferLexicon) -> list[Token]:
    """The "with X" of an agreement governing the trigger: an infinitive ("inked contracts with Poland to
    export") or an event noun ("negotiating with France on the purchase of 12 Rafales")."""
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        # "a contract with Iran for the delivery of drones", also with "for" hung on the verb ("secure a
        # contract with Iran for the delivery")
        return [t for a in _agreements_at(tok.head.head, lex) for t in prep_parties(a, "with")]
    if tok.dep_ in OBJECTS and _deal_talks(tok.head, lex):
        return prep_parties(tok.head, "with")  # "negotiating the purchase of 26 Rafales with France"
    if tok.dep_ not in ("xcomp", "advcl", "acl", "relcl") or not _infinitive(tok):
        return []
    found: list[Token] = []
    governor = tok.head
    for _ in range(2):
        found.extend(t for a in _agreements_at(governor, lex) for t in prep_parties(a, "with"))
        if found or governor.head.i == governor.i:
            break
        governor = governor.head
    return found


def _counterpart_roles(trigger: Trigger, roles: Roles, lex: TransferLexicon) -> None:
    """The sides of an agreement above the trigger: its "with X" fills the role the trigger's own dependents
    left open; with its signer too, both are the two sides."""
    if trigger.kind != "event":
        return
    counterparts = _counterparts(trigger.token, lex)
    signer = _signer(trigger, lex) or _seller_in_talks(trigger, lex)
    if signer is not None and counterparts:
        # "Ethiopia secured a contract with Iran for the delivery of Mohajer-6s", "India signed a contract
        # with Russia for the supply of S-400s": two sides, the direction left to the weapon or the article
        signers = with_conjuncts(signer)
        roles.suppliers[:] = [t for t in roles.suppliers if t not in signers]
        roles.recipients[:] = [t for t in roles.recipients if t not in signers]
        roles.between.extend([*signers, *counterparts])
        return
    if signer is not None and not roles.between:
        # "Israel and Germany signed an agreement for the delivery of Arrow 3 to Germany": the signers are the
        # two sides, one of them named again in the trigger's own roles
        roles.between.extend(with_conjuncts(signer))
    other = roles.recipients if trigger.frame == "supply" else roles.suppliers
    if not [t for t in other if t not in roles.objects]:  # "supply tanks": the object is no recipient
        other.extend(counterparts)


def _signer(trigger: Trigger, lex: TransferLexicon) -> Token | None:
    """The subject of the verb holding an event noun's agreement ("Ethiopia secured a contract ... for the
    delivery", "signed an agreement for the delivery", "Poland and Korea agreed to a purchase of"), when the
    noun is the object of "for" / "to" / "on" there."""
    tok = trigger.token
    if not trigger.nominal or tok.dep_ != "pobj" or tok.head.lower_ not in ("for", "to", "on"):
        return None
    holder = tok.head.head
    if holder.pos_ in ("NOUN", "PROPN") and lemma(holder) in lex.agreement_words and holder.dep_ in OBJECTS:
        holder = holder.head  # "signed [an agreement for the delivery]"
    return subject_of(holder, lex) if holder.pos_ in ("VERB", "AUX") and _agreements_at(holder, lex) else None


def _deal_talks(verb: Token, lex: TransferLexicon) -> bool:
    """A verb agreeing or talking about the deal it takes as object ("negotiated", "discussed")."""
    return lemma(verb) in lex.agreement_words or lemma(verb) in lex.talk_verbs


def _seller_in_talks(trigger: Trigger, lex: TransferLexicon) -> Token | None:
    """The subject of talks "with X" whose object is a sale ("Algeria discussed with Russia the sale of Su-57s",
    "France negotiated the sale of jets with India"): either side may be the seller, so both are the two sides,
    the direction left to the weapon or the article. A purchase keeps its buyer ("discussed the purchase")."""
    tok = trigger.token
    if not trigger.nominal or trigger.frame != "supply" or tok.dep_ not in OBJECTS:
        return None
    if not _deal_talks(tok.head, lex) or not prep_parties(tok.head, "with"):
        return None
    return subject_of(tok.head, lex)


def _agreements_at(holder: Token, lex: TransferLexicon) -> list[Token]:
    """The agreement a word is or takes as its object: "signed [contracts]", "[the deal]", "inked"."""
    return [a for a in (holder, *(c for c in holder.children if c.dep_ in OBJECTS)) if lemma(a) in lex.agreement_words]


def _expand_sides(roles: Roles, lex: TransferLexicon) -> None:
    """ "to either side of the war between Russia and Ukraine": each belligerent is a recipient;
    "either side of the conflict in Ukraine" names one and leaves the other to the article."""
    for side in [t for t in roles.recipients if lemma(t) in lex.side_nouns]:
        if not any(c.dep_ in ("det", "predet") and c.lower_ in lex.side_determiners for c in side.children):
            continue
        named: list[Token] = []
        for conflict in side.subtree:
            if lemma(conflict) not in lex.conflict_nouns:
                continue
            for obj in preps(conflict, "between"):
                named.extend(with_conjuncts(obj))
            if not named:
                named.extend(prep_parties(conflict, "in"))
                roles.open_recipient = roles.open_recipient or bool(named)
        roles.recipients.extend(t for t in named if t not in roles.recipients)


def _agent_roles(trigger: Trigger, roles: Roles, lex: TransferLexicon) -> None:
    """ "North Korea is Russia's main supplier of shells", "Iran, a key supplier of drones to Russia"."""
    tok = trigger.token
    party = (
        subject_of(tok.head, lex)
        if tok.dep_ == "attr"
        else subject_of(tok.head.head, lex)
        if _role_as(tok)
        else tok.head
    )
    taker, giver = (
        (roles.recipients, roles.suppliers) if trigger.frame == "supply" else (roles.suppliers, roles.recipients)
    )
    if party is not None:
        giver.extend(with_conjuncts(party))
    for child in tok.children:
        if child.dep_ == "poss":
            taker.extend(with_conjuncts(child))
        elif child.dep_ in ("compound", "amod", "nmod") and child.i < tok.i:
            roles.objects.append(child)  # "an arms supplier", "a drone exporter"
    for word in ("of", "for"):
        roles.objects.extend(preps(tok, word))


def _arrival_roles(trigger: Trigger, roles: Roles, lex: TransferLexicon) -> None:
    """ "The first F-16s arrived in Ukraine", "the arrival of Abrams tanks in Kyiv": the mover is the weapon."""
    tok = trigger.token
    if trigger.nominal:
        roles.objects.extend(preps(tok, "of"))
    else:
        for subject in (c for c in tok.children if c.dep_ in SUBJECTS):
            relative = is_relative_pronoun(subject) and tok.dep_ == "relcl"
            roles.objects.append(tok.head if relative else subject)  # "the drones, which arrived in Russia"
    roles.objects.extend(_contents(roles.objects, lex))
    for mover in list(roles.objects):  # "the first batch of J-10C fighters from China arrived in Egypt"
        roles.suppliers.extend(t for item in [mover, *_of_chain(mover)] for t in prep_parties(item, "from"))
        roles.suppliers.extend(participle_givers(mover, lex))  # "the tanks donated by Germany arrived in Ukraine"
    for holder in [tok, *roles.objects]:
        for word in ("in", "to"):
            for place in preps(holder, word):
                roles.recipients.extend(with_conjuncts(place))
    if not trigger.nominal:
        roles.recipients.extend(
            t for c in tok.children if c.dep_ in OBJECTS for t in with_conjuncts(c)
        )  # "reached Armenia"
        roles.suppliers.extend(prep_parties(tok, "from"))  # "arrived in Ukraine from Poland", "came from Iran"
    if lemma(tok) in lex.origin_verbs:
        _origin_recipients(tok, roles, lex)


def _origin_recipients(verb: Token, roles: Roles, lex: TransferLexicon) -> None:
    """Who receives what "comes from" a party: the possessor of the moved goods ("Vietnam's weapons come
    from Russia") or the place a verb joined to it heads for ("had come from Iran and was headed to Gaza")."""
    for mover in list(roles.objects):
        for item in [mover, *_of_chain(mover)]:
            roles.recipients.extend(c for c in item.children if c.dep_ == "poss")
    for joined in (c for c in verb.children if c.dep_ == "conj" and c.lower_ in lex.destination_words):
        roles.recipients.extend(
            t for word in ("to", "for") for place in preps(joined, word) for t in with_conjuncts(place)
        )


def _destination_roles(trigger: Trigger, roles: Roles, lex: TransferLexicon) -> None:
    """ "missile parts destined for the Houthis", "a dhow bound for Yemen from Iran": the cargo moves to X;
    on a vessel ("seized missiles aboard a dhow bound for ..."), the cargo is what was found aboard it."""
    tok = trigger.token
    carrier = destination_carrier(tok, lex) or tok.head
    if tok.dep_ == "advcl" and lemma(tok.head) in lex.seizure_verbs:
        roles.objects.extend(seized_cargo(tok.head, lex))  # "seized packages from a vessel containing ..."
    if carrier.dep_ in OBJECTS and lemma(carrier.head) in lex.seizure_verbs:
        roles.objects.extend(seized_cargo(carrier.head, lex))  # "seized a Yemen-bound dhow carrying rifles"
    if carrier.pos_ in ("NOUN", "PROPN"):
        roles.objects.append(carrier)
        roles.objects.extend(o for o in carried(carrier, lex) if o not in roles.objects)
        roles.suppliers.extend(carried_from(carrier, lex))
    elif lemma(carrier) in lex.carry_verbs:  # "a freighter carrying weapons en route from Turkey to Libya"
        roles.objects.extend(c for c in carrier.children if c.dep_ in OBJECTS)
    elif lemma(carrier) in lex.seizure_verbs:  # "seized a freighter carrying rifles en route to Libya"
        roles.objects.extend(seized_cargo(carrier, lex))
    prep = carrier if carrier.lower_ in lex.cargo_preps else carrier.head if carrier.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in lex.cargo_preps and prep.head.pos_ in ("VERB", "AUX"):
        roles.objects.extend(c for c in prep.head.children if c.dep_ in OBJECTS)
    roles.objects.extend(_contents(roles.objects, lex))
    if lemma(tok) in lex.travel_verbs:
        seizure = seizing_verb(carrier, lex)
        roles.objects.extend(seized_cargo(seizure, lex) if seizure is not None else [])
    places = destination_places(tok) or (flag_states(carrier) if lemma(tok) in lex.travel_verbs else [])
    roles.recipients.extend(places)
    route = [c for c in tok.children if c.dep_ == "pobj"]  # "en route from Turkey"
    for holder in (tok, tok.head, *route, *places):  # "bound for the Houthis from Iran", however "from" attaches
        roles.suppliers.extend(prep_parties(holder, "from"))


def _contents(holders: list[Token], lex: TransferLexicon) -> list[Token]:
    """What containers hold: "packages containing missile parts", "a cargo containing Pinaka launchers"."""
    return [
        obj
        for holder in holders
        for verb in holder.children
        if verb.dep_ == "acl" and lemma(verb) in lex.content_verbs
        for obj in verb.children
        if obj.dep_ in OBJECTS
    ]


def _relative_object(tok: Token) -> Token | None:
    """The noun a relative pronoun object stands for ("drones, which Tehran denies supplying")."""
    node = tok
    for _ in range(3):
        if node.dep_ == "relcl":
            # the pronoun on the relative verb or on the verb below it ("missiles, which Washington refused to send")
            if any(c.dep_ in OBJECTS and is_relative_pronoun(c) for c in [*node.children, *tok.children]):
                return node.head
            return None
        if node.dep_ not in ("xcomp", "ccomp") or node.head.i == node.i:
            return None
        node = node.head
    return None


def _holder(noun: Token, lex: TransferLexicon) -> list[Token]:
    """Who uses or wants the weapon ``noun`` is the object of: "Ukraine uses launchers", "Kyiv wants missiles"."""
    verb = noun.head
    if noun.dep_ not in OBJECTS or not (_uses(verb, lex) or lemma(verb) in lex.desire_verbs):
        return []
    return [t for c in verb.children if c.dep_ in SUBJECTS for t in with_conjuncts(c)]


def _attached_parties(trigger: Trigger, roles: Roles, lex: TransferLexicon) -> None:
    """Parties in "to X", "from X" (and "for X" when no "to X") on the trigger or on an object phrase.

    On one object conjunct of several they are bound to it ("drones from Iran and shells from North Korea").
    """
    tok = trigger.token
    holders: list[Token] = []
    for obj in roles.objects:
        if obj.dep_ in OBJECTS | {"pobj", "nsubjpass", "conj"}:
            for item in with_conjuncts(obj):
                holders.extend([item, *_of_chain(item)])
                # "buy weapons worth $3 billion from Italy": the "from" hung on the amount
                holders.extend(c for c in item.children if c.dep_ == "amod" and c.lower_ in lex.amount_words)
    word = "to"
    if trigger.frame == "supply" and not any(True for holder in [tok, *holders] for _ in preps(holder, "to")):
        word = "for"  # "a package for Ukraine", "weapons for Kyiv"
    for holder in [tok, *holders]:
        bound = holder.i != tok.i
        found_to = list(preps(holder, word)) if trigger.frame == "supply" else []
        if trigger.frame == "supply":  # "from the United States to Israel" with "to" hung on "from"
            found_to.extend(
                o
                for origin in holder.children
                if origin.dep_ == "prep" and origin.lower_ == "from"
                for o in preps(origin, "to")
            )
        for participle in holder.children:
            if participle.dep_ in ("acl", "amod") and participle.lower_ in lex.destination_words:
                found_to.extend(o for w in ("for", "to") for o in preps(participle, w))  # "bound for Russia"
        if not found_to and trigger.frame == "supply" and not trigger.nominal and holder.dep_ in OBJECTS:
            found_to = _stray_destination(holder)
        found_to = [b for place in found_to for b in beneficiaries(place) or [place]]  # "to Libya for the LNA"
        if found_to and word == "to":
            users_at = [tok, holder, *([tok.head] if trigger.nominal and tok.dep_ in OBJECTS else [])]
            found_to = _end_users(users_at, found_to, lex) or found_to  # "sent arms to Turkey for militants"
        for obj in found_to:
            roles.recipients.extend(with_conjuncts(obj))
            if bound:
                roles.bound_recipients.setdefault(holder.i, []).extend(with_conjuncts(obj))
        if trigger.frame == "acquire" or trigger.nominal or not roles.suppliers:
            origins = list(preps(holder, "from"))
            for obj in origins:
                givers = [c for c in with_conjuncts(obj) if c.i == obj.i or c.pos_ != "NOUN"]
                roles.suppliers.extend(givers)
                if bound and holder.dep_ in OBJECTS and _second_object(tok, obj, origins, roles):
                    break
                if bound:
                    roles.bound_suppliers.setdefault(holder.i, []).extend(givers)


def _end_users(holders: list[Token], places: list[Token], lex: TransferLexicon) -> list[Token]:
    """The party a "for" phrase on the verb or its object names after its "to X" ("sold arms to Turkey for
    militants in Syria", "shipped rockets to Yemen for the Houthis"): the end user receives, the place is a transit.
    A common noun there is a purpose ("to Poland for its air defence"), unless it names fighters ("for rebels")."""
    phrases = {c.i: c for h in holders for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "for"}
    found = [t for c in phrases.values() for o in c.children if o.dep_ == "pobj" for t in with_conjuncts(o)]
    users = [u for u in found if u.i > max(p.i for p in places)]
    named = [u for u in users if u.pos_ == "PROPN" and (not u.ent_type_ or u.ent_type_ in _PARTY_ENTITIES)]
    return named + [u for u in users if u.lower_ in lex.insurgent_nouns]


def _second_object(trigger: Token, giver: Token, origins: list[Token], roles: Roles) -> bool:
    """ "received drones from Iran and artillery shells from North Korea", parsed with the shells as a conjunct of
    Iran and their "from" on the verb or on the first object: the shells are an object of their own, given by that
    later "from X". Binds the first object's giver and the second object's; True when it did."""
    items = [c for c in with_conjuncts(giver) if c.i != giver.i and c.pos_ == "NOUN"]
    if not items:
        return False
    holder = giver.head.head
    roles.bound_suppliers.setdefault(holder.i, []).append(giver)
    later = [o for o in [*origins, *preps(trigger, "from")] if o.i > items[-1].i]
    for item in items:
        roles.objects.append(item)
        roles.bound_suppliers.setdefault(item.i, []).extend(t for o in later for t in with_conjuncts(o))
    return True


def _stray_destination(obj: Token) -> list[Token]:
    """A "to X" the parser hung on a verb inside a long object ("handed over Iskander-M systems capable of
    carrying nuclear warheads to Belarus"): the destination of the whole phrase when it names a proper noun."""
    inner = [
        t
        for t in obj.subtree
        if t.dep_ == "prep" and t.lower_ == "to" and t.head.pos_ in ("VERB", "ADJ") and t.head.i != obj.i
    ]
    names = [o for prep in inner[-1:] for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    return names if names and names[0].right_edge.i == obj.right_edge.i else []


def is_presupposed(trigger: Trigger) -> bool:
    """A participle or relative clause on a noun ("the missiles sent to Russia") presupposes the transfer."""
    tok = trigger.token
    if trigger.nominal or tok.dep_ not in ("relcl", "acl"):
        return False
    # An infinitive on a noun ("calls to provide weapons", "talks to buy drones") asserts nothing.
    infinitive = tok.tag_ == "VB" or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    # A past participle the tagger read as a past tense ("drones acquired from Turkey" as VBD) has no subject.
    mistagged = tok.tag_ == "VBD" and not any(c.dep_ in SUBJECTS for c in tok.children)
    return not infinitive and (tok.dep_ == "relcl" or tok.tag_ in ("VBN", "VBG") or mistagged)


def anaphoric(noun: Token, lex: TransferLexicon) -> bool:
    """True when an event noun refers back to a known claim ("these shipments", "such transfers", "it")."""
    return noun.pos_ == "PRON" or any(
        c.dep_ in ("det", "predet") and c.lower_ in lex.anaphoric_determiners for c in noun.children
    )
