"""Weapons and quantities on single news sentences, against hand-written gold.

Usage: ``python benchmarks/weapon_sentences.py [FILE] [--split dev|test|all] [--verbose] [--json]``

FILE (default ``benchmarks/data/weapon_sentences.jsonl``) holds one sentence a line::

    {"text": ..., "split": "dev" | "test",
     "weapons": [{"text": <span as written>, "name": <canonical>, "category": <WeaponCategory>}],
     "quantities": [{"text": ..., "value": float | null, "low": ..., "high": ..., "item": ..., "weapon": ...}]}

Record spans are located by searching their text, as whole words, in list (= text) order. The gold
follows ``fixtures/README.md``; it was written by two gold writers who never ran the library nor read
its rules (lines 1-90: Russia-Ukraine, NATO and Europe, US sales, Asia-Pacific; lines 91-180: Middle
East, Turkey, Africa, South Asia, Latin America; about 20% hard negatives). Lines alternate between a
``dev`` split, read for error analysis, and a ``test`` split, scored but not read, which estimates
accuracy on unseen text. Named variants absent from the gazetteer are named as written ("KF-21 Block
II"), so the name column is stricter than the span columns.

Rows (one-to-one matching per sentence, micro-averaged):

- ``weapons``: spans overlap. Extra columns: name and category accuracy over the matched pairs, and
  ``name|variant``: the gold name is the record's name or its ``variant`` (a gold naming the model
  written, "F-35A", where the record names the system, F-35, with variant "F-35A").
- ``weapons+name``: spans overlap and normalised canonical names agree.
- ``weapons exact``: same offsets.
- ``quantities``: spans overlap and numbers agree (the rule of ``benchmarks/accuracy.py``), after
  dropping a ``low`` or ``high`` equal to ``value`` on either side: arms_nlp records "at least 400"
  as value 400 with low 400, the gold writers as value 400 alone; both say the same.
  Extra column: accuracy of the counted weapon over the matched pairs.

Exit status is non-zero only on errors (missing file, a gold span not in its sentence).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _scoring import ScoreRow, format_rows, gold_lines, in_split, locate_in_order, match_spans, read_split_gold  # noqa: E402
from accuracy import as_dict, norm, one_to_one, overlap, quantities_match  # noqa: E402

DEFAULT = Path(__file__).parent / "data" / "weapon_sentences.jsonl"
Record = dict[str, Any]


def locate(text: str, records: list[Record], number: int) -> list[Record]:
    """The records with ``start``/``end`` added (see :func:`_scoring.locate_in_order`)."""
    spans = locate_in_order(text, [r["text"] for r in records], f"line {number}")
    return [{**record, "start": start, "end": end} for record, (start, end) in zip(records, spans)]


def load(path: Path, split: str) -> list[Record]:
    """The gold sentences of one split ("all" for every line)."""
    rows = []
    for number, row in gold_lines(path):
        if not in_split(row, split):
            continue
        rows.append(
            {
                "text": row["text"],
                "weapons": locate(row["text"], row.get("weapons", []), number),
                "quantities": locate(row["text"], row.get("quantities", []), number),
            }
        )
    return rows


def _bounds_apart(record: Record) -> Record:
    """The quantity without a ``low``/``high`` that only repeats its ``value``."""
    value = record.get("value")
    return {**record, **{k: None for k in ("low", "high") if value is not None and record.get(k) == value}}


def _quantities_match(gold: Record, pred: Record) -> bool:
    return quantities_match(_bounds_apart(gold), _bounds_apart(pred))


def _show(record: Record, *keys: str) -> str:
    return f"{record['text']!r}" + "".join(f" {k}={record.get(k)}" for k in keys)


def score_sentence(rows: dict[str, ScoreRow], gold: Record, pred: Record) -> None:
    """Add one sentence's counts to ``rows``."""
    gw, pw = gold["weapons"], pred["weapons"]
    spans = match_spans([(w["start"], w["end"]) for w in gw], [(w["start"], w["end"]) for w in pw], exact=False)
    row = rows["weapons"]
    row.add(len(spans), len(pw), len(gw))
    for gi, pi in spans:
        for key, field_ in (("name", "name"), ("category", "category")):
            ok = norm(gw[gi][field_]) == norm(pw[pi][field_])
            row.judge(key, ok)
            if not ok:
                row.errors.append(
                    f"{gold['text']!r}\n    {key}: gold {_show(gw[gi], field_)} vs {_show(pw[pi], field_)}"
                )
        # The gold names a model ("F-35A", "Su-30MKI") where the record keeps the system and the model as variant.
        row.judge("name|variant", norm(gw[gi]["name"]) in (norm(pw[pi]["name"]), norm(pw[pi].get("variant"))))
    hit_g, hit_p = {g for g, _ in spans}, {p for _, p in spans}
    missed = [_show(w, "name") for i, w in enumerate(gw) if i not in hit_g]
    extra = [_show(w, "name") for i, w in enumerate(pw) if i not in hit_p]
    if missed or extra:
        row.errors.append(f"{gold['text']!r}\n    missed: {missed}\n    extra:  {extra}")

    named = one_to_one(gw, pw, lambda a, b: overlap(a, b) > 0 and norm(a["name"]) == norm(b["name"]), overlap)
    exact = match_spans([(w["start"], w["end"]) for w in gw], [(w["start"], w["end"]) for w in pw], exact=True)
    for key, pairs in (("weapons+name", named), ("weapons exact", exact)):
        rows[key].add(len(pairs), len(pw), len(gw))

    gq, pq = gold["quantities"], pred["quantities"]
    pairs = one_to_one(gq, pq, _quantities_match, overlap)
    row = rows["quantities"]
    row.add(len(pairs), len(pq), len(gq))
    for gi, pi in pairs:
        ok = norm(gq[gi].get("weapon")) == norm(pq[pi].get("weapon"))
        row.judge("weapon", ok)
        if not ok:
            row.errors.append(
                f"{gold['text']!r}\n    counted weapon: gold {_show(gq[gi], 'weapon')} vs {_show(pq[pi], 'weapon')}"
            )
    hit_g, hit_p = {g for g, _ in pairs}, {p for _, p in pairs}
    missed = [_show(q, "value", "low", "high", "item") for i, q in enumerate(gq) if i not in hit_g]
    extra = [_show(q, "value", "low", "high", "item") for i, q in enumerate(pq) if i not in hit_p]
    if missed or extra:
        row.errors.append(f"{gold['text']!r}\n    missed: {missed}\n    extra:  {extra}")


def main(argv: list[str] | None = None) -> int:
    loaded = read_split_gold(argv, __doc__.splitlines()[0], DEFAULT, "sentences", load)
    if loaded is None:
        return 2
    args, sentences = loaded

    import arms_nlp
    from arms_nlp.factories import PIPELINE

    nlp = arms_nlp.load(exclude=PIPELINE[PIPELINE.index("arms_quantities") + 1 :])
    rows = {key: ScoreRow() for key in ("weapons", "weapons+name", "weapons exact", "quantities")}
    for gold, extraction in zip(sentences, arms_nlp.extract_many((s["text"] for s in sentences), nlp=nlp)):
        score_sentence(rows, gold, as_dict(extraction))
    table = {key: row.scores() for key, row in rows.items()}
    if args.json:
        print(
            json.dumps(
                {"file": str(args.file), "split": args.split, "sentences": len(sentences), "scores": table}, indent=2
            )
        )
        return 0
    print(f"{args.file.name}: {len(sentences)} sentences (split {args.split})")
    print(format_rows(table))
    if args.verbose:
        for key in ("weapons", "quantities"):
            print(f"\n## {key} errors")
            for error in rows[key].errors:
                print(error)
    return 0


if __name__ == "__main__":
    sys.exit(main())
