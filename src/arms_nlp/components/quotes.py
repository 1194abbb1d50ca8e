"""arms_quotes: direct, partial and indirect quotes with their speakers.

Quote marks are paired on the raw text (:mod:`arms_nlp.normalize.quotemarks`);
speech cues come from ``data/cue_verbs.yaml``; speakers are the subjects (or, for
"X quoted Y as saying", the objects) of cue verbs in the quote's sentence, mapped to
the canonical actor names stored by ``arms_actors``. Quotes without a cue in their
own sentence take the speaker of a neighbouring cue or of the quote they continue;
pronouns and reporting nouns ("the statement continued") are resolved against the
speakers found so far. Without a parser the component still pairs quote marks and
finds cue words, but only attributes speakers through recognised actors.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..extensions import get_records, in_boilerplate, set_records
from ..kb.cues import CueLexicon, cue_lexicon
from ..linking import actor_at
from ..normalize.quotemarks import QuotedSpan, find_quotes, outermost
from ..records import Actor, Quote

#: Characters that, as the last thing before an opening mark, start a new clause (a direct quote).
_CLAUSE_OPENERS = ":,;—–-([.!?\"”’"
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?][\"”’)]*(?=\s)|$)", re.M)
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those"})
_ORG_KINDS = frozenset({"organization", "media", "armed_group", "country"})
_SUBJECTS = ("nsubj",)
_CLIMB = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep", "acl", "relcl"})
_NOT_SUBJECTS = frozenset({"pobj", "appos", "dobj", "npadvmod", "poss", "attr", "dative"})
_POSSESSIVE = re.compile(r"['’‘]s?$")
CUE_SLOT = "<cue>"  # in a data-file phrase: any cue verb form
_THAT = frozenset({"that", "whether", "if"})
MIN_DIRECT_WORDS = 4


@dataclass
class Speaker:
    """A resolved speaker: canonical ``name``, coarse ``kind`` (person/organization/group)."""

    name: str
    kind: str | None = None
    source: str | None = None  # the medium of a quoting frame ("The Wall Street Journal")
    statement: bool = False  # the cue's sentence mentions a statement/report
    from_actor: bool = False  # ``name`` is an arms_actors canonical name


@dataclass
class Attribution:
    """A cue and the speaker it names."""

    cue: str
    speaker: Speaker | None
    cue_token: Token | None = None


@dataclass
class _State:
    """Speakers found so far in the document with where their speech ended (for pronouns and continuations)."""

    history: list[tuple[int, Speaker]] = field(default_factory=list)

    def remember(self, position: int, speaker: Speaker | None) -> None:
        if speaker is not None:
            if not speaker.from_actor:
                speaker.name = self.canonical(speaker.name)
            self.history.append((position, speaker))

    def canonical(self, name: str) -> str:
        """A short form of an earlier speaker's name ("Iranian Mission") becomes that full name."""
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)
        for _, earlier in reversed(self.history):
            if len(earlier.name) > len(name) and pattern.search(earlier.name):
                return earlier.name
        return name


# --------------------------------------------------------------------------- sentences


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the sentences: the parser's when present, else a regex split."""
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(doc.text) if m.group().strip()]


def _sentence_index(bounds: list[tuple[int, int]], char: int) -> int | None:
    """Index of the sentence holding character ``char`` (bounds are sorted), or None."""
    index = bisect_right(bounds, (char, float("inf"))) - 1
    if index >= 0 and bounds[index][0] <= char < bounds[index][1]:
        return index
    return None


