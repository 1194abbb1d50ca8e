"""find_lengths on quantulum3's English golden cases whose unit is a length.

Usage: ``python benchmarks/quantulum_cases.py [--verbose] [--no-quantulum]``

quantulum3 ships its golden cases in ``quantulum3/_lang/en_US/tests/quantities.json``
(sentence, expected quantities). Every expected quantity whose unit is a length (by
quantulum3's own unit database: entity "length" and dimension length^1, which leaves out the
"inverse femtobarn" that database files under length; by name when it is unavailable) is one case. A case is
right when one length found in the sentence overlaps the expected surface, has the same unit
(canonical names are shared: "kilometre", "mile", "inch"...), and its value is within 1%;
for an interval (quantulum3 writes ``value`` ± ``uncertainty``) both bounds must be within 1%.

find_lengths folds a bracketed conversion ("1,500,000 kilometres (930,000 mi)") into the first
figure; quantulum3 counts both, so the scoring here uses ``scan_lengths(fold_conversions=False)``,
the same scanner without the fold. With quantulum3 importable, its own parser runs on the
same cases for comparison. Prints a table; ``--verbose`` lists the failures. Exit 0 unless an error.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import warnings
from dataclasses import dataclass
from importlib import resources

from arms_nlp.kb.units import unit_table
from arms_nlp.normalize.length_tokens import tokenize, unit_at
from arms_nlp.normalize.lengths import scan_lengths

TOLERANCE = 0.01


@dataclass(frozen=True)
class Case:
    """One expected length quantity in a sentence."""

    sentence: str
    surface: str
    unit: str
    low: float | None
    high: float


@dataclass(frozen=True)
class Guess:
    """A length found by a parser: canonical unit, bounds in that unit, character span."""

    unit: str
    low: float | None
    high: float
    start: int
    end: int


def _golden() -> list[dict]:
    path = resources.files("quantulum3") / "_lang" / "en_US" / "tests" / "quantities.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _is_length(unit_name: str) -> bool:
    try:
        from quantulum3 import load

        unit = load.units("en_US").names[unit_name]
        # quantulum3 files "inverse femtobarn" (length^-2) under the length entity: keep power-1 units only
        return unit.entity.name == "length" and [d["power"] for d in unit.dimensions] == [1]
    except Exception:  # quantulum3 missing or its unit table changed: fall back to our unit names
        return unit_name in {u.name for u in unit_table().units}


def cases() -> list[Case]:
    """Every expected length of the golden file."""
    found = []
    for item in _golden():
        for expected in item["res"]:
            if not _is_length(expected["unit"]):
                continue
            value, spread = float(expected["value"]), expected.get("uncertainty")
            low, high = (value - spread, value + spread) if spread else (None, value)
            found.append(Case(item["req"], expected["surface"], expected["unit"], low, high))
    return found


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b), 1e-30)


def right(case: Case, guesses: list[Guess]) -> bool:
    """Does one guess overlap the expected surface with the same unit and bounds?"""
    begin = case.sentence.find(case.surface)
    end = begin + len(case.surface)
    for guess in guesses:
        overlaps = begin < 0 or (guess.start < end and begin < guess.end)
        if overlaps and guess.unit == case.unit and _close(guess.high, case.high) and _close(guess.low, case.low):
            return True
    return False


def ours(sentence: str) -> list[Guess]:
    """find_lengths' scanner (conversions unfolded), bounds back in the written unit."""
    guesses = []
    for length in scan_lengths(sentence, fold_conversions=False):
        match = unit_at(tokenize(length.unit), 0)
        if match is None:
            continue
        factor = match.form.unit.km
        low = None if length.low_km is None else length.low_km / factor
        guesses.append(Guess(match.form.unit.name, low, length.high_km / factor, length.start, length.end))
    return guesses


def theirs(sentence: str) -> list[Guess]:
    """quantulum3's own parse of the sentence."""
    from quantulum3 import parser

    guesses = []
    for quantity in parser.parse(sentence):
        spread = quantity.uncertainty
        low, high = (quantity.value - spread, quantity.value + spread) if spread else (None, quantity.value)
        start, end = quantity.span
        guesses.append(Guess(quantity.unit.name, low, high, start, end))
    return guesses


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--verbose", action="store_true", help="list the failures")
    args.add_argument("--no-quantulum", action="store_true", help="do not run quantulum3's own parser")
    options = args.parse_args(argv)
    warnings.filterwarnings("ignore")
    todo = cases()
    parsers = {"arms_nlp.find_lengths": ours}
    if not options.no_quantulum:
        try:
            importlib.import_module("quantulum3.parser")
            parsers["quantulum3"] = theirs
        except ImportError:
            print("quantulum3 parser not importable: skipped", file=sys.stderr)
    print(f"{len(todo)} length cases from quantulum3's golden quantities.json\n")
    print(f"{'parser':<24} {'right':>6} {'total':>6} {'accuracy':>9}")
    failures: dict[str, list[tuple[Case, list[Guess]]]] = {}
    for name, parse in parsers.items():
        wrong = []
        for case in todo:
            guesses = parse(case.sentence)
            if not right(case, guesses):
                wrong.append((case, guesses))
        failures[name] = wrong
        good = len(todo) - len(wrong)
        print(f"{name:<24} {good:>6} {len(todo):>6} {good / max(len(todo), 1):>9.1%}")
    if options.verbose:
        for name, wrong in failures.items():
            print(f"\nfailures of {name}:")
            for case, guesses in wrong:
                shown = [(g.unit, g.low, g.high) for g in guesses]
                print(
                    f"  {case.sentence!r}\n    expected {case.surface!r} {case.unit} {case.low}..{case.high}; got {shown}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
