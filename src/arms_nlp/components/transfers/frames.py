"""Transfer frames beyond give/sell verbs, read off the dependency parse (tokens only, like ``roles``).

Frames that are purely structural are spaCy DependencyMatcher patterns in ``data/transfer_patterns.yaml``
(matched once per Doc: "in exchange for", "Iranian-supplied", "en route to"); frames that need logic are one
small function each, with their words in ``data/transfer_triggers.yaml``. ``roles.find_trigger`` and
``roles.roles_of`` call them:

- deals written as their goods: "signed a $4.6 billion deal for 96 Apaches from the United States", "the
  contract also includes AIM-9X missiles", a supplier's share: "accounted for 36% of India's arms imports";
- cargo on its way: "the vessel carrying rifles was bound for Yemen", "seized packages ... destined for",
  "a Yemen-bound dhow", "to eastern Libya for the Libyan National Army";
- exchanges: "sent drones to Russia in exchange for Su-35 jets" (two transfers, opposite ways);
- givers written on the weapon: "Iranian-supplied drones", "drones made in Iran", "tanks donated by Germany";
- elliptical objects: "will send 8 more", "the last two", "four of them".
"""

from __future__ import annotations

import operator
from collections.abc import Mapping
from functools import reduce
from typing import Any

import numpy
from spacy.attrs import HEAD, IDS
from spacy.matcher import DependencyMatcher
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from ...docindex import index_of
from ...kb.transfer_patterns import TRIGGER, FramePattern, transfer_patterns
from ...kb.transfers import TransferLexicon
from ...normalize.numbers import parse_number
from ...syntax import OBJECTS, is_relative_pronoun, lemma, prep_parties, preps, with_conjuncts

# ---------------------------------------------------------------- structural frames (data/transfer_patterns.yaml)

#: Token indices of every structural frame of a Doc, by (frame name, trigger index), then by node name.
Matches = dict[tuple[str, int], dict[str, int]]
#: Where the frames of a Doc are kept in its per-Doc index.
_FOUND = "transfer_frames"
#: Token attributes a node's test can be checked on in a Doc's attribute array (exact values only).
_CHECKED = ("ORTH", "LOWER", "NORM", "LEMMA", "TAG", "POS", "DEP")


class FrameMatcher:
    """The structural frames (``data/transfer_patterns.yaml`` by default), one spaCy DependencyMatcher each.

    A DependencyMatcher walks up the tree from every token any node of a pattern fits, which costs more than
    all the rest of a frame's work; most Docs hold no frame at all. So a frame's matcher runs only on a Doc
    passing a cheap pre-check on its attribute arrays: every node has a token fitting its exact-valued
    attributes whose ">" (head) or "." (preceding) token fits the node it links to. The check only ever
    lets through more than the pattern matches, so the matches are the DependencyMatcher's own. A frame that
    is a chain of heads with exact tests only ("a pronoun subject of a verb") is matched off the arrays whole:
    it fits many Docs, and its matches are the tokens the check lets through.
    """

    def __init__(self, vocab: Vocab, frames: Mapping[str, FramePattern] | None = None) -> None:
        self.frames = dict(transfer_patterns().frames if frames is None else frames)
        self._matchers: dict[str, DependencyMatcher] = {}
        for name, frame in self.frames.items():
            self._matchers[name] = matcher = DependencyMatcher(vocab)
            matcher.add(name, [frame.pattern])
        self._tests = {
            name: [_node_test(node.get("RIGHT_ATTRS", {}), vocab) for node in frame.pattern]
            for name, frame in self.frames.items()
        }
        self._attrs = sorted({attr for tests in self._tests.values() for test in tests for attr in test})
        #: Frames matched off the attribute arrays alone (see :func:`_head_chain`), without their DependencyMatcher.
        self._chains = {
            name: chain for name, frame in self.frames.items() if (chain := _head_chain(frame.pattern, vocab))
        }

    def __call__(self, doc: Doc) -> Matches:
        """The frames of ``doc`` (none without a dependency parse), also kept for :func:`frame_at`."""
        found: Matches = {}
        if doc.has_annotation("DEP"):
            rows = doc.to_array([HEAD, *self._attrs])
            heads = numpy.arange(len(doc)) + rows[:, 0].astype(numpy.int64)
            columns = {attr: rows[:, k + 1] for k, attr in enumerate(self._attrs)}
            for name, frame in self.frames.items():
                fits = _fits(frame.pattern, self._tests[name], columns, heads)
                if fits is not None and name in self._chains:
                    for trigger in numpy.flatnonzero(fits[TRIGGER]).tolist():
                        found.setdefault((name, trigger), _up_the_chain(self._chains[name], trigger, heads))
                elif fits is not None:
                    for _, indices in self._matchers[name](doc):
                        named = {node["RIGHT_ID"]: i for node, i in zip(frame.pattern, indices, strict=True)}
                        found.setdefault((name, named[TRIGGER]), named)
        index_of(doc).found[_FOUND] = found
        return found


