"""Score the ledger's consolidated claims of the five fixture articles against the hand-written gold.

Usage: ``python benchmarks/ledger_claims.py [--db DB] [--gold fixtures/ledger/claims.json] [--json] [--from-gold]``

The fixture articles are extracted and added to a ledger (a temporary SQLite file unless ``--db`` names
one) under their file stems, then ``Ledger.claims()`` is compared with ``fixtures/ledger/claims.json``:
- claim keys (supplier, recipient, weapon family): precision, recall, F1;
- sources of the matched claims (names, with the gold's accepted variants): precision, recall;
- statuses per source: the share of matched (claim, source) pairs whose set of statuses is the gold set;
- source counts and disputes: the share of matched claims with the gold count / the gold flag.
Each gold claim is listed with what the ledger found, its dispute shown. ``--from-gold`` fills the ledger
with the per-article gold transfers (``fixtures/gold``) instead of extractions: it scores the consolidation
alone. The fixtures are also the extractor's development articles, so the extracted run is no held-out figure.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _scoring import prf  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "fixtures" / "ledger" / "claims.json"
ARTICLES = ROOT / "fixtures" / "articles"

Key = tuple[str | None, str | None, str]


def _key(claim: dict[str, Any]) -> Key:
    return claim["supplier"], claim["recipient"], claim["family"]


def _canonical(name: str, also: dict[str, list[str]], gold_names: Iterable[str]) -> str:
    """The gold spelling of a predicted source name (itself when no gold variant matches)."""
    for gold_name in gold_names:
        if name == gold_name or name in also.get(gold_name, []):
            return gold_name
    return name


def predicted_sources(
    claim: dict[str, Any], also: dict[str, list[str]], gold_names: Iterable[str]
) -> dict[str, set[str]]:
    """The statuses each source of a predicted claim states, source names in the gold's spelling."""
    found: dict[str, set[str]] = {}
    for statement in claim["statements"]:
        found.setdefault(_canonical(statement["source_key"], also, gold_names), set()).add(statement["status"])
    return found


def score(gold: dict[str, Any], predicted: list[dict[str, Any]]) -> dict[str, Any]:
    """The scores and the per-claim listing of ``predicted`` (claims as ``model_dump`` dicts) against ``gold``."""
    also = gold.get("also", {})
    by_key = {_key(c): c for c in predicted}
    gold_keys = {_key(c) for c in gold["claims"]}
    hits = gold_keys & set(by_key)
    source_tp = source_pred = source_gold = status_ok = status_all = count_ok = dispute_ok = 0
    listing = []
    for claim in gold["claims"]:
        found = by_key.get(_key(claim))
        row = {
            "key": list(_key(claim)),
            "found": found is not None,
            "gold_sources": len(claim["sources"]),
            "gold_disputed": claim["disputed"],
        }
        if found is not None:
            sources = predicted_sources(found, also, claim["sources"])
            source_tp += len(set(sources) & set(claim["sources"]))
            source_pred += len(sources)
            source_gold += len(claim["sources"])
            for name, statuses in claim["sources"].items():
                status_all += 1
                status_ok += sources.get(name) == set(statuses)
            count_ok += len(sources) == len(claim["sources"])
            dispute_ok += found["disputed"] == claim["disputed"]
            row |= {
                "sources": len(sources),
                "disputed": found["disputed"],
                "latest_status": found["latest_status"],
                "missing_sources": sorted(set(claim["sources"]) - set(sources)),
                "extra_sources": sorted(set(sources) - set(claim["sources"])),
            }
        listing.append(row)
    p, r, f = prf(len(hits), len(by_key), len(gold_keys))
    sp, sr, _ = prf(source_tp, source_pred, source_gold)
    return {
        "claims": {
            "gold": len(gold_keys),
            "predicted": len(by_key),
            "matched": len(hits),
            "precision": p,
            "recall": r,
            "f1": f,
            "extra": sorted(map(list, set(by_key) - gold_keys)),
        },
        "sources": {"precision": sp, "recall": sr},
        "status_per_source": status_ok / status_all if status_all else 1.0,
        "source_count": count_ok / len(hits) if hits else 1.0,
        "disputed": dispute_ok / len(hits) if hits else 1.0,
        "listing": listing,
    }


