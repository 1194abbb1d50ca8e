"""Status and source of a transfer mention, read off the dependency parse (arms_transfers helpers).

A denial (a negated trigger, a governing "deny") wins, then the modality nearest the trigger
(negotiating, planned), then the nearest attribution (reported, confirmed); governing
restrictions and hypotheses ("sanctions on ...", "if it went through with ...") block the mention.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from ...kb.transfers import TransferLexicon
from ...records import TransferStatus
from ...syntax import OBJECTS, SUBJECTS, lemma, preps
from .links import Context
from .roles import Trigger, is_presupposed, penalised_deed, subject_of

#: Order in which a modifier's cue words are tried ("possible", "alleged", "planned").
_STATUS_ORDER: tuple[TransferStatus, ...] = ("denied", "negotiating", "planned", "confirmed", "reported")


@dataclass
class Status:
    """The status of a mention, the tokens that may name its source (nearest first), and whether a cue decided it."""

    status: TransferStatus = "reported"
    sources: list[Token] = field(default_factory=list)
    explicit: bool = False
    speech: bool = False
    presupposed: bool = False
    #: A deal word with no modality of its own, under an attribution ("sold arms to Qatar, officials say").
    attributed_deal: bool = False


def _governors(token: Token, sent: Span) -> Iterator[Token]:
    """The trigger's ancestors inside the sentence, nearest first."""
    for anc in token.ancestors:
        if not (sent.start <= anc.i < sent.end):
            return
        yield anc


def _according_to(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "according":
            for obj in preps(child, "to"):
                return obj
    return None


def _own_halt(tok: Token, governor: Token, lex: TransferLexicon) -> bool:
    """True when the governor halts a supply of its own subject's ("Germany halted deliveries of tanks to Turkey"):
    the trigger names no giver of its own, as "the sanctions stopped Iran's deliveries" does."""
    if lemma(governor) not in lex.halting_verbs or not any(c.dep_ in SUBJECTS for c in governor.children):
        return False
    givers = [c for c in tok.children if c.dep_ in ("poss", "nsubj", "agent") and c.pos_ != "PRON"]
    return not givers and not any(True for _ in preps(tok, "by"))  # "ceased its exports": its own


def blocked(trigger: Trigger, sent: Span, lex: TransferLexicon) -> bool:
    """True when a governor turns the mention into a restriction or a hypothesis, not a claim."""
    tok = trigger.token
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
    ):
        return True  # "It is unusual for Germany to send tanks": a for-to infinitive asserts nothing
    if _normative(tok, lex):
        return True  # "Serbia should not buy the Chinese system": advice, no claim
    if _topic_gerund(tok):
        return True  # "Sending heavy weapons to Kiev could be too escalatory": a topic, not an event
    if _remit(trigger, sent, lex):
        return True  # "the official overseeing weapons exports": a field of work, not a transfer
    chain = [tok, *_governors(tok, sent)]
    reason = next((i for i, node in enumerate(chain) if _reason_gerund(node) or penalised_deed(node, lex)), None)
    chain = chain if reason is None else chain[: reason + 1]  # "sanctioned Ankara for buying S-400s": a fact
    for position, node in enumerate(chain):
        if position == 1 and _own_halt(tok, node, lex):
            continue  # "Russia stopped sending S-300s to Iran": its own supply, which went on until then
        if position and lemma(node) in lex.blocking:
            return True
        if node.dep_ == "pcomp" and node.head.lower_ in lex.blocking_preps:
            return True  # "warned Beijing against supplying weapons"
        if any(
            c.dep_ == "mark" and c.lower_ in lex.conditional_marks and not _deliberated(node, c, lex)
            for c in node.children
        ):
            return True
        if _inverted_conditional(node, lex):
            return True
        if node.dep_ == "ROOT":
            break
    return False


def _reason_gerund(node: Token) -> bool:
    """A gerund that is the "for" reason of a verb acting on someone ("sanctioned Ankara for buying S-400s",
    "thanked Oslo for sending tanks"): the act is told as a fact, which the verb above neither restricts nor
    reports; "called for sending tanks" (no object) is a request."""
    if node.dep_ != "pcomp" or node.tag_ != "VBG" or node.head.lower_ != "for":
        return False
    verb = node.head.head
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ in OBJECTS for c in verb.children)


def _remit(trigger: Trigger, sent: Span, lex: TransferLexicon) -> bool:
    """A bare trigger noun ("weapons exports", "arms sales") in a phrase describing someone's remit: "the official
    overseeing weapons exports", "the agency in charge of arms sales", "the office responsible for exports"."""
    tok = trigger.token
    if not trigger.nominal:
        return False
    if any(lemma(t) in lex.oversight_words and t.tag_ == "VBG" for c in tok.lefts for t in c.subtree):
        return True  # the parser made one noun phrase of "the official overseeing weapons exports"
    if any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return False  # "the official overseeing the delivery of 20 tanks": a delivery of its own
    for node in list(_governors(tok, sent))[:3]:
        if lemma(node) in lex.oversight_words:
            modifier = node.dep_ in ("acl", "relcl", "amod")  # "the official overseeing", "an agency responsible"
            in_phrase = node.dep_ == "pobj" and node.head.head.pos_ in ("NOUN", "PROPN")  # "the agency in charge"
            return modifier or in_phrase
    return False


def _topic_gerund(tok: Token) -> bool:
    """A gerund clause that is the subject of another verb and has no subject of its own names an act as a
    topic ("Sending tanks to Kyiv would be escalatory"), not one that took place."""
    return tok.tag_ == "VBG" and tok.dep_ == "csubj" and not any(c.dep_ in SUBJECTS | {"poss"} for c in tok.children)


def _normative(tok: Token, lex: TransferLexicon) -> bool:
    """A trigger under a modal of obligation or advice ("should not buy", "must stop supplying")."""
    return any(c.dep_ == "aux" and c.lower_ in lex.normative_modals for c in tok.children)


def _deliberated(node: Token, mark: Token, lex: TransferLexicon) -> bool:
    """ "weighing whether to send", "will decide whether to deliver": an open question under a
    negotiating or planning verb is deliberation (its status comes from that verb), not a hypothesis."""
    cues = lex.cues("negotiating").verbs | lex.cues("planned").verbs
    return mark.lower_ == "whether" and node.head.i != node.i and lemma(node.head) in cues | {"decide", "debate"}


def _inverted_conditional(node: Token, lex: TransferLexicon) -> bool:
    """ "Should the West give Ukraine missiles, ...", "Had Iran sent missiles, ...": a subordinate clause
    opened by its auxiliary is a hypothesis (a main-clause question is dropped as a question)."""
    if node.dep_ not in ("advcl", "ccomp") or node.head.i == node.i:
        return False
    subject = next((c for c in node.children if c.dep_ in SUBJECTS | {"nsubjpass"}), None)
    return subject is not None and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in lex.inversion_auxiliaries and c.i < subject.i and c.i < node.head.i
        for c in node.children
    )