def _node_test(attrs: Mapping[str, Any], vocab: Vocab) -> dict[int, list[int]]:
    """A node's exact-valued attributes (``{"LOWER": "in"}``, ``{"DEP": {"IN": [...]}}``) as attribute id ->
    the values allowed, as ``doc.to_array`` gives them (string ids, which are symbol ids for built-in labels
    such as "nsubj"); other tests (REGEX, NOT_IN...) are left out."""
    test: dict[int, list[int]] = {}
    for key, value in attrs.items():
        name = "ORTH" if key.upper() == "TEXT" else key.upper()
        values = value if isinstance(value, str) else value.get("IN") if isinstance(value, dict) else None
        if name not in _CHECKED or values is None or (isinstance(value, dict) and len(value) != 1):
            continue
        words = [values] if isinstance(values, str) else list(values)
        if name == "POS" and not all(w in POS_IDS for w in words):
            continue
        ids = [POS_IDS[w] for w in words] if name == "POS" else [vocab.strings.add(w) for w in words]
        test[IDS[name]] = ids
    return test


def _head_chain(pattern: list[dict[str, Any]], vocab: Vocab) -> list[str] | None:
    """The node names of a pattern that is a chain of heads ending at its trigger, each node the immediate head
    (">") of the next, with exact-valued tests only (``{"POS": "PRON", "DEP": "nsubj"}``), from the trigger up;
    None for any other pattern. The tokens fitting such a trigger in :func:`_fits` are exactly its matches, and
    each has one: the trigger's head, that one's head, and so on."""
    if any(len(_node_test(node.get("RIGHT_ATTRS", {}), vocab)) != len(node.get("RIGHT_ATTRS", {})) for node in pattern):
        return None
    links = {node["RIGHT_ID"]: node.get("LEFT_ID") for node in pattern}
    if any(node.get("REL_OP", ">") != ">" for node in pattern[1:]) or TRIGGER not in links:
        return None
    chain = [TRIGGER]
    while links[chain[-1]] is not None:
        chain.append(links[chain[-1]])
    return chain if len(chain) == len(pattern) else None


def _up_the_chain(chain: list[str], trigger: int, heads: numpy.ndarray) -> dict[str, int]:
    """The match of a :func:`_head_chain` frame on ``trigger``: its nodes' tokens, by name."""
    named, i = {}, trigger
    for node in chain:
        named[node] = i
        i = int(heads[i])
    return named


