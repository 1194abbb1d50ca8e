"""Find every length expression in a text and normalise it to kilometres (no spaCy here).

Forms read (units, qualifiers and context words come from ``data/units.yaml``):

* single figures with an optional qualifier: "700 km", "up to 300 kilometres", "more than 250km",
  "two hundred kilometres", "a thousand miles", "2 1/2 in thick", "0.5k miles", "half a mile",
  "three quarters of a mile", "a mile away" ("a"/"an" counts one of the ``article_units``),
  "100-plus kilometres", "1,000-odd km" (the suffix is the qualifier);
* intervals: "186 to 435 miles", "between 300 and 700 kilometers", "1,500-2,500 km", "186–435 mi",
  "around 2,500 to 2,800km", "from 186 to 435 miles", "8- to 16-meter", "500 m to 2 km"
  "5 or 6 km" ("or" only between bare figures); an interval whose low bound is above its high one,
  "2 km to 500 m", is two single figures, and so is the "from X to Y" of a change ("its range was
  extended from 290 km to 700 km": "290 km" and "700 km"; "from 300 to 500 km": "300" and "500 km");
* compound adjectives: "a 500-kilometre range", "a 75-mile-range missile", "700-km-range", "9- or 10-inch",
  "10-to-12-kilometre";
* signs ("-40 m", "−86 m", "minus 1,200 metres"), prime marks ("20'", "6'9", "12.5″", "2 ¾”"), compounds
  of a unit and the next smaller one ("6ft 2in", "7 feet, 4 inches", "6-foot-8", "26 miles and 385 yards"),
  race distances ("a 10K"), and order-of-magnitude amounts ("thousands of kilometres": 1,000 to 10,000 km,
  ``approximate=True``; see :mod:`.length_marks`);
* a conversion in brackets right after a length, "120 km (75 miles)" (or after the noun of a compound
  adjective, "a 440-yard dash (402.3 m)"; several after ";"), or an agreeing one after "or" ("400 ft or
  122m"), is folded into the first: one record whose span covers only the first expression, the
  restatement in ``converted``, and ``conversion_mismatch=True`` when the two disagree by more than 2%
  and by more than the rounding of either written figure to two significant digits.

Not lengths: speeds and rates ("900 km/h", "60 miles per hour", "30 miles an hour", "70 m.p.h.",
"5.5 yards a carry"), areas ("300 km2"), "$5m" / "NZD2m" / "5m people" / "1.5m shells" (million),
clock times ("2 pm"), "2 in 10", designations ("two Mi-8 helicopters", "2023 MI5"), apostrophes and
quotation marks ("1990’s", 'he said "5"').

Speed: only the stretches around a unit word with a figure before it are tokenised
(:func:`~arms_nlp.normalize.length_tokens.candidate_windows`), so text without lengths costs one
regex pass; the whole scan is linear in the input.
The span of a record covers its qualifier ("up to 300 km") but not an interval opener:
"between 300 and 700 km" gives "300 and 700 km", as the project's gold annotation does.
``unit`` is the unit written after the (last) figure; ``low_km`` uses the first figure's own unit
when it has one ("500 m to 2 km": 0.5 to 2.0 km, unit "km").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from ..kb.units import unit_table
from ..records import Length
from .length_marks import glued_rate, prime_ok, race_ok, scale_amount, signed_figure
from .length_tokens import (
    Figure,
    Token,
    UnitMatch,
    adjacent,
    candidate_windows,
    figure_at,
    next_unit_positions,
    tokenize,
    unit_at,
)

#: Relative difference above which a bracketed conversion disagrees with the figure it converts...
CONVERSION_TOLERANCE = 0.02
#: ... unless the difference is within the rounding of a written figure to this many significant digits.
SIGNIFICANT_DIGITS = 2
#: No length spans more tokens than this from its first figure to its unit ("two hundred and fifty - to ...").
MAX_LENGTH_TOKENS = 40
_OPEN_BRACKETS = {"(": ")", "[": "]"}
_DASHES = frozenset("-–—‒−")
#: Signs that may start a length: a minus ("-3 yards") or a fraction character ("½ mile").
_FIGURE_SIGNS = frozenset(unit_table().minus_signs) | frozenset(unit_table().vulgar_fractions)


@dataclass(frozen=True, slots=True)
class _Found:
    """A length located in the token list, before it becomes a :class:`Length`."""

    first: int  # first token (its qualifier's, if any)
    stop: int  # token after the last unit token
    low: Figure | None
    high: Figure
    low_unit: UnitMatch | None
    high_unit: UnitMatch
    qualifier: str | None
    approximate: bool = False
    extra_km: float = 0.0  # the smaller part of a compound ("6 ft 2 in": the 2 in), signed like the figure
    extra_unit: str | None = None  # its unit as written, or the smaller unit's name when unwritten ("6-foot-8")

    @property
    def low_km(self) -> float | None:
        if self.low is None:
            return None
        unit = self.low_unit or self.high_unit
        return self.low.value * unit.form.unit.km

    @property
    def high_km(self) -> float:
        main = self.high.value * self.high_unit.form.unit.km
        return main - self.extra_km if main < 0 else main + self.extra_km


def _guard_ok(tokens: list[Token], figure: Figure, unit: UnitMatch, before: int) -> bool:
    """Does the context allow an ambiguous abbreviation ("m", "in", "pm") to be a unit here?"""
    guard = unit.form.guard
    if guard is None:
        return True
    table = unit_table()
    after = tokens[unit.stop] if unit.stop < len(tokens) else None
    if guard == "money":
        previous = tokens[before - 1] if before > 0 else None
        if previous is not None and (previous.text in table.currency_signs or previous.lower in table.currency_words):
            return False
        if after is None:
            return True
        return after.lower not in table.currency_words | table.million_nouns and not _counts_things(tokens, unit.stop)
    if guard == "prime":
        return prime_ok(tokens, unit)
    if guard == "race":
        return race_ok(tokens, figure, unit)
    if guard == "dimension":
        if after is None or after.lower in table.dimension_words:
            return True
        following = tokens[unit.stop + 1] if unit.stop + 1 < len(tokens) else None
        if after.text == "." and following is not None and following.lower in table.dimension_words:
            return True  # "6 in. long"
        return after.text == ")" or (after.text == "." and (following is None or following.newline_before))
    # clock: a time is written "2 pm" or "2.30 pm"; another decimal part cannot be one
    written = tokens[figure.first].text
    return figure.stop == figure.first + 1 and "." in written and len(written.split(".")[1]) != 2


def _looks_plural(token: Token) -> bool:
    text = token.text
    return token.kind == "word" and len(text) > 3 and text.endswith("s") and not text.endswith("ss")


def _counts_things(tokens: list[Token], k: int) -> bool:
    """A plural noun within the two words after "5m" ("1.5m shells", "1m artillery shells",
    "20m Ukrainians"): the "m" is a million of them. Dimension words keep metres ("5m high walls"),
    and so do ``metre_followers`` ("the 400 m hurdles")."""
    table = unit_table()
    for j in (k, k + 1):
        if j >= len(tokens) or tokens[j].kind != "word":
            return False
        word = tokens[j].lower
        if word in table.dimension_words or word in table.metre_followers:
            return False
        if _looks_plural(tokens[j]):
            return True
        if j == k + 1 or not tokens[j].text.islower():
            return False
    return False


def _is_rate_or_area(tokens: list[Token], unit: UnitMatch) -> bool:
    """A unit followed by "/h", "per hour", "an hour", "a carry", ".p.h.", "2"/"²" is a speed, a rate or
    an area, not a length ("800 m/1500 m" is two lengths: a figure after the slash)."""
    table = unit_table()
    k = unit.stop
    if k >= len(tokens):
        return False
    after = tokens[k]
    if after.lower in table.rate_words:
        return after.text != "/" or (k + 1 < len(tokens) and tokens[k + 1].kind == "word")
    per = table.time_words | table.rate_nouns
    if after.lower in ("a", "an") and k + 1 < len(tokens) and tokens[k + 1].lower in per:
        return True
    if glued_rate(tokens, k):
        return True
    return unit.form.guard != "prime" and adjacent(tokens, k - 1, k) and after.text in ("2", "3", "²", "³")


def _is_designation(tokens: list[Token], unit: UnitMatch) -> bool:
    """An abbreviation that starts a designation, not a unit: "MI5", "KM40", "two Mi-8 helicopters"."""
    if not unit.form.case_sensitive or unit.form.guard in ("prime", "race"):
        return False
    k = unit.stop
    if k < len(tokens) and tokens[k].kind == "num" and adjacent(tokens, k - 1, k):
        return True
    return (
        tokens[unit.first].text[0].isupper()
        and not adjacent(tokens, unit.first - 1, unit.first)
        and k + 1 < len(tokens)
        and tokens[k].text in _DASHES
        and adjacent(tokens, k - 1, k)
        and adjacent(tokens, k, k + 1)
        and tokens[k + 1].kind == "num"
    )


def _unit_for(tokens: list[Token], figure: Figure, at: int, before: int) -> UnitMatch | None:
    """The unit at token ``at`` measuring ``figure`` (guards, designation and rate/area checks applied)."""
    unit = unit_at(tokens, at)
    if (
        unit is None
        or not _guard_ok(tokens, figure, unit, before)
        or _is_rate_or_area(tokens, unit)
        or _is_designation(tokens, unit)
    ):
        return None
    return unit


def _unit_after(tokens: list[Token], figure: Figure, at: int, before: int) -> UnitMatch | None:
    """The unit measuring ``figure`` at token ``at``, or one word later past a modifier ("3 rushing yards")."""
    unit = _unit_for(tokens, figure, at, before)
    if unit is None and at < len(tokens) and tokens[at].lower in unit_table().unit_modifiers:
        unit = _unit_for(tokens, figure, at + 1, before)
        if unit is not None and unit.form.case_sensitive:
            return None
    return unit


def _connector(tokens: list[Token], k: int, allow_and: bool, bare: bool = False) -> bool:
    """Does token ``k`` join two figures? ("and" only when allowed; "or" only between bare figures.)"""
    if k >= len(tokens):
        return False
    word = tokens[k].lower
    table = unit_table()
    return (
        word in table.interval_connectors or (allow_and and word == "and") or (bare and word in table.bare_connectors)
    )


def _article_figure(tokens: list[Token], i: int, floor: int) -> Figure | None:
    """ "a"/"an" counting one of a unit listed in ``article_units`` ("a mile away", "within a kilometre"),
    or of one in ``qualified_article_units`` right after a qualifier ("almost a foot")."""
    if tokens[i].lower not in ("a", "an"):
        return None
    unit = unit_at(tokens, i + 1)
    if unit is None or unit.form.case_sensitive:
        return None
    table = unit_table()
    name = unit.form.unit.name
    if name not in table.article_units and (
        name not in table.qualified_article_units or _qualifier(tokens, i, floor)[1] is None
    ):
        return None
    return Figure(1.0, i, i + 1, tokens[i].start, tokens[i].end)


def _after_suffix(tokens: list[Token], k: int) -> int:
    """The token after a figure suffix at ``k`` ("100-plus", "100+", "1,000-odd"), else ``k``."""
    suffixes = unit_table().figure_suffixes
    if k < len(tokens) and tokens[k].lower in suffixes:
        return k + 1
    if (
        k + 1 < len(tokens)
        and tokens[k].text in _DASHES
        and adjacent(tokens, k, k + 1)
        and tokens[k + 1].lower in suffixes
    ):
        return k + 2
    return k


@lru_cache(maxsize=1)
def _qualifiers_by_last_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for words in unit_table().qualifiers:
        index.setdefault(words[-1], []).append(words)
    return {last: tuple(found) for last, found in index.items()}


def _qualifier(tokens: list[Token], first: int, floor: int) -> tuple[int, str | None]:
    """The qualifier ending right before token ``first`` (longest wins): (its first token, its words)."""
    best: tuple[int, str | None] = (first, None)
    if first - 1 < floor:
        return best
    for words in _qualifiers_by_last_word().get(tokens[first - 1].lower, ()):
        begin = first - len(words)
        if begin < floor or begin >= best[0]:
            continue
        if tuple(t.lower for t in tokens[begin:first]) == words:
            best = (begin, " ".join(words))
    return best


def _second(tokens: list[Token], k: int, floor: int) -> tuple[Figure, UnitMatch] | None:
    """The figure and unit after a connector at token ``k``: "to 435 miles", "-2,500 km", "to 16-meter"."""
    at = k + 1
    if at + 1 < len(tokens) and tokens[at].text in _DASHES and adjacent(tokens, k, at) and adjacent(tokens, at, at + 1):
        at += 1  # "10-to-12-kilometre"
    figure = signed_figure(tokens, at) if at < len(tokens) else None
    if figure is None:
        return None
    at = figure.stop
    if at < len(tokens) and tokens[at].text in _DASHES and adjacent(tokens, at - 1, at):
        at += 1
    unit = _unit_after(tokens, figure, at, floor)
    return None if unit is None else (figure, unit)


def _match(tokens: list[Token], i: int, floor: int, in_brackets: bool = False) -> _Found | None:
    """The length whose first figure starts at token ``i``; tokens before ``floor`` are taken."""
    if not 0 <= i < len(tokens):
        return None  # nothing after the last token ("5 km or")
    figure = signed_figure(tokens, i) or _article_figure(tokens, i, floor)
    found = _scale_match(tokens, i, floor) if figure is None else _figure_match(tokens, figure, floor, in_brackets)
    if found is None:
        return None
    begin, qualifier = _qualifier(tokens, i, floor)
    approximate = found.approximate or (qualifier is not None and tuple(qualifier.split()) in _approximate_qualifiers())
    found = replace(found, first=begin, qualifier=qualifier or found.qualifier, approximate=approximate)
    return _compound(tokens, found)


@lru_cache(maxsize=1)
def _approximate_qualifiers() -> frozenset[tuple[str, ...]]:
    return frozenset(unit_table().approximate_qualifiers)


def _scale_match(tokens: list[Token], i: int, floor: int) -> _Found | None:
    """ "thousands of kilometres", "a few hundred metres": an approximate order-of-magnitude interval."""
    bounds = scale_amount(tokens, i)
    if bounds is None:
        return None
    low, high = bounds
    unit = _unit_after(tokens, high, high.stop, i)
    if unit is None:
        return None
    return _Found(i, unit.stop, low, high, None, unit, None, approximate=True)


def _figure_match(tokens: list[Token], figure: Figure, floor: int, in_brackets: bool) -> _Found | None:
    """The unit or interval after a figure read at token ``figure.first`` (no qualifier yet)."""
    start = figure.first
    # "and" joins two figures only after "between" ("between 300 and 700 km") or inside a conversion
    allow_and = in_brackets or (start - 1 >= floor and tokens[start - 1].lower in unit_table().interval_openers)
    j = figure.stop
    low: Figure | None = None
    low_unit: UnitMatch | None = None
    high, high_unit = figure, None
    plus = _after_suffix(tokens, j)
    dash_after = j < len(tokens) and tokens[j].text in _DASHES and adjacent(tokens, j - 1, j)
    if plus > j:  # "100-plus kilometres", "100+ km", "1,000-odd km"
        at = (
            plus + 1
            if plus < len(tokens) and tokens[plus].text in _DASHES and adjacent(tokens, plus - 1, plus)
            else plus
        )
        if (unit := _unit_for(tokens, figure, at, start)) is None:
            return None
        high_unit = unit
    elif dash_after and _connector(tokens, j + 1, False, bare=True):
        second = _second(tokens, j + 1, start)  # "8- to 16-meter", "9- or 10-inch"
        if second is None:
            return None
        low, (high, high_unit) = figure, second
    elif dash_after and (unit := _unit_for(tokens, figure, j + 1, start)) and adjacent(tokens, j, j + 1):
        high_unit = unit  # "500-kilometre"
    elif unit := _unit_after(tokens, figure, j, start):
        high_unit = unit
        k = _past_conversion(tokens, unit.stop)  # "between 5 mm (0.20 in) and 200 mm"
        if _connector(tokens, k, allow_and) and (second := _second(tokens, k, start)):
            low, low_unit, (high, high_unit) = figure, unit, second  # "2,000 km to 2,500 km"
    elif _connector(tokens, j, allow_and, bare=True) and (second := _second(tokens, j, start)):
        low, (high, high_unit) = figure, second  # "186 to 435 miles"
    else:
        return None
    found = _Found(start, high_unit.stop, low, high, low_unit, high_unit, tokens[plus - 1].lower if plus > j else None)
    if low is not None and _is_change(tokens, start, floor):
        # "extended from 290 km to 700 km": the value before; the scan finds the value after next
        return _Found(start, (low_unit or figure).stop, None, figure, None, low_unit or high_unit, None)
    if low is not None and (found.low_km or 0.0) > found.high_km:
        if low_unit is None:
            return None
        return _Found(start, low_unit.stop, None, figure, None, low_unit, None)  # "2 km to 500 m": keep "2 km"
    return found


#: Tokens a bracketed conversion inside an interval may span ("(0.20 in)").
CONVERSION_TOKENS = 8


def _past_conversion(tokens: list[Token], k: int) -> int:
    """The token after a bracketed length starting at ``k`` ("(0.20 in)"), else ``k``."""
    if k >= len(tokens) or tokens[k].text not in _OPEN_BRACKETS:
        return k
    inner = _match(tokens, k + 1, k + 1, in_brackets=True)
    closing = _OPEN_BRACKETS[tokens[k].text]
    if inner is None or inner.first != k + 1 or inner.stop - k > CONVERSION_TOKENS or inner.stop >= len(tokens):
        return k
    return inner.stop + 1 if tokens[inner.stop].text == closing else k


def _compound(tokens: list[Token], found: _Found) -> _Found:
    """A single length in a larger unit followed by its smaller part is one length: "6 ft 2 in",
    "7 feet, 4 inches", "26 miles and 385 yards", and unwritten inches after a dash or a prime ("6-foot-8", "6'9")."""
    table = unit_table()
    larger = found.high_unit.form.unit
    smaller_name = table.compound_units.get(larger.name)
    if found.low is not None or smaller_name is None:
        return found
    smaller = table.unit(smaller_name)
    k = found.stop
    glued = found.high_unit.form.guard == "prime" and adjacent(tokens, k - 1, k)
    dashed = (
        k + 1 < len(tokens) and tokens[k].text in _DASHES and adjacent(tokens, k - 1, k) and adjacent(tokens, k, k + 1)
    )
    if (glued or dashed) and larger.name in table.compound_bare:
        at = k + 1 if dashed else k
        part = figure_at(tokens, at) if at < len(tokens) and tokens[at].kind == "num" else None
        if part is not None and 0 <= part.value < table.compound_bare[larger.name]:
            unit = unit_at(tokens, part.stop)
            written = (
                unit is not None and unit.form.unit.name == smaller_name and adjacent(tokens, part.stop - 1, part.stop)
            )
            stop = unit.stop if written and unit is not None else part.stop
            name = tokens[part.stop].text if written else smaller_name
            return replace(found, stop=stop, extra_km=part.value * smaller.km, extra_unit=name)
    at = k + 1 if k < len(tokens) and tokens[k].lower in table.compound_joiners else k
    part = figure_at(tokens, at)
    if part is None:
        return found
    unit = unit_at(tokens, part.stop)
    if unit is None or unit.form.unit.name != smaller_name or not 0 <= part.value < larger.km / smaller.km:
        return found
    return replace(found, stop=unit.stop, extra_km=part.value * smaller.km, extra_unit=tokens[unit.first].text)


#: Words looked back from "from" for a change word ("extended the missile's range from").
CHANGE_LOOKBACK = 5


def _is_change(tokens: list[Token], start: int, floor: int) -> bool:
    """Is the interval starting at ``start`` the "from X to Y" of a change ("increased from 300 to 500 km")?"""
    k = start - 1
    if k < floor or tokens[k].lower != "from":
        return False
    change = unit_table().change_words
    for j in range(k - 1, max(floor, k - 1 - CHANGE_LOOKBACK) - 1, -1):
        token = tokens[j]
        if token.kind == "sign" and token.text not in ("'", "’"):
            return False
        if token.lower in change:
            return True
    return False


def _close(a: float, b: float, slack: float = 0.0) -> bool:
    return abs(a - b) <= max(CONVERSION_TOLERANCE * max(abs(a), abs(b), 1e-12), slack)


def _rounding(tokens: list[Token], figure: Figure, unit: UnitMatch) -> float:
    """Half the last written digit of a one-token figure, in km: "14.5 km" 0.05 km, "120 miles" 5 miles
    (trailing zeros of a whole figure are rounding, down to two significant digits: "1,000" 50); 0 otherwise."""
    if figure.stop != figure.first + 1 or tokens[figure.first].kind != "num":
        return 0.0
    digits = tokens[figure.first].text.replace(",", "")
    if "." in digits:
        step = 10.0 ** -len(digits.split(".", 1)[1])
    else:
        zeros = len(digits) - len(digits.rstrip("0"))
        step = 10.0 ** max(0, min(zeros, len(digits) - SIGNIFICANT_DIGITS))
    return 0.5 * step * unit.form.unit.km


def _agrees(tokens: list[Token], found: _Found, conversion: _Found) -> bool:
    """Do a length and its conversion state the same figures? Within ``CONVERSION_TOLERANCE`` (relative),
    or within the rounding of either written figure ("200 kilometres (120 miles)": 120 is rounded to tens)."""

    def slack(a: _Found, b: _Found, low: bool) -> float:
        pairs = (
            [(a.low, a.low_unit or a.high_unit), (b.low, b.low_unit or b.high_unit)]
            if low
            else [(a.high, a.high_unit), (b.high, b.high_unit)]
        )
        return max(_rounding(tokens, figure, unit) for figure, unit in pairs if figure is not None)

    if (found.low_km is None) != (conversion.low_km is None) or found.extra_km or conversion.extra_km:
        return _close(found.high_km, conversion.high_km) and (found.low_km is None) == (conversion.low_km is None)
    if not _close(found.high_km, conversion.high_km, slack(found, conversion, False)):
        return False
    return found.low_km is None or _close(found.low_km, conversion.low_km or 0.0, slack(found, conversion, True))


#: Words allowed between a compound adjective and its bracketed conversion ("a 440-yard dash (402.3 m)").
CONVERSION_NOUN_WORDS = 2


def _bracket_after(tokens: list[Token], found: _Found) -> int | None:
    """The opening bracket of a conversion of ``found``: right after it, or after the noun of a
    compound adjective ("a 440-yard dash (402.3 m)")."""
    k = found.stop
    unit = found.high_unit.first
    if unit > 0 and tokens[unit - 1].text in _DASHES and adjacent(tokens, unit - 1, unit):
        limit = k + CONVERSION_NOUN_WORDS
        while k < min(limit, len(tokens)) and tokens[k].kind == "word" and tokens[k].text.islower():
            k += 1
    return k if k < len(tokens) and tokens[k].text in _OPEN_BRACKETS else None


class _Restated(NamedTuple):
    """The conversion of a length: the first restating length, its last token (exclusive), the token after it all."""

    first: _Found
    stop: int
    after: int


def _restatement(tokens: list[Token], found: _Found) -> _Restated | None:
    """The same length in another unit after "or", agreeing with it ("400 ft or 122m")."""
    k = found.stop
    if k >= len(tokens) or tokens[k].lower != "or" or found.low is not None:
        return None
    other = _match(tokens, k + 1, k + 1)
    if other is None or other.first != k + 1 or other.high_unit.form.unit == found.high_unit.form.unit:
        return None
    return _Restated(other, other.stop, other.stop) if _agrees(tokens, found, other) else None


def _conversion(tokens: list[Token], found: _Found) -> _Restated | None:
    """A bracketed length right after ``found``, maybe with more conversions after ";" ("(9,537 mi; 8,288 nmi)"),
    or an agreeing one after "or"."""
    k = _bracket_after(tokens, found)
    if k is None:
        return _restatement(tokens, found)
    closing = _OPEN_BRACKETS[tokens[k].text]
    for first in range(k + 1, min(k + 5, len(tokens))):
        inner = _match(tokens, first, k + 1, in_brackets=True)
        if inner is None:
            continue
        if inner.first != k + 1:
            return None
        stop = inner.stop
        while stop + 1 < len(tokens) and tokens[stop].text in (";", ",", "/"):
            more = _match(tokens, stop + 1, stop + 1, in_brackets=True)
            if more is None or more.first != stop + 1:
                break
            stop = more.stop
        return _Restated(inner, stop, stop + 1) if stop < len(tokens) and tokens[stop].text == closing else None
    return None


def _record(text: str, tokens: list[Token], found: _Found, restated: _Restated | None = None) -> Length:
    start, end = tokens[found.first].start, tokens[found.stop - 1].end
    converted = None
    if restated is not None:
        converted = text[tokens[restated.first.first].start : tokens[restated.stop - 1].end]
    return Length(
        text=text[start:end],
        start=start,
        end=end,
        low_km=found.low_km,
        high_km=found.high_km,
        unit=_unit_written(text, found),
        low=None if found.low is None else text[found.low.start : found.low.end],
        high=text[found.high.start : found.high.end],
        qualifier=found.qualifier,
        conversion_mismatch=restated is not None and not _agrees(tokens, found, restated.first),
        converted=converted,
        approximate=found.approximate,
    )


def _unit_written(text: str, found: _Found) -> str:
    """The unit as written; a compound's two units joined by "+" ("ft+in", "'+″", "foot+inch")."""
    unit = text[found.high_unit.start : found.high_unit.end]
    return unit if found.extra_unit is None else f"{unit}+{found.extra_unit}"


