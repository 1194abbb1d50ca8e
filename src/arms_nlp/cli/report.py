"""``arms-nlp render``: one article as a self-contained HTML report (see :func:`arms_nlp.render_html`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..api import extract
from ..render import render_html
from .extract import add_model_options, checked_published, load_pipeline
from .inputs import collect, report


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``render``."""
    parser.add_argument("path", metavar="PATH", help="an article file (.txt, .md, .html) or - for standard input")
    parser.add_argument("-o", "--output", type=Path, help="the HTML file to write (default: standard output)")
    parser.add_argument("--title", help="the page title (default: the file name)")
    add_model_options(parser)
    parser.set_defaults(run=run, error=parser.error)


def run(args: argparse.Namespace) -> int:
    """Extract from one article and write its report."""
    published = checked_published(args.error, args.published)
    inputs, errors = collect([args.path])
    report(errors)
    if len(inputs) != 1:
        if inputs:
            report([f"{args.path}: render takes one article, this names {len(inputs)}"])
        return 1
    nlp = load_pipeline(args.model)
    if nlp is None:
        return 1
    try:
        text = inputs[0].read()
    except OSError as err:
        report([f"{inputs[0].label}: {err.strerror or err}"])
        return 1
    page = render_html(extract(text, published, nlp=nlp), text, title=args.title or inputs[0].label)
    if args.output is None:
        sys.stdout.write(page)
    else:
        args.output.write_text(page, encoding="utf-8")
    return 0
