"""``arms-nlp``: extract records from article files, render them as HTML, print the schema, and keep a
ledger of claims across articles (``ingest``, ``claims``).

Subcommands live in a registry, :data:`COMMANDS`: a list of ``(name, help, add_arguments)``.
``add_arguments(parser)`` adds the command's options to its own sub-parser and calls
``parser.set_defaults(run=function)``, where ``function(args) -> int`` does the work and
returns the exit status. Adding a command is writing that function and appending one
entry (or calling :func:`register` before :func:`main`).

argparse (the standard library) is used rather than Typer or Click: five small commands
do not justify a dependency, and the registry above is all the structure they need.

Exit status: 0; 1 when an input was skipped (missing, unreadable) or the model is missing;
2 for a usage error; 141 (like a command killed by SIGPIPE) when the reader of standard
output goes away, with no traceback; 130 on Ctrl-C.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

AddArguments = Callable[[argparse.ArgumentParser], None]


def _version() -> str:
    import spacy

    from .. import __version__

    return f"arms-nlp {__version__} (spaCy {spacy.__version__}, Python {sys.version.split()[0]})"


def _add_schema(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults(run=_run_schema)


def _run_schema(args: argparse.Namespace) -> int:
    import json

    from ..records import Extraction

    print(json.dumps(Extraction.model_json_schema(), indent=2, ensure_ascii=False))
    return 0


def _commands() -> list[tuple[str, str, AddArguments]]:
    from ..ledger import cli as ledger
    from . import extract, report

    return [
        ("extract", "extract records from files, folders, globs or - (standard input)", extract.add_arguments),
        ("render", "write an HTML report of one article (highlighted fields, transfers, ranges)", report.add_arguments),
        ("schema", "print the JSON Schema of an Extraction", _add_schema),
        *ledger.COMMANDS,
    ]


#: The subcommands: (name, help, add_arguments); see the module docstring.
COMMANDS: list[tuple[str, str, AddArguments]] = _commands()


def register(name: str, help: str, add_arguments: AddArguments) -> None:
    """Add a subcommand (replacing one of the same name)."""
    COMMANDS[:] = [entry for entry in COMMANDS if entry[0] != name]
    COMMANDS.append((name, help, add_arguments))


def build_parser() -> argparse.ArgumentParser:
    """The ``arms-nlp`` parser with every registered subcommand."""
    parser = argparse.ArgumentParser(prog="arms-nlp", description="Typed records of arms transfers from English news.")
    parser.add_argument("--version", action="version", version=_version())
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, help, add_arguments in COMMANDS:
        add_arguments(commands.add_parser(name, help=help, description=help))
    return parser


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (a test's capture)
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``arms-nlp`` command; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        status: int = args.run(args)
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
        return 141
    except KeyboardInterrupt:
        return 130
    return status


if __name__ == "__main__":
    sys.exit(main())
