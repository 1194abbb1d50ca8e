"""What the transfer tests read off a parsed text: its transfer records, each checked against the input's offsets,
and the loose (supplier, recipient, weapon) check the recall tables share."""

from __future__ import annotations

from spacy.language import Language

from arms_nlp.records import Transfer

#: An expected claim: supplier, recipient, and a name the found weapon must contain (compared loosely).
Key = tuple[str | None, str | None, str]
Found = tuple[str | None, str | None, str | None]


def transfers_in(nlp: Language, text: str) -> list[Transfer]:
    """The transfers ``nlp`` finds in ``text``; every record must point at its own characters."""
    found = nlp(text)._.arms_transfers
    for transfer in found:
        assert text[transfer.start : transfer.end] == transfer.text
    return found


def statuses_in(nlp: Language, text: str) -> set[str]:
    """The statuses of the transfers found in ``text``."""
    return {t.status for t in transfers_in(nlp, text)}


def _norm(text: str | None) -> str:
    """A name compared loosely: lower case, hyphens as spaces, blanks folded."""
    return " ".join((text or "").lower().replace("-", " ").split())


def keys(nlp: Language, text: str) -> list[Found]:
    """(supplier, recipient, weapon) of every transfer found in ``text``."""
    return [(t.supplier, t.recipient, t.weapon) for t in transfers_in(nlp, text)]


def pairs(nlp: Language, text: str) -> set[tuple[str | None, str | None]]:
    """(supplier, recipient) of every transfer found in ``text``."""
    return {(t.supplier, t.recipient) for t in transfers_in(nlp, text)}


def has(found: list[Found], key: Key) -> bool:
    """True when a found claim has the key's parties and a weapon containing the key's name."""
    return any((f[0], f[1]) == key[:2] and _norm(key[2]) in _norm(f[2]) for f in found)


def check_keys(nlp: Language, text: str, wanted: list[Key], unwanted: list[Key]) -> None:
    """Every wanted key among the text's transfers, no unwanted one."""
    found = keys(nlp, text)
    for key in wanted:
        assert has(found, key), f"missing {key} in {found}"
    for key in unwanted:
        assert not has(found, key), f"unexpected {key} in {found}"
