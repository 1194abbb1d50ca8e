"""Tests for arms_boilerplate: navigation lines and trailing link lists are page furniture."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from arms_nlp.components.boilerplate import find_boilerplate, split_lines
from arms_nlp.extensions import boilerplate_zones, in_boilerplate

PARAGRAPH = (
    "Iran has supplied hundreds of drones to Russia since last summer, according to officials in "
    "Washington and Kyiv who spoke on condition of anonymity about the shipments."
)
SECOND = (
    "The deliveries continued through the winter, the officials said, and included spare parts and "
    "training for the crews that operate the aircraft near the front line."
)


def marked(text: str) -> list[str]:
    """The furniture zones of ``text`` as strings."""
    return [text[start:end] for start, end in find_boilerplate(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"Trending\n\nIran Ships Drones To Russia\n\n{PARAGRAPH}\n\n{SECOND}\n\nBACK TO HOMEPAGE",
            ["Trending", "BACK TO HOMEPAGE"],
        ),
        (f"top of page\n\n{PARAGRAPH}\n\n{SECOND}\n\nbottom of page", ["top of page", "bottom of page"]),
        (f"{PARAGRAPH}\n{SECOND}\nNow loading...", ["Now loading..."]),
        (f"World | Politics | Defense\n{PARAGRAPH}\n{SECOND}", ["World | Politics | Defense"]),
        (f"Headline About Drone Deliveries\n\nUS\n\n{PARAGRAPH}\n\n{SECOND}", ["US"]),
        (f"{PARAGRAPH}\n\n{SECOND}\n\nMore News", ["More News"]),
    ],
)
def test_boilerplate_nav_lines(text: str, expected: list[str]) -> None:
    assert marked(text) == expected


TAIL = (
    "Products You May Like\n\nArticles You May Like\n\n"
    "Senate Passes Budget Bill After Long Debate\n"
    "Column: The mayor's plan is not working\n"
    "Can the rookie quarterback find success in Seattle?\n"
    "Local Team Wins Title In Overtime\n\n"
    "Leave a Reply\n\nYour email address will not be published. Required fields are marked *"
)


@pytest.mark.parametrize(
    ("text", "tail_start"),
    [
        (f"{PARAGRAPH}\n\n{SECOND}\n\n{TAIL}", "Products You May Like"),
        (
            f"{PARAGRAPH}\n\nThis is a developing story.\n\nRelated Stories\nOne Link Title Here\nAnother Link Title Here",
            "Related Stories",
        ),
    ],
)
def test_boilerplate_trailing_link_list(text: str, tail_start: str) -> None:
    zones = find_boilerplate(text)
    assert zones, "no furniture found"
    start, end = zones[-1]
    assert text[start:].startswith(tail_start)
    assert end == len(text.rstrip())
    assert "This is a developing story." not in text[start:end]


@pytest.mark.parametrize(
    "text",
    [
        f"{PARAGRAPH}\n\nConclusion\n\n{SECOND}",  # a closing heading with its paragraph is content
        f"{PARAGRAPH}\n\nConclusion\n\nThe deliveries will continue.",
        f"Iran Ships Drones To Russia\n\n{PARAGRAPH}\n\nReactions From Kyiv\n\n{SECOND}",  # mid-article heading
        f"Thursday, 01/04/2024\n\n{PARAGRAPH}",  # a dateline is not navigation
        "Iran supplies drones to Russia",  # a single line is never furniture
        "Short line\nAnother short line",  # no prose at all: nothing to protect, nothing marked
        "",
    ],
)
def test_boilerplate_keeps_content(text: str) -> None:
    assert marked(text) == []


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Islamic Revolutionary Guard Corps/Sepahnews/AP", "Islamic Revolutionary Guard Corps/Sepahnews/AP"),
        ("Raisi speaks at a ceremony in Tehran. (AP Photo/Vahid Salemi)", "(AP Photo/Vahid Salemi)"),
        ("Getty Images / AFP", "Getty Images / AFP"),
        (
            "Copyright 2023 The Associated Press. All rights reserved.",
            "Copyright 2023 The Associated Press. All rights reserved.",
        ),
        ("© 2024 Example Media Group", "© 2024 Example Media Group"),
        ("Photo: Reuters/John Smith", "Photo: Reuters/John Smith"),
        ("Photo by Jane Doe/AP", "Photo by Jane Doe/AP"),
        ("The jets arrived on Monday (File photo: AFP via Getty Images).", "(File photo: AFP via Getty Images)"),
        ("Source: SIPRI", "Source: SIPRI"),
        ("Source: the ministry said the jets had arrived on Monday.", None),
        ("Photo: the jets landed at the base on Monday.", None),
        ("Missiles were seen in Iran (file photo).", None),
        ("The ratio of 3/4 was cited in the report.", None),
        ("Russia and/or Iran may deny it.", None),
    ],
)
def test_boilerplate_photo_credits(line: str, credit: str | None) -> None:
    text = f"{PARAGRAPH}\n\n{line}\n\n{SECOND}"
    assert marked(text) == ([credit] if credit else [])


@pytest.mark.parametrize(
    ("text", "words", "sentence_end"),
    [
        ("Now loading...", 2, False),
        ("Leave a Reply", 3, False),
        ("The talks ended.", 3, True),
        ("“It is over,” he said.", 5, True),
    ],
)
def test_boilerplate_line_shape(text: str, words: int, sentence_end: bool) -> None:
    (line,) = split_lines(f"\n  {text}  \n")
    assert (line.text, line.words, line.sentence_end) == (text, words, sentence_end)
    assert line.start == 3


@pytest.mark.parametrize(
    ("probe", "inside"),
    [("Trending", True), ("More News", True), ("hundreds of drones", False)],
)
def test_boilerplate_component_on_blank(blank: Language, probe: str, inside: bool) -> None:
    nlp = Language(blank.vocab)
    nlp.add_pipe("arms_boilerplate")
    text = f"Trending\n\n{PARAGRAPH}\n\n{SECOND}\n\nMore News"
    doc = nlp(text)
    start = text.index(probe)
    assert in_boilerplate(doc, start, start + len(probe)) is inside
    assert all(text[s:e].strip() == text[s:e] for s, e in boilerplate_zones(doc))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .?!\n\t|…\"'1")) | st.characters(), max_size=300))
def test_boilerplate_zones_are_valid_spans(text: str) -> None:
    zones = find_boilerplate(text)
    for start, end in zones:
        assert 0 <= start < end <= len(text)
    assert zones == sorted(zones)
    assert all(a[1] < b[0] for a, b in zip(zones, zones[1:]))
