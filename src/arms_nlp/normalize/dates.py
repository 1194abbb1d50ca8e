"""Find date expressions in text and resolve them against an anchor date, at the precision written.

Pure, spaCy-free functions. :func:`scan_dates` finds what a reporter writes as a calendar
point or period ("Wednesday, Jan. 3, 2024", "01/04/2024", "February 21", "early January 2024",
"late February", "mid-2022", "last year", "two years ago", "Friday", "in 2020") and reads
what is written into a :class:`DateExpr`; :func:`resolve_date` turns that into an ISO value
("2024", "2024-01", "2024-01-03") against the article date.

Durations and vague spans ("several months", "the coming months", "the past decade",
"the Cold War era", "years of clashes", "for several months", "two years", "over the next
year", "within weeks", "in recent days", "overnight") are NOT dates: no pattern here produces
them, and :func:`is_duration` lets callers reject such candidates coming from other sources (NER).
Weeks and decades are not grains: "last week", "this week", "the 1990s" are not emitted.

Conventions:

* Periods finer than a year but coarser than a month are dated by their year, as written
  ("the spring of 2023", "the first half of 2024", "Q3 2023", "fiscal 2025", "mid-2022" ->
  year). A season without its year ("last summer", "in the spring") is the year of the last
  such season begun (the last one ended for "last", the next one for "next"); a winter without
  its year straddles two years and stays unresolved; "fall"/"spring" (also verbs) are seasons
  only as "the fall", "last spring". "two years ago" is a year, "three days
  ago" a day, "today"/"tonight" the article's day. A fixed-date holiday ("Christmas Day",
  "New Year's Eve", "on Christmas") is a day like "December 25".
* Story-relative mentions ("the following day", "the same month", "later that year", "a year
  earlier", "two days later", "the day before", "the next year") count from the closest date
  mention before them (resolved by the component; :func:`resolve_anaphor`); with none, or a
  coarser one, they stay unresolved. "the end of the year", "the second half of the month",
  "by year-end" do the same, but fall back on the article's year/month when no date precedes
  them or their clause looks ahead.
* "that October" is October of the story's previous date's year; "2017-18" is two years.
* "March of last year", "in May this year" is one month mention, the year counted from the
  article's.
* "01/04/2024" is read month/day (US order, the norm of English-language news) unless the
  first figure is above 12 (then day/month), or a weekday written with it only fits the
  day/month reading ("Monday, 01/04/2024" is 1 April 2024).
* Against an exact anchor (the article date) a date written without a year is its latest
  occurrence on or before the anchor ("In December" in a January 2024 article is 2023-12;
  "in January" in a January article is that January), or its first occurrence on or after
  it when the sentence looks ahead ("scheduled for late February"). A bare weekday is the
  latest such day on or before the anchor, the article's own day included (news says
  "Wednesday" for the day it is published). "this Thursday" is the Thursday of the
  article's week (Monday first).
* Against a floor (the article is only known to be no older than the latest full date it
  gives) a date without a year is its first occurrence on or after the floor, and weekdays or
  "last month" cannot be placed (None).
* Without any anchor, a mention with no year written stays unresolved (``value=None``): never a
  guess anchored on today's date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from ..kb.dates import DateWords, date_words
from .numbers import parse_number

Grain = Literal["year", "month", "week", "day"]

#: Characters scanned on each side of a trigger word; longer than any date mention's reach
#: from its trigger ("the second quarter of 2023") plus the context its pattern looks at.
SCAN_MARGIN = 80
#: Largest count in "N days ago" / "N years earlier" read as a date (larger ones are not news dates).
MAX_COUNT = 500


@dataclass(frozen=True)
class DateExpr:
    """A date as written: the parts the text states, and how it relates to the article date.

    ``start``/``end`` are character offsets in the scanned text. ``rel_unit``/``rel_step``
    describe relative expressions ("last year": year, -1; "three days ago": day, -3);
    ``direction`` is -1/0/+1 for "last"/"this"/"next" before a month, weekday or season. ``weak``
    marks a bare number that is a year only if another source (NER) agrees. ``season`` names a
    season written without its year ("last summer"). ``anaphor`` marks a reference to the story's
    previous date ("the following day", "a year earlier": ``rel_unit``/``rel_step`` count from
    it); ``deictic`` anaphors ("the end of the year") fall back on the article date.
    """

    start: int
    end: int
    grain: Grain
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    rel_unit: Grain | None = None
    rel_step: int = 0
    direction: int | None = None
    weak: bool = False
    season: str | None = None
    anaphor: bool = False
    deictic: bool = False

    @property
    def full(self) -> bool:
        """True when day, month and year are all written."""
        return self.year is not None and self.month is not None and self.day is not None

    @property
    def explicit(self) -> bool:
        """True when the year is written, so no anchor is needed."""
        return self.year is not None


# ---------------------------------------------------------------- patterns


def _phrase_forms(phrases: list[str]) -> str:
    """A regex alternation of phrases with each word capitalised ("new year's eve" -> "New Year['’]s Eve")."""
    forms = [" ".join(w[:1].upper() + w[1:] for w in phrase.split()) for phrase in phrases]
    body = "|".join(
        re.escape(f).replace("'", "['’]").replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True)
    )
    return f"(?:{body})"


def _words(words: list[str]) -> str:
    """A case-insensitive alternation of (possibly multi-word) phrases, longest first."""
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return f"(?i:{body})"


def _alternation(words: list[str], *, abbreviation: bool = False) -> str:
    """A regex alternation of Title-case and UPPER-case forms, longest first."""
    forms: set[str] = set()
    for word in words:
        forms.update({word.capitalize(), word.upper()})
    body = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return f"(?:{body})\\.?" if abbreviation else f"(?:{body})"


@dataclass(frozen=True)
class _Pieces:
    """Regex fragments the date patterns share, built from ``data/date_words`` once."""

    words: DateWords
    wd_full: str  # weekday names
    wd_any: str  # weekday names or abbreviations
    mon_full: str  # month names
    mon_any: str  # month names or abbreviations
    day: str  # "3", "03", "3rd"
    year: str  # 1800-2099
    year_end: str  # no more digits, plural or decimal after a year
    parts: str  # "early", "mid"...
    phrases: str  # "the end of", "the beginning of"...
    seasons: str
    relative: str  # "last", "next"...
    ago_units: str  # longest first
    until_stop: str  # punctuation or the end of the text next
    part: str  # a period part before a month or year
    season_part: str  # a period part or season before a year
    weekday_prefix: str  # an optional weekday before a date


def _pieces() -> _Pieces:
    """The shared fragments of the date patterns."""
    words = date_words()
    wd_full = _alternation(list(words.weekdays))
    mon_full = _alternation(list(words.months))
    mon_abbr = _alternation(list(words.month_abbreviations), abbreviation=True)
    parts = "|".join(re.escape(p) for p in words.period_parts)
    phrases = "|".join(p.replace(" ", r"\s+") for p in words.period_part_phrases)
    seasons = "|".join(words.seasons)
    wd_any = f"(?:{wd_full}|{_alternation(list(words.weekday_abbreviations), abbreviation=True)})"
    return _Pieces(
        words=words,
        wd_full=wd_full,
        wd_any=wd_any,
        mon_full=mon_full,
        mon_any=f"(?:{mon_full}(?!\\w)|{mon_abbr}(?![\\w]))",
        day=r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?",
        year=r"(?:1[89]\d\d|20\d\d)",
        year_end=r"(?!\d|s\b|'s\b|[.,]\d)",
        parts=parts,
        phrases=phrases,
        seasons=seasons,
        relative="|".join(words.relative),
        ago_units="|".join(sorted(words.ago_units, key=len, reverse=True)),
        until_stop=r"(?=\s*(?:[,.;:!?)”\"]|$))",
        part=f"(?P<part>(?i:{parts})(?:-|\\s+)|(?i:the\\s+)?(?i:{phrases})\\s+)",
        season_part=f"(?P<part>(?i:{parts})(?:-|\\s+)|(?i:the\\s+)?(?i:{phrases}|{seasons})\\s+(?i:of\\s+)?)",
        weekday_prefix=f"(?:(?P<wd>{wd_any}),?\\s+)?",
    )


def _calendar_specs(p: _Pieces) -> list[tuple[str, str]]:
    """Dates written with digits and month names: "2024-03-14", "3/14/2024", "March 14, 2024", "14 March"."""
    return [
        (
            "iso",
            f"(?<![\\w/.-])(?P<y>{p.year})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\\d|3[01])"
            r"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\d])",
        ),
        ("numeric", f"\\b{p.weekday_prefix}(?<![\\w/.])(?P<a>\\d{{1,2}})/(?P<b>\\d{{1,2}})/(?P<y>{p.year})(?![\\d/])"),
        (
            "mdy",
            f"\\b{p.weekday_prefix}(?:{p.part})?(?P<mon>{p.mon_any})\\s*(?P<d>{p.day}),?\\s+(?P<y>{p.year}){p.year_end}",
        ),
        (
            "dmy",
            f"\\b{p.weekday_prefix}(?<![\\w,.-])(?i:the\\s+)?(?P<d>{p.day})\\s+(?i:of\\s+)?(?P<mon>{p.mon_any}),?\\s+"
            f"(?P<y>{p.year}){p.year_end}",
        ),
        ("my", f"\\b(?:{p.part})?(?P<mon>{p.mon_any}),?\\s+(?i:of\\s+)?(?P<y>{p.year}){p.year_end}"),
        ("md", f"\\b{p.weekday_prefix}(?P<mon>{p.mon_any})\\s*(?P<d>{p.day})(?![\\w:.]\\d|\\w)"),
        ("dm", f"\\b{p.weekday_prefix}(?<![\\w,.-])(?i:the\\s+)?(?P<d>{p.day})\\s+(?i:of\\s+)?(?P<mon>{p.mon_any})"),
    ]


def _period_specs(p: _Pieces) -> list[tuple[str, str]]:
    """Parts of years, holidays and seasons: "early 2024", "fiscal 2025", "Christmas 2023", "last summer"."""
    words = p.words
    return [
        ("part_year", f"(?<![\\w-]){p.season_part}(?P<y>{p.year}){p.year_end}"),
        ("year_prefix", f"(?<![\\w-])(?P<part>{_words(words.year_prefixes)}\\s*)(?P<y>{p.year}){p.year_end}"),
        (
            "holiday",
            f"(?<![\\w-])(?:(?P<rel>(?i:{p.relative}))\\s+)?(?P<holiday>{_phrase_forms(list(words.holidays))})"
            f"(?:,?\\s+(?P<y>{p.year}){p.year_end})?(?!\\w)",
        ),
        (
            "season",
            f"(?<![\\w-])(?:(?P<rel>(?i:{p.relative}))\\s+|(?P<part>(?i:{p.parts})(?:-|\\s+))|(?P<the>(?i:the)\\s+))?"
            f"(?P<season>(?i:{p.seasons}))(?![\\w-])",
        ),
    ]


def _anaphor_specs(p: _Pieces) -> list[tuple[str, str]]:
    """Dates that count from another one: "the next day", "that month", "two days later", "later in the year"."""
    return [
        (
            "anaphor_the",
            f"(?<![\\w-])(?i:the)\\s+(?P<step>{_words(list(p.words.anaphor_steps))})\\s+"
            r"(?P<unit>(?i:day|month|year))(?![\w-])",
        ),
        ("anaphor_that", r"(?<![\w-])(?:(?i:later|earlier)\s+)?(?i:that)\s+(?P<unit>(?i:day|month|year))(?![\w-])"),
        (
            "anaphor_shift",
            f"(?<![\\w-])(?P<n>[\\w-]+)\\s+(?P<unit>(?i:{p.ago_units}))\\s+(?P<dir>(?i:earlier|later))(?!\\w)"
            f"|(?<![\\w-])(?i:the)\\s+(?P<unit3>(?i:day|month|year))\\s+(?P<dir3>(?i:before|after)){p.until_stop}"
            f"|(?<![\\w-])(?P<n2>[\\w-]+)\\s+(?P<unit2>(?i:{p.ago_units}))\\s+(?P<dir2>(?i:before|after)){p.until_stop}",
        ),
        (
            "anaphor_period",
            f"(?<![\\w-])(?:(?i:the\\s+)?(?i:{p.phrases})|(?i:later|earlier)\\s+(?i:in))\\s+(?i:the)\\s+"
            r"(?P<unit>(?i:year|month))"
            r"(?![\w-])|(?<![\w-])(?P<unit2>(?i:year))(?:-|’s\s+|'s\s+)(?i:end)(?!\w)",
        ),
    ]


def _relative_specs(p: _Pieces) -> list[tuple[str, str]]:
    """Months, weeks and days named without a full date: "early March", "last month", "three years ago",
    "yesterday", "on Tuesday"."""
    words = p.words
    return [
        ("part_month", f"(?<![\\w-]){p.part}(?P<mon>{p.mon_full})(?!\\w)"),
        ("month", f"(?<![\\w-])(?:(?P<rel>(?i:{p.relative}))\\s+)?(?P<mon>{p.mon_full})(?!\\w)"),
        (
            "relative",
            f"(?<![\\w-])(?:{_words(words.relative_parts)}\\s+|(?i:the\\s+)?(?i:{p.phrases})\\s+)?"
            f"(?P<rel>(?i:{p.relative}))\\s+"
            f"(?:{_words(words.year_kinds)}\\s+)?(?P<unit>(?i:year|month|week))(?!\\w)",
        ),
        (
            "month_rel_year",
            f"(?<![\\w-])(?:{p.part})?(?P<mon>{p.mon_full})(?:,?\\s+|\\s+(?i:of)\\s+)"
            f"(?P<rel>(?i:{p.relative}))\\s+(?i:year)(?!\\w)",
        ),
        ("ago", f"(?<![\\w-])(?P<n>[\\w-]+)\\s+(?P<unit>(?i:{p.ago_units}))\\s+(?i:ago)(?!\\w)"),
        ("dayword", f"(?<![\\w-])(?P<dayword>{_words(list(words.day_words))})(?!\\w)"),
        ("weekday", f"(?<![\\w-])(?:(?P<rel>(?i:{p.relative}))\\s+)?(?P<wd>{p.wd_full})(?!\\w)"),
    ]


def _year_specs(p: _Pieces) -> list[tuple[str, str]]:
    """Bare years, and the short year of a span ("2023-24")."""
    return [
        ("year_tail", r"(?<=(?:1[89]|20)\d\d[-–])(?P<yy>\d\d)(?![\w-])"),
        ("year", f"(?:(?<=\\d{{4}}[-–])|(?<![\\w$€£/.,\\-–]))(?P<y>{p.year})(?!\\d|s\\b|'s\\b|[.,]\\d|-[a-z])"),
    ]


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(kind, compiled pattern) pairs, in order of preference for equally long matches."""
    p = _pieces()
    specs = [*_calendar_specs(p), *_period_specs(p), *_anaphor_specs(p), *_relative_specs(p), *_year_specs(p)]
    return tuple((kind, re.compile(regex)) for kind, regex in specs)


