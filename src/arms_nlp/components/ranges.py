"""arms_ranges: keep the lengths that are a weapon's reach and link each to its weapon.

Every length of the text comes from :func:`arms_nlp.find_lengths`; this component decides
which of them are reach and whose. The rule (cue words in ``data/range_cues.yaml``):

1. **Cue.** Starting at the length's last token (its unit), climb the parse through nouns and
   prepositions to the first governing verb (at most ``max_hops`` steps); the climbed tokens, that
   verb's subject and the word right after the length are the context. A *strong* cue there
   ("range"/"reach"/"radius" as nouns, or "-range" right after: "a 75-mile-range missile") makes
   the length a range on its own. A *weak* cue (reach, strike, fly, travel, hit, fire, capable,
   "away", ...) makes it a range only when a weapon (``arms_weapons`` records) is in the sentence
   and the governing verb's subject, if it has one, is a weapon or a pronoun, not another noun
   ("the convoy travelled 30 km" is not reach). Without a parser the context is the six tokens
   before the length in its sentence plus the word after it.
2. **Weapon.** The weapon whose mention holds the nearest ancestor of the length in the parse
   ("short-range ballistic missiles capable of reaching ... 435 miles"); else the weapon in the
   subject of a governing verb ("the Zolfaghar is capable of striking targets ... 700 km away");
   else the nearest weapon before the length in the sentence (then after it); with no weapon in
   the sentence and a pronoun before the length ("It has a range of 300 km"), the last weapon of
   the previous sentence; else None.

Lengths shorter than ``min_km`` (calibres, dimensions: "155mm shells") and lengths inside page
furniture are skipped.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..extensions import get_records, in_boilerplate, set_records
from ..kb.ranges import Cue, RangeCues, range_cues
from ..normalize.lengths import find_lengths
from ..records import Length, Range, Weapon

_VERBS = frozenset({"VERB", "AUX"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_SENTENCE_END = frozenset({".", "!", "?"})
#: Tokens before a length read as its context when there is no parse.
WINDOW = 6
#: Tokens before a length searched for a pronoun standing for the previous sentence's weapon.
PRONOUN_WINDOW = 40


def _matches(token: Token, cues: tuple[Cue, ...], parsed: bool) -> bool:
    """Is ``token`` one of ``cues`` (by lemma and part of speech when tagged, else by form)?"""
    lower = token.lower_
    for cue in cues:
        if parsed and token.lemma_:
            if token.lemma_.lower() == cue.lemma and (not cue.pos or token.pos_ in cue.pos):
                return True
        elif lower in cue.forms:
            return True
    return False


class Sentences:
    """Sentence bounds of a doc, found once: from the parser or sentencizer, else from punctuation and newlines."""

    def __init__(self, doc: Doc, parsed: bool) -> None:
        if parsed or doc.has_annotation("SENT_START"):
            self.starts = [sent.start for sent in doc.sents]
        else:
            self.starts = [0] + [
                t.i + 1 for t in doc[:-1] if t.text in _SENTENCE_END or "\n" in t.text
            ]
        self.size = len(doc)

    def bounds(self, index: int) -> tuple[int, int]:
        """Token bounds (start, end) of the sentence holding token ``index``."""
        k = bisect_right(self.starts, index) - 1
        end = self.starts[k + 1] if k + 1 < len(self.starts) else self.size
        return self.starts[max(k, 0)], end


def _governors(anchor: Token, max_hops: int) -> tuple[list[Token], Token | None]:
    """Ancestors of ``anchor`` up to and including the first verb, and that verb (if reached)."""
    climbed: list[Token] = []
    token = anchor
    for _ in range(max_hops):
        if token.head.i == token.i:
            break
        token = token.head
        climbed.append(token)
        if token.pos_ in _VERBS:
            return climbed, token
    return climbed, None


def _after(doc: Doc, span: Span) -> list[Token]:
    """The word right after a length, skipping a joining hyphen ("75-mile-range")."""
    k = span.end
    if k < len(doc) and doc[k].text in ("-", "–") and k + 1 < len(doc):
        return [doc[k + 1]]
    return [doc[k]] if k < len(doc) else []


def cue_strength(
    doc: Doc, span: Span, sentence: tuple[int, int], parsed: bool, cues: RangeCues
) -> tuple[str | None, Token | None]:
    """("strong" | "weak" | None, the governing verb) for the length ``span``."""
    after = _after(doc, span)
    if any(t.lower_ in cues.strong_after for t in after):
        return "strong", None
    if parsed:
        climbed, verb = _governors(span[-1], cues.max_hops)
        context = climbed + ([c for c in verb.children if c.dep_ in _SUBJECTS] if verb is not None else [])
    else:
        context = [t for t in doc[max(sentence[0], span.start - WINDOW) : span.start] if not _in_compound(t)]
        verb = None
    if any(_matches(t, cues.strong, parsed) for t in context):
        return "strong", verb
    weak = any(_matches(t, cues.weak, parsed) for t in context) or any(t.lower_ in cues.weak_after for t in after)
    return ("weak" if weak else None), verb


def _in_compound(token: Token) -> bool:
    """"range" in "short-range" is part of a class name, not a cue (for unparsed docs)."""
    return token.i > 0 and token.nbor(-1).text == "-"


def _weapon_spans(doc: Doc, weapons: list[Weapon]) -> list[tuple[Weapon, Span]]:
    spans = []
    for weapon in weapons:
        span = doc.char_span(weapon.start, weapon.end, alignment_mode="expand")
        if span is not None and len(span):
            spans.append((weapon, span))
    return spans


def _holding(token: Token, weapons: list[tuple[Weapon, Span]]) -> Weapon | None:
    return next((w for w, s in weapons if s.start <= token.i < s.end), None)


def _in_subtree(token: Token, weapons: list[tuple[Weapon, Span]]) -> Weapon | None:
    """The weapon holding ``token`` or else the first one inside its subtree."""
    held = _holding(token, weapons)
    if held is not None:
        return held
    left, right = token.left_edge.i, token.right_edge.i
    return next((w for w, s in weapons if left <= s.start and s.end - 1 <= right), None)


def subject_blocks(verb: Token | None, weapons: list[tuple[Weapon, Span]], cues: RangeCues) -> bool:
    """True when the governing verb's subject is a noun that is neither a weapon nor a pronoun."""
    if verb is None:
        return False
    for child in verb.children:
        if child.dep_ in _SUBJECTS and child.pos_ in ("NOUN", "PROPN"):
            if child.lower_ not in cues.pronouns and _in_subtree(child, weapons) is None:
                return True
    return False


