"""Schema and accessor for ``data/numbers.yaml`` (English number words)."""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from . import load_document


class NumberWords(BaseModel):
    """Number words by role: ``ones``, ``tens`` and multiplying ``scales`` ("dozen", "hundred", "million")."""

    model_config = ConfigDict(extra="forbid")

    ones: dict[str, float]
    tens: dict[str, float]
    scales: dict[str, float]


@lru_cache(maxsize=1)
def number_words() -> NumberWords:
    """The number-word table, loaded once."""
    return load_document("numbers.yaml", NumberWords)
