"""Schema and accessor for ``data/transfer_patterns.yaml`` (structural transfer frames as DependencyMatcher patterns)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator

from . import load_document

#: The name every frame gives the token its claim hangs on.
TRIGGER = "trigger"


class FramePattern(BaseModel):
    """One frame: what it states, and its spaCy DependencyMatcher pattern."""

    model_config = ConfigDict(extra="forbid")

    description: str
    pattern: list[dict[str, Any]]

    @model_validator(mode="after")
    def _well_formed(self) -> FramePattern:
        """The first node anchors the pattern, every other hangs on an earlier one, one node is the trigger."""
        names: list[str] = []
        for position, node in enumerate(self.pattern):
            name = node.get("RIGHT_ID")
            if not isinstance(name, str) or name in names:
                raise ValueError(f"node {position}: needs a new RIGHT_ID")
            linked = {"LEFT_ID", "REL_OP"} <= node.keys() and node["LEFT_ID"] in names
            if position > 0 and not linked:
                raise ValueError(f"node {position} ({name}): needs LEFT_ID (an earlier node) and REL_OP")
            names.append(name)
        if TRIGGER not in names:
            raise ValueError(f"no node named {TRIGGER!r}")
        return self


class TransferPatterns(BaseModel):
    """The structural frames, by name."""

    model_config = ConfigDict(extra="forbid")

    frames: dict[str, FramePattern]


@lru_cache(maxsize=1)
def transfer_patterns() -> TransferPatterns:
    """The structural transfer frames, loaded once."""
    return load_document("transfer_patterns.yaml", TransferPatterns)
