"""The dask extra: a 2-worker LocalCluster on loopback gives the single-process records."""

from __future__ import annotations

import pytest

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("dask.distributed")

from arms_nlp import Extraction, extract  # noqa: E402
from arms_nlp.dask import extract_bag  # noqa: E402


@pytest.mark.parametrize("paired", [False, True])
def test_dask_extract_bag_equals_single_process(articles: dict[str, str], paired: bool) -> None:
    texts = list(articles.values())
    items = [(text, {"id": i}) for i, text in enumerate(texts)] if paired else texts
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        results = extract_bag(dask_bag.from_sequence(items, npartitions=2)).compute()
    if paired:
        assert [context["id"] for _, context in results] == list(range(len(texts)))
        results = [record for record, _ in results]
    assert [Extraction.model_validate(r) for r in results] == [extract(text) for text in texts]
