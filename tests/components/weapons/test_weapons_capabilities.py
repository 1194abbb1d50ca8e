"""A state's capability written as a singular class is no weapon record (issue 13): "Argentina's air defense
system", "its air defense system", "a common air defense system"; plurals, new purchases and named systems stay."""

from __future__ import annotations

import pytest
from spacy.language import Language

from arms_nlp.extensions import get_records


def _found(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(w.text, w.name) for w in get_records(nlp(text), "arms_weapons")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The F-16s will form the backbone of Chile's air defense system.", [("F-16s", "F-16")]),
        ("The two nations will join a common air defense system led by Berlin.", []),
        ("Warsaw wants to expand its air defense system before winter.", []),
        ("Japan is building an integrated air and missile defense system.", []),
        # negatives: plurals, a system bought, and a named system are weapons
        ("Berlin sent its air defense systems to Poland.", [("air defense systems", "air defense system")]),
        ("The army bought a new air defense system from Korea.", [("air defense system", "air defense system")]),
        (
            "Israel's Iron Dome air defense system intercepted the rockets.",
            [("Iron Dome air defense system", "Iron Dome"), ("rockets", "rocket")],
        ),
    ],
)
def test_weapons_capability_is_no_weapon(news_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(news_nlp, text) == expected