def link_weapon(
    doc: Doc, span: Span, sentences: Sentences, parsed: bool, weapons: list[tuple[Weapon, Span]], cues: RangeCues
) -> Weapon | None:
    """The weapon whose reach ``span`` states (see the module docstring, step 2)."""
    sentence = sentences.bounds(span.start)
    inside = [(w, s) for w, s in weapons if sentence[0] <= s.start and s.end <= sentence[1]]
    if inside and parsed:
        token = span[-1]
        while token.head.i != token.i:
            token = token.head
            held = _holding(token, inside)
            if held is not None:
                return held
            for child in token.children:
                if child.dep_ in _SUBJECTS and (found := _in_subtree(child, inside)) is not None:
                    return found
    before = [(w, s) for w, s in inside if s.end <= span.start]
    if before:
        return max(before, key=lambda pair: pair[1].end)[0]
    if inside:
        return min(inside, key=lambda pair: pair[1].start)[0]
    if any(t.lower_ in cues.pronouns for t in doc[max(sentence[0], span.start - PRONOUN_WINDOW) : span.start]):
        previous = [(w, s) for w, s in weapons if s.end <= sentence[0]]
        if previous and sentence[0] > 0:
            prior_start, _ = sentences.bounds(sentence[0] - 1)
            last, last_span = max(previous, key=lambda pair: pair[1].end)
            if last_span.start >= prior_start:
                return last
    return None


def ranges_in(doc: Doc, lengths: list[Length], weapons: list[Weapon], cues: RangeCues) -> list[Range]:
    """The lengths of ``doc`` that are a weapon's reach, as :class:`Range` records."""
    spans = _weapon_spans(doc, weapons)
    parsed = doc.has_annotation("DEP")
    sentences = Sentences(doc, parsed)
    found: list[Range] = []
    for length in lengths:
        if length.high_km < cues.min_km or in_boilerplate(doc, length.start, length.end):
            continue
        span = doc.char_span(length.start, length.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        sentence = sentences.bounds(span.start)
        strength, verb = cue_strength(doc, span, sentence, parsed, cues)
        in_sentence = any(sentence[0] <= s.start and s.end <= sentence[1] for _, s in spans)
        if strength is None or (strength == "weak" and (not in_sentence or subject_blocks(verb, spans, cues))):
            continue
        weapon = link_weapon(doc, span, sentences, parsed, spans, cues)
        found.append(Range(**length.model_dump(), weapon=None if weapon is None else weapon.name))
    return found


class RangeExtractor:
    """Store ``doc._.arms_ranges``: the reach lengths of the text, linked to their weapons."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        cues = range_cues()
        records = ranges_in(doc, find_lengths(doc.text), get_records(doc, "arms_weapons"), cues)
        set_records(doc, "arms_ranges", records)
        return doc
