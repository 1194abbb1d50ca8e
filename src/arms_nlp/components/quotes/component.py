"""arms_quotes: direct, partial and indirect quotes with their speakers.

Quote marks are paired on the raw text (:mod:`arms_nlp.normalize.quotemarks`); quote
marks around names and terms (scare quotes, quoted weapon names) are set aside. Speech
cues come from ``data/cue_verbs.yaml``. Direct and partial quotes take the cue of their
sentence (or of a neighbouring sentence, or of the quote they continue; a short quoted sentence
such as "“We will appeal.”" too); a partial quote spans the reported clause around its fragment(s)
(the rest of an "according to" sentence, a speech verb's object or infinitive, or the object a
frame verb qualifies: "described the findings as “alarming”"), and indirect speech holding the
speaker's own quoted words is partial too. Indirect speech is the clausal complement
of a speech verb (also of "a statement saying ..." issued by the speaker), the host clause of a
parenthetical attribution ("A, he said, B", "A, said X, B") or the rest of an "according to"
sentence, without a dateline and without a speech act the speaker performed
next (:mod:`arms_nlp.components.quotes.clauses`). Split, continued and duplicate quotes are
joined last (:mod:`arms_nlp.components.quotes.joins`). Who the speaker
is, is decided in :mod:`arms_nlp.components.quotes.speakers` (names of noun phrases in
:mod:`arms_nlp.components.quotes.phrases`). Without a parser the component
still pairs quote marks and finds cue words, but only attributes speakers through
recognised actors.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace

import numpy
from spacy.attrs import IDX, LEMMA, LOWER, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...docindex import index_of
from ...extensions import get_records, in_boilerplate, set_records
from ...kb.cues import CUE_SLOT, CueLexicon, cue_lexicon
from ...normalize.quotemarks import QuotedSpan, find_quotes, outermost
from ...records import Actor, Mention, Quote, Weapon
from .clauses import (
    according_clause,
    adjective_frame_clause,
    clause_text,
    inverted_subject,
    object_phrase,
    owned_statement_clause,
    reports_speech,
    trim,
    verb_clause,
    withheld,
)
from .joins import join_quotes, starts_split_quote
from .phrases import doc_text, paragraph_of
from .speakers import Attribution, Speaker, SpeakerMemory, attribute, remark_attribution, speaker_before_cue

#: Characters that, as the last thing before an opening mark, start a new clause (a direct quote).
_CLAUSE_OPENERS = ':,;—–-([.!?"”’'
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?][\"”’)]*(?=\s)|$)", re.MULTILINE)
#: After a quoted opening ending with a comma: the closing mark, a short attribution, a comma, a lower-case word.
_REPORTED_REST = re.compile(r"(?:,\s*[”\"’']|[”\"’']\s*,)\s*[^.!?;:“”\"\n]{1,60}?,\s*(?=[a-z])")
MIN_DIRECT_WORDS = 4
MIN_PARTIAL_WORDS = 2  # a single quoted word is a scare quote unless a speaker's speech act says it
MAX_TERM_WORDS = 2  # a quoted weapon term ("“suicide drones”") is at most this long
#: Dependencies under a speech verb that hold what its speaker calls something: the object, its complement.
_JUDGED = frozenset({"dobj", "oprd", "xcomp", "ccomp", "acomp", "attr"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_NAME_WORD = re.compile(r"[A-Z0-9][\w’'-]*|of|the|and|for|de|al")


# --------------------------------------------------------------------------- one document's reading


@dataclass
class Reading:
    """What every quote of one document is read against: the Doc, its sentence bounds, all its quoted spans,
    the stored actors, the cue lexicon and the speakers found so far (one object instead of six parameters
    repeated through the speaker searches)."""

    doc: Doc
    bounds: list[tuple[int, int]]
    quotes: list[QuotedSpan]
    actors: list[Actor]
    lexicon: CueLexicon
    state: SpeakerMemory


# --------------------------------------------------------------------------- sentences


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the sentences: the parser's when present, else a regex split."""
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(doc_text(doc)) if m.group().strip()]


def _sentence_index(bounds: list[tuple[int, int]], char: int) -> int | None:
    """Index of the sentence holding character ``char`` (bounds are sorted), or None."""
    index = bisect_right(bounds, (char, float("inf"))) - 1
    if index >= 0 and bounds[index][0] <= char < bounds[index][1]:
        return index
    return None


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
    first = tokens[index].lower_
    for phrase in lexicon.phrases:
        if phrase[0] != first and phrase[0] != CUE_SLOT:
            continue
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


def _quoted_tokens(doc: Doc, spans: list[QuotedSpan]) -> set[int]:
    """Indices of the tokens that start inside a quote (as :func:`_inside`, for every token at once)."""
    starts = doc.to_array(IDX).tolist()
    return {i for q in spans for i in range(bisect_left(starts, q.open_at), bisect_left(starts, _quote_end(q)))}


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
        elif cue_lemma(token, lexicon) or owned_statement_clause(token, lexicon) is not None:
            found.append(token)
    return found


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
    """True for "so-called “X”" / "dubbed “X”" / "a drone called “X”": a name, not speech; a naming word
    that is a speech verb with a speaker ("what the minister called “a betrayal”") names nothing."""
    before = doc_text(doc)[max(0, quote.open_at - 40) : quote.open_at].lower().split()
    naming = any(" ".join(before[-n:]) in lexicon.naming_words for n in (1, 2, 3) if len(before) >= n)
    return naming and not _spoken_naming(doc, quote, lexicon)


