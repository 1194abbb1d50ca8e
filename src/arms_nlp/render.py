"""An HTML view of an extraction: the article with every field highlighted, then the tables.

:func:`render_html` gives a self-contained page (inline CSS, no script, no external file):
a legend, the article with each field's mentions marked in its own colour (a tooltip
names the record), the transfer table (supplier -> recipient, weapon, quantity, status,
source, date, evidence) and the range claims in km. ``Extraction._repr_html_`` shows the
same view in a notebook.

An :class:`Extraction` does not hold its text (it would change its equality and JSON), so
:func:`arms_nlp.extract` and :func:`arms_nlp.extract_many` remember the text of each
extraction they return in a side table that forgets it when the extraction is dropped.
"""

from __future__ import annotations

import html
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from .records import Extraction, Range, Transfer

#: Field -> (highlight background, border and legend colour), one per highlighted field.
FIELD_COLOURS: dict[str, tuple[str, str]] = {
    "weapons": ("#ffd8cc", "#d9480f"),
    "actors": ("#d0e6ff", "#1864ab"),
    "quantities": ("#d3f9d8", "#2b8a3e"),
    "ranges": ("#eadcff", "#6741d9"),
    "dates": ("#fff1b8", "#c77700"),
    "quotes": ("#f1f3f5", "#495057"),
}
STATUS_COLOURS: dict[str, str] = {
    "confirmed": "#2b8a3e",
    "reported": "#1864ab",
    "planned": "#6741d9",
    "negotiating": "#c77700",
    "denied": "#c92a2a",
}
#: Which field's mark sits outside when two cover the same characters (lower: outer).
_NESTING = {field: rank for rank, field in enumerate(["quotes", "quantities", "ranges", "actors", "dates", "weapons"])}

_texts: dict[int, str] = {}


def remember_text(extraction: Extraction, text: str) -> Extraction:
    """Keep ``text`` as the input of ``extraction`` for :func:`render_html`, while it lives."""
    key = id(extraction)
    if key not in _texts:
        weakref.finalize(extraction, _texts.pop, key, None)
    _texts[key] = text
    return extraction


def source_text(extraction: Extraction) -> str | None:
    """The text ``extraction`` was extracted from, when arms_nlp returned it (else None)."""
    return _texts.get(id(extraction))


@dataclass(frozen=True)
class Mark:
    """One highlighted stretch of the article: its offsets, the field it belongs to and its hover title."""

    start: int
    end: int
    field: str
    title: str


def _titles(extraction: Extraction) -> Iterable[Mark]:
    """One mark per mention of every highlighted field, with a tooltip naming its record."""
    for w in extraction.weapons:
        yield Mark(w.start, w.end, "weapons", f"weapon: {w.name} ({w.category})")
    for a in extraction.actors:
        for m in a.mentions or [a]:
            yield Mark(m.start, m.end, "actors", f"actor: {a.name} ({a.kind})")
    for q in extraction.quantities:
        yield Mark(
            q.start, q.end, "quantities", f"quantity: {_number(q.value, q.low, q.high)} {q.weapon or q.item or ''}"
        )
    for r in extraction.ranges:
        yield Mark(r.start, r.end, "ranges", f"range: {_km(r)} {r.weapon or ''}")
    for d in extraction.dates:
        yield Mark(d.start, d.end, "dates", f"date: {d.value or 'unresolved'}")
    for quote in extraction.quotes:
        yield Mark(quote.start, quote.end, "quotes", f"{quote.kind} quote: {quote.speaker or 'speaker unknown'}")


def _number(value: float | None, low: float | None, high: float | None) -> str:
    if value is not None:
        return f"{value:g}"
    if low is not None and high is not None:
        return f"{low:g}-{high:g}"
    if low is not None:
        return f"at least {low:g}"
    return f"up to {high:g}" if high is not None else "?"


def _km(length: Range) -> str:
    """A reach in km as read: "300–700 km", "up to 300 km", "700 km"."""
    if length.low_km is not None:
        return f"{length.low_km:,.0f}–{length.high_km:,.0f} km"
    prefix = f"{length.qualifier} " if length.qualifier else ""
    return f"{prefix}{length.high_km:,.0f} km"


