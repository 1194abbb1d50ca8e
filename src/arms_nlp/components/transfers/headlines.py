"""Headlines and bulleted lines read again: the small model parses a title-case or sentence-case headline
("Lithuania Orders NASAMS From Norway") and a bulleted line badly, so the transfer extractor re-parses a
copy of them (recased, the headline verb in the past, bullets as full stops) whose tokens match the
original one for one, and moves the article's records onto that copy."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TypeVar

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from ...docindex import SpanIndex, index_of
from ...kb.closed_class import closed_class
from ...kb.transfers import TransferLexicon
from ...normalize.lines import is_bare_headline
from ...records import Actor, Mention
from .links import Context

M = TypeVar("M", bound=Mention)


def segment_text(segment: Span) -> str:
    """The segment's text, sliced from the Doc index (``Span.text`` rebuilds it token by token)."""
    return index_of(segment.doc).text[segment.start_char : segment.end_char]


def headline_like(segment: Span) -> bool:
    """A title-case line ("Iran Denies Supplying Missiles to Russia"), which small models parse badly."""
    first = next((t for t in segment if not t.is_space), None)
    return first is not None and index_of(segment.doc).in_headline(first.idx)


def bare_headline(segment: Span) -> bool:
    """A short line of its own without sentence punctuation, in sentence case ("Lithuania orders NASAMS from
    Norway"): a headline whose verbs the small model, without auxiliaries or articles, often tags as nouns."""
    first = next((t for t in segment if not t.is_space), None)
    if first is None:
        return False
    line = index_of(segment.doc).line_at(first.idx)
    return line is not None and line.start == first.idx and is_bare_headline(line)


_NOT_BEFORE_VERB = frozenset({"DET", "ADP", "PART", "AUX", "PRON", "CCONJ", "SCONJ", "NUM"})


def _headline_verb(tokens: Sequence[Token], lex: TransferLexicon) -> tuple[int, str] | None:
    """The position of a headline's verb in the historical present and its past form: the first word, after the
    subject, that is a present form of a ``headline_past`` verb ("orders", "eyes"; "agree" after a joined
    subject "Vietnam, Russia"), not after a determiner, preposition or number ("the orders"); None when the
    model tagged that word a verb already."""
    joined, joiners = False, closed_class().name_joiners
    forms = _present_forms(lex)
    for position, tok in enumerate(tokens):
        if position == 0:
            continue
        before = tokens[position - 1]
        joined = joined or before.lower_ in joiners
        if before.pos_ in _NOT_BEFORE_VERB or before.lower_ in {"'s", "’s"}:
            continue
        past = _past_of(forms, tok.lower_, joined and before.is_title)
        if past is not None:
            # the model reads the headline's verb already: its parse is left as it is
            return None if _read_as_verb(tok, joined) else (position, past)
    return None


def _past_of(forms: dict[str, list[tuple[bool, str]]], form: str, bare_too: bool) -> str | None:
    """The past of the first ``headline_past`` verb (in the lexicon's order) of which ``form`` is a present
    form: a third person ("orders", "supplies", "eyes"), or the base itself when ``bare_too``."""
    return next((past for bare, past in forms.get(form, ()) if bare_too or not bare), None)


def _present_forms(lex: TransferLexicon) -> dict[str, list[tuple[bool, str]]]:
    """Each present form of the ``headline_past`` verbs -> (whether it is the bare base, the past), in the
    lexicon's order; built once per lexicon, not once per word of every headline."""
    key = tuple(lex.headline_past.items())
    forms = _FORMS.get(key)
    if forms is None:
        forms = _FORMS[key] = {}
        for base, past in lex.headline_past.items():
            third = base[:-1] + "ies" if base.endswith("y") and base[-2:-1] not in "aeiou" else base + "s"
            rows = [(form, False) for form in dict.fromkeys((third, base + "es"))] + [(base, True)]
            for form, bare in rows:
                forms.setdefault(form, []).append((bare, past))
    return forms


#: :func:`_present_forms` by the lexicon's verbs (a pipeline has one lexicon, a user's may differ).
_FORMS: dict[tuple[tuple[str, str], ...], dict[str, list[tuple[bool, str]]]] = {}


def _read_as_verb(tok: Token, joined: bool) -> bool:
    """True when the model parsed a headline verb as the main verb of its one subject ("Turkey delivers drones")."""
    return tok.pos_ == "VERB" and tok.dep_ == "ROOT" and not joined and any(c.dep_ == "nsubj" for c in tok.children)


