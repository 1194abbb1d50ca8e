"""Reported clauses of speech verbs (pure functions over a parsed Doc): the complement of "said (that) ...",
the clause around "according to X", and the host clause of a parenthetical attribution ("A, he said, B").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...kb.closed_class import closed_class
from ...kb.cues import CueLexicon
from ...normalize.datelines import dateline_length
from ...syntax import child, is_relative_pronoun
from ...syntax import lemma as lemma_of
from .phrases import doc_text, paragraph_of

_ADDRESSEE_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_THAT_WINDOW = 15  # tokens between a speech verb and a "that" the parser hung elsewhere


def clause_text(doc: Doc, clause: Token, lexicon: CueLexicon) -> Span | None:
    """The reported clause: the ccomp subtree without a leading "that", a dateline and outer punctuation,
    cut before a conjoined speech act of the speaker ("... and called on other nations to ...")."""
    start, end = _subject_taken_as_object(clause), clause.right_edge.i + 1
    para_start, para_end = paragraph_of(doc_text(doc), clause.head.idx)
    if not para_start <= clause.idx < para_end:
        return None
    while start < end and doc[start].idx < para_start:
        start += 1
    while end > start and doc[end - 1].idx >= para_end:
        end -= 1
    end = min(end, _speaker_conjunct(clause, lexicon))
    start = max(start, _clause_start(clause)) if start == clause.left_edge.i else start
    if start < clause.head.i < clause.i:  # "the car that police said was stolen": the relative pronoun stays out
        start = clause.head.i + 1
    return trim(doc, start, end)


def _subject_taken_as_object(clause: Token) -> int:
    """Where a reported clause starts. "told AFP around 150 tonnes were destroyed": the parser made the
    clause subject a second object of the verb; a subjectless clause then starts at that object."""
    verb = clause.head
    if child(clause, ("nsubj", "nsubjpass", "expl", "csubj")) is not None or clause.dep_ != "ccomp":
        return clause.left_edge.i
    objects = [kid for kid in verb.children if kid.dep_ in ("dobj", "dative") and kid.i < clause.i]
    if len(objects) >= 2 and objects[-1].right_edge.i + 1 >= clause.left_edge.i:
        return objects[-1].left_edge.i
    return clause.left_edge.i


def _clause_start(clause: Token) -> int:
    """Without "that", modifiers between the speech verb and the clause subject belong to the verb
    ("said on Thursday it would ..."): the clause starts at its subject."""
    subject = child(clause, ("nsubj", "nsubjpass", "expl"))
    if subject is None or any(kid.dep_ == "mark" for kid in clause.children) or clause.head.i > clause.i:
        return clause.left_edge.i
    leading = [kid for kid in clause.lefts if kid.i < subject.i]
    if leading and all(kid.dep_ in ("prep", "npadvmod", "advmod", "punct") for kid in leading):
        return subject.left_edge.i
    return clause.left_edge.i


def trim(doc: Doc, start: int, end: int) -> Span | None:
    """``doc[start:end]`` without a leading dateline or "that" and without outer punctuation and conjunctions."""
    if start < end:
        first, last = doc[start], doc[end - 1]
        limit = first.idx + dateline_length(doc_text(doc)[first.idx : last.idx + len(last)])
        while start < end and doc[start].idx < limit:
            start += 1
    while start < end and (
        doc[start].is_punct
        or doc[start].dep_ in ("mark", "dobj")
        and doc[start].lower_ in closed_class().complementizers
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "cc"):
        end -= 1
    return doc[start:end] if end > start else None


def _speaker_conjunct(clause: Token, lexicon: CueLexicon) -> int:
    """Where the reported clause ends: before a conjoined speech-act verb with no subject of its own
    ("stated that Iran had not provided weapons and called on ...") or a speech participle after a comma
    ("said police were looking at terror, saying ..."), which the speaker did; before another speaker's
    report ("Critics say the plan will cost too much, while supporters argue ...")."""
    for kid in clause.rights:
        if kid.pos_ != "VERB" or kid.dep_ not in ("conj", "advcl"):
            continue
        if _narrated_as(kid):
            return kid.left_edge.i
        if _another_report(kid, lexicon):
            return kid.left_edge.i
        if child(kid, ("nsubj", "nsubjpass")) is not None:
            continue
        if kid.dep_ == "conj" and lemma_of(kid) in lexicon.speech_act_verbs:
            return kid.left_edge.i
        if speech_participle(kid, lexicon) or _withheld_details(kid, lexicon):
            return kid.left_edge.i
    return clause.right_edge.i + 1


def _narrated_as(verb: Token) -> bool:
    """ "said the deal would be signed soon, as talks continued": a clause of its own after a comma and a bare "as"
    (not "as long as"), the writer's setting of the report rather than what was said."""
    doc, first = verb.doc, verb.left_edge
    if first.lower_ != "as" or first.dep_ != "mark" or first.i == 0 or doc[first.i - 1].text != ",":
        return False
    return doc[first.i + 1].pos_ not in ("ADV", "ADJ") and child(verb, ("nsubj", "nsubjpass")) is not None


