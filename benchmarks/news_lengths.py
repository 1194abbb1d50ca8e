"""Lengths and weapon ranges on news sentences: find_lengths, arms_ranges and quantulum3 side by side.

Usage: ``python benchmarks/news_lengths.py [FILE] [--split dev|test] [--verbose] [--no-quantulum] [--no-ranges]``

FILE (default ``benchmarks/data/news_lengths.jsonl``) holds one sentence a line::

    {"text": ..., "lengths": [{"text": <span as written>, "low_km": float | null, "high_km": float,
                               "unit": <unit as written>, "range": bool, "conversion": bool (optional)}]}

The gold was written by reading the sentences (never by running a system). ``range`` marks a weapon's
reach; ``conversion`` marks the bracketed restatement of the length before it ("120 km (75 miles)").
The default file was written in five batches (lines 1-117, 118-162, 163-197, 198-227, 228-257); each
batch after the first was scored before the rule changes it prompted, which gives an estimate on
unseen sentences. Judgement calls: a test flight's distance ("flew about 1,000 km") is a reach; a
length placing a target or a unit ("struck refineries 1,200 km from the border") is not; altitudes,
dimensions and calibres are lengths but not reach.

Matching rule (one-to-one, greedy in text order): a predicted length matches a gold length when
their character spans overlap and their kilometre values agree within 1% (``high_km`` always;
``low_km`` must be null on both sides or agree within 1%). A gold ``conversion`` is optional:
matched it is a true positive, unmatched it is not counted as missed, because find_lengths folds a
bracketed conversion into the length it restates (one record) while quantulum3 reports both.

Scored systems:

* ``find_lengths``: every length, against every gold length;
* ``arms_ranges``: ``arms_nlp.extract(text, nlp=...).ranges`` (the pipeline up to arms_ranges) against the gold lengths with ``range: true``;
* ``quantulum3``: ``quantulum3.parser.parse`` entities whose unit is a length (entity "length",
  dimension length^1), converted to km with the exact factors of ``data/units.yaml`` (an interval
  ``value ± uncertainty`` gives low/high), against every gold length.

Prints precision, recall and F1; ``--verbose`` lists the errors. Exit 0 unless an error.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _scoring import prf  # noqa: E402

from arms_nlp.kb.units import unit_table
from arms_nlp.normalize.lengths import find_lengths

TOLERANCE = 0.01
DEFAULT = Path(__file__).parent / "data" / "news_lengths.jsonl"


@dataclass(frozen=True)
class Item:
    """A length located in a sentence (gold or predicted)."""

    text: str
    start: int
    end: int
    low_km: float | None
    high_km: float
    range: bool = False
    conversion: bool = False


@dataclass(frozen=True)
class Sentence:
    text: str
    gold: list[Item]


@dataclass
class Score:
    """Counts and the errors behind them."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0
    errors: list[str] = field(default_factory=list)

    def prf(self) -> tuple[float, float, float]:
        return prf(self.tp, self.predicted, self.gold)


def load(path: Path, split: str | None = None) -> list[Sentence]:
    """The sentences of a gold file (only those of ``split`` when given and the file has splits);
    a gold span missing from its sentence is an error."""
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if split is not None and row.get("split", split) != split:
            continue
        text = row["text"]
        gold = []
        searched = 0
        for length in row["lengths"]:
            at = text.find(length["text"], searched)
            if at < 0:
                at = text.find(length["text"])
            if at < 0:
                raise ValueError(f"line {number}: {length['text']!r} is not in {text!r}")
            searched = at + len(length["text"])
            gold.append(
                Item(
                    length["text"],
                    at,
                    at + len(length["text"]),
                    length.get("low_km"),
                    float(length["high_km"]),
                    bool(length.get("range")),
                    bool(length.get("conversion")),
                )
            )
        found.append(Sentence(text, gold))
    return found


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b), 1e-30)


def matches(gold: Item, guess: Item) -> bool:
    """Spans overlap and km values agree within 1% (see the module docstring)."""
    overlap = guess.start < gold.end and gold.start < guess.end
    return overlap and _close(gold.high_km, guess.high_km) and _close(gold.low_km, guess.low_km)


