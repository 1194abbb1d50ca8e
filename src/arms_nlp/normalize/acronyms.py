"""Acronyms and the names they abbreviate, as pure string functions shared by the components that expand
them: transfers (abbreviations a text defines), actors (a bracketed acronym after its name) and quotes (a
speaker's acronym after the full name)."""

from __future__ import annotations

from collections.abc import Collection, Sequence


def capitals(abbreviation: str) -> str:
    """The capital letters of an abbreviation, the letters its name's initials spell ("MoD": "MD")."""
    return "".join(ch for ch in abbreviation if ch.isupper())


def initials(words: Sequence[str], skip: Collection[str] = ()) -> str:
    """The upper-cased first letters of ``words``, passing over the small words in ``skip`` (lower-case)."""
    return "".join(word[0] for word in words if word and word.lower() not in skip).upper()


def spelled_from(abbreviation: str, words: Sequence[str], skip: Collection[str] = ()) -> int | None:
    """The first word from which the initials of ``words`` spell the abbreviation's capitals exactly
    ("the Ethiopian Air Force" for "EAF": 1), not starting on a skipped word; None when none does."""
    wanted = capitals(abbreviation)
    for begin, word in enumerate(words):
        if word.lower() not in skip and initials(words[begin:], skip) == wanted:
            return begin
    return None