def _paragraph_of(text: str, char: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    return start, len(text) if end < 0 else end


# --------------------------------------------------------------------------- cues


def cue_lemma(token: Token, lexicon: CueLexicon) -> str | None:
    """The cue verb lemma of ``token`` ("said" -> "say"), or None when it is no speech verb."""
    if token.pos_ and token.pos_ not in ("VERB", "AUX"):
        return None
    if token.lemma_:
        lemma = token.lemma_.lower()
        return lemma if lexicon.is_cue_lemma(lemma) else None
    return lexicon.surface_forms.get(token.lower_)  # no lemmatizer in the pipeline


def _phrase_end(tokens: list[Token], index: int, lexicon: CueLexicon) -> Token | None:
    """The last token of an attribution phrase ("according to") starting at ``tokens[index]``."""
    for phrase in lexicon.phrases:
        window = tokens[index : index + len(phrase)]
        if len(window) == len(phrase) and all(
            t.lower_ == w or w == CUE_SLOT and cue_lemma(t, lexicon) for t, w in zip(window, phrase)
        ):
            return window[-1]
    return None


def _quote_end(quote: QuotedSpan) -> int:
    """Position of the closing mark, or of the content end for a quote closed by a paragraph break."""
    return quote.close_at if quote.close_at is not None else quote.end


def _inside(token: Token, spans: list[QuotedSpan]) -> bool:
    return any(q.open_at <= token.idx < _quote_end(q) for q in spans)


def cues_between(doc: Doc, start: int, end: int, quotes: list[QuotedSpan], lexicon: CueLexicon) -> list[Token]:
    """Cue tokens (speech verbs and the last word of attribution phrases) in ``[start, end)`` outside quotes."""
    span = doc.char_span(start, end, alignment_mode="contract") if end > start else None
    if span is None:
        return []
    tokens = list(span)
    found: list[Token] = []
    for index, token in enumerate(tokens):
        if _inside(token, quotes):
            continue
        phrase = _phrase_end(tokens, index, lexicon)
        if phrase is not None:
            found.append(phrase)
        elif cue_lemma(token, lexicon):
            found.append(token)
    return found


# --------------------------------------------------------------------------- speakers


def _noun_phrase(token: Token) -> Span:
    """The noun phrase headed by ``token`` up to the head itself (no appositions or relative clauses)."""
    doc = token.doc
    start = token.left_edge.i
    while start < token.i and "\n" in doc.text[doc[start].idx : token.idx]:
        start += 1
    end = token.i + 1
    while end < len(doc) and doc[end].dep_ in ("compound", "flat") and doc[end].head.i >= token.i:
        end += 1
    if token.pos_ in ("PROPN", "NOUN"):  # "Mission to the United Nations", "spokesperson for the Pentagon"
        for prep in token.rights:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if prep.dep_ != "prep" or prep.i != end or prep.lower_ not in ("of", "to", "for") or not objects:
                break
            if objects[0].pos_ != "PROPN" or "\n" in doc[end : objects[0].right_edge.i + 1].text:
                break
            end = objects[0].right_edge.i + 1
    return doc[start:end]


def _kind_of_actor(actor: Actor) -> str:
    if actor.kind in ("person", "official"):
        return "group" if actor.name.endswith("s") and actor.kind == "official" else "person"
    return "organization" if actor.kind in _ORG_KINDS else "group"


def _fallback_name(phrase: Span) -> str:
    tokens = list(phrase)
    while tokens and (tokens[0].lower_ in _DETERMINERS or tokens[0].dep_ == "poss" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].tag_ == "POS"):
        tokens = tokens[:-1]
    if not tokens:
        return phrase.text
    name = phrase.doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    return _POSSESSIVE.sub("", name)


def speaker_from_phrase(
    head: Token, actors: list[Actor], lexicon: CueLexicon, state: _State, position: int
) -> Speaker | None:
    """The speaker named by the noun phrase headed by ``head`` (an actor, a named entity or a speaking noun)."""
    lower = head.lower_
    if lower in lexicon.pronouns:
        return resolve_pronoun(head, actors, lexicon, state, position)
    phrase = _noun_phrase(head)
    actor = actor_at(actors, head.idx, head.idx + len(head.text))
    lemma = (head.lemma_ or lower).lower()
    if actor is not None:
        return Speaker(actor.name, _kind_of_actor(actor), from_actor=True)
    if lemma in lexicon.reporting_nouns or lower in lexicon.reporting_nouns:
        return resolve_reporting_noun(state, position)
    for ent in head.doc.ents:
        if ent.start <= head.i < ent.end:
            if ent.label_ == "PERSON":
                return Speaker(_full_person_name(ent), "person")
            if ent.label_ in ("ORG", "NORP", "GPE"):
                covers = phrase.start <= ent.start and ent.end <= phrase.end
                return Speaker(_fallback_name(phrase if covers or ent.label_ == "NORP" else ent), "organization")
    plural = head.tag_ in ("NNS", "NNPS")
    if lemma in lexicon.person_nouns or lower in lexicon.person_nouns:
        return Speaker(_fallback_name(phrase), "group" if plural else "person")
    if lemma in lexicon.organization_nouns or lower in lexicon.organization_nouns or head.pos_ == "PROPN":
        leader = _person_owner(head, actors)
        return leader or Speaker(_fallback_name(phrase), "organization")
    return None