def _headline_future(verb: Token, lex: TransferLexicon) -> bool:
    """A main-clause infinitive with its own subject is the news future ("Germany to send tanks"), also
    when the parser hung it on the name as a clause ("Sweden to send ...": the name is its head)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    children = list(verb.children)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and not any(
        c.dep_ == "mark" for c in children
    )
    if verb.dep_ in ("ROOT", "ccomp", "parataxis"):
        return infinitive and any(c.dep_ in SUBJECTS for c in children)
    head = verb.head
    if not infinitive or verb.dep_ not in ("relcl", "acl") or verb.i != head.i + 2:
        return False
    # "Russia's Zelenodolsk shipyard to deliver two frigates": a headline's party noun as the head of the clause
    party = head.dep_ == "ROOT" and lemma(head) in lex.party_nouns | lex.state_group_nouns
    return head.pos_ == "PROPN" or head.ent_type_ in ("GPE", "NORP", "ORG") or party  # "Philippines" tagged NNS


def _present_under_deal(verb: Token, lex: TransferLexicon) -> bool:
    """A simple present under a deal ("Under the agreement, Seoul supplies 48 howitzers by 2026") states the deal's
    terms, still to be carried out; a past ("Under the deal, Russia delivered ...") is a delivery made."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return any(lemma(o) in lex.deal_nouns for o in preps(verb, "under"))


def _planned_predicate(copula: Token, lex: TransferLexicon) -> str | None:
    """The planned adjective a copula says of the trigger noun it has as subject: "the transfer is due in spring",
    "the sale is possible" (tentative)."""
    if lemma(copula) != "be":
        return None
    adjectives = lex.cues("planned").adjectives
    return next((lemma(c) for c in copula.children if c.dep_ in ("acomp", "attr") and lemma(c) in adjectives), None)


def _passive_infinitive(verb: Token) -> bool:
    """ "the interceptors to be shipped to the United States", "tanks to be delivered next year": a passive
    infinitive names a transfer still to come ("to have been shipped" is past, and not one)."""
    children = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in children)
        and not any(lemma(c) == "have" for c in children)
    )


@dataclass
class _Reading:
    """What the words around a trigger say so far: the nearest modality and attribution, and the sources."""

    modality: TransferStatus | None = None
    attribution: TransferStatus | None = None
    speech: bool = False
    sources: list[Token] = field(default_factory=list)
    firm_plan: bool = False
    tentative_plan: bool = False
    #: A deal's terms govern the trigger ("a contract to supply"): planned unless another cue says otherwise.
    deal_terms: bool = False

    def plan(self, word: str, lex: TransferLexicon) -> None:
        """A cue of a plan; a plan whose every cue is tentative ("may acquire") is still being weighed."""
        self.modality = self.modality or "planned"
        if word in lex.cues("planned").tentative:
            self.tentative_plan = True
        else:
            self.firm_plan = True

    def attribute(self, status: TransferStatus, who: list[Token], says: bool = False) -> None:
        """Keep the nearest attribution; every speaker stays a source candidate."""
        if self.attribution is None:
            self.attribution, self.speech = status, says
        self.sources.extend(who)


def status_of(trigger: Trigger, sent: Span, lex: TransferLexicon) -> Status:
    """Status and source from the trigger's own modifiers and the verbs and nouns governing it.

    A denial (a negated trigger or a governing "deny") wins, then the modality nearest the
    trigger (negotiating, planned), then the nearest attribution (reported, confirmed).
    Every governing speaker is kept as a source candidate, nearest first. With no cue at all,
    the article states the transfer in its own voice: confirmed.
    """
    tok = trigger.token
    reading = _Reading()
    denial = _own_cues(tok, lex, reading)
    if denial is not None:
        return replace(denial, sources=_speakers(trigger, sent, lex))  # "has never provided ..., the ministry said"
    answer = _answered_no(tok, lex)
    if answer is not None:
        return answer  # '"No," Biden replied when asked whether the US would send F-16s'
    deferred = _trigger_cues(tok, sent, lex, reading)
    # A cue on the trigger itself ("alleged transfers", "possible delivery") outranks the verbs above it.
    own_modality = reading.modality is not None or deferred is not None
    own_cue = own_modality or reading.attribution is not None
    denial = _governor_cues(trigger, sent, lex, reading)
    if denial is not None:
        return denial if denial.sources else replace(denial, sources=_aside_sources(tok, sent, lex))
    arrived = _arrived_goods(tok, lex) or _goods_in_service(tok, lex)
    reading.modality = reading.modality or (None if arrived else deferred)  # "the tanks it ordered entered service"
    if reading.modality is None and reading.deal_terms:
        reading.plan("contract", lex)  # "a contract to supply 16 jets", "a deal for the delivery of"
    _late_attribution(tok, sent, lex, reading)
    completed = arrived or _cumulative(tok, lex) or _inventory(tok, lex)  # "has so far sold": sales made
    if reading.modality is None and lemma(tok) in lex.deal_triggers and not completed:
        return _deal_status(trigger, reading, lex, own_cue, own_modality)
    return _own_voice(_decide(reading, own_cue and not own_modality, is_presupposed(trigger)), lex)


def _trigger_cues(tok: Token, sent: Span, lex: TransferLexicon, reading: _Reading) -> str | None:
    """Read the cues on the trigger word and its own clause into ``reading``; return the word's own "planned"
    when it must wait for the verbs above it ("pledged 31 tanks" plans, "is considering ordering" negotiates)."""
    _open_question(tok, sent, reading)
    if lemma(tok) in lex.talk_nouns and _concluded(tok, lex):
        reading.plan(lemma(tok), lex)  # "Ankara concluded talks on the sale of corvettes": agreed
    lexical = lex.trigger_status.get(lemma(tok))
    deferred = lexical if lexical == "planned" and reading.modality is None else None
    if deferred is None:
        reading.modality = reading.modality or lexical
    if _progressive_acquisition(tok, lex):
        reading.plan(lemma(tok), lex)  # "Colombia is acquiring 16 Gripens": a purchase under way
    if _building_under_way(tok, lex):
        reading.plan(lemma(tok), lex)  # "Russia has been assembling six jets for Myanmar": not delivered yet
    if _present_under_deal(tok, lex):
        reading.plan("under", lex)  # "Under the deal, Poland receives 180 K2 tanks": the deal's terms
    if _headline_future(tok, lex) or _passive_infinitive(tok):
        reading.plan("to", lex)  # "Germany To Send Taurus Missiles To Ukraine", "the interceptors to be shipped"
    according = _according_to(tok)
    if according is not None:
        reading.attribute("reported", [according])
    return deferred


def _aside_sources(tok: Token, sent: Span, lex: TransferLexicon) -> list[Token]:
    """Speakers of a parenthetical attribution, for a denial no governing verb named a speaker for ("Seoul refused
    to send them, the minister said")."""
    aside = _Reading()
    _parenthetical_attribution(tok, sent, lex, aside)
    return aside.sources


def _late_attribution(tok: Token, sent: Span, lex: TransferLexicon, reading: _Reading) -> None:
    """With no attribution above the trigger, one set off beside it: a parenthetical ("..., the ministry said") or
    a trailing one the parser misread."""
    if reading.attribution is None:
        _parenthetical_attribution(tok, sent, lex, reading)
    if reading.attribution is None:
        _misread_trailing_attribution(tok, sent, lex, reading)


def _deal_status(
    trigger: Trigger, reading: _Reading, lex: TransferLexicon, own_cue: bool, own_modality: bool
) -> Status:
    """A deal word with no modality and no completed delivery ("Argentina bought F-16s from Denmark"): agreed, not
    yet delivered (planned), unless alleged or told only by outsiders (reported). The word alone is no cue that
    makes the mention a claim of its own ("clandestine arms deals")."""
    tok = trigger.token
    if _alleged_deal(tok, reading, lex):
        return _decide(reading, False, is_presupposed(trigger))  # "Iran is accused of buying drones": reported
    attributed = reading.attribution == "reported" and reading.modality is None
    if attributed and _outsiders_only(reading.sources, lex):
        return _decide(reading, False, is_presupposed(trigger))  # "analysts say China sold drones": reported
    reading.plan(lemma(tok), lex)
    decided = _decide(reading, own_cue and not own_modality, is_presupposed(trigger))
    return replace(decided, explicit=own_cue, attributed_deal=attributed and decided.status == "planned")


