"""Typed loading of the knowledge files in ``arms_nlp/data/``.

Each knowledge domain (weapons, actors, units, cue verbs, triggers) has a module
here holding its pydantic schema and a cached accessor; this module holds the one
loader they share. Files are validated when loaded, with errors naming file and line.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, TypeVar

import yaml
from pydantic import BaseModel, BeforeValidator, ValidationError

#: libyaml's safe loader when PyYAML was built with it (an order of magnitude faster), else the Python one.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")
#: A row and where it came from ("entry 2", "extra.jsonl line 7").
Located = tuple[str, Any]


def lower_words(value: object) -> object:
    """A list of words as a lowercase set; anything else is left for pydantic to reject."""
    return frozenset(str(v).lower() for v in value) if isinstance(value, (list, tuple, set, frozenset)) else value


#: A schema field of words stored lowercase, so look-ups can use ``token.lower_``.
LowerWords = Annotated[frozenset[str], BeforeValidator(lower_words)]


class DataFileError(ValueError):
    """A data file is missing, unreadable or does not match its schema."""


def data_path(filename: str) -> Path:
    """Path of a file shipped in ``arms_nlp/data``."""
    return Path(str(resources.files("arms_nlp") / "data" / filename))


@cache
def _raw_rows(path: Path) -> tuple[tuple[int, Any], ...]:
    """(line or item number, raw value) pairs of a .jsonl, .json or .yaml file."""
    if not path.is_file():
        raise DataFileError(f"data file not found: {path}")
    text = path.read_text(encoding="utf-8")
    try:
        if path.suffix == ".jsonl":
            return tuple(
                (number, json.loads(line))
                for number, line in enumerate(text.splitlines(), start=1)
                if line.strip() and not line.lstrip().startswith("//")
            )
        loaded = json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=_YAML_LOADER)
    except (json.JSONDecodeError, yaml.YAMLError) as err:
        raise DataFileError(f"{path.name}: not valid {path.suffix[1:]}: {err}") from err
    if isinstance(loaded, dict):
        return ((1, loaded),)
    return tuple(enumerate(loaded or [], start=1))


def load_records(source: str | Path, model: type[M]) -> tuple[M, ...]:
    """Load every row of a data file as ``model``; a bare name is looked up in ``arms_nlp/data``."""
    path = Path(source) if isinstance(source, Path) or "/" in str(source) else data_path(str(source))
    unit = "line" if path.suffix == ".jsonl" else "item"
    records = []
    for number, row in _raw_rows(path.resolve()):
        try:
            records.append(model.model_validate(row))
        except ValidationError as err:
            raise DataFileError(f"{path.name} {unit} {number}: {describe_errors(err)}") from err
    return tuple(records)


def load_document(source: str | Path, model: type[M]) -> M:
    """Load a data file holding one mapping (a YAML/JSON document) as ``model``."""
    rows = load_records(source, model)
    if len(rows) != 1:
        raise DataFileError(f"{source}: expected one document, found {len(rows)} items")
    return rows[0]


# ------------------------------------------------------------------------------------------ user entries
# A user's rows (entries added in code or JSONL files), validated with errors naming the row and the field.


def given_rows(entries: Iterable[Any]) -> list[Located]:
    """Entries handed over in code, located as "entry 1", "entry 2", ..."""
    return [(f"entry {number}", row) for number, row in enumerate(entries, start=1)]


def jsonl_rows(path: str | Path) -> list[Located]:
    """The JSON rows of a user's JSONL file, located by file and line ("//" comment lines skipped).

    Read afresh on every call: unlike the packaged files, a user's file may change between pipelines.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise DataFileError(f"cannot read entries file {path}: {err.strerror or err}") from err
    rows: list[Located] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            rows.append((f"{path} line {number}", json.loads(line)))
        except json.JSONDecodeError as err:
            raise DataFileError(f"{path} line {number}: not valid JSON: {err.msg}") from err
    return rows


def validated(rows: Iterable[Located], parse: Callable[[Any], T]) -> list[T]:
    """Each row parsed by ``parse``; a failure becomes a :class:`DataFileError` naming the row and the field."""
    parsed: list[T] = []
    for where, row in rows:
        try:
            parsed.append(parse(row))
        except ValidationError as err:
            raise DataFileError(f"{where}: {describe_errors(err)}") from err
        except ValueError as err:
            raise DataFileError(f"{where}: {err}") from err
    return parsed


def describe_errors(err: ValidationError) -> str:
    """pydantic's errors as "field: message" pairs ("category: Input should be ...")."""
    return "; ".join(f"{'.'.join(str(p) for p in e['loc']) or '<row>'}: {e['msg']}" for e in err.errors())