def _spoken_naming(doc: Doc, quote: QuotedSpan, lexicon: CueLexicon) -> bool:
    """ "what the minister termed “a betrayal”": the word right before the opening mark is a speech verb with a
    subject of its own (its speaker), not a participle of naming ("a drone called “X”")."""
    if not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(0, quote.open_at, alignment_mode="contract")
    words = [token for token in span if not token.is_punct] if span is not None else []
    verb = words[-1] if words else None
    return verb is not None and cue_lemma(verb, lexicon) is not None and _has_speaker(verb)


def _has_speaker(verb: Token) -> bool:
    """True when the verb has an active subject or a passive agent ("described as ... by critics")."""
    return any(kid.dep_ in ("nsubj", "agent") for kid in verb.children)


def _quote_tokens(doc: Doc, quote: QuotedSpan) -> Span | None:
    return doc.char_span(quote.start, quote.end, alignment_mode="expand")


def _governs(cue: Token, quote_span: Span | None) -> bool:
    """With a parse: the quote hangs in the cue verb's subtree (the cue introduces it), not inside the
    speaker's own noun phrase ("said Gillian, an independent who voted ...") nor under another action
    conjoined to the cue ("said ..., but chose him as a “protest vote”")."""
    if quote_span is None or not cue.doc.has_annotation("DEP"):
        return True
    if cue.dep_ in ("parataxis", "advcl") and cue.i > quote_span.end and cue.head.is_ancestor(quote_span.root):
        return True  # "..., the vessels “blocked” two boats, the secretary said": an aside after its host clause
    if _aside_before(cue, quote_span):
        return True
    speakers = [kid for kid in cue.children if kid.dep_ in ("nsubj", "nsubjpass")]
    speakers += [kid for kid in cue.children if kid.dep_ == "conj" and kid.pos_ == "VERB" and _coordinated(cue, kid)]
    return any(
        cue.is_ancestor(token) and not any(s.i == token.i or s.is_ancestor(token) for s in speakers)
        for token in (quote_span[0], quote_span.root)
    )


def _aside_before(cue: Token, quote_span: Span) -> bool:
    """ "The new rules, the mayor said, are “unfair”": an attribution aside inside its host clause, after the
    host's subject and before the host verb that holds the quoted words."""
    host = cue.head
    subjects = [kid for kid in host.children if kid.dep_ in ("nsubj", "nsubjpass")] + [
        kid for kid in cue.children if kid.dep_ == "nsubj" and kid.i < cue.i and inverted_subject(cue) is not None
    ]
    return (
        cue.dep_ == "parataxis"
        and cue.i < host.i <= quote_span.start
        and _holds(host, quote_span.root)
        and any(subject.i < cue.i for subject in subjects)
    )


def _coordinated(cue: Token, conj: Token) -> bool:
    """True when a conjunction ("and", "but") links ``conj`` to ``cue`` (not a clause the parser misattached)."""
    return any(t.dep_ == "cc" and t.head in (cue, conj) for t in cue.doc[cue.i + 1 : conj.i])


def _cue_for_quote(reading: Reading, quote: QuotedSpan) -> tuple[list[Token], list[Token]]:
    """Cue tokens before the opening mark and after the closing mark, within their sentences."""
    doc, bounds, quotes, lexicon = reading.doc, reading.bounds, reading.quotes, reading.lexicon
    text = doc_text(doc)
    para_start, para_end = paragraph_of(text, quote.open_at)
    first = _sentence_index(bounds, quote.open_at)
    sent_start = max(bounds[first][0], para_start) if first is not None else para_start
    before = cues_between(doc, sent_start, quote.open_at, quotes, lexicon)
    after: list[Token] = []
    if quote.close_at is not None:
        last = _sentence_index(bounds, quote.close_at)
        if last is not None and last + 1 < len(bounds) and _runs_on(text, quote, bounds[last][1]):
            last += 1  # "“SEE YOU IN COURT!” Trump tweeted": the parser ended the sentence at the closing mark
        sent_end = bounds[last][1] if last is not None else para_end
        sent_end = min(sent_end, paragraph_of(text, quote.close_at)[1])
        after = cues_between(doc, quote.close_at + 1, sent_end, quotes, lexicon)
    return before, after


def _runs_on(text: str, quote: QuotedSpan, sent_end: int) -> bool:
    """True when the sentence ending at ``sent_end`` ends with the closing mark of a quote whose own words end
    in "!", "?" or ",", and the paragraph goes on: the attribution after it belongs to the same sentence."""
    if quote.close_at is None or text[quote.close_at + 1 : sent_end].strip():
        return False
    rest = text[sent_end : paragraph_of(text, quote.close_at)[1]]
    return text[quote.start : quote.end].rstrip()[-1:] in ("!", "?", ",") and bool(rest.strip())


