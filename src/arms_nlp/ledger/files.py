"""Ingest article files: read each (reporting bad ones), extract them in a stream, store them in a ledger."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..api import extract_many
from .store import IngestSummary, Ledger, text_hash

#: Called once per article with (path, outcome): "added", "skipped" or "failed: <reason>".
Progress = Callable[[Path, str], None]


class BadArticleError(ValueError):
    """A file that is not an article: missing, unreadable, not UTF-8 text, or empty."""


def article_paths(paths: Iterable[str | Path]) -> list[Path]:
    """The files named, a folder standing for the ``*.txt`` files in it (recursively), in order."""
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        found.extend(sorted(p for p in path.rglob("*.txt") if p.is_file()) if path.is_dir() else [path])
    return found


def read_article(path: str | Path) -> str:
    """The text of an article file; :class:`BadArticleError` says why a file is not one."""
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise BadArticleError(err.strerror or str(err)) from err
    if b"\x00" in data:
        raise BadArticleError("binary file (NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise BadArticleError(f"not UTF-8 text (byte {err.start})") from err
    if not text.strip():
        raise BadArticleError("empty file")
    return text


def article_id(path: Path) -> str:
    """The ledger id of an article file: its name without the extension."""
    return path.stem


def ingest_files(
    ledger: Ledger,
    paths: Iterable[str | Path],
    *,
    n_process: int = 1,
    batch_size: int = 16,
    published: dt.date | str | None = None,
    outlet: str | None = None,
    nlp: Language | None = None,
    progress: Progress | None = None,
) -> IngestSummary:
    """Extract and store article files, one transaction per article; bad files are reported and skipped.

    An article whose id (the file stem) is already in the ledger is skipped before extraction.
    """
    summary = IngestSummary()
    report = progress or (lambda _path, _outcome: None)

    def readable() -> Iterator[tuple[str, dict[str, Any]]]:
        for path in article_paths(paths):
            if ledger.has(article_id(path)):
                summary.skipped += 1
                report(path, "skipped")
                continue
            try:
                text = read_article(path)
            except BadArticleError as err:
                summary.failed += 1
                report(path, f"failed: {err}")
                continue
            yield text, {"path": path, "published": published, "text_hash": text_hash(text)}

    for extraction, context in extract_many(readable(), batch_size=batch_size, n_process=n_process, nlp=nlp):
        path = context["path"]
        added = ledger.add_many([(extraction, {**context, "article_id": article_id(path), "outlet": outlet})])
        summary += added
        report(path, "added" if added.added else "skipped")
    return summary
