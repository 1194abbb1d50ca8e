"""arms_dates: the article date (given, dateline, latest full date) and date mentions resolved against it."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
import spacy
from spacy.language import Language

import arms_nlp
from arms_nlp.components.dates import _dateparser_value, find_dateline
from arms_nlp.normalize.dates import DateExpr, read_numeric_date, resolve_date, scan_dates


@pytest.fixture(scope="module")
def dates_nlp() -> Language:
    """A blank pipeline with only boilerplate + dates: the patterns alone, no NER."""
    nlp = spacy.blank("en")
    nlp.add_pipe("arms_boilerplate")
    nlp.add_pipe("arms_dates")
    return nlp


def _values(nlp: Language, text: str, published: str | None) -> list[str | None]:
    return [d.value for d in arms_nlp.extract(text, published=published, nlp=nlp).dates]


# ---------------------------------------------------------------- resolution against a known date


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The shipments began in January.", "2024-02-20", ["2024-01"]),
        ("In December, Kirby spoke in Washington.", "2024-01-04", ["2023-12"]),
        ("The shipments began in January.", "2024-01-10", ["2024-01"]),
        ("Reports dating back to last year suggest interest.", "2024-02-22", ["2023"]),
        ("Since mid-2022, Iran has supplied drones.", "2024-01-04", ["2022"]),
        ("The report first appeared Friday.", "2024-01-04", ["2023-12-29"]),
        ("Two bombs exploded Wednesday.", "2024-01-03", ["2024-01-03"]),
        ("Two bombs exploded Wednesday.", "2024-01-04", ["2024-01-03"]),
        ("He spoke last Wednesday.", "2024-01-03", ["2023-12-27"]),
        ("They meet next Friday.", "2024-01-03", ["2024-01-05"]),
        ("Talks are scheduled for late February.", "2024-01-03", ["2024-02"]),
        ("A meeting in Moscow will be held in late February.", "2024-01-03", ["2024-02"]),
        ("Iran will pay, Kirby said in December.", "2024-01-04", ["2023-12"]),
        ("They will meet Friday.", "2024-01-03", ["2024-01-05"]),
        ("Talks took place in late February.", "2024-03-10", ["2024-02"]),
        ("Talks took place in late February.", "2024-01-10", ["2023-02"]),
        ("A transfer starting from early January 2024.", "2024-02-22", ["2024-01"]),
        ("On February 21, Reuters released a report.", "2024-03-01", ["2024-02-21"]),
        ("On February 21, Reuters released a report.", "2024-02-10", ["2023-02-21"]),
        ("Hamas attacked Israel on October 7, 2023.", "2024-08-01", ["2023-10-07"]),
        ("As early as 2002, officials concluded it.", "2024-02-22", ["2002"]),
        ("The war began in February 2022.", "2024-08-01", ["2022-02"]),
        ("It happened two years ago.", "2024-02-15", ["2022"]),
        ("It happened yesterday.", "2024-03-01", ["2024-02-29"]),
        ("The deal was signed on 21 February 2024.", None, ["2024-02-21"]),
        ("We met in May.", "2024-02-15", ["2023-05"]),
        ("A March 2023 report said so.", "2024-02-15", ["2023-03"]),
        ("Between 2014 and 2016 the program grew.", "2024-02-15", ["2014", "2016"]),
        ("Wednesday, Jan. 3, 2024 in Tehran.", "2024-02-15", ["2024-01-03"]),
    ],
)
def test_dates_resolve_against_given_date(
    dates_nlp: Language, text: str, published: str | None, expected: list
) -> None:
    assert _values(dates_nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "grain"),
    [
        ("in 2020", "year"),
        ("mid-2022", "year"),
        ("late February", "month"),
        ("early January 2024", "month"),
        ("February 21", "day"),
        ("October 7, 2023", "day"),
        ("Friday", "day"),
        ("last year", "year"),
    ],
)
def test_dates_grain_is_written_precision(dates_nlp: Language, text: str, grain: str) -> None:
    dates = arms_nlp.extract(f"It was {text}.", published="2024-02-22", nlp=dates_nlp).dates
    assert [d.grain for d in dates] == [grain]


@pytest.mark.parametrize(
    "text",
    [
        "Russia has been engaging with Hamas for several months.",
        "The missiles might be delivered in the coming months.",
        "Relations improved over the past decade.",
        "It dates back to the Cold War era.",
        "It followed years of clashes.",
        "The war has lasted two years.",
        "Iran sent 400 missiles and 2000 troops.",
        "The Fateh-110 and Su-35 were shown during COVID-19.",
        "They may strike, and the march went on.",
        "In the 1990s, little changed.",
        "The missile has a range of 2000 km.",
        "The MiG-29 May deliveries were cancelled.",
        "",
    ],
)
def test_dates_durations_and_numbers_are_not_dates(dates_nlp: Language, text: str) -> None:
    assert _values(dates_nlp, text, "2024-02-22") == []


# ---------------------------------------------------------------- no anchor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shipments began in January.", [None]),
        ("The report first appeared Friday.", [None]),
        ("Reports dating back to last year suggest it.", [None]),
        ("As early as 2002, officials concluded it.", ["2002"]),
        ("In October 2023, Moscow hosted a delegation.", ["2023-10"]),
    ],
)
def test_dates_without_anchor_stay_unresolved(dates_nlp: Language, text: str, expected: list) -> None:
    extraction = arms_nlp.extract(text, nlp=dates_nlp)
    assert [d.value for d in extraction.dates] == expected
    assert extraction.published is None


def test_dates_month_with_year_is_a_lower_bound(dates_nlp: Language) -> None:
    text = "On February 21, Reuters reported transfers starting from early January 2024. It began last year."
    extraction = arms_nlp.extract(text, nlp=dates_nlp)
    assert [d.value for d in extraction.dates] == ["2024-02-21", "2024-01", "2023"]
    assert extraction.published is None


# ---------------------------------------------------------------- the article date


@pytest.mark.parametrize(
    ("text", "published", "source"),
    [
        ("Headline\n\nThursday, 01/04/2024\n\nMoscow intends to buy missiles.", "2024-01-04", "dateline"),
        ("Headline\n\nMonday, 01/04/2024\n\nMoscow intends to buy missiles.", "2024-04-01", "dateline"),
        ("Headline\n13/04/2024\nMoscow intends to buy missiles.", "2024-04-13", "dateline"),
        ("Headline\nPublished: 3 January 2024, 10:30 GMT\nBody text.", "2024-01-03", "dateline"),
        ("2024-01-03\nBody text here.", "2024-01-03", "dateline"),
        ("Title\nBy Jane Doe | Jan 3, 2024 10:30 AM ET\nBody text.", "2024-01-03", "dateline"),
        ("Title\nPosted on January 3, 2024 by admin\nBody.", "2024-01-03", "dateline"),
        ("Title\nOn October 7, 2023, Hamas attacked Israel.\nBody.", "2023-10-07", "latest_date"),
        ("Trending\n\nTitle\n\nA caption, Tehran, Wednesday, Jan. 3, 2024. More.", "2024-01-03", "latest_date"),
        ("Title\n\nA drill on January 15, 2021.\n\nThe war began on October 7, 2023.", "2023-10-07", "latest_date"),
        ("Title\n\nNothing dated here, only in January.", None, None),
    ],
)
def test_dates_published_is_detected(dates_nlp: Language, text: str, published: str | None, source: str | None) -> None:
    extraction = arms_nlp.extract(text, nlp=dates_nlp)
    found = str(extraction.published) if extraction.published else None
    assert (found, extraction.published_from) == (published, source)


def test_dates_given_date_is_never_overwritten(dates_nlp: Language) -> None:
    text = "Title\n\nThursday, 01/04/2024\n\nIn December, Kirby spoke."
    extraction = arms_nlp.extract(text, published="2024-06-01", nlp=dates_nlp)
    assert (extraction.published, extraction.published_from) == (dt.date(2024, 6, 1), "given")
    assert [d.value for d in extraction.dates] == ["2024-01-04", "2023-12"]


def test_dates_dateline_is_also_a_mention(dates_nlp: Language) -> None:
    text = "Title\n\nThursday, 01/04/2024\n\nBody."
    (mention,) = arms_nlp.extract(text, nlp=dates_nlp).dates
    assert (mention.text, mention.value, mention.grain) == ("Thursday, 01/04/2024", "2024-01-04", "day")
    assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Title\n\nIn April Iran struck. Hamas attacked on October 7, 2023, and in late July more.",
            ["2024-04", "2023-10-07", "2024-07"],
        ),
        ("Title\n\nOn October 7, 2023, Hamas attacked. It was last year, on Friday.", ["2023-10-07", "2022", None]),
        (
            "Title\n\nOn October 7, 2023, Hamas attacked. In April Iran struck. Last year too.",
            ["2023-10-07", "2024-04", "2023"],
        ),
        (
            "Title\n\nTehran, Wednesday, Jan. 3, 2024. Bombs exploded Wednesday. Limits expired in October.",
            ["2024-01-03", "2024-01-03", "2023-10"],
        ),
    ],
)
def test_dates_latest_date_bounds_or_anchors(dates_nlp: Language, text: str, expected: list) -> None:
    assert _values(dates_nlp, text, None) == expected


# ---------------------------------------------------------------- pure helpers


@pytest.mark.parametrize(
    ("first", "second", "weekday", "expected"),
    [
        (1, 4, None, dt.date(2024, 1, 4)),
        (1, 4, 3, dt.date(2024, 1, 4)),
        (1, 4, 0, dt.date(2024, 4, 1)),
        (13, 4, None, dt.date(2024, 4, 13)),
        (4, 13, None, dt.date(2024, 4, 13)),
        (13, 13, None, None),
    ],
)
def test_dates_numeric_reading(first: int, second: int, weekday: int | None, expected: dt.date | None) -> None:
    assert read_numeric_date(first, second, 2024, weekday) == expected


@pytest.mark.parametrize(
    ("expr", "anchor", "floor", "expected"),
    [
        (DateExpr(0, 1, "month", month=12), dt.date(2024, 1, 4), False, "2023-12"),
        (DateExpr(0, 1, "month", month=12), dt.date(2024, 1, 4), True, "2024-12"),
        (DateExpr(0, 1, "day", weekday=4), dt.date(2024, 1, 4), True, None),
        (DateExpr(0, 1, "month", month=12), None, False, None),
        (DateExpr(0, 1, "year", year=2020), None, False, "2020"),
        (DateExpr(0, 1, "month", rel_unit="month", rel_step=-1), dt.date(2024, 1, 4), False, "2023-12"),
        (DateExpr(0, 1, "day", month=2, day=29), dt.date(2024, 3, 1), False, "2024-02-29"),
        (DateExpr(0, 1, "month", month=1, direction=-1), dt.date(2024, 1, 4), False, "2023-01"),
    ],
)
def test_dates_resolve_date(expr: DateExpr, anchor: dt.date | None, floor: bool, expected: str | None) -> None:
    assert resolve_date(expr, anchor, floor=floor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3rd of Jan, 2024", ("2024-01-03", "day")),
        ("jan 2024", ("2024-01", "month")),
        ("in 2019", None),
        ("last week", None),
        ("9/11", None),
        ("2024-25", None),
        ("the 5th", None),
        ("the 3rd of Jan", None),
    ],
)
def test_dates_dateparser_never_defaults_to_today(text: str, expected: tuple | None) -> None:
    assert _dateparser_value(text, None, False) == expected


def test_dates_inferred_published_can_be_switched_off() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("arms_dates", config={"infer_published": False})
    extraction = arms_nlp.extract("Title\n\nOn October 7, 2023, Hamas attacked. In April Iran struck.", nlp=nlp)
    assert extraction.published is None
    assert [d.value for d in extraction.dates] == ["2023-10-07", "2024-04"]


def test_dates_dateline_needs_a_full_date() -> None:
    text = "Title\n\nJanuary 2024\n\nBody."
    assert find_dateline(text, scan_dates(text)) is None


# ---------------------------------------------------------------- pipeline behaviour


def test_dates_skip_page_furniture(blank: Language) -> None:
    from arms_nlp.components.dates import DateResolver
    from arms_nlp.extensions import register_extensions

    register_extensions()
    text = "Iran struck in April 2024.\n\nArticles You May Like\nTrump sentencing delayed until Nov. 26, 2024"
    doc = blank.make_doc(text)
    doc._.arms_boilerplate = [(text.index("Articles"), len(text))]
    doc = DateResolver(blank, "arms_dates")(doc)
    assert [d.value for d in doc._.arms_dates] == ["2024-04"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia has been engaging with Hamas for several months, since the 2022 invasion.", ["2022"]),
        ("Relations improved over the past decade, in the coming months and in January.", ["2024-01"]),
    ],
)
def test_dates_full_pipeline_filters_ner_durations(nlp: Language, text: str, expected: list) -> None:
    assert _values(nlp, text, "2024-02-22") == expected


def test_dates_fixture_article_datelines(nlp: Language, articles: dict[str, str]) -> None:
    found = {
        stem: arms_nlp.extract(text, nlp=nlp)
        for stem, text in articles.items()
        if stem.startswith(("002", "003"))
    }
    by_prefix = {stem[:3]: x for stem, x in found.items()}
    assert (by_prefix["002"].published, by_prefix["002"].published_from) == (dt.date(2024, 1, 4), "dateline")
    assert by_prefix["003"].published is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It happened a year ago.", ["2023"]),
        ("It happened three days ago.", ["2024-02-19"]),
        ("Earlier this year, talks began.", ["2024"]),
        ("In the spring of 2023 and summer 2024.", ["2023", "2024"]),
        ("From 2019 to 2021, talks went on.", ["2019", "2021"]),
        ("On Sept. 11, 2001, planes struck.", ["2001-09-11"]),
        ("The next year, talks resumed.", []),
        ("In August, Iran tested a missile.", ["2023-08"]),
    ],
)
def test_dates_relative_and_period_forms(dates_nlp: Language, text: str, expected: list) -> None:
    assert _values(dates_nlp, text, "2024-02-22") == expected


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.sampled_from(
            ["in", "January", "Jan.", "3,", "2024", "Friday", "last", "year", "mid-2022", "01/04/2024", "May",
             "ago", "two", "\n", ".", ",", "the", "coming", "months", "13/13/2024", "Published:", "2024-02-30"]
        ),
        max_size=25,
    ),
    st.sampled_from([None, "2024-02-22"]),
)
def test_dates_never_raise_and_offsets_hold(dates_nlp: Language, words: list[str], published: str | None) -> None:
    text = " ".join(words)
    for found in arms_nlp.extract(text, published=published, nlp=dates_nlp).dates:
        assert text[found.start : found.end] == found.text
        assert found.value is None or found.value[:4].isdigit()
