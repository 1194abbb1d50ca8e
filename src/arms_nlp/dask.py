"""Scale-out over a dask cluster: ``pip install "arms-nlp[dask]"``.

>>> import dask.bag as db
>>> from arms_nlp.dask import extract_bag
>>> texts = db.read_text("articles/*.txt", linedelimiter="\\0")  # one article per file
>>> records = extract_bag(texts).compute()

Each worker process loads the pipeline once (the first partition it runs) and then
streams its partitions through ``nlp.pipe``; nothing is loaded per article.
"""

from __future__ import annotations

from typing import Any

from .api import _lock, _shared_pipeline, extract_many

try:
    import dask.bag as db
except ImportError as err:  # pragma: no cover - exercised only without the extra
    raise ImportError('arms_nlp.dask needs the dask extra: pip install "arms-nlp[dask]"') from err


def _extract_partition(items: list[Any], model: str | None, batch_size: int) -> list[Any]:
    """Extract one partition; results are plain JSON-ready dicts (cheap to ship between workers)."""
    nlp = _shared_pipeline(model)
    results: list[Any] = []
    with _lock:  # one pipe per pipeline at a time when a worker runs several threads
        for result in extract_many(items, nlp=nlp, batch_size=batch_size):
            if isinstance(result, tuple):
                results.append((result[0].model_dump(mode="json"), result[1]))
            else:
                results.append(result.model_dump(mode="json"))
    return results


def extract_bag(texts: db.Bag, *, model: str | None = None, batch_size: int = 32) -> db.Bag:
    """A bag of ``Extraction`` dicts, one per text, in the order of ``texts``.

    Items are texts or ``(text, context)`` pairs (giving ``(dict, context)`` pairs, with
    ``context["published"]`` used as the article date), as for :func:`arms_nlp.extract_many`.
    Rebuild records with ``Extraction.model_validate(d)`` where typed objects are wanted.
    """
    return texts.map_partitions(_extract_partition, model, batch_size)