def _withheld_details(verb: Token, lexicon: CueLexicon) -> bool:
    """ "..., but did not elaborate", "..., but gave no figures", "but declined to comment": a conjoined verb of
    giving details that gives none, which the speaker did (the caller checked it has no subject)."""
    if verb.dep_ != "conj" or not any(t.dep_ == "cc" for t in verb.doc[verb.head.i + 1 : verb.i]):
        return False
    lemma = lemma_of(verb)
    if lemma in lexicon.refusal_verbs:
        done = child(verb, ("xcomp",))
        return done is not None and lemma_of(done) in lexicon.disclosure_verbs
    if lemma not in lexicon.disclosure_verbs:
        return False
    obj = child(verb, ("dobj",))
    nothing = obj is not None and any(kid.dep_ == "det" and kid.lower_ == "no" for kid in obj.children)
    return nothing or any(kid.dep_ == "neg" for kid in verb.children)


def _another_report(verb: Token, lexicon: CueLexicon) -> bool:
    """ "..., while supporters argue ...": a speech verb with a noun subject of its own, not one more reported
    clause ("... and that they had complained ..."); after "while" also a speech act ("while the opposition
    called for talks")."""
    subject = child(verb, ("nsubj",))
    contrast = any(kid.dep_ == "mark" and kid.lower_ in closed_class().contrast_subordinators for kid in verb.children)
    lemma = lemma_of(verb)
    return (
        subject is not None
        and subject.pos_ != "PRON"
        and (lexicon.introduces_indirect(lemma) or contrast and lemma in lexicon.speech_act_verbs)
        and not any(kid.dep_ == "mark" and kid.lower_ in closed_class().complementizers for kid in verb.children)
    )


def reports_speech(verb: Token, lexicon: CueLexicon) -> bool:
    """True when the verb can carry reported speech in a clause: a verb of indirect speech ("stated that ..."), or
    a verb that does so with its particle ("pointed out that ...")."""
    lemma = lemma_of(verb)
    if lexicon.introduces_indirect(lemma):
        return True
    particles = lexicon.particle_verbs.get(lemma, frozenset())
    return any(kid.dep_ == "prt" and kid.lower_ in particles for kid in verb.children)


def speech_participle(verb: Token, lexicon: CueLexicon) -> bool:
    """ "..., saying ...", "..., adding that ...": a speech verb in -ing after a comma, hung on a clause."""
    lemma = lemma_of(verb)
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and before is not None
        and before.text == ","
        and (reports_speech(verb, lexicon) or lemma in lexicon.speech_act_verbs)
    )


