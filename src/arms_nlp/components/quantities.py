"""The ``arms_quantities`` component: counts of things ("approximately 400 ballistic missiles").

A figure is found on the token level (digits, number words, "12 to 14", "dozens",
"a substantial number"), its hedge read from the word before it ("approximately",
"at least"), and it is kept only when it counts something: the counted noun is found
through the parse (the noun the figure modifies via ``nummod``/``amod``/``quantmod``, or
the object of its "of"), or, without a parser, by token shape. Years, days of the month,
ages, money, percentages, measurements, durations and designations ("Article 5") are
rejected by the words around the figure and, when present, by the NER labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..extensions import boilerplate_zones, get_records, set_records
from ..kb.amounts import AmountLexicon, Qualifier, VagueAmount, amount_lexicon
from ..kb.numbers import number_words
from ..linking import overlaps, records_in
from ..normalize.counts import is_year_shape, looks_plural, looks_verbal, parse_range_token, scaled
from ..normalize.numbers import is_number_word, parse_digits, parse_number
from ..records import Quantity, Weapon

#: NER labels that always make a figure something other than a count.
HARD_VETO_LABELS = frozenset({"MONEY", "PERCENT", "ORDINAL", "TIME"})
#: NER labels the small model also puts on real counts ("approximately 400 ballistic" as QUANTITY):
#: they only veto a figure whose counted noun the parse did not confirm.
SOFT_VETO_LABELS = frozenset({"DATE", "QUANTITY"})
#: Dependency labels by which a figure modifies the noun it counts.
COUNT_DEPS = frozenset({"nummod", "amod", "quantmod", "det", "compound", "nmod", "npadvmod", "advmod"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
PRONOUNS = frozenset({"them", "us", "you", "it", "they", "which", "whom", "those", "these", "this", "that"})
#: Words before a year that make it a date ("in 2020", "since 2014").
DATE_PREPOSITIONS = frozenset(
    {"in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "to", "between",
     "and", "through", "mid", "early", "late", "the", "-", "–", ",", "'s", "its", "their"}
)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_ONE = frozenset({"one", "1"})
#: Words that open a figure without looking like a number themselves.
_OPENERS = frozenset({"a", "an", "between", "dozen", "hundred", "thousand", "million", "billion"})
_DASHES = re.compile(r"[-–—]")
_WORDLIKE = re.compile(r"^[^\W\d_][\w-]*$")


@dataclass
class Figure:
    """A candidate amount (token offsets, ``end`` exclusive) before its counted noun is known."""

    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    vague: bool = False
    needs_of: bool = False
    qualifier: Qualifier | None = None
    qualifier_start: int | None = None


@dataclass
class Item:
    """The counted noun phrase: tokens ``start``..``head`` inclusive; ``parsed`` if the parse confirmed it."""

    start: int
    head: int
    parsed: bool


class CountVocabulary:
    """The lexicon in the lookup shapes the scanner needs, plus the phrase matcher (built once)."""

    def __init__(self, nlp: Language, lexicon: AmountLexicon) -> None:
        self.lexicon = lexicon
        self.vague = lexicon.vague_by_phrase()
        self.qualifiers = lexicon.qualifier_by_phrase()
        self.not_counted = lexicon.not_counted
        self.scales = {word: value for word, value in number_words().scales.items() if len(word) > 2}
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add("VAGUE", [nlp.make_doc(phrase) for phrase in self.vague])
        self.matcher.add("QUALIFIER", [nlp.make_doc(phrase) for phrase in self.qualifiers])


# ---------------------------------------------------------------------------- figures


def _is_figure_token(token: Token) -> bool:
    """A token that can start or continue a written number (not a lone "a", not "m")."""
    lowered = token.lower_
    if lowered in ("a", "an", "m"):
        return False
    return parse_digits(token.text) is not None or is_number_word(lowered)


def number_group_end(doc: Doc, start: int, words: CountVocabulary) -> int:
    """End (exclusive) of the written number starting at ``start``; ``start`` when there is none.

    Digits may be followed by scale words only ("1.5 million"); words by words, with "and"
    and hyphens inside ("one hundred and fifty", "twenty-five"); "a"/"an" only before a
    scale ("a dozen", "a thousand").
    """
    if start >= len(doc):
        return start
    token = doc[start]
    if token.lower_ in ("a", "an"):
        if start + 1 < len(doc) and doc[start + 1].lower_ in words.scales:
            return start + 2
        return start
    if not _is_figure_token(token):
        return start
    digits = parse_digits(token.text) is not None
    end = start + 1
    while end < len(doc):
        nxt = doc[end]
        lowered = nxt.lower_
        if lowered in words.scales:
            end += 1
        elif digits:
            break
        elif _joins_number(doc, end, words):
            end += 2
        elif is_number_word(lowered) and lowered not in ("a", "an", "m"):
            end += 1
        else:
            break
    return end


def _joins_number(doc: Doc, index: int, words: CountVocabulary) -> bool:
    """True for the "and" of "one hundred and fifty" and the hyphen of "twenty-five" (not "two and three")."""
    if index + 1 >= len(doc) or not _is_figure_token(doc[index + 1]):
        return False
    joiner, before = doc[index].lower_, doc[index - 1].lower_
    if joiner == "and":
        return before in words.scales
    return joiner == "-" and before in number_words().tens and doc[index + 1].lower_ in number_words().ones


def _group_value(doc: Doc, start: int, end: int) -> float | None:
    return parse_number(doc[start:end].text)


def read_range(doc: Doc, start: int, end: int, words: CountVocabulary) -> tuple[int, float, float] | None:
    """(end, low, high) when the figure ``doc[start:end]`` opens a range ("12 to 14", "two or three")."""
    if end + 1 >= len(doc) or doc[end].lower_ not in words.lexicon.range_connectors:
        return None
    if doc[end].lower_ in ("-", "–", "—") and (doc[end].whitespace_ or doc[end - 1].whitespace_):
        return None
    second_end = number_group_end(doc, end + 1, words)
    if second_end == end + 1:
        return None
    low, high = _group_value(doc, start, end), _group_value(doc, end + 1, second_end)
    if low is None or high is None or low >= high:
        return None
    return second_end, low, high


def read_vague(doc: Doc, start: int, end: int, entry: VagueAmount, words: CountVocabulary) -> Figure:
    """The figure of a vague amount, extended over a scale after it ("several hundred", "tens of thousands")."""
    figure = Figure(start, end, value=entry.value, low=entry.low, high=entry.high, vague=True,
                    needs_of=entry.needs_of)
    if end < len(doc) and doc[end].lower_ in words.scales and not entry.needs_of:
        factor = words.scales[doc[end].lower_]
        figure.end, figure.low, figure.high = end + 1, scaled(entry.low, factor), scaled(entry.high, factor)
        figure.value, figure.needs_of = scaled(entry.value, factor), False
    elif entry.scale and end + 1 < len(doc) and doc[end].lower_ == "of":
        inner = words.vague.get(doc[end + 1].lower_)
        if inner is not None and inner.scale:
            figure.end = end + 2
            figure.low = scaled(entry.low, inner.scale)
    if figure.value is not None:
        figure.low = figure.high = None
    return figure


def find_figures(doc: Doc, words: CountVocabulary) -> list[Figure]:
    """Every candidate amount in ``doc``, left to right, without overlaps; qualifiers attached."""
    vague_at: dict[int, tuple[int, VagueAmount]] = {}
    qualifier_at: dict[int, tuple[int, Qualifier]] = {}
    for match_id, start, end in words.matcher(doc):
        phrase = doc[start:end].text.lower()
        if doc.vocab.strings[match_id] == "VAGUE":
            if start not in vague_at or vague_at[start][0] < end:
                vague_at[start] = (end, words.vague[" ".join(t.lower_ for t in doc[start:end])])
        elif end not in qualifier_at or qualifier_at[end][0] > start:
            entry = words.qualifiers.get(phrase) or words.qualifiers.get(" ".join(t.lower_ for t in doc[start:end]))
            if entry is not None:
                qualifier_at[end] = (start, entry)
    figures: list[Figure] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if i not in vague_at and not (token.text[:1].isdigit() or token.like_num or token.lower_ in _OPENERS):
            i += 1
            continue
        figure = _figure_at(doc, i, words, vague_at)
        if figure is None:
            i += 1
            continue
        if figure.start in qualifier_at:
            q_start, entry = qualifier_at[figure.start]
            if not figures or figures[-1].end <= q_start:
                figure.qualifier, figure.qualifier_start = entry, q_start
        figures.append(figure)
        i = figure.end
    return figures


def _figure_at(doc: Doc, i: int, words: CountVocabulary, vague_at: dict[int, tuple[int, VagueAmount]]) -> Figure | None:
    if i in vague_at:
        end, entry = vague_at[i]
        return read_vague(doc, i, end, entry, words)
    token = doc[i]
    bounds = parse_range_token(token.text)
    if bounds is not None:
        return Figure(i, i + 1, low=bounds[0], high=bounds[1])
    if token.lower_ == "between":
        first_end = number_group_end(doc, i + 1, words)
        if first_end > i + 1 and first_end + 1 < len(doc) and doc[first_end].lower_ == "and":
            second_end = number_group_end(doc, first_end + 1, words)
            low, high = _group_value(doc, i + 1, first_end), _group_value(doc, first_end + 1, second_end)
            if second_end > first_end + 1 and low is not None and high is not None and low < high:
                return Figure(i, second_end, low=low, high=high)
        return None
    end = number_group_end(doc, i, words)
    if end == i:
        return None
    spread = read_range(doc, i, end, words)
    if spread is not None:
        return Figure(i, spread[0], low=spread[1], high=spread[2])
    value = _group_value(doc, i, end)
    return Figure(i, end, value=value) if value is not None else None


# ---------------------------------------------------------------------------- filters


def _first_line_words(text: str, char: int) -> list[str]:
    line_start = text.rfind("\n", 0, char) + 1
    line_end = text.find("\n", char)
    return _WORD.findall(text[line_start : line_end if line_end >= 0 else len(text)])


def is_headline_line(doc: Doc, char: int) -> bool:
    """True when the line around ``char`` is title-cased ("Iran Sends 400 Missiles To Russia")."""
    found = _first_line_words(doc.text, char)
    if len(found) < 3:
        return False
    return sum(word[0].isupper() for word in found) / len(found) >= 0.7


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
    return not is_headline_line(doc, token.idx)


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
        return _is_figure_token(doc[start - 2])
    if start >= 3 and doc[start - 2].lower_ == "out" and doc[start - 1].lower_ == "of":
        return _is_figure_token(doc[start - 3])
    return False


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


# ---------------------------------------------------------------------------- the counted noun


def _inside(token: Token, head: Token) -> bool:
    """True when ``token`` is ``head`` or sits in its subtree."""
    return token == head or head.is_ancestor(token)


def _parsed_head(doc: Doc, figure: Figure) -> tuple[Token, int] | None:
    """(counted noun, first item token) by the parse: the object of the figure's "of", or the noun it modifies."""
    span = range(figure.start, figure.end)
    of_index = _of_index(doc, figure)
    if of_index is not None:
        of = doc[of_index]
        if of.head.i in span:
            objects = [child for child in of.children if child.dep_ == "pobj"]
            if objects and objects[0].pos_ in NOUN_POS | {"PRON"}:
                return objects[0], of_index + 1
        if figure.needs_of or of_index == figure.end:
            return None
    if figure.needs_of:
        return None
    for index in span:
        token = doc[index]
        head = token.head
        if head.i in span or head.i < figure.end or token.dep_ not in COUNT_DEPS:
            continue
        for _ in range(3):  # through a designation the tagger took for a number: "10 F-16 fighter jets"
            if head.pos_ != "NUM" or _is_figure_token(head) or head.dep_ not in COUNT_DEPS or head.head.i <= head.i:
                break
            head = head.head
        if head.pos_ in NOUN_POS and all(_inside(doc[k], head) for k in range(figure.end, head.i)):
            return head, figure.end
    return None