def _fits(
    pattern: list[dict[str, Any]],
    tests: list[dict[int, list[int]]],
    columns: Mapping[int, numpy.ndarray],
    heads: numpy.ndarray,
) -> dict[str, numpy.ndarray] | None:
    """By node name, which tokens fit the node's exact values (``tests``, one per node) and link as the pattern
    says to a token fitting the node before it (">": its head, ".": right before it); None as soon as a node has
    none, when the pattern cannot match the Doc. Each node narrows the next, so a chain of links is checked whole."""
    fits: dict[str, numpy.ndarray] = {}
    for node, test in zip(pattern, tests, strict=True):
        fit = numpy.ones(len(heads), dtype=bool)
        for attr, allowed in test.items():
            column = columns[attr]
            fit &= reduce(operator.or_, (column == value for value in allowed))  # a few values: faster than isin
        left = fits.get(node.get("LEFT_ID", ""))
        if left is not None and node["REL_OP"] == ">":
            fit &= left[heads] & (heads != numpy.arange(len(heads)))  # tokens hanging on one fitting that node
        elif left is not None and node["REL_OP"] == ".":
            fit[1:] &= left[:-1]  # only tokens right after one fitting the node they follow
            fit[0] = False
        if not fit.any():
            return None
        fits[node["RIGHT_ID"]] = fit
    return fits


def frame_at(token: Token, name: str) -> dict[str, Token] | None:
    """The named tokens of frame ``name`` whose trigger is ``token``, if the Doc's frames hold one."""
    found = index_of(token.doc).found.get(_FOUND, {}).get((name, token.i))
    return None if found is None else {node: token.doc[i] for node, i in found.items()}


def frame_triggers(doc: Doc) -> set[int]:
    """Indices of the tokens some structural frame of the Doc triggers on."""
    return {i for _, i in index_of(doc).found.get(_FOUND, {})}


# ---------------------------------------------------------------- deals


def deal_verb(noun: Token, lex: TransferLexicon) -> Token | None:
    """The verb signing or placing a deal noun ("Poland signed a deal", "placed an order", "Vietnam and Russia
    agreed on a deal"), if any."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in lex.deal_signer_preps and verb.head.i != verb.i:
        verb = verb.head  # the deal through a preposition of the signing verb
    elif noun.dep_ not in OBJECTS:
        return _signing_clause(noun, lex)
    if verb.i != noun.i and verb.pos_ in ("VERB", "AUX") and lemma(verb) in lex.deal_signers:
        return verb
    return _signing_clause(noun, lex)


def deal_winners(noun: Token, lex: TransferLexicon) -> tuple[list[Token], list[Token]] | None:
    """(winners, buyers) of a deal noun won or awarded: "BAE Systems has won a deal with Oman" (the subject sells),
    "Brazil awarded Saab the contract", "Saab was awarded the contract by Brazil", "the contract was awarded to
    Saab" (the awarder, subject or "by X", buys); None for a deal no verb of winning takes."""
    verb = _winning_participle(noun, lex) or noun.head
    passive = verb.dep_ == "acl" or noun.dep_ == "nsubjpass"  # "a contract won by Hanwha", "was awarded to Saab"
    if verb.i == noun.i or lemma(verb) not in lex.deal_winning_verbs:
        return None
    if not passive and noun.dep_ not in OBJECTS:
        return None
    won = lemma(verb) in lex.winning_verbs
    agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if passive:
        winners, buyers = (agents, prep_parties(verb, "from")) if won else (prep_parties(verb, "to"), agents)
    elif won:  # "BAE Systems has won a deal with Oman", "Saab landed an order from Brazil"
        winners = [c for c in verb.children if c.dep_ == "nsubj"]
        buyers = [t for holder in (noun, verb) for word in ("from", "with") for t in prep_parties(holder, word)]
    else:  # "Brazil awarded Saab the contract", "Saab was awarded the contract by Brazil"
        winners = [c for c in verb.children if c.dep_ in ("dative", "nsubjpass") and c.pos_ != "ADP"]
        winners += prep_parties(verb, "to")
        buyers = [c for c in verb.children if c.dep_ == "nsubj"] + agents
    winners = [t for t in winners if not is_relative_pronoun(t)]
    return (with_conjuncts(winners[0]), [b for t in buyers for b in with_conjuncts(t)]) if winners else None