def marked_text(text: str, marks: list[Mark]) -> str:
    """``text`` escaped, with nested ``<mark>`` elements; marks that cross are split."""
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    bounds = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starting: dict[int, list[Mark]] = {}
    for mark in marks:
        starting.setdefault(mark.start, []).append(mark)
    out: list[str] = []
    active: list[Mark] = []
    opened: list[Mark] = []
    for left, right in zip(bounds, bounds[1:]):
        active = [m for m in active if m.end > left] + starting.get(left, [])
        active.sort(key=lambda m: (m.start, -m.end, _NESTING[m.field]))
        keep = 0
        while keep < min(len(opened), len(active)) and opened[keep] is active[keep]:
            keep += 1
        out.extend("</mark>" for _ in opened[keep:])
        out.extend(
            f'<mark class="f-{m.field}" data-field="{m.field}" title="{html.escape(m.title.strip())}">'
            for m in active[keep:]
        )
        opened = list(active)
        out.append(html.escape(text[left:right]))
    out.extend("</mark>" for _ in opened)
    return "".join(out)


def _style() -> str:
    fields = "".join(
        f".arms-nlp mark.f-{f}{{background:{bg};border-bottom:2px solid {fg}}}"
        f".arms-nlp .swatch.f-{f}{{background:{bg};border:2px solid {fg}}}"
        for f, (bg, fg) in FIELD_COLOURS.items()
    )
    statuses = "".join(f".arms-nlp .status-{s}{{background:{c}}}" for s, c in STATUS_COLOURS.items())
    return (
        "<style>"
        ".arms-nlp{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#212529;"
        "max-width:960px;margin:0 auto;padding:16px;line-height:1.5}"
        ".arms-nlp h1{font-size:1.4em;margin:0 0 4px}.arms-nlp h2{font-size:1.15em;margin:24px 0 8px}"
        ".arms-nlp .meta{color:#495057;margin:0 0 12px}"
        ".arms-nlp .legend{display:flex;flex-wrap:wrap;gap:8px 16px;padding:8px 12px;margin:0 0 12px;"
        "border:1px solid #dee2e6;border-radius:6px;background:#fafafa;list-style:none}"
        ".arms-nlp .legend li{display:flex;align-items:center;gap:6px}"
        ".arms-nlp .swatch{display:inline-block;width:14px;height:14px;border-radius:3px}"
        ".arms-nlp .article{white-space:pre-wrap;border:1px solid #dee2e6;border-radius:6px;padding:12px 16px;"
        "font-family:Georgia,'Times New Roman',serif;font-size:15px}"
        ".arms-nlp mark{color:inherit;padding:0 1px;border-radius:2px}"
        ".arms-nlp mark.f-quotes{font-style:italic;border-bottom-style:dotted}"
        ".arms-nlp table{border-collapse:collapse;width:100%;font-size:14px}"
        ".arms-nlp th,.arms-nlp td{border:1px solid #dee2e6;padding:4px 8px;text-align:left;vertical-align:top}"
        ".arms-nlp td.parties{font-weight:600;white-space:nowrap}.arms-nlp th{background:#f1f3f5}.arms-nlp td.num{text-align:right;white-space:nowrap}"
        ".arms-nlp .status{color:#fff;border-radius:10px;padding:1px 8px;font-size:12px;white-space:nowrap}"
        ".arms-nlp .evidence{color:#495057;font-size:13px}.arms-nlp .none{color:#868e96;font-style:italic}"
        f"{fields}{statuses}</style>"
    )


def _legend(extraction: Extraction) -> str:
    items = "".join(
        f'<li data-field="{f}"><span class="swatch f-{f}"></span>{f.capitalize()} ({len(getattr(extraction, f))})</li>'
        for f in FIELD_COLOURS
    )
    return f'<ul class="legend">{items}</ul>'


