"""The hand-written gold files: schema, exact offsets, enums; and the accuracy scorer on gold-vs-gold."""

from __future__ import annotations

import copy
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any, get_args

import pytest
from pydantic import BaseModel

from arms_nlp.records import (
    ActorKind,
    DateGrain,
    DateRef,
    Quantity,
    Quote,
    QuoteKind,
    Range,
    TransferStatus,
    Weapon,
    WeaponCategory,
)

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_DIR = ROOT / "fixtures" / "articles"
GOLD_DIR = ROOT / "fixtures" / "gold"
STEMS = sorted(p.stem for p in ARTICLE_DIR.glob("*.txt"))
FIELDS = ("weapons", "quantities", "ranges", "actors", "quotes", "dates", "transfers")
MODELS: dict[str, type[BaseModel]] = {
    "weapons": Weapon,
    "quantities": Quantity,
    "ranges": Range,
    "quotes": Quote,
    "dates": DateRef,
}
MENTION_KEYS = {"text", "start", "end"}


def _accuracy() -> Any:
    spec = importlib.util.spec_from_file_location("arms_accuracy", ROOT / "benchmarks" / "accuracy.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["arms_accuracy"] = module
    spec.loader.exec_module(module)
    return module


accuracy = _accuracy()


def _load(stem: str) -> tuple[str, dict[str, Any]]:
    text = (ARTICLE_DIR / f"{stem}.txt").read_text(encoding="utf-8")
    return text, json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))


