"""Throughput, cold start and memory of arms_nlp against the bare spaCy model.

Usage: ``python benchmarks/speed.py [DIR] [--articles 200] [--memory-articles 1000]``

Measured in one run on the same corpus (the fixtures repeated to ``--articles``
texts, or the ``.txt`` files of DIR):
- the arms/bare ratio: runs interleaved in the same process, ``--repeat`` passes over the
  corpus in pairs of ``--chunk`` texts (bare ``nlp.pipe`` over a chunk, then ``extract_many``
  with ``n_process=1`` over the same chunk, then the next chunk...); each pair gives one ratio
  of words/second, and the median ratio is reported with the lowest and highest. A pair's two
  runs are seconds apart, so a change in the load of a shared machine moves both alike and
  cancels in their ratio; the median drops the odd disturbed pair. The same ratio in CPU
  seconds of the process follows (steadier on a busy machine). The words/second shown are
  over all the runs;
- words/second of ``extract_many`` with ``n_process=2`` (median of ``--repeat`` runs over the corpus);
- cold start: a fresh process importing arms_nlp, loading it and running one ``extract``
  (the best of ``--repeat``);
- peak RSS of a fresh process streaming ``--memory-articles`` texts through
  ``extract_many``, with its RSS after the first fifth and at the end (growth shows a leak).
Words are whitespace-separated tokens. ``--ratio-only`` measures the ratio alone.
Prints a table.
"""

from __future__ import annotations

import argparse
import json
import statistics
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


