"""``components/line_breaks.py``: sentence starts at line breaks between separate lines, set before the parser.
Texts written for this suite; each row gives the sentences the full pipeline must read."""

from __future__ import annotations

import pytest
from spacy.language import Language

LINES = [
    # a title-case headline, then the first body line
    (
        "Norway Orders Ten Patrol Boats\nThe navy will receive the boats from Finland.",
        [
            "Norway Orders Ten Patrol Boats",
            "The navy will receive the boats from Finland.",
        ],
    ),
    # a dateline line and a byline
    (
        "OSLO, Norway\nBy Kari Hansen\nThe navy will receive ten boats.",
        ["OSLO, Norway", "By Kari Hansen", "The navy will receive ten boats."],
    ),
    # bullet lines each start a sentence; the first one completes the line ending in a colon
    (
        "The order includes:\n- ten patrol boats\n- four radars\n- spare engines",
        ["The order includes:\n- ten patrol boats", "- four radars", "- spare engines"],
    ),
    # a blank line ends a paragraph even without a full stop
    (
        "Norway orders patrol boats\n\nThe navy will receive them next year.",
        ["Norway orders patrol boats", "The navy will receive them next year."],
    ),
    # negatives: hard line breaks inside a sentence that merely wraps
    (
        "The ministry said that Finland will deliver\nNorway ten boats by the end of the year.",
        ["The ministry said that Finland will deliver\nNorway ten boats by the end of the year."],
    ),
    (
        "Officials in Oslo said Finnish yards\nPatria and Uudenkaupungin will build the boats.",
        ["Officials in Oslo said Finnish yards\nPatria and Uudenkaupungin will build the boats."],
    ),
    (
        "The boats, ordered by the Royal Norwegian Navy for\nCoast Guard duties, arrive in May.",
        ["The boats, ordered by the Royal Norwegian Navy for\nCoast Guard duties, arrive in May."],
    ),
]


@pytest.mark.parametrize(("text", "sentences"), LINES)
def test_line_breaks_sentences(nlp: Language, text: str, sentences: list[str]) -> None:
    assert [s.text.strip() for s in nlp(text).sents] == sentences


def test_line_breaks_runs_before_the_parser(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index("arms_line_breaks") < names.index("parser")


@pytest.mark.parametrize("text", ["", "\n", "\n\n\n", "- ", "Title\n", "\nTitle", "a\n\n-"])
def test_line_breaks_never_raises(nlp: Language, text: str) -> None:
    assert nlp(text).text == text


def test_line_breaks_after_the_parser_leaves_the_parse() -> None:
    """Added after a parser, the component changes nothing (spaCy refuses sentence starts on a parsed Doc)."""
    import arms_nlp
    from arms_nlp.factories import PIPELINE

    parsed = arms_nlp.load(exclude=PIPELINE)  # the bare model
    text = "Norway Orders Ten Patrol Boats\nThe navy will receive the boats from Finland."
    expected = [s.text for s in parsed(text).sents]
    parsed.add_pipe("arms_line_breaks")
    assert parsed.pipe_names[-1] == "arms_line_breaks"
    assert [s.text for s in parsed(text).sents] == expected
