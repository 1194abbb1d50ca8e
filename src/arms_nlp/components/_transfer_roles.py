"""Pure helpers of the arms_transfers component: triggers, roles and status read off the dependency parse.

Everything here works on spaCy tokens only; the component (``transfers.py``) maps the
tokens found here to actor, weapon, quantity and quote records.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from spacy.tokens import Span, Token

from ..kb.transfers import TransferLexicon
from ..records import TransferStatus

Frame = Literal["supply", "acquire"]
SUBJECTS = frozenset({"nsubj", "csubj"})
OBJECTS = frozenset({"dobj", "obj"})
#: Order in which a modifier's cue words are tried ("possible", "alleged", "planned").
_STATUS_ORDER: tuple[TransferStatus, ...] = ("denied", "negotiating", "planned", "confirmed", "reported")
_SUFFIXES = ("ing", "ies", "es", "ed", "s", "d", "")


@dataclass(frozen=True)
class Trigger:
    """A transfer trigger token and its frame (supply: subject gives; acquire: subject receives)."""

    token: Token
    frame: Frame
    nominal: bool


@dataclass
class Roles:
    """Tokens heading each role of one transfer mention (before mapping to records)."""

    suppliers: list[Token] = field(default_factory=list)
    recipients: list[Token] = field(default_factory=list)
    objects: list[Token] = field(default_factory=list)
    between: list[Token] = field(default_factory=list)
    modifiers: list[Token] = field(default_factory=list)


@dataclass
class Status:
    """The status of a mention, the tokens that may name its source (nearest first), and whether a cue decided it."""

    status: TransferStatus = "reported"
    sources: list[Token] = field(default_factory=list)
    explicit: bool = False
    speech: bool = False
    presupposed: bool = False


def lemma(token: Token) -> str:
    """The lowercase lemma, also for title-case headline words tagged as proper nouns."""
    return token.lemma_.lower() if token.lemma_ else token.lower_


def _lemma_in(token: Token, lemmas: frozenset[str]) -> bool:
    if lemma(token) in lemmas:
        return True
    if token.pos_ == "PROPN" or token.is_title or token.is_upper:
        text = token.lower_
        for suffix in _SUFFIXES:
            stem = text[: len(text) - len(suffix)] if suffix and text.endswith(suffix) else text
            if stem in lemmas or stem + "e" in lemmas or stem + "y" in lemmas:
                return True
    return False


def find_trigger(token: Token, lex: TransferLexicon) -> Trigger | None:
    """The trigger this token is, if any: a transfer verb or an event noun, by lemma and part of speech."""
    if token.pos_ in ("VERB", "AUX"):
        if _lemma_in(token, lex.supply_verbs):
            return Trigger(token, "supply", False)
        if _lemma_in(token, lex.acquire_verbs):
            return Trigger(token, "acquire", False)
        return None
    if token.pos_ in ("NOUN", "PROPN"):
        if lemma(token) in lex.agent_nouns:
            return None
        if _lemma_in(token, lex.supply_nouns):
            return Trigger(token, "supply", True)
        if _lemma_in(token, lex.acquire_nouns):
            return Trigger(token, "acquire", True)
    if token.pos_ == "PROPN" and token.is_title and any(c.dep_ in OBJECTS | {"prep"} for c in token.children):
        # Title-case headlines ("Iran Sending Ballistic Missiles To Russia") tag verbs as proper nouns.
        if _lemma_in(token, lex.supply_verbs):
            return Trigger(token, "supply", False)
        if _lemma_in(token, lex.acquire_verbs):
            return Trigger(token, "acquire", False)
    return None


def mentions_trigger(span: Span, lex: TransferLexicon) -> bool:
    """True when some word of the span could be a trigger, whatever its tag (cheap pre-check)."""
    lemmas = lex.supply_verbs | lex.acquire_verbs | lex.supply_nouns | lex.acquire_nouns
    return any(_lemma_in(tok, lemmas) or tok.lower_ in lemmas for tok in span)


def with_conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("Russia and Syria")."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out.extend(with_conjuncts(child))
    return out


def preps(token: Token, word: str) -> Iterator[Token]:
    """Objects of the prepositions ``word`` attached to ``token`` ("to X", "from X")."""
    for child in token.children:
        if child.dep_ in ("prep", "dative", "agent") and child.lower_ == word:
            for obj in child.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    yield obj


def subject_of(verb: Token, lex: TransferLexicon, depth: int = 0) -> Token | None:
    """The token doing ``verb``: its own subject, or the controller of an xcomp/gerund chain."""
    if depth > 6:
        return None
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            return child
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ == "xcomp":
        # Object control ("persuade Iran to send"), else subject control ("intends to purchase").
        for child in head.children:
            if child.dep_ in OBJECTS and child.pos_ in ("PROPN", "NOUN", "PRON") and child.i < verb.i:
                return child
        return subject_of(head, lex, depth + 1)
    if verb.dep_ in ("conj", "advcl") and head.pos_ in ("VERB", "AUX"):
        return subject_of(head, lex, depth + 1)
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        governor = head.head
        if governor.pos_ in ("VERB", "AUX"):
            # "accused Iran of providing", "persuade Iran into transferring"
            for child in governor.children:
                if child.dep_ in OBJECTS and child.i < verb.i:
                    return child
            return subject_of(governor, lex, depth + 1)
        if governor.pos_ in ("NOUN", "PROPN"):
            # "Moscow's interest in acquiring", "its involvement in supplying"
            for child in governor.children:
                if child.dep_ == "poss":
                    return child
            if governor.dep_ in OBJECTS | {"pobj"}:
                above = governor.head.head if governor.dep_ == "pobj" else governor.head
                if above.pos_ in ("VERB", "AUX"):
                    return subject_of(above, lex, depth + 1)
                if above.pos_ in ("NOUN", "PROPN"):
                    for child in above.children:
                        if child.dep_ == "poss":
                            return child
    return None


def _noun_role_modifiers(noun: Token) -> list[Token]:
    """Possessors and adjectival/compound modifiers of an event noun that may name a party."""
    return [c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < noun.i]


def roles_of(trigger: Trigger, sent: Span, lex: TransferLexicon) -> Roles:
    """Supplier, recipient and object tokens of a trigger, from its dependents (never from distance)."""
    roles = Roles()
    tok = trigger.token
    giver = roles.suppliers if trigger.frame == "supply" else roles.recipients
    if trigger.nominal:
        for mod in _noun_role_modifiers(tok):
            if mod.dep_ == "poss":
                giver.extend(with_conjuncts(mod))
            else:
                # "Iranian shipments", "drone shipments", "Iran-Russia transfers": actor or weapon, decided later.
                roles.objects.append(mod)
                roles.modifiers.append(mod)
        roles.objects.extend(preps(tok, "of"))
        roles.objects.extend(preps(tok, "with"))
        for agent in preps(tok, "by"):
            giver.extend(with_conjuncts(agent))
        for obj in preps(tok, "between"):
            roles.between.extend(with_conjuncts(obj))
        if tok.dep_ in SUBJECTS and lemma(tok.head) in lex.content_verbs:
            roles.objects.extend(c for c in tok.head.children if c.dep_ in OBJECTS)
    else:
        subj = subject_of(tok, lex)
        if subj is not None:
            giver.extend(with_conjuncts(subj))
        for child in tok.children:
            if child.dep_ == "nsubjpass":
                roles.objects.append(child)
            elif child.dep_ == "agent":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        giver.extend(with_conjuncts(obj))
            elif child.dep_ in OBJECTS:
                roles.objects.append(child)
                if trigger.frame == "supply":
                    # "supplied Russia with missiles": an actor object is the recipient.
                    roles.recipients.append(child)
            elif child.dep_ == "dative" and child.pos_ in ("PROPN", "NOUN", "PRON"):
                roles.recipients.extend(with_conjuncts(child))
        if is_presupposed(trigger) and tok.head.pos_ in ("NOUN", "PROPN"):
            # "the ballistic missiles sent to Russia"
            roles.objects.append(tok.head)
        if trigger.frame == "supply":
            roles.objects.extend(preps(tok, "with"))
    holders = [tok] + [o for o in roles.objects if o.dep_ in OBJECTS | {"pobj", "nsubjpass"}]
    for holder in holders:
        for obj in preps(holder, "to"):
            if trigger.frame == "supply":
                roles.recipients.extend(with_conjuncts(obj))
        for obj in preps(holder, "from"):
            if trigger.frame == "acquire" or trigger.nominal or not roles.suppliers:
                roles.suppliers.extend(with_conjuncts(obj))
    if trigger.nominal and not roles.recipients and trigger.frame == "supply" and tok.dep_ in OBJECTS | {"pobj"}:
        # A misattached "to X" on the phrase governing the noun ("solidified with Iran's shipment ... to Russia").
        governor = tok.head.head if tok.dep_ == "pobj" else tok.head
        for obj in preps(governor, "to"):
            if obj.i > tok.i and sent.start <= obj.i < sent.end:
                roles.recipients.extend(with_conjuncts(obj))
    return roles


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


def blocked(trigger: Trigger, sent: Span, lex: TransferLexicon) -> bool:
    """True when a governor turns the mention into a restriction or a hypothesis, not a claim."""
    chain = [trigger.token, *_governors(trigger.token, sent)]
    for position, node in enumerate(chain):
        if position and lemma(node) in lex.blocking:
            return True
        if any(c.dep_ == "mark" and c.lower_ in lex.conditional_marks for c in node.children):
            return True
        if node.dep_ == "ROOT":
            break
    return False


def status_of(trigger: Trigger, sent: Span, lex: TransferLexicon) -> Status:
    """Status and source from the trigger's own modifiers and the verbs and nouns governing it.

    A denial (a negated trigger or a governing "deny") wins, then the modality nearest the
    trigger (negotiating, planned), then the nearest attribution (reported, confirmed).
    Every governing speaker is kept as a source candidate, nearest first.
    """
    tok = trigger.token
    modality: TransferStatus | None = None
    attribution: TransferStatus | None = None
    speech = False
    sources: list[Token] = []
    for child in tok.children:
        if child.dep_ == "neg":
            if any(c.dep_ == "advmod" and c.lower_ in lex.pending_adverbs for c in tok.children):
                return Status("planned", [], True)  # "has not yet delivered": still to come
            return Status("denied", [], True)
        text = child.lower_
        if child.dep_ == "aux" and text in lex.cues("planned").modals:
            modality = modality or "planned"
        if child.dep_ in ("amod", "advmod", "acomp"):
            for status in _STATUS_ORDER:
                cues = lex.cues(status)
                if lemma(child) in cues.adjectives or text in cues.adverbs or text in cues.adjectives:
                    if status in ("reported", "confirmed"):
                        attribution = attribution or status
                    elif status != "denied":
                        modality = modality or status
                    break
    according = _according_to(tok)
    if according is not None:
        attribution = attribution or "reported"
        sources.append(according)
    # A cue on the trigger itself ("alleged transfers", "possible delivery") outranks the verbs above it.
    own_cue = modality is not None or attribution is not None
    own_modality = modality is not None
    previous = tok
    presupposed = is_presupposed(trigger)
    for node in _governors(tok, sent):
        word = lemma(node)
        is_verb = node.pos_ in ("VERB", "AUX")
        is_noun = node.pos_ in ("NOUN", "PROPN")
        clause_head = previous.dep_ == "xcomp" or (
            trigger.nominal and previous.i == tok.i and tok.dep_ in ("attr", "nsubj", "nsubjpass", "dobj")
        )
        if node.dep_ == "xcomp" or clause_head:
            if any(c.dep_ == "aux" and c.lower_ in lex.cues("planned").modals for c in node.children):
                modality = modality or "planned"
        denied = lex.cues("denied")
        if (is_verb and word in denied.verbs) or (is_noun and word in denied.nouns):
            speaker = _speaker(node, lex)
            return Status("denied", [speaker] if speaker is not None else [], True)
        for status in ("negotiating", "planned"):
            cues = lex.cues(status)  # type: ignore[arg-type]
            if (is_verb and word in cues.verbs) or (is_noun and word in cues.nouns):
                modality = modality or status  # type: ignore[assignment]
            if is_noun and any(lemma(c) in cues.adjectives for c in node.children if c.dep_ == "amod"):
                modality = modality or status  # type: ignore[assignment]
        found, who, says = _attribution(node, lex, is_verb, is_noun)
        if found is not None:
            if attribution is None:
                attribution, speech = found, says
            sources.extend(who)
        previous = node
    if own_cue and attribution is not None and modality is not None and not own_modality:
        return Status(attribution, sources, True, speech, presupposed=presupposed)
    if modality is not None:
        return Status(modality, sources, True, presupposed=presupposed)
    if attribution is not None:
        return Status(attribution, sources, True, speech, presupposed=presupposed)
    # Stated as fact by the article itself: a report with no named source.
    return Status("reported", sources, False, presupposed=presupposed)


def is_presupposed(trigger: Trigger) -> bool:
    """A participle or relative clause on a noun ("the missiles sent to Russia") presupposes the transfer."""
    tok = trigger.token
    if trigger.nominal or tok.dep_ not in ("relcl", "acl"):
        return False
    # An infinitive on a noun ("calls to provide weapons", "talks to buy drones") asserts nothing.
    infinitive = tok.tag_ == "VB" or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    return not infinitive and (tok.dep_ == "relcl" or tok.tag_ in ("VBN", "VBG"))


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


def anaphoric(noun: Token, lex: TransferLexicon) -> bool:
    """True when an event noun refers back to a known claim ("these shipments", "such transfers")."""
    return any(c.dep_ in ("det", "predet") and c.lower_ in lex.anaphoric_determiners for c in noun.children)


def denial_of_claims(token: Token, lex: TransferLexicon) -> tuple[bool, Token | None]:
    """For "Tehran denies such claims": (True, the denier) when a deny verb's object is a claim noun."""
    if token.pos_ != "VERB" or lemma(token) not in lex.cues("denied").verbs:
        return False, None
    for child in token.children:
        if child.dep_ in OBJECTS and (lemma(child) in lex.claim_nouns or child.lower_ in ("them", "it")):
            return True, _speaker(token, lex)
    return False, None