def _statement_clause(verb: Token, lexicon: CueLexicon) -> Token | None:
    """ "said in a statement that ...": the that-clause hanging on the reporting noun."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and lemma_of(noun) in lexicon.reporting_nouns:
                for clause in noun.children:
                    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"]
                    if clause.dep_ in ("acl", "ccomp") and marks:
                        return clause
    return None


def adjective_frame_clause(verb: Token, lexicon: CueLexicon) -> Token | None:
    """ "made (it) clear that ...", "was adamant that ...": the that-clause a verb and adjective of
    ``adjective_frames`` state, whether the parser hung it on the verb or on the adjective; None without a
    subject of the verb ("It was made clear that ...")."""
    adjectives = lexicon.adjective_frames.get(lemma_of(verb))
    if not adjectives or child(verb, ("nsubj",)) is None:
        return None
    for adjective in verb.children:
        if adjective.pos_ != "ADJ" or adjective.lower_ not in adjectives:
            continue
        for holder in (verb, adjective):
            for clause in holder.children:
                marks = [kid for kid in clause.children if kid.dep_ == "mark" and kid.lower_ == "that"]
                if clause.dep_ in ("ccomp", "advcl") and clause.i > adjective.i and marks:
                    return clause
    return None


def owned_statement_clause(noun: Token, lexicon: CueLexicon) -> Token | None:
    """ "his claim that ...", "Dias's argument that ...": the that-clause of a statement noun with a possessor
    (who made the statement), or None ("the claim that ..." names nobody)."""
    if noun.pos_ != "NOUN" or lemma_of(noun) not in lexicon.statement_nouns or child(noun, ("poss",)) is None:
        return None
    for clause in noun.rights:
        marks = [kid for kid in clause.children if kid.dep_ == "mark" and kid.lower_ == "that"]
        if clause.dep_ in ("acl", "ccomp") and marks:
            return clause
    return None


def withheld(verb: Token, lexicon: CueLexicon) -> bool:
    """ "did not say whether ...", "declined to say whether ...": nothing was said."""
    if any(kid.dep_ == "neg" for kid in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and lemma_of(head) in lexicon.refusal_verbs


def _detached_that_clause(verb: Token, lexicon: CueLexicon) -> Token | None:
    """ "said on X, formerly Twitter, that ...": a that-clause the parser hung on a word of the
    adverbials between the speech verb and "that" (only prepositions, names and commas in between; "and that"
    starts a clause coordinated with an earlier one)."""
    addressed = lemma_of(verb) in lexicon.addressee_verbs
    if child(verb, ("dobj",)) is not None and not addressed:
        return None  # "confirmed the report that ...": a noun object, not reported speech
    doc = verb.doc
    stop = min(verb.sent.end, verb.i + _THAT_WINDOW)
    for token in doc[verb.i + 1 : stop]:
        if token.pos_ in ("VERB", "AUX") or token.dep_ == "cc" or token.is_sent_end or token.text in '“”"‘’':
            return None
        # "told a press briefing that the vessels had ...": the parser may read "that" as a relative pronoun
        if token.lower_ == "that" and (token.dep_ == "mark" or addressed) and token.head.i > token.i:
            clause = token.head
            subject = child(clause, ("nsubj", "nsubjpass"))
            has_subject = subject is not None and subject.i != token.i
            return clause if has_subject and clause.pos_ in ("VERB", "AUX") else None
    return None


def _addressee_relative(verb: Token, lexicon: CueLexicon) -> Token | None:
    """ "told the court he had acted in self-defence": a clause the parser hung on the addressee as a relative
    clause without relative pronoun, when the addressee is a person, body or audience (not "told the story he
    had written")."""
    obj = child(verb, ("dobj",)) if lemma_of(verb) in lexicon.addressee_verbs else None
    if obj is None or not (obj.ent_type_ in _ADDRESSEE_ENTITIES or _speaking_noun(obj, lexicon)):
        return None
    clause = next((kid for kid in obj.rights if kid.dep_ == "relcl" and kid.left_edge.i == obj.i + 1), None)
    subject = child(clause, ("nsubj", "nsubjpass")) if clause is not None else None
    return clause if subject is not None and not is_relative_pronoun(subject) else None


def _speaking_noun(noun: Token, lexicon: CueLexicon) -> bool:
    """A noun for people or a body that can hear or say something ("the court", "reporters")."""
    words = {noun.lower_, lemma_of(noun)}
    return bool(words & (lexicon.person_nouns | lexicon.organization_nouns | lexicon.group_nouns))


def according_clause(doc: Doc, phrase: Span) -> Span | None:
    """The rest of the sentence around "according to X": the longest run of its paragraph outside the phrase
    (which ends at the first comma after it: "According to X, Ukraine will ..." even when the parse hung
    "Ukraine" on X)."""
    phrase_head = phrase[0]
    comma = next((t.i for t in doc[phrase[-1].i + 1 : phrase_head.sent.end] if t.text == ","), len(doc))
    skip = {t.i for token in phrase for t in token.subtree if t.i <= comma}
    skip |= {t.i for appos in _source_appositions(phrase, comma) for t in appos.subtree}
    para_start, para_end = paragraph_of(doc_text(doc), phrase_head.idx)
    runs: list[tuple[int, int]] = []
    run_start: int | None = None
    for token in phrase_head.sent:
        outside = token.i not in skip and para_start <= token.idx < para_end
        if outside and run_start is None:
            run_start = token.i
        elif not outside and run_start is not None:
            runs.append((run_start, token.i))
            run_start = None
    if run_start is not None:
        runs.append((run_start, phrase_head.sent.end))
    if not runs:
        return None
    start, end = max(runs, key=lambda r: r[1] - r[0])
    while start < end and doc[start].is_space:
        start += 1
    reported = trim(doc, start, end)
    return reported if reported is not None and len(reported) >= 3 else None


def _source_appositions(phrase: Span, comma: int) -> list[Token]:
    """ "According to the Nuffield Trust, a think tank, ...": the apposition of the phrase's source set off by
    commas on both sides (with the closing comma; "According to X, Ukraine will ..." is no apposition)."""
    source = child(phrase[-1], ("pobj",))
    found = [kid for kid in source.children if kid.dep_ == "appos" and kid.i > comma] if source is not None else []
    doc = phrase.doc
    closed = [a for a in found if a.right_edge.i + 1 < len(doc) and doc[a.right_edge.i + 1].text == ","]
    return closed + [doc[a.right_edge.i + 1] for a in closed]


def verb_clause(verb: Token, lexicon: CueLexicon) -> list[Span] | None:
    """What a speech verb reports, as its pieces: one for "said (that) ...", "said in a statement that ...",
    two for a parenthetical attribution inside the clause ("A, he said, B"), None when it reports no clause."""
    clause = child(verb, ("ccomp",)) or _statement_clause(verb, lexicon) or _detached_that_clause(verb, lexicon)
    clause = clause or _addressee_relative(verb, lexicon)
    if clause is not None:
        reported = clause_text(verb.doc, clause, lexicon)
        last = _last_complement(verb, clause)
        if reported is not None and last is not clause:  # "stressed he remains PM, Darling remains Chancellor"
            rest = clause_text(verb.doc, last, lexicon)
            reported = verb.doc[reported.start : rest.end] if rest is not None else reported
        fronted = fronted_subject(verb)
        subject = trim(verb.doc, fronted.left_edge.i, fronted.right_edge.i + 1) if fronted is not None else None
        if reported is not None and subject is not None:  # "The contract, said X, is worth ...": two pieces
            return [subject, reported]
        return [reported] if reported is not None else None
    return parenthetical_host(verb)


def _last_complement(verb: Token, clause: Token) -> Token:
    """The last of the clausal complements a verb reports side by side, or ``clause`` itself."""
    later = [kid for kid in verb.children if kid.dep_ == "ccomp" and kid.i > clause.i > verb.i]
    return later[-1] if later else clause


def _postposed(verb: Token) -> bool:
    """ "... two supply boats, Foreign Secretary Teodoro Locsin Jr. said in a statement": a finite speech verb
    after its host clause that the parser hung on it as an adverbial clause (no "after"/"as" mark, no "to") or as
    a conjunct without "and"/"but" ("..., the air force said on Telegram")."""
    spliced = verb.dep_ == "conj" and not any(t.dep_ == "cc" for t in verb.doc[verb.head.i + 1 : verb.i])
    return (
        (verb.dep_ == "advcl" or spliced)
        and verb.i > verb.head.i
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and not any(kid.dep_ in ("mark", "aux", "advmod") and kid.i < verb.i for kid in verb.children)
    )


def _misread_relative(verb: Token) -> bool:
    """ "The government will buy 54 tanks, Defence Minister Odd Rask announced on Friday.": a finite speech verb
    after a comma that the parser hung on the noun before as a relative clause without a relative pronoun,
    with a subject of its own, ending the sentence: an attribution after its host clause."""
    doc, first = verb.doc, verb.left_edge
    subject = child(verb, ("nsubj",))
    return (
        verb.dep_ == "relcl"
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and first.i > 0
        and doc[first.i - 1].text == ","
        and subject is not None
        and subject.left_edge.i == first.i
        and not is_relative_pronoun(subject)
        and not any(t.tag_ in ("WP", "WDT", "WP$", "WRB") for t in doc[first.i : verb.i])
        and (verb.right_edge.i + 1 >= verb.sent.end or doc[verb.right_edge.i + 1].is_sent_end)
    )


def _host_of(verb: Token) -> Token:
    """The clause an attribution aside interrupts or follows: the verb it hangs on, or, for an aside misread
    as a relative clause, the verb above the noun it hangs on."""
    host = verb.head
    if not _misread_relative(verb):
        return host
    for _ in range(8):  # a noun phrase's depth, at the most
        if host.pos_ in ("VERB", "AUX") or host.head is host:
            break
        host = host.head
    return host


def postposed_name(verb: Token) -> tuple[int, int] | None:
    """ "..., Foreign Secretary Teodoro Locsin Jr. of the Philippines said": the token span of the name
    phrase between the last comma and a subjectless speech verb, when it holds a proper noun and no verb."""
    doc = verb.doc
    start = verb.i
    while start > max(verb.sent.start, verb.i - 12) and doc[start - 1].text != ",":
        start -= 1
    if start == verb.i or doc[start - 1].text != ",":
        return None
    words = doc[start : verb.i]
    if any(t.pos_ in ("VERB", "AUX") for t in words) or not any(t.pos_ == "PROPN" for t in words):
        return None
    return start, verb.i


def inverted_subject(verb: Token) -> Token | None:
    """ "The offer, said Paul Grant, was ...": the subject after a speech verb that opens an aside after a comma
    (the parser often hangs the host clause's subject on that verb too), or None."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    if verb.dep_ != "parataxis" and fronted_subject(verb) is None:
        return None
    return next((kid for kid in verb.rights if kid.dep_ == "nsubj"), None)


def fronted_subject(verb: Token) -> Token | None:
    """ "The contract, said spokeswoman Linda Park, is worth ...": the host clause's subject when the parser made
    the aside's speech verb the root, with that subject and the speaker both its subjects and the host's verb
    its subjectless clausal complement after the speaker; else None."""
    before = [kid for kid in verb.lefts if kid.dep_ == "nsubj"]
    after = [kid for kid in verb.rights if kid.dep_ == "nsubj"]
    clause = child(verb, ("ccomp",))
    if verb.dep_ != "ROOT" or not before or not after or clause is None or clause.i < after[0].i:
        return None
    return before[-1] if child(clause, ("nsubj", "nsubjpass", "expl")) is None else None


def parenthetical_host(verb: Token) -> list[Span] | None:
    """ "Norway's status, Stoltenberg said, meant that ...", "Ukraine had won back the Black Sea, he said,
    using drones ...": the clause the parser hung the attribution on (parataxis), without the attribution.
    The piece after the attribution is kept only when a comma closes the attribution."""
    host, doc = _host_of(verb), verb.doc
    if host.pos_ not in ("VERB", "AUX") or not (
        verb.dep_ == "parataxis" or _postposed(verb) or _misread_relative(verb)
    ):
        return None
    if any(kid.dep_ in ("dobj", "ccomp", "xcomp") for kid in verb.children):
        return None  # "he said something": not an attribution aside
    para_start, para_end = paragraph_of(doc_text(doc), verb.idx)
    start, end = host.left_edge.i, host.right_edge.i + 1
    while start < end and doc[start].idx < para_start:
        start += 1
    while end > start and doc[end - 1].idx >= para_end:
        end -= 1
    aside_start, aside_end = verb.left_edge.i, verb.right_edge.i + 1
    if inverted_subject(verb) is not None:  # "The offer, said Paul Grant, was ...": the host's subject hangs on it
        aside_start = verb.i
    elif child(verb, ("nsubj",)) is None:  # the speaker's name hung elsewhere: the aside starts after a comma
        named = postposed_name(verb)
        if named is None:
            return None
        aside_start = named[0]
    pieces = [trim(doc, start, aside_start)]
    if aside_end < end and doc[aside_end].text == "," and doc[aside_end - 1].text != ",":
        aside_end += 1  # the comma closing the aside hangs on the host
    after = trim(doc, aside_end, end) if doc[aside_end - 1].text == "," else None
    if after is not None and any(t.pos_ in ("VERB", "AUX") for t in after):  # not ", the largest attack in weeks"
        pieces.append(after)
    found = [piece for piece in pieces if piece is not None and len(piece) >= 2]
    return found if found and found[0].start < aside_start else None


#: Prepositions whose object is what a speech verb is about ("warned of", "cautioned against", "called for").
_ABOUT = frozenset({"of", "about", "against", "on", "for"})


def object_phrase(verb: Token, inside: Token, lexicon: CueLexicon) -> Span | None:
    """ "acknowledged potential “tension” in coming years", "warned of taking “...”": the object of a speech
    verb (or of its "of/about/against" preposition) holding the token ``inside``, trimmed, or None."""
    addressed = lemma_of(verb) in lexicon.addressee_verbs
    for kid in verb.children:
        target = kid
        if kid.dep_ == "dobj" and addressed:
            continue  # "told a press briefing": whom it was said to
        if kid.dep_ == "prep" and kid.lower_ in _ABOUT:
            target = child(kid, ("pobj", "pcomp")) or kid
        elif kid.dep_ != "dobj":
            continue
        if target.i == inside.i or target.is_ancestor(inside):
            return trim(verb.doc, target.left_edge.i, target.right_edge.i + 1)
    return None