def _alleged_deal(tok: Token, reading: _Reading, lex: TransferLexicon) -> bool:
    """A deal that is the complement of a verb of allegation or belief no one is named for ("is accused of
    buying", "is believed to have sold"): reported; with a named speaker, whether it is a party decides (see
    ``Claim.attributed_deal``)."""
    if reading.attribution != "reported" or reading.sources or reading.modality is not None:
        return False
    verb = tok.head if tok.dep_ in ("pcomp", "xcomp") else None
    if verb is not None and verb.dep_ == "prep":
        verb = verb.head  # "accused of buying": the gerund hangs on the preposition
    hedges = lex.cues("reported").verbs | lex.belief_verbs
    return verb is not None and verb.pos_ in ("VERB", "AUX") and lemma(verb) in hedges


def _outsiders_only(sources: list[Token], lex: TransferLexicon) -> bool:
    """Every speaker of the attribution is a voice that is never a party ("analysts", "experts", "observers")."""
    return bool(sources) and all(lemma(s) in lex.outsider_voices for s in sources)


def _own_voice(status: Status, lex: TransferLexicon) -> Status:
    """ "Nigeria received drones from Turkey, the army said": a speaker that is a state's own body with no state
    written (news names a third state's: "the Russian army") speaks for a party, so it confirms."""
    speaker = status.sources[0] if status.sources else None
    if status.status != "reported" or not status.speech or speaker is None or speaker.pos_ not in ("NOUN", "PROPN"):
        return status
    owned = any(t.dep_ == "poss" or t.ent_type_ in ("GPE", "NORP") for t in speaker.subtree if t.i != speaker.i)
    return replace(status, status="confirmed") if lemma(speaker) in lex.state_voices and not owned else status


def _arrived_goods(tok: Token, lex: TransferLexicon) -> bool:
    """ "The K9 howitzers bought from Seoul arrived in Gdynia", "the tanks Poland bought were delivered": a deal
    participle or relative clause on goods that an unhedged arrival or delivery verb says came is a completed
    transfer, not only an agreed one."""
    goods = tok.head
    while goods.dep_ == "conj" and goods.head.i != goods.i:
        goods = goods.head  # "the howitzers and tanks bought from Seoul arrived"
    if goods.dep_ == "pobj" and goods.head.lower_ == "of" and goods.head.head.pos_ in ("NOUN", "ADJ", "NUM"):
        goods = goods.head.head  # "the last of the missiles Washington sold to Rabat were delivered"
    if tok.dep_ not in ("acl", "relcl") or tok.tag_ not in ("VBN", "VBD"):
        return False
    if goods.dep_ == "dobj":
        return _handed_over(goods.head, lex)  # "handed over the six aircraft ordered by the air force"
    if goods.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = goods.head
    arrived = lemma(verb) in lex.arrival_verbs or (goods.dep_ == "nsubjpass" and lemma(verb) in lex.supply_verbs)
    modal = _hedged_or_negated(verb)
    return arrived and verb.tag_ in ("VBD", "VBN", "VBZ") and not modal


def _handed_over(verb: Token, lex: TransferLexicon) -> bool:
    """An unhedged verb of movement told as done ("delivered", "has handed over", a headline's "receives"): a verb of
    giving or getting whose word alone carries no plan or deal ("sold", "ordered", "pledged" are left out)."""
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and lemma(c) == "have" for c in verb.children)
    done = verb.tag_ in ("VBD", "VBZ") or perfect
    return lemma(verb) in lex.movement_verbs and done and not _hedged_or_negated(verb)


def _hedged_or_negated(verb: Token) -> bool:
    """True when a modal ("may", "will") or a negation hangs on ``verb``: it states no fact."""
    return any(c.dep_ in ("aux", "neg") and (c.tag_ == "MD" or c.dep_ == "neg") for c in verb.children)


def _in_service(verb: Token, lex: TransferLexicon) -> bool:
    """An unhedged, unnegated verb saying its subject is in use: "are in service", "entered service"."""
    if _hedged_or_negated(verb):
        return False
    if lemma(verb) == "enter":
        return any(c.dep_ in OBJECTS and lemma(c) in lex.service_nouns for c in verb.children)
    return lemma(verb) == "be" and any(lemma(o) in lex.service_nouns for o in preps(verb, "in"))


def _operated(verb: Token, lex: TransferLexicon) -> bool:
    """An unhedged, unnegated verb of operating goods in the past or present ("operates", "deployed", "has
    commissioned"); "will deploy" is still to come."""
    if _hedged_or_negated(verb):
        return False
    return lemma(verb) in lex.operating_verbs and verb.tag_ in ("VBD", "VBN", "VBZ", "VBP", "VBG")


def _goods_in_service(tok: Token, lex: TransferLexicon) -> bool:
    """Goods a deal or order word names that are said to be in use: "the K9s Norway ordered entered service",
    "bought 24 jets, which are now in service" (a relative clause the parser may hang on the seller), "operates
    jets bought from France": delivered."""
    goods = tok.head
    if tok.dep_ in ("acl", "relcl") and goods.dep_ == "nsubj" and _in_service(goods.head, lex):
        return True
    if tok.dep_ in ("acl", "relcl") and goods.dep_ in OBJECTS and _operated(goods.head, lex):
        return True  # "Egypt operates 24 Rafale jets bought from France"
    if tok.dep_ in ("acl", "relcl") and goods.dep_ == "nsubjpass" and _operated(goods.head, lex):
        return True  # "the drones Baku bought from Israel were used against Armenia"
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    nouns = [c for c in tok.children if c.dep_ in OBJECTS] + [
        o for c in tok.children if c.dep_ in ("prep", "dative") for o in preps(tok, c.lower_)
    ]
    return any(c.dep_ == "relcl" and (_in_service(c, lex) or _used_them(c, lex)) for n in nouns for c in n.children)


def _used_them(verb: Token, lex: TransferLexicon) -> bool:
    """A relative clause saying the goods were put to use ("sold drones to Azerbaijan, which used them in the war",
    "bought drones, which it deployed"): an operating verb whose object points back to the goods ("them", "which")."""
    back = any(c.dep_ == "dobj" and c.tag_ in ("PRP", "WDT") for c in verb.children)
    return back and _operated(verb, lex)


def _inventory(tok: Token, lex: TransferLexicon) -> bool:
    """ "Among the hardware purchased by Myanmar are MiG-29s", "the arms bought from Russia include tanks": a deal
    participle on goods that an unhedged verb of a stock lists is a completed acquisition."""
    goods = tok.head
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD"):
        return False
    if goods.dep_ == "pobj" and goods.head.lower_ == "among":
        goods = goods.head  # "Among the hardware purchased by X are ...": the list hangs on "among"
    elif goods.dep_ != "nsubj":
        return False
    verb = goods.head
    modal = _hedged_or_negated(verb)
    # "are MiG-29s" lists goods; "are expensive" judges them and says nothing of their arrival
    listed = lemma(verb) != "be" or goods.lower_ == "among" or any(c.dep_ == "attr" for c in verb.children)
    return lemma(verb) in lex.inventory_verbs and verb.tag_ in ("VBZ", "VBP", "VBD") and listed and not modal