def in_past(segment: Span, text: str, lex: TransferLexicon) -> str | None:
    """``text`` (a copy of ``segment``, token for token) with the headline verb in the past tense, or None when
    the headline has none."""
    found = _headline_verb(list(segment), lex)
    if found is None:
        return None
    position, past = found
    listed = _listed_subject(segment[:position])
    out: list[str] = []
    cut = 0
    for index, tok in enumerate(segment):
        written = text[cut : cut + len(tok.text)]
        cut += len(tok.text) + len(tok.whitespace_)
        word = past if index == position else written
        if index == position and written[:1].isupper():
            word = past.capitalize()
        elif listed and index < position and tok.text == ",":
            word = " and"  # "Vietnam, Russia agree": the headline's comma joins the subject's names
        out.append(word + tok.whitespace_)
    return "".join(out)


def _listed_subject(subject: Span) -> bool:
    """True when a headline's subject is names joined by a comma ("Vietnam, Russia", "India, France")."""
    joiners = closed_class().name_joiners
    return any(t.text == "," for t in subject) and all(t.lower_ in joiners or t.is_title for t in subject)


def headline_copy(segment: Span, ctx: Context) -> str:
    """A title-case headline recased, with its verb in the past tense ("Lithuania Orders NASAMS From Norway"
    -> "Lithuania ordered NASAMS from Norway")."""
    text = recased(segment, ctx)
    return in_past(segment, text, ctx.lex) or text


def recased(segment: Span, ctx: Context) -> str:
    """The segment with title-case common words lowercased; names of actors and systems kept."""
    keep = SpanIndex(
        [(w.start, w.end, w) for w in ctx.weapons if not w.generic]
        + [(m.start, m.end, a) for a in ctx.actors for m in a.mentions]
    )
    out: list[str] = []
    for position, tok in enumerate(segment):
        named = bool(keep.over(tok.idx, tok.idx + len(tok)))
        text = tok.text if position == 0 or named or not tok.is_title else tok.lower_
        out.append(text + tok.whitespace_)
    return "".join(out)


class _Mover:
    """Moves records inside ``segment`` to the offsets of its re-parsed copy ``local`` (token for token the
    same, though a rewritten word, "orders" -> "ordered", may move the words after it); the token offsets of
    both are read once per segment, not once per record list."""

    def __init__(self, segment: Span, local: Doc) -> None:
        self.start, self.end = segment.start_char, segment.end_char
        idx = index_of(segment.doc).array(IDX)[segment.start : segment.end, 0].tolist()
        self.starts = [at - self.start for at in idx]
        self.moves = [copy - at for copy, at in zip(local.to_array(IDX).tolist(), self.starts)]

    def move(self, char: int) -> int:
        return self.moves[max(bisect_left(self.starts, char + 1) - 1, 0)] if self.moves else 0

    def __call__(self, records: Sequence[M]) -> list[M]:
        """The records inside the segment, shifted onto the copy."""
        start, end = self.start, self.end
        return [r.shifted(self.move(r.start - start) - start) for r in records if start <= r.start and r.end <= end]


def local_context(segment: Span, local: Doc, ctx: Context) -> Context:
    """``ctx`` with the segment's records moved to the offsets of its re-parsed copy ``local``."""
    moved = _Mover(segment, local)
    actors: list[Actor] = []
    for actor in ctx.actors:
        inside = moved(actor.mentions)
        if inside:
            first = inside[0]
            actors.append(
                actor.model_copy(
                    update={"mentions": inside, "start": first.start, "end": first.end, "text": first.text}
                )
            )
    return Context(
        local,
        ctx.lex,
        moved(ctx.weapons),
        actors,
        moved(ctx.quantities),
        moved(ctx.dates),
        moved(ctx.quotes),
    )


def unbulleted(segment: Span) -> str | None:
    """The segment with its list bullets written as full stops (one character each, so the tokens stay
    aligned), or None when it has none: "• Turkey has supplied drones" parses with "•" as a verb."""
    bullets = closed_class().bullets
    text = segment_text(segment)
    if not any(bullet in text for bullet in bullets) or not any(tok.text in bullets for tok in segment):
        return None
    return "".join(("." if tok.text in bullets else tok.text) + tok.whitespace_ for tok in segment)


def names_both(segment: Span, ctx: Context) -> bool:
    """True when a segment names a weapon and an actor: without both, re-parsing it can give no claim."""
    index = index_of(segment.doc)
    start, end = segment.start_char, segment.end_char
    return bool(index.records_over("arms_weapons", start, end)) and index.actors.at(start, end) is not None
