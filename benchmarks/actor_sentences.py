"""Actors on short news paragraphs, against hand-written gold.

Usage: ``python benchmarks/actor_sentences.py [FILE] [--split dev|test|all] [--verbose] [--json]``

FILE (default ``benchmarks/data/actor_sentences.jsonl``) holds one paragraph a line::

    {"text": ..., "split": "dev" | "test",
     "actors": [{"name": ..., "kind": ..., "affiliation": str | null, "title": str | null,
                 "mentions": [<each mention as written, in text order>]}]}

The gold follows ``fixtures/README.md`` and was written by a gold writer who never ran the library
nor read its rules. Lines alternate between a ``dev`` split, read for error analysis, and a ``test``
split, scored but not read.

Rows, per paragraph, micro-averaged:

- ``actors``: the set of normalised actor names (the rule of ``benchmarks/accuracy.py``). Extra columns
  over the matched actors: kind accuracy, and affiliation accuracy where the gold gives one.
- ``mentions``: mention spans matched one-to-one on overlap, whatever actor they are given to.
- ``mentions+actor``: the same, and the two actors' names agree.

Exit status is non-zero only on errors (missing file, a mention not in its paragraph).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _scoring import match_spans, prf, read_split_gold  # noqa: E402
from accuracy import norm  # noqa: E402

DEFAULT = Path(__file__).parent / "data" / "actor_sentences.jsonl"
KINDS = {"country", "person", "organization", "armed_group", "media", "official", "location"}
Record = dict[str, Any]


@dataclass
class Row:
    """Counts of one score row, accuracies over matched pairs, and the errors."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0
    right: dict[str, list[int]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp, self.predicted, self.gold = self.tp + tp, self.predicted + predicted, self.gold + gold

    def judge(self, key: str, ok: bool) -> None:
        hits = self.right.setdefault(key, [0, 0])
        hits[0] += ok
        hits[1] += 1

    def scores(self) -> dict[str, Any]:
        p, r, f = prf(self.tp, self.predicted, self.gold)
        extra = {k: f"{hit / total:.3f} (n={total})" for k, (hit, total) in self.right.items() if total}
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "gold": self.gold,
                "predicted": self.predicted, **extra}


def locate(text: str, mentions: list[str], number: int) -> list[tuple[int, int]]:
    """Character spans of the mentions, each searched as a whole word after the previous one."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for mention in mentions:
        found = re.compile(r"(?<!\w)" + re.escape(mention) + r"(?!\w)").search(text, cursor)
        if found is None:
            found = re.compile(r"(?<!\w)" + re.escape(mention) + r"(?!\w)").search(text)
        if found is None:
            raise ValueError(f"line {number}: mention {mention!r} is not in {text!r}")
        spans.append((found.start(), found.end()))
        cursor = found.end()
    return spans


def load(path: Path, split: str) -> list[Record]:
    """The gold paragraphs of one split, each actor's mentions located."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        for actor in row.get("actors", []):
            if actor.get("kind") not in KINDS:
                raise ValueError(f"line {number}: actor {actor.get('name')!r} has kind {actor.get('kind')!r}")
            actor["spans"] = locate(row["text"], actor.get("mentions", []), number)
        if split in ("all", row.get("split")):
            rows.append(row)
    return rows


def score_paragraph(rows: dict[str, Row], gold: list[Record], pred: list[Any], text: str) -> None:
    """Add one paragraph's counts to ``rows``."""
    g_names = {norm(a["name"]): a for a in gold}
    p_names = {norm(a.name): a for a in pred}
    matched = set(g_names) & set(p_names)
    rows["actors"].add(len(matched), len(p_names), len(g_names))
    for name in matched:
        g, p = g_names[name], p_names[name]
        rows["actors"].judge("kind", g["kind"] == p.kind)
        if g.get("affiliation"):
            rows["actors"].judge("affiliation", norm(g["affiliation"]) == norm(p.affiliation))
    missed, extra = sorted(set(g_names) - matched), sorted(set(p_names) - matched)
    kinds = [f"{n}: {g_names[n]['kind']} vs {p_names[n].kind}" for n in matched if g_names[n]["kind"] != p_names[n].kind]
    if missed or extra or kinds:
        rows["actors"].errors.append(f"{text!r}\n    missed: {missed}\n    extra:  {extra}\n    kind:   {kinds}")

    g_spans = [(s, e, norm(a["name"])) for a in gold for s, e in a["spans"]]
    p_spans = [(m.start, m.end, norm(a.name)) for a in pred for m in a.mentions]
    pairs = match_spans([g[:2] for g in g_spans], [p[:2] for p in p_spans], exact=False)
    rows["mentions"].add(len(pairs), len(p_spans), len(g_spans))
    rows["mentions+actor"].add(sum(g_spans[gi][2] == p_spans[pi][2] for gi, pi in pairs), len(p_spans), len(g_spans))


def main(argv: list[str] | None = None) -> int:
    loaded = read_split_gold(argv, __doc__.splitlines()[0], DEFAULT, "paragraphs", load)
    if loaded is None:
        return 2
    args, paragraphs = loaded

    import arms_nlp

    rows = {key: Row() for key in ("actors", "mentions", "mentions+actor")}
    for row, extraction in zip(paragraphs, arms_nlp.extract_many(p["text"] for p in paragraphs)):
        score_paragraph(rows, row.get("actors", []), extraction.actors, row["text"])
    table = {key: row.scores() for key, row in rows.items()}
    if args.json:
        print(json.dumps({"file": str(args.file), "split": args.split, "paragraphs": len(paragraphs), "scores": table}, indent=2))
        return 0
    print(f"{args.file.name}: {len(paragraphs)} paragraphs (split {args.split})")
    print(f"{'row':<16}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'pred':>6}  accuracy over matched")
    for key, s in table.items():
        extra = "  ".join(f"{k} {v}" for k, v in s.items() if k not in ("precision", "recall", "f1", "gold", "predicted"))
        print(f"{key:<16}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}{s['gold']:>6}{s['predicted']:>6}  {extra}")
    if args.verbose:
        print("\n" + "\n".join(rows["actors"].errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