# ---------------------------------------------------------------- reading


def _previous_word(text: str, start: int) -> str:
    """The word right before ``start`` (lowercase), separated only by spaces or opening marks; else ""."""
    found = re.search(r"([A-Za-z']+)[\s\"“‘'(\[]{1,3}$", text[max(0, start - 40) : start])
    return found.group(1).lower() if found else ""


def _day_number(raw: str) -> int:
    return int(re.sub(r"\D", "", raw))


def read_numeric_date(first: int, second: int, year: int, weekday: int | None = None) -> dt.date | None:
    """The date of "first/second/year": month/day (US order) unless only day/month is valid or fits ``weekday``."""
    readings: list[dt.date] = []
    for month, day in ((first, second), (second, first)):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            continue
        if found not in readings:
            readings.append(found)
    if weekday is not None:
        matching = [d for d in readings if d.weekday() == weekday]
        if matching:
            return matching[0]
    return readings[0] if readings else None


def _valid(year: int | None, month: int, day: int | None) -> bool:
    if day is None:
        return 1 <= month <= 12
    try:
        dt.date(year if year is not None else 2000, month, day)  # 2000 is a leap year: Feb 29 allowed
    except ValueError:
        return False
    return True


def _read(kind: str, match: re.Match[str], text: str, words: DateWords) -> DateExpr | None:
    """Turn one pattern match into a DateExpr, or None when the context says it is not a date."""
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    start, end = match.start(), match.end()
    if kind in ("iso", "numeric", "mdy", "dmy", "md", "dm", "my"):
        return _read_calendar(kind, groups, start, end, words)
    if kind == "holiday":
        return _read_holiday(groups, text, start, end, words)
    if kind == "season":
        return _read_season(groups, text, start, end, words)
    if kind.startswith("anaphor_"):
        return _read_anaphor(kind, groups, text, start, end, words)
    if kind in ("part_month", "month", "month_rel_year"):
        return _read_month(kind, groups, text, start, end, words)
    if kind in ("relative", "ago", "dayword", "weekday"):
        return _read_relative(kind, match, groups, text, words)
    if kind in ("part_year", "year_prefix", "year_tail", "year"):
        return _read_year(kind, groups, text, start, end, words)
    return None


