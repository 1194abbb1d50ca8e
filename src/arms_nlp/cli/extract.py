"""``arms-nlp extract``: records of many articles as text, JSON, JSONL or CSV.

Inputs stream through :func:`arms_nlp.extract_many` (one pipeline, batches, optional worker
processes) in the order given; each output is written and flushed as soon as its article is
done, so ``| head`` sees the first records early.

Progress goes to standard error when it is a terminal and there is more than one input:
with tqdm when it is installed (it is not a dependency: a progress bar is not worth one),
otherwise as a one-line ``done/total`` counter.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TextIO

from ..api import ModelNotFoundError, _check_published, _shared_pipeline, extract_many
from ..frames import record_columns
from ..records import Extraction
from .inputs import Input, collect, report

FORMATS = ("text", "json", "jsonl", "csv")


def add_model_options(parser: argparse.ArgumentParser) -> None:
    """``--published`` and ``--model``, shared by the commands that run the pipeline."""
    parser.add_argument("--published", metavar="YYYY-MM-DD", help="the article date, when known")
    parser.add_argument("--model", help="spaCy model package or path (default: the best installed en_core_web_*)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``extract``."""
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files, folders (*.txt, *.md, *.html), globs, or - for standard input"
    )
    parser.add_argument("--format", "-f", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument("--json", action="store_const", const="json", dest="format", help="same as --format json")
    add_model_options(parser)
    parser.add_argument("--n-process", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    parser.add_argument("--batch-size", type=int, default=32, metavar="N", help="texts per batch (default: 32)")
    parser.set_defaults(run=run, error=parser.error)


def checked_published(parser_error: Any, value: str | None) -> dt.date | None:
    """The ``--published`` date, or a usage error."""
    try:
        return _check_published(value)
    except ValueError as err:
        parser_error(str(err))
        raise  # parser_error exits; kept for type checkers


def load_pipeline(model: str | None) -> Any:
    """The pipeline, or None after printing why it cannot be loaded."""
    try:
        return _shared_pipeline(model)
    except ModelNotFoundError as err:
        report([str(err)])
        return None


# ---------------------------------------------------------------- text listing


def _line(record: object, fields: Sequence[str]) -> str:
    parts = [
        f"{field}={getattr(record, field)!r}" for field in fields if getattr(record, field) not in (None, [], False)
    ]
    text = record.text
    shown = text if len(text) <= 90 else text[:87] + "..."
    return f"  [{record.start}:{record.end}] {shown!r}  " + ", ".join(parts)


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


# ---------------------------------------------------------------- writers


class Writer:
    """Writes one format: ``begin``, then ``item`` per article, then ``end``."""

    def __init__(self, out: TextIO, many: bool) -> None:
        self.out = out
        self.many = many
        self.count = 0

    def begin(self) -> None: ...

    def item(self, path: str, extraction: Extraction) -> None: ...

    def end(self) -> None: ...

    def write(self, path: str, extraction: Extraction) -> None:
        """Write one article's output and flush it, so a reader sees it at once."""
        self.item(path, extraction)
        self.count += 1
        self.out.flush()


class TextWriter(Writer):
    def item(self, path: str, extraction: Extraction) -> None:
        header = f"== {path}\n" if self.many else ""
        self.out.write(("\n" if self.count else "") + header + render(extraction) + "\n")


def _document(path: str, extraction: Extraction) -> dict[str, Any]:
    return {"path": path, **extraction.model_dump(mode="json")}


class JsonWriter(Writer):
    """One JSON array of ``{"path": ..., <Extraction fields>}`` objects, whatever the number of inputs."""

    def begin(self) -> None:
        self.out.write("[")

    def item(self, path: str, extraction: Extraction) -> None:
        body = json.dumps(_document(path, extraction), indent=2, ensure_ascii=False)
        self.out.write(("," if self.count else "") + "\n" + body)

    def end(self) -> None:
        self.out.write("\n]\n" if self.count else "]\n")


class JsonlWriter(Writer):
    """One line per input: ``{"path": ..., <Extraction fields>}``."""

    def item(self, path: str, extraction: Extraction) -> None:
        self.out.write(json.dumps(_document(path, extraction), ensure_ascii=False) + "\n")


def _csv_value(value: object) -> object:
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list) else value


class CsvWriter(Writer):
    """One row per record (``path``, ``type``, then every record field; lists as JSON arrays)."""

    def begin(self) -> None:
        self.columns = ["path", "type", *record_columns("all")]
        self.writer = csv.writer(self.out, lineterminator="\n")
        self.writer.writerow(self.columns)

    def item(self, path: str, extraction: Extraction) -> None:
        for record in extraction.to_records():
            row = {"path": path, **record}
            self.writer.writerow([_csv_value(row.get(column)) for column in self.columns])


WRITERS: dict[str, type[Writer]] = {"text": TextWriter, "json": JsonWriter, "jsonl": JsonlWriter, "csv": CsvWriter}


# ---------------------------------------------------------------- running


def _texts(
    inputs: Iterable[Input], published: dt.date | None, failed: list[str]
) -> Iterator[tuple[str, dict[str, Any]]]:
    """(text, context) of each readable input; a read error is reported and the input skipped."""
    for item in inputs:
        try:
            text = item.read()
        except OSError as err:
            failed.append(f"{item.label}: {err.strerror or err}")
            report(failed[-1:])
            continue
        yield text, {"path": item.label, "published": published}


def progress(results: Iterable[Any], total: int) -> Iterable[Any]:
    """``results`` with a progress display on standard error, when it is a terminal and total > 1."""
    if total <= 1 or not sys.stderr.isatty():
        return results
    try:
        from tqdm import tqdm
    except ImportError:
        return _counted(results, total)
    return tqdm(results, total=total, file=sys.stderr, unit="file", leave=False)


def _counted(results: Iterable[Any], total: int) -> Iterator[Any]:
    done = 0
    for done, result in enumerate(results, 1):
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)
        yield result
    print(f"\r{' ' * len(f'{done}/{total}')}\r", end="", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    """Check every input, report the bad ones, extract from the rest; 1 when any was skipped."""
    published = checked_published(args.error, args.published)
    inputs, errors = collect(args.paths)
    report(errors)
    if not inputs:
        return 1
    nlp = load_pipeline(args.model)
    if nlp is None:
        return 1
    failed: list[str] = []
    writer = WRITERS[args.format](sys.stdout, many=len(inputs) > 1)
    writer.begin()
    pairs = extract_many(
        _texts(inputs, published, failed), batch_size=args.batch_size, n_process=args.n_process, nlp=nlp
    )
    for extraction, context in progress(pairs, len(inputs)):
        writer.write(context["path"], extraction)
    writer.end()
    return 1 if errors or failed else 0
