"""The inputs of a command: files, folders, globs and ``-``, all checked before any work starts."""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..normalize.markup import html_to_text

#: Files read from a folder (recursively); markup is stripped from the HTML ones.
FOLDER_SUFFIXES = (".txt", ".md", ".html", ".htm")
_HTML = (".html", ".htm")
STDIN = "-"


@dataclass(frozen=True)
class Input:
    """One article to read: ``label`` is its path as shown in output (``-`` for standard input)."""

    label: str
    path: Path | None = None

    def read(self) -> str:
        """The text (HTML reduced to its visible text); raises OSError when unreadable."""
        if self.path is None:
            return sys.stdin.read()
        text = self.path.read_text(encoding="utf-8-sig", errors="replace")
        return html_to_text(text) if self.path.suffix.lower() in _HTML else text


def _folder(path: Path) -> list[Path]:
    found = (p for p in path.rglob("*") if p.suffix.lower() in FOLDER_SUFFIXES and p.is_file())
    return sorted(p for p in found if not any(part.startswith(".") for part in p.relative_to(path).parts))


def _expand(arg: str) -> tuple[list[Path], str | None]:
    """The files one argument names, or an error message."""
    path = Path(arg)
    if path.is_dir():
        files = _folder(path)
        return (files, None) if files else ([], f"{arg}: no {', '.join(FOLDER_SUFFIXES)} file in this folder")
    if path.exists():
        return [path], None
    if glob.has_magic(arg):
        matches = sorted(Path(m) for m in glob.glob(arg, recursive=True))
        files = [f for m in matches for f in (_folder(m) if m.is_dir() else [m])]
        return (files, None) if files else ([], f"{arg}: no file matches")
    return [], f"{arg}: no such file or directory"


def collect(args: Sequence[str]) -> tuple[list[Input], list[str]]:
    """(inputs in the order given, one error message per argument that gives none).

    Folders give their ``.txt``, ``.md`` and ``.html`` files (recursively, hidden ones
    skipped); a glob gives the files it matches; a file named twice is read once.
    """
    inputs: list[Input] = []
    errors: list[str] = []
    seen: set[str] = set()
    for arg in args:
        if arg == STDIN:
            files, error = [], None
            if STDIN not in seen:
                seen.add(STDIN)
                inputs.append(Input(STDIN))
        else:
            files, error = _expand(arg)
        if error:
            errors.append(error)
        for file in files:
            key = str(file.resolve())
            if key in seen:
                continue
            seen.add(key)
            if not os.access(file, os.R_OK) or not file.is_file():
                errors.append(f"{file}: cannot be read")
                continue
            inputs.append(Input(str(file), file))
    return inputs, errors


def report(errors: Sequence[str]) -> None:
    """Print each error on standard error, prefixed with the command name."""
    for error in errors:
        print(f"arms-nlp: error: {error}", file=sys.stderr)
