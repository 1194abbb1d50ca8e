"""Ledger fixtures: a fresh ledger URL on SQLite and, when one is reachable, on PostgreSQL.

PostgreSQL runs when ``ARMS_NLP_TEST_POSTGRES_URL`` names a server (``.ci/run`` starts one); otherwise
those test variants are skipped. Each test gets an empty ledger (the PostgreSQL tables are dropped first).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from arms_nlp.records import Extraction, Transfer, Weapon

POSTGRES_ENV = "ARMS_NLP_TEST_POSTGRES_URL"


def _postgres_url() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"no PostgreSQL server: set {POSTGRES_ENV} (.ci/run does)")
    pytest.importorskip("psycopg")
    from sqlalchemy import create_engine
    from sqlalchemy.exc import OperationalError

    from arms_nlp.ledger.schema import metadata
    from arms_nlp.ledger.store import ledger_url

    engine = create_engine(ledger_url(url))
    try:
        with engine.begin() as conn:
            metadata.drop_all(conn)
    except OperationalError as err:
        pytest.skip(f"PostgreSQL at {POSTGRES_ENV} is unreachable: {err.orig}")
    finally:
        engine.dispose()
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty ledger's location: a SQLite file path, or the test PostgreSQL URL."""
    yield str(tmp_path / "ledger.db") if request.param == "sqlite" else _postgres_url()


@pytest.fixture(scope="session")
def extraction_of() -> Callable[..., Extraction]:
    """:func:`make_extraction`, for tests that build their own articles."""
    return make_extraction


@pytest.fixture(scope="session")
def four() -> Extraction:
    """An article with four transfer statements: two sources on Iran's missiles, a UAV and a North Korean claim."""
    return make_extraction(
        ("Iran", "Russia", "ballistic missile", "reported", "Reuters"),
        ("Iran", "Russia", "ballistic missile", "denied", "Iran"),
        ("Iran", "Russia", "UAV", "reported", None),
        ("North Korea", "Russia", "ballistic missile", "confirmed", None),
    )


def make_extraction(*transfers: tuple[str, str, str, str, str | None], text: str = "") -> Extraction:
    """An extraction holding these (supplier, recipient, weapon, status, source) transfers, no model needed."""
    sentence = text or "Iran sent missiles to Russia."
    weapons = [
        Weapon(text=sentence[:4], start=0, end=4, name=w, category=_CATEGORIES.get(w, "other"))
        for w in dict.fromkeys(t[2] for t in transfers)
    ]
    records = [
        Transfer(text=sentence, start=0, end=len(sentence), supplier=s, recipient=r, weapon=w, status=st, source=src)
        for s, r, w, st, src in transfers
    ]
    return Extraction(weapons=weapons, transfers=records)


_CATEGORIES = {"ballistic missile": "ballistic_missile", "Fateh-110": "ballistic_missile", "UAV": "uav"}