def _neighbour_speaker(reading: Reading, quote: QuotedSpan) -> Attribution | None:
    """For a quote with no cue of its own: a cue in the sentence before, the quote it continues, or a cue after."""
    bounds, state = reading.bounds, reading.state
    index = _sentence_index(bounds, quote.open_at)
    if index is None:
        return None
    if index > 0:
        start, end = bounds[index - 1]
        for cue in reversed(_saying_cues(reading, start, end)):
            found = attribute(cue, reading.actors, reading.lexicon, state, quote.open_at)
            if found.speaker is not None:
                return found
    if state.history:  # the quote goes on from the previous one ("..., he said. “...”")
        at, speaker = state.history[-1]
        previous = _sentence_index(bounds, max(at - 1, 0))
        if previous is not None and 0 <= index - previous <= 2:
            return Attribution("", replace(speaker))
    found = _speaker_after(reading, quote, quote.open_at)
    return found or _later_quote_paragraph_speaker(reading, quote)


def _speaker_after(reading: Reading, quote: QuotedSpan, position: int) -> Attribution | None:
    """The speaker a cue or a remark ("X made the remarks") names in the sentence after ``quote``."""
    bounds = reading.bounds
    after_index = _sentence_index(bounds, _quote_end(quote))
    if after_index is None:
        return None
    text = doc_text(reading.doc)
    spans = [bounds[after_index + 1]] if after_index + 1 < len(bounds) else []
    following = _next_paragraph_start(text, quote.open_at)
    if bounds[after_index][1] > following:  # the parser ran the sentence on into the next paragraph
        spans.insert(0, (following, min(bounds[after_index][1], paragraph_of(text, following)[1])))
    for start, end in spans[:1]:
        for cue in _saying_cues(reading, start, end):
            found = attribute(cue, reading.actors, reading.lexicon, reading.state, position)
            if found.speaker is not None:
                return found
        return _remark_after(reading, start, end, position)
    return None


def _later_quote_paragraph_speaker(reading: Reading, quote: QuotedSpan) -> Attribution | None:
    """A run of quote paragraphs without attribution ("“A.”¶“B.”¶X said ..."): the speaker named after the
    run, or by a cue of the run's first attributed quote, up to three paragraphs on."""
    for following in _paragraph_quotes_after(doc_text(reading.doc), quote, reading.quotes, 3):
        if following.close_at is None:
            return None
        before, after = _cue_for_quote(reading, following)
        found = _first_speaker(reading, after + before[::-1], quote.open_at)
        found = found or _speaker_after(reading, following, quote.open_at)
        if found is not None:
            return found
    return None


def _remark_after(reading: Reading, start: int, end: int, position: int) -> Attribution | None:
    """ "“...”¶X made the remarks at ...": the speaker a sentence after the quote names through its reporting noun."""
    span = reading.doc.char_span(start, end, alignment_mode="contract")
    for token in span if span is not None else []:
        if _inside(token, reading.quotes):
            continue
        found = remark_attribution(token, reading.actors, reading.lexicon, reading.state, position)
        if found is not None:
            return found
    return None


def _saying_cues(reading: Reading, start: int, end: int) -> list[Token]:
    """The cues of a neighbouring sentence that say something ("The club did not say when ..." says nothing)."""
    lexicon = reading.lexicon
    return [cue for cue in cues_between(reading.doc, start, end, reading.quotes, lexicon) if not withheld(cue, lexicon)]


def _continuation_speaker(reading: Reading, quote: QuotedSpan) -> Attribution | None:
    """A quotation left open at its paragraph's end (news style: the next paragraph opens with a fresh mark)
    takes the attribution after the piece that closes it ("“A ...¶“B,” the coach said"), up to four paragraphs
    on."""
    for following in _paragraph_quotes_after(doc_text(reading.doc), quote, reading.quotes, 4):
        if following.close_at is not None:
            after = _cue_for_quote(reading, following)[1]
            return _first_speaker(reading, after, quote.open_at)
    return None


def _paragraph_quotes_after(text: str, quote: QuotedSpan, quotes: list[QuotedSpan], limit: int) -> Iterator[QuotedSpan]:
    """The quotes that open the paragraphs after ``quote``'s, one per paragraph, up to ``limit``; the run ends at
    the first following paragraph that does not open with a quote."""
    current = quote
    for _ in range(limit):
        start = _next_paragraph_start(text, current.open_at)
        following = next((q for q in quotes if q.open_at == start), None)
        if following is None:
            return
        yield following
        current = following


def _next_paragraph_start(text: str, at: int) -> int:
    """The first character of the paragraph after the one holding character ``at``."""
    para_end = paragraph_of(text, at)[1]
    return len(text) - len(text[para_end:].lstrip())


def looks_like_name(fragment: str) -> bool:
    """True for a quoted name in title case ("Axis of Resistance", "Kheibarshekan"): not speech."""
    words = fragment.strip(" .,;:!?").split()
    return bool(words) and all(_NAME_WORD.fullmatch(word) for word in words)


def is_scare_quote(doc: Doc, quote: QuotedSpan, lexicon: CueLexicon, weapons: list[Weapon]) -> bool:
    """True for quote marks around a name or term rather than speech: "so-called “X”", a single quoted
    word inside a sentence, a short title-case name ("Axis of Resistance"), a quoted weapon term
    ("“attack drones”"). Such quotes are no records and do not stop the clause around them from being
    indirect speech."""
    if is_named_thing(doc, quote, lexicon):
        return True
    if starts_split_quote(doc_text(doc), quote.end):
        return False
    fragment = doc_text(doc)[quote.start : quote.end]
    words = _word_count(fragment)
    if words >= MIN_DIRECT_WORDS:
        return False
    if words < MIN_PARTIAL_WORDS and not opens_clause(doc_text(doc), quote) and not looks_like_name(fragment):
        return not _object_of_speech(doc, quote, lexicon)
    return _names_a_thing(doc, quote, lexicon, weapons)


