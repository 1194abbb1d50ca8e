"""arms_ranges: keep the lengths that are a weapon's reach and link each to its weapon.

Every length of the text comes from :func:`arms_nlp.find_lengths`; this component decides
which of them are reach and whose. The rule (cue words in ``data/range_cues.yaml``):

1. **Cue.** Starting at the length's last token (its unit), climb the parse through nouns and
   prepositions to the first governing verb (at most ``max_hops`` steps); the climbed tokens, that
   verb's subjects and auxiliaries (a coordinated verb's shared ones, a participle's head noun:
   "a combat radius estimated at 2,000 km") and the word right after the length are the context;
   when the climb reaches no verb (a misparse) the six tokens before the length are added.
   A *blocker* there ("altitude", "height", "depth") means no range. A *strong* cue ("range"/"reach"
   as nouns, a weak cue noun after a reach modifier: "combat radius", or "-range" right after:
   "a 75-mile-range missile") makes the length a range on its own. A *weak* cue (reach, strike, fly,
   travel, hit, fire, carry, capable, "radius", "away", ...) makes it a range only when a weapon
   (``arms_weapons`` records, or a designation-like token: "Taepodong-2") is in the sentence, the
   governing verb's subjects are not all other nouns ("the convoy travelled 30 km" is not reach), the
   unit is not one of ``weak_excluded_units`` (feet: altitudes), and the length is not a position:
   a placing word right after it ("3 miles from the city centre", "60 miles inside Russia") with no
   ability word in the context ("can", "could", "capable") and no flight verb ("flew 1,000 km into
   the sea"). A length joined to the previous range of its sentence by punctuation and "and"/"or"
   only is a range too ("up to 30 km, and up to 40 km with rocket-assisted rounds").
   Without a parser the context is the six tokens before the length in its sentence plus the word
   after it.
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

from ..docindex import index_of
from ..extensions import get_records, in_boilerplate, set_records
from ..kb.ranges import Cue, RangeCues, range_cues
from ..kb.units import unit_table
from ..normalize.lengths import find_lengths
from ..records import Length, Range, Weapon
from ..syntax import ANY_SUBJECTS

_VERBS = frozenset({"VERB", "AUX"})
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
            self.starts = [0] + [t.i + 1 for t in doc[:-1] if t.text in _SENTENCE_END or "\n" in t.text]
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
    context = _context(doc, span, sentence, parsed, cues)
    verb = context.verb
    if any(t.lower_ in cues.blockers for t in context.tokens):
        return None, verb
    if any(_matches(t, cues.strong, parsed) or _modified_weak(t, parsed, cues) for t in context.tokens):
        return "strong", verb
    weak = any(_matches(t, cues.weak, parsed) for t in context.tokens) or any(
        t.lower_ in cues.weak_after for t in after
    )
    if weak and _is_position(after, context, cues):
        return None, verb
    return ("weak" if weak else None), verb


def _modified_weak(token: Token, parsed: bool, cues: RangeCues) -> bool:
    """A weak cue noun after a reach modifier: "combat radius", "operational radius"."""
    return (
        token.i > 0
        and token.nbor(-1).lower_ in cues.strong_modifiers
        and _matches(token, cues.weak, parsed)
        and (not parsed or token.pos_ in ("NOUN", "PROPN"))
    )


class _Context:
    """The tokens read for cues around a length, and its governing verb (if the parse reaches one)."""

    def __init__(self, tokens: list[Token], verb: Token | None) -> None:
        self.tokens = tokens
        self.verb = verb


def _context(doc: Doc, span: Span, sentence: tuple[int, int], parsed: bool, cues: RangeCues) -> _Context:
    """Parsed: the climbed ancestors and the verb's subjects and auxiliaries; when the climb reaches
    no verb (a misparse: "can fire shells" as a noun phrase) or there is no parse, the words before
    the length in its sentence as well."""
    window = [t for t in doc[max(sentence[0], span.start - WINDOW) : span.start] if not _in_compound(t)]
    if not parsed:
        return _Context(window, None)
    climbed, verb = _governors(span[-1], cues.max_hops)
    if verb is None:
        return _Context(climbed + window, None)
    governed = [c for c in verb.children if c.dep_ in ANY_SUBJECTS or c.dep_ in ("aux", "auxpass")]
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if verb.dep_ == "conj" and verb.head.pos_ in _VERBS and not own_aux:  # "can loiter ... and operate"
        governed += [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    if verb.dep_ == "acl":  # a participle modifying a noun: "a combat radius estimated at 2,000 km"
        governed.append(verb.head)
    return _Context(climbed + governed, verb)


def _is_position(after: list[Token], context: _Context, cues: RangeCues) -> bool:
    """A length followed by a placing word ("3 miles from the city centre") with no ability in view."""
    if not any(t.lower_ in cues.location_after for t in after):
        return False
    verb = context.verb
    if verb is not None and (verb.lower_ in cues.motion or verb.lemma_.lower() in cues.motion):
        return False
    if verb is None and any(t.lower_ in cues.motion for t in context.tokens):
        return False
    return not any(t.lower_ in cues.abilities for t in context.tokens)


def _in_compound(token: Token) -> bool:
    """ "range" in "short-range" is part of a class name, not a cue (for unparsed docs)."""
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


def _is_designation(token: Token, cues: RangeCues) -> bool:
    """Is ``token`` written like a system designation ("Taepodong-2", "MQ-9")?"""
    return cues.designation is not None and cues.designation.match(token.text) is not None


def subject_blocks(verb: Token | None, weapons: list[tuple[Weapon, Span]], cues: RangeCues) -> bool:
    """True when the governing verb has a noun subject and none of its subjects is a weapon or a pronoun
    ("the convoy travelled 30 km"). A subject right before a weapon counts as that weapon: the parse
    of a possessive often attaches "Iran" and not "Fateh-110" in "Iran's Fateh-110 can strike"."""
    if verb is None:
        return False
    subjects = [c for c in verb.children if c.dep_ in ANY_SUBJECTS]
    nouns = [c for c in subjects if c.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return False
    for child in subjects:
        if child.lower_ in cues.pronouns or _in_subtree(child, weapons) is not None or _is_designation(child, cues):
            return False
        follow = child.right_edge.i + 1
        if any(follow <= s.start <= follow + 1 for _, s in weapons):
            return False
    return True


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
                if child.dep_ in ANY_SUBJECTS and (found := _in_subtree(child, inside)) is not None:
                    return found
    before = [(w, s) for w, s in inside if s.end <= span.start]
    if before:
        return max(before, key=lambda pair: pair[1].end)[0]
    if inside:
        return min(inside, key=lambda pair: pair[1].start)[0]
    if any(t.lower_ in cues.pronouns for t in doc[max(sentence[0], span.start - PRONOUN_WINDOW) : span.start]):
        return previous_weapon(sentence, sentences, weapons)
    return None


def previous_weapon(
    sentence: tuple[int, int], sentences: Sentences, weapons: list[tuple[Weapon, Span]]
) -> Weapon | None:
    """The last weapon of the sentence before ``sentence`` (what "it"/"they" stands for), if any."""
    previous = [(w, s) for w, s in weapons if s.end <= sentence[0]]
    if previous and sentence[0] > 0:
        prior_start, _ = sentences.bounds(sentence[0] - 1)
        last, last_span = max(previous, key=lambda pair: pair[1].end)
        if last_span.start >= prior_start:
            return last
    return None


def _pronoun_for_weapon(
    doc: Doc,
    span: Span,
    sentence: tuple[int, int],
    sentences: Sentences,
    verb: Token | None,
    weapons: list[tuple[Weapon, Span]],
    cues: RangeCues,
) -> bool:
    """Is the subject a pronoun standing for a weapon of the previous sentence ("It can hit targets ...")?"""
    if verb is not None:
        pronoun = any(c.dep_ in ANY_SUBJECTS and c.lower_ in cues.pronouns for c in verb.children)
    else:
        pronoun = any(t.lower_ in cues.pronouns for t in doc[max(sentence[0], span.start - WINDOW) : span.start])
    return pronoun and previous_weapon(sentence, sentences, weapons) is not None


def _unit_name(length: Length) -> str | None:
    unit = unit_table().unit_written(length.unit)
    return None if unit is None else unit.name


def _is_reach(
    doc: Doc,
    length: Length,
    span: Span,
    sentences: Sentences,
    parsed: bool,
    spans: list[tuple[Weapon, Span]],
    cues: RangeCues,
) -> bool:
    """Does a cue make ``length`` a reach (see the module docstring, step 1)?"""
    sentence = sentences.bounds(span.start)
    strength, verb = cue_strength(doc, span, sentence, parsed, cues)
    if strength is None:
        return False
    if strength == "strong":
        return True
    if _unit_name(length) in cues.weak_excluded_units:
        return False
    in_sentence = (
        any(sentence[0] <= s.start and s.end <= sentence[1] for _, s in spans)
        or any(_is_designation(t, cues) for t in doc[sentence[0] : sentence[1]] if not span.start <= t.i < span.end)
        or _pronoun_for_weapon(doc, span, sentence, sentences, verb, spans, cues)
    )
    return in_sentence and not subject_blocks(verb, spans, cues)


def _coordinated(doc: Doc, previous: Span | None, span: Span, sentence: tuple[int, int], cues: RangeCues) -> bool:
    """Is ``span`` joined to the previous reach of its sentence by a comma or conjunction only?
    ("up to 30 kilometres, and up to 40 km with rocket-assisted rounds")."""
    if previous is None or previous.start < sentence[0] or not 0 <= span.start - previous.end <= 3:
        return False
    return all(t.is_punct or t.lower_ in cues.coordinators for t in doc[previous.end : span.start])


def _has_figure(length: Length) -> bool:
    """An order of magnitude ("thousands of miles") states no reach to verify: a range needs a figure."""
    return not (length.approximate and length.low is not None and length.low == length.high)  # one phrase, both bounds


def ranges_in(doc: Doc, lengths: list[Length], weapons: list[Weapon], cues: RangeCues) -> list[Range]:
    """The lengths of ``doc`` that are a weapon's reach, as :class:`Range` records."""
    spans = _weapon_spans(doc, weapons)
    parsed = doc.has_annotation("DEP")
    sentences = Sentences(doc, parsed)
    found: list[Range] = []
    previous: Span | None = None
    for length in lengths:
        if length.high_km < cues.min_km or in_boilerplate(doc, length.start, length.end) or not _has_figure(length):
            continue
        span = doc.char_span(length.start, length.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        sentence = sentences.bounds(span.start)
        if not (
            _coordinated(doc, previous, span, sentence, cues)
            or _is_reach(doc, length, span, sentences, parsed, spans, cues)
        ):
            continue
        weapon = link_weapon(doc, span, sentences, parsed, spans, cues)
        found.append(Range(**length.model_dump(), weapon=None if weapon is None else weapon.name))
        previous = span
    return found


class RangeExtractor:
    """Store ``doc._.arms_ranges``: the reach lengths of the text, linked to their weapons."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        cues = range_cues()
        records = ranges_in(doc, find_lengths(index_of(doc).text), get_records(doc, "arms_weapons"), cues)
        set_records(doc, "arms_ranges", records)
        return doc
