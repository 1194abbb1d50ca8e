"""Tests of claim recall on whole articles: claims the sentence-level gates used to drop.

Each family is a table of short texts written for the test, positives beside negatives.
"""

from __future__ import annotations

import pytest
from claim_factory import make_claim
from spacy.language import Language
from spacy.tokens import Doc

from arms_nlp.components.transfers import Claim, fill_parties
from arms_nlp.components.transfers.links import listed_apposition
from arms_nlp.components.transfers.roles import absolute_participle, find_trigger, roles_of
from arms_nlp.kb.transfers import transfer_lexicon

Triple = tuple[str | None, str | None, str]


def triples(nlp: Language, text: str) -> set[Triple]:
    """(supplier, recipient, weapon) of each claim of the text."""
    return {(t.supplier, t.recipient, t.weapon) for t in nlp(text)._.arms_transfers}


def _claim(
    supplier: str | None, recipient: str | None, weapon: str, named: bool, origin: str | None, weak: bool = False
) -> Claim:
    """A planned purchase of aircraft, from one (supplier, recipient, weapon, named, origin[, weak]) row below."""
    return make_claim(
        supplier,
        recipient,
        weapon,
        origin,
        named=named,
        weak=weak,
        category="aircraft",
        status="planned",
        trigger="buy",
    )


PAIR = [("Russia", "Vietnam", "frigate", False, None), ("Russia", "Vietnam", "helicopter", False, None)]
OTHER = [("China", "Laos", "tank", False, None), ("China", "Laos", "rifle", False, None)]


@pytest.mark.parametrize(
    ("complete", "claim", "expected"),
    [
        (PAIR, (None, None, "Su-30", True, "Russia"), ("Russia", "Vietnam")),  # made by the pair's supplier
        (PAIR, (None, None, "Ka-52", True, None), ("Russia", "Vietnam")),  # a named system of unknown maker
        (PAIR + OTHER[:1], (None, None, "Su-30", True, "Russia"), ("Russia", "Vietnam")),  # twice any other pair
        (PAIR, (None, None, "F-16", True, "United States"), (None, None)),  # made by another state
        (PAIR, (None, None, "fighter", False, None), (None, None)),  # a class, not a named system
        (PAIR, (None, None, "Su-30", True, "Russia", True), (None, None)),  # a loose trigger ("requested")
        (PAIR[:1], (None, None, "Su-30", True, "Russia"), (None, None)),  # one complete claim sets no pair
        (PAIR + OTHER, (None, None, "Su-30", True, "Russia"), (None, None)),  # no dominant pair
    ],
)
def test_fill_parties_partyless_claim_takes_dominant_pair(
    complete: list[tuple], claim: tuple, expected: tuple[str | None, str | None]
) -> None:
    found = fill_parties([*(_claim(*c) for c in complete), _claim(*claim)])[-1]
    assert (found.supplier, found.recipient) == expected


LEDE = "Russia will deliver two frigates to Vietnam this year. Russia also sent six helicopters to Vietnam in 2020. "


@pytest.mark.parametrize(
    ("text", "wanted", "absent"),
    [
        (
            LEDE + "The contract to buy twelve Su-30 fighters was signed last year.",
            ("Russia", "Vietnam", "Su-30"),
            None,
        ),
        (LEDE + "The contract to buy twelve F-16 fighters was signed last year.", None, "F-16"),
        (LEDE + "The contract to buy new fighters was signed last year.", None, "fighter"),
        (
            "Russia will deliver two frigates to Vietnam this year. China sent six helicopters to Laos in 2020. "
            "The contract to buy twelve Su-30 fighters was signed last year.",
            None,
            "Su-30",
        ),
    ],
)
def test_transfers_partyless_claim_in_one_pair_article(
    nlp: Language, text: str, wanted: Triple | None, absent: str | None
) -> None:
    found = triples(nlp, text)
    assert ("Russia", "Vietnam", "frigate") in found  # the opening's claim: the negatives below are not vacuous
    if wanted is not None:
        assert wanted in found
    if absent is not None:
        assert all(weapon != absent for _, _, weapon in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Nigeria Customs Service said on Monday that it intercepted 300 rifles imported from Turkey.",
            {("Turkey", "Nigeria", "rifle")},
        ),
        ("The Ghana Police Service said it had seized pistols smuggled in from Togo.", {("Togo", "Ghana", "pistol")}),
        # a body whose name names no state sets no party of the frame
        (
            "Amnesty International said on Monday that customs officers intercepted 300 rifles imported from Turkey.",
            set(),
        ),
    ],
)
def test_transfers_lede_body_names_its_state(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    ("supplier", "origin", "expected"),
    [
        ("Ukraine", "Soviet Union", "Ukraine"),  # a Soviet design from an heir's stocks
        ("Belarus", "Soviet Union", "Belarus"),
        ("Russia", "Soviet Union", "Russia"),  # the successor state itself
        ("Croatia", "Yugoslavia", "Croatia"),
        ("Germany", "Soviet Union", None),  # no heir: another maker's state
        ("Ukraine", "United States", None),  # an American design from Ukraine is not a frame fill
        ("Ukraine", "Yugoslavia", None),  # an heir of another former state
    ],
)
def test_fill_parties_heir_state_may_supply_former_state_design(
    supplier: str, origin: str, expected: str | None
) -> None:
    complete = [_claim(supplier, "Kenya", "rifle", False, None), _claim(supplier, "Kenya", "ammunition", False, None)]
    found = fill_parties([*complete, _claim(None, "Kenya", "tank", True, origin)])[-1]
    assert found.supplier == expected