def _read_calendar(kind: str, groups: dict[str, str], start: int, end: int, words: DateWords) -> DateExpr | None:
    """A date written with digits or a month name: "2024-03-14", "3/14/2024", "March 14, 2024", "May 2024"."""
    weekday = words.weekday_number(groups["wd"]) if "wd" in groups else None
    if kind == "iso":
        y, m, d = int(groups["y"]), int(groups["m"]), int(groups["d"])
        return DateExpr(start, end, "day", y, m, d) if _valid(y, m, d) else None
    if kind == "numeric":
        found = read_numeric_date(int(groups["a"]), int(groups["b"]), int(groups["y"]), weekday)
        if found is None:
            return None
        return DateExpr(start, end, "day", found.year, found.month, found.day, weekday=weekday)
    month = words.month_number(groups["mon"])
    assert month is not None
    if kind == "my":
        return DateExpr(start, end, "month", int(groups["y"]), month)
    d = _day_number(groups["d"])
    y = int(groups["y"]) if "y" in groups else None
    if not _valid(y, month, d):
        return None
    return DateExpr(start, end, "day", y, month, d, weekday=weekday)


def _read_month(
    kind: str, groups: dict[str, str], text: str, start: int, end: int, words: DateWords
) -> DateExpr | None:
    """A month without a day: "early March", "last May", "that October", "March of last year"."""
    month = words.month_number(groups["mon"])
    assert month is not None
    if kind == "month_rel_year":  # "March of last year", "in May this year"
        step = words.relative[groups["rel"].lower()]
        return DateExpr(start, end, "month", month=month, rel_unit="year", rel_step=step)
    rel = groups.get("rel")
    if kind == "month" and rel is None and groups["mon"].lower() in words.ambiguous_months:
        if _previous_word(text, start) not in words.month_prepositions:
            return None
    direction = words.relative[rel.lower()] if rel else None
    if kind == "month" and rel is None and _previous_word(text, start) == "that":
        # "that October": the month in the year of the story's previous date
        return DateExpr(start, end, "month", month=month, rel_unit="year", anaphor=True)
    return DateExpr(start, end, "month", month=month, direction=direction)


