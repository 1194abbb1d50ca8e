"""``arms-nlp``: extract records from article files on the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .api import extract
from .ledger.cli import SUBCOMMANDS as LEDGER_SUBCOMMANDS
from .records import Extraction


def _line(record: object, fields: Sequence[str]) -> str:
    parts = [f"{field}={getattr(record, field)!r}" for field in fields if getattr(record, field) not in (None, [], False)]
    text = getattr(record, "text")
    shown = text if len(text) <= 90 else text[:87] + "..."
    return f"  [{getattr(record, 'start')}:{getattr(record, 'end')}] {shown!r}  " + ", ".join(parts)


_SHOWN: dict[str, tuple[str, ...]] = {
    "weapons": ("name", "category"),
    "quantities": ("value", "low", "high", "qualifier", "item", "weapon"),
    "ranges": ("low_km", "high_km", "unit", "qualifier", "weapon", "conversion_mismatch"),
    "actors": ("name", "kind", "affiliation", "title"),
    "quotes": ("speaker", "cue", "kind"),
    "dates": ("value", "grain"),
    "transfers": ("supplier", "recipient", "weapon", "quantity", "status", "source", "date"),
}


def render(extraction: Extraction) -> str:
    """A readable, sectioned listing of an extraction."""
    lines = [f"published: {extraction.published} ({extraction.published_from or 'unknown'})"]
    for field, shown in _SHOWN.items():
        records = getattr(extraction, field)
        lines.append(f"\n{field} ({len(records)})")
        for record in records:
            lines.append(_line(record, shown))
            if field == "actors":
                lines.append("      mentions: " + ", ".join(repr(m.text) for m in record.mentions))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``arms-nlp`` command."""
    parser = argparse.ArgumentParser(prog="arms-nlp", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("extract", help="extract records from article files ('-' reads standard input)")
    run.add_argument("files", nargs="+", help="text files, or - for standard input")
    run.add_argument("--json", action="store_true", help="print JSON (one document per file)")
    run.add_argument("--published", help="the article date, YYYY-MM-DD, when known")
    for add_subcommand in LEDGER_SUBCOMMANDS:
        add_subcommand(commands)
    args = parser.parse_args(argv)
    if hasattr(args, "func"):
        return int(args.func(args))

    for name in args.files:
        if name == "-":
            text = sys.stdin.read()
        else:
            path = Path(name)
            if not path.is_file():
                parser.error(f"no such file: {name}")
            text = path.read_text(encoding="utf-8", errors="replace")
        try:
            result = extract(text, published=args.published)
        except ValueError as err:
            parser.error(str(err))
        if args.json:
            print(result.model_dump_json(indent=2))
        else:
            if len(args.files) > 1:
                print(f"== {name}")
            print(render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
