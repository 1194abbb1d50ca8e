"""Claims: the derived fields of the Claim record, and the ledger's consolidation and filters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arms_nlp.ledger import Ledger, claim_rows
from arms_nlp.records import Claim, ClaimStatement, Extraction

Make = Callable[..., Extraction]
STATUSES = ["reported", "confirmed", "denied", "negotiating", "planned"]


def _statement(
    source: str | None, status: str, article: str = "a", published: str | None = None, quantity: float | None = None
) -> ClaimStatement:
    return ClaimStatement(
        text="x",
        start=0,
        end=1,
        article_id=article,
        published=published,
        supplier="Iran",
        recipient="Russia",
        weapon="Fateh-110",
        family="ballistic_missile",
        status=status,
        source=source,
        source_key=source or f"article:{article}",
        quantity=quantity,
    )


@pytest.mark.parametrize(
    ("statements", "disputed"),
    [
        ([("Reuters", "reported"), ("Iran", "denied")], True),
        ([(None, "confirmed"), ("Iran", "denied")], True),
        ([("Reuters", "reported"), ("Kyiv", "reported")], False),
        ([("WSJ", "negotiating"), ("Iran", "denied")], False),  # denying a deal under talks is no dispute
        ([("Iran", "confirmed"), ("Iran", "denied")], False),  # one source, one latest status
        ([("Iran", "denied")], False),
    ],
)
def test_claim_disputed_needs_two_sources_at_odds(statements: list[tuple[str | None, str]], disputed: bool) -> None:
    claim = Claim(
        supplier="Iran",
        recipient="Russia",
        family="ballistic_missile",
        statements=[_statement(s, st) for s, st in statements],
    )
    assert claim.disputed is disputed


def test_claim_latest_status_takes_the_latest_article_then_the_most_definite() -> None:
    claim = Claim(
        supplier="Iran",
        recipient="Russia",
        family="ballistic_missile",
        statements=[
            _statement("official", "denied", "a1", "2024-01-01", quantity=400),
            _statement("official", "planned", "a2", "2024-02-01"),
            _statement("official", "confirmed", "a2", "2024-02-01", quantity=200),
            _statement(None, "reported", "a3", None),
        ],
    )
    assert claim.latest_status == {"official": "confirmed", "article:a3": "reported"}
    assert (claim.first_reported, claim.last_reported) == (dt.date(2024, 1, 1), dt.date(2024, 2, 1))
    assert (claim.largest_quantity, claim.latest_quantity, claim.source_count) == (400, 200, 2)
    assert Claim.model_validate(claim.model_dump()) == claim  # derived fields are written, not read back
    assert Claim.model_validate_json(claim.model_dump_json()) == claim


def test_claim_statement_keeps_the_offset_contract() -> None:
    with pytest.raises(ValueError, match="length"):
        ClaimStatement(text="abc", start=0, end=2, article_id="a", status="reported", source_key="article:a")


def _three_articles(ledger: Ledger, four: Extraction, make_extraction: Make) -> None:
    ledger.add(four, article_id="reuters", published="2024-02-21", outlet="Reuters")
    ledger.add(
        make_extraction(("Iran", "Russia", "Fateh-110", "denied", "Iran")), article_id="mission", published="2024-02-22"
    )
    ledger.add(make_extraction(("Russia", "Iran", "Su-35", "negotiating", None)), article_id="undated")


def test_ledger_claims_consolidate_across_articles(ledger_url: str, four: Extraction, extraction_of: Make) -> None:
    with Ledger(ledger_url) as ledger:
        _three_articles(ledger, four, extraction_of)
        claims = {(c.supplier, c.recipient, c.family): c for c in ledger.claims()}
    assert sorted(claims) == [
        ("Iran", "Russia", "ballistic_missile"),
        ("Iran", "Russia", "uav"),
        ("North Korea", "Russia", "ballistic_missile"),
        ("Russia", "Iran", "other"),
    ]
    missiles = claims["Iran", "Russia", "ballistic_missile"]
    assert missiles.weapons == ["ballistic missile", "Fateh-110"]
    assert missiles.latest_status == {"Reuters": "reported", "Iran": "denied"}
    assert missiles.disputed and missiles.source_count == 2
    assert missiles.last_reported == dt.date(2024, 2, 22)
    assert claims["Iran", "Russia", "uav"].latest_status == {"Reuters": "reported"}  # the outlet's own voice
    assert claims["Russia", "Iran", "other"].latest_status == {"article:undated": "negotiating"}
    assert all(
        s.text == "Iran sent missiles to Russia."[s.start : s.end] for c in claims.values() for s in c.statements
    )


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"supplier": "iran"}, {"ballistic_missile", "uav"}),
        ({"recipient": "IRAN"}, {"other"}),
        ({"weapon": "ballistic missile", "supplier": "Iran"}, {"ballistic_missile"}),
        ({"weapon": "fateh-110"}, {"ballistic_missile"}),  # a weapon named by one statement finds its claim
        ({"weapon": "tank"}, set()),
        ({"since": "2024-02-22"}, {"ballistic_missile"}),
        ({"since": dt.date(2030, 1, 1)}, set()),
        ({"supplier": "Narnia"}, set()),
    ],
)
def test_ledger_claims_filters(
    tmp_path: Path, four: Extraction, extraction_of: Make, filters: dict, expected: set[str]
) -> None:
    with Ledger(tmp_path / "f.db") as ledger:
        _three_articles(ledger, four, extraction_of)
        found = ledger.claims(**filters)
    assert {c.family for c in found if c.supplier != "North Korea"} == expected


def test_ledger_claims_frame_has_one_row_per_claim(tmp_path: Path, four: Extraction, extraction_of: Make) -> None:
    pandas = pytest.importorskip("pandas")
    from arms_nlp.ledger import claims_frame, statements_frame

    with Ledger(tmp_path / "f.db") as ledger:
        _three_articles(ledger, four, extraction_of)
        claims = ledger.claims()
    frame = claims_frame(claims)
    assert isinstance(frame, pandas.DataFrame)
    assert len(frame) == len(claims) == len(claim_rows(claims))
    assert frame.loc[frame.family == "uav", "sources"].tolist() == [1]
    assert len(statements_frame(claims)) == sum(len(c.statements) for c in claims)


_SOURCES = st.sampled_from([None, "Reuters", "Iran", "US official"])
_STATEMENTS = st.lists(
    st.tuples(
        _SOURCES,
        st.sampled_from(STATUSES),
        st.sampled_from(["a1", "a2", "a3"]),
        st.none() | st.floats(min_value=0, max_value=1e6),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(_STATEMENTS)
def test_claim_derived_fields_are_consistent(rows: list[tuple[str | None, str, str, float | None]]) -> None:
    claim = Claim(
        supplier="Iran",
        recipient="Russia",
        family="ballistic_missile",
        statements=[_statement(s, st_, a, quantity=q) for s, st_, a, q in rows],
    )
    latest = claim.latest_status
    assert claim.source_count == len(latest) == len({s.source_key for s in claim.statements})
    for key, status in latest.items():
        assert status in {s.status for s in claim.statements if s.source_key == key}
    assert claim.disputed == ("denied" in latest.values() and bool({"confirmed", "reported"} & set(latest.values())))
    quantities = [q for *_, q in rows if q is not None]
    assert claim.largest_quantity == (max(quantities) if quantities else None)
    assert claim.latest_quantity == (quantities[-1] if quantities else None)
    assert Claim.model_validate_json(claim.model_dump_json()) == claim