def _read_relative(
    kind: str, match: re.Match[str], groups: dict[str, str], text: str, words: DateWords
) -> DateExpr | None:
    """A date counted from the story's: "next year", "three weeks ago", "yesterday", "on Tuesday"."""
    start, end = match.start(), match.end()
    if kind == "relative":
        if _previous_word(text, match.start("rel")) == "the":  # "the next year": an anaphor (or a duration)
            return None
        step = words.relative[groups["rel"].lower()]
        unit: Grain = words.ago_units[groups["unit"].lower()]
        return DateExpr(start, end, unit, rel_unit=unit, rel_step=step)
    if kind == "ago":
        count = _count(groups["n"])
        if count is None:
            return None
        unit = words.ago_units[groups["unit"].lower()]
        return DateExpr(start, end, unit, rel_unit=unit, rel_step=-int(count))
    if kind == "dayword":
        return DateExpr(start, end, "day", rel_unit="day", rel_step=words.day_words[groups["dayword"].lower()])
    rel = groups.get("rel")  # a weekday
    direction = words.relative[rel.lower()] if rel else None
    return DateExpr(start, end, "day", weekday=words.weekday_number(groups["wd"]), direction=direction)


def _read_year(kind: str, groups: dict[str, str], text: str, start: int, end: int, words: DateWords) -> DateExpr | None:
    """A year: after a period part or prefix ("early 2024", "fiscal 2025"), the short end of a span ("2017-18"),
    or bare ("in 2023"; weak where the words around it do not make it a year)."""
    if kind in ("part_year", "year_prefix"):
        return DateExpr(start, end, "year", int(groups["y"]))
    if kind == "year_tail":  # "2017-18": the second year of a span written short
        first = int(text[start - 5 : start - 1])
        y = first // 100 * 100 + int(groups["yy"])
        return DateExpr(start, end, "year", y) if first < y <= first + 10 else None
    y = int(groups["y"])
    before = _previous_word(text, start)
    following = text[end : end + 12]
    strong = (
        before in words.year_prepositions
        or re.search(r"\d{4}\s+(?:and|or|to|until|till|through)\s+$", text[max(0, start - 20) : start]) is not None
        or re.match(r"\s*(?:[,.;:)\]!?\"”’]|$|and\b|or\b|[-–]\s*\d{4})|[-–]\d\d(?![\d\w])", following) is not None
    )
    next_word = re.match(r"\s+([a-z]+)\b", following)
    if before in words.measure_prepositions and next_word and next_word.group(1) not in words.year_followers:
        strong = False
    return DateExpr(start, end, "year", y, weak=not strong)


