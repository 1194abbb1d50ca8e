"""Scale-out: extract a large corpus on a dask cluster and store the results in a ledger in bulk.

>>> from dask.distributed import Client
>>> from arms_nlp.ledger import Ledger
>>> from arms_nlp.ledger.scale import article_bag, ingest_bag
>>> client = Client("scheduler:8786")               # or a LocalCluster
>>> summary = ingest_bag(Ledger("postgresql://ledger-host/arms"), article_bag(paths, npartitions=64))

Workers read and extract the files (``arms_nlp.dask.extract_bag``: one pipeline load per worker); only the
driver writes to the database, one transaction per batch of articles, while the workers keep extracting.
Needs ``pip install "arms-nlp[dask,ledger]"``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..dask import db, extract_bag
from .files import BadArticleError, article_id, article_paths, read_article
from .store import IngestSummary, Ledger, text_hash


def _read_item(path: str) -> tuple[str, dict[str, Any]]:
    """(text, context) of one file on a worker; a bad file gives empty text and its error in the context."""
    try:
        text = read_article(path)
    except BadArticleError as err:
        return "", {"path": path, "error": str(err)}
    return text, {"path": path, "article_id": article_id(Path(path)), "text_hash": text_hash(text)}


def article_bag(paths: Iterable[str | Path], *, npartitions: int = 8) -> db.Bag:
    """A bag of ``(text, context)`` pairs read on the workers from article files (folders: their ``*.txt``)."""
    names = [str(path) for path in article_paths(paths)]
    return db.from_sequence(names, npartitions=max(1, min(npartitions, len(names) or 1))).map(_read_item)


def _partitions(parts: Sequence[Any]) -> Iterator[list[Any]]:
    """Partition results as they complete on a distributed client, else computed one after another."""
    try:
        from dask.distributed import as_completed, get_client

        client = get_client()
    except (ImportError, ValueError):
        for part in parts:
            yield part.compute()
        return
    for future in as_completed(client.compute(list(parts))):
        yield future.result()
        future.release()


def ingest_bag(ledger: Ledger, items: db.Bag, *, model: str | None = None, batch_size: int = 64) -> IngestSummary:
    """Extract a bag of ``(text, context)`` pairs on the cluster and add the results to ``ledger`` in bulk.

    ``context`` carries the :meth:`Ledger.add_many` keys (``article_id``, ``published``, ``text_hash``,
    ``outlet``); an item whose context has an ``error`` (see :func:`article_bag`) counts as failed.
    """
    summary = IngestSummary()
    for results in _partitions(extract_bag(items, model=model).to_delayed()):
        good = [(extraction, context) for extraction, context in results if "error" not in context]
        summary.failed += len(results) - len(good)
        summary += ledger.add_many(good, batch_size=batch_size)
    return summary
