"""Render fixture articles with ``render_html`` and screenshot them with headless Chromium.

A person checks the pictures: the legend, a colour per field, the transfer table and the
range claims in km must be clear. Needs Debian's ``chromium`` (``apt-get install chromium``).

    python benchmarks/screenshots.py [--out DIR] [--height PX] [ARTICLE ...]

By default two fixture articles are rendered; the HTML and PNG files go to ``--out``
(a temporary directory by default, so no picture lands in git). Prints the paths written.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from arms_nlp import extract, render_html

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLES = [
    ROOT / "fixtures" / "articles" / "001_e1ccba8a638ce329.txt",
    ROOT / "fixtures" / "articles" / "003_71f1ee24cf0e9be2.txt",
]
#: Flags for a quiet, sandbox-free, network-free headless run.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def chromium() -> str:
    """The Chromium executable, or exit with the install advice."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    sys.exit("screenshots: Chromium not found; install it with `apt-get install -y chromium`")


def screenshot(browser: str, page: Path, png: Path, width: int, height: int) -> None:
    """Screenshot ``page`` into ``png`` with a fresh profile directory."""
    with tempfile.TemporaryDirectory(prefix="arms-chromium-") as profile:
        command = [
            browser,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--screenshot={png}",
            f"--window-size={width},{height}",
            page.as_uri(),
        ]
        subprocess.run(command, check=True, capture_output=True, timeout=120)


def main(argv: list[str] | None = None) -> int:
    """Render and screenshot each article; print the files written."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", nargs="*", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("--out", type=Path, default=None, help="output folder (default: a new temporary folder)")
    parser.add_argument("--width", type=int, default=1000)
    parser.add_argument("--height", type=int, default=2400)
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="arms-screenshots-"))
    out.mkdir(parents=True, exist_ok=True)
    browser = chromium()
    for article in args.articles:
        text = article.read_text(encoding="utf-8")
        page = out / f"{article.stem}.html"
        page.write_text(render_html(extract(text), title=article.name), encoding="utf-8")
        png = out / f"{article.stem}.png"
        screenshot(browser, page, png, args.width, args.height)
        print(page)
        print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
