"""Saving and loading the knowledge a user adds to a component, the way spaCy serialises pipes.

``arms_weapons`` and ``arms_actors`` take entries from the user (``add_entries``, the ``extra_entries``
setting); this mixin gives both the ``to_disk``/``from_disk``/``to_bytes``/``from_bytes`` that
``nlp.to_disk()`` and ``spacy.load()`` call, so the entries travel with the pipeline.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import srsly
from spacy import util
from spacy.util import SimpleFrozenList

from ..kb import Located, given_rows, jsonl_rows

#: The file, inside the component's folder of a saved pipeline, that holds the user's entries.
ENTRIES_FILE = "entries.jsonl"


class UserEntries:
    """Serialisation of a component's user entries; the component says what they are and how to restore them."""

    @property
    def entries(self) -> list[dict[str, Any]]:
        """The user's entries as rows of the packaged schema."""
        raise NotImplementedError

    def restore_entries(self, rows: list[Located]) -> None:
        """Replace the user's entries with saved rows: a loaded pipeline knows what the saved one knew."""
        raise NotImplementedError

    def to_bytes(self, *, exclude: Iterable[str] = SimpleFrozenList()) -> bytes:
        """The user's entries as bytes (spaCy calls this from ``nlp.to_bytes()``)."""
        return util.to_bytes({"entries": lambda: srsly.json_dumps(self.entries)}, exclude)

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = SimpleFrozenList()) -> UserEntries:
        """Restore the user's entries from :meth:`to_bytes` output."""
        util.from_bytes(
            bytes_data, {"entries": lambda data: self.restore_entries(given_rows(srsly.json_loads(data)))}, exclude
        )
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()) -> None:
        """Save the user's entries to ``path/entries.jsonl`` (spaCy calls this from ``nlp.to_disk()``)."""
        util.to_disk(path, {ENTRIES_FILE: lambda p: srsly.write_jsonl(p, self.entries)}, exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()) -> UserEntries:
        """Restore the user's entries saved by :meth:`to_disk`; a directory without them changes nothing."""

        def restore(file: Path) -> None:
            if file.exists():
                self.restore_entries(jsonl_rows(file))

        util.from_disk(path, {ENTRIES_FILE: restore}, exclude)
        return self
