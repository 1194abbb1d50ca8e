"""arms_dates: the article date (given, dateline, latest full date) and date mentions resolved against it."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

import arms_nlp
from arms_nlp.components.dates import dateparser_value, find_dateline
from arms_nlp.normalize.dates import DateExpr, read_numeric_date, resolve_anaphor, resolve_date, scan_dates


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
        "Missiles could arrive within weeks, officials said in recent days.",
        "Drones struck overnight; officials met for weeks, and the past week was calm.",
        "Over the next year, and within the next month, output will grow.",
        "In the next year, output will grow.",
        "After the fall of Kabul, the summer offensive stalled.",
        "Kyiv was expected to fall, and prices spring back in Spring Storm drills after the Arab Spring.",
        "The Christmas offensive killed 20 people.",
        "The strike came a day before the summit.",
        "Officials may march on; August officials said so.",
        "Iran unveiled it on Army Day.",
        "Weeks later, some years later, the shipment arrived.",
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
        ("Title\nUpdated: Feb. 3, 2024 at 9:41 a.m. ET\nBody.", "2024-02-03", "dateline"),
        ("Title\n2024-02-21T10:00:00Z\nBody.", "2024-02-21", "dateline"),
        ("Title\nMon 12 Feb 2024 14.05 GMT\nBody.", "2024-02-12", "dateline"),
        ("Title\nPublished 14:05 GMT, 12 Feb 2024\nBody.", "2024-02-12", "dateline"),
        ("February 20, 2024 / 10:41 AM EST / CBS News\nBody.", "2024-02-20", "dateline"),
        ("By Jane Smith, CNN\nUpdated 10:41 AM EST, Tue February 20, 2024\nBody.", "2024-02-20", "dateline"),
        ("Title\nLast Updated: 5th March 2024 11:02 IST\nBody.", "2024-03-05", "dateline"),
        ("Title\nMarch 5, 2024 - 13:20\nBody.", "2024-03-05", "dateline"),
        ("WASHINGTON, March 3 (Reuters) - Iran sent drones, sources said.", None, None),
        ("Title\nHamas attacked Israel on October 7, 2023 - officials said\nBody.", "2023-10-07", "latest_date"),
        # inline datelines opening the first body paragraph
        ("Title\n\nKYIV, March 14, 2025 — Ukraine received two systems on Friday.", "2025-03-14", "dateline"),
        ("Title\n\nKYIV, Ukraine, March 14, 2025 (AP) — Ukraine received two systems.", "2025-03-14", "dateline"),
        ("Kyiv, 14 March 2025 (Reuters) - Germany delivered two systems, officials said.", "2025-03-14", "dateline"),
        ("Title\n\nKYIV — On March 14, 2025, Ukraine received two systems.", "2025-03-14", "latest_date"),
        ("Title\n\nKyiv, March 14, 2025 — Ukraine received two systems.", "2025-03-14", "latest_date"),
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
        ("24-Feb-2022", ("2022-02-24", "day")),
        ("2022 Feb 24", ("2022-02-24", "day")),
        ("August", None),
        ("31 Feb 2024", None),
        ("in 2019", None),
        ("last week", None),
        ("9/11", None),
        ("2024-25", None),
        ("the 5th", None),
        ("the 3rd of Jan", None),
    ],
)
def test_dates_dateparser_never_defaults_to_today(text: str, expected: tuple | None) -> None:
    assert dateparser_value(text, None, False) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("february 24", ("2024-02-24", "day")),
        ("24-Feb-2022", ("2022-02-24", "day")),
        ("Dec 9999", None),
        ("Jan 1 0001", None),
        ("Feb 30th", None),
    ],
)
def test_dates_dateparser_agrees_with_anchor(text: str, expected: tuple | None) -> None:
    assert dateparser_value(text, dt.date(2024, 3, 5), False) == expected


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
        ("Officials may march on, and the army will march; August officials said so.", []),
        ("Since Russia's 2022 invasion, Iran has sent drones.", ["2022"]),
        ("Talks resumed within weeks and in recent days; drones struck overnight.", []),
    ],
)
def test_dates_full_pipeline_filters_ner_durations(nlp: Language, text: str, expected: list) -> None:
    assert _values(nlp, text, "2024-02-22") == expected


def test_dates_fixture_article_datelines(nlp: Language, articles: dict[str, str]) -> None:
    found = {
        stem: arms_nlp.extract(text, nlp=nlp) for stem, text in articles.items() if stem.startswith(("002", "003"))
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
        ("The next year, talks resumed.", [None]),
        ("In 2015 Iran began. The next year, talks resumed.", ["2015", "2016"]),
        ("In August, Iran tested a missile.", ["2023-08"]),
    ],
)
def test_dates_relative_and_period_forms(dates_nlp: Language, text: str, expected: list) -> None:
    assert _values(dates_nlp, text, "2024-02-22") == expected


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.sampled_from(
            [
                "in",
                "January",
                "Jan.",
                "3,",
                "2024",
                "Friday",
                "last",
                "year",
                "mid-2022",
                "01/04/2024",
                "May",
                "ago",
                "two",
                "\n",
                ".",
                ",",
                "the",
                "coming",
                "months",
                "13/13/2024",
                "Published:",
                "2024-02-30",
                "following",
                "day",
                "earlier",
                "that",
                "summer",
                "winter",
                "Christmas",
                "Q3",
                "fiscal",
                "end",
                "of",
                "today",
                "999",
                "|",
                "at",
                "9:41",
                "a.m.",
                "Day",
                "New",
                "Year's",
                "Eve",
                "same",
                "month",
                "later",
            ]
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


# ---------------------------------------------------------------- held-out style probes


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "WASHINGTON, March 3 (Reuters) - Iran sent drones, sources said on Tuesday.",
            "2024-03-04",
            ["2024-03-03", "2024-02-27"],
        ),
        ("KYIV, Ukraine (AP) — Drones struck overnight, officials said Tuesday.", "2024-03-05", ["2024-03-05"]),
        (
            "Officials met last week and expect deliveries this year, with more next year.",
            "2024-03-05",
            ["2024-W09", "2024", "2025"],
        ),
        (
            "Drones struck this week and two weeks ago; more come next week.",
            "2024-03-05",
            ["2024-W10", "2024-W08", "2024-W11"],
        ),
        ("Talks began on Jan. 3. A week later, Iran sent drones.", "2024-03-05", ["2024-01-03", "2024-W02"]),
        ("Talks began in the spring of 2023 and stalled in the summer.", "2024-03-05", ["2023", "2023"]),
        ("Talks stalled in the summer.", "2024-07-10", ["2024"]),
        ("Ukraine's counteroffensive began last summer.", "2024-03-05", ["2023"]),
        ("Ukraine's counteroffensive began last summer.", "2024-08-05", ["2023"]),
        ("Iran will deliver next summer.", "2024-03-05", ["2024"]),
        ("In the winter, Russia targeted power plants.", "2024-03-05", [None]),
        (
            "Shipments rose in the first half of 2024 and will end by the end of the year.",
            "2024-09-10",
            ["2024", "2024"],
        ),
        ("Sales fell in the second half of the year.", "2024-09-01", ["2024"]),
        (
            "Iran has sent drones since 2022 and expects to deliver missiles by the end of the year.",
            "2024-03-05",
            ["2022", "2024"],
        ),
        ("Iran began in 2022 and by the end of the year had sent 400 drones.", "2024-03-05", ["2022", "2022"]),
        ("He said the missiles would arrive in March.", "2024-02-10", ["2024-03"]),
        (
            "Iran has supplied drones since the start of the full-scale invasion in February 2022.",
            "2024-03-05",
            ["2022-02"],
        ),
        (
            "Russia invaded on Feb. 24, 2022. The war began 24 February 2022.",
            "2024-03-05",
            ["2022-02-24", "2022-02-24"],
        ),
        ("In 2019-2020 and from 2015 to 2020 it grew.", "2024-03-05", ["2019", "2020", "2015", "2020"]),
        (
            "Russia fired missiles on Christmas Day, and again on New Year's Eve.",
            "2024-01-05",
            ["2023-12-25", "2023-12-31"],
        ),
        ("Russia fired missiles at Christmas.", "2024-01-05", ["2023-12-25"]),
        ("Kyiv came under fire on New Year's Day 2024.", "2024-03-05", ["2024-01-01"]),
        ("Deliveries slipped to Q3 2023; fiscal 2025 and FY2026 add more.", "2024-03-05", ["2023", "2025", "2026"]),
        ("Revenue rose in the third quarter of 2023.", "2024-03-05", ["2023"]),
        ("The US plans to spend more next fiscal year.", "2024-03-05", ["2025"]),
        (
            "Drones struck on March 2, 2024. The following day, Russia fired missiles.",
            "2024-03-05",
            ["2024-03-02", "2024-03-03"],
        ),
        (
            "Iran delivered drones in August 2022. The same month, Russia paid. A year earlier, talks began.",
            "2024-03-05",
            ["2022-08", "2022-08", "2021"],
        ),
        (
            "The ceasefire, agreed on Dec. 31, 2023, collapsed two days later.",
            "2024-03-05",
            ["2023-12-31", "2024-01-02"],
        ),
        (
            "On April 1, 2024, a strike hit. That day, Iran vowed revenge; later that year it struck.",
            "2024-09-05",
            ["2024-04-01", "2024-04-01", "2024"],
        ),
        (
            "The deal was signed in 2021. Two years earlier, Iran had tested it; the year before, too.",
            "2024-03-05",
            ["2021", "2019", "2018"],
        ),
        (
            "The missile was shown in the autumn of 2022 and entered service the following year.",
            "2024-03-05",
            ["2022", "2023"],
        ),
        ("It was shown on Friday. The following month, it entered service.", "2024-03-05", ["2024-03-01", "2024-04"]),
        ("The following day, Russia fired missiles.", "2024-03-05", [None]),
        (
            "Zelensky will address the nation tonight, his office said today.",
            "2024-03-05",
            ["2024-03-05", "2024-03-05"],
        ),
        ("The first shipment arrived late last year.", "2024-01-10", ["2023"]),
        ("Stocks ran low at the end of 2023; deliveries are due early next month.", "2024-03-05", ["2023", "2024-04"]),
        ("It must begin before the end of next year.", "2024-03-05", ["2025"]),
        ("In March of last year, Russia received shells.", "2024-02-10", ["2023-03"]),
        ("In May this year, Russia received shells.", "2024-08-10", ["2024-05"]),
        ("The shipment left last Friday and will arrive this Thursday.", "2024-03-05", ["2024-03-01", "2024-03-07"]),
        (
            "Talks resumed in mid-March and a deal came on the 24th of February.",
            "2024-03-20",
            ["2024-03", "2024-02-24"],
        ),
        (
            "Iran's foreign ministry said on Tuesday (Feb. 20) that no missiles were sent.",
            "2024-02-21",
            ["2024-02-20", "2024-02-20"],
        ),
        ("The contract, signed 10 years ago, runs until 2030.", "2024-03-05", ["2014", "2030"]),
        ("The drones, first delivered in August 2022, hit Kyiv that October.", "2024-03-05", ["2022-08", "2022-10"]),
        ("It was upgraded in 2017-18 and in the 1980s.", "2024-03-05", ["2017", "2018"]),
        ("The budget for 2024-25 grew.", "2024-03-05", ["2024", "2025"]),
        ("The budget for 2024–25 grew.", "2024-03-05", ["2024"]),  # one token: one mention "2024–25"
        ("In the days that followed, more shipments came.", "2024-03-05", []),
        ("The agreement came on 2 March 2024, two days after the talks began.", "2024-03-05", ["2024-03-02"]),
        ("He will travel to Moscow on Monday, the Kremlin said.", "2024-03-05", ["2024-03-11"]),
    ],
)
def test_dates_held_out_forms_with_published(dates_nlp: Language, text: str, published: str, expected: list) -> None:
    assert _values(dates_nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Year boundaries, backwards and forwards.
        (
            "Russia used them last month, first in December and again on Dec. 28.",
            "2024-01-02",
            ["2023-12", "2023-12", "2023-12-28"],
        ),
        ("The contract will be signed next month, with deliveries early next year.", "2023-12-30", ["2024-01", "2024"]),
        ("The ministry confirmed the delivery yesterday.", "2024-01-01", ["2023-12-31"]),
        ("The ministry will confirm the delivery tomorrow.", "2023-12-31", ["2024-01-01"]),
        ("Talks are scheduled for Jan. 3.", "2023-12-30", ["2024-01-03"]),
        ("Talks were held on Jan. 3.", "2023-12-30", ["2023-01-03"]),
        ("Since October 7, Hezbollah has fired rockets.", "2024-01-15", ["2023-10-07"]),
        ("The strike came three days ago.", "2024-01-02", ["2023-12-30"]),
        ("It started two months ago.", "2024-01-15", ["2023-11"]),
        ("The shipment left last Friday.", "2024-01-02", ["2023-12-29"]),
        ("Fighting stopped on Christmas Eve.", "2024-12-20", ["2023-12-24"]),
        ("Fighting will stop on Christmas Eve.", "2024-12-20", ["2024-12-24"]),
    ],
)
def test_dates_year_boundaries(dates_nlp: Language, text: str, published: str, expected: list) -> None:
    assert _values(dates_nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected", "published"),
    [
        ("Officials expect deliveries this year, with more next year.", [None, None], None),
        ("Talks began in the spring of 2023 and stalled in the summer.", ["2023", None], None),
        ("Shipments rose in the first half of 2024 and should end by the end of the year.", ["2024", "2024"], None),
        ("Russia fired missiles on Christmas Day.", [None], None),
        ("Deliveries slipped to Q3 2023.", ["2023"], None),
        ("Iran first tested the missile two years ago, his office said today.", [None, None], None),
        (
            "Drones struck on March 2, 2024. The following day, Russia fired missiles.",
            ["2024-03-02", "2024-03-03"],
            "2024-03-02",
        ),
        ("The deal was signed in 2021. Two years earlier, Iran had tested it.", ["2021", "2019"], None),
        (
            "Hamas attacked on October 7, 2023. By the end of the year, 20,000 had died.",
            ["2023-10-07", "2023"],
            "2023-10-07",
        ),
        (
            "Hamas attacked on October 7, 2023.\n\nDeliveries will resume by the end of the year.",
            ["2023-10-07", "2023"],
            "2023-10-07",
        ),
        (
            "Hamas attacked on October 7, 2023. Russia struck last summer and will strike next month.",
            ["2023-10-07", None, None],
            "2023-10-07",
        ),
        (
            "Drones over Kyiv\nUpdated: Feb. 3, 2024 at 9:41 a.m. ET\nThe attack came last month.",
            ["2024-02-03", "2024-01"],
            "2024-02-03",
        ),
        (
            "Iran denies arms sales\nMon 12 Feb 2024 14.05 GMT\nIran denied it on Sunday.",
            ["2024-02-12", "2024-02-11"],
            "2024-02-12",
        ),
    ],
)
def test_dates_held_out_forms_without_published(
    dates_nlp: Language, text: str, expected: list, published: str | None
) -> None:
    extraction = arms_nlp.extract(text, nlp=dates_nlp)
    assert [d.value for d in extraction.dates] == expected
    assert (str(extraction.published) if extraction.published else None) == published


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("It arrived late last year.", ["late last year"]),
        ("Earlier this year, talks began.", ["Earlier this year"]),
        ("It came in the spring of 2023.", ["the spring of 2023"]),
        ("Deliveries slipped to Q3 2023.", ["Q3 2023"]),
        ("The following day, it left.", ["The following day"]),
        ("It fell on New Year’s Eve.", ["New Year’s Eve"]),
        ("It came in March of last year.", ["March of last year"]),
        ("It ends by the end of the year.", ["the end of the year"]),
        ("Two years earlier, it began.", ["Two years earlier"]),
        ("Published at 2024-02-21T10:00:00Z in Kyiv.", ["2024-02-21T10:00:00Z"]),
    ],
)
def test_dates_mention_text_keeps_modifiers(dates_nlp: Language, text: str, mentions: list) -> None:
    found = arms_nlp.extract(text, published="2024-03-05", nlp=dates_nlp).dates
    assert [d.text for d in found] == mentions
    assert all(text[d.start : d.end] == d.text for d in found)


@pytest.mark.parametrize(
    ("unit", "step", "antecedent", "expected"),
    [
        ("day", 1, "2024-02-29", "2024-03-01"),
        ("day", -1, "2024-01-01", "2023-12-31"),
        ("month", 0, "2022-08-15", "2022-08"),
        ("month", 1, "2023-12", "2024-01"),
        ("year", -1, "2022-08", "2021"),
        ("day", 1, "2024-02", None),
        ("month", 0, "2024", None),
        ("year", 0, None, None),
    ],
)
def test_dates_resolve_anaphor(unit: str, step: int, antecedent: str | None, expected: str | None) -> None:
    expr = DateExpr(0, 1, unit, rel_unit=unit, rel_step=step, anaphor=True)  # type: ignore[arg-type]
    assert resolve_anaphor(expr, antecedent) == expected


@pytest.mark.parametrize(
    "published",
    [
        dt.datetime(2024, 3, 5, 10, 30),
        dt.date(1, 1, 1),
        dt.date(9999, 12, 31),
        "2024-03-05",
        12345,
    ],
)
def test_dates_odd_article_dates_never_raise(blank: Language, published: object) -> None:
    from arms_nlp.components.dates import DateResolver
    from arms_nlp.extensions import register_extensions

    register_extensions()
    text = "On Friday, a year ago, 3000 days ago, the following day, in December and next summer, it began."
    doc = blank.make_doc(text)
    doc._.arms_published = published
    doc._.arms_published_from = "given"
    doc = DateResolver(blank, "arms_dates")(doc)
    assert all(text[d.start : d.end] == d.text for d in doc._.arms_dates)


def test_dates_dateparser_is_imported_lazily() -> None:
    import subprocess
    import sys

    code = (
        "import sys, spacy, arms_nlp\n"
        "nlp = spacy.blank('en'); nlp.add_pipe('arms_dates')\n"
        "arms_nlp.extract('Thursday, 01/04/2024. In December, two years ago, it began.', nlp=nlp)\n"
        "print('dateparser' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
