"""The dask bulk path: extraction on a local cluster, storage in the driver, the same statements."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from arms_nlp import api
from arms_nlp.ledger import Ledger, ingest_files

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("dask.distributed")

from arms_nlp.ledger.scale import article_bag, ingest_bag  # noqa: E402

ARTICLES = Path(__file__).resolve().parents[2] / "fixtures" / "articles"


def _statements(ledger: Ledger) -> set[str]:
    return {s.model_dump_json() for c in ledger.claims() for s in c.statements}


@pytest.mark.parametrize("scheduler", ["distributed", "synchronous"])
def test_ledger_ingest_bag_stores_what_the_files_path_stores(tmp_path: Path, nlp: Language, scheduler: str) -> None:
    api._cached.setdefault(None, nlp)  # the in-process worker shares the session pipeline
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe")
    paths = [*sorted(ARTICLES.glob("*.txt")), tmp_path / "bad.txt"]
    with Ledger(tmp_path / "files.db") as reference:
        ingest_files(reference, paths, nlp=nlp)
        expected = _statements(reference)
    with Ledger(tmp_path / "bag.db") as ledger:
        if scheduler == "distributed":
            with (
                distributed.LocalCluster(
                    n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
                ) as cluster,
                distributed.Client(cluster),
            ):
                summary = ingest_bag(ledger, article_bag(paths, npartitions=3))
        else:
            with dask.config.set(scheduler="synchronous"):
                summary = ingest_bag(ledger, article_bag(paths, npartitions=3))
        again = ingest_bag(ledger, article_bag(paths[:2], npartitions=1)) if scheduler == "synchronous" else None
        assert _statements(ledger) == expected
    assert (summary.added, summary.skipped, summary.failed) == (5, 0, 1)
    assert again is None or (again.added, again.skipped) == (0, 2)
