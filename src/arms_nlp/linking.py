"""Find the records that sit at, or overlap, a stretch of text (shared by the components)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from .records import Actor, Mention

M = TypeVar("M", bound=Mention)


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """True when the half-open character spans share at least one character."""
    return a_start < b_end and b_start < a_end


def records_in(records: Iterable[M], start: int, end: int) -> list[M]:
    """The records overlapping ``[start, end)``, in text order."""
    return sorted((r for r in records if overlaps(r.start, r.end, start, end)), key=lambda r: r.start)


def actor_at(actors: Sequence[Actor], start: int, end: int) -> Actor | None:
    """The actor one of whose mentions overlaps ``[start, end)``; the longest overlap wins."""
    best: tuple[int, Actor] | None = None
    for actor in actors:
        for mention in actor.mentions:
            shared = min(end, mention.end) - max(start, mention.start)
            if shared > 0 and (best is None or shared > best[0]):
                best = (shared, actor)
    return best[1] if best else None