def _progressive_acquisition(tok: Token, lex: TransferLexicon) -> bool:
    """ "Colombia is acquiring 16 Gripens", "Poland is getting tanks": an acquire verb in the present progressive
    is a purchase under way, planned; "has been acquiring" (a record of purchases) is not one."""
    present_be = any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and lemma(c) == "be" for c in tok.children)
    perfect = any(c.dep_ == "aux" and c.lower_ == "been" for c in tok.children)
    return tok.tag_ == "VBG" and lemma(tok) in lex.progressive_acquire_verbs and present_be and not perfect


def _building_under_way(tok: Token, lex: TransferLexicon) -> bool:
    """ "China is building four frigates for Pakistan", "Russia has been assembling six jets for Myanmar": goods still
    being made for their buyer (a making verb in a progressive, present or perfect) are not delivered yet."""
    progressive = tok.tag_ == "VBG" and any(c.dep_ == "aux" and lemma(c) == "be" for c in tok.children)
    return progressive and lemma(tok) in lex.building_verbs and not _hedged_or_negated(tok)


def _cumulative(verb: Token, lex: TransferLexicon) -> bool:
    """ "has so far sold tanks to Poland", "Since 1996, Colombia has purchased ...", "has been buying arms from
    Pakistan": a perfect deal verb with a cumulative adverbial, or a perfect progressive, records sales made."""
    # "has so far sent aid to Ukraine and sold tanks to Poland": a conjunct shares its head's auxiliaries
    children = [*verb.children, *(verb.head.children if verb.dep_ == "conj" else [])]
    perfect = any(c.dep_ == "aux" and lemma(c) == "have" for c in children)
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in children)
    adverbials = [c for c in children if c.dep_ in ("advmod", "prep", "npadvmod")]
    cumulative = any(t.lower_ in lex.cumulative_words for c in adverbials for t in c.subtree)
    # "Sri Lanka has been buying arms from Pakistan": a perfect progressive records sales going on for some time
    progressive = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "been" for c in children)
    return verb.pos_ == "VERB" and perfect and not modal and (cumulative or progressive)


def _speakers(trigger: Trigger, sent: Span, lex: TransferLexicon) -> list[Token]:
    """Who says what the trigger's clause says, whatever its status: the speakers above it or beside it."""
    reading = _Reading()
    governing = _governor_cues(trigger, sent, lex, reading)
    _parenthetical_attribution(trigger.token, sent, lex, reading)
    return (governing.sources if governing is not None else []) + reading.sources


def _negated_object(tok: Token) -> bool:
    """ "received no missiles", "sent no drones", "no tanks were delivered": the goods under "no" deny the transfer."""
    return any(
        c.dep_ in OBJECTS | {"nsubjpass"} and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in tok.children
    )


def _own_cues(tok: Token, lex: TransferLexicon, reading: _Reading) -> Status | None:
    """Cues among the trigger's own children: negation (a denial, or a delay with "yet"), modals, adverbs."""
    children = list(tok.children)
    if _negated_object(tok):
        return Status("denied", [], True)
    for child in children:
        if child.dep_ == "neg":
            if _has_pending_adverb(tok, lex):
                return Status("planned", [], True)  # "has not yet delivered": still to come
            return Status("denied", [], True)
        if child.dep_ == "aux" and child.lower_ in lex.cues("planned").modals:
            if _hedged_past(child, children, lex):
                reading.attribute("reported", [])  # "may have supplied", "could have sent": a hedge, not a plan
            else:
                reading.plan(child.lower_, lex)
        if child.dep_ in ("amod", "advmod", "acomp") and not _opens_sibling_clause(child, children):
            _modifier_cue(child, lex, reading)
        if child.dep_ in SUBJECTS | OBJECTS and _hedged_phrase(child, lex):
            reading.attribute("reported", [])  # "a cargo, reportedly containing Pinaka launchers, reached Armenia"
    return None


def _opens_sibling_clause(adverb: Token, siblings: list[Token]) -> bool:
    """An adverb after the trigger written just before another clause hung on the trigger ("signed a deal to buy
    jets, with deliveries reportedly to start in 2026") hedges that clause, which the parser left without it."""
    return adverb.i > adverb.head.i and any(
        c.dep_ in ("advcl", "xcomp", "ccomp") and c.left_edge.i == adverb.i + 1 for c in siblings
    )


def _hedged_phrase(noun: Token, lex: TransferLexicon) -> bool:
    """A participle on the trigger's subject or object carries a hedge ("a cargo, reportedly containing ...")."""
    adverbs = lex.cues("reported").adverbs
    return any(
        c.dep_ == "advmod" and c.lower_ in adverbs
        for verb in noun.children
        if verb.dep_ in ("acl", "relcl")
        for c in verb.children
    )


#: Dependencies of a verb's time adverbials ("next year", "in May", "soon").
_ADVERBIALS = frozenset({"npadvmod", "prep", "advmod", "advcl"})


def _hedged_past(modal: Token, siblings: list[Token], lex: TransferLexicon) -> bool:
    """A hedging modal before a perfect or a progressive: "may have supplied", "could have sent", "could be
    supplying" (a guess about what is done or going on, not a plan)."""
    verb = modal.head
    progressive = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "be" and c.i > modal.i for c in siblings)
    if progressive and any(t.ent_type_ == "DATE" for c in siblings if c.dep_ in _ADVERBIALS for t in c.subtree):
        return False  # "could be delivering jets next year": a possible plan
    return modal.lower_ in lex.cues("reported").modals and (
        progressive or any(c.dep_ == "aux" and c.lower_ == "have" and c.i > modal.i for c in siblings)
    )


def _modifier_cue(child: Token, lex: TransferLexicon, reading: _Reading) -> None:
    """A status word modifying the trigger: "alleged", "reportedly", "possible", "officially"."""
    for status in _STATUS_ORDER:
        cues = lex.cues(status)
        if lemma(child) in cues.adjectives or child.lower_ in cues.adverbs or child.lower_ in cues.adjectives:
            if status in ("reported", "confirmed"):
                reading.attribute(status, [])
            elif status == "planned":
                reading.plan(child.lower_, lex)
            elif status != "denied":
                reading.modality = reading.modality or status
            return


def _answered_no(tok: Token, lex: TransferLexicon) -> Status | None:
    """A transfer asked about ("asked whether the US would send F-16s") that the answering verb answers with a bare
    "no" is denied by whoever answers."""
    if not any(c.dep_ == "mark" and c.lower_ == "whether" for c in tok.children):
        return None
    asked = tok.head
    if lemma(asked) not in lex.question_verbs or tok.dep_ != "ccomp":
        return None
    answering = asked.head if asked.dep_ == "advcl" else None
    answers = [] if answering is None else [c for c in answering.children if c.dep_ in ("intj", "dobj", "ccomp")]
    if answering is None or not any(c.lower_ in lex.negative_answers for c in answers):
        return None
    speaker = next((c for c in answering.children if c.dep_ in SUBJECTS), None)
    return Status("denied", [speaker] if speaker is not None else [], True)


def _open_question(tok: Token, sent: Span, reading: _Reading) -> None:
    """ "will decide whether to deliver": still open, so negotiating."""
    for node in [tok, *_governors(tok, sent)]:
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in node.children):
            reading.modality = reading.modality or "negotiating"
            return
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("xcomp", "aux"):
            return


