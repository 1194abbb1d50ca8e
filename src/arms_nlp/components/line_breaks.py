"""arms_line_breaks: mark sentence starts at line breaks between separate lines, before the parser.

The parser ends a sentence at a full stop, not at a newline: a headline without one ("Poland Signs
Deal For K2 Tanks") is read as one sentence with the first body line, and so are datelines, bylines
and bullet lines. This component runs before the parser and sets ``is_sent_start`` on the first word
after a line break when the two lines are separate lines by their shape alone (no parse needed):

- a blank line between them;
- the line before is a title-like line of its own (a heading, dateline or byline: most words
  capitalised, no sentence punctuation; the first line, or one after a blank line, a finished sentence
  or another title-like line);
- the line after is a bullet item.

It stays conservative: the word after the break must not be lower case, and a line ending in a comma,
dash, slash, ampersand or open bracket continues. Some stored texts keep hard line breaks inside
sentences; a wrapped line of running text is rarely title-like, so such a sentence is split only where a
wrapped line happens to look like a title (mostly capitalised words, every lower-case word a function
word) after a finished sentence. The parser keeps every boundary set here and decides all others itself.
"""

from __future__ import annotations

from bisect import bisect_right

import numpy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..docindex import index_of
from ..kb.closed_class import closed_class
from ..normalize.lines import Line

#: Least share of capitalised words of a title-like line.
_TITLE_SHARE = 0.6


class LineBreakSentences:
    """Set ``is_sent_start`` after line breaks that separate lines (see the module docstring).

    Placed after a parser (``nlp.add_pipe("arms_line_breaks")`` on a loaded model) it leaves the Doc as parsed:
    spaCy refuses sentence starts written on a parsed Doc, and the parse has already fixed the sentences."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if doc.has_annotation("DEP"):
            return doc
        index = index_of(doc)  # its text and lines, shared with the components after the parser
        if "\n" not in index.text:
            return doc
        lines = index.lines
        starts = [line.start for line in lines]
        spaces = numpy.flatnonzero(index.array(IS_SPACE)[:, 0]).tolist()  # newlines are space tokens
        for token in (doc[i] for i in spaces):
            if "\n" in token.text and 0 < token.i < len(doc) - 1:
                after = doc[token.i + 1]
                if _separate(doc, index.text, token, after, lines, starts):
                    after.is_sent_start = True
                if _bullet(after, doc):
                    doc[after.i + 1].is_sent_start = False  # a bullet mark never stands alone
        return doc


def _separate(doc: Doc, text: str, brk: Token, after: Token, lines: list[Line], starts: list[int]) -> bool:
    """True when the line break ``brk`` separates two lines that are not one wrapped sentence (``text``: the
    Doc's text, which ``Doc.text`` rebuilds on every read)."""
    before = doc[brk.i - 1]
    continues = before.text[-1:] in closed_class().continuation_marks
    if after.is_space or before.is_space or after.text[:1].islower() or continues:
        return False
    if brk.text.count("\n") >= 2:
        return True
    if _bullet(after, doc):
        return before.text != ":"  # "Poland will receive:\n- 48 K9 howitzers": the list completes the line
    index = bisect_right(starts, before.idx) - 1
    return index >= 0 and not (before.is_stop and before.is_lower) and _title_line(doc, text, lines, index)


def _bullet(token: Token, doc: Doc) -> bool:
    """A bullet item: the line starts with a bullet mark and a space ("- 48 K9 howitzers")."""
    marks = closed_class()
    return (
        (token.text in marks.bullets or token.text in marks.line_bullets)
        and bool(token.whitespace_)
        and token.i + 1 < len(doc)
    )


def _title_line(doc: Doc, text: str, lines: list[Line], index: int) -> bool:
    """A heading, dateline or byline: title-like, and a line of its own (the first, after a blank line,
    a finished sentence or another title-like line)."""
    line = lines[index]
    if not _title_like(doc, line):
        return False
    if index == 0:
        return True
    previous = lines[index - 1]
    blank = text.count("\n", previous.end, line.start) >= 2
    return blank or previous.sentence_end or _title_like(doc, previous)


def _title_like(doc: Doc, line: Line) -> bool:
    """Title case without sentence punctuation at the end: most words capitalised, the first one too, and
    every lower-case word a function word ("Poland Signs Deal for K2 Tanks"; not "Officials in Kyiv said ...")."""
    if line.sentence_end or line.words == 0 or line.capitalised < _TITLE_SHARE or not line.text[0].isupper():
        return False
    span = doc.char_span(line.start, line.end, alignment_mode="expand")
    return span is not None and all(t.is_stop for t in span if t.is_alpha and t.is_lower)
