"""arms_dates: find the article's date and resolve every date mention against it.

The article date (``doc._.arms_published``) is, in order: the date the caller gave
(``published_from="given"``, never overwritten); a dateline, i.e. a header line in the first
lines that holds a full date and only page furniture besides ("Thursday, 01/04/2024",
"Published: 3 January 2024", "Updated: Feb. 3, 2024 at 9:41 a.m. ET", "By Jane Doe | Jan 3,
2024", "February 20, 2024 / 10:41 AM EST / CBS News", "2024-02-21T10:00:00Z"), or the full date
of a news dateline opening a line ("KYIV, March 14, 2025 — Ukraine received ...") -> ``"dateline"``;
else the latest full date (day, month and year) written in the text -> ``"latest_date"`` (off
with ``infer_published=False``). A photo caption's date is not a dateline, only a candidate for
the latest date; a dateline without its year ("WASHINGTON, March 3 (Reuters) -") cannot date
the article.

Mentions come from the patterns of :mod:`arms_nlp.normalize.dates` (which work on a blank
pipeline) and, when the pipeline has NER, from ``DATE`` entities the patterns missed that name a
month and write a number ("24-Feb-2022", "2022 Feb 24"): only those are read by dateparser
(imported lazily, so a text without such a span never loads it); durations and vague spans
("several months", "the coming months", "the past decade") are not dates.

Resolution: against a given or dateline date, mentions without a year are placed in the past
unless their clause looks ahead ("scheduled for late February", "would arrive in March": the
``future_cues`` of ``data/dates.yaml``). The latest full date anchors the
same way when written with its weekday ("Wednesday, Jan. 3, 2024" is the story's present);
otherwise it is only a lower bound on the article date, so mentions without a year are placed
on or after it and weekdays stay unresolved. With no full date at all, the latest month written with its year
("early January 2024") serves as that lower bound; with nothing, mentions without a written
year keep ``value=None``. Story-relative mentions ("the following day", "a year earlier") are
resolved last, from the closest date mention within ``ANAPHOR_WINDOW`` characters before them.
Mentions in page furniture are skipped. Nothing here catches broad exceptions: inputs are
validated (a caller's date that is not a usable ``date`` is ignored) and only the dateparser call
is guarded, for the errors it raises on impossible dates.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..docindex import index_of
from ..extensions import in_boilerplate, register_extensions, set_records
from ..kb.dates import date_words
from ..normalize.datelines import dateline_holds
from ..normalize.dates import (
    DateExpr,
    expr_date,
    is_duration,
    resolve_anaphor,
    resolve_date,
    scan_dates,
    value_start,
)
from ..records import DateGrain, DateRef

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

#: How many non-empty lines at the top of a text may hold its dateline.
DATELINE_LINES = 6
#: How many tokens before a mention are searched for a future cue ("scheduled for").
FUTURE_WINDOW = 6

#: How far back (characters) a story-relative mention ("the following day") looks for its date.
ANAPHOR_WINDOW = 300
#: Longest NER span handed to dateparser.
MAX_PARSED_CHARS = 60
#: Article dates outside these years cannot anchor (date arithmetic would overflow).
ANCHOR_YEARS = range(2, 9999)

_WRITTEN_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def _named_month(text: str) -> int | None:
    """The month a text names in any spelling ("jan", "SEPT."), or None."""
    words = date_words()
    return next((m for m in map(words.month_number, re.findall(r"[A-Za-z]+", text)) if m), None)


# ---------------------------------------------------------------- candidates


def _ner_candidates(doc: Doc, found: list[DateExpr], use_ner: bool) -> tuple[list[DateExpr], list[Span]]:
    """Keep weak pattern years that NER calls dates; return the DATE entities no pattern covered."""
    has_ner = use_ner and doc.has_annotation("ENT_IOB")
    # each entity with its character bounds, which a Span works out again on every read
    dates = [(ent, ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "DATE"] if has_ner else []
    kept: list[DateExpr] = []
    for expr in found:
        if not expr.weak or any(start <= expr.start and expr.end <= end for _, start, end in dates):
            kept.append(expr)
    leftovers = [
        ent
        for ent, start, end in dates
        if all(end <= e.start or e.end <= start for e in found)
        and not is_duration(ent.text)
        and _named_month(ent.text) is not None
    ]
    return kept, leftovers


@lru_cache(maxsize=8)
def _date_parser(base: dt.datetime, future: bool) -> DateDataParser:
    """A dateparser reader for one anchor (construction is costly; an article reuses it)."""
    from dateparser.date import DateDataParser  # slow to import: only when a span needs it

    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "future" if future else "past",
        "RETURN_TIME_AS_PERIOD": True,
    }
    return DateDataParser(languages=["en"], settings=settings)


def dateparser_value(text: str, anchor: dt.date | None, future: bool) -> tuple[str, DateGrain] | None:
    """(value, grain) that dateparser reads from an odd date form the patterns miss, or None.

    Only spans naming a month and writing a number ("24-Feb-2022", "2022 Feb 24", "february
    24") are read: a bare month the patterns rejected ("August officials") stays rejected. The
    result is kept only when it agrees with the text: the month it names and the year it writes
    (without an anchor, a year must be written, so nothing comes from today's date).
    """
    month = _named_month(text)
    written = _WRITTEN_YEAR.search(text)
    if month is None or len(text) > MAX_PARSED_CHARS or not any(c.isdigit() for c in text):
        return None
    if anchor is None and written is None:
        return None
    base = dt.datetime.combine(anchor or dt.date(2000, 1, 1), dt.time())
    try:
        data = _date_parser(base, future).get_date_data(text)
    except (ValueError, OverflowError):  # impossible dates ("31 Feb 2024"), years out of range
        return None
    found, period = data.date_obj, data.period
    if found is None or period not in ("month", "day") or found.month != month:
        return None
    if written is not None and found.year != int(written.group(1)):
        return None
    if written is None and anchor is not None and abs(found.year - anchor.year) > 1:
        return None  # a year dateparser read from something else ("Dec 9999")
    if period == "month":
        return f"{found.year:04d}-{found.month:02d}", "month"
    return found.date().isoformat(), "day"


# ---------------------------------------------------------------- the article date


_TIME = re.compile(
    r"\b(?:[Aa]t\s+)?\d{1,2}(?:[:.]\d\d){1,2}\s*(?:[AaPp]\.?[Mm]\b\.?)?"
    r"(?:\s*\(?(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|EES?T|MSK|IRST|IST|JST|AES?T|AEDT)(?:[+-]\d{1,2})?\)?\b)?"
)
_SEPARATOR = re.compile(r"\s*[|/·•]\s*|\s+[—–-]\s+")
_BYLINE = re.compile(r"[Bb]y\s+[\w.'’-]+(?:\s+[\w.'’-]+){0,4}")


def _line_is_dateline(line: str, expr: DateExpr, offset: int) -> bool:
    """True when a header line holds the date and only page furniture besides.

    Accepted: "Published: 3 January 2024, 10:30 GMT", "Updated: Feb. 3, 2024 at 9:41 a.m. ET",
    "By Jane Doe | Jan 3, 2024", "February 20, 2024 / 10:41 AM EST / CBS News"; a sentence
    ("On October 7, 2023, Hamas attacked Israel.") is not a header line. Between separators
    (| / · •, a spaced dash) a short capitalised name (the outlet) is furniture too.
    """
    rest = _TIME.sub(" ", line[: expr.start - offset] + " | " + line[expr.end - offset :])
    for prefix in sorted(date_words().dateline_prefixes, key=len, reverse=True):
        rest = re.sub(rf"(?i)\b{re.escape(prefix)}\b", " ", rest)
    segments = [re.sub(r"^[\W_]+|[\W_]+$", "", part) for part in _SEPARATOR.split(rest)]
    segments = [part for part in segments if part]
    separated = _SEPARATOR.search(line[: expr.start - offset] + " " + line[expr.end - offset :]) is not None
    for part in segments:
        if _BYLINE.fullmatch(part) and re.search(r"\w[.!?]\s", part) is None:
            continue
        words = part.split()
        if separated and len(words) <= 4 and all(w[:1].isupper() for w in words):
            continue
        return False
    return True


def find_dateline(text: str, found: list[DateExpr]) -> DateExpr | None:
    """The header date in the first lines: a line that is just a full date (with a prefix, time or
    byline), or the full date of a news dateline opening a line ("KYIV, March 14, 2025 — ...")."""
    lines: list[tuple[int, str]] = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            lines.append((match.start(), match.group()))
        if len(lines) >= DATELINE_LINES:
            break
    if not lines:
        return None
    limit = lines[-1][0] + len(lines[-1][1])
    header = [e for e in found if e.end <= limit and e.full]
    for expr in header:
        for offset, line in lines:
            inside = offset <= expr.start and expr.end <= offset + len(line)
            if inside and (_line_is_dateline(line, expr, offset) or _opens_line(line, expr, offset)):
                return expr
    return None


def _opens_line(line: str, expr: DateExpr, offset: int) -> bool:
    """True when the date is in a news dateline opening the line ("KYIV, March 14, 2025 — ...")."""
    return dateline_holds(line, expr.start - offset, expr.end - offset)


def _future_cue(doc: Doc, expr: DateExpr) -> bool:
    """True when the words just before the mention, in its clause, look ahead ("will", "scheduled")."""
    cues = date_words().future_cues
    span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
    if span is None:
        return False
    for token in reversed(doc[max(0, span.start - FUTURE_WINDOW) : span.start]):
        if token.text in {".", ";", "!", "?", ",", "\n", "“", "”", '"'} or token.is_sent_end:
            return False
        if token.lower_ in cues:
            return True
    return False


def _given_date(doc: Doc) -> dt.date | None:
    """The caller's article date as a ``date`` usable as an anchor (a datetime is cut to its day), else None."""
    given = doc._.arms_published
    if isinstance(given, dt.datetime):
        given = given.date()
    if not isinstance(given, dt.date) or given.year not in ANCHOR_YEARS:
        return None
    return given


def _anchor(doc: Doc, text: str, found: list[DateExpr], infer_published: bool) -> tuple[dt.date | None, bool]:
    """Set ``doc._.arms_published`` when not given; return (resolution anchor, is it a lower bound).

    The latest full date is the story's present when written with its weekday ("Wednesday,
    Jan. 3, 2024": how captions and ledes date the news), so it anchors exactly; a bare full
    date ("on October 7, 2023") only bounds the article date from below.
    """
    given = _given_date(doc)
    if given is not None:
        doc._.arms_published = given
        if doc._.arms_published_from is None:
            doc._.arms_published_from = "given"
        return given, doc._.arms_published_from == "latest_date"
    dateline = find_dateline(text, found)
    if dateline is not None:
        doc._.arms_published = expr_date(dateline)
        doc._.arms_published_from = "dateline"
        return doc._.arms_published, False
    full = [(d, e) for e in found if (d := expr_date(e)) is not None]
    if full:
        latest = max(d for d, _ in full)
        if infer_published:
            doc._.arms_published = latest
            doc._.arms_published_from = "latest_date"
        news_peg = any(d == latest and e.weekday is not None for d, e in full)
        return latest, not news_peg
    months = [dt.date(e.year, e.month, 1) for e in found if e.year is not None and e.month is not None]
    return (max(months), True) if months else (None, False)


# ---------------------------------------------------------------- the component


def _antecedent(expr: DateExpr, values: dict[int, tuple[int, str | None]]) -> tuple[bool, str | None]:
    """(found, value) of the closest date mention ending before ``expr`` within ``ANAPHOR_WINDOW``."""
    before = [(end, value) for start, (end, value) in values.items() if end <= expr.start]
    if not before:
        return False, None
    end, value = max(before, key=lambda item: item[0])
    return (True, value) if expr.start - end <= ANAPHOR_WINDOW else (False, None)


def resolve_doc(doc: Doc, use_ner: bool = True, infer_published: bool = True) -> list[DateRef]:
    """Every date mention of ``doc`` resolved against the article date (which this also sets).

    With ``infer_published`` off, ``doc._.arms_published`` is set only from a dateline (the
    latest full date still anchors the mentions). Story-relative mentions ("the following
    day") are resolved last, in text order, from the closest date before them.
    """
    if not Doc.has_extension("arms_dates"):
        register_extensions()
    text = index_of(doc).text
    found = [e for e in scan_dates(text) if not in_boilerplate(doc, e.start, e.end)]
    found, leftovers = _ner_candidates(doc, found, use_ner)
    anchor, floor = _anchor(doc, text, found, infer_published)
    spans = _mention_spans(doc, found)
    exprs = [e for e in found if e.start in spans]
    values, latest = _resolve_stated(doc, exprs, anchor, floor)
    _resolve_anaphors(doc, exprs, values, anchor, floor, latest)
    records = [_record(spans[e.start], values[e.start][1], e.grain) for e in exprs]
    return records + _leftover_records(doc, leftovers, None if floor else anchor)


def _mention_spans(doc: Doc, found: list[DateExpr]) -> dict[int, Span]:
    """The token span of each expression (by its start), skipping one over tokens an earlier one holds."""
    spans: dict[int, Span] = {}
    taken: set[int] = set()  # token indices already in a mention
    for expr in found:
        span = doc.char_span(expr.start, expr.end) or doc.char_span(expr.start, expr.end, alignment_mode="expand")
        if span is not None and taken.isdisjoint(range(span.start, span.end)):
            spans[expr.start] = span
            taken.update(range(span.start, span.end))
    return spans


def _resolve_stated(
    doc: Doc, exprs: list[DateExpr], anchor: dt.date | None, floor: bool
) -> tuple[dict[int, tuple[int, str | None]], dt.date | None]:
    """Values of the expressions that are no anaphors, by start (start -> (end, value)), and the latest
    date placed: against a lower bound, relative years count from the latest date on or after it."""
    values: dict[int, tuple[int, str | None]] = {}
    placed: list[dt.date] = [anchor] if anchor else []
    for expr in exprs:
        if expr.anaphor or (floor and expr.rel_unit == "year"):
            continue
        value = resolve_date(expr, anchor, floor=floor, future=_future_cue(doc, expr))
        if value and not expr.explicit:
            placed.append(value_start(value))
        values[expr.start] = (expr.end, value)
    latest = max(placed, default=None)
    for expr in exprs:
        if floor and expr.rel_unit == "year" and not expr.anaphor:
            values[expr.start] = (expr.end, resolve_date(expr, latest))
    return values, latest


def _resolve_anaphors(
    doc: Doc,
    exprs: list[DateExpr],
    values: dict[int, tuple[int, str | None]],
    anchor: dt.date | None,
    floor: bool,
    latest: dt.date | None,
) -> None:
    """Add the values of the story-relative expressions to ``values``, in text order, each from the closest
    date before it (or, deictic, from the article's own date)."""
    for expr in exprs:
        if expr.anaphor:
            found_before, value = _antecedent(expr, values)
            looks_ahead = expr.deictic and anchor is not None and _future_cue(doc, expr)
            if found_before and not looks_ahead:
                value = resolve_anaphor(expr, value)
            elif expr.deictic and floor:  # the article's year is at least the latest date's
                value = resolve_date(expr, latest) if expr.rel_unit == "year" else None
            elif expr.deictic:  # "by the end of the year": the article's own year
                value = resolve_date(expr, anchor)
            else:
                value = None
            values[expr.start] = (expr.end, value)


def _leftover_records(doc: Doc, leftovers: list[Span], anchor: dt.date | None) -> list[DateRef]:
    """Records of the NER's DATE entities no pattern read, by dateparser against ``anchor``."""
    records: list[DateRef] = []
    for ent in leftovers:
        if in_boilerplate(doc, ent.start_char, ent.end_char):
            continue
        read = dateparser_value(ent.text, anchor, False)
        if read is not None:
            records.append(_record(ent, read[0], read[1]))
    return records


def _record(span: Span, value: str | None, grain: DateGrain) -> DateRef:
    return DateRef(text=span.text, start=span.start_char, end=span.end_char, value=value, grain=grain)


class DateResolver:
    """Sets the article date and stores every resolved date mention in ``doc._.arms_dates``."""

    def __init__(self, nlp: Language, name: str, *, use_ner: bool = True, infer_published: bool = True) -> None:
        register_extensions()
        self.name = name
        self.use_ner = use_ner
        self.infer_published = infer_published

    def __call__(self, doc: Doc) -> Doc:
        set_records(doc, "arms_dates", resolve_doc(doc, self.use_ner, self.infer_published))
        return doc