def _count(word: str) -> int | None:
    """The positive whole number (at most ``MAX_COUNT``) a word writes ("a", "two", "3"), else None."""
    count = 1.0 if word.lower() in ("a", "an") else parse_number(word)
    if count is None or count != int(count) or not 0 < count <= MAX_COUNT:
        return None
    return int(count)


def _followed_by_content_word(text: str, end: int, words: DateWords) -> bool:
    """True when a lowercase content word follows ("Christmas tree", "the summer offensive")."""
    following = re.match(r"\s+([a-z]+)\b", text[end : end + 20])
    return following is not None and following.group(1) not in words.year_followers


def _read_holiday(groups: dict[str, str], text: str, start: int, end: int, words: DateWords) -> DateExpr | None:
    """A fixed-date holiday; a bare name ("Christmas") only in a date context ("on Christmas", "last Christmas")."""
    name = re.sub(r"\s+", " ", groups["holiday"].lower().replace("’", "'"))
    month, day = words.holidays[name]
    year = int(groups["y"]) if "y" in groups else None
    rel = groups.get("rel")
    if not name.endswith((" day", " eve")) and rel is None and year is None:
        if _previous_word(text, start) not in words.month_prepositions or _followed_by_content_word(text, end, words):
            return None
    direction = words.relative[rel.lower()] if rel else None
    return DateExpr(start, end, "day", year, month, day, direction=direction)


def _read_season(groups: dict[str, str], text: str, start: int, end: int, words: DateWords) -> DateExpr | None:
    """A season without its year ("last summer", "in the spring", "late autumn"), dated by its year."""
    rel = groups.get("rel")
    season = groups["season"].lower()
    if rel is None and "part" not in groups:
        if _previous_word(text, start) not in words.season_prepositions:
            return None
        if season in words.ambiguous_seasons and "the" not in groups:
            return None  # "expected to fall", "in spring" as a verb's noun: only "in the fall"
    if re.match(r"\s+of\b", text[end : end + 5]) or _followed_by_content_word(text, end, words):
        return None  # "the fall of Kabul", "the summer offensive"
    direction = words.relative[rel.lower()] if rel else None
    return DateExpr(start, end, "year", season=season, direction=direction)