def ledger_claims(db: str, articles: Path = ARTICLES) -> list[dict[str, Any]]:
    """Ingest the fixture articles into the ledger at ``db`` and return its claims as dicts."""
    from arms_nlp.ledger import Ledger, ingest_files

    with Ledger(db) as ledger:
        ingest_files(ledger, sorted(articles.glob("*.txt")))
        return [claim.model_dump(mode="json") for claim in ledger.claims()]


def gold_extractions(folder: Path = ROOT / "fixtures" / "gold") -> list[tuple[str, Any]]:
    """(stem, Extraction) of each article's hand-written gold transfers and weapons: the ledger fed perfect input."""
    from arms_nlp.records import Extraction

    found = []
    for path in sorted(folder.glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        weapons = [{k: w[k] for k in ("text", "start", "end", "name", "category")} for w in article["weapons"]]
        transfers = [{k: v for k, v in t.items() if k != "also_status"} for t in article["transfers"]]
        found.append((path.stem, Extraction.model_validate({"weapons": weapons, "transfers": transfers})))
    return found


def gold_ledger_claims(db: str) -> list[dict[str, Any]]:
    """The claims of a ledger holding the per-article gold transfers (no extraction)."""
    from arms_nlp.ledger import Ledger

    with Ledger(db) as ledger:
        for stem, extraction in gold_extractions():
            ledger.add(extraction, article_id=stem)
        return [claim.model_dump(mode="json") for claim in ledger.claims()]


def report(result: dict[str, Any]) -> str:
    """The scores as readable lines, then one line per gold claim."""
    c = result["claims"]
    lines = [
        (
            f"claims: {c['matched']}/{c['gold']} gold found, {c['predicted']} predicted; "
            f"P {c['precision']:.3f} R {c['recall']:.3f} F1 {c['f1']:.3f}"
        ),
        f"sources of matched claims: P {result['sources']['precision']:.3f} R {result['sources']['recall']:.3f}",
        (
            f"status set per source: {result['status_per_source']:.3f}; source count: {result['source_count']:.3f}; "
            f"disputed flag: {result['disputed']:.3f}"
        ),
        "",
    ]
    for row in result["listing"]:
        supplier, recipient, family = row["key"]
        head = f"{supplier} -> {recipient} [{family}]"
        if not row["found"]:
            lines.append(f"  MISSING {head}")
            continue
        statuses = ", ".join(f"{s}={v}" for s, v in row["latest_status"].items())
        lines.append(
            f"  {head}: {row['sources']} sources (gold {row['gold_sources']}), "
            f"disputed {row['disputed']} (gold {row['gold_disputed']})"
        )
        lines.append(f"      latest: {statuses}")
        for name in ("missing_sources", "extra_sources"):
            if row[name]:
                lines.append(f"      {name.replace('_', ' ')}: {', '.join(row[name])}")
    for key in c["extra"]:
        lines.append(f"  EXTRA {key[0]} -> {key[1]} [{key[2]}]")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--db", help="the ledger to fill (default: a temporary SQLite file); must not hold other articles"
    )
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--from-gold",
        action="store_true",
        help="feed the ledger the per-article gold transfers instead of extracting (scores consolidation alone)",
    )
    args = parser.parse_args(argv)
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    fill = gold_ledger_claims if args.from_gold else ledger_claims
    with tempfile.TemporaryDirectory() as folder:
        result = score(gold, fill(args.db or str(Path(folder) / "ledger.db")))
    print(json.dumps(result, indent=2) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
