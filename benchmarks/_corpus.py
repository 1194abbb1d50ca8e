"""Corpus loading shared by the benchmark scripts."""

from __future__ import annotations

from itertools import cycle, islice
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"


def load_texts(directory: Path | None, at_least: int) -> list[str]:
    """The ``.txt`` files of ``directory`` (default: the fixtures), repeated to ``at_least`` texts."""
    folder = directory or FIXTURES
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.glob("*.txt"))]
    if not texts:
        raise FileNotFoundError(f"no .txt files in {folder}")
    return list(islice(cycle(texts), max(at_least, len(texts))))
