"""Accuracy of ``arms_nlp.extract`` against the hand-written gold in ``fixtures/gold``.

Usage: ``python benchmarks/accuracy.py [--articles DIR] [--gold DIR] [--model NAME] [--verbose] [--json]``

Every article ``<stem>.txt`` is paired with ``<stem>.json`` (format: ``fixtures/README.md``).
Scores are computed per article, then micro-averaged over articles (true positives,
predictions and gold items are summed before dividing). P = matched / predicted,
R = matched / gold, F1 their harmonic mean; "-" means undefined (nothing predicted
and nothing in gold).

Matching rules (names are *normalised*: casefolded, hyphens/underscores as spaces,
punctuation removed, a leading "the" dropped, whitespace collapsed):

- weapons: the set of normalised canonical names per article. Extra column: mention-level
  F1, a predicted mention matching a gold one (one-to-one) when their character spans
  overlap and their names agree.
- quantities: one-to-one; a prediction matches a gold quantity when the spans overlap and
  the numbers agree: value, low and high each within 1% (None only matches None). A vague
  gold amount (value None) also matches on its qualifier: the two qualifiers share a content
  word ("dozens", "a substantial number" ~ "substantial number").
- ranges: unique reach claims per article (ranges with low_km and high_km within 1% are one
  claim; None only matches None); claims matched one-to-one on the same rule.
- actors: unique actors per article; a gold actor is found when a predicted actor's
  normalised name equals its name or one of its ``also`` names. Extra column: kind
  accuracy over the matched actors.
- quotes: gold direct + partial quotes against predicted direct + partial quotes,
  one-to-one; a match needs character overlap >= 50% of the shorter span. "quote+speaker"
  also needs the speakers to agree: normalised names equal (gold ``also`` names count) or
  one contained in the other. Indirect quotes are scored the same way in their own rows.
- dates: the set of values per article; a date whose value is null (year not recoverable)
  is keyed by its normalised text instead. Extra column: mention-level F1 (span overlap
  and same value).
- transfers: the set of (supplier, recipient, weapon category) keys per article; actor
  names go through the gold actors' ``also`` aliases, the weapon is mapped to its
  category with the weapon records of the same side (then of the other side, then the
  weapons gazetteer when one is installed); None only matches None. Extra column: status
  accuracy over the claims paired under matched keys (gold ``also_status`` is accepted).
  Row "transfer claims": claims one-to-one on (supplier, recipient, category, status).
- published: accuracy over the articles whose gold gives a date; the extra column counts
  articles without a gold date for which a date was predicted.

Exit status is non-zero only on errors (missing directories or gold), never on a low score.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "fixtures" / "articles"
GOLD = ROOT / "fixtures" / "gold"
TOLERANCE = 0.01
ROWS = (
    "weapons",
    "quantities",
    "ranges",
    "actors",
    "quotes",
    "quotes+speaker",
    "indirect",
    "indirect+speaker",
    "dates",
    "transfers",
    "transfer claims",
)

Record = dict[str, Any]
_PUNCT = re.compile(r"[^\w\s]")
_STOP = {"a", "an", "the", "of"}


# ---------------------------------------------------------------- normalisation
def norm(name: object) -> str | None:
    """Casefolded name with hyphens as spaces, punctuation and a leading 'the' removed."""
    if name is None:
        return None
    text = str(name).casefold().replace("-", " ").replace("_", " ").replace("–", " ")
    text = " ".join(_PUNCT.sub("", text).split())
    return text[4:] if text.startswith("the ") else text


def close(a: float | None, b: float | None) -> bool:
    """Both None, or both numbers within TOLERANCE (relative)."""
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b), 1e-9)


def overlap(a: Record, b: Record) -> int:
    """Characters shared by the spans of two records."""
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def as_dict(extraction: object) -> Record:
    """An Extraction (pydantic) or an already plain dict, as a JSON-like dict."""
    dump = getattr(extraction, "model_dump", None)
    return dump(mode="json") if callable(dump) else dict(extraction)  # type: ignore[call-overload]


# ---------------------------------------------------------------- counting
@dataclass
class Count:
    """Matched, predicted and gold item counts of one row, plus the misses and false positives."""

    tp: int = 0
    pred: int = 0
    gold: int = 0
    extra_hit: int = 0
    extra_total: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    def add(self, other: Count) -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold
        self.extra_hit += other.extra_hit
        self.extra_total += other.extra_total

    def prf(self) -> tuple[float | None, float | None, float | None]:
        p = self.tp / self.pred if self.pred else None
        r = self.tp / self.gold if self.gold else None
        if not self.pred and not self.gold:
            return None, None, None
        if p is None or r is None or p + r == 0:
            return p, r, 0.0
        return p, r, 2 * p * r / (p + r)


def one_to_one(
    gold: Sequence[Any],
    pred: Sequence[Any],
    matches: Callable[[Any, Any], bool],
    weight: Callable[[Any, Any], float] | None = None,
) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, pred index) of matching items, best weight first."""
    pairs = [
        ((weight(g, p) if weight else 0.0), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if matches(g, p)
    ]
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def count_pairs(
    gold: Sequence[Any], pred: Sequence[Any], pairs: list[tuple[int, int]], show: Callable[[Any], str]
) -> Count:
    """A Count from matched pairs, naming the unmatched items."""
    hit_g = {g for g, _ in pairs}
    hit_p = {p for _, p in pairs}
    return Count(
        tp=len(pairs),
        pred=len(pred),
        gold=len(gold),
        misses=[show(g) for i, g in enumerate(gold) if i not in hit_g],
        false_positives=[show(p) for i, p in enumerate(pred) if i not in hit_p],
    )


# ---------------------------------------------------------------- per field
def score_weapons(gold: Record, pred: Record) -> tuple[Count, Count]:
    g_names = sorted({norm(w["name"]) for w in gold.get("weapons", [])})
    p_names = sorted({norm(w["name"]) for w in pred.get("weapons", [])})
    names = count_pairs(g_names, p_names, one_to_one(g_names, p_names, lambda a, b: a == b), str)
    gm, pm = gold.get("weapons", []), pred.get("weapons", [])
    pairs = one_to_one(gm, pm, lambda a, b: overlap(a, b) > 0 and norm(a["name"]) == norm(b["name"]), overlap)
    mentions = count_pairs(gm, pm, pairs, lambda w: f"{w['text']!r}@{w['start']}={w['name']}")
    return names, mentions


def _qualifier_words(record: Record) -> set[str]:
    return set((norm(record.get("qualifier")) or "").split()) - _STOP


def quantities_match(g: Record, p: Record) -> bool:
    """Overlapping spans and agreeing numbers (or, for a vague gold amount, a shared qualifier word)."""
    if overlap(g, p) <= 0:
        return False
    if all(close(g.get(k), p.get(k)) for k in ("value", "low", "high")):
        return True
    return g.get("value") is None and bool(_qualifier_words(g) & _qualifier_words(p))


def score_quantities(gold: Record, pred: Record) -> Count:
    g, p = gold.get("quantities", []), pred.get("quantities", [])
    show = lambda q: f"{q['text']!r}@{q['start']} v={q.get('value')} [{q.get('low')},{q.get('high')}] {q.get('item')}"  # noqa: E731
    return count_pairs(g, p, one_to_one(g, p, quantities_match, overlap), show)


def _range_claims(ranges: Iterable[Record]) -> list[tuple[float | None, float]]:
    claims: list[tuple[float | None, float]] = []
    for r in ranges:
        key = (r.get("low_km"), r["high_km"])
        if not any(close(key[0], c[0]) and close(key[1], c[1]) for c in claims):
            claims.append(key)
    return claims


def score_ranges(gold: Record, pred: Record) -> Count:
    g, p = _range_claims(gold.get("ranges", [])), _range_claims(pred.get("ranges", []))
    same = lambda a, b: close(a[0], b[0]) and close(a[1], b[1])  # noqa: E731
    return count_pairs(g, p, one_to_one(g, p, same), lambda c: f"{c[0]}-{c[1]} km")


def actor_aliases(gold: Record) -> dict[str, str]:
    """Normalised alias -> normalised canonical name, from the gold actors' names and ``also``."""
    aliases: dict[str, str] = {}
    for actor in gold.get("actors", []):
        canonical = norm(actor["name"])
        for name in [actor["name"], *actor.get("also", [])]:
            aliases.setdefault(norm(name), canonical)  # type: ignore[arg-type]
    return aliases


def score_actors(gold: Record, pred: Record) -> Count:
    g_actors = gold.get("actors", [])
    seen: dict[str, Record] = {}
    for actor in pred.get("actors", []):
        seen.setdefault(norm(actor["name"]), actor)  # type: ignore[arg-type]
    p_names = list(seen)
    alts = [{norm(n) for n in [a["name"], *a.get("also", [])]} for a in g_actors]
    pairs = one_to_one(list(range(len(g_actors))), p_names, lambda gi, pn: pn in alts[gi])
    count = count_pairs(g_actors, p_names, pairs, lambda a: a["name"] if isinstance(a, dict) else str(a))
    count.extra_total = len(pairs)
    count.extra_hit = sum(g_actors[gi]["kind"] == seen[p_names[pi]].get("kind") for gi, pi in pairs)
    return count


def _speaker_ok(g: Record, p: Record, aliases: dict[str, str]) -> bool:
    gs, ps = norm(g.get("speaker")), norm(p.get("speaker"))
    if not gs or not ps:
        return gs == ps
    gs, ps = aliases.get(gs, gs), aliases.get(ps, ps)
    return gs == ps or gs in ps or ps in gs


def _quote_overlaps(g: Record, p: Record) -> bool:
    shorter = min(g["end"] - g["start"], p["end"] - p["start"])
    return shorter > 0 and overlap(g, p) >= 0.5 * shorter


def score_quotes(gold: Record, pred: Record, indirect: bool) -> tuple[Count, Count]:
    wanted = (lambda q: q.get("kind") == "indirect") if indirect else (lambda q: q.get("kind") != "indirect")
    g = [q for q in gold.get("quotes", []) if wanted(q)]
    p = [q for q in pred.get("quotes", []) if wanted(q)]
    aliases = actor_aliases(gold)
    show = lambda q: f"{q['text'][:50]!r}@{q['start']} ({q.get('speaker')})"  # noqa: E731
    quotes = count_pairs(g, p, one_to_one(g, p, _quote_overlaps, overlap), show)
    both = lambda a, b: _quote_overlaps(a, b) and _speaker_ok(a, b, aliases)  # noqa: E731
    speakers = count_pairs(g, p, one_to_one(g, p, both, overlap), show)
    return quotes, speakers


def _date_key(d: Record) -> str:
    return str(d["value"]) if d.get("value") else f"text:{norm(d['text'])}"


def score_dates(gold: Record, pred: Record) -> tuple[Count, Count]:
    g_keys = sorted({_date_key(d) for d in gold.get("dates", [])})
    p_keys = sorted({_date_key(d) for d in pred.get("dates", [])})
    values = count_pairs(g_keys, p_keys, one_to_one(g_keys, p_keys, lambda a, b: a == b), str)
    gm, pm = gold.get("dates", []), pred.get("dates", [])
    pairs = one_to_one(gm, pm, lambda a, b: overlap(a, b) > 0 and a.get("value") == b.get("value"), overlap)
    mentions = count_pairs(gm, pm, pairs, lambda d: f"{d['text']!r}@{d['start']}={d.get('value')}")
    return values, mentions


def _gazetteer_category(name: str) -> str | None:
    """The category of a weapon name in the installed weapons gazetteer, if there is one."""
    try:
        from arms_nlp.kb import weapons as kb_weapons  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001  (the gazetteer is optional)
        return None
    for attr in ("category_of", "weapon_category"):
        func = getattr(kb_weapons, attr, None)
        if callable(func):
            try:
                found = func(name)
                return str(found) if found else None
            except Exception:  # noqa: BLE001
                return None
    return None


def _category(name: str | None, own: Mapping[str, str], other: Mapping[str, str]) -> str | None:
    if name is None:
        return None
    key = norm(name) or ""
    return own.get(key) or other.get(key) or _gazetteer_category(name) or key


def _transfer_keys(
    record: Record, aliases: Mapping[str, str], own: Mapping[str, str], other: Mapping[str, str]
) -> list[tuple]:
    keys = []
    for t in record.get("transfers", []):
        sup, rec = norm(t.get("supplier")), norm(t.get("recipient"))
        keys.append(
            (
                aliases.get(sup, sup) if sup else None,
                aliases.get(rec, rec) if rec else None,
                _category(t.get("weapon"), own, other),
            )
        )
    return keys


def score_transfers(gold: Record, pred: Record) -> tuple[Count, Count]:
    aliases = actor_aliases(gold)
    g_cat = {norm(w["name"]): w["category"] for w in gold.get("weapons", [])}
    p_cat = {norm(w["name"]): w["category"] for w in pred.get("weapons", [])}
    g_claims, p_claims = gold.get("transfers", []), pred.get("transfers", [])
    g_keys = _transfer_keys(gold, aliases, g_cat, p_cat)
    p_keys = _transfer_keys(pred, aliases, p_cat, g_cat)
    g_set, p_set = sorted(set(g_keys), key=str), sorted(set(p_keys), key=str)
    keys = count_pairs(g_set, p_set, one_to_one(g_set, p_set, lambda a, b: a == b), str)

    def statuses(t: Record) -> set[str]:
        return {t["status"], *([t["also_status"]] if t.get("also_status") else [])}

    same_claim = lambda gi, pi: g_keys[gi] == p_keys[pi] and p_claims[pi]["status"] in statuses(g_claims[gi])  # noqa: E731
    gi_all, pi_all = list(range(len(g_claims))), list(range(len(p_claims)))
    claim_pairs = one_to_one(gi_all, pi_all, same_claim)
    show_g = lambda i: f"{g_keys[i]} {g_claims[i]['status']}"  # noqa: E731
    claims = count_pairs(gi_all, pi_all, claim_pairs, lambda i: str(i))
    claims.misses = [show_g(i) for i in gi_all if i not in {g for g, _ in claim_pairs}]
    claims.false_positives = [
        f"{p_keys[i]} {p_claims[i]['status']}" for i in pi_all if i not in {p for _, p in claim_pairs}
    ]
    # status accuracy: claims paired on the key alone, preferring an agreeing status
    key_pairs = one_to_one(
        gi_all,
        pi_all,
        lambda gi, pi: g_keys[gi] == p_keys[pi],
        lambda gi, pi: float(p_claims[pi]["status"] in statuses(g_claims[gi])),
    )
    keys.extra_total = len(key_pairs)
    keys.extra_hit = sum(p_claims[pi]["status"] in statuses(g_claims[gi]) for gi, pi in key_pairs)
    return keys, claims


# ---------------------------------------------------------------- scoring
def _iso(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value)[:10]


def score_article(gold: Record, pred: Record) -> dict[str, Count]:
    """Counts of every row for one article."""
    rows: dict[str, Count] = {}
    rows["weapons"], rows["weapon mentions"] = score_weapons(gold, pred)
    rows["quantities"] = score_quantities(gold, pred)
    rows["ranges"] = score_ranges(gold, pred)
    rows["actors"] = score_actors(gold, pred)
    rows["quotes"], rows["quotes+speaker"] = score_quotes(gold, pred, indirect=False)
    rows["indirect"], rows["indirect+speaker"] = score_quotes(gold, pred, indirect=True)
    rows["dates"], rows["date mentions"] = score_dates(gold, pred)
    rows["transfers"], rows["transfer claims"] = score_transfers(gold, pred)
    return rows


def _extra(row: str, total: Count, rows: Mapping[str, Count]) -> str:
    if row == "weapons":
        f1 = rows["weapon mentions"].prf()[2]
        return f"mentions F1={_fmt(f1)}"
    if row == "dates":
        return f"mentions F1={_fmt(rows['date mentions'].prf()[2])}"
    if row == "actors":
        return f"kind acc={_fmt(total.extra_hit / total.extra_total if total.extra_total else None)} (n={total.extra_total})"
    if row == "transfers":
        return f"status acc={_fmt(total.extra_hit / total.extra_total if total.extra_total else None)} (n={total.extra_total})"
    return ""


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def score(extractions: Mapping[str, object], golds: Mapping[str, Record]) -> dict[str, Any]:
    """Score extractions (Extraction objects or dicts, by article stem) against gold dicts.

    Returns ``{"fields": {row: {"p", "r", "f1", "tp", "pred", "gold", "extra"}},
    "published": {"accuracy", "n", "spurious"}, "articles": {stem: {row: {...misses...}}}}``.
    Only articles present in both mappings are scored.
    """
    totals: dict[str, Count] = {}
    per_article: dict[str, dict[str, Any]] = {}
    pub_hit = pub_n = spurious = 0
    for stem in sorted(set(extractions) & set(golds)):
        gold, pred = golds[stem], as_dict(extractions[stem])
        rows = score_article(gold, pred)
        for name, count in rows.items():
            totals.setdefault(name, Count()).add(count)
        gp, pp = _iso(gold.get("published")), _iso(pred.get("published"))
        if gp is not None:
            pub_n += 1
            pub_hit += gp == pp
        elif pp is not None:
            spurious += 1
        per_article[stem] = {
            name: {"tp": c.tp, "pred": c.pred, "gold": c.gold, "misses": c.misses, "false_positives": c.false_positives}
            for name, c in rows.items()
        }
        per_article[stem]["published"] = {"gold": gp, "pred": pp}
    fields: dict[str, Any] = {}
    for name in ROWS:
        total = totals.get(name, Count())
        p, r, f1 = total.prf()
        fields[name] = {
            "p": p,
            "r": r,
            "f1": f1,
            "tp": total.tp,
            "pred": total.pred,
            "gold": total.gold,
            "extra": _extra(name, total, totals) if totals else "",
        }
    for name in ("weapon mentions", "date mentions"):
        p, r, f1 = totals.get(name, Count()).prf()
        fields[name] = {"p": p, "r": r, "f1": f1}
    if "actors" in totals and totals["actors"].extra_total:
        fields["actors"]["kind_accuracy"] = totals["actors"].extra_hit / totals["actors"].extra_total
    if "transfers" in totals and totals["transfers"].extra_total:
        fields["transfers"]["status_accuracy"] = totals["transfers"].extra_hit / totals["transfers"].extra_total
    published = {"accuracy": pub_hit / pub_n if pub_n else None, "n": pub_n, "spurious": spurious}
    return {"fields": fields, "published": published, "articles": per_article}


# ---------------------------------------------------------------- CLI
def load_gold(gold_dir: Path) -> dict[str, Record]:
    """Gold dicts by article stem."""
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(gold_dir.glob("*.json"))}