def _winning_participle(noun: Token, lex: TransferLexicon) -> Token | None:
    """A participle of winning or awarding on a deal noun ("a contract awarded to Saab", "a contract won by Hanwha")."""
    return next((c for c in noun.children if c.dep_ == "acl" and lemma(c) in lex.deal_winning_verbs), None)


def _signing_clause(noun: Token, lex: TransferLexicon) -> Token | None:
    """The signing verb of a relative clause whose object is the deal noun itself ("a contract Poland signed in
    2022 for 180 tanks", "the deal that India signed with Russia"): the clause has no object of its own."""
    for clause in (c for c in noun.children if c.dep_ == "relcl" and lemma(c) in lex.deal_signers):
        objects = [c for c in clause.children if c.dep_ in OBJECTS]
        if all(is_relative_pronoun(o) for o in objects) and any(c.dep_ == "nsubj" for c in clause.children):
            return clause
    return None


def deal_goods(noun: Token, lex: TransferLexicon) -> list[Token]:
    """What a deal noun buys: the "for" objects on the noun, on its amount ("a contract worth $2 billion for
    24 jets") or on the verb signing it ("signed a contract with France for 24 Rafales"). Event nouns there
    ("a contract for the delivery of") are triggers of their own and are left to them."""
    holders = [noun]
    holders += [
        t for t in noun.subtree if t.i > noun.i and (t.lower_ in lex.amount_words or lemma(t) in lex.amount_words)
    ]
    verb = deal_verb(noun, lex)
    if verb is not None:
        holders.append(verb)
    elif deal_winners(noun, lex) is not None:  # "Saab was awarded a contract by Brazil for 36 Gripen jets"
        holders.append(_winning_participle(noun, lex) or noun.head)
    elif noun.dep_ in OBJECTS and lemma(noun.head) in lex.approving_verbs:
        holders.append(noun.head)  # "approved a $10 billion deal for 50 F-35 jets to the UAE"
    goods = [obj for holder in holders for obj in preps(holder, "for")] + listed_deals(noun, lex)
    return [g for g in goods if g.pos_ in ("NOUN", "PROPN", "NUM") and lemma(g) not in lex.trigger_lemmas]


def listed_deals(noun: Token, lex: TransferLexicon) -> list[Token]:
    """The goods of a list of deals after a colon closing the deal noun's phrase ("regarding the proposed deals:
    $10.4 billion for 50 F-35A aircraft, $10 billion for 800 missiles", "two contracts: one for 24 jets and another
    for two frigates"): the "for" objects of the amounts or ``deal_list_items`` listed there, however attached."""
    doc, end = noun.doc, noun.sent.end
    colon = next((t.i for t in doc[noun.i + 1 : end] if t.text == ":" or t.pos_ in ("VERB", "AUX")), end)
    if colon >= end or doc[colon].text != ":":
        return []  # no colon, or a clause of its own before it
    return [
        t
        for t in doc[colon + 1 : noun.sent.end]
        if t.dep_ == "pobj"
        and t.head.lower_ == "for"
        and (is_price(t.head.head, lex) or t.head.head.lower_ in lex.deal_list_items)
    ]


def is_price(obj: Token, lex: TransferLexicon) -> bool:
    """A "for" object that is the price paid, not the goods: "$500 million", "2 billion euros", "a combined
    price of $1.2 billion"."""
    return lemma(obj) in lex.price_nouns or obj.lower_ in lex.currency_nouns or any(t.tag_ == "$" for t in obj.subtree)


def states_goods(noun: Token, lex: TransferLexicon) -> bool:
    """True for a deal noun that names what it buys: "a deal for 96 Apaches", "the contract includes 15 Gripen
    E", "the Rafale agreement" (whether those are weapons is checked on the records)."""
    contents = content_verb(noun, lex) is not None or bool(contained_subjects(noun, lex) or carried(noun, lex))
    named = any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < noun.i for c in noun.children)
    return contents or named or bool(deal_goods(noun, lex))


