"""Status and source of a transfer mention, read off the dependency parse (arms_transfers helpers).

A denial (a negated trigger, a governing "deny") wins, then the modality nearest the trigger
(negotiating, planned), then the nearest attribution (reported, confirmed); governing
restrictions and hypotheses ("sanctions on ...", "if it went through with ...") block the mention.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ...kb.transfers import TransferLexicon
from ...records import TransferStatus
from ...syntax import OBJECTS, SUBJECTS, lemma, preps
from .roles import Trigger, is_presupposed, subject_of

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
    tok = trigger.token
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
    ):
        return True  # "It is unusual for Germany to send tanks": a for-to infinitive asserts nothing
    chain = [tok, *_governors(tok, sent)]
    for position, node in enumerate(chain):
        if position and lemma(node) in lex.blocking:
            return True
        if node.dep_ == "pcomp" and node.head.lower_ in lex.blocking_preps:
            return True  # "warned Beijing against supplying weapons"
        if any(c.dep_ == "mark" and c.lower_ in lex.conditional_marks and not _deliberated(node, c, lex) for c in node.children):
            return True
        if _inverted_conditional(node, lex):
            return True
        if node.dep_ == "ROOT":
            break
    return False


def _deliberated(node: Token, mark: Token, lex: TransferLexicon) -> bool:
    """"weighing whether to send", "will decide whether to deliver": an open question under a
    negotiating or planning verb is deliberation (its status comes from that verb), not a hypothesis."""
    cues = lex.cues("negotiating").verbs | lex.cues("planned").verbs
    return mark.lower_ == "whether" and node.head.i != node.i and lemma(node.head) in cues | {"decide", "debate"}


def _inverted_conditional(node: Token, lex: TransferLexicon) -> bool:
    """"Should the West give Ukraine missiles, ...", "Had Iran sent missiles, ...": a subordinate clause
    opened by its auxiliary is a hypothesis (a main-clause question is dropped as a question)."""
    if node.dep_ not in ("advcl", "ccomp") or node.head.i == node.i:
        return False
    subject = next((c for c in node.children if c.dep_ in SUBJECTS | {"nsubjpass"}), None)
    return subject is not None and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in lex.inversion_auxiliaries and c.i < subject.i and c.i < node.head.i
        for c in node.children
    )


def _headline_future(verb: Token) -> bool:
    """A main-clause infinitive with its own subject is the news future ("Germany to send tanks")."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("ROOT", "ccomp", "parataxis"):
        return False
    children = list(verb.children)
    return (
        any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        and any(c.dep_ in SUBJECTS for c in children)
        and not any(c.dep_ == "mark" for c in children)
    )


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
    for node in [tok, *_governors(tok, sent)]:
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in node.children):
            modality = modality or "negotiating"  # "will decide whether to deliver": still open
            break
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("xcomp", "aux"):
            break
    inherent = lex.trigger_status.get(lemma(tok))
    if inherent is not None:
        modality = modality or inherent  # "pledged 31 tanks", "requested jets"
    if _headline_future(tok):
        modality = modality or "planned"  # "Germany To Send Taurus Missiles To Ukraine"
    according = _according_to(tok)
    if according is not None:
        attribution = attribution or "reported"
        sources.append(according)
    # A cue on the trigger itself ("alleged transfers", "possible delivery") outranks the verbs above it.
    own_cue = modality is not None or attribution is not None
    own_modality = modality is not None
    previous = tok
    presupposed = is_presupposed(trigger)
    in_clause = True
    for node in _governors(tok, sent):
        word = lemma(node)
        if previous.dep_ in ("ccomp", "advcl", "parataxis", "relcl", "conj"):
            in_clause = False  # "He did not say that Iran sent drones" denies nothing
        if in_clause and _negates(node, lex):
            return Status("denied", [], True)  # "had no plans to export", "will not go ahead with the purchase"
        is_verb = node.pos_ in ("VERB", "AUX")
        is_noun = node.pos_ in ("NOUN", "PROPN")
        clause_head = previous.dep_ == "xcomp" or (
            trigger.nominal and previous.i == tok.i and tok.dep_ in ("attr", "nsubj", "nsubjpass", "dobj")
        )
        if node.dep_ == "xcomp" or clause_head:
            if any(c.dep_ == "aux" and c.lower_ in lex.cues("planned").modals for c in node.children):
                modality = modality or "planned"
        if previous.dep_ == "nsubj" and is_verb:
            # The subject of "denied", "said", "confirms" is not what is denied or said
            # ("Iran, a key supplier of drones to Russia, denied the report"); "according to X" still scopes.
            according = _according_to(node)
            if according is not None:
                attribution = attribution or "reported"
                sources.append(according)
            previous = node
            continue
        own_plan = previous.dep_ == "xcomp" and not any(c.dep_ in OBJECTS for c in node.children)
        if is_verb and word in lex.belief_verbs and not own_plan:
            # "Western officials expect Iran to begin transferring missiles": the believers are the source.
            speaker = _speaker(node, lex)
            attribution = attribution or "reported"
            sources.extend([speaker] if speaker is not None else [])
        denied = lex.cues("denied")
        if previous.dep_ == "xcomp" and lemma(previous) in lex.noncommittal:
            break  # "declined to comment on the purchases", "refused to confirm the delivery": no claim either way
        if (is_verb and (word in denied.verbs or any(_phrase_at(node, p) for p in denied.phrases))) or (
            is_noun and word in denied.nouns
        ):
            speaker = _speaker(node, lex)
            return Status("denied", [speaker] if speaker is not None else [], True)
        for status in ("negotiating", "planned"):
            cues = lex.cues(status)  # type: ignore[arg-type]
            is_adjective = node.pos_ == "ADJ" and node.dep_ == "acomp"  # "is interested in acquiring"
            if (is_verb and word in cues.verbs) or (is_noun and word in cues.nouns) or (is_adjective and word in cues.adjectives):
                modality = modality or status  # type: ignore[assignment]
            if is_noun and any(lemma(c) in cues.adjectives for c in node.children if c.dep_ == "amod"):
                modality = modality or status  # type: ignore[assignment]
        found, who, says = _attribution(node, lex, is_verb, is_noun)
        if found is not None:
            if attribution is None:
                attribution, speech = found, says
            sources.extend(who)
        previous = node
    if attribution is None:
        # A parenthetical attribution hangs below the clause: "The drones were supplied by Iran, a spokesman said".
        for node in [tok, *_governors(tok, sent)]:
            for child in node.children:
                if child.dep_ == "parataxis" and child.pos_ in ("VERB", "AUX") and child.i > tok.i:
                    found, who, says = _attribution(child, lex, True, False)
                    if found is not None and attribution is None:
                        attribution, speech = found, says
                        sources.extend(who)
    if own_cue and attribution is not None and modality is not None and not own_modality:
        return Status(attribution, sources, True, speech, presupposed=presupposed)
    if modality is not None:
        return Status(modality, sources, True, presupposed=presupposed)
    if attribution is not None:
        return Status(attribution, sources, True, speech, presupposed=presupposed)
    # Stated as fact by the article itself: a report with no named source.
    return Status("reported", sources, False, presupposed=presupposed)


