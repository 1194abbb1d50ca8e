"""The ledger's storage: re-ingest is a no-op, a failed article leaves nothing, concurrent writers lose nothing."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from arms_nlp.ledger import Ledger, SchemaError
from arms_nlp.ledger import schema as ledger_schema
from arms_nlp.records import Extraction


def test_ledger_reingest_same_id_is_a_noop(ledger_url: str, four: Extraction) -> None:
    with Ledger(ledger_url) as ledger:
        assert ledger.add(four, article_id="a1", published="2024-02-21") is True
        before = (ledger.counts(), ledger.claims())
        assert ledger.add(four, article_id="a1", published="2024-03-01") is False
        assert (ledger.counts(), ledger.claims()) == before
        assert before[0] == {"articles": 1, "statements": 4}


def test_ledger_reingest_same_text_without_id_is_a_noop(ledger_url: str, four: Extraction) -> None:
    with Ledger(ledger_url) as ledger:
        assert ledger.add(four, text="the article") is True
        assert ledger.add(four, text="the article") is False
        assert ledger.add(four) is True  # no text: the extraction's own hash, a different identity
        assert ledger.add(four) is False
        assert ledger.add(four, article_id="copy", text="the article") is True  # an id names a new article
        assert ledger.counts() == {"articles": 3, "statements": 12}


def test_ledger_add_many_skips_present_and_repeated(ledger_url: str, four: Extraction) -> None:
    with Ledger(ledger_url) as ledger:
        ledger.add(four, article_id="a0")
        items = [(four, {"id": f"a{i % 3}"}) for i in range(7)]
        summary = ledger.add_many(items, batch_size=4)
        assert (summary.added, summary.skipped, summary.failed) == (2, 5, 0)
        assert ledger.counts() == {"articles": 3, "statements": 12}


_BOOM = {
    "sqlite": [
        (
            "CREATE TRIGGER arms_test_boom BEFORE INSERT ON arms_ledger_statements "
            "WHEN NEW.seq >= 2 BEGIN SELECT RAISE(ABORT, 'boom'); END"
        )
    ],
    "postgresql": [
        (
            "CREATE FUNCTION arms_test_boom() RETURNS trigger AS $$ BEGIN "
            "IF NEW.seq >= 2 THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql"
        ),
        (
            "CREATE TRIGGER arms_test_boom BEFORE INSERT ON arms_ledger_statements "
            "FOR EACH ROW EXECUTE FUNCTION arms_test_boom()"
        ),
    ],
}
_UNBOOM = {
    "sqlite": ["DROP TRIGGER arms_test_boom"],
    "postgresql": ["DROP TRIGGER arms_test_boom ON arms_ledger_statements", "DROP FUNCTION arms_test_boom()"],
}


def _run(ledger: Ledger, statements: list[str]) -> None:
    with ledger.engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))


def test_ledger_interrupted_article_leaves_the_database_unchanged(ledger_url: str, four: Extraction) -> None:
    with Ledger(ledger_url) as ledger:
        ledger.add(four, article_id="before")
        before = (ledger.counts(), ledger.claims())
        dialect = ledger.engine.dialect.name
        _run(ledger, _BOOM[dialect])  # the database fails after two of the article's four statement rows
        with pytest.raises(DBAPIError, match="boom"):
            ledger.add(four, article_id="broken")
        with pytest.raises(DBAPIError, match="boom"):
            ledger.add_many([(four, {"id": "broken"})])
        assert (ledger.counts(), ledger.claims()) == before
        assert not ledger.has("broken")
        _run(ledger, _UNBOOM[dialect])
        assert ledger.add(four, article_id="broken") is True  # nothing half-written stands in the way
        assert ledger.counts() == {"articles": 2, "statements": 8}


def _writer(url: str, ids: list[str], bulk: bool, four: Extraction, start: Any, out: Any) -> None:
    """Add the articles `ids` (one by one, or in bulk) once `start` is set; put the number added on `out`."""
    start.wait()
    with Ledger(url) as ledger:  # both processes also race to create the schema
        if bulk:
            out.put(ledger.add_many([(four, {"id": i}) for i in ids], batch_size=5).added)
        else:
            out.put(sum(ledger.add(four, article_id=i) for i in ids))


def test_ledger_concurrent_writers_lose_nothing(ledger_url: str, four: Extraction) -> None:
    context = multiprocessing.get_context("fork")
    start, out = context.Event(), context.Queue()
    first, second = [f"a{i}" for i in range(60)], [f"a{i}" for i in range(30, 90)]
    workers = [
        context.Process(target=_writer, args=(ledger_url, ids, bulk, four, start, out))
        for ids, bulk in ((first, False), (second, True))
    ]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(timeout=120)
    assert [worker.exitcode for worker in workers] == [0, 0]
    assert out.get(timeout=5) + out.get(timeout=5) == 90
    with Ledger(ledger_url) as ledger:
        assert ledger.counts() == {"articles": 90, "statements": 360}


def test_ledger_sqlite_uses_wal(tmp_path: Path) -> None:
    with Ledger(tmp_path / "wal.db") as ledger, ledger.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_ledger_refuses_a_newer_schema(ledger_url: str) -> None:
    Ledger(ledger_url).close()
    with Ledger(ledger_url) as ledger, ledger.engine.begin() as conn:
        conn.execute(ledger_schema.meta.update().values(value="99"))
    with pytest.raises(SchemaError, match="99"):
        Ledger(ledger_url)


def test_ledger_migrates_an_older_schema(ledger_url: str, monkeypatch: pytest.MonkeyPatch, four: Extraction) -> None:
    with Ledger(ledger_url) as ledger:
        ledger.add(four, article_id="old")
    done: list[int] = []
    monkeypatch.setattr(ledger_schema, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(ledger_schema.MIGRATIONS, 1, lambda conn: done.append(1))
    with Ledger(ledger_url) as ledger, ledger.engine.connect() as conn:
        assert ledger_schema.stored_version(conn) == 2
        assert ledger.counts()["articles"] == 1
    Ledger(ledger_url).close()
    assert done == [1]


@pytest.mark.parametrize("bad", ["", "x" * 0])
def test_ledger_rejects_an_empty_article_id(tmp_path: Path, bad: str, four: Extraction) -> None:
    with Ledger(tmp_path / "x.db") as ledger, pytest.raises(ValueError, match="article_id"):
        ledger.add(four, article_id=bad)


@pytest.mark.parametrize("published", ["soon", "2024-13-01"])
def test_ledger_rejects_a_malformed_date(tmp_path: Path, published: str, four: Extraction) -> None:
    with Ledger(tmp_path / "x.db") as ledger, pytest.raises(ValueError, match="ISO date"):
        ledger.add(four, article_id="a", published=published)
    with Ledger(tmp_path / "x.db") as ledger, pytest.raises(ValueError, match="ISO date"):
        ledger.claims(since=published)


@pytest.mark.parametrize("url", ["sqlite:///{tmp}/u.db", "{tmp}/p.db"])
def test_ledger_opens_a_path_or_a_url(tmp_path: Path, url: str, four: Extraction) -> None:
    with Ledger(url.format(tmp=tmp_path)) as ledger:
        assert ledger.add(four, article_id="a")
    assert list(tmp_path.glob("*.db"))