def _object_of_speech(doc: Doc, quote: QuotedSpan, lexicon: CueLexicon) -> bool:
    """ "he acknowledged potential “tension”", "described the findings as “alarming”": a quoted word inside the
    object of a speech verb, or qualifying it after "as", is the speaker's."""
    span = _quote_tokens(doc, quote)
    if span is None or not doc.has_annotation("DEP"):
        return False
    verb = next((t for t in span.root.ancestors if t.pos_ == "VERB"), None)
    if verb is None or not cue_lemma(verb, lexicon):
        return False
    if doc_text(doc)[: quote.open_at].rstrip().lower().endswith((" as", "\nas")):
        return True  # "described the findings as “alarming”"
    reports = lexicon.introduces_indirect(cue_lemma(verb, lexicon) or "")
    return reports and object_phrase(verb, span.root, lexicon) is not None or _judged_object(verb, span)


def _judged_object(verb: Token, span: Span) -> bool:
    """ "the union called the strike “irresponsible”", "the mayor branded the plan “reckless”": a quoted word
    after a speech verb with a speaker, in the complement that qualifies the verb's object (also when the parser
    took it into the object: after a noun); not the object itself ("dismissed the new “reforms” as cosmetic")."""
    if span.start < verb.i or not _has_speaker(verb):
        return False
    link = next((kid for kid in verb.children if _holds(kid, span.root)), None)
    if link is None or link.dep_ not in _JUDGED:
        return False
    return link.dep_ != "dobj" or any(t.pos_ in _NOMINAL for t in verb.doc[verb.i + 1 : span.start])


def quote_record(reading: Reading, quote: QuotedSpan, keep_unattributed: bool) -> Quote | None:
    """The Quote for one outermost quoted span, or None for scare quotes, names and unattributed fragments."""
    doc, text = reading.doc, doc_text(reading.doc)
    words = _word_count(text[quote.start : quote.end])
    direct = opens_clause(text, quote) and not _predicate_only(doc, quote, reading.quotes)
    direct = direct or _quotes_whole_clause(doc, quote, reading.bounds)
    found = _direct_speaker(reading, quote, words) if direct else _fragment_speaker(reading, quote)
    end = _end_before_frame_comma(text, quote)
    if found is None or found.speaker is None:
        if not (keep_unattributed and direct and words >= MIN_DIRECT_WORDS):
            return None
        return Quote(text=text[quote.start : end], start=quote.start, end=end, kind="direct")
    reading.state.remember(_quote_end(quote), found.speaker)
    return _attributed_quote(reading, quote, end, found, found.speaker, direct)


def _direct_speaker(reading: Reading, quote: QuotedSpan, words: int) -> Attribution | None:
    """The speaker of a quoted sentence: a cue that governs it (nearest first), the name before a cue after
    it, a neighbouring sentence's speaker, or the running speaker of an unclosed quote."""
    text = doc_text(reading.doc)
    before, after = _cue_for_quote(reading, quote)
    span = _quote_tokens(reading.doc, quote)
    nearest_first = after[:1] + before[::-1] + after[1:]
    governing = [cue for cue in nearest_first if span is not None and _governs(cue, span)]
    found = _first_speaker(reading, governing + [cue for cue in nearest_first if cue not in governing], quote.open_at)
    if found is None and after and quote.close_at is not None:
        found = speaker_before_cue(after[0], quote.close_at + 1, reading.actors, reading.lexicon, reading.state)
    if found is None and (words >= MIN_DIRECT_WORDS or _full_sentence(text[quote.start : quote.end])):
        found = _neighbour_speaker(reading, quote)
    if found is None and quote.close_at is None:
        found = _continuation_speaker(reading, quote)
    return found


def _fragment_speaker(reading: Reading, quote: QuotedSpan) -> Attribution | None:
    """The speaker of a fragment inside the reported clause of a cue before it, or after it ("X “can reach …,”
    he said"): cues that report the fragment's clause come first."""
    doc, lexicon = reading.doc, reading.lexicon
    before, after = _cue_for_quote(reading, quote)
    span = _quote_tokens(doc, quote)
    governing = [cue for cue in before[::-1] if _governs(cue, span)]
    if doc.has_annotation("DEP"):
        governing += [cue for cue in after if _governs(cue, span)]
        governing += [cue for cue in before[::-1] + after if _frame_end(cue, lexicon) and cue not in governing]
    governing = _outer_reports_first(governing, lexicon)
    reporting = [cue for cue in governing if _partial_pieces(doc, quote, cue, lexicon) is not None]
    return _first_speaker(reading, reporting + [c for c in governing if c not in reporting], quote.open_at)


def _end_before_frame_comma(text: str, quote: QuotedSpan) -> int:
    """The quote's end without trailing commas and blanks: in “..., ” he said the comma belongs to the frame."""
    end = quote.end
    while end > quote.start + 1 and text[end - 1] in ", \t":
        end -= 1
    return end


