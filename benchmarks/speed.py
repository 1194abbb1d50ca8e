"""Throughput, cold start and memory of arms_nlp against the bare spaCy model.

Usage: ``python benchmarks/speed.py [DIR] [--articles 200] [--memory-articles 1000]``

Measured in one run on the same corpus (the fixtures repeated to ``--articles``
texts, or the ``.txt`` files of DIR):
- words/second of the bare model pipeline through ``nlp.pipe``;
- words/second of ``extract_many`` with ``n_process=1`` and ``n_process=2``;
- cold start: a fresh process importing arms_nlp, loading it and running one ``extract``;
- peak RSS of a fresh process streaming ``--memory-articles`` texts through
  ``extract_many``, with its RSS after the first fifth and at the end (growth shows a leak).
Words are whitespace-separated tokens; each throughput is the best of ``--repeat`` runs.
Prints a table and the arms/bare ratio.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import load_texts  # noqa: E402

_COLD = """
import time; t = time.perf_counter()
import arms_nlp
arms_nlp.extract(open({path!r}, encoding="utf-8").read())
print(time.perf_counter() - t)
"""

_MEMORY = """
import json, resource, sys
sys.path.insert(0, {bench!r})
from _corpus import load_texts
import arms_nlp
from pathlib import Path
folder = {folder!r}
texts = load_texts(Path(folder) if folder else None, {count})
def rss_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
marks = {{}}
for i, _ in enumerate(arms_nlp.extract_many(iter(texts), batch_size=16), start=1):
    if i == len(texts) // 5:
        marks["rss_after_fifth_mb"] = rss_mb()
marks["rss_end_mb"] = rss_mb()
marks["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(marks))
"""


def words_per_second(run: Callable[[list[str]], Iterable[object]], texts: list[str], repeat: int = 1) -> float:
    """Words/s of consuming ``run(texts)``: the best of ``repeat`` runs (the least disturbed one)."""
    words = sum(len(t.split()) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in run(texts):
            pass
        best = min(best, time.perf_counter() - start)
    return words / best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", nargs="?", type=Path, help="folder of .txt articles (default: fixtures)")
    parser.add_argument("--articles", type=int, default=200, help="texts in the throughput corpus")
    parser.add_argument("--memory-articles", type=int, default=1000, help="texts streamed for the memory run (0 skips it)")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--repeat", type=int, default=3, help="runs per throughput measure; the best counts")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)

    import spacy

    import arms_nlp
    from arms_nlp.api import _resolve_model

    texts = load_texts(args.directory, args.articles)
    model = _resolve_model(None)
    bare = spacy.load(model)
    arms = arms_nlp.load(model)
    list(arms.pipe(texts[:5]))  # warm caches (lazy data files) outside the timed runs
    results: dict[str, object] = {"model": model, "articles": len(texts), "words": sum(len(t.split()) for t in texts)}
    results["repeat"] = args.repeat
    results["bare_wps"] = words_per_second(lambda ts: bare.pipe(ts, batch_size=args.batch_size), texts, args.repeat)
    results["arms_wps_1"] = words_per_second(
        lambda ts: arms_nlp.extract_many(ts, nlp=arms, batch_size=args.batch_size, n_process=1), texts, args.repeat
    )
    results["arms_wps_2"] = words_per_second(
        lambda ts: arms_nlp.extract_many(ts, nlp=arms, batch_size=args.batch_size, n_process=2), texts, args.repeat
    )
    results["ratio_arms_bare"] = results["arms_wps_1"] / results["bare_wps"]
    results["speedup_2_processes"] = results["arms_wps_2"] / results["arms_wps_1"]

    sample = str(Path(__file__).resolve().parent.parent / "fixtures" / "articles" / "002_cf1b510dc2e19d56.txt")
    first = str(next(args.directory.glob("*.txt"))) if args.directory else sample
    colds = []
    for _ in range(args.repeat):
        cold = subprocess.run([sys.executable, "-c", _COLD.format(path=first)], capture_output=True, text=True, check=True)
        colds.append(float(cold.stdout.strip().splitlines()[-1]))
    results["cold_start_s"] = min(colds)
    if args.memory_articles:
        folder = str(args.directory) if args.directory else ""
        code = _MEMORY.format(bench=str(Path(__file__).resolve().parent), folder=folder, count=args.memory_articles)
        memory = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        results.update(json.loads(memory.stdout.strip().splitlines()[-1]))

    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"model {results['model']}, {results['articles']} articles, {results['words']} words, best of {args.repeat}")
    print(f"{'measure':<42}{'value':>12}")
    rows = [
        ("bare model nlp.pipe (words/s)", results["bare_wps"]),
        ("arms extract_many n_process=1 (words/s)", results["arms_wps_1"]),
        ("arms extract_many n_process=2 (words/s)", results["arms_wps_2"]),
        ("ratio arms/bare (n_process=1)", results["ratio_arms_bare"]),
        ("speed-up n_process=2 / n_process=1", results["speedup_2_processes"]),
        ("cold start: import+load+extract (s)", results["cold_start_s"]),
    ]
    for key, label in (("peak_rss_mb", "peak RSS streaming"), ("rss_after_fifth_mb", "RSS after 1/5 of stream"), ("rss_end_mb", "RSS at end of stream")):
        if key in results:
            rows.append((f"{label} {args.memory_articles} articles (MB)", results[key]))
    for label, value in rows:
        print(f"{label:<42}{value:>12.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