def _person_owner(head: Token, actors: list[Actor]) -> Speaker | None:
    """ "President Joe Biden's administration", "the administration of Joe Biden": the person it belongs to."""
    owners = [c for c in head.children if c.dep_ in ("poss", "compound")]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            owners += [o for o in prep.children if o.dep_ == "pobj"]
    for owner in owners:
        actor = actor_at(actors, owner.idx, owner.idx + len(owner.text))
        if actor is not None and _kind_of_actor(actor) == "person":
            return Speaker(actor.name, "person", from_actor=True)
        ent = next((e for e in head.doc.ents if e.start <= owner.i < e.end), None)
        if actor is None and ent is not None and ent.label_ == "PERSON":
            return Speaker(_full_person_name(ent), "person")
    return None


def _full_person_name(ent: Span) -> str:
    """A surname alone ("Kirby") becomes the earlier full name of the same person ("John Kirby")."""
    name = _fallback_name(ent)
    if len(ent) != 1:
        return name
    for other in ent.doc.ents:
        if other.start >= ent.start:
            break
        if other.label_ == "PERSON" and len(other) > 1 and other[-1].text == ent[0].text:
            return _fallback_name(other)
    return name


def resolve_pronoun(
    token: Token, actors: list[Actor], lexicon: CueLexicon, state: _State, position: int
) -> Speaker | None:
    """An earlier speaker compatible with the pronoun (he/she -> a person, it -> an organisation)."""
    wanted = lexicon.pronouns.get(token.lower_)
    actor = actor_at(actors, token.idx, token.idx + len(token.text))
    if actor is not None and (wanted != "person" or _kind_of_actor(actor) == "person"):
        return Speaker(actor.name, _kind_of_actor(actor), from_actor=True)
    for at, speaker in reversed(state.history):
        if at > position:
            continue
        if wanted == "group" or speaker.kind == wanted or (wanted == "organization" and speaker.kind == "group"):
            return Speaker(speaker.name, speaker.kind)
    return _earlier_entity(token, actors, wanted)


def _earlier_entity(token: Token, actors: list[Actor], wanted: str | None) -> Speaker | None:
    """No earlier speaker: the closest preceding actor mention or named entity of the pronoun's kind."""
    best: tuple[int, Speaker] | None = None
    for actor in actors:
        kind = _kind_of_actor(actor)
        if wanted == "person" and kind != "person" or wanted == "organization" and kind == "person":
            continue
        for mention in actor.mentions:
            if mention.end <= token.idx and (best is None or mention.end > best[0]):
                best = (mention.end, Speaker(actor.name, kind, from_actor=True))
    if best is not None:
        return best[1]
    labels = {"person": ("PERSON",), "organization": ("ORG",), "group": ("ORG", "NORP", "GPE")}.get(wanted or "", ())
    for ent in reversed(token.doc.ents):
        if ent.end_char <= token.idx and ent.label_ in labels:
            return Speaker(_full_person_name(ent) if ent.label_ == "PERSON" else _fallback_name(ent), wanted)
    return None


def resolve_reporting_noun(state: _State, position: int) -> Speaker | None:
    """Who issued "the statement"/"the report": the source of the latest quoting frame or the latest statement maker."""
    for at, speaker in reversed(state.history):
        if at > position:
            continue
        if speaker.source:
            return Speaker(speaker.source, "organization", statement=True)
        if speaker.statement or speaker.kind == "organization":
            return Speaker(speaker.name, speaker.kind, statement=True)
    return None


