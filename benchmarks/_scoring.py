"""Precision, recall, F1 and span matching shared by the benchmark scripts."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """(precision, recall, F1); an empty prediction or gold set counts as vacuously precise or complete."""
    precision = tp / predicted if predicted else 1.0
    recall = tp / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def match_spans(
    gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]], exact: bool
) -> list[tuple[int, int]]:
    """One-to-one matching of (start, end) spans: (gold index, predicted index) pairs.

    *Exact* pairs need the same offsets; otherwise spans that share a character pair up greedily,
    largest overlap first.
    """
    pairs = []
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(predicted):
            if exact:
                if (gs, ge) == (ps, pe):
                    pairs.append((ge - gs, gi, pi))
            else:
                shared = min(ge, pe) - max(gs, ps)
                if shared > 0:
                    pairs.append((shared, gi, pi))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    matched = []
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            matched.append((gi, pi))
    return matched


def read_split_gold(
    argv: list[str] | None, description: str, default: Path, what: str, loader: Callable[[Path, str], list]
) -> tuple[argparse.Namespace, list] | None:
    """Parse the command line of a dev/test gold-file benchmark and load its lines (None after printing an error)."""
    args = split_gold_parser(description, default, what).parse_args(argv)
    try:
        return args, loader(args.file, args.split)
    except (OSError, ValueError, KeyError) as err:
        print(f"error: {err}", file=sys.stderr)
        return None


def split_gold_parser(description: str, default: Path, what: str) -> argparse.ArgumentParser:
    """The command line of the benchmarks over dev/test gold files: FILE, ``--split``, ``--verbose``, ``--json``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("file", nargs="?", type=Path, default=default, help=f"gold {what} (JSON lines)")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all", help="which lines to score")
    parser.add_argument("--verbose", action="store_true", help="list the errors")
    parser.add_argument("--json", action="store_true", help="print JSON")
    return parser


def locate_in_order(text: str, strings: Sequence[str], where: str) -> list[tuple[int, int]]:
    """Character spans of ``strings`` listed in text order, each found as a whole word ("2" is not
    found inside "24 hours") after the previous one, or else inside it (a record nested in the one
    before). A string not found is an error naming ``where``."""
    spans: list[tuple[int, int]] = []
    for string in strings:
        pattern = re.compile(r"(?<!\w)" + re.escape(string) + r"(?!\w)")
        start, end = spans[-1] if spans else (-1, 0)
        found = pattern.search(text, end) or pattern.search(text, start + 1)
        if found is None:
            raise ValueError(f"{where}: {string!r} is not in {text!r} after character {end}")
        spans.append((found.start(), found.end()))
    return spans


@dataclass
class ScoreRow:
    """Counts of one score row, accuracies over matched pairs, and the errors behind them."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0
    right: dict[str, list[int]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp, self.predicted, self.gold = self.tp + tp, self.predicted + predicted, self.gold + gold

    def judge(self, key: str, ok: bool) -> None:
        """Count one matched pair as right or wrong on ``key``."""
        hits = self.right.setdefault(key, [0, 0])
        hits[0] += ok
        hits[1] += 1

    def scores(self) -> dict[str, Any]:
        p, r, f = prf(self.tp, self.predicted, self.gold)
        extra = {k: f"{hit / total:.3f} (n={total})" for k, (hit, total) in self.right.items() if total}
        return {
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
            "gold": self.gold,
            "predicted": self.predicted,
            **extra,
        }


def format_rows(table: dict[str, dict[str, Any]]) -> str:
    """A plain-text table of :meth:`ScoreRow.scores` results, the accuracies after the counts."""
    counts = ("precision", "recall", "f1", "gold", "predicted")
    width = max(len(key) for key in table) + 2
    lines = [f"{'row':<{width}}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'pred':>6}  accuracy over matched"]
    for key, s in table.items():
        extra = "  ".join(f"{k} {v}" for k, v in s.items() if k not in counts)
        lines.append(
            f"{key:<{width}}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}{s['gold']:>6}{s['predicted']:>6}  {extra}".rstrip()
        )
    return "\n".join(lines)


def gold_lines(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, parsed object) for every non-empty line of a JSON-lines gold file."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            yield number, json.loads(line)


def in_split(row: dict[str, Any], split: str) -> bool:
    """True when a gold line belongs to ``split`` ("all" takes every line)."""
    return split == "all" or row.get("split") == split
