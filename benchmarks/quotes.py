"""Score arms_nlp quote extraction on any JSONL of ``{"text", "quotes": [{"quote", "speaker"}]}``.

Usage::

    python benchmarks/quotes.py benchmarks/data/quotes_sample.jsonl [--kinds direct,partial] [--show]
    python benchmarks/quotes.py benchmarks/data/quote_paragraphs.jsonl --split dev [--show]

Matching rules (documented so that results on public quote corpora are comparable):

* Quote match: a predicted quote matches a gold quote when the Jaccard overlap of their
  lowercased word sets is >= 0.5, or when one text (lowercased, whitespace-collapsed,
  stripped of outer punctuation) contains the other. Matching is one-to-one, greedy by
  best overlap first.
* Speaker match: a matched pair whose speakers are equal ignoring case, or where one
  name contains the other as whole words ("Kirby" ~ "John Kirby"). A missing speaker
  on either side never matches.
* ``--kinds`` keeps only predictions of these kinds; gold rows carrying a ``kind`` are
  filtered the same way (gold rows without ``kind`` are always kept).

* ``--split dev|test|all`` keeps the rows whose ``split`` field names that split (rows
  without one only under ``all``).

Reports precision, recall and F1 for quotes alone and for quote + speaker, and, over gold
rows that carry a ``kind``, recall per kind (quote found, and found with its speaker).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _scoring import in_split, prf  # noqa: E402

_WORD = re.compile(r"\w+")


@dataclass
class Counts:
    """True positives and the sizes of the predicted and gold sets."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def scores(self) -> dict[str, float]:
        p, r, f = prf(self.tp, self.predicted, self.gold)
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
        }


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).strip(" \t\n.,;:!?\"'“”‘’")


def overlap(a: str, b: str) -> float:
    """1.0 when one normalised text contains the other, else the word-set Jaccard."""
    na, nb = _norm(a), _norm(b)
    if na and nb and (na in nb or nb in na):
        return 1.0
    wa, wb = set(_WORD.findall(na)), set(_WORD.findall(nb))
    return len(wa & wb) / len(wa | wb) if wa | wb else 0.0


def same_speaker(a: str | None, b: str | None) -> bool:
    """Case-insensitive equality, or one name containing the other as whole words."""
    if not a or not b:
        return False
    na, nb = _norm(a), _norm(b)
    if na == nb:
        return True
    short, long = sorted((na, nb), key=len)
    return bool(short) and re.search(rf"(?<!\w){re.escape(short)}(?!\w)", long) is not None


def match(predicted: list[dict], gold: list[dict], threshold: float = 0.5) -> list[tuple[dict, dict]]:
    """One-to-one pairs (prediction, gold), best overlap first, each at or above ``threshold``."""
    candidates = sorted(
        ((overlap(p["quote"], g["quote"]), i, j) for i, p in enumerate(predicted) for j, g in enumerate(gold)),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for score, i, j in candidates:
        if score < threshold or i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((predicted[i], gold[j]))
    return pairs


def predict(text: str) -> list[dict]:
    """arms_nlp's quotes for one text, as benchmark rows."""
    import arms_nlp

    return [{"quote": q.text, "speaker": q.speaker, "kind": q.kind} for q in arms_nlp.extract(text).quotes]


def _kind_recall(found: dict[str, list[int]]) -> dict[str, dict[str, float]]:
    """Per gold kind: how many gold quotes, recall of the quote, recall with its speaker."""
    return {
        kind: {"gold": gold, "recall": round(quote / gold, 4), "recall+speaker": round(speaker / gold, 4)}
        for kind, (gold, quote, speaker) in sorted(found.items())
    }


def evaluate(rows: Iterable[dict], kinds: set[str] | None = None, show: bool = False) -> dict[str, dict]:
    """Quote and quote+speaker scores over all rows, and recall per gold kind."""
    quotes, speakers = Counts(), Counts()
    per_kind: dict[str, list[int]] = {}
    for row in rows:
        gold = [g for g in row.get("quotes", []) if kinds is None or g.get("kind") in (None, *kinds)]
        predicted = [p for p in predict(row["text"]) if kinds is None or p["kind"] in kinds]
        pairs = match(predicted, gold)
        good = [(p, g) for p, g in pairs if same_speaker(p["speaker"], g.get("speaker"))]
        for counts in (quotes, speakers):
            counts.predicted += len(predicted)
            counts.gold += len(gold)
        quotes.tp += len(pairs)
        speakers.tp += len(good)
        _count_kinds(per_kind, gold, pairs, good)
        if show and (len(good) != len(gold) or len(good) != len(predicted)):
            print(json.dumps({"text": row["text"][:120], "gold": gold, "predicted": predicted}, ensure_ascii=False))
    return {"quote": quotes.scores(), "quote+speaker": speakers.scores(), "recall by kind": _kind_recall(per_kind)}


def _count_kinds(per_kind: dict[str, list[int]], gold: list[dict], pairs: list, good: list) -> None:
    """Add one row's gold quotes to ``[gold, matched, matched with speaker]`` per kind."""
    matched = {id(g) for _, g in pairs}
    with_speaker = {id(g) for _, g in good}
    for g in gold:
        if g.get("kind"):
            counts = per_kind.setdefault(g["kind"], [0, 0, 0])
            counts[0] += 1
            counts[1] += id(g) in matched
            counts[2] += id(g) in with_speaker


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="JSONL with text and quotes")
    parser.add_argument("--kinds", default=None, help="comma-separated quote kinds to score (default: all)")
    parser.add_argument("--show", action="store_true", help="print the rows with errors")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all", help="which rows to score")
    args = parser.parse_args(argv)
    kinds = set(args.kinds.split(",")) if args.kinds else None
    with args.path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    rows = [row for row in rows if in_split(row, args.split)]
    print(json.dumps(evaluate(rows, kinds, args.show), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
