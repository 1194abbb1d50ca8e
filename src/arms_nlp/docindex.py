"""One index per Doc, built once and shared by every component.

It holds what several components look up over and over: the Doc's text (spaCy rebuilds
``Doc.text`` from the tokens on every access), its lines and headlines, and where each
component's records sit, so that "the actor at these characters" is a binary search rather
than a scan over every actor and mention. Record look-ups follow the records a component
has stored so far: when a component stores new records, the next look-up re-indexes them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Hashable, Iterable
from typing import Any, TypeVar
from weakref import WeakKeyDictionary, ref

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.tokens import Doc

from .extensions import get_records, stored
from .kb.closed_class import closed_class
from .normalize.lines import Line, is_caseless, is_headline, line_at, split_lines
from .records import Actor, Mention

_POSSESSIVE_END = re.compile(r"['’]s?$")  # "Russia's" is written "Russia"

# Token attributes a pipeline component sets, with the annotation that says it has run (sentence starts
# count as final once the parser has run: a component before it may set a few, which the parser then changes).
_SET_BY = {POS: "POS", TAG: "TAG", DEP: "DEP", HEAD: "DEP", SENT_START: "DEP", LEMMA: "LEMMA", MORPH: "MORPH"}

M = TypeVar("M", bound=Mention)
T = TypeVar("T")


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """True when the half-open character spans share at least one character."""
    return a_start < b_end and b_start < a_end


def records_in(records: Iterable[M], start: int, end: int) -> list[M]:
    """The records overlapping ``[start, end)``, in text order."""
    return sorted((r for r in records if overlaps(r.start, r.end, start, end)), key=lambda r: r.start)


class SpanIndex:
    """Spans sorted by start, each carrying a value; finds the ones overlapping a character range."""

    def __init__(self, spans: Iterable[tuple[int, int, Any]]) -> None:
        self.spans = sorted(spans, key=lambda s: (s[0], s[1]))
        self.starts = [s[0] for s in self.spans]
        self.longest = max((end - start for start, end, _ in self.spans), default=0)

    def over(self, start: int, end: int) -> list[tuple[int, int, Any]]:
        """The spans overlapping ``[start, end)``, in text order."""
        low = bisect_left(self.starts, start - self.longest)
        high = bisect_left(self.starts, end)
        return [span for span in self.spans[low:high] if span[1] > start]


class DocIndex:
    """The shared look-ups of one Doc; get it with :func:`index_of`."""

    def __init__(self, doc: Doc) -> None:
        self._doc = ref(doc)  # a strong reference would keep the Doc, the key of its own cache entry, alive
        self.text: str = doc.text
        self.lines: list[Line] = split_lines(self.text)
        self._line_starts = [line.start for line in self.lines]
        self._built: dict[tuple[str, str], tuple[int, Any]] = {}
        self._arrays: dict[tuple[int, ...], numpy.ndarray] = {}
        self._distincts: dict[int, tuple[list[int], numpy.ndarray]] = {}
        self._value_positions: dict[int, dict[int, list[int]]] = {}
        self._children: tuple[list[int], list[int]] | None = None
        self._columns: dict[tuple[int, ...], tuple[list[int], ...]] = {}
        #: What a component's matchers found in the Doc, by a name of its own, for its rules to read.
        self.found: dict[str, Any] = {}
        self._caseless: dict[int, bool] = {}

    @property
    def doc(self) -> Doc:
        """The indexed Doc (alive for as long as anyone uses this index)."""
        doc = self._doc()
        assert doc is not None, "the Doc of this index is gone"
        return doc

    # ------------------------------------------------------------------ lines

    def line_at(self, char: int) -> Line | None:
        """The line holding character ``char``."""
        return line_at(self.lines, self._line_starts, char)

    def in_headline(self, char: int) -> bool:
        """True when ``char`` lies on a title-case line without sentence punctuation (a headline)."""
        return is_headline(self.line_at(char))

    def caseless(self, char: int) -> bool:
        """True when ``char`` lies on a line written all in capitals or in title case, where a capital letter is
        no sign of a name: rules that read capitals as a name do not fire there (gazetteer names still do)."""
        line = self.line_at(char)
        if line is None:
            return False
        known = self._caseless.get(line.start)
        if known is None:
            known = self._caseless[line.start] = is_caseless(line, closed_class().title_case_minor)
        return known

    # ----------------------------------------------------------------- tokens

    def array(self, *attrs: int) -> numpy.ndarray:
        """``doc.to_array(attrs)``, computed once per Doc (read-only: attributes the model set and the
        arms components never change, such as LEMMA, LOWER or IS_ALPHA; not the entity attributes).

        An attribute whose component has not run yet is read afresh on every call instead of kept, so a
        component before the parser (the index is built there) cannot freeze a parse that is still to come.
        """
        found = self._arrays.get(attrs)
        if found is None:
            found = self.doc.to_array(list(attrs)).reshape(len(self.doc), len(attrs))
            found.flags.writeable = False
            if self._annotated(attrs):
                self._arrays[attrs] = found
        return found

    def columns(self, *attrs: int) -> tuple[list[int], ...]:
        """The columns of :meth:`array` as Python lists (kept alike): a rule reading one value at a time reads a
        list faster than a numpy array."""
        found = self._columns.get(attrs)
        if found is None:
            found = tuple(column.tolist() for column in self.array(*attrs).T)
            if self._annotated(attrs):
                self._columns[attrs] = found
        return found

    def children(self) -> tuple[list[int], list[int]]:
        """The syntactic children of every token as two flat lists, ``(order, bounds)``: the children of token
        ``i`` in text order are ``order[bounds[i] : bounds[i + 1]]`` (``Token.children`` without a Token built per
        child). Worked out once per parsed Doc; no token has children without a parse."""
        table = self._children
        if table is None:
            count = len(self.doc)
            heads = self.array(HEAD)[:, 0].astype(numpy.int64) + numpy.arange(count)
            dependents = numpy.flatnonzero(heads != numpy.arange(count))
            by_head = numpy.argsort(heads[dependents], kind="stable")
            order, governors = dependents[by_head], heads[dependents][by_head]
            bounds = numpy.searchsorted(governors, numpy.arange(count + 1), side="left")
            table = (order.tolist(), bounds.tolist())
            if self._annotated((HEAD,)):
                self._children = table
        return table

    def _annotated(self, attrs: tuple[int, ...]) -> bool:
        """Whether the Doc already carries every annotation ``attrs`` read (word attributes always do)."""
        return all(self.doc.has_annotation(_SET_BY[attr]) for attr in attrs if attr in _SET_BY)

    def having(self, attr: int, *values: str) -> list[int]:
        """Indices of the tokens whose ``attr`` (POS, ORTH, LOWER...) is one of ``values``, in order: a rule
        that looks only at proper nouns, say, picks them off one array instead of testing every Token."""
        strings = self.doc.vocab.strings
        positions = self._positions(attr)
        found = [positions[key] for key in {strings[value] for value in values} if key in positions]
        if len(found) == 1:
            return list(found[0])
        return sorted(i for indices in found for i in indices)

    def _positions(self, attr: int) -> dict[int, list[int]]:
        """Where each value of a token attribute occurs, in text order (worked out once per attribute:
        :meth:`having` is asked a few values at a time, and ``numpy.isin`` over every token sorted both arrays
        on each call)."""
        found = self._value_positions.get(attr)
        if found is None:
            found = {}
            for i, value in enumerate(self.columns(attr)[0]):
                found.setdefault(value, []).append(i)
            if self._annotated((attr,)):
                self._value_positions[attr] = found
        return found

    def where(self, attr: int, test: Callable[[str], bool], key: Hashable | None = None) -> numpy.ndarray:
        """Which tokens' ``attr`` string (ORTH, LOWER, LEMMA...) passes ``test``, as a boolean array: each
        distinct string is tested once, in place of a Python test on every Token of a long Doc.

        With a ``key`` naming the test (and whatever its answer depends on), the answers are also kept for the
        next Docs, by string id: the same words come back in every article.
        """
        forms, inverse = self._distinct(attr)
        strings = self.doc.vocab.strings
        if key is None:
            passed = numpy.fromiter((test(strings[form]) for form in forms), dtype=bool, count=len(forms))
            return passed[inverse]
        known = _known_answers(key)
        answers = []
        for form in forms:
            answer = known.get(form)
            if answer is None:
                answer = known[form] = test(strings[form])
            answers.append(answer)
        return numpy.array(answers, dtype=bool)[inverse]

    def _distinct(self, attr: int) -> tuple[list[int], numpy.ndarray]:
        """The distinct values of a token attribute and, per token, the position of its value among them
        (computed once per attribute: several rules test the same attribute of every token)."""
        found = self._distincts.get(attr)
        if found is None:
            found = _unique(self.array(attr)[:, 0])
            if self._annotated((attr,)):
                self._distincts[attr] = found
        return found

    # ---------------------------------------------------------------- records

    def records_over(self, name: str, start: int, end: int) -> list[Any]:
        """The records of ``doc._.<name>`` overlapping ``[start, end)``, in text order."""
        return [record for _, _, record in self._record_index(name).over(start, end)]

    def _record_index(self, name: str) -> SpanIndex:
        return self._current(name, "spans", lambda records: SpanIndex((r.start, r.end, r) for r in records))

    # ----------------------------------------------------------------- actors

    @property
    def actors(self) -> ActorIndex:
        """The actors stored so far, indexed by mention and by name."""
        return self._current("arms_actors", "actors", ActorIndex)

    def _current(self, name: str, kind: str, build: Callable[[list[Any]], T]) -> T:
        """``build`` over the records of ``doc._.<name>`` (one cached result per ``kind``), rebuilt when the
        component stores new records."""
        records = stored(self.doc, name)
        cached = self._built.get((name, kind))
        if cached is None or cached[0] != id(records):
            cached = self._built[(name, kind)] = (id(records), build(get_records(self.doc, name)))
        return cached[1]


class ActorIndex:
    """A list of actors looked up by the characters of a mention or by canonical name."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        self.actors = list(actors)
        self.by_name: dict[str, Actor] = {}
        self._written: dict[str, Actor] = {}
        for actor in self.actors:
            self.by_name.setdefault(actor.name, actor)
            for mention in actor.mentions:
                self._written.setdefault(_POSSESSIVE_END.sub("", mention.text.strip()), actor)
        self._mentions = SpanIndex((m.start, m.end, a) for a in self.actors for m in a.mentions)

    def at(self, start: int, end: int) -> Actor | None:
        """The actor one of whose mentions overlaps ``[start, end)``; the longest overlap wins."""
        best: tuple[int, Actor] | None = None
        for m_start, m_end, actor in self._mentions.over(start, end):
            shared = min(end, m_end) - max(start, m_start)
            if best is None or shared > best[0]:
                best = (shared, actor)
        return best[1] if best else None

    def named(self, name: str | None) -> Actor | None:
        """The actor of this canonical name (the first, should two share one), else the actor one of whose
        mentions is written so (a quote's speaker is named as written: "AFP" for "Agence France-Presse")."""
        if not name:
            return None
        return self.by_name.get(name) or self._written.get(name)