def content_verb(noun: Token, lex: TransferLexicon) -> Token | None:
    """The verb saying what a deal noun, or a part of it, holds: "the contract includes 15 Gripen E", "another
    part of the deal would focus on Su-35 jets", "the first phase of the contract covers 28 jets"."""
    holder = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and lemma(noun.head.head) in lex.part_nouns:
        holder = noun.head.head
    verb = holder.head
    if holder.dep_ == "nsubj" and holder.i != verb.i and lemma(verb) in lex.content_verbs:
        return verb
    return None


def content_objects(noun: Token, lex: TransferLexicon) -> list[Token]:
    """What :func:`content_verb` says the deal holds: its objects, and its "on" objects ("focus on")."""
    verb = content_verb(noun, lex)
    if verb is None:
        return copula_list(noun, lex) or contained_subjects(noun, lex)
    found = [c for c in verb.children if c.dep_ in OBJECTS]
    return found + [o for word in lex.content_verb_preps for o in preps(verb, word)]


def contained_subjects(noun: Token, lex: TransferLexicon) -> list[Token]:
    """What is said to be inside a deal noun: "HIMARS launchers are included in the package", "thirty Rafale
    fighters are part of the deal"."""
    if noun.dep_ != "pobj":
        return []
    prep, holder = noun.head, noun.head.head
    if prep.lower_ == "in" and lemma(holder) in lex.content_verbs and any(c.dep_ == "auxpass" for c in holder.children):
        return [c for c in holder.children if c.dep_ == "nsubjpass"]
    if prep.lower_ == "of" and lemma(holder) in lex.part_nouns and holder.dep_ == "attr":
        return [c for c in holder.head.children if c.dep_ == "nsubj"]
    return []


def enclosing_deal(noun: Token, lex: TransferLexicon) -> Token | None:
    """The deal noun an event noun is the goods of: "signed a contract with France for the purchase of
    missiles" (the "for" on the deal or on the verb signing it), "a deal for the acquisition of four warships"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    holder = noun.head.head
    if lemma(holder) in lex.deal_nouns and holder.pos_ == "NOUN":
        return holder
    if holder.pos_ in ("VERB", "AUX") and lemma(holder) in lex.deal_signers:
        return next((c for c in holder.children if c.dep_ in OBJECTS and lemma(c) in lex.deal_nouns), None)
    return None


def share_verb(noun: Token, lex: TransferLexicon) -> Token | None:
    """The verb stating a supplier's share of an import noun: "Russia accounted for 36% of India's arms imports"
    (its subject supplies), "made up a third of its imports"."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.i == of.i:
        return None
    share = of.head  # "36%", "a third", "most"
    verb = share.head.head if share.dep_ == "pobj" and share.head.lower_ == "for" else share.head
    return verb if verb.pos_ in ("VERB", "AUX") and lemma(verb) in lex.share_verbs else None


def deal_sides(noun: Token, lex: TransferLexicon) -> tuple[list[Token], list[Token]]:
    """(sellers, partners) of a deal for goods: "from X" on the deal, the verb signing it or its goods sells
    ("a deal for 96 Apaches from the United States"); "with X" is the other side, seller or buyer ("Greece
    signed a contract with France for Rafales", "Saab signed a contract with Colombia for Gripens")."""
    verb = deal_verb(noun, lex)
    holders = [noun, *deal_goods(noun, lex), *([verb] if verb is not None else [])]
    sellers = [t for holder in holders for t in prep_parties(holder, "from")]
    partners = [t for holder in holders for t in prep_parties(holder, "with") if not _absolute_clause(t, lex)]
    return list(dict.fromkeys(sellers)), list(dict.fromkeys(partners))


def _absolute_clause(word: Token, lex: TransferLexicon) -> bool:
    """True for the subject of a "with" clause, no side of a deal: "with deliveries expected to start in 2017",
    "with the first jets due next year" (a verb or an adjective of time hangs on it, or it is an event noun)."""
    clause = any(
        c.dep_ in ("acl", "amod", "relcl") and c.i > word.i and c.pos_ in ("VERB", "ADJ") for c in word.children
    )
    return clause or lemma(word) in lex.trigger_lemmas


