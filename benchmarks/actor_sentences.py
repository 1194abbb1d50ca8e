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
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _scoring import ScoreRow, format_rows, gold_lines, in_split, locate_in_order, match_spans, read_split_gold  # noqa: E402
from accuracy import norm  # noqa: E402

DEFAULT = Path(__file__).parent / "data" / "actor_sentences.jsonl"
KINDS = {"country", "person", "organization", "armed_group", "media", "official", "location"}
Record = dict[str, Any]


def load(path: Path, split: str) -> list[Record]:
    """The gold paragraphs of one split, each actor's mentions located."""
    rows = []
    for number, row in gold_lines(path):
        for actor in row.get("actors", []):
            if actor.get("kind") not in KINDS:
                raise ValueError(f"line {number}: actor {actor.get('name')!r} has kind {actor.get('kind')!r}")
            actor["spans"] = locate_in_order(row["text"], actor.get("mentions", []), f"line {number}")
        if in_split(row, split):
            rows.append(row)
    return rows


def score_paragraph(rows: dict[str, ScoreRow], gold: list[Record], pred: list[Any], text: str) -> None:
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
    kinds = [
        f"{n}: {g_names[n]['kind']} vs {p_names[n].kind}" for n in matched if g_names[n]["kind"] != p_names[n].kind
    ]
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

    rows = {key: ScoreRow() for key in ("actors", "mentions", "mentions+actor")}
    for row, extraction in zip(paragraphs, arms_nlp.extract_many(p["text"] for p in paragraphs)):
        score_paragraph(rows, row.get("actors", []), extraction.actors, row["text"])
    table = {key: row.scores() for key, row in rows.items()}
    if args.json:
        print(
            json.dumps(
                {"file": str(args.file), "split": args.split, "paragraphs": len(paragraphs), "scores": table}, indent=2
            )
        )
        return 0
    print(f"{args.file.name}: {len(paragraphs)} paragraphs (split {args.split})")
    print(format_rows(table))
    if args.verbose:
        print("\n" + "\n".join(rows["actors"].errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