def _walk_ends(tok: Token, previous: Token, alleger: Token | None) -> bool:
    """True where the walk up from the trigger leaves the claim's own scope: the writer's aside ("..., which Russia
    has also delivered to Iran"), the reason of a penalty ("imposed sanctions on Turkey, citing a law, for
    acquiring S-400s": a fact), or an adjunct above an allegation ("denied sending drones after a report alleging
    that Tehran provided missiles": the claim is the alleger's; the denial above belongs to the denier)."""
    if previous.i == tok.i and _aside_relative(tok):
        return True
    if _reason_gerund(previous):
        return True
    return alleger is not None and previous.dep_ in _ADJUNCTS


def _read_subject_governor(tok: Token, node: Token, previous: Token, lex: TransferLexicon, reading: _Reading) -> None:
    """The verb whose subject the walk came from: the subject of "denied", "said", "confirms" is not what is denied
    or said ("Iran, a key supplier of drones to Russia, denied the report"), but a predicate of the trigger noun
    plans it ("the transfer of the jets is due in the spring") and "according to X" still scopes."""
    predicate = _planned_predicate(node, lex) if previous.i == tok.i else None
    if predicate is not None:
        reading.plan(predicate, lex)
    according = _according_to(node)
    if according is not None:
        reading.attribute("reported", [according])


def _governor_cues(trigger: Trigger, sent: Span, lex: TransferLexicon, reading: _Reading) -> Status | None:
    """Walk up from the trigger through the verbs and nouns governing it; a governing denial is returned."""
    tok = trigger.token
    previous = tok
    in_clause = True
    alleger: Token | None = None
    for node in _governors(tok, sent):
        if _walk_ends(tok, previous, alleger):
            break
        in_clause = in_clause and not _leaves_clause(previous)
        if _sibling_clause(previous):
            previous = node  # "Seoul refused to send arms, but Yoon said it could consider providing them":
            continue  # the first clause's own verb says nothing of the second
        if in_clause and _clause_cues(tok, node, previous, lex, reading):
            return Status("denied", [], True)  # "had no plans to export", "will not go ahead with the purchase"
        is_verb = node.pos_ in ("VERB", "AUX")
        if is_verb and _contemplated(node, lex):
            break  # "plans to scrap its contract to buy corvettes", "may cancel the sale": the deal stands
        _governing_modal(trigger, node, previous, lex, reading)
        if _misread_headline_speech(previous, node, lex):
            _reported_headline(node, lex, reading)  # "Iran supplying drones to Russia, US says"
            previous = node
            continue
        if previous.dep_ == "nsubj" and is_verb and not _headline_passive(node):
            _read_subject_governor(tok, node, previous, lex, reading)
            previous = node
            continue
        _belief(node, previous, lex, reading)
        if _noncommittal_stop(node, previous, lex, reading):
            break
        denial = _governing_denial(node, lex)
        if denial is not None:
            return denial
        if _said_false(node, lex):
            return Status("denied", [], True)
        _governing_plan(tok, node, previous, lex, reading)
        found, who, says = _attribution(node, lex, is_verb, node.pos_ in ("NOUN", "PROPN"))
        if found is not None:
            reading.attribute(found, who, says)
        if alleger is None and found == "reported" and is_verb:
            alleger = _alleger(node)
        previous = node
    return None


def _leaves_clause(previous: Token) -> bool:
    """The walk leaves the trigger's clause above ``previous``: a negation there denies nothing ("He did not say
    that Iran sent drones", "no indication of when the sale ...")."""
    return previous.dep_ in ("ccomp", "advcl", "parataxis", "relcl", "conj") or _indirect_question(previous)


def _noncommittal_stop(node: Token, previous: Token, lex: TransferLexicon, reading: _Reading) -> bool:
    """True at a verb declining to say ("declined to comment on the purchases", "refused to confirm the
    delivery"): the walk stops, no claim either way; a confirmation withheld makes a confirmed reading
    reported ("declined to confirm that it sent drones")."""
    if previous.dep_ != "xcomp" or lemma(previous) not in lex.noncommittal:
        return False
    if _withheld_confirmation(node, previous, lex) and reading.attribution == "confirmed":
        reading.attribution, reading.sources = "reported", []
    return True


def _governing_plan(tok: Token, node: Token, previous: Token, lex: TransferLexicon, reading: _Reading) -> None:
    """The modality a governor gives the trigger: its own modal or plan words, an announced bundle ("the Pentagon
    announced a $400 million package including Stingers"), a deal's terms, talks for a purpose ("was in talks
    with Russia to buy six Mi-17s")."""
    _governing_modality(node, lex, reading, _buyer_intent(tok, node, lex))
    if _announced_bundle(tok, node, previous, lex):
        reading.plan(lemma(node), lex)
    reading.deal_terms = reading.deal_terms or _deal_terms(node, previous, lex)
    if _talks_for_purpose(node, previous, lex):
        reading.modality = reading.modality or "negotiating"


def _headline_passive(verb: Token) -> bool:
    """A bare past participle heading a headline ("Delivery of Su-35s to Iran expected soon", "Sale of jets
    approved"): its subject is what is expected or approved, as a passive's is."""
    return verb.tag_ == "VBN" and verb.dep_ == "ROOT" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _misread_headline_speech(previous: Token, node: Token, lex: TransferLexicon) -> bool:
    """ "Iran supplying drones to Russia, US says": the parser made the headline's clause a subject of the speech
    verb beside its real speaker, so the verb has two subjects and says what the first one holds."""
    subjects = [c for c in node.children if c.dep_ == "nsubj"]
    return previous.dep_ == "nsubj" and lemma(node) in lex.speech_verbs and len(subjects) > 1 and previous.i < node.i


def _reported_headline(node: Token, lex: TransferLexicon, reading: _Reading) -> None:
    """The speaker of a misread headline attribution is the subject nearest the verb."""
    speaker = [c for c in node.children if c.dep_ == "nsubj"][-1]
    reading.attribute("reported", [speaker], True)


def _withheld_confirmation(node: Token, previous: Token, lex: TransferLexicon) -> bool:
    """ "declined to confirm", "refused to acknowledge": a refusal governing a verb of confirming confirms nothing."""
    return lemma(previous) in lex.cues("confirmed").verbs and lemma(node) in lex.cues("denied").verbs


#: Dependencies of a circumstance attached to a clause ("after a report ...", "despite claims ...", ", with ...").
_ADJUNCTS = ("prep", "advcl", "npadvmod")


def _alleger(verb: Token) -> Token | None:
    """Who makes the allegation a verb expresses, when written: its own subject, or the noun a participle
    modifies ("a report alleging", "officials claiming"); None for a subjectless verb."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None:
        return subject
    if verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None


def _clause_cues(tok: Token, node: Token, previous: Token, lex: TransferLexicon, reading: _Reading) -> bool:
    """Negation, delay and the news future on a governor in the trigger's own clause; True when it negates."""
    if _unfinished_deal(node, previous, lex):
        reading.modality = reading.modality or "negotiating"  # "has not completed negotiations": still talking
        return False
    if _negates(node, lex) and not _generic_subject(tok, node, previous):
        return True
    if lemma(tok) in lex.deal_triggers and _pending(node, lex):
        reading.modality = reading.modality or "negotiating"  # "the deal has not been sealed yet"
    if _still_to_come(node, previous, lex):
        reading.plan("yet", lex)  # "has yet to deliver", "is yet to receive": a delay, not a denial
    elif _be_to_future(node, previous, lex):
        reading.plan("to", lex)  # "Poland is to receive 48 K9 howitzers"
    return False


