"""``to_dataframe``: records of many extractions as one pandas DataFrame (pandas is optional)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .records import RECORD_KINDS, RECORD_TYPES, Extraction

if TYPE_CHECKING:
    import pandas as pd

#: Singular record type -> record class (the columns of an empty frame).
_CLASSES = {
    kind: RECORD_TYPES[name]
    for kind, name in zip(
        RECORD_KINDS.values(), ("Weapon", "Quantity", "Range", "Actor", "Quote", "DateRef", "Transfer")
    )
}


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as err:
        raise ImportError('to_dataframe needs pandas: pip install "arms-nlp[pandas]"') from err
    return pandas


def _items(extractions: Extraction | Iterable[Any]) -> Iterable[tuple[int, Extraction, object, bool]]:
    """(position, extraction, context, has context) of each item: an Extraction or an (Extraction, context) pair."""
    if isinstance(extractions, Extraction):
        extractions = [extractions]
    for position, item in enumerate(extractions):
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], Extraction):
            yield position, item[0], item[1], True
        elif isinstance(item, Extraction):
            yield position, item, None, False
        else:
            raise TypeError(
                f"to_dataframe expects Extractions or (Extraction, context) pairs, got {type(item).__name__}"
            )


def _context_columns(context: object) -> dict[str, object]:
    """A dict context's entries become columns ("id", "path"...); any other context is one ``context`` column."""
    if isinstance(context, dict):
        return {str(key): value for key, value in context.items()}
    return {"context": context}


def to_dataframe(extractions: Extraction | Iterable[Any], kind: str = "transfers") -> pd.DataFrame:
    """One row per record of ``kind`` ("transfers", "weapons", ... or "all") over ``extractions``.

    ``extractions`` is an Extraction, an iterable of them, or the ``(Extraction, context)`` pairs of
    :func:`arms_nlp.extract_many`. Rows carry ``doc`` (the extraction's position) and, with pairs,
    the context: a dict's keys as columns (``id``, ``path``...), anything else as ``context``.
    Columns are those of :meth:`Extraction.to_records` (``type`` with ``kind="all"``), so an
    empty result still has them.
    """
    pandas = _pandas()
    kinds = dict(RECORD_KINDS, all="all")
    if kind not in kinds:
        raise ValueError(f"kind must be one of {', '.join(kinds)}, got {kind!r}")
    wanted = kinds[kind]
    rows: list[dict[str, object]] = []
    context_keys: dict[str, None] = {}
    for position, extraction, context, paired in _items(extractions):
        extra = _context_columns(context) if paired else {}
        context_keys.update(dict.fromkeys(extra))
        for record in extraction.to_records():
            if wanted == "all" or record["type"] == wanted:
                rows.append({"doc": position, **extra, **record})
    columns = ["doc", *context_keys, "type", *record_columns(wanted)]
    frame = pandas.DataFrame(rows, columns=list(dict.fromkeys(columns)))
    return frame if wanted == "all" else frame.drop(columns="type")


def record_columns(kind: str) -> list[str]:
    """The fields of the records of ``kind`` (a singular type, or "all" for the union), in order."""
    classes = _CLASSES.values() if kind == "all" else [_CLASSES[kind]]
    return list(dict.fromkeys(name for cls in classes for name in cls.model_fields))
