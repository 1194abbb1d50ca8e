"""From one article's transfers to ledger statements, and from stored statements to claims."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any, cast

from ..records import Claim, ClaimStatement, Extraction, Mention, Transfer, WeaponCategory

#: The family of a transfer that names no weapon, or a weapon found nowhere.
UNKNOWN_FAMILY: WeaponCategory = "other"


@lru_cache(maxsize=1)
def _known_categories() -> dict[str, WeaponCategory]:
    """Canonical weapon and class-head names of the packaged knowledge, with their categories."""
    from ..kb.weapons import packaged_weapons, weapon_lexicon

    known: dict[str, WeaponCategory] = {head.name: head.category for head in weapon_lexicon().heads}
    known.update({name: entry.category for name, entry in packaged_weapons().by_name.items()})
    return known


def weapon_family(name: str | None, extraction: Extraction) -> WeaponCategory:
    """The family (category) of a weapon name: as the article's own weapon record has it, else the knowledge's."""
    if name is None:
        return UNKNOWN_FAMILY
    for weapon in extraction.weapons:
        if weapon.name == name:
            return weapon.category
    return _known_categories().get(name, UNKNOWN_FAMILY)


def source_key(source: str | None, outlet: str | None, article_id: str) -> str:
    """Who a statement is counted against: the named source, else the outlet, else the article itself."""
    return source or outlet or f"article:{article_id}"


def statement_rows(extraction: Extraction, article_id: str, outlet: str | None) -> list[dict[str, Any]]:
    """One row per distinct transfer statement of the article (a restatement with the same values is kept once)."""
    rows: list[dict[str, Any]] = []
    seen: set[tuple[object, ...]] = set()
    for transfer in extraction.transfers:
        family = weapon_family(transfer.weapon, extraction)
        key = (
            transfer.supplier,
            transfer.recipient,
            transfer.weapon,
            transfer.status,
            transfer.source,
            transfer.quantity,
        )
        if key in seen:
            continue
        seen.add(key)
        rows.append(_row(transfer, family, article_id, len(rows), outlet))
    return rows


def _row(transfer: Transfer, family: WeaponCategory, article_id: str, seq: int, outlet: str | None) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "seq": seq,
        "supplier": transfer.supplier,
        "recipient": transfer.recipient,
        "weapon": transfer.weapon,
        "family": family,
        "status": transfer.status,
        "source": transfer.source,
        "source_key": source_key(transfer.source, outlet, article_id),
        "quantity": transfer.quantity,
        "date": transfer.date,
        "text": transfer.text,
        "start": transfer.start,
        "end": transfer.end,
        "evidence": [[m.start, m.end, m.text] for m in transfer.evidence],
    }


def to_statement(row: Mapping[str, Any]) -> ClaimStatement:
    """A stored statement row (joined with its article's date and outlet) as a record."""
    evidence = [Mention(start=start, end=end, text=text) for start, end, text in row["evidence"] or []]
    return ClaimStatement(
        text=row["text"],
        start=row["start"],
        end=row["end"],
        article_id=row["article_id"],
        published=row["published"],
        outlet=row["outlet"],
        supplier=row["supplier"],
        recipient=row["recipient"],
        weapon=row["weapon"],
        family=cast(WeaponCategory, row["family"]),
        status=row["status"],
        source=row["source"],
        source_key=row["source_key"],
        quantity=row["quantity"],
        date=row["date"],
        evidence=evidence,
    )


def group_claims(statements: Iterable[ClaimStatement]) -> list[Claim]:
    """Claims from statements already in reporting order, in the order their keys first appear."""
    grouped: dict[tuple[str | None, str | None, str], list[ClaimStatement]] = {}
    for statement in statements:
        grouped.setdefault((statement.supplier, statement.recipient, statement.family), []).append(statement)
    return [
        Claim(supplier=supplier, recipient=recipient, family=cast(WeaponCategory, family), statements=found)
        for (supplier, recipient, family), found in grouped.items()
    ]
