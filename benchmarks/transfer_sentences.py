"""Transfer claims on short news paragraphs, against hand-written gold.

Usage: ``python benchmarks/transfer_sentences.py [FILE] [--split dev|test|all] [--verbose] [--json]``

FILE (default ``benchmarks/data/transfer_sentences.jsonl``) holds one paragraph a line::

    {"text": ..., "split": "dev" | "test", "published": "YYYY-MM-DD",
     "transfers": [{"supplier": ..., "recipient": ..., "weapon": ..., "status": ..., "source": ...}]}

The gold follows ``fixtures/README.md`` and was written by two gold writers who never ran the library
nor read its rules (lines 1-70: Russia and its suppliers, aid to Ukraine, Asia-Pacific sales; lines
71-140: Iran and its partners, the Gulf, Turkey, Sudan and Libya, India, Latin America; about 20% hard
negatives). Lines alternate between a ``dev`` split, read for error analysis, and a ``test`` split,
scored but not read.

Rows, per paragraph, micro-averaged (the rules of ``benchmarks/accuracy.py``, whose functions this
script reuses): ``transfers`` matches the set of (supplier, recipient, weapon category) keys, with
status accuracy over claims paired on their key; ``transfer claims`` matches claims one-to-one on key
and status. Extra row ``source``: accuracy of the attributed source over the claims paired on key and
status (names compared normalised; None only matches None).

Exit status is non-zero only on errors (missing file, malformed line).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _scoring import gold_lines, in_split, read_split_gold  # noqa: E402
from accuracy import Count, as_dict, norm, one_to_one, score_transfers  # noqa: E402

DEFAULT = Path(__file__).parent / "data" / "transfer_sentences.jsonl"
Record = dict[str, Any]
STATUSES = {"reported", "confirmed", "denied", "negotiating", "planned"}


def load(path: Path, split: str) -> list[Record]:
    """The gold paragraphs of one split ("all" for every line); a malformed line is an error."""
    rows = []
    for number, row in gold_lines(path):
        if not isinstance(row.get("text"), str) or any(
            t.get("status") not in STATUSES for t in row.get("transfers", [])
        ):
            raise ValueError(f"line {number}: needs a text and transfers with a status in {sorted(STATUSES)}")
        if in_split(row, split):
            rows.append(row)
    return rows


def gold_weapons(row: Record) -> list[Record]:
    """Weapon records for the gold's named weapons whose category the gazetteer knows (for the key's category)."""
    from arms_nlp.kb.weapons import designation_index
    from arms_nlp.normalize.designations import designation_key

    index = designation_index()
    found = []
    for transfer in row.get("transfers", []):
        entry = index.get(designation_key(transfer.get("weapon") or ""))
        if entry is not None:
            found.append({"name": transfer["weapon"], "category": entry.category})
    return found


def score_sources(gold: Record, pred: Record, tally: Count) -> None:
    """Source accuracy over claims paired on key and status."""
    claims, found = gold.get("transfers", []), pred.get("transfers", [])
    same = lambda g, p: (  # noqa: E731
        (norm(g.get("supplier")), norm(g.get("recipient")), g["status"])
        == (norm(p.get("supplier")), norm(p.get("recipient")), p["status"])
    )
    for gi, pi in one_to_one(claims, found, same):
        tally.extra_total += 1
        tally.extra_hit += norm(claims[gi].get("source")) == norm(found[pi].get("source"))
        if norm(claims[gi].get("source")) != norm(found[pi].get("source")):
            tally.misses.append(f"source: gold {claims[gi].get('source')!r} vs {found[pi].get('source')!r}")


def evaluate(rows: list[Record], weapons_of: Callable[[Record], list[Record]]) -> tuple[dict[str, Any], list[str]]:
    """Score the library's transfers on gold rows (``text``, ``published``, ``transfers``): the table and the errors.

    ``weapons_of`` gives a row's gold weapons (name, category), from which the keys' categories come.
    """
    import arms_nlp

    pairs = [(row["text"], {"published": row.get("published")}) for row in rows]
    keys, claims, sources = Count(), Count(), Count()
    report: list[str] = []
    for row, (extraction, _) in zip(rows, arms_nlp.extract_many(pairs)):
        pred = as_dict(extraction)
        gold = {"transfers": row.get("transfers", []), "weapons": weapons_of(row), "actors": []}
        row_keys, row_claims = score_transfers(gold, pred)
        row_sources = Count()
        score_sources(gold, pred, row_sources)
        for total, part in ((keys, row_keys), (claims, row_claims), (sources, row_sources)):
            total.add(part)
        if row_claims.misses or row_claims.false_positives or row_sources.misses:
            name = row.get("id") or repr(row["text"])
            report.append(
                f"{name}\n    missed: {row_claims.misses}\n    extra:  {row_claims.false_positives}"
                + "".join(f"\n    {m}" for m in row_sources.misses)
            )

    def scores(count: Count) -> dict[str, Any]:
        p, r, f = count.prf()
        extra = round(count.extra_hit / count.extra_total, 3) if count.extra_total else None
        return {
            "precision": p,
            "recall": r,
            "f1": f,
            "gold": count.gold,
            "predicted": count.pred,
            "accuracy": extra,
            "paired": count.extra_total,
        }

    return {"transfers": scores(keys), "transfer claims": scores(claims), "source": scores(sources)}, report


def print_table(table: dict[str, Any], heading: str) -> None:
    """The rows of :func:`evaluate` as a text table."""
    print(heading)
    print(f"{'row':<17}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'pred':>6}  accuracy over paired")
    for key, s in table.items():
        fmt = lambda v: "      -" if v is None else f"{v:>7.3f}"  # noqa: E731
        extra = (
            f"  {'status' if key == 'transfers' else 'source'} {s['accuracy']:.3f} (n={s['paired']})"
            if s["accuracy"] is not None
            else ""
        )
        if key == "source":
            print(f"{key:<17}{'':>21}{'':>12}{extra}")
        else:
            print(
                f"{key:<17}{fmt(s['precision'])}{fmt(s['recall'])}{fmt(s['f1'])}{s['gold']:>6}{s['predicted']:>6}{extra if key == 'transfers' else ''}"
            )


def run(
    argv: list[str] | None,
    description: str,
    default: Path,
    what: str,
    loader: Callable[[Path, str], list[Record]],
    weapons_of: Callable[[Record], list[Record]],
) -> int:
    """The command line of a transfer benchmark: load a split of ``what`` (paragraphs, articles), score, print."""
    loaded = read_split_gold(argv, description, default, what, loader)
    if loaded is None:
        return 2
    args, rows = loaded
    table, report = evaluate(rows, weapons_of)
    if args.json:
        print(json.dumps({"file": str(args.file), "split": args.split, what: len(rows), "scores": table}, indent=2))
        return 0
    print_table(table, f"{args.file.name}: {len(rows)} {what} (split {args.split})")
    if args.verbose:
        print("\n" + "\n".join(report))
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(argv, __doc__.splitlines()[0], DEFAULT, "paragraphs", load, gold_weapons)


if __name__ == "__main__":
    sys.exit(main())