def score_sentence(score: Score, sentence: Sentence, gold: list[Item], guesses: list[Item]) -> None:
    """Add one sentence's counts (one-to-one greedy matching) to ``score``."""
    used: set[int] = set()
    missed: list[Item] = []
    for item in gold:
        hit = next((k for k, g in enumerate(guesses) if k not in used and matches(item, g)), None)
        if hit is not None:
            used.add(hit)
            score.tp += 1
            score.gold += 1
        elif not item.conversion:
            score.gold += 1
            missed.append(item)
    extra = [g for k, g in enumerate(guesses) if k not in used]
    score.predicted += len(used) + len(extra)
    if missed or extra:
        show = lambda i: f"{i.text!r} [{i.low_km}, {i.high_km}]"  # noqa: E731
        score.errors.append(
            f"{sentence.text!r}\n    missed: {[show(i) for i in missed]}\n    extra:  {[show(i) for i in extra]}"
        )


def ours(text: str) -> list[Item]:
    return [Item(f.text, f.start, f.end, f.low_km, f.high_km) for f in find_lengths(text)]


@lru_cache(maxsize=1)
def _pipeline() -> object:
    """The full pipeline up to arms_ranges (the later components cannot change ranges)."""
    import arms_nlp
    from arms_nlp.factories import PIPELINE

    return arms_nlp.load(exclude=PIPELINE[PIPELINE.index("arms_ranges") + 1 :])


def ranges(text: str) -> list[Item]:
    import arms_nlp

    found = arms_nlp.extract(text, nlp=_pipeline()).ranges  # type: ignore[arg-type]
    return [Item(r.text, r.start, r.end, r.low_km, r.high_km, True) for r in found]


def _quantulum_km() -> Callable[[object], float | None]:
    """Factor to km of a quantulum3 unit (None when it is not a length^1 unit we know)."""
    factors = {unit.name: unit.km for unit in unit_table().units}

    def km(unit: object) -> float | None:
        entity = getattr(getattr(unit, "entity", None), "name", None)
        powers = [d.get("power") for d in getattr(unit, "dimensions", []) or []]
        if entity != "length" or powers != [1]:
            return None
        return factors.get(getattr(unit, "name", ""), math.nan)

    return km


def theirs(text: str) -> list[Item]:
    from quantulum3 import parser

    km = _quantulum_km()
    guesses = []
    for quantity in parser.parse(text):
        factor = km(quantity.unit)
        if factor is None:
            continue
        spread = quantity.uncertainty
        low, high = (quantity.value - spread, quantity.value + spread) if spread else (None, quantity.value)
        start, end = quantity.span
        guesses.append(Item(quantity.surface, start, end, None if low is None else low * factor, high * factor))
    return guesses


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    args.add_argument(
        "--split", choices=("dev", "test"), help="only the sentences of this split (files with a 'split' field)"
    )
    args.add_argument("--verbose", action="store_true", help="list the errors")
    args.add_argument("--no-quantulum", action="store_true", help="do not run quantulum3")
    args.add_argument("--no-ranges", action="store_true", help="do not run the full pipeline (arms_ranges)")
    options = args.parse_args(argv)
    warnings.filterwarnings("ignore")
    sentences = load(options.file, options.split)
    systems: dict[str, tuple[Callable[[str], list[Item]], bool]] = {"find_lengths": (ours, False)}
    if not options.no_ranges:
        systems["arms_ranges (ranges only)"] = (ranges, True)
    if not options.no_quantulum:
        try:
            from quantulum3 import parser  # noqa: F401

            systems["quantulum3"] = (theirs, False)
        except ImportError:
            print("quantulum3 not importable: skipped", file=sys.stderr)
    total = sum(len(s.gold) for s in sentences)
    reach = sum(i.range for s in sentences for i in s.gold)
    print(
        f"{len(sentences)} sentences, {total} gold lengths ({reach} weapon ranges) from {options.file}"
        f"{'' if options.split is None else ' (split ' + options.split + ')'}\n"
    )
    print(f"{'system':<28} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}")
    scores: dict[str, Score] = {}
    for name, (run, only_ranges) in systems.items():
        score = Score()
        for sentence in sentences:
            gold = [i for i in sentence.gold if i.range] if only_ranges else sentence.gold
            score_sentence(score, sentence, gold, run(sentence.text))
        scores[name] = score
        p, r, f = score.prf()
        print(f"{name:<28} {p:>6.3f} {r:>6.3f} {f:>6.3f} {score.tp:>5} {score.predicted:>5} {score.gold:>5}")
    if options.verbose:
        for name, score in scores.items():
            print(f"\nerrors of {name} ({len(score.errors)} sentences):")
            for error in score.errors:
                print(f"  {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
