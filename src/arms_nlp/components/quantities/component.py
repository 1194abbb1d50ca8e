"""The ``arms_quantities`` component: counts of things ("approximately 400 ballistic missiles").

A figure is found on the token level (digits, number words, "12 to 14", "dozens",
"a substantial number"), its hedge read from the word before it ("approximately",
"at least"), and it is kept only when it counts something: the counted noun is found
through the parse (the noun the figure modifies via ``nummod``/``amod``/``quantmod``, or
the object of its "of"), or, without a parser, by token shape. Years, days of the month,
ages, money, percentages, measurements, durations and designations ("Article 5") are
rejected by the words around the figure and, when present, by the NER labels.

Figures are read by :mod:`.figures`; the counted noun and its weapon are found by
:mod:`.items`; this module filters the figures and builds the records.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from ...docindex import index_of, overlaps
from ...extensions import boilerplate_zones, get_records, set_records
from ...kb.amounts import amount_lexicon
from ...normalize.counts import is_year_shape, looks_plural, parse_range_token
from ...normalize.numbers import parse_digits
from ...records import Quantity, Weapon
from .figures import CountVocabulary, Figure, find_figures, is_figure_token
from .items import Item, elided_weapon, extend_over_weapon, find_item, is_countable, link_weapon, weapon_after_of

#: NER labels that always make a figure something other than a count.
HARD_VETO_LABELS = frozenset({"MONEY", "PERCENT", "ORDINAL", "TIME"})
#: NER labels the small model also puts on real counts ("approximately 400 ballistic" as QUANTITY):
#: they only veto a figure whose counted noun the parse did not confirm.
SOFT_VETO_LABELS = frozenset({"DATE", "QUANTITY"})
#: Words before a year that make it a date ("in 2020", "since 2014").
DATE_PREPOSITIONS = frozenset(
    {
        "in",
        "since",
        "by",
        "until",
        "till",
        "from",
        "of",
        "during",
        "before",
        "after",
        "to",
        "between",
        "and",
        "through",
        "mid",
        "early",
        "late",
        "the",
        "-",
        "–",
        ",",
        "'s",
        "its",
        "their",
    }
)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_ONE = frozenset({"one", "1"})
_DASHES = re.compile(r"[-–—]")


# ---------------------------------------------------------------------------- filters


def _starts_sentence(token: Token) -> bool:
    if token.i == 0 or token.is_sent_start:
        return True
    before = token.doc[token.i - 1]
    return before.is_space or before.text in (".", "!", "?", ":", "“", '"', "(", "\n")


def is_designation(doc: Doc, figure: Figure, words: CountVocabulary) -> bool:
    """True for a figure naming something: "Article 5", "Shahed 136", "Resolution 2231", "No. 10"."""
    if figure.qualifier is not None or figure.start == 0:
        return False
    before = doc[figure.start - 1]
    if before.lower_ in words.lexicon.designators or before.text == "#":
        return True
    if not before.is_alpha or not before.text[0].isupper() or before.is_stop or _starts_sentence(before):
        return False
    token = doc[figure.start]
    if token.ent_iob_ == "I" and before.ent_type_ == token.ent_type_:
        return True
    if before.ent_type_ in ("GPE", "NORP") or before.dep_ in ("dative", "dobj", "nsubj", "nsubjpass", "pobj"):
        return False
    return not index_of(doc).in_headline(token.idx)


def _next_word(doc: Doc, end: int) -> Token | None:
    """The word after a figure, looking through a joining hyphen ("450-kg")."""
    if end >= len(doc):
        return None
    if doc[end].text in ("-", "–") and end + 1 < len(doc):
        return doc[end + 1]
    return doc[end]


def _is_ratio(doc: Doc, figure: Figure) -> bool:
    """True for the second figure of a ratio: "1 in 5 missiles", "one out of ten"."""
    start = figure.start
    if start >= 2 and doc[start - 1].lower_ == "in":
        return is_figure_token(doc[start - 2])
    if start >= 3 and doc[start - 2].lower_ == "out" and doc[start - 1].lower_ == "of":
        return is_figure_token(doc[start - 3])
    return False


def _joined_to_figure(doc: Doc, figure: Figure) -> bool:
    """True for a score or a designation number: "112-98", "24-10", "45 737 MAX jets" (the 737)."""
    start, end = figure.start, figure.end
    glued_dash_after = (
        end + 1 < len(doc)
        and doc[end].text in ("-", "–")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].like_num
    )
    glued_dash_before = (
        start >= 2
        and doc[start - 1].text in ("-", "–")
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].like_num
    )
    number_before = start >= 1 and doc[start - 1].text[:1].isdigit() and parse_digits(doc[start - 1].text) is not None
    return glued_dash_after or glued_dash_before or number_before


def is_not_a_count(doc: Doc, figure: Figure, words: CountVocabulary) -> bool:
    """True when the words around a figure make it a date, age, sum, percentage, measure or name."""
    lex = words.lexicon
    before = doc[figure.start - 1] if figure.start > 0 else None
    after = doc[figure.end] if figure.end < len(doc) else None
    following = _next_word(doc, figure.end)
    if after is not None and after.text in ("-", "–") and following is not None and following.is_alpha:
        return True  # "a 12-member delegation", "450-kg": a compound adjective, not a count
    if following is not None and following.lower_ in words.not_counted:
        return True
    if figure.vague:
        return False
    if _joined_to_figure(doc, figure):
        return True
    if after is not None and (after.lower_ in lex.months or after.text in lex.currency_signs):
        return True
    if before is not None:
        if before.lower_ in lex.months or before.lower_ in lex.age_cues:
            return True
        if before.text in lex.currency_signs or before.text[-1:] in ("$", "€", "£", "¥"):
            return True
    tokens = doc[figure.start : figure.end]
    if any(t.ent_type_ in HARD_VETO_LABELS for t in tokens):
        return True
    if _is_ratio(doc, figure):
        return True
    if figure.start + 1 < figure.end or parse_range_token(tokens.text) is not None:
        if any(is_year_shape(part) for t in tokens for part in _DASHES.split(t.text)):
            return True  # "between 2022 and 2024", "2023-2024"
    elif is_year_shape(tokens.text):
        if tokens[0].ent_type_ == "DATE" or before is None or before.lower_ in DATE_PREPOSITIONS:
            return True
        plural = after is not None and (after.tag_ in ("NNS", "NNPS") if after.tag_ else looks_plural(after.text))
        if not plural:
            return True
    if doc[figure.start].lower_ in _ONE and after is not None and after.lower_ in ("of", "another", "or", "by"):
        return True
    return is_designation(doc, figure, words)


def counts_a_singular(head: Token, figure: Figure, words: CountVocabulary) -> bool:
    """True when a figure above one meets a singular common noun: "a 63 nation coalition", "Channel 64 signal".

    Nouns that count in the singular ("300 aircraft", "20 personnel") are exempt; needs a tagger.
    """
    above_one = figure.low is not None or (figure.value is not None and figure.value > 1)
    singular = head.tag_ == "NN" and head.text.islower()
    return not figure.vague and above_one and singular and head.lower_ not in words.lexicon.invariant_plurals


# ---------------------------------------------------------------------------- records


def to_quantity(
    doc: Doc,
    figure: Figure,
    item: Item | None,
    weapons: list[Weapon],
    containers: frozenset[str] = frozenset(),
    elided: str | None = None,
) -> Quantity:
    """The record of one figure and its counted noun (and the weapon it counts, see :func:`link_weapon`);
    without an item, the count is of the ``elided`` weapon ("another ten")."""
    first = figure.qualifier_start if figure.qualifier_start is not None else figure.start
    span = doc[first : figure.end]
    item_span = None if item is None else doc[item.start : item.head + 1]
    value, low, high = figure.value, figure.low, figure.high
    qualifier = doc[figure.start : figure.end].text.lower() if figure.vague else None
    if figure.qualifier is not None:
        qualifier = doc[first : figure.start].text.lower()
        if figure.qualifier.bound == "low" and value is not None:
            low = value if low is None else low
        elif figure.qualifier.bound == "high" and value is not None:
            high = value if high is None else high
    if figure.plus and value is not None:
        low, qualifier = value, "plus"
    if low is not None and high is not None and low > high:
        low = None
    return Quantity(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        value=value,
        low=low,
        high=high,
        approximate=(figure.vague and not figure.exact) or figure.qualifier is not None or figure.plus,
        qualifier=qualifier,
        item=None if item_span is None else item_span.text,
        weapon=elided
        if item is None or item_span is None
        else (link_weapon(weapons, item_span) or weapon_after_of(doc, item, weapons, containers)),
    )


def extract_quantities(doc: Doc, words: CountVocabulary, include_definite: bool = True) -> list[Quantity]:
    """Every count of things in ``doc``."""
    weapons = [w for w in get_records(doc, "arms_weapons") if isinstance(w, Weapon)]
    furniture = boilerplate_zones(doc)
    found: list[Quantity] = []
    for figure in find_figures(doc, words):
        if is_not_a_count(doc, figure, words):
            continue
        first, last = doc[figure.start].idx, doc[figure.end - 1].idx + len(doc[figure.end - 1].text)
        if any(overlaps(w.start, w.end, first, last) for w in weapons):
            continue  # "multiple rocket launchers", "Leopard 2": words of a weapon's name
        if not include_definite and figure.start > 0 and doc[figure.start - 1].lower_ in ("the", "these", "those"):
            continue
        item = find_item(doc, figure, words)
        offered = item is not None  # a noun was found, but may not be what the figure counts
        if item is not None and (
            not is_countable(doc[item.head], words) or counts_a_singular(doc[item.head], figure, words)
        ):
            item = None
        if item is None:
            weapon = elided_weapon(doc, figure, weapons, words.lexicon.elision_cues, offered)
            if weapon is not None:  # "another ten (howitzers)"
                found.append(to_quantity(doc, figure, None, weapons, elided=weapon))
            continue
        tokens = doc[figure.start : figure.end]
        if not item.parsed and any(t.ent_type_ in SOFT_VETO_LABELS for t in tokens):
            continue
        item = extend_over_weapon(doc, item, weapons, figure.end)
        quantity = to_quantity(doc, figure, item, weapons, words.lexicon.container_nouns)
        if tokens.text.lower() in _ONE and quantity.weapon is None:
            continue  # "one" is mostly a pronoun or an article; a count only of weapons
        item_end = doc[item.head].idx + len(doc[item.head].text)
        if any(overlaps(start, end, quantity.start, item_end) for start, end in furniture):
            continue
        found.append(quantity)
    return found


class QuantityExtractor:
    """Find counts of things and link them to the weapons they count."""

    def __init__(self, nlp: Language, name: str, *, include_definite: bool = True) -> None:
        self.name = name
        self.include_definite = include_definite
        self.words = CountVocabulary(nlp, amount_lexicon())

    def __call__(self, doc: Doc) -> Doc:
        set_records(doc, "arms_quantities", extract_quantities(doc, self.words, self.include_definite))
        return doc