# ---------------------------------------------------------------- cargo on its way


def destination_places(word: Token) -> list[Token]:
    """Where a destination word sends its cargo: "bound for X", "headed to X", "en route to X"."""
    route = frame_at(word, "en_route")
    if route is not None:  # "to X" on "route", or hung on the word "en route" modifies
        return [t for holder in (route["route"], route["carrier"]) for t in prep_parties(holder, "to")]
    written = frame_at(word, "hyphen_destination")
    if written is not None:
        return with_conjuncts(written["place"])
    return [*prep_parties(word, "for"), *prep_parties(word, "to")]


def destination_carrier(word: Token, lex: TransferLexicon) -> Token | None:
    """What moves to the destination: the noun the word modifies ("a dhow bound for Yemen", "a ship en route
    to Syria"), or its subject as a predicate ("the cargo was destined for the Houthis", "which was bound for")."""
    if word.dep_ in ("acl", "amod", "prep") and word.head.pos_ in ("NOUN", "PROPN"):
        return word.head
    if word.dep_ == "advcl" and lemma(word.head) in lex.seizure_verbs:
        return next((c for c in word.head.children if c.dep_ in OBJECTS), None)  # "seized packages ... destined for"
    subject = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and is_relative_pronoun(subject) and word.dep_ == "relcl":
        return word.head
    return subject


def beneficiaries(place: Token) -> list[Token]:
    """The named party a destination is for: "flown radars to eastern Libya for Haftar's Libyan National Army"
    (the army receives, not the place); a common noun there is a purpose ("to Ukraine for its offensive")."""
    return [t for t in prep_parties(place, "for") if t.pos_ == "PROPN"]


def seized_cargo(verb: Token, lex: TransferLexicon) -> list[Token]:
    """What a seizure took: its objects, and what they or the vessel it was taken from held ("seized 200
    packages from a vessel containing missile components")."""
    taken = [c for c in verb.children if c.dep_ in OBJECTS]
    vessels = [o for word in lex.cargo_preps | {"from"} for o in preps(verb, word)]
    # "seized a dhow carrying rifles", with the participle hung on the verb
    loose = [
        o
        for v in verb.children
        if v.dep_ == "advcl" and lemma(v) in lex.carry_verbs
        for o in v.children
        if o.dep_ in OBJECTS
    ]
    return taken + loose + [o for holder in taken + vessels for o in carried(holder, lex)]


def seizing_verb(carrier: Token, lex: TransferLexicon) -> Token | None:
    """The seizure a carrier's cargo was taken in: "seized jets in the hold of a ship", "seized rifles aboard a
    dhow" (up through prepositional phrases to the first verb)."""
    node = carrier
    while node.dep_ in ("pobj", "prep") and node.head.i != node.i:
        node = node.head
    verb = node.head if node.dep_ in OBJECTS else node
    return verb if verb.pos_ in ("VERB", "AUX") and lemma(verb) in lex.seizure_verbs else None


def seized_carrier_origin(word: Token, lex: TransferLexicon) -> bool:
    """True for a carrier's voyage from a place, the carrier holding a seized cargo: "seized two jets in the hold
    of a North Korean ship traveling from Cuba" (what travels, not any ship "sailing from Odesa")."""
    if lemma(word) not in lex.travel_verbs or word.dep_ not in ("acl", "relcl"):
        return False
    if lemma(word.head) not in lex.carrier_nouns or not prep_parties(word, "from"):
        return False
    return seizing_verb(word.head, lex) is not None


def flag_states(carrier: Token) -> list[Token]:
    """The state a carrier is written as belonging to ("a North Korean ship"): the receiving side of its cargo
    when no destination is given."""
    return [c for c in carrier.children if c.dep_ in ("amod", "compound", "nmod") and c.i < carrier.i and c.ent_type_]


