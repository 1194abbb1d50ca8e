"""Score arms_nlp against the Dstl re3d corpus in its own format.

Usage: ``python benchmarks/re3d.py --data ../shared/data/re3d-dev [--verbose] [--json]``

``--data`` is a folder of re3d sources, each a folder holding ``documents.json`` and
``entities.json`` (JSON lines as exported from MongoDB). Gold entities are those with
``confidence >= 0.5``; where several types claim the same span, the most confident
one is kept (one type per span, the corpus's usual convention).

Entity groups compared (re3d types -> arms_nlp records):
- weapons: Weapon + MilitaryPlatform -> ``Extraction.weapons``
- actors: Person + Organisation + Nationality + Location -> every mention of ``Extraction.actors``
- quantities: Quantity -> ``Extraction.quantities`` and ``Extraction.ranges``
- dates: Temporal -> ``Extraction.dates``

Matching is one-to-one within a document. *Exact*: same character offsets.
*Overlap*: the spans share at least one character (greedy, largest overlap first).
Precision, recall and F1 are micro-averaged over documents. Exit status is non-zero
only on errors (missing or malformed files), never on a low score.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _scoring import match_spans, prf  # noqa: E402

from arms_nlp import Extraction, extract_many

GROUPS: dict[str, frozenset[str]] = {
    "weapons": frozenset({"Weapon", "MilitaryPlatform"}),
    "actors": frozenset({"Person", "Organisation", "Nationality", "Location"}),
    "quantities": frozenset({"Quantity"}),
    "dates": frozenset({"Temporal"}),
}
Span = tuple[int, int, str]


@dataclass
class Tally:
    """Counts for one group under one matching rule."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    def scores(self) -> dict[str, float]:
        p, r, f = prf(self.tp, self.tp + self.fp, self.tp + self.fn)
        return {
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
            "gold": self.tp + self.fn,
            "predicted": self.tp + self.fp,
        }


def _read_jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        raise FileNotFoundError(f"missing {path}")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_corpus(root: Path) -> tuple[dict[str, str], dict[str, dict[str, list[Span]]]]:
    """Documents by id, and gold spans by document id and group."""
    sources = [d for d in sorted(root.iterdir()) if (d / "documents.json").is_file()]
    if not sources:
        raise FileNotFoundError(f"no re3d source folders (with documents.json) under {root}")
    texts: dict[str, str] = {}
    best: dict[tuple[str, int, int], tuple[float, str, str]] = {}
    for source in sources:
        for doc in _read_jsonl(source / "documents.json"):
            texts[doc["_id"]] = doc["text"]
        for ent in _read_jsonl(source / "entities.json"):
            if ent.get("confidence", 0) < 0.5:
                continue
            key = (ent["documentId"], ent["begin"], ent["end"])
            if key not in best or ent["confidence"] > best[key][0]:
                best[key] = (ent["confidence"], ent["type"], ent.get("value", ""))
    gold: dict[str, dict[str, list[Span]]] = defaultdict(lambda: defaultdict(list))
    for (doc_id, begin, end), (_, kind, value) in best.items():
        for group, kinds in GROUPS.items():
            if kind in kinds and doc_id in texts:
                gold[doc_id][group].append((begin, end, value))
    return texts, gold


def predicted_spans(extraction: Extraction, text: str) -> dict[str, list[Span]]:
    """The spans arms_nlp marks, by group."""

    def spans(records: list) -> list[Span]:
        return [(r.start, r.end, text[r.start : r.end]) for r in records]

    return {
        "weapons": spans(extraction.weapons),
        "actors": spans([m for actor in extraction.actors for m in actor.mentions]),
        "quantities": spans(extraction.quantities + extraction.ranges),
        "dates": spans(extraction.dates),
    }


def match(gold: list[Span], predicted: list[Span], exact: bool) -> tuple[set[int], set[int]]:
    """One-to-one matching; returns the indexes of matched gold and predicted spans."""
    pairs = match_spans([g[:2] for g in gold], [p[:2] for p in predicted], exact)
    return {gi for gi, _ in pairs}, {pi for _, pi in pairs}


def score(
    texts: dict[str, str], gold: dict[str, dict[str, list[Span]]], extractions: dict[str, Extraction]
) -> dict[str, dict[str, Tally]]:
    """Tallies by rule ("exact", "overlap") and group."""
    tallies = {rule: {group: Tally() for group in GROUPS} for rule in ("exact", "overlap")}
    for doc_id, text in texts.items():
        predicted = predicted_spans(extractions[doc_id], text)
        for group in GROUPS:
            gold_spans = gold.get(doc_id, {}).get(group, [])
            for rule in ("exact", "overlap"):
                matched_gold, matched_pred = match(gold_spans, predicted[group], rule == "exact")
                tally = tallies[rule][group]
                tally.tp += len(matched_gold)
                tally.fn += len(gold_spans) - len(matched_gold)
                tally.fp += len(predicted[group]) - len(matched_pred)
                tally.misses += [g[2] for i, g in enumerate(gold_spans) if i not in matched_gold]
                tally.false_positives += [p[2] for i, p in enumerate(predicted[group]) if i not in matched_pred]
    return tallies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="folder of re3d sources")
    parser.add_argument("--verbose", action="store_true", help="list misses and false positives per group")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    try:
        texts, gold = load_corpus(args.data)
    except (OSError, ValueError, KeyError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    ids = list(texts)
    extractions = dict(zip(ids, extract_many(texts[i] for i in ids)))
    tallies = score(texts, gold, extractions)
    table = {rule: {group: tally.scores() for group, tally in groups.items()} for rule, groups in tallies.items()}
    if args.json:
        print(json.dumps({"documents": len(texts), "scores": table}, indent=2))
        return 0
    print(f"re3d: {len(texts)} documents from {args.data}")
    print(f"{'group':<12}{'rule':<9}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}")
    for group in GROUPS:
        for rule in ("exact", "overlap"):
            s = table[rule][group]
            print(
                f"{group:<12}{rule:<9}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}{s['gold']:>7}{s['predicted']:>7}"
            )
    if args.verbose:
        for group in GROUPS:
            tally = tallies["overlap"][group]
            print(f"\n{group}: missed {sorted(set(tally.misses))}")
            print(f"{group}: false positives {sorted(set(tally.false_positives))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