def _attributed_quote(
    reading: Reading, quote: QuotedSpan, end: int, found: Attribution, speaker: Speaker, direct: bool
) -> Quote:
    """The Quote of an attributed span: a fragment widens to its reported clause, and a quoted sentence whose
    frame goes on with a reported rest ("“In a world that is messy,” Petro said, such aggression “can come
    from anywhere.”") becomes one partial quote of both pieces."""
    doc, text = reading.doc, doc_text(reading.doc)
    pieces = [(quote.start, end)]
    if not direct and found.cue_token is not None:
        pieces = _partial_pieces(doc, quote, found.cue_token, reading.lexicon) or pieces
    rest = _reported_rest(doc, quote, reading.bounds, found.cue_token) if direct else None
    if rest is not None:
        pieces, direct = [*pieces, rest], False
    start, stop = pieces[0][0], pieces[-1][1]
    return Quote(
        text=text[start:stop],
        start=start,
        end=stop,
        speaker=speaker.name,
        cue=found.cue or None,
        kind="direct" if direct else "partial",
        parts=_parts(doc, pieces),
    )


def _outer_reports_first(cues: list[Token], lexicon: CueLexicon) -> list[Token]:
    """ "Berg said the two leaders had stressed the need “to ...”": a cue inside the reported clause of another
    speech verb of the list is what that speaker reports, so the outer reporter comes first."""
    return sorted(cues, key=lambda cue: any(_reports(outer, cue, lexicon) for outer in cues))


def _reports(outer: Token, inner: Token, lexicon: CueLexicon) -> bool:
    """True when ``inner`` lies in the reported clause of the indirect-speech verb ``outer`` (not in a speech act
    of the speaker conjoined after it: "said the method had “limits” but called the find “remarkable”")."""
    if outer.i == inner.i or not lexicon.introduces_indirect(cue_lemma(outer, lexicon) or ""):
        return False
    if not any(kid.dep_ == "ccomp" and _holds(kid, inner) for kid in outer.children):
        return False
    pieces = verb_clause(outer, lexicon)
    return pieces is None or any(piece.start <= inner.i < piece.end for piece in pieces)