def table(result: Mapping[str, Any]) -> str:
    """The results as a plain-text table."""
    lines = [f"{'field':<18}{'P':>6}{'R':>6}{'F1':>6}  extra"]
    for name in ROWS:
        row = result["fields"][name]
        lines.append(f"{name:<18}{_fmt(row['p']):>6}{_fmt(row['r']):>6}{_fmt(row['f1']):>6}  {row['extra']}")
    pub = result["published"]
    lines.append(
        f"{'published':<18}{'':>6}{'':>6}{'':>6}  acc={_fmt(pub['accuracy'])} (n={pub['n']}), spurious={pub['spurious']}"
    )
    return "\n".join(lines)


def verbose_report(result: Mapping[str, Any]) -> str:
    """Per-article misses and false positives."""
    out = []
    for stem, rows in result["articles"].items():
        out.append(f"\n== {stem}")
        for name, row in rows.items():
            if name == "published":
                out.append(f"  published: gold={row['gold']} pred={row['pred']}")
                continue
            out.append(f"  {name}: {row['tp']}/{row['gold']} gold found, {row['pred']} predicted")
            for miss in row["misses"]:
                out.append(f"    - miss {miss}")
            for fp in row["false_positives"]:
                out.append(f"    + false positive {fp}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=Path, default=ARTICLES, help="directory of <stem>.txt articles")
    parser.add_argument("--gold", type=Path, default=GOLD, help="directory of <stem>.json gold files")
    parser.add_argument("--model", default=None, help="spaCy model package (default: best installed)")
    parser.add_argument("--verbose", action="store_true", help="per-article misses and false positives")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args(argv)
    if not args.articles.is_dir() or not args.gold.is_dir():
        print(f"error: missing directory {args.articles if not args.articles.is_dir() else args.gold}", file=sys.stderr)
        return 2
    golds = load_gold(args.gold)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(args.articles.glob("*.txt"))}
    missing = sorted(set(texts) - set(golds))
    for stem in missing:
        print(f"warning: no gold for {stem}.txt; skipped", file=sys.stderr)
    stems = sorted(set(texts) & set(golds))
    if not stems:
        print("error: no article has a gold file", file=sys.stderr)
        return 2

    import arms_nlp

    nlp = arms_nlp.load(args.model) if args.model else None
    extractions = {stem: arms_nlp.extract(texts[stem], nlp=nlp) for stem in stems}
    result = score(extractions, {stem: golds[stem] for stem in stems})
    if args.json:
        if not args.verbose:
            result = {k: v for k, v in result.items() if k != "articles"}
        print(json.dumps(result, indent=1, default=str))
    else:
        print(table(result))
        if args.verbose:
            print(verbose_report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