def _negates(node: Token, lex: TransferLexicon) -> bool:
    """True for a negated verb or a noun under "no" above the trigger: "will not go ahead with", "no plans to".

    "has not yet decided whether to sell" is pending, not a denial.
    """
    negated = any(c.dep_ == "neg" for c in node.children) or (
        node.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in node.children)
    )
    return negated and not any(c.dep_ == "advmod" and c.lower_ in lex.pending_adverbs for c in node.children)


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


def denial_of_claims(token: Token, lex: TransferLexicon) -> tuple[bool, Token | None]:
    """(True, the denier) for "Tehran denies such claims" (a deny verb's object is a claim noun) and for
    "Beijing called the accusation groundless" (a labelling verb judging a claim noun false)."""
    if token.pos_ != "VERB":
        return False, None
    word = lemma(token)
    denying = word in lex.cues("denied").verbs
    if not denying and word not in lex.labelling_verbs:
        return False, None
    objects = [c for c in token.children if c.dep_ in OBJECTS and (lemma(c) in lex.claim_nouns or c.lower_ in ("them", "it"))]
    if not objects:
        return False, None
    if denying or _judged_false(token, lex):
        return True, _speaker(token, lex)
    return False, None


def _judged_false(verb: Token, lex: TransferLexicon) -> bool:
    """True when a labelling verb calls its object false: "called the accusation groundless", "as a fabrication"."""
    denied = lex.cues("denied")
    near = [t for c in verb.children if c.dep_ not in ("relcl", "ccomp", "advcl", "conj") for t in (c, *c.children)]
    return any(lemma(t) in denied.adjectives or lemma(t) in denied.nouns or t.lower_ in denied.adjectives for t in near)
