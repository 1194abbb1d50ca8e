"""Weapon designations as text: "Fateh-110", "Su-35s", "Kh-47M2", "Hwasong 19" (spaCy-free helpers)."""

from __future__ import annotations

import re

#: Hyphens a designation may be written with: ASCII, and the Unicode hyphen, non-breaking hyphen, figure dash and
#: en dash some sites type (U+2011 in "K-8P", U+2013 in "Su-34" as word processors correct it).
HYPHEN_CLASS = "[-\u2010\u2011\u2012\u2013]"
#: A designation written as one token: letters, a hyphen, then a figure ("Shahed-238", "KN-23", "Su-35s").
DESIGNATION_TOKEN = r"^[A-Z][A-Za-z]{0,11}" + HYPHEN_CLASS + r"\d[0-9A-Za-z]{0,6}$"
_DESIGNATION = re.compile(
    r"^(?P<prefix>[A-Za-z]+)(?:" + HYPHEN_CLASS + r"|\s)?(?P<number>\d+)(?P<suffix>[0-9A-Za-z]*)$"
)
_SEPARATORS = re.compile(r"[\s\-‐‑–—/.'’]+")


def designation_key(text: str) -> str:
    """A case- and separator-free key: "Fateh-110", "FATEH 110" and "fateh110" share "fateh110"."""
    return _SEPARATORS.sub("", text).lower()


def split_designation(text: str) -> tuple[str, str, str] | None:
    """("Su", "35", "S") for "Su-35S"; None when ``text`` is not prefix-number-suffix shaped."""
    found = _DESIGNATION.match(text.strip())
    if not found:
        return None
    return found.group("prefix"), found.group("number"), found.group("suffix")


def strip_plural(text: str) -> str:
    """ "Su-35s" -> "Su-35", "F-16s" -> "F-16", "F-16Vs" -> "F-16V": a lower-case plural "s" after a figure, or
    after a designation's capital model letter, is dropped."""
    if len(text) > 2 and text.endswith("s") and (text[-2].isdigit() or ends_in_model_letter(text[:-1])):
        return text[:-1]
    return text


def ends_in_model_letter(name: str) -> bool:
    """True for a designation with a figure that ends in a capital model letter, one a plural "s" may follow:
    "MQ-9B" ("MQ-9Bs"), "Su-30MKI"; not a final "S", which reads as the plural itself."""
    return name[-1:].isupper() and name[-1] != "S" and any(c.isdigit() for c in name)


def canonical_designation(text: str) -> str:
    """The designation as usually written: a hyphen between prefix and figure, no plural "s"."""
    text = strip_plural(text.strip())
    parts = split_designation(text)
    if parts is None:
        return text
    prefix, number, suffix = parts
    return f"{prefix}-{number}{suffix}"
