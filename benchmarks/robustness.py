"""Time ``extract`` on 1 MB of hostile text against 1 MB of ordinary article text.

Usage: ``python benchmarks/robustness.py [--size 1000000]``

Each adversarial input (no spaces, quote marks, dashes, control characters and NUL
bytes, mixed scripts and emoji, HTML tags, Windows line endings, digits) must run
without raising and in at most 3x the time of the same amount of article text.
Prints one row per input with its time and ratio; exits non-zero only on an error.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import load_texts  # noqa: E402


def inputs(size: int, article: str) -> dict[str, str]:
    """Named texts of about ``size`` characters."""

    def fill(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return {
        "article text": fill(article),
        "no spaces": fill("Fateh-110missiles400km“quoted”"),
        "quote marks": fill("“\"‘'”’ "),
        "dashes": fill("-–—-- 12-14 "),
        "control chars + NUL": fill("a\x00b\x01\x02\x1b[31m\x7f "),
        "mixed scripts + emoji": fill("Иран 🚀 إيران 伊朗 ईरान missiles "),
        "HTML tags": fill("<div class='x'><p>Iran</p><a href=\"#\">link</a></div>\n"),
        "Windows line endings": fill(article.replace("\n", "\r\n")),
        "digits": fill("1234567890,"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters per input")
    args = parser.parse_args(argv)
    import arms_nlp

    article = "\n\n".join(load_texts(None, 5))
    arms_nlp.extract(article[:2000])  # load the pipeline outside the timings
    baseline = None
    print(f"{'input':<24}{'seconds':>9}{'x article':>11}{'records':>9}")
    for name, text in inputs(args.size, article).items():
        start = time.perf_counter()
        result = arms_nlp.extract(text)
        seconds = time.perf_counter() - start
        baseline = baseline or seconds
        count = sum(
            len(getattr(result, f))
            for f in ("weapons", "quantities", "ranges", "actors", "quotes", "dates", "transfers")
        )
        print(f"{name:<24}{seconds:>9.2f}{seconds / baseline:>11.2f}{count:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