def _generic_subject(tok: Token, verb: Token, previous: Token) -> bool:
    """A bare plural trigger noun as the subject of a present verb states a rule, not an event ("small arms
    shipments do not require clearance"): negating that verb denies no transfer."""
    bare = tok.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children)
    present = verb.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    return previous.i == tok.i and tok.dep_ == "nsubj" and bare and present


def _unfinished_deal(node: Token, previous: Token, lex: TransferLexicon) -> bool:
    """Talks or a deal a concluding verb says are not yet concluded: negated ("has not completed negotiations on
    the sale") or under way ("is finalising the sale of drones"): still being negotiated, no denial."""
    if lemma(node) not in lex.concluding_verbs or previous.dep_ not in ("dobj", "nsubjpass"):
        return False
    if lemma(previous) not in lex.talk_nouns | lex.deal_triggers:
        return False
    negated = any(c.dep_ == "neg" for c in node.children)
    under_way = node.tag_ == "VBG" and any(c.dep_ == "aux" and lemma(c) == "be" for c in node.children)
    return negated or under_way


def _aside_relative(verb: Token) -> bool:
    """A non-restrictive relative clause in the past or perfect with its own subject (", which Russia has
    delivered to Iran") states a fact of its own: the modals and reports of the clause above do not reach it."""
    if verb.dep_ != "relcl" or not any(c.dep_ in SUBJECTS for c in verb.children):
        return False
    opener = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    relative = any(t.tag_ in ("WDT", "WP", "WP$") for t in verb.subtree if t.i < verb.i)
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(lemma(c) == "have" for c in auxiliaries))
    modal = any(c.tag_ == "MD" for c in auxiliaries)
    return opener is not None and opener.text == "," and relative and past and not modal


def _sibling_clause(clause: Token) -> bool:
    """A verb joined to another as a clause with its own subject ("Seoul refused ..., but Yoon said ...")."""
    return clause.dep_ == "conj" and clause.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS for c in clause.children)


def _governing_modal(trigger: Trigger, node: Token, previous: Token, lex: TransferLexicon, reading: _Reading) -> None:
    """A future modal on the clause the trigger heads or completes ("will begin to deliver")."""
    tok = trigger.token
    clause_head = previous.dep_ == "xcomp" or (
        trigger.nominal and previous.i == tok.i and tok.dep_ in ("attr", "nsubj", "nsubjpass", "dobj")
    )
    if node.dep_ == "xcomp" or clause_head:
        auxiliaries = [c for c in node.children if c.dep_ == "aux"]
        if not auxiliaries and node.dep_ == "conj":  # "we will launch ... and announce the transfer"
            auxiliaries = [c for c in node.head.children if c.dep_ == "aux"]
        for modal in (c for c in auxiliaries if c.lower_ in lex.cues("planned").modals):
            reading.plan(modal.lower_, lex)


def _belief(node: Token, previous: Token, lex: TransferLexicon, reading: _Reading) -> None:
    """ "Western officials expect Iran to begin transferring missiles": the believers are the source."""
    own_plan = previous.dep_ == "xcomp" and not any(c.dep_ in OBJECTS for c in node.children)
    if node.pos_ in ("VERB", "AUX") and lemma(node) in lex.belief_verbs and not own_plan:
        speaker = _speaker(node, lex)
        reading.attribute("reported", [speaker] if speaker is not None else [])


def _governing_denial(node: Token, lex: TransferLexicon) -> Status | None:
    """A governing "deny", "rule out" or "denial" denies the transfer below it, said by its subject."""
    denied = lex.cues("denied")
    word = lemma(node)
    is_verb, is_noun = node.pos_ in ("VERB", "AUX"), node.pos_ in ("NOUN", "PROPN")
    labelled_false = is_verb and word in lex.labelling_verbs and _judged_false(node, lex)  # "called reports baseless"
    if (is_verb and (word in denied.verbs or any(_phrase_at(node, p) for p in denied.phrases))) or (
        (is_noun and word in denied.nouns) or labelled_false
    ):
        # "Seoul has refused to send weapons": the refusal is told in the article's voice, not said by Seoul.
        speaker = None if word in lex.denial_acts else _speaker(node, lex)
        return Status("denied", [speaker] if speaker is not None else [], True)
    return None


def _contemplated(denial: Token, lex: TransferLexicon) -> bool:
    """A denial act only weighed or threatened: under a tentative modal ("may cancel", "could freeze") or the
    infinitive or gerund of a verb of intent ("plans to scrap", "threatened to cancel", "is considering suspending")."""
    if _governing_denial(denial, lex) is None:
        return False
    tentative = lex.cues("planned").tentative
    if any(c.dep_ == "aux" and c.lower_ in tentative for c in denial.children):
        return True
    governor = denial.head
    return denial.dep_ == "xcomp" and governor.pos_ in ("VERB", "AUX") and lemma(governor) in lex.contemplating_verbs


def _announced_bundle(tok: Token, node: Token, previous: Token, lex: TransferLexicon) -> bool:
    """A bundle trigger ("package", "tranche") that a verb of announcing takes as object is a pledge, not a delivery."""
    announcing = node.pos_ == "VERB" and lemma(node) in lex.bundle_announcers
    return announcing and previous.i == tok.i and tok.dep_ == "dobj" and lemma(tok) in lex.bundle_nouns


def _deal_terms(node: Token, previous: Token, lex: TransferLexicon) -> bool:
    """A deal noun whose terms the trigger is ("a contract to supply 16 jets", "a deal for the delivery of tanks"),
    or the object of a verb by which a deal or a buyer's programme states its terms ("the contract involves the
    supply of"): planned unless another cue says otherwise."""
    if node.pos_ == "VERB" and lemma(node) in lex.term_verbs and previous.dep_ == "dobj":
        return _deal_subject(node, lex)  # "the contract involves the supply of an anti-ship missile system"
    if node.pos_ != "NOUN" or lemma(node) not in lex.deal_nouns:
        return False
    infinitive = previous.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in previous.children)
    return infinitive or (previous.dep_ == "prep" and previous.lower_ in ("for", "on", "of"))


