"""A definite noun of goods that no weapon lexicon holds stands for the nearest earlier weapon of a category it can
name (``components/transfers``): "procure the vessels" after corvettes, "offered these materials" after howitzers.
Negatives: no determiner ("sent ships"), no earlier weapon of a fitting category, and people ("the fighters of
the group" as the receiving side). Sentences written for this suite.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_transfers_lists import Key, check_keys

from arms_nlp.kb.transfers import transfer_lexicon

GOODS_NAMED_AGAIN = [
    (
        "Turkey has launched four Ada corvettes. In May, Pakistan signed a letter of intent to procure the vessels "
        "from Turkey.",
        [("Turkey", "Pakistan", "Ada")],
        [],
    ),
    (
        "Spain is building two Avante frigates. Later that year, Spain agreed to sell the ships to Peru.",
        [("Spain", "Peru", "frigate")],
        [],
    ),
    (
        "The army showed its new M109 howitzers. Italy has offered these materials to Argentina.",
        [("Italy", "Argentina", "M109")],
        [],
    ),
    # negatives: no determiner, a noun of goods with no earlier weapon of its category, a class of people
    ("Spain is building two Avante frigates. Turkey also sent ships to Libya.", [], [("Turkey", "Libya", "")]),
    (
        "The army showed its new M109 howitzers. Italy has sold the vessels to Argentina.",
        [],
        [("Italy", "Argentina", "")],
    ),
    (
        "Chile flew its F-16 jets at the parade. The fighters of the militia received rifles from Bolivia.",
        [],
        [("Bolivia", "Chile", "F-16")],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "unwanted"), GOODS_NAMED_AGAIN)
def test_transfers_goods_named_again(nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]) -> None:
    check_keys(nlp, text, wanted, unwanted)


def test_transfers_goods_named_again_lexicon_holds_categories() -> None:
    """Every noun of goods names at least one weapon category (the schema checks each is a category)."""
    goods = transfer_lexicon().anaphoric_goods
    assert goods and all(goods.values())
