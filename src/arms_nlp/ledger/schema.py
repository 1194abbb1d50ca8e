"""The ledger's tables (SQLAlchemy Core) and the schema version kept in the database.

Version history (one entry per migration in :data:`MIGRATIONS`):

1. ``meta``, ``articles`` and ``statements``.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    inspect,
    select,
    text,
)

SCHEMA_VERSION = 1

metadata = MetaData()

meta = Table(
    "arms_ledger_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", String(256), nullable=False),
)

articles = Table(
    "arms_ledger_articles",
    metadata,
    Column("article_id", String(256), primary_key=True),
    Column("text_hash", String(64), nullable=False, index=True),
    Column("published", Date, nullable=True),
    Column("published_from", String(16), nullable=True),
    Column("outlet", String(256), nullable=True),
    Column("n_statements", Integer, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

statements = Table(
    "arms_ledger_statements",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(256), ForeignKey(articles.c.article_id, ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("supplier", String(256), nullable=True),
    Column("recipient", String(256), nullable=True),
    Column("weapon", String(256), nullable=True),
    Column("family", String(32), nullable=False),
    Column("status", String(16), nullable=False),
    Column("source", String(512), nullable=True),
    Column("source_key", String(512), nullable=False),
    Column("quantity", Float, nullable=True),
    Column("date", String(32), nullable=True),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("evidence", JSON, nullable=False),
    Index("ix_arms_ledger_statements_key", "supplier", "recipient", "family"),
    Index("ix_arms_ledger_statements_article", "article_id", "seq", unique=True),
)

#: ``MIGRATIONS[n]`` brings a version-``n`` database to version ``n + 1`` (run inside one transaction).
MIGRATIONS: dict[int, Callable[[Connection], None]] = {}


class SchemaError(RuntimeError):
    """The database holds a ledger this version of arms_nlp cannot use."""


def stored_version(conn: Connection) -> int | None:
    """The schema version written in the database, or None for a database without a ledger."""
    if not inspect(conn).has_table(meta.name):
        return None
    value = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).scalar()
    return int(value) if value is not None else None


def ensure_schema(conn: Connection) -> int:
    """Create the tables in an empty database or migrate an older ledger; return the version found.

    Runs inside the caller's transaction; on PostgreSQL an advisory lock makes concurrent callers
    wait for one another (SQLite's write lock does the same there).
    """
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(7316001)"))
    found = stored_version(conn)
    if found is None:
        metadata.create_all(conn)
        conn.execute(meta.insert().values(key="schema_version", value=str(SCHEMA_VERSION)))
        return SCHEMA_VERSION
    if found > SCHEMA_VERSION:
        raise SchemaError(
            f"the ledger has schema version {found}, newer than this arms_nlp's {SCHEMA_VERSION}; upgrade arms_nlp"
        )
    for version in range(found, SCHEMA_VERSION):
        MIGRATIONS[version](conn)
    if found < SCHEMA_VERSION:
        conn.execute(meta.update().where(meta.c.key == "schema_version").values(value=str(SCHEMA_VERSION)))
    return found
