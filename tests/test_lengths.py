"""find_lengths: every length expression, normalised to km (pure, no spaCy)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arms_nlp import Extraction, Length, Range, find_lengths
from arms_nlp.kb.units import unit_table
from arms_nlp.normalize.length_tokens import candidate_windows
from arms_nlp.normalize.lengths import scan_lengths, scan_window

MI = 1.609344
NMI = 1.852
FT, IN, YD = 0.0003048, 0.0000254, 0.0009144

# (text, [(record text, low_km, high_km, unit as written, qualifier)])
POSITIVE = [
    ("a range of 700 km", [("700 km", None, 700.0, "km", None)]),
    ("up to 300 kilometres away", [("up to 300 kilometres", None, 300.0, "kilometres", "up to")]),
    ("more than 250km", [("more than 250km", None, 250.0, "km", "more than")]),
    ("a maximum range of 120 km", [("120 km", None, 120.0, "km", None)]),
    ("can fly roughly 690 kilometers", [("roughly 690 kilometers", None, 690.0, "kilometers", "roughly")]),
    ("reach about 80 kilometres", [("about 80 kilometres", None, 80.0, "kilometres", "about")]),
    ("186 to 435 miles", [("186 to 435 miles", 186 * MI, 435 * MI, "miles", None)]),
    ("between 300 and 700 kilometers", [("300 and 700 kilometers", 300.0, 700.0, "kilometers", None)]),
    ("1,500-2,500 km", [("1,500-2,500 km", 1500.0, 2500.0, "km", None)]),
    ("186–435 mi", [("186–435 mi", 186 * MI, 435 * MI, "mi", None)]),
    ("around 2,500 to 2,800km", [("around 2,500 to 2,800km", 2500.0, 2800.0, "km", "around")]),
    ("ranging from 186 to 435 miles", [("186 to 435 miles", 186 * MI, 435 * MI, "miles", None)]),
    ("a 500-kilometre range", [("500-kilometre", None, 500.0, "kilometre", None)]),
    ("a 75-mile-range missile", [("75-mile", None, 75 * MI, "mile", None)]),
    ("a 700-km-range missile", [("700-km", None, 700.0, "km", None)]),
    ("a thousand miles", [("a thousand miles", None, 1000 * MI, "miles", None)]),
    ("two hundred kilometres", [("two hundred kilometres", None, 200.0, "kilometres", None)]),
    ("two and a half miles to the east", [("two and a half miles", None, 2.5 * MI, "miles", None)]),
    ("300 nautical miles", [("300 nautical miles", None, 300 * NMI, "nautical miles", None)]),
    ("a 1,000 nmi patrol", [("1,000 nmi", None, 1000 * NMI, "nmi", None)]),
    (
        "a wall 30 ft high and 10 yards wide",
        [("30 ft", None, 30 * 0.0003048, "ft", None), ("10 yards", None, 10 * 0.0009144, "yards", None)],
    ),
    ("a 5m shark", [("5m", None, 0.005, "m", None)]),
    ("the convoy stopped 30 km from the border", [("30 km", None, 30.0, "km", None)]),
    ("8.9 metres long", [("8.9 metres", None, 0.0089, "metres", None)]),
    ("500 m to 2 km", [("500 m to 2 km", 0.5, 2.0, "km", None)]),
    ("2 km to 500 m", [("2 km", None, 2.0, "km", None), ("500 m", None, 0.5, "m", None)]),
    ("an 8- to 16-meter telescope", [("8- to 16-meter", 0.008, 0.016, "meter", None)]),
    ("0.5k miles", [("0.5k miles", None, 500 * MI, "miles", None)]),
    ("2 1/2 in thick", [("2 1/2 in", None, 2.5 * 0.0000254, "in", None)]),
    ("within 1.5 million km", [("within 1.5 million km", None, 1.5e6, "km", "within")]),
    # fractions and "a"/"an" counting one unit
    ("shot down half a mile from the runway", [("half a mile", None, 0.5 * MI, "mile", None)]),
    ("three quarters of a mile", [("three quarters of a mile", None, 0.75 * MI, "mile", None)]),
    ("one and a half thousand kilometres", [("one and a half thousand kilometres", None, 1500.0, "kilometres", None)]),
    ("the blast was felt a mile away", [("a mile", None, MI, "mile", None)]),
    ("a mile-long convoy", [("a mile", None, MI, "mile", None)]),
    ("within a kilometre of the base", [("within a kilometre", None, 1.0, "kilometre", "within")]),
    # "or" between bare figures; figure suffixes
    ("5 or 6 kilometres", [("5 or 6 kilometres", 5.0, 6.0, "kilometres", None)]),
    ("retreated three or four kilometres", [("three or four kilometres", 3.0, 4.0, "kilometres", None)]),
    ("100-plus kilometres", [("100-plus kilometres", None, 100.0, "kilometres", "plus")]),
    ("a 1,000-odd km border", [("1,000-odd km", None, 1000.0, "km", "odd")]),
    ("a range of 100+ km", [("100+ km", None, 100.0, "km", "+")]),
    # spellings
    (".5 km", [(".5 km", None, 0.5, "km", None)]),
    ("10 klicks from the front", [("10 klicks", None, 10.0, "klicks", None)]),
    ("3,000 kms", [("3,000 kms", None, 3000.0, "kms", None)]),
    ("5KM-10KM", [("5KM-10KM", 5.0, 10.0, "KM", None)]),
    ("5m high walls", [("5m", None, 0.005, "m", None)]),
    # a change is a value before and a value after, not an interval
    ("extended from 290 km to 700 km", [("290 km", None, 290.0, "km", None), ("700 km", None, 700.0, "km", None)]),
    (
        "increased from 300 to 500 kilometres",
        [("300", None, 300.0, "kilometres", None), ("500 kilometres", None, 500.0, "kilometres", None)],
    ),
    ("ranges vary from 70 to 300 km", [("70 to 300 km", 70.0, 300.0, "km", None)]),
    (
        "the zone extends from 12 to 24 nautical miles",
        [("12 to 24 nautical miles", 12 * NMI, 24 * NMI, "nautical miles", None)],
    ),
    ("9- or 10-inch pots", [("9- or 10-inch", 9 * IN, 10 * IN, "inch", None)]),
    # signs: a glued minus or a minus word; a dash glued to a word or figure before it joins, not signs
    ("a depth of -40 m", [("-40 m", None, -0.04, "m", None)]),
    ("lies at −86 m", [("−86 m", None, -0.086, "m", None)]),
    ("at minus 1,200 metres", [("minus 1,200 metres", None, -1.2, "metres", None)]),
    ("a minus-3 yards day", [("minus-3 yards", None, -3 * YD, "yards", None)]),
    ("finished with -12 net yards", [("-12 net yards", None, -12 * YD, "yards", None)]),
    ("from -5 to 10 m", [("-5 to 10 m", -0.005, 0.01, "m", None)]),
    # prime marks and compounds
    ("he is 6’7″ tall", [("6’7″", None, 6 * FT + 7 * IN, "’+″", None)]),
    ("The 7'2 wingspan", [("7'2", None, 7 * FT + 2 * IN, "'+inch", None)]),
    ("carries 9,500 20' containers.", [("20'", None, 20 * FT, "'", None)]),
    ("a 12.5″ display", [("12.5″", None, 12.5 * IN, "″", None)]),
    ('no more than 3/4" in diameter', [('more than 3/4"', None, 0.75 * IN, '"', "more than")]),
    ("a 2 ¾” hailstone", [("2 ¾”", None, 2.75 * IN, "”", None)]),
    ("½ mile east", [("½ mile", None, 0.5 * MI, "mile", None)]),
    ("stands 7 feet, 4 inches", [("7 feet, 4 inches", None, 7 * FT + 4 * IN, "feet+inches", None)]),
    ("listed at 6ft 2in and 95kg", [("6ft 2in", None, 6 * FT + 2 * IN, "ft+in", None)]),
    ("a 6-foot-8 point guard", [("6-foot-8", None, 6 * FT + 8 * IN, "foot+inch", None)]),
    ("26 miles and 385 yards", [("26 miles and 385 yards", None, 26 * MI + 385 * YD, "miles+yards", None)]),
    ("6 in. long", [("6 in", None, 6 * IN, "in", None)]),
    ("3 ft. 4 in. long", [("3 ft. 4 in", None, 3 * FT + 4 * IN, "ft+in", None)]),
    # order-of-magnitude amounts: approximate intervals
    ("thousands of miles", [("thousands of miles", 1000 * MI, 10000 * MI, "miles", None)]),
    ("Tens of kilometres of trenches", [("Tens of kilometres", 10.0, 100.0, "kilometres", None)]),
    ("a few hundred metres from the embassy", [("a few hundred metres", 0.1, 1.0, "metres", None)]),
    ("several hundred miles", [("several hundred miles", 100 * MI, 1000 * MI, "miles", None)]),
    ("tens of thousands of kilometres", [("tens of thousands of kilometres", 1e4, 1e5, "kilometres", None)]),
    # "a"/"an" after a qualifier counts one foot, inch, millimetre
    ("sea level rose almost a foot", [("almost a foot", None, FT, "foot", "almost")]),
    ("just over a millimeter long", [("just over a millimeter", None, 0.000001, "millimeter", "just over")]),
    # race distances and track events
    ("a 10K, a 5K and a marathon", [("10K", None, 10.0, "K", None), ("5K", None, 5.0, "K", None)]),
    ("the 5K run", [("5K", None, 5.0, "K", None)]),
    ("The 400 m hurdles", [("400 m", None, 0.4, "m", None)]),
    ("an 800 m/1500 m double", [("800 m", None, 0.8, "m", None), ("1500 m", None, 1.5, "m", None)]),
]

# texts with no length at all, and tricky near-misses
NEGATIVE = [
    "a 450 kg warhead",
    "a U.S. official said",
    "a U-turn",
    "$5m in aid",
    "£5m contract",
    "5m people fled",
    "flying at 900 km/h",
    "60 miles per hour",
    "30 miles an hour",
    "an area of 300 km2",
    "at 2 pm on Friday",
    "at 2.30 pm",
    "2 in 10 voters",
    "the Fateh-110 and the Su-35",
    "400 missiles in 2024",
    "mid-range missiles",
    "half the missiles",
    "Ukraine said it destroyed two Mi-8 helicopters",
    "By the end of 2023 MI5 had foiled 15 plots",
    "Ukraine needs 1.5m shells a year",
    "The EU promised 1m artillery shells",
    "Some 20m Ukrainians live there",
    "it needs 2.5m a year",
    "Three in 10 Russians back the war",
    "an area of 300 square kilometres",
    "45 sq km of land",
    "17,000 miles per hour",
    "12 to 14 organizations",
    "between 300 and 700",
    "1-2-3-4-5",
    "Article 5 of the treaty",
    "COVID-19 in 2020",
    "KM 40 and Miles 3",
    "1 000 km",
    "agent 007 km",
    "",
    "km",
    # money with currency codes, speeds, rates, apostrophes and quotation marks
    "NZD2m to dredge",
    "a CHF 15m grant",
    "a $40m contract",
    "12m subscribers",
    "travelling at 70 m.p.h. when",
    "5.5 yards a carry",
    "3 yards per carry",
    "500 miles an hour",
    "5 km/h",
    "in the 1990’s",
    "the '90s",
    'he said "we need 5" and left',
    "‘we ran 20’ he said",
    "paid $10K for it",
    "has 10K followers",
    "a 10K bonus",
    "Fateh-110",
    "2 m units",
]

# (text, record text, low_km, high_km, conversion_mismatch)
CONVERSIONS = [
    ("120 km (75 miles)", "120 km", None, 120.0, False),
    ("between 300 and 700 kilometers (186 and 435 miles)", "300 and 700 kilometers", 300.0, 700.0, False),
    ("435 miles (700 km)", "435 miles", None, 435 * MI, False),
    ("50 km (40 miles)", "50 km", None, 50.0, True),
    ("300 km (186 to 435 miles)", "300 km", None, 300.0, True),
    ("a 75-mile (120-km) range", "75-mile", None, 75 * MI, False),
    # rounding: within the rounding of a written figure to two significant digits
    ("nine miles (14.5 km)", "nine miles", None, 9 * MI, False),
    ("200 kilometres (120 miles)", "200 kilometres", None, 200.0, False),
    ("1,000 km (900 miles)", "1,000 km", None, 1000.0, True),
    # several conversions, an equivalence after "or", a conversion after a compound adjective's noun
    ("at 15,349 kilometres (9,537 mi; 8,288 nmi).", "15,349 kilometres", None, 15349.0, False),
    ("a 400 ft or 122m tower", "400 ft", None, 400 * 0.0003048, False),
    ("a 440-yard dash (402.3 m)", "440-yard", None, 440 * 0.0009144, False),
    ("lies at −86 m (−282 ft)", "−86 m", None, -0.086, False),
]


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9)


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_lengths_positive(text: str, expected: list[tuple]) -> None:
    found = find_lengths(text)
    assert [(f.text, f.unit, f.qualifier) for f in found] == [(e[0], e[3], e[4]) for e in expected]
    for length, (_, low, high, _, _) in zip(found, expected):
        assert _close(length.low_km, low) and _close(length.high_km, high)
        assert text[length.start : length.end] == length.text


@pytest.mark.parametrize("text", NEGATIVE)
def test_lengths_negative(text: str) -> None:
    assert find_lengths(text) == []


@pytest.mark.parametrize(("text", "span", "low", "high", "mismatch"), CONVERSIONS)
def test_lengths_conversion_folded(text: str, span: str, low: float | None, high: float, mismatch: bool) -> None:
    found = find_lengths(text)
    assert len(found) == 1
    assert found[0].text == span and found[0].conversion_mismatch is mismatch
    assert _close(found[0].low_km, low) and _close(found[0].high_km, high)


@pytest.mark.parametrize(
    ("text", "converted"),
    [
        ("120 km (75 miles)", "75 miles"),
        ("(9,537 mi; 8,288 nmi)", None),
        ("15,349 km (9,537 mi; 8,288 nmi)", "9,537 mi; 8,288 nmi"),
        ("120 km", None),
    ],
)
def test_lengths_converted_text(text: str, converted: str | None) -> None:
    assert find_lengths(text)[0].converted == converted


@pytest.mark.parametrize(
    ("text", "approximate"),
    [
        ("about 300 km", True),
        ("roughly 5 miles", True),
        ("up to 300 km", False),
        ("more than 250km", False),
        ("thousands of miles", True),
        ("300 km", False),
        ("some 40 kilometres", True),
    ],
)
def test_lengths_approximate(text: str, approximate: bool) -> None:
    assert find_lengths(text)[0].approximate is approximate


@pytest.mark.parametrize(("text", "count"), [("120 km (75 miles)", 2), ("120 km, 75 miles", 2), ("120 km", 1)])
def test_lengths_scan_unfolded(text: str, count: int) -> None:
    assert len(scan_lengths(text, fold_conversions=False)) == count


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("186–435 mi", "700 km", True),
        ("186–435 mi", "300-700 km", True),
        ("300-700 km", "700 km", True),
        ("700 km", "300 km", False),
        ("186–435 mi", "186-435 km", False),
    ],
)
def test_lengths_same_claim(first: str, second: str, same: bool) -> None:
    a, b = find_lengths(first)[0], find_lengths(second)[0]
    assert a.same_claim(b) is same


def test_lengths_range_claims_group() -> None:
    texts = ["186–435 mi", "700 km", "300-700 km", "120 km"]
    ranges = [Range(**find_lengths(t)[0].model_dump(), weapon="Zolfaghar") for t in texts]
    groups = Extraction(ranges=ranges).range_claims()
    assert [[r.text for r in g] for g in groups] == [["186–435 mi", "700 km", "300-700 km"], ["120 km"]]


def _spellings() -> list[tuple[str, float]]:
    """Every unguarded written form of every unit, with its factor."""
    forms = []
    for form in unit_table().forms:
        if form.guard is None:
            forms.append((" ".join(form.words), form.unit.km))
    return forms


@settings(max_examples=200, deadline=None)
@given(
    number=st.one_of(
        st.integers(min_value=1, max_value=10**7), st.decimals(min_value="0.01", max_value="99999", places=2)
    ),
    spelling=st.sampled_from(_spellings()),
    glue=st.sampled_from([" ", "-", ""]),
    thousands=st.booleans(),
)
def test_lengths_value_is_number_times_factor(
    number: object, spelling: tuple[str, float], glue: str, thousands: bool
) -> None:
    word, factor = spelling
    figure = f"{number:,}" if thousands and isinstance(number, int) else str(number)
    if glue == "" and word[0].isdigit():
        glue = " "
    text = f"It is {figure}{glue}{word} long."
    found = find_lengths(text)
    assert len(found) == 1, (text, found)
    assert math.isclose(found[0].high_km, float(str(number)) * factor, rel_tol=1e-9)
    assert found[0].low_km is None


_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _in_words(number: int) -> str:
    """1..999 999 in English words, hyphenated as reporters write them ("two hundred forty-five")."""
    if number >= 1000:
        rest = number % 1000
        return f"{_in_words(number // 1000)} thousand" + (f" {_in_words(rest)}" if rest else "")
    if number >= 100:
        rest = number % 100
        return f"{_ONES[number // 100]} hundred" + (f" and {_in_words(rest)}" if rest else "")
    if number >= 20:
        return _TENS[number // 10] + (f"-{_ONES[number % 10]}" if number % 10 else "")
    return _ONES[number]


@settings(max_examples=150, deadline=None)
@given(number=st.integers(min_value=1, max_value=999_999), spelling=st.sampled_from(_spellings()))
def test_lengths_number_words_times_factor(number: int, spelling: tuple[str, float]) -> None:
    word, factor = spelling
    text = f"They flew {_in_words(number)} {word} east."
    found = find_lengths(text)
    assert len(found) == 1, (text, found)
    assert math.isclose(found[0].high_km, number * factor, rel_tol=1e-9)


@settings(max_examples=150, deadline=None)
@given(
    low=st.integers(min_value=1, max_value=5000),
    high=st.integers(min_value=1, max_value=5000),
    joiner=st.sampled_from([" to ", "-", "–", " - "]),
    spelling=st.sampled_from([("km", 1.0), ("miles", MI), ("nautical miles", NMI), ("ft", 0.0003048)]),
)
def test_lengths_interval_bounds(low: int, high: int, joiner: str, spelling: tuple[str, float]) -> None:
    word, factor = spelling
    found = find_lengths(f"between {low}{joiner}{high} {word}")
    assert found
    for length in found:
        assert length.low_km is None or length.low_km <= length.high_km
    if low <= high:
        assert math.isclose(found[0].low_km or 0.0, low * factor) and math.isclose(found[0].high_km, high * factor)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("0123456789 ,.-–/()kmKMilesftn$£aAtop\n")), max_size=80)
    | st.text(max_size=80)
)
def test_lengths_offsets_valid_on_any_text(text: str) -> None:
    for length in find_lengths(text):
        assert text[length.start : length.end] == length.text
        assert length.low_km is None or length.low_km <= length.high_km


@settings(max_examples=100, deadline=None)
@given(
    figure=st.integers(min_value=1, max_value=100000),
    spelling=st.sampled_from(["km", "miles", "mi", "nautical miles"]),
    weapon=st.none() | st.text(max_size=20),
)
def test_lengths_range_json_round_trip(figure: int, spelling: str, weapon: str | None) -> None:
    length = find_lengths(f"up to {figure} {spelling} (1 km)")[0]
    record = Range(**length.model_dump(), weapon=weapon)
    assert Range.model_validate_json(record.model_dump_json()) == record


@pytest.mark.parametrize(
    "adversarial",
    [
        "1-" * 500_000,
        "9" * 1_000_000,
        "1,2" * 333_333,
        "1 to " * 200_000,
        "-–" * 500_000,
        "1." * 500_000,
        "1234567890," * 90_000,
        "-–—12-14 " * 110_000,
        "1 km " * 200_000,
    ],
    ids=[
        "digit-dash",
        "digits",
        "commas",
        "to-chain",
        "dashes",
        "dots",
        "digit-commas",
        "dash-ranges",
        "dense-lengths",
    ],
)
def test_lengths_adversarial_input_is_handled(adversarial: str) -> None:
    found = find_lengths(adversarial + " 5 km")
    assert found and found[-1].high_km == 5.0


_PIECES = [
    "5",
    "1,500",
    "2.5",
    "two",
    "hundred",
    "a",
    "an",
    "half",
    "km",
    "miles",
    "mi",
    "m",
    "in",
    "pm",
    "MI",
    "Mi",
    "between",
    "and",
    "or",
    "to",
    "up to",
    "-",
    "–",
    "(",
    ")",
    "+",
    "plus",
    "the",
    "convoy",
    "range",
    "\n",
    "'",
    "’",
    "″",
    '"',
    "¾",
    "minus",
    "hundreds of",
    "few",
    "K",
    "ft",
    "feet",
    "inches",
    ",",
    ";",
    "x" * 150,
    "y" * 333,
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60), st.sampled_from([" ", "", "  "]))
def test_lengths_windows_match_full_scan(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    windowed = [(f.text, f.start, f.low_km, f.high_km) for f in scan_lengths(text)]
    assert windowed == [(f.text, f.start, f.low_km, f.high_km) for f in scan_window(text)]


@pytest.mark.parametrize(
    ("text", "windows"),
    [("no figures here at all", 0), ("5 km", 1), ("2023 was in km", 1), ("a mile", 1), ("km " + "x" * 400 + " 5", 0)],
)
def test_lengths_candidate_windows(text: str, windows: int) -> None:
    assert len(candidate_windows(text)) == windows


@pytest.mark.parametrize("value", [None, 5, b"5 km"])
def test_lengths_non_text_input_gives_nothing(value: object) -> None:
    assert find_lengths(value) == []  # type: ignore[arg-type]


def test_lengths_records_are_length() -> None:
    assert all(type(f) is Length for f in find_lengths("a 300 km and 200 mile trip"))


def _all_spellings() -> list[str]:
    """Every written form of every unit, guarded ones included ("m", "in", "'")."""
    return sorted({" ".join(form.words) for form in unit_table().forms})


_FIGURES = st.one_of(
    st.integers(min_value=1, max_value=10**6).map(str),
    st.integers(min_value=1, max_value=10**6).map(lambda n: f"{n:,}"),
    st.decimals(min_value="0.1", max_value="9999", places=1).map(str),
)
_MONEY_SIGNS = ["$", "£", "€", "US$", "NZD", "CHF ", "AUD ", "Rs ", "USD ", "EUR "]
_SCALES = ["m", "bn", "k", "mn", " million", " billion", "m", "M"]
_COUNTED = ["", " contract", " deal", " subscribers", " people", " shells", " in aid", " a year", " budget", " users"]


@settings(max_examples=300, deadline=None)
@given(
    sign=st.sampled_from(_MONEY_SIGNS),
    figure=_FIGURES,
    scale=st.sampled_from(_SCALES),
    noun=st.sampled_from(_COUNTED),
    lead=st.sampled_from(["It cost ", "a ", "The firm raised ", ""]),
)
def test_lengths_money_is_never_a_length(sign: str, figure: str, scale: str, noun: str, lead: str) -> None:
    text = f"{lead}{sign}{figure}{scale}{noun}."
    assert find_lengths(text) == [], text


@settings(max_examples=300, deadline=None)
@given(
    figure=_FIGURES,
    scale=st.sampled_from(["m", "bn", "k"]),
    noun=st.sampled_from(["subscribers", "people", "users", "viewers", "shells", "rounds", "Ukrainians", "barrels"]),
)
def test_lengths_glued_counts_are_never_a_length(figure: str, scale: str, noun: str) -> None:
    text = f"Some {figure}{scale} {noun} were counted."
    assert find_lengths(text) == [], text


_RATES = [
    " per hour",
    " an hour",
    " a day",
    "/h",
    "/hr",
    "/s",
    " per second",
    " a second",
    " a minute",
    " per year",
    " a year",
    " a carry",
    " per carry",
    " per game",
    " a sol",
    " per sol",
    " a gallon",
    " per gallon",
    " a decade",
]


@settings(max_examples=300, deadline=None)
@given(
    figure=_FIGURES,
    spelling=st.sampled_from(_all_spellings()),
    rate=st.sampled_from(_RATES),
    glue=st.sampled_from([" ", ""]),
    lead=st.sampled_from(["travelling at ", "about ", "at up to ", "It averages ", ""]),
)
def test_lengths_speeds_and_rates_are_never_a_length(
    figure: str, spelling: str, rate: str, glue: str, lead: str
) -> None:
    text = f"{lead}{figure}{glue}{spelling}{rate}."
    assert find_lengths(text) == [], text


@settings(max_examples=100, deadline=None)
@given(
    figure=_FIGURES,
    speed=st.sampled_from(["mph", "m.p.h.", "km/h", "kph", "knots", "kts", "km/hr", "mi/h", "m/s", "ft/s"]),
)
def test_lengths_speed_units_are_never_a_length(figure: str, speed: str) -> None:
    for glue in (" ", ""):
        text = f"It flew at {figure}{glue}{speed} over the sea."
        assert find_lengths(text) == [], text


@settings(max_examples=200, deadline=None)
@given(
    low=st.integers(min_value=-500, max_value=500),
    high=st.integers(min_value=-500, max_value=500),
    word=st.sampled_from([("metres", 0.001), ("yards", 0.0009144), ("km", 1.0)]),
    minus=st.sampled_from(["-", "\u2212", "minus "]),
)
def test_lengths_signed_figures_times_factor(low: int, high: int, word: tuple[str, float], minus: str) -> None:
    unit, factor = word
    figure = f"{minus}{abs(low)}" if low < 0 else str(low)
    found = find_lengths(f"at {figure} {unit} deep")
    assert len(found) == 1 and math.isclose(found[0].high_km, low * factor, abs_tol=1e-12)
    second = f"{minus}{abs(high)}" if high < 0 else str(high)
    for length in find_lengths(f"from {figure} to {second} {unit}"):
        assert length.low_km is None or length.low_km <= length.high_km


@settings(max_examples=150, deadline=None)
@given(
    feet=st.integers(min_value=1, max_value=99),
    inches=st.integers(min_value=0, max_value=11),
    form=st.sampled_from(
        [
            "{f}'{i}",
            "{f}\u2032{i}\u2033",
            "{f}\u2019{i}\u201d",
            "{f} ft {i} in",
            "{f} feet, {i} inches",
            "{f}-foot-{i}",
            "{f}ft {i}in",
        ]
    ),
)
def test_lengths_feet_and_inches_compound_times_factor(feet: int, inches: int, form: str) -> None:
    text = f"The centre is {form.format(f=feet, i=inches)} tall."
    found = find_lengths(text)
    assert len(found) == 1, (text, found)
    assert math.isclose(found[0].high_km, feet * FT + inches * IN, rel_tol=1e-9)
    assert text[found[0].start : found[0].end] == found[0].text


@settings(max_examples=100, deadline=None)
@given(amount=st.sampled_from(unit_table().scale_amounts), spelling=st.sampled_from(["km", "miles", "metres", "feet"]))
def test_lengths_scale_amounts_are_ordered_approximate_intervals(amount: object, spelling: str) -> None:
    phrase = " ".join(amount.phrase)  # type: ignore[attr-defined]
    factor = unit_table().unit_written(spelling).km  # type: ignore[union-attr]
    found = find_lengths(f"They travelled {phrase} {spelling} east.")
    assert len(found) == 1 and found[0].approximate
    assert found[0].low_km is not None and found[0].low_km <= found[0].high_km
    assert math.isclose(found[0].low_km, amount.low * factor) and math.isclose(found[0].high_km, amount.high * factor)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("compound_units", {"foot": "furlong"}, "unknown unit names"),
        ("qualified_article_units", ["parsec"], "unknown unit names"),
        ("scale_amounts", [{"phrase": "tens of", "low": 100, "high": 10}], "low <= high"),
    ],
)
def test_lengths_unit_table_rejects_bad_entries(field: str, value: object, message: str) -> None:
    from pydantic import ValidationError

    from arms_nlp.kb.units import UnitTable

    data = unit_table().model_dump()
    data[field] = value
    data["qualifiers"] = [" ".join(words) for words in data["qualifiers"]]
    data["approximate_qualifiers"] = [" ".join(words) for words in data["approximate_qualifiers"]]
    data["scale_amounts"] = [
        dict(a, phrase=" ".join(a["phrase"])) if isinstance(a.get("phrase"), tuple) else a
        for a in data["scale_amounts"]
    ]
    with pytest.raises(ValidationError, match=message):
        UnitTable.model_validate(data)


@pytest.mark.parametrize("text", ["5 km or", "400 ft or ", "a", "5 km (", "minus", "300 km (", "6 ft 2"])
def test_lengths_text_ending_mid_phrase_never_raises(text: str) -> None:
    found = find_lengths(text)
    assert all(text[f.start : f.end] == f.text for f in found)