def is_destination(word: Token, lex: TransferLexicon) -> bool:
    """True for a destination word stating a cargo on its way somewhere: "bound for", "destined for", "en route to"."""
    if word.lower_ not in lex.destination_words or not destination_places(word):
        return False
    if word.lower_ == "en":
        return frame_at(word, "en_route") is not None
    carrier = destination_carrier(word, lex)
    if frame_at(word, "hyphen_destination") is not None:
        return word.head.i != word.i  # "a Yemen-bound dhow", whatever the tagger made of "dhow"
    return carrier is not None and carrier.pos_ in ("NOUN", "PROPN")


def carried(carrier: Token, lex: TransferLexicon) -> list[Token]:
    """What a carrier holds: "a ship carrying rifles", "packages containing missile parts", "containers that
    could contain shells", and the objects of
    the verb it is the subject of ("the dhow, bound for Yemen, carried anti-tank missiles")."""
    verbs = [v for v in carrier.children if v.dep_ == "acl" and lemma(v) in lex.carry_verbs]
    # "containers that could contain artillery shells"
    verbs += [v for v in carrier.children if v.dep_ == "relcl" and lemma(v) in lex.carry_verbs and _relative_subject(v)]
    if carrier.dep_ in ("nsubj", "nsubjpass") and lemma(carrier.head) in lex.carry_verbs:
        verbs.append(carrier.head)
    return [obj for verb in verbs for obj in verb.children if obj.dep_ in OBJECTS]


def _relative_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and is_relative_pronoun(c) for c in verb.children)


def carried_from(carrier: Token, lex: TransferLexicon) -> list[Token]:
    """The "from X" of the verb a carrier is the subject of ("carried missiles from Iran")."""
    if carrier.dep_ in ("nsubj", "nsubjpass") and lemma(carrier.head) in lex.carry_verbs:
        return prep_parties(carrier.head, "from")
    return []


# ---------------------------------------------------------------- exchanges


def exchanged_for(noun: Token) -> Token | None:
    """The verb an "in exchange for X" / "in return for X" phrase hangs on, when ``noun`` is its "exchange"
    ("sent drones to Russia in exchange for jets"): the exchange frame of transfer_patterns.yaml."""
    found = frame_at(noun, "exchange")
    return found["verb"] if found is not None else None


# ---------------------------------------------------------------- origin adjectives


def hyphen_origin(participle: Token) -> list[Token]:
    """The giver written into a hyphenated participle: "Iranian-supplied drones", "US-donated rifles" (the
    hyphen_origin frame of transfer_patterns.yaml)."""
    found = frame_at(participle, "hyphen_origin")
    return [found["giver"]] if found is not None else []


def makers(noun: Token, lex: TransferLexicon) -> list[Token]:
    """Where or by whom a weapon was made, written as a participle on it ("drones made in Iran", "rifles
    manufactured by Russia"): its origin, the supplier when the sentence names no other."""
    participles = [c for c in noun.children if c.dep_ == "acl" and lemma(c) in lex.making_verbs]
    return [t for p in participles for word in ("in", "by") for t in prep_parties(p, word) if t.pos_ == "PROPN"]