def _of_index(doc: Doc, figure: Figure) -> int | None:
    """Index of the "of" that introduces what a figure counts: its own last word ("a number of") or the next."""
    if doc[figure.end - 1].lower_ == "of":
        return figure.end - 1
    if figure.end < len(doc) and doc[figure.end].lower_ == "of":
        return figure.end
    return None


def _skip_to_item(doc: Doc, start: int, head: Token | None, words: CountVocabulary) -> int:
    """Move past determiners and possessives at the start of an item ("the", "Iran's")."""
    limit = head.i if head is not None else len(doc) - 1
    while start < limit:
        token = doc[start]
        in_possessive = head is not None and any(
            a.dep_ == "poss" for a in [token, *token.ancestors] if a != head and _inside(a, head)
        )
        skip = token.lower_ in words.lexicon.item_skip or token.dep_ in ("det", "predet", "case", "poss")
        if skip or in_possessive or _is_figure_token(token):
            start += 1
        else:
            break
    return start


def _continues_phrase(doc: Doc, index: int) -> bool:
    """True when the token after ``index`` is a content word (so a participle there is a modifier)."""
    return index + 1 < len(doc) and bool(_WORDLIKE.match(doc[index + 1].text)) and not doc[index + 1].is_stop


def _run_end(doc: Doc, start: int, tagged: bool) -> int | None:
    """Last token of the noun phrase starting at ``start`` by token shape; None when there is none."""
    best: int | None = None
    plural: int | None = None
    index = start
    while index < len(doc) and index - start < 7:
        token = doc[index]
        if token.text in ("-", "–") and index > start and index + 1 < len(doc) and not token.whitespace_:
            index += 1
            continue
        if token.lower_ == "of" and index > start and index + 1 < len(doc) and doc[index - 1].text[:1].isupper() \
                and doc[index + 1].text[:1].isupper():
            index += 1
            continue
        if tagged:
            if token.pos_ in NOUN_POS:
                best = index
            elif token.pos_ != "ADJ" and not (token.tag_ in ("VBN", "VBG") and token.dep_ in ("amod", "compound", "")):
                break
        else:
            if not _WORDLIKE.match(token.text) or token.is_stop:
                break
            if looks_verbal(token.text) and (index > start or not _continues_phrase(doc, index)):
                break
            best = index
            if looks_plural(token.text):
                plural = index
        index += 1
    if not tagged and plural is not None:
        return plural
    if not tagged and best is not None:
        return start  # no plural in sight: keep the first word ("1.5 million people fled")
    return best