def _child(token: Token, deps: tuple[str, ...]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _mentions_statement(token: Token, lexicon: CueLexicon) -> bool:
    sent = token.sent if token.doc.has_annotation("SENT_START") else token.doc[:]
    return any((t.lemma_ or t.lower_).lower() in lexicon.reporting_nouns and t.pos_ == "NOUN" for t in sent)


def attribute(
    cue: Token, actors: list[Actor], lexicon: CueLexicon, state: _State, position: int
) -> Attribution:
    """The speaker a cue token names: subject of a speech verb, object of "quoted ... as saying",
    object of "according to"; a participle ("stating") borrows the subject of the verb it hangs on."""
    doc = cue.doc
    if not doc.has_annotation("DEP"):
        return Attribution(cue.text, _nearest_actor(cue, actors))
    if cue.lower_ in ("to", "by") and cue.pos_ == "ADP":  # the end of an attribution phrase
        obj = _child(cue, ("pobj",))
        speaker = _source_speaker(obj, actors, lexicon, state, position) if obj is not None else None
        if cue.lower_ == "by" and cue.i > 0:  # "as noted by X": the cue is the verb
            return Attribution(doc[cue.i - 1].text, speaker, cue)
        return Attribution(doc[max(cue.i - 1, 0) : cue.i + 1].text, speaker, cue)
    token, text = cue, cue.text
    for _ in range(4):
        lemma = (token.lemma_ or token.lower_).lower()
        as_saying = next((t for t in token.children if t.lower_ == "as" and t.i > token.i), None)
        if lemma in lexicon.quoting_verbs and as_saying is not None:
            obj = _child(token, ("dobj", "nsubjpass"))
            source = _child(token, ("nsubj",))
            agent = _child(token, ("agent",)) or _child(as_saying, ("agent",))
            if source is None and agent is not None:  # "was quoted as saying by Tasnim"
                source = _child(agent, ("pobj",))
            said = doc[as_saying.i + 1].text if as_saying.i + 1 < len(doc) else ""
            frame = f"{token.text} ... {as_saying.text} {said}".strip()
            speaker = speaker_from_phrase(obj, actors, lexicon, state, position) if obj is not None else None
            if speaker is not None and source is not None:
                medium = speaker_from_phrase(source, actors, lexicon, state, position)
                speaker.source = medium.name if medium is not None else None
            return Attribution(frame, speaker, token)
        if token is cue and _child(token, ("auxpass", "nsubjpass")) is not None:
            return Attribution(text, None, cue)  # "was said to be", "was observed using"
        subject = _child(token, _SUBJECTS)
        if subject is not None and subject.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
            subject = token.head  # "the official who said ..."
        if subject is not None and not _same_paragraph(subject, cue):
            subject = _paragraph_subject(cue)
        if subject is not None:
            speaker = speaker_from_phrase(subject, actors, lexicon, state, position)
            if speaker is not None:
                speaker.statement = speaker.statement or _mentions_statement(token, lexicon)
            return Attribution(text, speaker, cue)
        if token.dep_ not in _CLIMB or token.head is token:
            break
        token = token.head
    return Attribution(text, None, cue)


def _source_speaker(
    obj: Token, actors: list[Actor], lexicon: CueLexicon, state: _State, position: int
) -> Speaker | None:
    """The source named after "according to": itself, or the actor inside "reports from sources speaking to X"."""
    lemma = (obj.lemma_ or obj.lower_).lower()
    if lemma in lexicon.reporting_nouns or lemma == "source":
        for token in obj.subtree:
            actor = actor_at(actors, token.idx, token.idx + len(token.text))
            if token is not obj and (actor is not None or token.ent_type_ in ("ORG", "PERSON")):
                return speaker_from_phrase(token, actors, lexicon, state, position)
    return speaker_from_phrase(obj, actors, lexicon, state, position)


def _same_paragraph(a: Token, b: Token) -> bool:
    low, high = sorted((a.idx, b.idx))
    return "\n" not in a.doc.text[low:high]


def _paragraph_subject(cue: Token) -> Token | None:
    """When the parse took a subject from another paragraph (a headline): the first name in the cue's paragraph."""
    doc = cue.doc
    para_start, _ = _paragraph_of(doc.text, cue.idx)
    opening = [t for t in doc if para_start <= t.idx < cue.idx and not t.is_space][:3]
    for ent in doc.ents:
        if opening and ent.start == opening[0].i and ent.label_ in ("PERSON", "ORG", "NORP", "GPE"):
            return ent[-1]
    for chunk in doc.noun_chunks:
        if para_start <= chunk.root.idx and chunk.end_char <= cue.idx and chunk.root.dep_ not in _NOT_SUBJECTS:
            if chunk.root.ent_type_ not in ("DATE", "TIME", "CARDINAL"):
                return chunk.root
    return None


def _nearest_actor(cue: Token, actors: list[Actor]) -> Speaker | None:
    """Without a parse: the actor mentioned closest to the cue in its paragraph."""
    para_start, para_end = _paragraph_of(cue.doc.text, cue.idx)
    best: tuple[int, Actor] | None = None
    for actor in actors:
        for mention in actor.mentions:
            if para_start <= mention.start and mention.end <= para_end:
                distance = min(abs(mention.end - cue.idx), abs(mention.start - cue.idx - len(cue.text)))
                if best is None or distance < best[0]:
                    best = (distance, actor)
    return Speaker(best[1].name, _kind_of_actor(best[1]), from_actor=True) if best else None


# --------------------------------------------------------------------------- quotes


def _word_count(text: str) -> int:
    return len(re.findall(r"\w+(?:[’'-]\w+)*", text))


def opens_clause(text: str, quote: QuotedSpan) -> bool:
    """True when the quote starts a clause of its own (paragraph start, after ':', ',' or a sentence end)."""
    i = quote.open_at - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n" or text[i] in _CLAUSE_OPENERS


def is_named_thing(doc: Doc, quote: QuotedSpan, lexicon: CueLexicon) -> bool:
    """True for "so-called “X”" / "dubbed “X”": a name, not speech."""
    before = doc.text[max(0, quote.open_at - 40) : quote.open_at].lower().split()
    return any(" ".join(before[-n:]) in lexicon.naming_words for n in (1, 2, 3) if len(before) >= n)


def _quote_tokens(doc: Doc, quote: QuotedSpan) -> Span | None:
    return doc.char_span(quote.start, quote.end, alignment_mode="expand")


def _governs(cue: Token, quote_span: Span | None) -> bool:
    """With a parse: the quote hangs in the cue verb's subtree (the cue introduces it)."""
    if quote_span is None or not cue.doc.has_annotation("DEP"):
        return True
    return cue.is_ancestor(quote_span[0]) or cue.is_ancestor(quote_span.root)


def _cue_for_quote(
    doc: Doc, quote: QuotedSpan, bounds: list[tuple[int, int]], quotes: list[QuotedSpan], lexicon: CueLexicon
) -> tuple[list[Token], list[Token]]:
    """Cue tokens before the opening mark and after the closing mark, within their sentences."""
    text = doc.text
    para_start, para_end = _paragraph_of(text, quote.open_at)
    first = _sentence_index(bounds, quote.open_at)
    sent_start = max(bounds[first][0], para_start) if first is not None else para_start
    before = cues_between(doc, sent_start, quote.open_at, quotes, lexicon)
    after: list[Token] = []
    if quote.close_at is not None:
        last = _sentence_index(bounds, quote.close_at)
        sent_end = bounds[last][1] if last is not None else para_end
        sent_end = min(sent_end, _paragraph_of(text, quote.close_at)[1])
        after = cues_between(doc, quote.close_at + 1, sent_end, quotes, lexicon)
    return before, after


def _neighbour_speaker(
    doc: Doc, quote: QuotedSpan, bounds: list[tuple[int, int]], quotes: list[QuotedSpan],
    actors: list[Actor], lexicon: CueLexicon, state: _State,
) -> Attribution | None:
    """For a quote with no cue of its own: a cue in the sentence before, the quote it continues, or a cue after."""
    index = _sentence_index(bounds, quote.open_at)
    if index is None:
        return None
    if index > 0:
        start, end = bounds[index - 1]
        for cue in reversed(cues_between(doc, start, end, quotes, lexicon)):
            found = attribute(cue, actors, lexicon, state, quote.open_at)
            if found.speaker is not None:
                return found
    if state.history:  # the quote goes on from the previous one ("..., he said. “...”")
        at, speaker = state.history[-1]
        previous = _sentence_index(bounds, max(at - 1, 0))
        if previous is not None and 0 <= index - previous <= 2:
            return Attribution("", replace(speaker))
    after_index = _sentence_index(bounds, _quote_end(quote))
    if after_index is not None and after_index + 1 < len(bounds):
        start, end = bounds[after_index + 1]
        for cue in cues_between(doc, start, end, quotes, lexicon):
            found = attribute(cue, actors, lexicon, state, quote.open_at)
            if found.speaker is not None:
                return found
    return None


def quote_record(
    doc: Doc, quote: QuotedSpan, bounds: list[tuple[int, int]], quotes: list[QuotedSpan],
    actors: list[Actor], lexicon: CueLexicon, state: _State, keep_unattributed: bool,
) -> Quote | None:
    """The Quote for one outermost quoted span, or None for scare quotes, names and unattributed fragments."""
    text = doc.text
    if is_named_thing(doc, quote, lexicon):
        return None
    words = _word_count(text[quote.start : quote.end])
    direct = opens_clause(text, quote)
    before, after = _cue_for_quote(doc, quote, bounds, quotes, lexicon)
    span = _quote_tokens(doc, quote)
    found: Attribution | None = None
    if direct:
        nearest_first = after[:1] + before[::-1] + after[1:]
        governing = [cue for cue in nearest_first if span is not None and _governs(cue, span)]
        for cue in governing + [cue for cue in nearest_first if cue not in governing]:
            candidate = attribute(cue, actors, lexicon, state, quote.open_at)
            if candidate.speaker is not None:
                found = candidate
                break
        if found is None and words >= MIN_DIRECT_WORDS:
            found = _neighbour_speaker(doc, quote, bounds, quotes, actors, lexicon, state)
    else:
        for cue in before[::-1]:
            if _governs(cue, span):
                candidate = attribute(cue, actors, lexicon, state, quote.open_at)
                if candidate.speaker is not None:
                    found = candidate
                    break
    end = quote.end
    while end > quote.start + 1 and text[end - 1] in ", \t":  # “..., ” he said: the comma belongs to the frame
        end -= 1
    if found is None or found.speaker is None:
        if not (keep_unattributed and direct and words >= MIN_DIRECT_WORDS):
            return None
        return Quote(text=text[quote.start : end], start=quote.start, end=end, kind="direct")
    state.remember(_quote_end(quote), found.speaker)
    return Quote(
        text=text[quote.start : end],
        start=quote.start,
        end=end,
        speaker=found.speaker.name,
        cue=found.cue or None,
        kind="direct" if direct else "partial",
    )


# --------------------------------------------------------------------------- indirect speech


def _clause_text(doc: Doc, clause: Token) -> Span | None:
    """The reported clause: the ccomp subtree without a leading "that" and outer punctuation."""
    start, end = clause.left_edge.i, clause.right_edge.i + 1
    para_start, para_end = _paragraph_of(doc.text, clause.head.idx)
    if not para_start <= clause.idx < para_end:
        return None
    while start < end and doc[start].idx < para_start:
        start += 1
    while end > start and doc[end - 1].idx >= para_end:
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].dep_ == "mark" and doc[start].lower_ in _THAT):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if end > start else None