def _read_anaphor(
    kind: str, groups: dict[str, str], text: str, start: int, end: int, words: DateWords
) -> DateExpr | None:
    """A reference to the story's previous date: "the following day", "later that year", "a year earlier"."""
    deictic = kind == "anaphor_period"
    unit_word = groups.get("unit") or groups.get("unit2") or groups.get("unit3") or "year"
    unit: Grain = words.ago_units[unit_word.lower()]
    if kind == "anaphor_the":
        step_word = groups["step"].lower()
        before = _previous_word(text, start)
        if before in words.anaphor_blockers or (step_word == "next" and before == "in"):
            return None  # "over the next year", "in the next year": durations
        step = words.anaphor_steps[step_word]
    elif kind == "anaphor_shift":
        direction = words.anaphor_directions[(groups.get("dir") or groups.get("dir2") or groups["dir3"]).lower()]
        word = groups.get("n") or groups.get("n2")
        count = 1 if word is None else _count(word)
        if count is None:
            return None
        step = direction * count
    else:
        step = 0
    return DateExpr(start, end, unit, rel_unit=unit, rel_step=step, anaphor=True, deictic=deictic)


#: What each pattern's matches always contain (trigger classes, see :func:`_trigger`).
_NEEDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("iso", "numeric", "year", "year_tail", "year_prefix", "part_year"), frozenset({"digit"})),
    **dict.fromkeys(("mdy", "dmy", "md", "dm", "my"), frozenset({"digit", "month"})),
    **dict.fromkeys(("part_month", "month", "month_rel_year"), frozenset({"month"})),
    **dict.fromkeys(
        ("anaphor_the", "anaphor_that", "anaphor_shift", "anaphor_period", "relative", "ago"), frozenset({"unit"})
    ),
    "holiday": frozenset({"holiday"}),
    "season": frozenset({"season"}),
    "dayword": frozenset({"dayword"}),
    "weekday": frozenset({"weekday"}),
}


def _first_consumed(alternation: str) -> str:
    """An alternation of regexes (as :func:`_alternation`, :func:`_words` and :func:`_phrase_forms` write them) for
    a match whose first character is already consumed: the forms are grouped by first letter, each group checking
    that letter by look-behind ("(?<=J)(?:anuary|une|uly)"), each form keeping its place within its group (two
    forms of different first letters never match at one place); inline flags such as ``(?i:`` stay around all."""
    prefix, body = re.fullmatch(r"(\(\?[a-z]*:)(.*)\)", alternation).groups()  # type: ignore[union-attr]
    caseless = "i" in prefix  # "a" and "A" open the same group, which then matches either
    by_first: dict[str, list[str]] = {}
    for form in body.split("|"):
        if not form[:1].isalpha() or "(" in form:  # a group may hold a "|" of its own: the split would cut it
            raise ValueError(f"date form {form!r}: a form starts with a plain letter and holds no group")
        by_first.setdefault(form[0].lower() if caseless else form[0], []).append(form[1:])
    return prefix + "|".join(f"(?<={first})(?:{'|'.join(rests)})" for first, rests in by_first.items()) + ")"


def _case_blind(letters: set[str]) -> str:
    """Every character that ``(?i:[letters])`` matches, for a case-sensitive character class: the two cases and
    the few look-alikes ``re`` folds onto them ("ſ" for "s", the Kelvin sign for "k"), all in the Basic
    Multilingual Plane."""
    blind = re.compile(f"(?i:[{re.escape(''.join(sorted(letters)))}])")
    return "".join(char for char in map(chr, range(0x10000)) if blind.match(char))


@lru_cache(maxsize=1)
def _trigger() -> re.Pattern[str]:
    """The words and digits date mentions are built around, one named group per class."""
    words = date_words()
    months = _alternation([*words.months, *words.month_abbreviations])
    weekdays = _alternation([*words.weekdays, *words.weekday_abbreviations])
    holidays = sorted({holiday.split()[0] for holiday in words.holidays})
    # Every match starts with a digit or with the first letter of one of the words (any case for the
    # case-blind classes). The pattern opens by consuming that character from one character class, which lets
    # ``re`` skip every other position at C speed (a look-ahead or ``\b`` first makes it try every position);
    # the branches then check the consumed character by look-behind: "(?<!\w.)" is the ``\b`` before it.
    cased = {w[:1].upper() for w in [*words.months, *words.month_abbreviations, *words.weekdays]}
    cased |= {w[:1].upper() for w in [*words.weekday_abbreviations, *holidays]}
    blind = {w[:1].lower() for w in [*words.ago_units, *words.day_words, *words.seasons]}
    first = "".join(sorted(cased)) + _case_blind(blind)
    return re.compile(
        rf"[\d{re.escape(first)}](?:(?<=\d)(?P<digit>)|(?<!\w.)(?:(?P<month>{_first_consumed(months)})\b"
        rf"|(?P<weekday>{_first_consumed(weekdays)})\b|(?P<unit>{_first_consumed(_words(list(words.ago_units)))})\b"
        rf"|(?P<dayword>{_first_consumed(_words(list(words.day_words)))})\b"
        rf"|(?P<season>{_first_consumed(_words(list(words.seasons)))})\b"
        rf"|(?P<holiday>{_first_consumed(_phrase_forms(holidays))})))"
    )


