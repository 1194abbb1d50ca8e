"""Precision, recall, F1 and span matching shared by the benchmark scripts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path


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
