"""render_html: a self-contained page whose article text is the input, marks per field, the tables."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

import arms_nlp
from arms_nlp import Extraction, extract, render_html
from arms_nlp.render import FIELD_COLOURS, Mark, marked_text, source_text

ARTICLE = Path(__file__).resolve().parent.parent / "fixtures" / "articles" / "003_71f1ee24cf0e9be2.txt"


_VOID = frozenset({"meta", "br", "hr", "img", "input", "link"})


class _Page(HTMLParser):
    """Tags with their attributes and classes, the article's text, marks and table rows."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.article: list[str] = []
        self.marks: list[tuple[str, str]] = []  # (field, text) of each mark, by element
        self._open_marks: list[list[str]] = []
        self.rows: dict[str, int] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag == "tr" and self._inside("tbody"):
            table = next(a.get("class") for t, a in reversed(self.stack) if t == "table")
            self.rows[str(table)] = self.rows.get(str(table), 0) + 1
        if tag == "mark":
            self._open_marks.append([str(attributes["data-field"]), ""])
        if tag not in _VOID:
            self.stack.append((tag, attributes))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes <{self.stack[-1][0] if self.stack else None}>"
        self.stack.pop()
        if tag == "mark":
            field, text = self._open_marks.pop()
            self.marks.append((field, text))

    def handle_data(self, data: str) -> None:
        if self._inside("div", "article"):
            self.article.append(data)
            for mark in self._open_marks:
                mark[1] += data

    def _inside(self, tag: str, css: str | None = None) -> bool:
        return any(t == tag and (css is None or a.get("class") == css) for t, a in self.stack)


def _parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page.removeprefix("<!DOCTYPE html>\n"))
    parser.close()
    return parser


@pytest.fixture(scope="module")
def article() -> tuple[str, Extraction]:
    text = ARTICLE.read_text(encoding="utf-8")
    return text, extract(text)


def test_render_page_is_self_contained_and_keeps_the_text(article: tuple[str, Extraction]) -> None:
    text, extraction = article
    page = render_html(extraction, title="Report <1>")
    parsed = _parse(page)
    assert page.startswith("<!DOCTYPE html>")
    assert "".join(parsed.article) == text
    tags = {tag for tag, _ in parsed.tags}
    assert "script" not in tags and "img" not in tags and "link" not in tags
    assert not any(a.get("src") or a.get("href") for _, a in parsed.tags)
    assert "Report &lt;1&gt;" in page


def test_render_legend_lists_every_field_with_its_count(article: tuple[str, Extraction]) -> None:
    _, extraction = article
    parsed = _parse(render_html(extraction))
    legend = [a["data-field"] for tag, a in parsed.tags if tag == "li"]
    assert legend == list(FIELD_COLOURS)
    page = render_html(extraction)
    for field in FIELD_COLOURS:
        assert f"{field.capitalize()} ({len(getattr(extraction, field))})" in page


def test_render_marks_every_record_in_its_field(article: tuple[str, Extraction]) -> None:
    _, extraction = article
    marks = _parse(render_html(extraction)).marks
    for field in ("weapons", "quantities", "ranges", "dates"):
        texts = [t for f, t in marks if f == field]
        for record in getattr(extraction, field):
            assert any(t in record.text for t in texts), (field, record.text)
    mentions = sum(len(a.mentions) for a in extraction.actors)
    assert len([f for f, _ in marks if f == "actors"]) >= mentions


def test_render_tables_have_a_row_per_transfer_and_range_claim(article: tuple[str, Extraction]) -> None:
    _, extraction = article
    assert extraction.transfers and extraction.ranges
    page = render_html(extraction)
    parsed = _parse(page)
    assert parsed.rows == {"transfers": len(extraction.transfers), "ranges": len(extraction.range_claims())}
    headers = page.split('class="transfers"', 1)[1].split("</thead>", 1)[0]
    for column in ("supplier → recipient", "weapon", "quantity", "status", "source", "evidence"):
        assert f"<th>{column}</th>" in headers
    assert "700 km" in page.split('class="ranges"', 1)[1]


def test_render_doc_and_extraction_agree(article: tuple[str, Extraction]) -> None:
    text, extraction = article
    doc = arms_nlp.api._shared_pipeline()(text)
    assert render_html(doc) == render_html(extraction, text)


def test_render_without_text_shows_only_the_tables(article: tuple[str, Extraction]) -> None:
    _, extraction = article
    copy = Extraction.model_validate_json(extraction.model_dump_json())
    assert source_text(copy) is None
    page = render_html(copy)
    assert 'class="article"' not in page and "pass text=" in page and 'class="transfers"' in page


def test_render_repr_html_is_a_fragment(article: tuple[str, Extraction]) -> None:
    _, extraction = article
    fragment = extraction._repr_html_()
    assert fragment.startswith('<div class="arms-nlp">') and "<html" not in fragment


@pytest.mark.parametrize("bad", ["a string", None, 42, {"weapons": []}])
def test_render_rejects_other_types(bad: object) -> None:
    with pytest.raises(TypeError, match="Extraction or a spaCy Doc"):
        render_html(bad)  # type: ignore[arg-type]


def test_render_escapes_markup_in_the_text() -> None:
    text = "<script>alert(1)</script> Iran sent 5 drones & more."
    page = render_html(Extraction(), text)
    assert "<script>" not in page and "&lt;script&gt;" in page and "&amp; more" in page


@pytest.mark.parametrize(
    "marks",
    [
        [(0, 10, "quotes"), (5, 15, "actors")],  # crossing
        [(0, 20, "quotes"), (2, 8, "quantities"), (4, 8, "weapons")],  # nested, shared end
        [(3, 6, "dates"), (3, 6, "actors")],  # identical
        [(0, 0, "dates"), (18, 99, "dates")],  # empty and out of range: dropped
    ],
)
def test_render_marks_nest_properly_and_keep_text(marks: list[tuple[int, int, str]]) -> None:
    text = "abcdefghijklmnopqrst"
    marked = marked_text(text, [Mark(s, e, f, f) for s, e, f in marks])
    parsed = _parse(f'<div class="article">{marked}</div>')
    assert "".join(parsed.article) == text
