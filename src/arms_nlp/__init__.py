"""arms_nlp: typed, verifiable records of arms transfers from English news.

The public API is what this module exports; every submodule is internal.

>>> from arms_nlp import extract
>>> result = extract("Iran has supplied Russia with 400 Fateh-110 missiles.")
"""

from .api import ModelNotFoundError, extract, extract_many, load
from .contracts import MissingComponentError
from .frames import to_dataframe
from .normalize.lengths import find_lengths
from .records import (
    Actor,
    Claim,
    ClaimStatement,
    DateRef,
    Extraction,
    Length,
    Mention,
    Quantity,
    Quote,
    Range,
    Transfer,
    Weapon,
)
from .render import render_html

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Claim",
    "ClaimStatement",
    "DateRef",
    "Extraction",
    "Length",
    "Mention",
    "MissingComponentError",
    "ModelNotFoundError",
    "Quantity",
    "Quote",
    "Range",
    "Transfer",
    "Weapon",
    "extract",
    "extract_many",
    "find_lengths",
    "load",
    "render_html",
    "to_dataframe",
]