def _deal_subject(verb: Token, lex: TransferLexicon) -> bool:
    """The verb's subject is a deal, an acquisition or a buyer's programme ("the contract", "the acquisition
    project"), whose terms the verb states; "the package includes" is left to the package's own word."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    terms = lex.deal_nouns | lex.acquire_nouns | lex.programme_nouns
    return subject is not None and lemma(subject) in terms


def _nonbinding(node: Token, lex: TransferLexicon) -> bool:
    """A memorandum of understanding or a letter of intent above the trigger, or signed by the verb above it
    ("signed an MoU to buy two frigates"): a step in talks, not a deal."""
    if node.pos_ in ("NOUN", "PROPN"):
        return _nonbinding_noun(node, lex)
    signing = node.pos_ in ("VERB", "AUX") and lemma(node) in lex.deal_signers
    return signing and any(c.dep_ in OBJECTS and _nonbinding_noun(c, lex) for c in node.children)


def _nonbinding_noun(noun: Token, lex: TransferLexicon) -> bool:
    """ "memorandum (of understanding)", "MoU", "letter of intent"."""
    return lemma(noun) in lex.nonbinding_deals or any(lemma(o) in lex.nonbinding_deals for o in preps(noun, "of"))


def _talks_for_purpose(node: Token, previous: Token, lex: TransferLexicon) -> bool:
    """ "was in talks with Russia to buy", "held talks with Ankara to acquire": the trigger's clause is the purpose
    infinitive of a verb whose object or "in" phrase is talks, so the transfer is still being negotiated."""
    purpose = previous.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in previous.children
    )
    if not purpose or node.pos_ not in ("VERB", "AUX"):
        return False
    held = [c for c in node.children if c.dep_ in OBJECTS]
    return any(lemma(t) in lex.talk_nouns for t in [*held, *preps(node, "in")])


def _buyer_intent(tok: Token, node: Token, lex: TransferLexicon) -> bool:
    """A buyer's intent governing an acquire verb ("plans to buy", "is ready to purchase", "its plan to
    acquire"): no agreement yet, so negotiating; a supplier's plan ("plans to send") is planned."""
    acquiring = lemma(tok) in lex.acquire_verbs or any(
        c.dep_ == "prt" and f"{lemma(tok)} {c.lower_}" in lex.phrasal_acquire_verbs for c in tok.children
    )  # "is poised to pick up 200 fighters"
    return lemma(node) in lex.buyer_intents and acquiring and node.pos_ in ("VERB", "NOUN", "ADJ")


def _governing_modality(node: Token, lex: TransferLexicon, reading: _Reading, buyer_intent: bool = False) -> None:
    """Talks, plans and promises above the trigger: "seeks to buy", "a plan to send", "interested in acquiring"."""
    if buyer_intent or _nonbinding(node, lex):
        reading.modality = reading.modality or "negotiating"  # "plans to buy", "signed an MoU to buy"
        return
    word = lemma(node)
    is_verb, is_noun = node.pos_ in ("VERB", "AUX"), node.pos_ in ("NOUN", "PROPN")
    is_adjective = node.pos_ == "ADJ" and node.dep_ == "acomp"
    if is_noun and word in lex.talk_nouns and _concluded(node, lex):
        _modality(reading, "planned", word, lex)  # "have completed negotiations for the sale": agreed
        return
    for status in ("negotiating", "planned"):
        cues = lex.cues(status)  # type: ignore[arg-type]
        verb_cue = is_verb and (word in cues.verbs or any(_phrase_at(node, p) for p in cues.phrases))
        if verb_cue or (is_noun and word in cues.nouns) or (is_adjective and word in cues.adjectives):
            _modality(reading, status, word, lex)  # type: ignore[arg-type]
        for modifier in (c for c in node.children if c.dep_ == "amod" and is_noun and lemma(c) in cues.adjectives):
            _modality(reading, status, lemma(modifier), lex)  # type: ignore[arg-type]


def _concluded(talks: Token, lex: TransferLexicon) -> bool:
    """Talks an unnegated concluding verb ends ("completed negotiations", "the talks were concluded", "talks are
    complete"): an agreement was reached."""
    verb = talks.head
    if talks.dep_ == "nsubj" and lemma(verb) == "be":
        ends = any(c.dep_ in ("acomp", "attr") and lemma(c) in lex.concluding_verbs for c in verb.children)
    else:
        ends = talks.dep_ in ("dobj", "nsubjpass") and lemma(verb) in lex.concluding_verbs
    return ends and not any(c.dep_ == "neg" for c in verb.children)


def _modality(reading: _Reading, status: TransferStatus, word: str, lex: TransferLexicon) -> None:
    if status == "planned":
        reading.plan(word, lex)
    else:
        reading.modality = reading.modality or status


def _parenthetical_attribution(tok: Token, sent: Span, lex: TransferLexicon, reading: _Reading) -> None:
    """An attribution hanging below the clause: "The drones were supplied by Iran, a spokesman said"."""
    for node in [tok, *_governors(tok, sent)]:
        for child in node.children:
            if (
                (child.dep_ in ("parataxis", "advcl") or _trailing_speech(child, lex))
                and child.pos_ in ("VERB", "AUX")
                and child.i > tok.i
            ):
                found, who, says = _attribution(child, lex, True, False)
                if found is not None and reading.attribution is None:
                    reading.attribute(found, who, says)


def _misread_trailing_attribution(tok: Token, sent: Span, lex: TransferLexicon, reading: _Reading) -> None:
    """ "France supplied howitzers to Armenia, a leaked document shows": a sentence ending in a comma, a noun phrase
    and a verb of saying or showing that the tagger read as a noun ("shows", "says") is attributed to that phrase."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    last = words[-1] if words else None
    cues = lex.speech_verbs | lex.cues("reported").verbs
    if last is None or last.i <= tok.i or last.pos_ not in ("NOUN", "PROPN") or lemma(last) not in cues:
        return
    comma = next((t for t in reversed(sent.doc[tok.i : last.i]) if t.text == ","), None)
    phrase = [] if comma is None else list(sent.doc[comma.i + 1 : last.i])
    nominal = ("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "VERB", "PART")
    if not phrase or any(t.pos_ not in nominal or t.tag_ not in _PHRASE_TAGS for t in phrase):
        return
    if phrase[0].pos_ == "ADP" or phrase[-1].pos_ not in ("NOUN", "PROPN"):
        return  # "..., among other reports", "..., in time for the shows": a noun phrase, not a subject and verb
    speaker = next((t for t in phrase if t.pos_ in ("NOUN", "PROPN")), None)
    reading.attribute("reported", [speaker] if speaker is not None else [], True)


#: Tags of the words of a noun phrase before a misread speech verb ("a leaked document", "files seen by Reuters").
_PHRASE_TAGS = frozenset({"DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "IN", "VBN", "POS", "PRP$"})


def _trailing_speech(conj: Token, lex: TransferLexicon) -> bool:
    """ "Britain has begun sending missiles, Defence Secretary Ben Wallace told parliament": a speech verb the
    parser joined as a conjunct after a comma, with a subject and no clause of its own, is an attribution."""
    if conj.dep_ != "conj" or lemma(conj) not in lex.speech_verbs:
        return False
    before = conj.doc[conj.left_edge.i - 1] if conj.left_edge.i > 0 else None
    joined = any(c.dep_ == "cc" and conj.head.i < c.i < conj.i for c in conj.head.children)
    own_clause = any(c.dep_ in ("ccomp", "xcomp") for c in conj.children)
    has_subject = any(c.dep_ in SUBJECTS for c in conj.children)
    return before is not None and before.text == "," and not joined and not own_clause and has_subject


def _decide(reading: _Reading, attribution_first: bool, presupposed: bool) -> Status:
    """The status the cues add up to: a modality, else an attribution; a cue of attribution on the trigger
    itself ("alleged plans") outranks a governing modality."""
    if attribution_first and reading.attribution is not None and reading.modality is not None:
        return Status(reading.attribution, reading.sources, True, reading.speech, presupposed=presupposed)
    if reading.modality is not None:
        # A plan stated only as a possibility ("may acquire", "a possible delivery") is still being weighed.
        tentative = reading.modality == "planned" and reading.tentative_plan and not reading.firm_plan
        return Status("negotiating" if tentative else reading.modality, reading.sources, True, presupposed=presupposed)
    if reading.attribution is not None:
        return Status(reading.attribution, reading.sources, True, reading.speech, presupposed=presupposed)
    # Stated as fact by the article in its own voice, unhedged.
    return Status("confirmed", reading.sources, False, presupposed=presupposed)


def _still_to_come(node: Token, previous: Token, lex: TransferLexicon) -> bool:
    """ "has yet to deliver", "is yet to receive": a verb with "yet" taking the trigger's clause as complement."""
    return previous.dep_ == "xcomp" and lemma(node) in ("have", "be") and _has_pending_adverb(node, lex)


