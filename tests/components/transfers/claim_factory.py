"""One builder of hand-made claims for the tests of the article-level passes (merging, filling parties).

Test modules import it by name (pytest puts this folder on ``sys.path``); it is no test module itself.
"""

from __future__ import annotations

from arms_nlp.components.transfers import Claim
from arms_nlp.records import Mention, Weapon


def make_claim(
    supplier: str | None,
    recipient: str | None,
    weapon: str = "missile",
    origin: str | None = None,
    *,
    named: bool | None = None,
    category: str = "missile",
    status: str = "confirmed",
    source: str | None = None,
    trigger: str = "sent",
    start: int = 0,
    weak: bool = False,
    presupposed: bool = False,
    inherited: bool = False,
) -> Claim:
    """A claim of one weapon and one mention at ``start``. The weapon is a named system when ``named`` says so,
    else when it has an ``origin`` (a class such as "missile" has none); a claim with a ``source`` is explicit."""
    generic = origin is None if named is None else not named
    record = Weapon(text="x", start=0, end=1, name=weapon, category=category, generic=generic, origin=origin)  # type: ignore[arg-type]
    evidence = Mention(text="x", start=start, end=start + 1)
    return Claim(
        supplier=supplier,
        recipient=recipient,
        weapon=record,
        status=status,  # type: ignore[arg-type]
        source=source,
        explicit=source is not None,
        trigger=trigger,
        evidence=evidence,
        mentions=[evidence],
        weak=weak,
        presupposed=presupposed,
        inherited=inherited,
    )