def find_item(doc: Doc, figure: Figure, words: CountVocabulary) -> Item | None:
    """The noun phrase a figure counts, by the parse when there is one, else by token shape."""
    parsed = doc.has_annotation("DEP")
    tagged = doc.has_annotation("TAG") or doc.has_annotation("POS")
    if parsed:
        found = _parsed_head(doc, figure)
        if found is not None:
            head, start = found
            start = _skip_to_item(doc, start, head, words)
            if head.pos_ == "PROPN":
                longer = _run_end(doc, start, tagged)
                if longer is not None and longer > head.i and doc[longer].pos_ == "NOUN":
                    head = doc[longer]
            return Item(start, head.i, True) if start <= head.i else None
    of_index = _of_index(doc, figure)
    if of_index is None and figure.needs_of:
        return None
    start = figure.end if of_index is None else of_index + 1
    start = _skip_to_item(doc, start, None, words)
    end = _run_end(doc, start, tagged) if start < len(doc) else None
    if end is None or (parsed and doc[end].pos_ != "NOUN"):
        return None  # the parse saw no counted noun: only a common noun right after the figure is trusted
    return Item(start, end, False)


def is_countable(head: Token, words: CountVocabulary) -> bool:
    """True when a noun can be counted: not a time unit, unit, currency, pronoun or number."""
    lowered = head.lower_
    if lowered in words.not_counted or head.lemma_.lower() in words.not_counted or lowered in PRONOUNS:
        return False
    if head.pos_ in ("PRON", "NUM") or head.lower_ in words.lexicon.months or not any(c.isalpha() for c in head.text):
        return False
    return parse_digits(head.text) is None and not is_number_word(lowered)