def _windows(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """Merged (start, end, trigger classes) stretches within ``SCAN_MARGIN`` characters of a trigger."""
    windows: list[tuple[int, int, frozenset[str]]] = []
    for match in _trigger().finditer(text):
        start, end = max(0, match.start() - SCAN_MARGIN), min(len(text), match.end() + SCAN_MARGIN)
        classes = frozenset({str(match.lastgroup)})
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end, windows[-1][2] | classes)
        else:
            windows.append((start, end, classes))
    return windows


def scan_dates(text: str) -> list[DateExpr]:
    """Every date expression in ``text``, longest match first where they overlap, in text order.

    Each pattern runs only on the stretches around the trigger words or digits its matches
    contain (a quarter of a news text, typically); look-behinds still see the text before them.
    """
    words = date_words()
    found: list[tuple[int, int, DateExpr]] = []
    windows = _windows(text)
    for rank, (kind, pattern) in enumerate(_patterns()):
        needs = _NEEDS[kind]
        for start, end, classes in windows:
            if not needs <= classes:
                continue
            for match in pattern.finditer(text, start, end):
                if match.end() == match.start():
                    continue
                expr = _read(kind, match, text, words)
                if expr is not None:
                    found.append((rank, match.start(), expr))
    found.sort(key=lambda item: (-(item[2].end - item[2].start), item[0], item[1]))
    kept: list[DateExpr] = []
    for _, _, expr in found:
        if all(expr.end <= other.start or other.end <= expr.start for other in kept):
            kept.append(expr)
    return sorted(kept, key=lambda e: e.start)


def is_duration(text: str) -> bool:
    """True for a duration or vague span ("several months", "the past decade", "years"), not a date."""
    words = date_words()
    tokens = re.findall(r"[A-Za-z]+", text.lower())
    if "ago" in tokens:
        return False
    return any(token in words.duration_nouns for token in tokens)


# ---------------------------------------------------------------- resolving