def _statement_clause(verb: Token, lexicon: CueLexicon) -> Token | None:
    """ "said in a statement that ...": the that-clause hanging on the reporting noun."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and (noun.lemma_ or noun.lower_).lower() in lexicon.reporting_nouns:
                for clause in noun.children:
                    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"]
                    if clause.dep_ in ("acl", "ccomp") and marks:
                        return clause
    return None


def _according_clause(doc: Doc, phrase: Span) -> Span | None:
    """The rest of the sentence around "according to X": the longest run of its paragraph outside the phrase."""
    skip = {t.i for token in phrase for t in token.subtree}
    phrase_head = phrase[0]
    para_start, para_end = _paragraph_of(doc.text, phrase_head.idx)
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
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if end - start >= 3 else None


def _holds_quote(span: Span, quotes: list[QuotedSpan]) -> bool:
    """True when a quoted span overlaps ``span`` (then it is a direct or partial quote, not indirect speech)."""
    return any(q.open_at < span.end_char and span.start_char < _quote_end(q) for q in quotes)


def indirect_candidates(doc: Doc, quotes: list[QuotedSpan], lexicon: CueLexicon) -> list[tuple[Token, Span]]:
    """(cue token, reported clause) pairs: speech verbs with a clausal complement, and "according to" frames."""
    if not doc.has_annotation("DEP"):
        return []
    found: list[tuple[Token, Span]] = []
    for sent in doc.sents:
        verb_clauses: list[tuple[Token, Span]] = []
        phrases: list[Span] = []
        tokens = list(sent)
        for index, token in enumerate(tokens):
            if _inside(token, quotes):
                continue
            end = _phrase_end(tokens, index, lexicon)
            if end is not None:
                phrases.append(doc[token.i : end.i + 1])
                continue
            lemma = cue_lemma(token, lexicon)
            if lemma is None or not lexicon.introduces_indirect(lemma) or token.pos_ != "VERB":
                continue
            clause = _child(token, ("ccomp",)) or _statement_clause(token, lexicon)
            if clause is None:
                continue
            reported = _clause_text(doc, clause)
            if reported is None or _holds_quote(reported, quotes) or len(reported) < 3:
                continue
            verb_clauses.append((token, reported))
        found.extend(verb_clauses)
        if not verb_clauses:
            for phrase in phrases:
                reported = _according_clause(doc, phrase)
                if reported is not None and not _holds_quote(reported, quotes):
                    found.append((phrase[-1], reported))
    return found


def indirect_record(
    doc: Doc, cue: Token, clause: Span, actors: list[Actor], lexicon: CueLexicon, state: _State
) -> Quote | None:
    """The indirect Quote of a cue and its clause, when the speaker is a person or organisation."""
    found = attribute(cue, actors, lexicon, state, cue.idx)
    if found.speaker is None:
        return None
    state.remember(max(cue.idx, clause.end_char), found.speaker)
    return Quote(
        text=clause.text, start=clause.start_char, end=clause.end_char,
        speaker=found.speaker.name, cue=found.cue, kind="indirect",
    )


# --------------------------------------------------------------------------- document


def extract_quotes(doc: Doc, actors: list[Actor], lexicon: CueLexicon, keep_unattributed: bool = False) -> list[Quote]:
    """All quotes of ``doc`` in text order; never raises on odd quote marks."""
    text = doc.text
    quotes = [q for q in outermost(find_quotes(text)) if not in_boilerplate(doc, q.open_at, _quote_end(q) + 1)]
    bounds = sentence_bounds(doc)
    indirect = [
        (cue, clause) for cue, clause in indirect_candidates(doc, quotes, lexicon)
        if not in_boilerplate(doc, clause.start_char, clause.end_char)
    ]
    events: list[tuple[int, object]] = [(q.open_at, q) for q in quotes] + [(c.idx, (c, s)) for c, s in indirect]
    state = _State()
    records: list[Quote] = []
    for _, event in sorted(events, key=lambda e: e[0]):
        if isinstance(event, QuotedSpan):
            record = quote_record(doc, event, bounds, quotes, actors, lexicon, state, keep_unattributed)
        else:
            cue, clause = event  # type: ignore[misc]
            record = indirect_record(doc, cue, clause, actors, lexicon, state)
        if record is not None:
            records.append(record)
    return records


class QuoteExtractor:
    """Stores :class:`~arms_nlp.records.Quote` records in ``doc._.arms_quotes``."""

    def __init__(self, nlp: Language, name: str, *, keep_unattributed: bool = False) -> None:
        self.name = name
        self.keep_unattributed = keep_unattributed

    def __call__(self, doc: Doc) -> Doc:
        records = extract_quotes(doc, get_records(doc, "arms_actors"), cue_lexicon(), self.keep_unattributed)
        set_records(doc, "arms_quotes", records)
        return doc