def _cell(value: Any, css: str = "") -> str:
    shown = "" if value is None else html.escape(str(value))
    klass = f' class="{css}"' if css else ""
    return f"<td{klass}>{shown or '<span class=none>—</span>'}</td>"


def _transfer_row(t: Transfer) -> str:
    """One claim: the parties, what, how many, status, who says so, when, and its first evidence sentence."""
    first = t.evidence[0].text.strip() if t.evidence else t.text.strip()
    shown = html.escape(first if len(first) <= 300 else first[:297] + "...")
    more = len(t.evidence) - 1
    if more > 0:
        shown += f' <span class="none">(+{more} more sentence{"s" if more > 1 else ""})</span>'
    parties = f"{t.supplier or '?'} → {t.recipient or '?'}"
    status = f'<td><span class="status status-{t.status}">{t.status}</span></td>'
    quantity = None if t.quantity is None else f"{t.quantity:g}"
    return (
        f"<tr>{_cell(parties, 'parties')}{_cell(t.weapon)}{_cell(quantity, 'num')}{status}"
        f'{_cell(t.source)}{_cell(t.date, "num")}<td class="evidence">{shown}</td></tr>'
    )


def _transfers(extraction: Extraction) -> str:
    if not extraction.transfers:
        return '<h2>Transfers (0)</h2><p class="none">No transfer claim found.</p>'
    head = "".join(
        f"<th>{h}</th>" for h in ("supplier → recipient", "weapon", "quantity", "status", "source", "date", "evidence")
    )
    rows = "".join(_transfer_row(t) for t in extraction.transfers)
    return f'<h2>Transfers ({len(extraction.transfers)})</h2><table class="transfers"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


def _ranges(extraction: Extraction) -> str:
    claims = extraction.range_claims()
    if not claims:
        return '<h2>Range claims (0)</h2><p class="none">No weapon range found.</p>'
    rows = []
    for group in claims:
        weapons = sorted({r.weapon for r in group if r.weapon})
        written = "; ".join(f"“{r.text}”" for r in group)
        rows.append(
            f"<tr>{_cell(_km(group[0]), 'num')}{_cell(', '.join(weapons) or None)}"
            f"<td>{html.escape(written)}</td>{_cell(len(group), 'num')}</tr>"
        )
    head = "<th>reach</th><th>weapon</th><th>as written</th><th>mentions</th>"
    return f'<h2>Range claims ({len(claims)})</h2><table class="ranges"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def render_html(
    obj: Extraction | Doc, text: str | None = None, *, title: str | None = None, full_page: bool = True
) -> str:
    """A self-contained HTML view of an extraction (or of a Doc run through the arms pipeline).

    ``text`` is the input of an :class:`Extraction`; it may be left out for one returned by
    :func:`arms_nlp.extract` or :func:`arms_nlp.extract_many`, which remember it. Without a
    text the article is left out and only the tables are shown. ``full_page=False`` gives an
    HTML fragment (what a notebook shows).
    """
    if isinstance(obj, Doc):
        extraction, text = obj._.arms, obj.text if text is None else text
    elif isinstance(obj, Extraction):
        extraction, text = obj, source_text(obj) if text is None else text
    else:
        raise TypeError(f"render_html expects an Extraction or a spaCy Doc, got {type(obj).__name__}")
    if text is not None and not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    heading = html.escape(title or "arms_nlp extraction")
    published = f"{extraction.published} ({extraction.published_from})" if extraction.published else "unknown"
    article = (
        f'<h2>Article</h2><div class="article">{marked_text(text, list(_titles(extraction)))}</div>'
        if text is not None
        else '<p class="none">The article text is not known: pass text= to highlight it.</p>'
    )
    body = (
        f'<div class="arms-nlp">{_style()}<h1>{heading}</h1>'
        f'<p class="meta">Article date: {html.escape(published)}</p>'
        f"{_legend(extraction)}{article}{_transfers(extraction)}{_ranges(extraction)}</div>"
    )
    if not full_page:
        return body
    return f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{heading}</title></head><body>{body}</body></html>\n'