def scan_lengths(text: str, fold_conversions: bool = True) -> list[Length]:
    """Every length in ``text``; with ``fold_conversions=False`` a bracketed conversion is its own record.

    Only the stretches of :func:`candidate_windows` (around a unit with a figure before it) are read.
    """
    found: list[Length] = []
    for begin, end in candidate_windows(text):
        found += scan_window(text, begin, end, fold_conversions)
    return found


def scan_window(text: str, begin: int = 0, end: int | None = None, fold_conversions: bool = True) -> list[Length]:
    """Every length in ``text[begin:end]``, reading every token (offsets into ``text``)."""
    tokens = tokenize(text, begin, end)
    next_unit = next_unit_positions(tokens)
    found: list[Length] = []
    floor = 0
    i = 0
    while i < len(tokens):
        hopeful = (tokens[i].kind != "sign" or tokens[i].text in _FIGURE_SIGNS) and next_unit[
            i
        ] - i <= MAX_LENGTH_TOKENS
        match = _match(tokens, i, floor) if hopeful else None
        if match is None:
            i += 1
            continue
        following = _conversion(tokens, match) if fold_conversions else None
        found.append(_record(text, tokens, match, following))
        floor = i = match.stop if following is None else following.after
    return found


def find_lengths(text: str) -> list[Length]:
    """Every length expression in ``text`` (figures, intervals, qualifiers), normalised to km.

    >>> [(f.text, f.low, f.high, f.unit) for f in find_lengths("ranging from 186 to 435 miles")]
    [('186 to 435 miles', '186', '435', 'miles')]
    """
    if not isinstance(text, str) or not text:
        return []
    return scan_lengths(text)


__all__ = ["find_lengths", "scan_lengths", "scan_window"]