def _spans(gold: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every (field, record) that carries offsets, actor mentions included."""
    out: list[tuple[str, dict[str, Any]]] = []
    for name in FIELDS:
        for record in gold[name]:
            out.append((name, record))
            out.extend((f"{name}.mentions", m) for m in record.get("mentions", []))
    return out


@pytest.mark.parametrize("stem", STEMS)
def test_gold_exists_with_all_fields(stem: str) -> None:
    _, gold = _load(stem)
    assert gold["article"] == f"{stem}.txt"
    assert set(gold) == {"article", "published", *FIELDS}
    if gold["published"] is not None:
        import datetime as dt

        dt.date.fromisoformat(gold["published"])


@pytest.mark.parametrize("stem", STEMS)
def test_gold_offsets_are_exact(stem: str) -> None:
    text, gold = _load(stem)
    bad = [(f, r["text"], r["start"]) for f, r in _spans(gold) if text[r["start"] : r["end"]] != r["text"]]
    assert not bad


@pytest.mark.parametrize("stem", STEMS)
@pytest.mark.parametrize("field", sorted(MODELS))
def test_gold_records_validate_against_the_record_models(stem: str, field: str) -> None:
    _, gold = _load(stem)
    for record in gold[field]:
        MODELS[field].model_validate(record)


@pytest.mark.parametrize("stem", STEMS)
def test_gold_enums_are_valid(stem: str) -> None:
    _, gold = _load(stem)
    assert {w["category"] for w in gold["weapons"]} <= set(get_args(WeaponCategory))
    assert {a["kind"] for a in gold["actors"]} <= set(get_args(ActorKind))
    assert {q["kind"] for q in gold["quotes"]} <= set(get_args(QuoteKind))
    assert {d["grain"] for d in gold["dates"]} <= set(get_args(DateGrain))
    statuses = {t["status"] for t in gold["transfers"]} | {
        t["also_status"] for t in gold["transfers"] if "also_status" in t
    }
    assert statuses <= set(get_args(TransferStatus))


@pytest.mark.parametrize("stem", STEMS)
def test_gold_actors_are_consistent(stem: str) -> None:
    _, gold = _load(stem)
    names = [a["name"] for a in gold["actors"]]
    assert len(names) == len(set(names))
    for actor in gold["actors"]:
        first = actor["mentions"][0]
        assert (actor["text"], actor["start"], actor["end"]) == (first["text"], first["start"], first["end"])
        assert set(actor) <= {*MENTION_KEYS, "name", "kind", "affiliation", "title", "mentions", "also"}


@pytest.mark.parametrize("stem", STEMS)
def test_gold_references_resolve(stem: str) -> None:
    """Speakers and transfer parties are gold actors; quantity/transfer weapons are gold weapon names."""
    _, gold = _load(stem)
    actors = {a["name"] for a in gold["actors"]}
    weapons = {w["name"] for w in gold["weapons"]}
    assert {q["speaker"] for q in gold["quotes"]} <= actors
    for t in gold["transfers"]:
        assert {t["supplier"], t["recipient"]} <= actors
        assert t["source"] is None or t["source"] in actors
        assert t["weapon"] in weapons
    assert {q["weapon"] for q in gold["quantities"] if q["weapon"]} <= weapons
    assert {r["weapon"] for r in gold["ranges"] if r["weapon"]} <= weapons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Short-Range Ballistic Missiles", "short range ballistic missiles"),
        ("The Wall Street Journal", "wall street journal"),
        ("U.S. officials", "us officials"),
        ("Su-35", "su 35"),
        (None, None),
    ],
)
def test_gold_scorer_normalises_names(text: str | None, expected: str | None) -> None:
    assert accuracy.norm(text) == expected


@pytest.mark.parametrize(
    ("gold", "pred", "match"),
    [
        (
            {"start": 0, "end": 17, "value": 400.0, "low": None, "high": None},
            {"start": 0, "end": 17, "value": 401.0},
            True,
        ),
        (
            {"start": 0, "end": 17, "value": 400.0, "low": None, "high": None},
            {"start": 0, "end": 17, "value": 410.0},
            False,
        ),
        ({"start": 0, "end": 17, "value": 400.0}, {"start": 20, "end": 23, "value": 400.0}, False),
        (
            {"start": 0, "end": 6, "value": None, "low": 24.0, "qualifier": "dozens"},
            {"start": 0, "end": 6, "qualifier": "dozens"},
            True,
        ),
        (
            {"start": 0, "end": 9, "value": None, "qualifier": "a number of"},
            {"start": 2, "end": 9, "qualifier": "number"},
            True,
        ),
        (
            {"start": 0, "end": 6, "value": None, "low": 24.0, "qualifier": "dozens"},
            {"start": 0, "end": 6, "qualifier": "hundreds"},
            False,
        ),
        (
            {"start": 0, "end": 8, "value": None, "low": 12.0, "high": 14.0},
            {"start": 0, "end": 8, "low": 12.0, "high": 14.0},
            True,
        ),
    ],
)
def test_gold_scorer_quantity_matching(gold: dict, pred: dict, match: bool) -> None:
    assert accuracy.quantities_match(gold, pred) is match


def _golds() -> dict[str, dict[str, Any]]:
    return {stem: _load(stem)[1] for stem in STEMS}


def test_gold_scorer_gold_against_itself_is_perfect() -> None:
    golds = _golds()
    result = accuracy.score(golds, golds)
    for row in accuracy.ROWS:
        if result["fields"][row]["gold"]:
            assert result["fields"][row]["f1"] == pytest.approx(1.0), row
    assert result["published"]["accuracy"] == pytest.approx(1.0)
    assert result["fields"]["actors"]["kind_accuracy"] == pytest.approx(1.0)
    assert result["fields"]["transfers"]["status_accuracy"] == pytest.approx(1.0)


@pytest.mark.parametrize("field", FIELDS)
def test_gold_scorer_empty_prediction_scores_zero(field: str) -> None:
    golds = _golds()
    result = accuracy.score({stem: {} for stem in golds}, golds)
    assert result["fields"][field]["f1"] == 0.0
    assert result["fields"][field]["tp"] == 0


@pytest.mark.parametrize(
    ("field", "row"),
    [
        ("weapons", "weapons"),
        ("actors", "actors"),
        ("quotes", "quotes"),
        ("dates", "dates"),
        ("transfers", "transfers"),
    ],
)
def test_gold_scorer_dropping_records_lowers_recall_only(field: str, row: str) -> None:
    golds = _golds()
    preds = copy.deepcopy(golds)
    for pred in preds.values():
        pred[field] = pred[field][: len(pred[field]) // 2]
    result = accuracy.score(preds, golds)["fields"][row]
    assert result["p"] == pytest.approx(1.0)
    assert result["r"] < 1.0


@pytest.mark.parametrize(
    ("alias", "found"),
    [("PLO", True), ("Wall Street Journal", True), ("Iranian Mission", True), ("Palestine", False)],
)
def test_gold_scorer_accepts_also_names(alias: str, found: bool) -> None:
    golds = _golds()
    holder = (
        next(s for s, g in golds.items() if any(alias in a.get("also", []) for a in g["actors"])) if found else STEMS[0]
    )
    gold = golds[holder]
    pred = {"actors": [{"name": alias, "kind": "organization"}]}
    count = accuracy.score_actors(gold, pred)
    assert (count.tp == 1) is found


def test_gold_scorer_cli_reports_missing_directory(tmp_path: Path) -> None:
    assert accuracy.main(["--articles", str(tmp_path / "nope")]) == 2


def _benchmark(name: str) -> Any:
    """A benchmark script as a module (its folder on the path, as when run)."""
    folder = str(ROOT / "benchmarks")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "benchmarks" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("name", "lines"),
    [("weapon_sentences", 180), ("transfer_sentences", 140), ("actor_sentences", 80)],
)
def test_gold_held_out_sets_load_with_balanced_splits(name: str, lines: int) -> None:
    module = _benchmark(name)
    rows = module.load(module.DEFAULT, "all")
    assert len(rows) == lines
    assert len(module.load(module.DEFAULT, "dev")) == len(module.load(module.DEFAULT, "test")) == lines // 2


def test_gold_transfer_articles_load_with_balanced_splits_and_exact_evidence() -> None:
    module = _benchmark("transfer_articles")
    rows = module.load(module.DEFAULT, "all")
    assert len(rows) >= 25
    assert len(module.load(module.DEFAULT, "dev")) == len(module.load(module.DEFAULT, "test")) == len(rows) // 2
    for row in rows:
        assert row["url"].startswith("http"), row["id"]
        for claim in row["transfers"]:
            assert claim["category"] in get_args(WeaponCategory), (row["id"], claim["category"])
            assert all(sentence in row["text"] for sentence in claim["evidence"]), row["id"]


@pytest.mark.parametrize(
    ("name", "key", "imbalance"),
    [
        ("entity_sentences", "weapons", 1),
        ("quote_paragraphs", "quotes", 1),
        ("general_lengths", "lengths", 1),
        ("quote_general_news", "quotes", 2),  # 21 dev / 19 test passages, see its README
    ],
)
def test_gold_new_held_out_sets_have_balanced_splits_and_exact_strings(name: str, key: str, imbalance: int) -> None:
    rows = [
        json.loads(line)
        for line in (ROOT / "benchmarks" / "data" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    splits = [row["split"] for row in rows]
    assert abs(splits.count("dev") - splits.count("test")) <= imbalance
    field = "quote" if key == "quotes" else "text"
    for row in rows:
        for record in row[key]:
            parts = record[field].split(" ") if key == "quotes" else [record[field]]
            assert all(part in row["text"] for part in parts), (name, record[field])


@pytest.mark.parametrize(
    ("text", "strings", "spans"),
    [
        ("2 jets in 24 hours and 2 more", ["2", "2"], [(0, 1), (23, 24)]),
        (
            "attack and transport helicopters",
            ["attack and transport helicopters", "transport helicopters"],
            [(0, 32), (11, 32)],
        ),
    ],
)
def test_gold_locate_in_order_finds_whole_words_and_nested_records(
    text: str, strings: list[str], spans: list[tuple[int, int]]
) -> None:
    assert _benchmark("_scoring").locate_in_order(text, strings, "t") == spans
