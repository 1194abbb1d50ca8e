"""Ingest throughput of the ledger: extraction time and storage time, measured apart, and the database size.

Usage: ``python benchmarks/ledger_ingest.py [--articles 1000] [--db URL]... [--sqlite] [--n-process 1] [--json]``

The five fixture articles are repeated under different ids to ``--articles`` texts. Each text is extracted
(``extract_many``: every copy is run, nothing is cached), then the extractions are stored twice into empty
ledgers: one transaction per article (``Ledger.add``, what ``arms-nlp ingest`` does) and in bulk
(``Ledger.add_many``, 64 articles per transaction, the dask path). The default ledger is a temporary SQLite
file; ``--db`` names others (a PostgreSQL URL: its ledger tables are dropped first, so use a scratch database),
``--sqlite`` keeps the SQLite run beside them.
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


def run(count: int, dbs: list[str | None], n_process: int) -> dict[str, Any]:
    """Extract ``count`` articles, store them per article and in bulk in each ledger; the timings and sizes."""
    import arms_nlp

    items = corpus(count)
    nlp = arms_nlp.load()  # the model load is not extraction time
    started = time.perf_counter()
    results = list(arms_nlp.extract_many(items, n_process=n_process, nlp=nlp))
    extraction_s = time.perf_counter() - started
    out: dict[str, Any] = {
        "articles": count,
        "extraction_s": extraction_s,
        "extraction_articles_per_s": count / extraction_s,
    }
    out["storage"] = [store(results, db) for db in dbs]
    return out


def store(results: list[tuple[Any, dict[str, Any]]], db: str | None) -> dict[str, Any]:
    """Store the extractions in empty ledgers at ``db``, per article and in bulk: timings, size, claims query."""
    from arms_nlp.ledger import Ledger

    out: dict[str, Any] = {}
    count = len(results)
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
                out[f"{mode}_s"] = seconds
                out[f"{mode}_articles_per_s"] = count / seconds
                out |= {
                    "counts": ledger.counts(),
                    "bytes": database_bytes(ledger),
                    "backend": ledger.engine.dialect.name,
                }
                started = time.perf_counter()
                out["claims"] = len(ledger.claims())
                out["claims_query_s"] = time.perf_counter() - started
    return out


def report(r: dict[str, Any]) -> str:
    """The measures as a short table."""
    n = r["articles"]
    lines = [
        f"{n} articles; extraction {r['extraction_s']:.1f} s = {r['extraction_articles_per_s']:.2f} articles/s",
        "backend      per article (articles/s)  bulk of 64 (articles/s)  claims query  size (bytes/article)",
    ]
    for s in r["storage"]:
        lines.append(
            f"{s['backend']:<12} {s['per_article_s']:6.2f} s ({s['per_article_articles_per_s']:7.0f})     "
            f"{s['bulk_s']:6.2f} s ({s['bulk_articles_per_s']:7.0f})    {s['claims_query_s']:6.3f} s     "
            f"{s['bytes'] / 1e6:5.2f} MB ({s['bytes'] / n:.0f})"
        )
    counts = r["storage"][0]["counts"]
    lines.append(
        f"{counts['statements']} statements, {r['storage'][0]['claims']} claims; end to end (extraction + "
        f"per-article storage on {r['storage'][0]['backend']}): "
        f"{n / (r['extraction_s'] + r['storage'][0]['per_article_s']):.2f} articles/s"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument(
        "--db", action="append", help="a scratch ledger URL, repeatable (default: temporary SQLite files)"
    )
    parser.add_argument("--sqlite", action="store_true", help="with --db, also measure temporary SQLite files")
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    dbs: list[str | None] = [*([None] if args.sqlite or not args.db else []), *(args.db or [])]
    result = run(args.articles, dbs, args.n_process)
    print(json.dumps(result, indent=2) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