def _unique(values: numpy.ndarray) -> tuple[list[int], numpy.ndarray]:
    """``numpy.unique(values, return_inverse=True)`` (the sorted distinct values as a list, and each value's
    position among them), worked out with one stable sort: about half the time of ``numpy.unique``'s own
    bookkeeping on the few hundred tokens of an article."""
    order = numpy.argsort(values, kind="stable")
    ordered = values[order]
    first = numpy.empty(len(ordered), dtype=bool)
    first[:1] = True
    first[1:] = ordered[1:] != ordered[:-1]
    inverse = numpy.empty(len(ordered), dtype=numpy.intp)
    inverse[order] = numpy.cumsum(first) - 1
    return ordered[first].tolist(), inverse


_INDEXES: WeakKeyDictionary[Doc, DocIndex] = WeakKeyDictionary()

#: Answers of the named tests of :meth:`DocIndex.where`, by string id; each cleared when full, so that a stream
#: of new words keeps them bounded.
_ANSWERS: dict[Hashable, dict[int, bool]] = {}
_ANSWERS_KEPT = 50_000


def _known_answers(key: Hashable) -> dict[int, bool]:
    """The kept answers of the test named ``key`` (emptied when it holds ``_ANSWERS_KEPT``)."""
    known = _ANSWERS.setdefault(key, {})
    if len(known) >= _ANSWERS_KEPT:
        known.clear()
    return known


def index_of(doc: Doc) -> DocIndex:
    """The index of ``doc``, built on first use and kept while the Doc lives."""
    index = _INDEXES.get(doc)
    if index is None:
        index = _INDEXES[doc] = DocIndex(doc)
    return index