def _be_to_future(node: Token, previous: Token, lex: TransferLexicon) -> bool:
    """ "Poland is to receive howitzers", "the army is to take delivery": "be" with an infinitive complement is the
    news future, unless its subject is a noun of purpose ("the aim is to buy"), which names no party's plan."""
    if lemma(node) != "be" or previous.dep_ != "xcomp" or previous.i < node.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in previous.children):
        return False
    subject = next((c for c in node.children if c.dep_ in SUBJECTS), None)
    parties = lex.party_nouns | lex.state_group_nouns
    return subject is not None and (subject.pos_ != "NOUN" or lemma(subject) in parties)


def _has_pending_adverb(node: Token, lex: TransferLexicon) -> bool:
    """A "yet" or a bound in time on the word ("before 2025", "until the contract is signed"): a negation with it
    is a delay, not a denial."""
    return any(c.dep_ == "advmod" and c.lower_ in lex.pending_adverbs for c in node.children) or _time_bound(node, lex)


def _time_bound(node: Token, lex: TransferLexicon) -> bool:
    """ "not ... before 2025", "not ... until the contract is signed": a preposition or clause bounding it in time."""
    bounds = lex.pending_bounds
    return any(
        (c.dep_ == "prep" and c.lower_ in bounds)
        or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in bounds for m in c.children))
        for c in node.children
    )


def _pending(node: Token, lex: TransferLexicon) -> bool:
    """A negated verb with "yet": not done so far ("has not been sealed yet")."""
    return any(c.dep_ == "neg" for c in node.children) and _has_pending_adverb(node, lex)


def _indirect_question(clause: Token) -> bool:
    """True for a clause opened by a wh-word or "whether" ("when the sale could be concluded")."""
    return clause.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("advmod", "mark") and c.i < clause.i and (c.tag_ == "WRB" or c.lower_ == "whether")
        for c in clause.children
    )


def _negates(node: Token, lex: TransferLexicon) -> bool:
    """True for a negated verb or a noun under "no" above the trigger: "will not go ahead with", "no plans to".

    "has not yet decided whether to sell" is pending, not a denial.
    """
    negated = any(c.dep_ == "neg" for c in node.children) or (
        node.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in node.children)
    )
    return negated and not _has_pending_adverb(node, lex)


def _attribution(
    node: Token, lex: TransferLexicon, is_verb: bool, is_noun: bool
) -> tuple[TransferStatus | None, list[Token], bool]:
    """(status, speaker candidates, is a plain speech verb) a governor gives, or (None, [], False).

    Cues: a confirm, report or speech verb/noun, "according to X", "reportedly".
    """
    word = lemma(node)
    who: list[Token] = []
    status: TransferStatus | None = None
    speech = False
    confirmed, reported = lex.cues("confirmed"), lex.cues("reported")
    if (is_verb and word in confirmed.verbs) or (is_noun and word in confirmed.nouns):
        status = "confirmed"
    elif is_verb and word in lex.speech_verbs:
        status, speech = "reported", True
    elif (is_verb and word in reported.verbs) or (is_noun and word in reported.nouns):
        status = "reported"
    elif is_verb and any(_phrase_at(node, phrase) for phrase in reported.phrases):
        status = "reported"
    if status is not None:
        speaker = _speaker(node, lex)
        if speaker is not None:
            who.append(speaker)
    according = _according_to(node)
    if according is not None:
        status = status or "reported"
        who.append(according)
    if status is None and any(c.dep_ == "advmod" and c.lower_ in reported.adverbs for c in node.children):
        status = "reported"
    return status, who, speech


def _phrase_at(node: Token, phrase: str) -> bool:
    """True when ``node`` heads the multiword cue ("come to light": "come" with "light" below it)."""
    words = phrase.split()
    if lemma(node) != words[0]:
        return False
    below = {lemma(t) for c in node.children for t in (c, *c.children)}
    return words[-1] in below


def _speaker(node: Token, lex: TransferLexicon) -> Token | None:
    """Who makes the claim a cue word expresses: a verb's subject, a noun's possessor or "by/from X"."""
    if node.pos_ in ("VERB", "AUX"):
        if lemma(node) in lex.raising_verbs:
            return None  # "Iran appears to have sent": a hedge, Iran says nothing
        subj = subject_of(node, lex)
        if subj is not None and subj.dep_ == "nsubjpass":
            subj = None
        if subj is None:
            for agent in preps(node, "by"):
                return agent
        return subj
    for child in node.children:
        if child.dep_ in ("poss", "compound", "amod") and child.pos_ in ("PROPN", "NOUN", "PRON", "ADJ"):
            return child
    for word in ("by", "from", "of"):
        for obj in preps(node, word):
            return obj
    if node.dep_ in SUBJECTS:
        return None
    return None


def denial_of_claims(token: Token, lex: TransferLexicon) -> tuple[bool, Token | None]:
    """(True, the denier) for "Tehran denies such claims" (a deny verb's object is a claim noun) and for
    "Beijing called the accusation groundless" (a labelling verb judging a claim noun false)."""
    if token.pos_ != "VERB":
        return False, None
    word = lemma(token)
    denying = word in lex.cues("denied").verbs
    if not denying and word not in lex.labelling_verbs:
        return False, None
    objects = [
        c for c in token.children if c.dep_ in OBJECTS and (lemma(c) in lex.claim_nouns or c.lower_ in ("them", "it"))
    ]
    if not objects:
        return False, None
    if denying or _judged_false(token, lex):
        return True, _speaker(token, lex)
    return False, None


def _said_false(node: Token, lex: TransferLexicon) -> bool:
    """True when the phrase holding the trigger is the subject of a copula calling it false ("the plan to provide
    rockets was false")."""
    if node.dep_ not in ("nsubj", "nsubjpass") or lemma(node.head) != "be":
        return False
    denied = lex.cues("denied")
    return any(
        c.dep_ in ("acomp", "attr") and (lemma(c) in denied.adjectives or lemma(c) in denied.nouns)
        for c in node.head.children
    )


def _judged_false(verb: Token, lex: TransferLexicon) -> bool:
    """True when a labelling verb calls its object false: "called the accusation groundless", "as a fabrication"."""
    denied = lex.cues("denied")
    near = [t for c in verb.children if c.dep_ not in ("relcl", "ccomp", "advcl", "conj") for t in (c, *c.children)]
    return any(lemma(t) in denied.adjectives or lemma(t) in denied.nouns or t.lower_ in denied.adjectives for t in near)


def written_source(name: str | None, ctx: Context) -> str | None:
    """The source as the article writes it (README: "the speaker as written"): the fullest mention of a person or
    outlet ("Macron", not the office-holders list's "Emmanuel Macron"). A state ("Abu Dhabi denied": United Arab
    Emirates) and a state body keep their canonical names, which add the state the text left to its context
    ("Chinese Foreign Ministry" for "the Foreign Ministry"), as does a name that only adds to what is written."""
    actor = ctx.actor_index.named(name)
    if name is None or actor is None or actor.kind in ("country", "organization") or not actor.mentions:
        return name
    fullest = max(actor.mentions, key=lambda m: (len(m.text.split()), -m.start)).text.removeprefix("the ")
    return name if fullest.lower() in name.lower() else fullest
