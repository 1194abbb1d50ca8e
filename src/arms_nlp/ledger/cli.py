"""The ``ingest`` and ``claims`` subcommands of ``arms-nlp``, registered in :data:`COMMANDS`.

``arms-nlp ingest PATH... --db DB [--n-process N]`` stores the transfer statements of article files
(folders stand for their ``*.txt`` files; an article's id is its file name without extension);
``arms-nlp claims --db DB [--supplier X] [--recipient Y] [--weapon Z] [--since DATE] [--format F]``
prints the consolidated claims. ``--db`` is a SQLite file path or a database URL.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import Any, TextIO

DB_HELP = "the ledger: a SQLite file path, or a URL such as postgresql://user@host/dbname"


def _open_ledger(db: str) -> Any:
    """The ledger at ``db``; a clear message (not a traceback) when SQLAlchemy or the server is missing."""
    from sqlalchemy.exc import SQLAlchemyError

    from .store import Ledger

    try:
        return Ledger(db)
    except (SQLAlchemyError, ImportError, RuntimeError) as err:
        raise SystemExit(f"arms-nlp: error: cannot open the ledger {db!r}: {err}") from err


def add_ingest_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``ingest``: extract article files and store their transfer statements in a ledger."""
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article text files, or folders of *.txt files")
    parser.add_argument("--db", required=True, help=DB_HELP)
    parser.add_argument("--n-process", type=int, default=1, help="extraction processes (default 1)")
    parser.add_argument("--published", help="the articles' date, YYYY-MM-DD, when known (else their dateline)")
    parser.add_argument("--outlet", help="the outlet that published the articles (the source of their own voice)")
    parser.add_argument("--quiet", action="store_true", help="no per-article progress on stderr")
    parser.set_defaults(run=run_ingest)


def run_ingest(args: argparse.Namespace) -> int:
    """Ingest the files; progress and the summary go to stderr. Exit 1 when some file failed."""
    from .files import ingest_files

    if args.n_process < 1:
        raise SystemExit("arms-nlp ingest: error: --n-process must be at least 1")
    ledger = _open_ledger(args.db)

    def progress(path: Path, outcome: str) -> None:
        if not args.quiet:
            print(f"{path}: {outcome}", file=sys.stderr)

    try:
        summary = ingest_files(
            ledger,
            args.paths,
            n_process=args.n_process,
            published=args.published,
            outlet=args.outlet,
            progress=progress,
        )
    except ValueError as err:  # a malformed --published
        raise SystemExit(f"arms-nlp ingest: error: {err}") from err
    finally:
        ledger.close()
    print(
        f"{summary.added} added, {summary.skipped} skipped (already present), {summary.failed} failed", file=sys.stderr
    )
    return 1 if summary.failed else 0


def add_claims_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``claims``: print the consolidated claims of a ledger."""
    parser.add_argument("--db", required=True, help=DB_HELP)
    parser.add_argument("--supplier", help="only this supplier (case-insensitive)")
    parser.add_argument("--recipient", help="only this recipient (case-insensitive)")
    parser.add_argument("--weapon", help="only this weapon family (ballistic_missile) or a weapon it names (Fateh-110)")
    parser.add_argument("--since", help="only claims reported in articles dated on or after YYYY-MM-DD")
    parser.add_argument("--format", choices=("table", "csv", "jsonl"), default="table", help="output (default table)")
    parser.set_defaults(run=run_claims)


def run_claims(args: argparse.Namespace) -> int:
    """Print the claims matching the filters to stdout."""
    ledger = _open_ledger(args.db)
    try:
        claims = ledger.claims(supplier=args.supplier, recipient=args.recipient, weapon=args.weapon, since=args.since)
    except ValueError as err:  # a malformed --since
        raise SystemExit(f"arms-nlp claims: error: {err}") from err
    finally:
        ledger.close()
    {"table": _print_table, "csv": _print_csv, "jsonl": _print_jsonl}[args.format](claims, sys.stdout)
    return 0


#: The columns of the table format: (heading, claim row key).
_TABLE = (
    ("supplier", "supplier"),
    ("recipient", "recipient"),
    ("family", "family"),
    ("weapons named", "weapons"),
    ("stmts", "statements"),
    ("sources", "sources"),
    ("disputed", "disputed"),
    ("max qty", "largest_quantity"),
    ("latest status of the sources", "status_counts"),
)


#: The widest the weapons cell is shown.
_CELL_WIDTH = 34


def _cell(value: object, key: str = "") -> str:
    if key == "weapons" and isinstance(value, str) and len(value) > _CELL_WIDTH:
        return value[: _CELL_WIDTH - 3] + "..."
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _print_table(claims: list[Any], out: TextIO) -> None:
    from .frame import claim_rows

    rows = [[_cell(row[key], key) for _, key in _TABLE] for row in claim_rows(claims)]
    widths = [max([len(head), *(len(r[i]) for r in rows)]) for i, (head, _) in enumerate(_TABLE)]
    for cells in [[head for head, _ in _TABLE], *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(cells, widths)).rstrip(), file=out)
    print(f"({len(claims)} claims)", file=out)


def _print_csv(claims: list[Any], out: TextIO) -> None:
    from .frame import CLAIM_COLUMNS, claim_rows

    writer = csv.DictWriter(out, fieldnames=list(CLAIM_COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(claim_rows(claims))


def _print_jsonl(claims: list[Any], out: TextIO) -> None:
    for claim in claims:
        print(claim.model_dump_json(), file=out)


#: The subcommands this module adds: (name, help, add_arguments), as in ``arms_nlp.cli.COMMANDS``.
COMMANDS = [
    ("ingest", "store the transfer claims of article files in a ledger", add_ingest_arguments),
    ("claims", "print the transfer claims of a ledger, consolidated across articles", add_claims_arguments),
]
