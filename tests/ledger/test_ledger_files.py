"""Ingesting article files: bad files reported and skipped, the command line, the fixture claims."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
from pathlib import Path

import pytest
from spacy.language import Language

from arms_nlp import api
from arms_nlp.cli import main
from arms_nlp.ledger import BadArticleError, Ledger, ingest_files, read_article
from arms_nlp.records import Claim

ROOT = Path(__file__).resolve().parents[2]
GOOD = "Iran has supplied Russia with 400 Fateh-110 missiles, Reuters reported."


def _benchmark():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("ledger_claims", ROOT / "benchmarks" / "ledger_claims.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def shared(nlp: Language) -> Language:
    """The session pipeline as the process's shared one, so the command line does not load another."""
    api._cached.setdefault(None, nlp)
    return api._cached[None]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """One good article and four bad files."""
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 \xff".encode("latin-1"))
    (tmp_path / "empty.txt").write_text(" \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"PK\x03\x04\x00\x00")
    (tmp_path / "notes.md").write_text(GOOD, encoding="utf-8")  # not a .txt: a folder does not include it
    return tmp_path


@pytest.mark.parametrize(
    ("name", "reason"),
    [("latin1.txt", "not UTF-8"), ("empty.txt", "empty"), ("binary.txt", "binary"), ("missing.txt", "No such file")],
)
def test_ledger_read_article_says_why_a_file_is_bad(folder: Path, name: str, reason: str) -> None:
    with pytest.raises(BadArticleError, match=reason):
        read_article(folder / name)


def test_ledger_read_article_reads_utf8(folder: Path) -> None:
    assert read_article(folder / "good.txt") == GOOD


def test_ledger_ingest_files_reports_and_skips_bad_files(folder: Path, nlp: Language) -> None:
    seen: list[tuple[str, str]] = []
    with Ledger(folder / "l.db") as ledger:
        first = ingest_files(
            ledger, [folder, folder / "missing.txt"], nlp=nlp, progress=lambda p, o: seen.append((p.name, o))
        )
        again = ingest_files(ledger, [folder], nlp=nlp)
        assert ledger.has("good") and ledger.counts()["articles"] == 1
        claims = ledger.claims()
    assert (first.added, first.skipped, first.failed) == (1, 0, 4)
    assert (again.added, again.skipped, again.failed) == (0, 1, 3)
    outcomes = dict(seen)
    assert outcomes["good.txt"] == "added" and outcomes["latin1.txt"].startswith("failed: not UTF-8")
    assert [(c.supplier, c.recipient, c.family) for c in claims] == [("Iran", "Russia", "ballistic_missile")]


def test_ledger_cli_ingest_and_claims(folder: Path, shared: Language, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(folder / "cli.db")
    assert main(["ingest", str(folder / "good.txt"), str(folder / "latin1.txt"), "--db", db]) == 1
    err = capsys.readouterr().err
    assert "latin1.txt: failed: not UTF-8" in err and "1 added, 0 skipped (already present), 1 failed" in err
    assert main(["ingest", str(folder / "good.txt"), "--db", db, "--quiet"]) == 0
    assert capsys.readouterr().err.strip() == "0 added, 1 skipped (already present), 0 failed"

    assert main(["claims", "--db", db]) == 0
    table = capsys.readouterr().out
    assert "ballistic_missile" in table and table.rstrip().endswith("(1 claims)")
    assert main(["claims", "--db", db, "--format", "jsonl", "--weapon", "Fateh-110"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert Claim.model_validate_json(line).statements[0].article_id == "good"
    assert main(["claims", "--db", db, "--format", "csv", "--supplier", "Narnia"]) == 0
    assert list(csv.DictReader(io.StringIO(capsys.readouterr().out))) == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["claims", "--since", "soon"], "ISO date"),
        (["ingest", "x.txt", "--n-process", "0"], "at least 1"),
        (["ingest", "x.txt", "--published", "2024-99-01"], "ISO date"),
        (["claims", "--format", "xml"], None),
        (["claims", "--db", "{tmp}"], "cannot open the ledger"),  # a folder is no database
    ],
)
def test_ledger_cli_bad_arguments_exit_with_a_message(
    tmp_path: Path, argv: list[str], message: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "x.txt").write_text(GOOD, encoding="utf-8")
    argv = [arg.format(tmp=tmp_path) for arg in argv]
    db = [] if "--db" in argv else ["--db", str(tmp_path / "e.db")]
    with pytest.raises(SystemExit) as stop:
        main([*argv, *db] if argv[0] == "claims" else [argv[0], str(tmp_path / argv[1]), *argv[2:], *db])
    assert stop.value.code != 0
    if message:
        assert message in str(stop.value.code)


def test_ledger_fixture_claims_match_the_gold_keys_with_the_dispute(tmp_path: Path, nlp: Language) -> None:
    gold = json.loads((ROOT / "fixtures" / "ledger" / "claims.json").read_text(encoding="utf-8"))
    with Ledger(tmp_path / "fx.db") as ledger:
        ingest_files(ledger, [ROOT / "fixtures" / "articles"], nlp=nlp)
        predicted = [c.model_dump(mode="json") for c in ledger.claims()]
    result = _benchmark().score(gold, predicted)
    assert result["claims"]["recall"] == 1.0
    missiles = next(row for row in result["listing"] if row["key"] == ["Iran", "Russia", "ballistic_missile"])
    assert missiles["disputed"] is True and "denied" in missiles["latest_status"].values()


def test_ledger_consolidates_the_gold_transfers_into_the_gold_claims(tmp_path: Path) -> None:
    bench = _benchmark()
    gold = json.loads(bench.GOLD.read_text(encoding="utf-8"))
    result = bench.score(gold, bench.gold_ledger_claims(str(tmp_path / "g.db")))
    assert (result["claims"]["f1"], result["sources"]["precision"], result["sources"]["recall"]) == (1.0, 1.0, 1.0)
    assert (result["status_per_source"], result["source_count"], result["disputed"]) == (1.0, 1.0, 1.0)


def test_ledger_claims_scorer_counts_misses(tmp_path: Path) -> None:
    bench = _benchmark()
    gold = json.loads(bench.GOLD.read_text(encoding="utf-8"))
    predicted = bench.gold_ledger_claims(str(tmp_path / "g.db"))[1:]  # drop one claim
    predicted[0]["disputed"] = not predicted[0]["disputed"]
    result = bench.score(gold, predicted)
    assert result["claims"]["recall"] == pytest.approx(0.9) and result["disputed"] < 1.0
