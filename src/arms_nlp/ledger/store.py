"""The :class:`Ledger`: transfer statements of many articles in one SQL database (SQLAlchemy Core).

SQLite is the embedded default (a file path is enough); PostgreSQL is reached through a URL
(``postgresql://user@host/db``, driven by psycopg 3). Each article is written in one transaction, so a
failure leaves no half article; an article already present (same id, or same text hash when no id is
given) is skipped. On SQLite, writers take the write lock at ``BEGIN IMMEDIATE`` in WAL mode with a busy
timeout, and a transaction that still meets "database is locked" is retried, so several processes can
ingest into one file at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, func, nullsfirst, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.pool import StaticPool

from ..api import _check_published
from ..records import Claim, Extraction
from .claims import group_claims, statement_rows, to_statement
from .schema import articles, ensure_schema, statements

T = TypeVar("T")

#: Seconds a SQLite writer waits for the lock before "database is locked".
BUSY_TIMEOUT_S = 30.0
#: The execution option that marks a write transaction (SQLite begins it IMMEDIATE).
WRITER = "arms_ledger_writer"
#: Where an extraction's date may come from to count as the article's date. The latest date an article
#: mentions ("latest_date") is only a lower bound of its publication, so it is not taken.
TRUSTED_DATES: frozenset[str] = frozenset({"given", "dateline"})
#: Attempts of one transaction that meets "database is locked" (with a growing, jittered pause).
LOCK_RETRIES = 8


def ledger_url(target: str | Path | URL) -> URL:
    """The SQLAlchemy URL of a ledger: a URL as given (``postgresql://`` uses psycopg 3), or a SQLite file path."""
    if isinstance(target, URL):
        url = target
    elif isinstance(target, str) and "://" in target:
        url = make_url(target)
    else:
        url = URL.create("sqlite", database=str(Path(target).expanduser().resolve()))
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


def text_hash(text: str) -> str:
    """The SHA-256 of an article's text, the identity of an article ingested without an id."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _is_locked(err: OperationalError) -> bool:
    message = str(err.orig).lower()
    return "database is locked" in message or "database is busy" in message


def _sqlite_engine(url: URL) -> Engine:
    in_memory = url.database in (None, "", ":memory:")
    engine = create_engine(
        url,
        connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False},
        poolclass=StaticPool if in_memory else None,
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # transactions are begun below, explicitly
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        if not in_memory:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # A writer takes the write lock at once (no deadlock when a reader would upgrade); readers never wait.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITER) else "BEGIN")

    return engine


def make_engine(target: str | Path | URL) -> Engine:
    """An engine for a ledger URL or SQLite path, configured for concurrent writers."""
    url = ledger_url(target)
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    return create_engine(url, pool_pre_ping=True)


@dataclass
class IngestSummary:
    """What one bulk ingest did: articles added, skipped as already present, failed."""

    added: int = 0
    skipped: int = 0
    failed: int = 0

    def __iadd__(self, other: IngestSummary) -> IngestSummary:
        self.added += other.added
        self.skipped += other.skipped
        self.failed += other.failed
        return self


@dataclass(frozen=True)
class _Article:
    """One article ready to be written: its row and its statement rows."""

    row: dict[str, Any]
    statements: list[dict[str, Any]]
    by_hash: bool


class Ledger:
    """Transfer claims across articles, stored in a SQL database.

    >>> ledger = Ledger("claims.db")                     # SQLite file, created on first use
    >>> ledger.add(extract(text), article_id="a1", published="2024-02-21")
    >>> ledger.claims(supplier="Iran", weapon="ballistic_missile")
    """

    def __init__(self, url: str | Path | URL) -> None:
        self.engine = make_engine(url)
        self._writer = self.engine.execution_options(**{WRITER: True})
        self._retrying(lambda: self._write(ensure_schema))

    # --- writing -------------------------------------------------------------------------------

    def add(
        self,
        extraction: Extraction | Mapping[str, Any],
        article_id: str | None = None,
        published: dt.date | str | None = None,
        *,
        text: str | None = None,
        outlet: str | None = None,
    ) -> bool:
        """Store one article's transfer statements in one transaction; False when it was already present.

        ``article_id`` identifies the article; without it the article is identified by the hash of
        ``text`` (or, without text, of the extraction itself). ``published`` defaults to the date the
        extraction read from a dateline (see :data:`TRUSTED_DATES`). ``outlet``, when given, is the source
        of what the article says in its own voice.
        """
        article = self._prepare(extraction, article_id, published, text, outlet)
        return self._add_batch([article]).added == 1

    def add_many(
        self, items: Iterable[tuple[Extraction | Mapping[str, Any], Mapping[str, Any]]], *, batch_size: int = 64
    ) -> IngestSummary:
        """Store many articles, ``batch_size`` per transaction; each item is ``(extraction, context)``.

        ``context`` holds the :meth:`add` keywords (``article_id`` or ``id``, ``published``, ``text``,
        ``text_hash``, ``outlet``), as :func:`arms_nlp.extract_many` and :func:`arms_nlp.dask.extract_bag`
        give them back. A batch meeting an article written meanwhile by another process is redone one by one.
        """
        summary = IngestSummary()
        for batch in _batches((self._prepare_item(e, c) for e, c in items), batch_size):
            summary += self._add_batch(batch)
        return summary

    def _add_batch(self, batch: list[_Article]) -> IngestSummary:
        try:
            added = self._retrying(lambda: self._write(lambda conn: self._insert(conn, batch)))
            return IngestSummary(added=added, skipped=len(batch) - added)
        except IntegrityError:
            if len(batch) == 1:
                if self._write(lambda conn: self._present(conn, batch[0])):
                    return IngestSummary(skipped=1)  # another writer stored it between our check and insert
                raise
        summary = IngestSummary()
        for article in batch:
            summary += self._add_batch([article])
        return summary

    def _prepare_item(self, extraction: Extraction | Mapping[str, Any], context: Mapping[str, Any]) -> _Article:
        article_id = context.get("article_id", context.get("id"))
        return self._prepare(
            extraction,
            None if article_id is None else str(article_id),
            context.get("published"),
            context.get("text"),
            context.get("outlet"),
            context.get("text_hash"),
        )

    def _prepare(
        self,
        extraction: Extraction | Mapping[str, Any],
        article_id: str | None,
        published: dt.date | str | None,
        text: str | None,
        outlet: str | None,
        digest: str | None = None,
    ) -> _Article:
        if not isinstance(extraction, Extraction):
            extraction = Extraction.model_validate(extraction)
        if article_id is not None and (not isinstance(article_id, str) or not article_id):
            raise ValueError(f"article_id must be a non-empty string, got {article_id!r}")
        digest = digest or text_hash(text if text is not None else extraction.model_dump_json())
        day = _check_published(published)
        found_from = extraction.published_from if extraction.published_from in TRUSTED_DATES else None
        row = {
            "article_id": article_id or f"sha256:{digest}",
            "text_hash": digest,
            "published": day or (extraction.published if found_from else None),
            "published_from": "given" if day else found_from,
            "outlet": outlet,
            "ingested_at": dt.datetime.now(dt.UTC),
        }
        found = statement_rows(extraction, row["article_id"], outlet)
        row["n_statements"] = len(found)
        return _Article(row, found, by_hash=article_id is None)

    def _insert(self, conn: Connection, batch: list[_Article]) -> int:
        """Write the articles not yet present; the number written."""
        fresh = [a for a in _unique(batch) if not self._present(conn, a)]
        if fresh:
            conn.execute(articles.insert(), [a.row for a in fresh])
            rows = [row for a in fresh for row in a.statements]
            if rows:
                conn.execute(statements.insert(), rows)
        return len(fresh)

    @staticmethod
    def _present(conn: Connection, article: _Article) -> bool:
        if article.by_hash:
            where = articles.c.text_hash == article.row["text_hash"]
        else:
            where = articles.c.article_id == article.row["article_id"]
        return conn.execute(select(articles.c.article_id).where(where).limit(1)).first() is not None

    def _write(self, work: Callable[[Connection], T]) -> T:
        with self._writer.begin() as conn:
            return work(conn)

    @staticmethod
    def _retrying(attempt: Callable[[], T]) -> T:
        for tries in range(LOCK_RETRIES):
            try:
                return attempt()
            except OperationalError as err:
                if not _is_locked(err) or tries == LOCK_RETRIES - 1:
                    raise
                time.sleep(min(2.0, 0.05 * 2**tries) * (0.5 + random.random()))
        raise AssertionError("unreachable")  # pragma: no cover

    # --- reading -------------------------------------------------------------------------------

    def has(self, article_id: str) -> bool:
        """True when an article with this id is in the ledger."""
        with self.engine.connect() as conn:
            found = conn.execute(select(articles.c.article_id).where(articles.c.article_id == article_id)).first()
        return found is not None

    def counts(self) -> dict[str, int]:
        """The number of articles and of statements stored."""
        with self.engine.connect() as conn:
            return {
                "articles": conn.execute(select(func.count()).select_from(articles)).scalar_one(),
                "statements": conn.execute(select(func.count()).select_from(statements)).scalar_one(),
            }

    def claims(
        self,
        supplier: str | None = None,
        recipient: str | None = None,
        weapon: str | None = None,
        since: dt.date | str | None = None,
    ) -> list[Claim]:
        """The claims, optionally only those of a supplier, recipient or weapon, or reported since a date.

        Names match case-insensitively; ``weapon`` matches a claim's family ("ballistic_missile" or
        "ballistic missile") or any weapon its statements name ("Fateh-110"). ``since`` keeps the claims
        with a statement in an article dated on or after it. Claims come ordered by supplier, recipient, family.
        """
        day = _check_published(since)
        query = (
            select(statements, articles.c.published, articles.c.outlet)
            .join(articles, statements.c.article_id == articles.c.article_id)
            .order_by(nullsfirst(articles.c.published.asc()), statements.c.id)
        )
        for column, wanted in ((statements.c.supplier, supplier), (statements.c.recipient, recipient)):
            if wanted is not None:
                query = query.where(func.lower(column) == wanted.lower())
        with self.engine.connect() as conn:
            found = group_claims(to_statement(row._mapping) for row in conn.execute(query))
        kept = [c for c in found if _weapon_matches(c, weapon) and (day is None or _reported_since(c, day))]
        return sorted(kept, key=lambda c: (c.supplier or "", c.recipient or "", c.family))

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _weapon_matches(claim: Claim, weapon: str | None) -> bool:
    if weapon is None:
        return True
    wanted = weapon.strip().lower()
    return claim.family == wanted.replace(" ", "_") or any(w.lower() == wanted for w in claim.weapons)


def _reported_since(claim: Claim, day: dt.date) -> bool:
    return claim.last_reported is not None and claim.last_reported >= day


def _unique(batch: list[_Article]) -> Iterator[_Article]:
    """The articles of a batch, each identity once (a batch may repeat an article)."""
    ids: set[str] = set()
    hashes: set[str] = set()
    for article in batch:
        if article.row["article_id"] in ids or (article.by_hash and article.row["text_hash"] in hashes):
            continue
        ids.add(article.row["article_id"])
        hashes.add(article.row["text_hash"])
        yield article


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
