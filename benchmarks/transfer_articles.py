"""Transfer claims on whole real news articles, against gold written by reading them.

Usage: ``python benchmarks/transfer_articles.py [DIR] [--split dev|test|all] [--verbose] [--json]``

DIR (default ``benchmarks/data/transfer_articles``) holds one JSON file per article::

    {"id", "url", "title", "published": "YYYY-MM-DD" | null, "split": "dev" | "test", "text",
     "transfers": [{"supplier", "recipient", "weapon", "category", "quantity", "status", "source", "evidence": [...]}]}

The articles (92 in seven sets, A-G, half of them ``dev``: aid to Ukraine, Asia-Pacific, Latin American,
Gulf, African, Balkan and Central Asian sales, naval sales, seized shipments, denials and cancelled deals)
and their gold were collected and written by gold writers who never ran the library nor read its
rules, under the status convention of ``fixtures/README.md``; where they came from is in the folder's README
files. Odd-numbered articles are the ``dev`` split (read for error analysis), even ones
the ``test`` split (scored, not read).

Rows, micro-averaged over articles, with the rules of ``benchmarks/transfer_sentences.py``: ``transfers``
matches (supplier, recipient, weapon category) keys, with status accuracy over claims paired on their
key; ``transfer claims`` matches claims one-to-one on key and status; ``source`` is the accuracy of the
attributed source over claims paired on key and status. A claim's category is the gold's own.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _scoring import in_split  # noqa: E402
from transfer_sentences import STATUSES, run  # noqa: E402

DEFAULT = Path(__file__).parent / "data" / "transfer_articles"
Record = dict[str, Any]


def load(folder: Path, split: str) -> list[Record]:
    """The gold articles of one split ("all" for every file); a malformed file is an error."""
    if not folder.is_dir():
        raise OSError(f"no such folder: {folder}")
    rows = []
    for path in sorted(folder.glob("*.json")):
        row = json.loads(path.read_text(encoding="utf-8"))
        claims = row.get("transfers", [])
        if not isinstance(row.get("text"), str) or any(c.get("status") not in STATUSES for c in claims):
            raise ValueError(f"{path.name}: needs a text and transfers with a status in {sorted(STATUSES)}")
        if in_split(row, split):
            rows.append(row)
    return rows


def gold_weapons(row: Record) -> list[Record]:
    """The gold's claimed weapons with the category the gold gives them."""
    return [{"name": c["weapon"], "category": c["category"]} for c in row.get("transfers", []) if c.get("weapon")]


def main(argv: list[str] | None = None) -> int:
    return run(argv, __doc__.splitlines()[0], DEFAULT, "articles", load, gold_weapons)


if __name__ == "__main__":
    sys.exit(main())
