"""html_to_text: visible text only, blocks on their own lines, entities decoded."""

from __future__ import annotations

import pytest

from arms_nlp.normalize.markup import html_to_text


@pytest.mark.parametrize(
    "markup,expected",
    [
        ("<p>Iran sent <b>drones</b>.</p><p>Russia\n  paid.</p>", "Iran sent drones.\n\nRussia paid."),
        ("<head><title>T</title><style>p{}</style></head><script>var a='<p>x</p>';</script><p>Body</p>", "Body"),
        ("<h1>Aid</h1>Kyiv &amp; Berlin&nbsp;agree<br>More", "Aid\n\nKyiv & Berlin agree\n\nMore"),
        ("<ul><li>one</li><li>two</li></ul>", "one\n\ntwo"),
        ("no markup at all", "no markup at all"),
        ("", ""),
        ("<p>unclosed <div>tags", "unclosed\n\ntags"),
    ],
)
def test_markup_html_to_text(markup: str, expected: str) -> None:
    assert html_to_text(markup) == expected