@pytest.mark.parametrize(
    ("text", "verb", "objects", "suppliers"),
    [
        ("Peru agreed to buy another 12 for a total price of $900 million.", "buy", ["12"], []),
        ("Chile bought the rest for $300 million.", "bought", ["rest"], []),
        ("Chile will buy ten more for 2 billion euros.", "buy", ["ten"], []),
        # a "for" phrase naming goods after an asked party still names what is wanted
        ("Chile asked Germany for Leopard tanks.", "asked", ["Germany", "tanks"], ["Germany"]),
        ("Chile asked Norway for more missiles.", "asked", ["Norway", "missiles"], ["Norway"]),
    ],
)
def test_roles_price_after_for_is_no_goods(
    nlp: Language, text: str, verb: str, objects: list[str], suppliers: list[str]
) -> None:
    lex = transfer_lexicon()
    doc = nlp(text)
    trigger = find_trigger(next(t for t in doc if t.text == verb), lex)
    assert trigger is not None
    roles = roles_of(trigger, doc[:], lex)
    assert [o.text for o in roles.objects] == objects
    assert [s.text for s in roles.suppliers] == suppliers


def _parsed(blank: Language, rows: list[tuple[str, str, str, int]]) -> Doc:
    """A Doc from (word, tag, dep, head index) rows: a parse fixed by hand, whatever the model would read."""
    words, tags, deps, heads = zip(*rows, strict=True)
    return Doc(blank.vocab, words=list(words), tags=list(tags), deps=list(deps), heads=list(heads))


ABSOLUTE = [("Chad", "NNP", "nsubj", 1), ("flies", "VBZ", "ROOT", 1), ("jets", "NNS", "dobj", 1)]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # "Chad flies jets, with three Mi-24s delivered from Bulgaria"
        (
            [
                ("with", "IN", "mark", 6),
                ("three", "CD", "nummod", 5),
                ("Mi-24s", "NNS", "nsubj", 6),
                ("delivered", "VBN", "advcl", 1),
                ("from", "IN", "prep", 6),
                ("Bulgaria", "NNP", "pobj", 7),
            ],
            True,
        ),
        # "..., with three Mi-24s having been delivered": an auxiliary makes a clause of its own
        (
            [
                ("with", "IN", "mark", 8),
                ("three", "CD", "nummod", 5),
                ("Mi-24s", "NNS", "nsubj", 8),
                ("having", "VBG", "aux", 8),
                ("been", "VBN", "auxpass", 8),
                ("delivered", "VBN", "advcl", 1),
            ],
            False,
        ),
        # "..., as three Mi-24s delivered": no "with"
        (
            [
                ("as", "IN", "mark", 6),
                ("three", "CD", "nummod", 5),
                ("Mi-24s", "NNS", "nsubj", 6),
                ("delivered", "VBN", "advcl", 1),
            ],
            False,
        ),
        # "..., with Bulgaria delivering three": not a past participle
        (
            [
                ("with", "IN", "mark", 5),
                ("Bulgaria", "NNP", "nsubj", 5),
                ("delivering", "VBG", "advcl", 1),
                ("three", "CD", "dobj", 5),
            ],
            False,
        ),
    ],
)
def test_roles_absolute_participle_subject_is_goods(
    blank: Language, rows: list[tuple[str, str, str, int]], expected: bool
) -> None:
    doc = _parsed(blank, ABSOLUTE + rows)
    verb = next(t for t in doc if t.text.startswith("deliver"))
    assert absolute_participle(verb) is expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # "18 HIMARS launchers, 45 ATACMS missiles ...": the second counted item read as an apposition
        (
            [
                ("18", "CD", "nummod", 1),
                ("launchers", "NNS", "ROOT", 1),
                (",", ",", "punct", 1),
                ("45", "CD", "nummod", 4),
                ("missiles", "NNS", "appos", 1),
            ],
            ["missiles"],
        ),
        # "S-400 systems, the most advanced of its kind": an uncounted re-description
        (
            [
                ("S-400", "NNP", "compound", 1),
                ("systems", "NNS", "ROOT", 1),
                (",", ",", "punct", 1),
                ("the", "DT", "det", 4),
                ("best", "JJS", "appos", 1),
            ],
            [],
        ),
        # "12 tanks, Leopards": the apposition names the same counted items
        (
            [
                ("12", "CD", "nummod", 1),
                ("tanks", "NNS", "ROOT", 1),
                (",", ",", "punct", 1),
                ("Leopards", "NNS", "appos", 1),
            ],
            [],
        ),
        # "tanks, 45 of them new": the head itself is not counted
        (
            [
                ("tanks", "NNS", "ROOT", 0),
                (",", ",", "punct", 0),
                ("45", "CD", "nummod", 3),
                ("units", "NNS", "appos", 0),
            ],
            [],
        ),
    ],
)
def test_links_counted_apposition_is_list_item(
    blank: Language, rows: list[tuple[str, str, str, int]], expected: list[str]
) -> None:
    doc = _parsed(blank, rows)
    head = next(t for t in doc if t.dep_ == "ROOT")
    assert [t.text for t in listed_apposition(head)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chad sent rifles to Libyan rebels in 2012.", {("Chad", "Libyan rebels", "rifle")}),
        ("Qatar sold mortars to Syrian insurgents.", {("Qatar", "Syrian insurgents", "mortar")}),
        ("Eritrea supplied rifles to the Somali militants.", {("Eritrea", "Somali militants", "rifle")}),
        # no nationality: no party named
        ("Chad sent rifles to rebels in the east.", set()),
        # a state's own forces stand for the state
        ("France sold rifles to Malian troops.", {("France", "Mali", "rifle")}),
    ],
)
def test_transfers_insurgents_named_by_nationality(nlp: Language, text: str, expected: set[Triple]) -> None:
    assert triples(nlp, text) == expected
