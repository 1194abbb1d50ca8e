"""Ingest throughput of the ledger: extraction time and storage time, measured apart, and the database size.

Usage: ``python benchmarks/ledger_ingest.py [--articles 1000] [--db URL] [--n-process 1] [--json]``

The five fixture articles are repeated under different ids to ``--articles`` texts. Each text is extracted
(``extract_many``: every copy is run, nothing is cached), then the extractions are stored twice into empty
ledgers: one transaction per article (``Ledger.add``, what ``arms-nlp ingest`` does) and in bulk
(``Ledger.add_many``, 64 articles per transaction, the dask path). The default ledger is a temporary SQLite
file; ``--db`` names another (a PostgreSQL URL: its ledger tables are dropped first, so use a scratch database).
Prints articles/s for each stage and the database size after the bulk run.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "fixtures" / "articles"


def corpus(count: int) -> list[tuple[str, dict[str, Any]]]:
    """``count`` (text, context) pairs: the fixture articles in turn, each copy with its own id."""
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(ARTICLES.glob("*.txt"))]
    return [(texts[i % len(texts)][1], {"id": f"{texts[i % len(texts)][0]}-{i:05d}"}) for i in range(count)]


def _fresh(db: str | None, folder: Path, name: str) -> str:
    """An empty ledger location: a new SQLite file, or the given URL with its ledger tables dropped."""
    if db is None:
        return str(folder / f"{name}.db")
    from sqlalchemy import create_engine

    from arms_nlp.ledger.schema import metadata
    from arms_nlp.ledger.store import ledger_url

    engine = create_engine(ledger_url(db))
    with engine.begin() as conn:
        metadata.drop_all(conn)
    engine.dispose()
    return db


def database_bytes(ledger: Any) -> int:
    """The size of the ledger: the SQLite file with its WAL, or the PostgreSQL tables with their indexes."""
    from arms_nlp.ledger.schema import metadata

    engine = ledger.engine
    if engine.dialect.name == "sqlite":
        path = Path(engine.url.database)
        return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
    with engine.connect() as conn:
        return sum(conn.exec_driver_sql(f"SELECT pg_total_relation_size('{t}')").scalar_one() for t in metadata.tables)


def run(count: int, db: str | None, n_process: int) -> dict[str, Any]:
    """Extract ``count`` articles, store them per article and in bulk; the timings and sizes."""
    import arms_nlp
    from arms_nlp.ledger import Ledger

    items = corpus(count)
    nlp = arms_nlp.load()  # the model load is not extraction time
    started = time.perf_counter()
    results = list(arms_nlp.extract_many(items, n_process=n_process, nlp=nlp))
    extraction_s = time.perf_counter() - started
    out: dict[str, Any] = {"articles": count, "extraction_s": extraction_s, "extraction_articles_per_s": count / extraction_s}
    with tempfile.TemporaryDirectory() as folder:
        for mode in ("per_article", "bulk"):
            with Ledger(_fresh(db, Path(folder), mode)) as ledger:
                started = time.perf_counter()
                if mode == "bulk":
                    ledger.add_many(results, batch_size=64)
                else:
                    for extraction, context in results:
                        ledger.add(extraction, article_id=context["id"])
                seconds = time.perf_counter() - started
                out[f"storage_{mode}_s"] = seconds
                out[f"storage_{mode}_articles_per_s"] = count / seconds
                out["counts"] = ledger.counts()
                out["database_bytes"] = database_bytes(ledger)
                out["backend"] = ledger.engine.dialect.name
                started = time.perf_counter()
                out["claims"] = len(ledger.claims())
                out["claims_query_s"] = time.perf_counter() - started
    out["total_per_article_s"] = out["extraction_s"] + out["storage_per_article_s"]
    out["end_to_end_articles_per_s"] = count / out["total_per_article_s"]
    return out


def report(r: dict[str, Any]) -> str:
    """The measures as a short table."""
    return "\n".join([
        f"{r['articles']} articles on {r['backend']}: {r['counts']['statements']} statements, {r['claims']} claims",
        f"extraction          {r['extraction_s']:8.2f} s  {r['extraction_articles_per_s']:9.1f} articles/s",
        f"storage, per article{r['storage_per_article_s']:8.2f} s  {r['storage_per_article_articles_per_s']:9.1f} articles/s",
        f"storage, bulk (64)  {r['storage_bulk_s']:8.2f} s  {r['storage_bulk_articles_per_s']:9.1f} articles/s",
        f"end to end          {r['total_per_article_s']:8.2f} s  {r['end_to_end_articles_per_s']:9.1f} articles/s",
        f"claims query        {r['claims_query_s']:8.3f} s",
        f"database size       {r['database_bytes'] / 1e6:8.2f} MB  ({r['database_bytes'] / r['articles']:.0f} bytes/article)",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--db", help="a scratch ledger URL (default: temporary SQLite files)")
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = run(args.articles, args.db, args.n_process)
    print(json.dumps(result, indent=2) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
