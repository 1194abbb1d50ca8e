"""A ledger of transfer claims across articles, in SQLite or PostgreSQL: ``pip install "arms-nlp[ledger]"``.

>>> from arms_nlp import extract
>>> from arms_nlp.ledger import Ledger
>>> ledger = Ledger("claims.db")                       # or "postgresql://user@host/db"
>>> ledger.add(extract(text), article_id="reuters-0221", published="2024-02-21")
>>> for claim in ledger.claims(supplier="Iran", weapon="ballistic missile"):
...     print(claim.recipient, claim.source_count, claim.latest_status, claim.disputed)

Names are imported lazily, so the command line runs without SQLAlchemy until a ledger is used.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "Ledger": ".store",
    "IngestSummary": ".store",
    "ledger_url": ".store",
    "text_hash": ".store",
    "SchemaError": ".schema",
    "SCHEMA_VERSION": ".schema",
    "claim_rows": ".frame",
    "claims_frame": ".frame",
    "statements_frame": ".frame",
    "ingest_files": ".files",
    "read_article": ".files",
    "BadArticleError": ".files",
}

__all__ = list(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'arms_nlp.ledger' has no attribute {name!r}")
    try:
        module = import_module(_EXPORTS[name], __name__)
    except ImportError as err:
        if err.name == "sqlalchemy":
            raise ImportError('the ledger needs SQLAlchemy: pip install "arms-nlp[ledger]"') from err
        raise
    return getattr(module, name)
