"""Shared fixtures: one statistical pipeline per test session, the fixture articles and their gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import arms_nlp

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The full arms pipeline on the installed model, loaded once."""
    return arms_nlp.load()


@pytest.fixture(scope="session")
def news_nlp() -> Language:
    """The statistical model with the arms components up to quantities (the parse and NER that weapons and
    counts rely on), loaded once for every test module that reads weapons or quantities from news text."""
    return arms_nlp.load(exclude=("arms_actors", "arms_ranges", "arms_dates", "arms_quotes", "arms_transfers"))


@pytest.fixture(scope="session")
def blank() -> Language:
    """A blank English pipeline for Docs built by hand (no model needed)."""
    return spacy.blank("en")


@pytest.fixture(scope="session")
def articles() -> dict[str, str]:
    """The fixture articles by file stem."""
    return {path.stem: path.read_text(encoding="utf-8") for path in ARTICLES}


@pytest.fixture(scope="session")
def gold() -> dict[str, dict]:
    """Hand-written gold records by article stem."""
    return {
        path.stem: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted((ROOT / "fixtures" / "gold").glob("*.json"))
    }