def run_seconds(run: Callable[[list[str]], Iterable[object]], texts: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (this process, all its threads) of consuming ``run(texts)`` once."""
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in run(texts):
        pass
    return time.perf_counter() - wall, time.process_time() - cpu


def words_per_second(run: Callable[[list[str]], Iterable[object]], texts: list[str]) -> float:
    """Wall-clock words/s of consuming ``run(texts)`` once."""
    return sum(len(t.split()) for t in texts) / run_seconds(run, texts)[0]


def interleaved_ratios(
    bare: Callable[[list[str]], Iterable[object]],
    arms: Callable[[list[str]], Iterable[object]],
    texts: list[str],
    repeat: int,
    chunk: int,
) -> dict[str, float]:
    """Bare then arms over each ``chunk`` texts in turn, ``repeat`` times; the median, lowest and highest
    per-pair ratio, and the words/second of each over all its runs.

    Each ratio compares two runs of the same texts made seconds apart, so load that changes on a shared
    machine cancels; the median keeps a disturbed pair from deciding the figure. The same ratio in CPU
    seconds is given beside it: on a busy machine it does not count the time spent waiting for a core.
    """
    parts = [texts[i : i + max(chunk, 1)] for i in range(0, len(texts), max(chunk, 1))]
    words = sum(len(t.split()) for t in texts) * max(repeat, 1)
    ratios: list[float] = []
    cpu_ratios: list[float] = []
    bare_total = arms_total = 0.0
    for _ in range(max(repeat, 1)):
        for part in parts:
            bare_wall, bare_cpu = run_seconds(bare, part)
            arms_wall, arms_cpu = run_seconds(arms, part)
            ratios.append(bare_wall / arms_wall)
            cpu_ratios.append(bare_cpu / arms_cpu)
            bare_total += bare_wall
            arms_total += arms_wall
    return {
        "pairs": len(ratios),
        "bare_wps": words / bare_total,
        "arms_wps_1": words / arms_total,
        "ratio_arms_bare": statistics.median(ratios),
        "ratio_min": min(ratios),
        "ratio_max": max(ratios),
        "cpu_ratio_arms_bare": statistics.median(cpu_ratios),
        "cpu_ratio_min": min(cpu_ratios),
        "cpu_ratio_max": max(cpu_ratios),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", nargs="?", type=Path, help="folder of .txt articles (default: fixtures)")
    parser.add_argument("--articles", type=int, default=200, help="texts in the throughput corpus")
    parser.add_argument(
        "--memory-articles", type=int, default=1000, help="texts streamed for the memory run (0 skips it)"
    )
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus (and cold starts)")
    parser.add_argument("--chunk", type=int, default=20, help="texts per interleaved bare/arms pair")
    parser.add_argument("--ratio-only", action="store_true", help="measure the arms/bare ratio alone")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)

    import spacy

    import arms_nlp
    from arms_nlp.api import resolve_model

    texts = load_texts(args.directory, args.articles)
    model = resolve_model(None)
    bare = spacy.load(model)
    arms = arms_nlp.load(model)
    list(arms.pipe(texts[:5]))  # warm caches (lazy data files) outside the timed runs
    list(bare.pipe(texts[:5]))
    results: dict[str, object] = {"model": model, "articles": len(texts), "words": sum(len(t.split()) for t in texts)}
    results["repeat"] = args.repeat
    results.update(
        interleaved_ratios(
            lambda ts: bare.pipe(ts, batch_size=args.batch_size),
            lambda ts: arms_nlp.extract_many(ts, nlp=arms, batch_size=args.batch_size, n_process=1),
            texts,
            args.repeat,
            args.chunk,
        )
    )
    if args.ratio_only:
        return _report(results, args)
    two = [
        words_per_second(lambda ts: arms_nlp.extract_many(ts, nlp=arms, batch_size=args.batch_size, n_process=2), texts)
        for _ in range(max(args.repeat, 1))
    ]
    results["arms_wps_2"] = statistics.median(two)
    results["speedup_2_processes"] = results["arms_wps_2"] / results["arms_wps_1"]

    sample = str(Path(__file__).resolve().parent.parent / "fixtures" / "articles" / "002_cf1b510dc2e19d56.txt")
    first = str(next(args.directory.glob("*.txt"))) if args.directory else sample
    colds = []
    for _ in range(args.repeat):
        cold = subprocess.run(
            [sys.executable, "-c", _COLD.format(path=first)], capture_output=True, text=True, check=True
        )
        colds.append(float(cold.stdout.strip().splitlines()[-1]))
    results["cold_start_s"] = min(colds)
    if args.memory_articles:
        folder = str(args.directory) if args.directory else ""
        code = _MEMORY.format(bench=str(Path(__file__).resolve().parent), folder=folder, count=args.memory_articles)
        memory = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        results.update(json.loads(memory.stdout.strip().splitlines()[-1]))

    return _report(results, args)


def _report(results: dict[str, object], args: argparse.Namespace) -> int:
    """Print the results as JSON or as a table."""
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(
        f"model {results['model']}, {results['articles']} articles, {results['words']} words, {results['pairs']} pairs"
    )
    print(f"{'measure':<46}{'value':>12}")
    streamed = f"streaming {args.memory_articles} articles (MB)"
    labels = [
        ("bare_wps", "bare model nlp.pipe (words/s)"),
        ("arms_wps_1", "arms extract_many n_process=1 (words/s)"),
        ("arms_wps_2", "arms extract_many n_process=2 (words/s)"),
        ("ratio_arms_bare", "ratio arms/bare (n_process=1), median"),
        ("ratio_min", "ratio arms/bare, lowest pair"),
        ("ratio_max", "ratio arms/bare, highest pair"),
        ("cpu_ratio_arms_bare", "same in CPU seconds, median"),
        ("cpu_ratio_min", "same in CPU seconds, lowest pair"),
        ("cpu_ratio_max", "same in CPU seconds, highest pair"),
        ("speedup_2_processes", "speed-up n_process=2 / n_process=1"),
        ("cold_start_s", "cold start: import+load+extract (s)"),
        ("peak_rss_mb", f"peak RSS {streamed}"),
        ("rss_after_fifth_mb", f"RSS after 1/5, {streamed}"),
        ("rss_end_mb", f"RSS at end, {streamed}"),
    ]
    for key, label in labels:
        if key in results:
            print(f"{label:<46}{results[key]:>12.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
