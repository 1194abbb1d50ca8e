"""arms_dates: find the article's date and resolve every date mention against it.

The article date (``doc._.arms_published``) is, in order: the date the caller gave
(``published_from="given"``, never overwritten); a dateline, i.e. a header line in the first
lines that holds a full date and little else ("Thursday, 01/04/2024", "Published: 3 January 2024",
"By Jane Doe | Jan 3, 2024", "2024-01-03") -> ``"dateline"``; else the latest full date (day,
month and year) written in the text -> ``"latest_date"`` (off with ``infer_published=False``).
A photo caption's date is not a dateline, only a candidate for the latest date.

Mentions come from the patterns of :mod:`arms_nlp.normalize.dates` (which work on a blank
pipeline) and, when the pipeline has NER, from ``DATE`` entities the patterns missed; those
are read by dateparser (imported lazily, only for those few spans) and dropped when they are
durations or vague spans ("several months", "the coming months", "the past decade": not dates).

Resolution: against a given or dateline date, mentions without a year are placed in the past
unless their clause looks ahead ("scheduled for late February"). The latest full date anchors the
same way when written with its weekday ("Wednesday, Jan. 3, 2024" is the story's present);
otherwise it is only a lower bound on the article date, so mentions without a year are placed
on or after it and weekdays stay unresolved. With no full date at all, the latest month written with its year
("early January 2024") serves as that lower bound; with nothing, mentions without a written
year keep ``value=None``. Mentions in page furniture are skipped.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import in_boilerplate, register_extensions, set_records
from ..kb.dates import date_words
from ..normalize.dates import (
    DateExpr,
    expr_date,
    is_duration,
    resolve_date,
    scan_dates,
    value_start,
)
from ..records import DateGrain, DateRef

_log = logging.getLogger(__name__)

#: How many non-empty lines at the top of a text may hold its dateline.
DATELINE_LINES = 6
#: How many tokens before a mention are searched for a future cue ("scheduled for").
FUTURE_WINDOW = 6

_WRITTEN_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def _named_month(text: str) -> int | None:
    """The month a text names in any spelling ("jan", "SEPT."), or None."""
    words = date_words()
    return next((m for m in map(words.month_number, re.findall(r"[A-Za-z]+", text)) if m), None)


# ---------------------------------------------------------------- candidates


def _ner_candidates(doc: Doc, found: list[DateExpr], use_ner: bool) -> tuple[list[DateExpr], list[Span]]:
    """Keep weak pattern years that NER calls dates; return the DATE entities no pattern covered."""
    has_ner = use_ner and doc.has_annotation("ENT_IOB")
    dates = [ent for ent in doc.ents if ent.label_ == "DATE"] if has_ner else []
    kept: list[DateExpr] = []
    for expr in found:
        if not expr.weak or any(e.start_char <= expr.start and expr.end <= e.end_char for e in dates):
            kept.append(expr)
    leftovers = [
        ent
        for ent in dates
        if all(ent.end_char <= e.start or e.end <= ent.start_char for e in found)
        and not is_duration(ent.text)
        and _named_month(ent.text) is not None
    ]
    return kept, leftovers


def _dateparser_value(text: str, anchor: dt.date | None, future: bool) -> tuple[str, DateGrain] | None:
    """(value, grain) that dateparser reads from a span naming a month, or None; never defaulted to today.

    The result is kept only when it agrees with the text: the month it names and the year it
    writes (without an anchor, a year must be written, so nothing comes from defaults).
    """
    month = _named_month(text)
    written = _WRITTEN_YEAR.search(text)
    if month is None or (anchor is None and written is None):
        return None
    from dateparser.date import DateDataParser  # slow to import: only when a span needs it

    base = dt.datetime.combine(anchor or dt.date(2000, 1, 1), dt.time())
    parser = DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "future" if future else "past",
            "RETURN_TIME_AS_PERIOD": True,
        },
    )
    try:
        data = parser.get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    found, period = data.date_obj, data.period
    if found is None or period not in ("month", "day") or found.month != month:
        return None
    if written is not None and found.year != int(written.group(1)):
        return None
    if period == "month":
        return f"{found.year:04d}-{found.month:02d}", "month"
    return found.date().isoformat(), "day"


# ---------------------------------------------------------------- the article date


def _line_is_dateline(line: str, expr: DateExpr, offset: int) -> bool:
    """True when a header line holds the date and little else.

    Accepted: "Published: 3 January 2024, 10:30 GMT", "By Jane Doe | Jan 3, 2024"; a sentence
    ("On October 7, 2023, Hamas attacked Israel.") is not a header line.
    """
    rest = (line[: expr.start - offset] + " " + line[expr.end - offset :]).lower()
    rest = re.sub(r"\b\d{1,2}(?::\d{2})+\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?\b", " ", rest)
    for prefix in sorted(date_words().dateline_prefixes, key=len, reverse=True):
        rest = re.sub(rf"\b{re.escape(prefix)}\b", " ", rest)
    if re.fullmatch(r"[\W_]*", rest):
        return True
    byline = re.fullmatch(r"[\W_]*by\s+[\w.'’-]+(?:\s+[\w.'’-]+){0,4}[\W_]*", rest.strip())
    return byline is not None and re.search(r"\w[.!?](?:\s|$)", rest.rstrip(". ")) is None


def find_dateline(text: str, found: list[DateExpr]) -> DateExpr | None:
    """The header date in the first lines: a line that is just a full date (with a prefix, time or byline)."""
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
            if offset <= expr.start and expr.end <= offset + len(line) and _line_is_dateline(line, expr, offset):
                return expr
    return None


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


def _anchor(doc: Doc, found: list[DateExpr], infer_published: bool) -> tuple[dt.date | None, bool]:
    """Set ``doc._.arms_published`` when not given; return (resolution anchor, is it a lower bound).

    The latest full date is the story's present when written with its weekday ("Wednesday,
    Jan. 3, 2024": how captions and ledes date the news), so it anchors exactly; a bare full
    date ("on October 7, 2023") only bounds the article date from below.
    """
    published = doc._.arms_published
    if published is not None:
        if doc._.arms_published_from is None:
            doc._.arms_published_from = "given"
        return published, doc._.arms_published_from == "latest_date"
    dateline = find_dateline(doc.text, found)
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


def resolve_doc(doc: Doc, use_ner: bool = True, infer_published: bool = True) -> list[DateRef]:
    """Every date mention of ``doc`` resolved against the article date (which this also sets).

    With ``infer_published`` off, ``doc._.arms_published`` is set only from a dateline (the
    latest full date still anchors the mentions).
    """
    register_extensions()
    found = [e for e in scan_dates(doc.text) if not in_boilerplate(doc, e.start, e.end)]
    found, leftovers = _ner_candidates(doc, found, use_ner)
    anchor, floor = _anchor(doc, found, infer_published)
    records: list[DateRef] = []
    pending: list[tuple[Span, DateExpr]] = []
    placed: list[dt.date] = [anchor] if anchor else []
    for expr in found:
        span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
        if span is None:
            continue
        if floor and expr.rel_unit == "year":
            pending.append((span, expr))
            continue
        value = resolve_date(expr, anchor, floor=floor, future=_future_cue(doc, expr))
        if value and not expr.explicit:
            placed.append(value_start(value))
        records.append(_record(span, value, expr.grain))
    if pending:
        # Relative years against a lower bound: the article is at least as late as any date placed on it.
        latest = max(placed, default=None)
        for span, expr in pending:
            records.append(_record(span, resolve_date(expr, latest), expr.grain))
    for ent in leftovers:
        if in_boilerplate(doc, ent.start_char, ent.end_char):
            continue
        read = _dateparser_value(ent.text, None if floor else anchor, False)
        if read is not None:
            records.append(_record(ent, read[0], read[1]))
    return records


def _record(span: Span, value: str | None, grain: DateGrain) -> DateRef:
    return DateRef(text=span.text, start=span.start_char, end=span.end_char, value=value, grain=grain)


class DateResolver:
    """Sets the article date and stores every resolved date mention in ``doc._.arms_dates``."""

    def __init__(self, nlp: Language, name: str, *, use_ner: bool = True, infer_published: bool = True) -> None:
        self.name = name
        self.use_ner = use_ner
        self.infer_published = infer_published

    def __call__(self, doc: Doc) -> Doc:
        try:
            records = resolve_doc(doc, self.use_ner, self.infer_published)
        except Exception:  # a component must never break the pipeline on odd input
            _log.warning("arms_dates failed on a document; no dates stored", exc_info=True)
            records = []
        set_records(doc, "arms_dates", records)
        return doc