def _predicate_only(doc: Doc, quote: QuotedSpan, quotes: list[QuotedSpan]) -> bool:
    """ "Prosecutors say Blake, 52, “abused his position” to ...": quoted words after a comma whose verb has its
    subject before the opening mark, in the same sentence and outside quote marks (not the first piece of a split
    quote): a fragment of a reported clause, not a sentence."""
    span = _quote_tokens(doc, quote)
    if span is None or not doc.has_annotation("DEP") or span.root.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((kid for kid in span.root.children if kid.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        subject is not None
        and subject.i < span.start
        and subject.sent == span.root.sent
        and not _inside(subject, quotes)
    )


def _full_sentence(fragment: str) -> bool:
    """ "“We will appeal.”": a short quoted sentence of its own (capitalised, closed by its own full stop,
    question or exclamation mark, at least two words), speech however short."""
    fragment = fragment.strip()
    return _word_count(fragment) >= MIN_PARTIAL_WORDS and fragment[:1].isupper() and fragment[-1:] in ".!?"


def _reported_rest(
    doc: Doc, quote: QuotedSpan, bounds: list[tuple[int, int]], cue: Token | None
) -> tuple[int, int] | None:
    """A quoted opening split by its attribution from a reported rest of the sentence ("“A,” she said, b ..."):
    the span of that rest (after the cue and its comma) up to the sentence end without its full stop, or None."""
    if quote.close_at is None or cue is None:
        return None
    text = doc_text(doc)
    gap = _REPORTED_REST.match(text, quote.end - 1 if text[quote.end - 1] == "," else quote.end)
    index = _sentence_index(bounds, quote.close_at)
    if gap is None or index is None or gap.end() >= bounds[index][1] or not quote.close_at < cue.idx < gap.end():
        return None
    if "," in text[cue.idx : gap.end() - 1].rstrip(" ,") or not re.search(r"\w", text[quote.close_at + 1 : cue.idx]):
        return None  # "..., the diplomat, who spoke ..., told Reuters", "..., said X, who ...": no rest
    first = doc.char_span(gap.end(), gap.end() + 1, alignment_mode="expand")
    word = first[0] if first is not None else None
    while word is not None and word.pos_ == "ADV" and word.i + 1 < len(doc):  # "..., apparently taking issue"
        word = doc[word.i + 1]
    if word is None or word.pos_ in ("CCONJ", "SCONJ", "ADP") or word.tag_ in ("VBG", "WP", "WDT", "WRB"):
        return None  # "..., he said, and added that ...", "..., she said, adding ...": the speaker's next act
    stop = bounds[index][1]
    while stop > gap.end() and text[stop - 1] in " \t\n.":
        stop -= 1
    return (gap.end(), stop) if _word_count(text[gap.end() : stop]) >= 2 else None


def _first_speaker(reading: Reading, cues: list[Token], position: int) -> Attribution | None:
    """The attribution of the first cue (in the order given) that names a speaker."""
    for cue in cues:
        candidate = attribute(cue, reading.actors, reading.lexicon, reading.state, position)
        if candidate.speaker is not None:
            return candidate
    return None


def _quotes_whole_clause(doc: Doc, quote: QuotedSpan, bounds: list[tuple[int, int]]) -> bool:
    """ "She added that “the troops moved ... .”": quote marks opening right after "that" and closing at the
    end of the sentence cover the whole reported clause, a direct quote."""
    text = doc_text(doc)
    if not re.search(r"(?<!\w)that$", text[max(0, quote.open_at - 12) : quote.open_at].rstrip().lower()):
        return False
    if quote.close_at is None:
        return True  # the quotation runs on to the paragraph end
    index = _sentence_index(bounds, quote.close_at)
    sent_end = bounds[index][1] if index is not None else len(text)
    return not re.search(r"\w", text[quote.close_at + 1 : sent_end])


def _partial_pieces(doc: Doc, quote: QuotedSpan, cue: Token, lexicon: CueLexicon) -> list[tuple[int, int]] | None:
    """The reported clause around a quoted fragment, with the fragment's marks: the cue's clause
    (its pieces when the attribution interrupts it) stretched to cover the fragment, within its sentence."""
    if not doc.has_annotation("DEP"):
        return None
    if _frame_end(cue, lexicon):  # "According to the coach, the team played “with real heart”"
        reported = according_clause(doc, doc[cue.i - 1 : cue.i + 1])
        clause = [reported] if reported is not None else None
    elif cue.pos_ == "NOUN":  # "despite his claim that he had “never touched” it"
        owned = owned_statement_clause(cue, lexicon)
        reported = clause_text(doc, owned, lexicon) if owned is not None else None
        clause = [reported] if reported is not None else None
    elif cue.pos_ != "VERB":
        return None
    else:
        clause = _reported_by_verb(doc, quote, cue, lexicon)
    if not clause:
        return None
    text = doc_text(doc)
    first, last = quote.open_at, (quote.close_at + 1 if quote.close_at is not None else quote.end)
    pieces = [(p.start_char, p.end_char) for p in clause]
    index = min(range(len(pieces)), key=lambda i: _gap(pieces[i], first, last))
    start, end = min(pieces[index][0], first), max(pieces[index][1], last)
    sent = cue.sent
    if start < sent.start_char or end > sent.end_char or start <= cue.idx < end:
        return None
    pieces[index] = (start, end)
    while text[pieces[-1][1] - 1] in ", \t" and pieces[-1][1] - 1 > pieces[-1][0]:
        pieces[-1] = (pieces[-1][0], pieces[-1][1] - 1)
    return pieces


def _reported_by_verb(doc: Doc, quote: QuotedSpan, cue: Token, lexicon: CueLexicon) -> list[Span] | None:
    """What a speech verb reports around a quoted fragment: its clause; else (for a verb of reported speech) the
    object or "of/for ..." phrase holding the fragment ("warned of “serious consequences”"); else the
    infinitive holding it ("vowed to “fight on”"); else the object a frame verb qualifies with it
    ("described the conditions as “appalling”", "called the ruling “a victory”")."""
    clause = verb_clause(cue, lexicon)
    span = _quote_tokens(doc, quote)
    if clause or span is None or not cue.is_ancestor(span.root):
        return clause
    reports = lexicon.introduces_indirect(cue_lemma(cue, lexicon) or "")
    reported = object_phrase(cue, span.root, lexicon) if reports else None
    infinitive = next((kid for kid in cue.children if kid.dep_ == "xcomp" and _holds(kid, span.root)), None)
    if reported is None and infinitive is not None:
        reported = trim(doc, infinitive.left_edge.i, infinitive.right_edge.i + 1)
    obj = next((kid for kid in cue.children if kid.dep_ == "dobj" and kid.i < span.start), None) or next(
        (
            kid
            for kid in cue.children
            if kid.dep_ in _JUDGED and _holds(kid, span.root) and kid.left_edge.i < span.start
        ),
        None,
    )  # "termed the comet's flare-up “extraordinary”": the qualified object parsed inside the complement
    if reported is None and obj is not None and not reports:  # a naming verb's object, not whom one threatened
        reported = trim(doc, obj.left_edge.i, obj.right_edge.i + 1)
    return [reported] if reported is not None else None


def _holds(head: Token, token: Token) -> bool:
    """True when ``token`` is ``head`` or hangs below it."""
    return head.i == token.i or head.is_ancestor(token)


def _frame_end(cue: Token, lexicon: CueLexicon) -> bool:
    """The last word of an attribution phrase ("to" of "according to", "by" of "as noted by"), not a verb."""
    return cue.pos_ == "ADP" and cue.lower_ in lexicon.frame_ends


def _gap(piece: tuple[int, int], start: int, end: int) -> int:
    """Characters between a clause piece and a fragment (0 when they overlap)."""
    return max(0, piece[0] - end, start - piece[1])


# --------------------------------------------------------------------------- indirect speech


def _purpose(verb: Token) -> bool:
    """ "visited the border to highlight what he calls a crisis": a purpose infinitive reports nothing said."""
    return verb.dep_ == "advcl" and any(kid.dep_ == "aux" and kid.lower_ == "to" for kid in verb.children)


def _first_person_hedge(verb: Token, lemma: str, lexicon: CueLexicon) -> bool:
    """ "I think we saw ...": a verb of belief of "I" or "we" is the speaker's hedge inside a quotation (whose
    marks were not paired), not a report of its own."""
    first_person = any(kid.dep_ == "nsubj" and kid.lower_ in lexicon.first_person_pronouns for kid in verb.children)
    return first_person and lemma in lexicon.hedge_verbs


def _holds_quote(span: Span, quotes: list[QuotedSpan]) -> bool:
    """True when a quoted span overlaps ``span`` (then it is a direct or partial quote, not indirect speech)."""
    return any(q.open_at < span.end_char and span.start_char < _quote_end(q) for q in quotes)


def indirect_candidates(
    doc: Doc, quotes: list[QuotedSpan], lexicon: CueLexicon, speech: list[QuotedSpan] | None = None
) -> list[tuple[Token, list[Span]]]:
    """(cue token, reported clause pieces) pairs: speech verbs with a clausal complement or a parenthetical
    attribution, and "according to" frames.

    A clause holding one of the ``speech`` quotes (default: all ``quotes``) is left to the quote.
    """
    speech = quotes if speech is None else speech
    if not doc.has_annotation("DEP"):
        return []
    found: list[tuple[Token, list[Span]]] = []
    quoted = _quoted_tokens(doc, quotes)
    longest = max(map(len, lexicon.phrases), default=1)
    for sent_end, indices in _cue_words_by_sentence(doc, lexicon):
        verb_clauses: list[tuple[Token, list[Span]]] = []
        phrases: list[Span] = []
        for i in indices:
            if i in quoted:
                continue
            token = doc[i]
            end = _phrase_end([doc[j] for j in range(i, min(i + longest, sent_end))], 0, lexicon)
            if end is not None:
                phrases.append(doc[token.i : end.i + 1])
                continue
            framed = _adjective_frame(token, lexicon, speech)
            if framed is not None:
                verb_clauses.append(framed)
                continue
            lemma = cue_lemma(token, lexicon)
            if lemma is None or not reports_speech(token, lexicon) or token.pos_ != "VERB":
                continue
            if withheld(token, lexicon) or _purpose(token) or _first_person_hedge(token, lemma, lexicon):
                continue
            pieces = verb_clause(token, lexicon)
            if not pieces or any(_holds_quote(p, speech) for p in pieces) or sum(map(len, pieces)) < 3:
                continue
            verb_clauses.append((token, pieces))
        found.extend(verb_clauses)
        if not verb_clauses:
            for phrase in phrases:
                reported = according_clause(doc, phrase)
                if reported is not None and not _holds_quote(reported, speech):
                    found.append((phrase[-1], [reported]))
    return found


def _cue_words_by_sentence(doc: Doc, lexicon: CueLexicon) -> list[tuple[int, list[int]]]:
    """(sentence end, indices) of the tokens that may start a cue of :func:`indirect_candidates`, by sentence:
    a lemma that is a speech verb, an adjective-frame verb or a statement noun, or a word that starts an
    attribution phrase or is a cue verb's form. Every other token fails each test there, so only these few
    are built and tested (a Python test on every Token is the slow part of a long article)."""
    index = index_of(doc)
    lemmas, words = _cue_word_sets(lexicon)
    wanted = index.where(LEMMA, lambda lemma: lemma.lower() in lemmas, ("quote_cue_lemmas", lemmas)) | index.where(
        LOWER, words.__contains__, ("quote_cue_words", words)
    )
    starts = index.array(SENT_START)[:, 0]
    bounds = [0, *(i for i in numpy.flatnonzero(starts == 1).tolist() if i > 0), len(doc)]
    grouped: dict[int, list[int]] = {}
    for i in numpy.flatnonzero(wanted).tolist():
        grouped.setdefault(bounds[bisect_right(bounds, i)], []).append(i)
    return list(grouped.items())


#: The word sets of :func:`_cue_word_sets`, by lexicon (few lexicons per process; cleared when full).
_CUE_WORD_SETS: dict[int, tuple[CueLexicon, frozenset[str], frozenset[str]]] = {}


def _cue_word_sets(lexicon: CueLexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The lowercase lemmas that are a cue verb, an adjective-frame verb or a statement noun; and the lowercase
    words that are one of those, start an attribution phrase or are a cue verb's form (pipelines without
    lemmas)."""
    kept = _CUE_WORD_SETS.get(id(lexicon))
    if kept is None or kept[0] is not lexicon:
        if len(_CUE_WORD_SETS) >= 8:
            _CUE_WORD_SETS.clear()
        lemmas = lexicon.verbs | lexicon.quoting_verbs | set(lexicon.adjective_frames) | lexicon.statement_nouns
        firsts = {phrase[0] for phrase in lexicon.phrases if phrase and phrase[0] != CUE_SLOT}
        kept = _CUE_WORD_SETS[id(lexicon)] = (lexicon, lemmas, lemmas | firsts | set(lexicon.surface_forms))
    return kept[1], kept[2]


def _adjective_frame(verb: Token, lexicon: CueLexicon, speech: list[QuotedSpan]) -> tuple[Token, list[Span]] | None:
    """(cue, [clause]) for "made clear that ...", "was adamant that ...", "his claim that ..." when the clause
    holds no quote."""
    clause = adjective_frame_clause(verb, lexicon) or owned_statement_clause(verb, lexicon)
    if clause is None or withheld(verb, lexicon):
        return None
    reported = clause_text(verb.doc, clause, lexicon)
    if reported is None or len(reported) < 3 or _holds_quote(reported, speech):
        return None
    return verb, [reported]


def indirect_record(reading: Reading, cue: Token, pieces: list[Span]) -> Quote | None:
    """The indirect Quote of a cue and its clause, when the speaker is a person or organisation."""
    doc, state = reading.doc, reading.state
    found = attribute(cue, reading.actors, reading.lexicon, state, cue.idx)
    if found.speaker is None:
        return None
    start, end = pieces[0].start_char, pieces[-1].end_char
    state.remember(max(cue.idx, end), found.speaker)
    return Quote(
        text=doc_text(doc)[start:end],
        start=start,
        end=end,
        speaker=found.speaker.name,
        cue=found.cue,
        kind="indirect",
        parts=_parts(doc, [(p.start_char, p.end_char) for p in pieces]),
    )


def _parts(doc: Doc, spans: list[tuple[int, int]]) -> list[Mention]:
    """The pieces of a quote interrupted by its attribution (none for a quote in one piece)."""
    text = doc_text(doc)
    return [Mention(text=text[s:e], start=s, end=e) for s, e in spans] if len(spans) > 1 else []


# --------------------------------------------------------------------------- document


def extract_quotes(doc: Doc, actors: list[Actor], lexicon: CueLexicon, keep_unattributed: bool = False) -> list[Quote]:
    """All quotes of ``doc`` in text order; never raises on odd quote marks."""
    return _extract(doc, doc_text(doc), actors, lexicon, keep_unattributed)


def _extract(doc: Doc, text: str, actors: list[Actor], lexicon: CueLexicon, keep_unattributed: bool) -> list[Quote]:
    quotes = [q for q in outermost(find_quotes(text)) if not in_boilerplate(doc, q.open_at, _quote_end(q) + 1)]
    weapons = get_records(doc, "arms_weapons")
    speech = [q for q in quotes if not is_scare_quote(doc, q, lexicon, weapons)]
    bounds = sentence_bounds(doc)
    indirect = [
        (cue, pieces)
        for cue, pieces in indirect_candidates(doc, quotes, lexicon, speech)
        if not in_boilerplate(doc, pieces[0].start_char, pieces[-1].end_char)
    ]
    indirect = [(cue, pieces) for cue, pieces in indirect if not _told_inside(cue, indirect)]
    events: list[tuple[int, object]] = [(q.open_at, q) for q in speech] + [(c.idx, (c, s)) for c, s in indirect]
    state = SpeakerMemory(quoted=[(q.open_at, _quote_end(q) + 1) for q in quotes])
    reading = Reading(doc, bounds, quotes, actors, lexicon, state)
    records: list[Quote] = []
    for _, event in sorted(events, key=lambda e: e[0]):
        if isinstance(event, QuotedSpan):
            record = quote_record(reading, event, keep_unattributed)
        else:
            cue, pieces = event  # type: ignore[misc]
            record = indirect_record(reading, cue, pieces)
        if record is not None:
            records.append(_closing_mark_kept(record, quotes, text))
    return [_mixed(record, doc, quotes, lexicon, weapons) for record in join_quotes(records, text)]


def _told_inside(cue: Token, candidates: list[tuple[Token, list[Span]]]) -> bool:
    """ "Reed said the pilots told investigators the radar had failed": a report inside the clause another
    speaker's speech verb introduces before it is part of what that speaker said, no quote of its own (a report
    followed by its outer attribution, "X confirmed that ..., Reuters reports", stays X's)."""
    return any(
        other.i < pieces[0].start and pieces[0].start <= cue.i < pieces[-1].end
        for other, pieces in candidates
        if other is not cue
    )


def _mixed(record: Quote, doc: Doc, quotes: list[QuotedSpan], lexicon: CueLexicon, weapons: list[Weapon]) -> Quote:
    """Indirect speech holding the speaker's own quoted words ("his players had been “magnificent”") is a
    partial quote; quoted names and terms ("“Axis of Resistance”", "“attack drones”") leave it indirect."""
    if record.kind != "indirect":
        return record
    for quote in quotes:
        if record.start <= quote.open_at < record.end and not _names_a_thing(doc, quote, lexicon, weapons):
            return record.model_copy(update={"kind": "partial"})
    return record


def _names_a_thing(doc: Doc, quote: QuotedSpan, lexicon: CueLexicon, weapons: list[Weapon]) -> bool:
    """Quote marks around a name, a title-case term or a weapon term (see :func:`is_scare_quote`)."""
    fragment = doc_text(doc)[quote.start : quote.end]
    if is_named_thing(doc, quote, lexicon) or looks_like_name(fragment):
        return True
    last = re.search(r"\w+(?=\W*$)", fragment)
    if last is None or _word_count(fragment) > MAX_TERM_WORDS:
        return False
    start, end = quote.start + last.start(), quote.start + last.end()
    return any(w.start < end and start < w.end for w in weapons)


def _closing_mark_kept(record: Quote, quotes: list[QuotedSpan], text: str) -> Quote:
    """A clause ending inside quote marks it opened ("the strikes were “defensive” and “proportionate") keeps
    the closing mark."""
    inside = [q for q in quotes if q.close_at is not None and record.start <= q.open_at < record.end <= q.close_at]
    if not inside:
        return record
    end = inside[0].close_at + 1
    parts = record.parts
    if parts:
        last = parts[-1]
        parts = [*parts[:-1], Mention(text=text[last.start : end], start=last.start, end=end)]
    return record.model_copy(update={"text": text[record.start : end], "end": end, "parts": parts})


class QuoteExtractor:
    """Stores :class:`~arms_nlp.records.Quote` records in ``doc._.arms_quotes``."""

    def __init__(self, nlp: Language, name: str, *, keep_unattributed: bool = False) -> None:
        self.name = name
        self.keep_unattributed = keep_unattributed

    def __call__(self, doc: Doc) -> Doc:
        records = extract_quotes(doc, get_records(doc, "arms_actors"), cue_lexicon(), self.keep_unattributed)
        set_records(doc, "arms_quotes", records)
        return doc