def format_value(year: int, month: int | None = None, day: int | None = None) -> str:
    """ISO 8601 at the given precision: "2024", "2024-01", "2024-01-03"."""
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def format_week(day: dt.date) -> str:
    """The ISO 8601 week of ``day``: "2024-W05"."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _add_months(year: int, month: int, step: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + step
    return index // 12, index % 12 + 1


def _pick(
    candidates: list[tuple[int, ...]], anchor: tuple[int, ...], direction: int | None, forward: bool
) -> tuple[int, ...] | None:
    """Choose among candidate (year, month[, day]) keys relative to the anchor key."""
    if direction == -1:
        pool = [c for c in candidates if c < anchor]
        return max(pool) if pool else None
    if direction == 1:
        pool = [c for c in candidates if c > anchor]
        return min(pool) if pool else None
    if direction == 0:
        pool = [c for c in candidates if c[0] == anchor[0]]
        return pool[0] if pool else None
    if forward:
        pool = [c for c in candidates if c >= anchor]
        return min(pool) if pool else None
    pool = [c for c in candidates if c <= anchor]
    return max(pool) if pool else None


def resolve_date(expr: DateExpr, anchor: dt.date | None, *, floor: bool = False, future: bool = False) -> str | None:
    """The ISO value of ``expr`` at its written precision, or None when it cannot be placed.

    ``anchor`` is the article date; with ``floor`` it is only a lower bound on it (see the
    module docstring). ``future`` says the sentence looks ahead ("scheduled for ...").
    """
    if expr.year is not None:
        month = expr.month if expr.grain != "year" else None
        return format_value(expr.year, month, expr.day if expr.grain == "day" else None)
    if anchor is None or (expr.anaphor and not expr.deictic):
        return None
    if expr.season is not None:
        return _resolve_season(expr, anchor, floor=floor, future=future)
    if expr.rel_unit == "year":
        return format_value(anchor.year + expr.rel_step, expr.month)
    if expr.rel_unit is not None:
        if floor:
            return None
        if expr.rel_unit == "month":
            return format_value(*_add_months(anchor.year, anchor.month, expr.rel_step))
        if expr.rel_unit == "week":
            return format_week(anchor + dt.timedelta(weeks=expr.rel_step))
        moved = anchor + dt.timedelta(days=expr.rel_step)
        return format_value(moved.year, moved.month, moved.day)
    if expr.month is not None:
        forward = floor or future
        if expr.day is None:
            keys: list[tuple[int, ...]] = [(y, expr.month) for y in range(anchor.year - 1, anchor.year + 2)]
            chosen = _pick(keys, (anchor.year, anchor.month), expr.direction, forward)
            return format_value(*chosen) if chosen else None
        years = range(anchor.year - 1, anchor.year + 2)
        keys = [(y, expr.month, expr.day) for y in years if _valid(y, expr.month, expr.day)]
        if expr.weekday is not None:
            fitting = [k for k in keys if dt.date(*k).weekday() == expr.weekday]
            if fitting:
                keys = fitting
        chosen = _pick(keys, (anchor.year, anchor.month, anchor.day), expr.direction, forward)
        return format_value(*chosen) if chosen else None
    if expr.weekday is not None:
        if floor:
            return None
        if expr.direction == 0:  # "this Thursday": the day of the article's (Monday-first) week
            moved = anchor + dt.timedelta(days=expr.weekday - anchor.weekday())
        elif expr.direction == 1 or (future and expr.direction is None):
            delta = (expr.weekday - anchor.weekday()) % 7
            if expr.direction == 1 and delta == 0:
                delta = 7
            moved = anchor + dt.timedelta(days=delta)
        else:
            delta = (anchor.weekday() - expr.weekday) % 7
            if expr.direction == -1 and delta == 0:
                delta = 7
            moved = anchor - dt.timedelta(days=delta)
        return format_value(moved.year, moved.month, moved.day)
    return None


def _resolve_season(expr: DateExpr, anchor: dt.date, *, floor: bool, future: bool) -> str | None:
    """The year of a season written without one: the last one begun ("in the summer"), the last one
    ended ("last summer"), the next one to begin ("next summer"), the article's ("this summer")."""
    assert expr.season is not None
    first, last = date_words().seasons[expr.season]
    if first > last or (floor and expr.direction is not None):
        return None  # a winter straddles two years; "last summer" needs the exact article date
    now = (anchor.year, anchor.month)
    years = range(anchor.year - 1, anchor.year + 2)
    if expr.direction == 0:
        return format_value(anchor.year)
    if expr.direction == -1:
        pool = [y for y in years if (y, last) < now]
        return format_value(max(pool)) if pool else None
    if expr.direction == 1:
        coming = [y for y in years if (y, first) > now]
        return format_value(min(coming)) if coming else None
    if floor or future:
        current = [y for y in years if (y, last) >= now]
        return format_value(min(current)) if current else None
    begun = [y for y in years if (y, first) <= now]
    return format_value(max(begun)) if begun else None


def resolve_anaphor(expr: DateExpr, antecedent: str | None) -> str | None:
    """The value of a story-relative mention counted from the previous date's value ("2022-08" +
    "a year earlier" -> "2021"); None when that date is unknown or coarser than the mention."""
    if antecedent is None or expr.rel_unit is None:
        return None
    if "-W" in antecedent:  # a week: its Monday fixes the year and month, and the week itself
        monday = value_start(antecedent)
        if expr.rel_unit == "week":
            return format_week(monday + dt.timedelta(weeks=expr.rel_step))
        parts = [monday.year, monday.month]
    else:
        parts = [int(p) for p in antecedent.split("-")]
    needed = {"year": 1, "month": 2, "week": 3, "day": 3}[expr.rel_unit]
    if len(parts) < needed:
        return None
    if expr.rel_unit == "year":
        return format_value(parts[0] + expr.rel_step, expr.month)
    if expr.rel_unit == "month":
        return format_value(*_add_months(parts[0], parts[1], expr.rel_step))
    if expr.rel_unit == "week":
        return format_week(dt.date(parts[0], parts[1], parts[2]) + dt.timedelta(weeks=expr.rel_step))
    moved = dt.date(parts[0], parts[1], parts[2]) + dt.timedelta(days=expr.rel_step)
    return format_value(moved.year, moved.month, moved.day)


def expr_date(expr: DateExpr) -> dt.date | None:
    """The calendar date of a fully written expression (day, month and year), else None."""
    if not expr.full:
        return None
    assert expr.year is not None and expr.month is not None and expr.day is not None
    last = calendar.monthrange(expr.year, expr.month)[1]
    return dt.date(expr.year, expr.month, min(expr.day, last))


def value_start(value: str) -> dt.date:
    """The first day of an ISO value at any precision ("2024-02" -> 2024-02-01, "2024-W05" -> its Monday)."""
    if "-W" in value:
        year, week = value.split("-W")
        return dt.date.fromisocalendar(int(year), int(week), 1)
    parts = [int(p) for p in value.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
