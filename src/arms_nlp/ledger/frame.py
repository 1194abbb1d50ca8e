"""Claims as flat rows (for CSV and tables) and as pandas DataFrames (``pip install pandas``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..records import STATUS_PRECEDENCE, Claim

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: The columns of :func:`claim_rows` and :func:`claims_frame`, in order.
CLAIM_COLUMNS: tuple[str, ...] = (
    "supplier",
    "recipient",
    "family",
    "weapons",
    "statements",
    "sources",
    "status_counts",
    "disputed",
    "first_reported",
    "last_reported",
    "largest_quantity",
    "latest_quantity",
    "latest_status",
)


def status_counts(claim: Claim) -> str:
    """How many sources stand at each status, most definite first: "confirmed 2, denied 1"."""
    counts = Counter(claim.latest_status.values())
    return ", ".join(f"{status} {counts[status]}" for status in STATUS_PRECEDENCE if counts[status])


def claim_row(claim: Claim) -> dict[str, Any]:
    """One claim as a flat row: lists joined with "; ", the latest status per source as "source=status"."""
    return {
        "supplier": claim.supplier,
        "recipient": claim.recipient,
        "family": claim.family,
        "weapons": "; ".join(claim.weapons),
        "statements": len(claim.statements),
        "sources": claim.source_count,
        "status_counts": status_counts(claim),
        "disputed": claim.disputed,
        "first_reported": claim.first_reported,
        "last_reported": claim.last_reported,
        "largest_quantity": claim.largest_quantity,
        "latest_quantity": claim.latest_quantity,
        "latest_status": "; ".join(f"{source}={status}" for source, status in claim.latest_status.items()),
    }


def claim_rows(claims: Iterable[Claim]) -> list[dict[str, Any]]:
    """The rows of :func:`claim_row` for several claims."""
    return [claim_row(claim) for claim in claims]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as err:
        raise ImportError("the claims DataFrame needs pandas: pip install pandas") from err
    return pandas


def claims_frame(claims: Iterable[Claim]) -> pd.DataFrame:
    """A DataFrame with one row per claim (columns :data:`CLAIM_COLUMNS`)."""
    return _pandas().DataFrame(claim_rows(claims), columns=list(CLAIM_COLUMNS))


def statements_frame(claims: Iterable[Claim]) -> pd.DataFrame:
    """A DataFrame with one row per statement, keyed by its claim's supplier, recipient and family."""
    rows = [statement.model_dump(exclude={"evidence"}) for claim in claims for statement in claim.statements]
    return _pandas().DataFrame(rows)
