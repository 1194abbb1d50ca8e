"""Milliseconds per article spent in each pipe of the arms pipeline (model pipes included).

Usage: ``python benchmarks/components.py [DIR] [--articles 100]``

Each pipe runs over the whole corpus in turn (the fixtures repeated, or the ``.txt`` files
of DIR), after a warm-up on ten texts so that lazily loaded data is not counted; the last
lines give the model's and the arms components' totals and their throughput ratio. Times are CPU
seconds of this process (``time.process_time``), so that other load on a shared machine does not
count; ``--wall`` gives wall-clock times instead.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import load_texts  # noqa: E402

import arms_nlp  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", nargs="?", type=Path, help="folder of .txt articles (default: fixtures)")
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--wall", action="store_true", help="wall-clock instead of CPU seconds")
    args = parser.parse_args(argv)
    nlp = arms_nlp.load()
    texts = load_texts(args.directory, args.articles)
    list(nlp.pipe(texts[:10]))
    clock = time.perf_counter if args.wall else time.process_time
    times: dict[str, float] = {}
    docs = [nlp.make_doc(text) for text in texts]
    for name, proc in nlp.pipeline:
        start = clock()
        docs = list(proc.pipe(docs, batch_size=16)) if hasattr(proc, "pipe") else [proc(doc) for doc in docs]
        times[name] = clock() - start
    start = clock()
    for doc in docs:
        _ = doc._.arms  # built lazily: this times the assembly
    times["assemble"] = clock() - start
    model = sum(v for k, v in times.items() if not k.startswith("arms_") and k != "assemble")
    arms = sum(times.values()) - model
    for name, seconds in times.items():
        print(f"{name:20s} {seconds * 1000 / len(texts):7.2f} ms/article")
    print(
        f"model {model * 1000 / len(texts):.1f} ms/article, arms {arms * 1000 / len(texts):.1f} ms/article, "
        f"ratio {model / (model + arms):.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