# ---------------------------------------------------------------------------- records


def link_weapon(weapons: list[Weapon], item: Span) -> str | None:
    """The canonical weapon an item counts: the weapon on the item's head noun, a named one first."""
    hits = records_in(weapons, item.start_char, item.end_char)
    if not hits:
        return None
    head = item[-1]

    def rank(weapon: Weapon) -> tuple[bool, bool, int]:
        on_head = overlaps(weapon.start, weapon.end, head.idx, head.idx + len(head.text))
        return (not weapon.generic, on_head, weapon.end - weapon.start)

    return max(hits, key=rank).name


def to_quantity(doc: Doc, figure: Figure, item: Item, weapons: list[Weapon]) -> Quantity:
    """The record of one figure and its counted noun."""
    first = figure.qualifier_start if figure.qualifier_start is not None else figure.start
    span = doc[first : figure.end]
    item_span = doc[item.start : item.head + 1]
    value, low, high = figure.value, figure.low, figure.high
    qualifier = doc[figure.start : figure.end].text.lower() if figure.vague else None
    if figure.qualifier is not None:
        qualifier = doc[first : figure.start].text.lower()
        if figure.qualifier.bound == "low" and value is not None:
            low = value if low is None else low
        elif figure.qualifier.bound == "high" and value is not None:
            high = value if high is None else high
    if low is not None and high is not None and low > high:
        low = None
    return Quantity(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        value=value,
        low=low,
        high=high,
        approximate=figure.vague or figure.qualifier is not None,
        qualifier=qualifier,
        item=item_span.text,
        weapon=link_weapon(weapons, item_span),
    )


def extract_quantities(doc: Doc, words: CountVocabulary, include_definite: bool = True) -> list[Quantity]:
    """Every count of things in ``doc``."""
    weapons = [w for w in get_records(doc, "arms_weapons") if isinstance(w, Weapon)]
    furniture = boilerplate_zones(doc)
    found: list[Quantity] = []
    for figure in find_figures(doc, words):
        if is_not_a_count(doc, figure, words):
            continue
        if not include_definite and figure.start > 0 and doc[figure.start - 1].lower_ in ("the", "these", "those"):
            continue
        item = find_item(doc, figure, words)
        if item is None or not is_countable(doc[item.head], words):
            continue
        tokens = doc[figure.start : figure.end]
        if not item.parsed and any(t.ent_type_ in SOFT_VETO_LABELS for t in tokens):
            continue
        quantity = to_quantity(doc, figure, item, weapons)
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