def participle_givers(noun: Token, lex: TransferLexicon) -> list[Token]:
    """Who gave a weapon, by a participle on it: "the Leopard tanks donated by Germany", "launchers bought from
    India"."""
    found: list[Token] = []
    for participle in (c for c in noun.children if c.dep_ == "acl"):
        word = lemma(participle)
        if word in lex.supply_verbs:
            found += [o for a in participle.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        elif word in lex.acquire_verbs:
            found += prep_parties(participle, "from")
    return found


def holder_of(noun: Token, lex: TransferLexicon) -> list[Token]:
    """Who has a weapon in hand: the subject of the verb using it ("Russian forces used ... drones"), the "by X"
    of a use participle on it ("drones used by Russia"), or its possessor ("Russia's drones")."""
    found = [c for c in noun.children if c.dep_ == "poss"]
    verb = noun.head
    if noun.dep_ in OBJECTS and lemma(verb) in lex.user_verbs:
        found += [c for c in verb.children if c.dep_ in ("nsubj",)]
    for participle in (c for c in noun.children if c.dep_ == "acl" and lemma(c) in lex.user_verbs):
        found += [o for a in participle.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return found


# ---------------------------------------------------------------- elliptical objects


def _count_of(token: Token) -> float | None:
    """The value of a number token ("two", "8"), None for anything else."""
    return parse_number(token.text) if token.pos_ == "NUM" or token.like_num else None


def standing_object(obj: Token, lex: TransferLexicon) -> Token | None:
    """The word of an object that stands for weapons named before: a pronoun ("them"), a bare count ("will
    hand over the last two", "8 more"), or the pronoun a count takes ("four of them"); None otherwise."""
    if obj.lower_ in lex.object_pronouns or lemma(obj) in lex.carrier_heads:
        return obj
    if _count_of(obj) is None:
        return None
    inner = list(preps(obj, "of"))
    if not inner:
        return obj  # "the last two"
    return inner[0] if inner[0].lower_ in lex.object_pronouns else None  # "four of them"


def elliptical_count(obj: Token) -> float | None:
    """The count an elliptical object states: "the last two" (2), "8 more" (8), "four of them" (4)."""
    own = _count_of(obj)
    if own is not None:
        return own
    return next((v for c in obj.children if c.dep_ == "nummod" and (v := _count_of(c)) is not None), None)


# ---------------------------------------------------------------- deployments


def deployed(verb: Token, lex: TransferLexicon) -> bool:
    """A sending verb that deploys rather than transfers: its purpose is an exercise or a visit ("sent bombers to
    Venezuela for a joint exercise", "sent jets to take part in drills"), or its goods go with troops ("sent troops
    and tanks to Syria")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i > verb.i]
    purposes = [*preps(verb, "for"), *(o for c in clauses for w in ("in", "for") for o in preps(c, w))]
    goods = [t for c in verb.children if c.dep_ in OBJECTS for t in with_conjuncts(c)]
    return any(lemma(p) in lex.deployment_purposes for p in purposes) or any(
        lemma(t) in lex.personnel_nouns for t in goods
    )


def place_adverb(verb: Token, lex: TransferLexicon) -> bool:
    """A sending verb with an adverb of place ("Turkey sent warships nearby"): a destination no party names."""
    return any(c.dep_ == "advmod" and c.lower_ in lex.place_adverbs for c in verb.children)


def bundle_pronoun(token: Token, lex: TransferLexicon) -> bool:
    """ "It also includes 20 Meteor missiles" right after a sentence naming a package or a deal: the pronoun
    subject of a content verb stands for that bundle; "These are assault rifles and pistols" right after a
    sentence telling of a transfer: the pronoun lists its goods."""
    if frame_at(token, "bundle_pronoun") is None:
        return False
    listing = bool(copula_list(token, lex))
    if not listing and (token.lower_ not in lex.bundle_pronouns or lemma(token.head) not in lex.content_verbs):
        return False
    start = token.sent.start
    if start == 0:
        return False
    bundles = lex.bundle_nouns | lex.deal_nouns
    before = token.doc[start - 1].sent
    if listing:
        return any(lemma(t) in lex.trigger_lemmas for t in before)
    return any(t.pos_ == "NOUN" and lemma(t) in bundles for t in before)


def copula_list(pronoun: Token, lex: TransferLexicon) -> list[Token]:
    """The complement of a copula a listing pronoun is the subject of ("These are assault rifles, machine guns"),
    unless negated ("these are not weapons")."""
    verb = pronoun.head
    if pronoun.lower_ not in lex.listing_pronouns or pronoun.dep_ != "nsubj" or lemma(verb) not in lex.listing_copulas:
        return []
    if any(c.dep_ == "neg" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "attr" and c.i > verb.i]
