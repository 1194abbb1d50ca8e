"""arms_boilerplate: mark page furniture (navigation lines, trailing link lists) as non-content.

Scraped news pages carry lines that are not article text: one-to-few-word navigation
lines before the article ("Trending", "top of page") and after it ("More News",
"Now loading..."), and at the end a heading ("Articles You May Like") followed by a run
of short link-like lines. The detector is purely line-based (no model needed): it
classifies each line by its shape (word count, final punctuation, digits) and stores
the furniture zones as ``(start_char, end_char)`` pairs in ``doc._.arms_boilerplate``.
Photo credits are furniture too: capitalised names joined by slashes, either a line of
their own ("Islamic Revolutionary Guard Corps/Sepahnews/AP") or in parentheses at the end
of a caption ("(AP Photo/Vahid Salemi)"), and a caption label with its credit, on a line of its own or in
parentheses ("Photo: Reuters/John Smith", "(File photo: AFP via Getty Images)", "Source: SIPRI"), and the
staff credits of a wire story ("(Reporting by ...; Editing by ...)", a "By Jane Roe" byline line), also in a
one-line text.
Headings in the middle of an article are never marked: only the lead before the first
prose line and the tail after the last one are examined.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..docindex import index_of
from ..extensions import register_extensions
from ..normalize.lines import TRAILING, Line, split_lines

_SEPARATORS = re.compile(r"\s[|»›•·]\s")
_NAME = r"[A-Z][\w.'&’-]*(?: [A-Z][\w.'&’-]*)*"
_CREDIT = rf"{_NAME}(?:\s?/\s?{_NAME})+"
_CREDIT_LINE = re.compile(rf"^{_CREDIT}$")
_CREDIT_PARENS = re.compile(rf"\({_CREDIT}\)")
#: A caption label before a credit: "Photo:", "File photo:", "Image credit:", "Photo by", "Credit:", "Source:".
_PICTURE = r"(?:[Ff]ile )?(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Vv]ideo)(?: [Cc]redit)?"
_LABEL = rf"(?:{_PICTURE}\s?(?::|by)|[Cc]redit:|[Ss]ource:)"
_LABELLED = rf"{_LABEL}\s?{_NAME}(?:\s?/\s?{_NAME})*(?: via {_NAME})?"
_LABELLED_LINE = re.compile(rf"^{_LABELLED}\.?$")
_LABELLED_PARENS = re.compile(rf"\({_LABELLED}\)")
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)|\ball rights reserved\b", re.IGNORECASE)
#: A wire story's staff credit: "(Reporting by Jane Roe in Kyiv; Editing by John Doe)", "Writing by ...".
_STAFF = r"(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ww]ritten)(?: and [a-z]+)? by"
_STAFF_LINE = re.compile(rf"^\(?{_STAFF} [^()\n]{{1,300}}$")
_STAFF_PARENS = re.compile(rf"\({_STAFF} [^()\n]{{1,300}}\)")
#: A byline on a line of its own: "By Jane Roe", "By Jane Roe and John Doe, Reuters".
_BYLINE = re.compile(rf"^By {_NAME}(?:(?:,| and) {_NAME})*\.?$")


def is_nav_line(line: Line, max_words: int) -> bool:
    """A navigation/label line: a few words, no figures, no sentence punctuation ("Trending", "More News")."""
    if line.sentence_end or line.has_digit:
        return False
    if _SEPARATORS.search(line.text):
        return True
    return 0 < line.words <= max_words or (line.words == 0 and len(line.text) <= 3)


def is_prose_line(line: Line, min_words: int) -> bool:
    """An article paragraph: long enough to be running text."""
    return line.words >= min_words


def is_heading_line(line: Line, max_words: int) -> bool:
    """A short heading without sentence punctuation ("Articles You May Like", "Leave a Reply")."""
    return 0 < line.words <= max_words and not line.sentence_end


def is_link_line(line: Line, min_prose_words: int) -> bool:
    """A link title: shorter than prose, not ending with a full stop (headline-style)."""
    if line.words == 0 or line.words >= min_prose_words:
        return False
    return not line.text.rstrip(TRAILING).endswith(".") or line.text.endswith(("...", "…"))


def lead_zones(lines: list[Line], max_nav_words: int, min_prose_words: int) -> list[tuple[int, int]]:
    """Navigation lines before the first prose line (the article body)."""
    first_prose = next((i for i, line in enumerate(lines) if is_prose_line(line, min_prose_words)), None)
    if first_prose is None:
        return []
    return [(line.start, line.end) for line in lines[:first_prose] if is_nav_line(line, max_nav_words)]


def tail_zone(
    lines: list[Line], max_heading_words: int, min_prose_words: int, max_nav_words: int
) -> tuple[int, int] | None:
    """The furniture after the article: from the first heading after the last prose line to the end.

    The heading is accepted when nothing follows it, when only navigation lines follow,
    or when at least two link-like lines follow and few of the following lines read
    like sentences (so a closing "Conclusion" heading with its paragraph is kept).
    """
    last_prose = max((i for i, line in enumerate(lines) if is_prose_line(line, min_prose_words)), default=None)
    if last_prose is None:
        return None
    for index in range(last_prose + 1, len(lines)):
        heading = lines[index]
        if not is_heading_line(heading, max_heading_words):
            continue
        after = lines[index + 1 :]
        if all(is_nav_line(line, max_nav_words) for line in after):
            return (heading.start, lines[-1].end)
        links = sum(1 for line in after if is_link_line(line, min_prose_words))
        sentences = len(after) - links
        if links >= 2 and sentences <= max(1, len(after) // 4):
            return (heading.start, lines[-1].end)
    return None


def credit_zones(lines: list[Line]) -> list[tuple[int, int]]:
    """Photo credits (a line of slash-joined names, or such names in parentheses) and copyright lines."""
    zones: list[tuple[int, int]] = []
    for line in lines:
        if any(p.match(line.text) for p in (_CREDIT_LINE, _LABELLED_LINE, _STAFF_LINE, _BYLINE)):
            zones.append((line.start, line.end))
            continue
        if _COPYRIGHT.search(line.text) and line.words <= 20:
            zones.append((line.start, line.end))
            continue
        for pattern in (_CREDIT_PARENS, _LABELLED_PARENS, _STAFF_PARENS):
            for match in pattern.finditer(line.text):
                zones.append((line.start + match.start(), line.start + match.end()))
    return zones


def find_boilerplate(
    text: str,
    max_nav_words: int = 3,
    max_heading_words: int = 8,
    min_prose_words: int = 20,
    lines: list[Line] | None = None,
) -> list[tuple[int, int]]:
    """Character spans of page furniture in ``text``, sorted and merged (``lines``: its ``split_lines``,
    when the caller has them already)."""
    lines = split_lines(text) if lines is None else lines
    zones = credit_zones(lines)
    if len(lines) < 2:  # a single line has no lead or tail, only credits
        return zones
    zones += lead_zones(lines, max_nav_words, min_prose_words)
    tail = tail_zone(lines, max_heading_words, min_prose_words, max_nav_words)
    if tail is not None:
        zones.append(tail)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(zones):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


class BoilerplateDetector:
    """Store the page-furniture zones of a doc in ``doc._.arms_boilerplate``."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        max_nav_words: int = 3,
        max_heading_words: int = 8,
        min_prose_words: int = 20,
    ) -> None:
        self.name = name
        self.max_nav_words = max_nav_words
        self.max_heading_words = max_heading_words
        self.min_prose_words = min_prose_words
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        index = index_of(doc)
        doc._.arms_boilerplate = find_boilerplate(
            index.text, self.max_nav_words, self.max_heading_words, self.min_prose_words, index.lines
        )
        return doc
