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
    ("a wall 30 ft high and 10 yards wide", [("30 ft", None, 30 * 0.0003048, "ft", None), ("10 yards", None, 10 * 0.0009144, "yards", None)]),
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
    ("increased from 300 to 500 kilometres", [("300", None, 300.0, "kilometres", None), ("500 kilometres", None, 500.0, "kilometres", None)]),
    ("ranges vary from 70 to 300 km", [("70 to 300 km", 70.0, 300.0, "km", None)]),
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
    "thousands of miles",
    "mid-range missiles",
    "a few hundred metres from the embassy",
    "several hundred miles",
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
]

# (text, record text, low_km, high_km, conversion_mismatch)
CONVERSIONS = [
    ("120 km (75 miles)", "120 km", None, 120.0, False),
    ("between 300 and 700 kilometers (186 and 435 miles)", "300 and 700 kilometers", 300.0, 700.0, False),
    ("435 miles (700 km)", "435 miles", None, 435 * MI, False),
    ("50 km (40 miles)", "50 km", None, 50.0, True),
    ("300 km (186 to 435 miles)", "300 km", None, 300.0, True),
    ("a 75-mile (120-km) range", "75-mile", None, 75 * MI, False),
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
    number=st.one_of(st.integers(min_value=1, max_value=10**7), st.decimals(min_value="0.01", max_value="99999", places=2)),
    spelling=st.sampled_from(_spellings()),
    glue=st.sampled_from([" ", "-", ""]),
    thousands=st.booleans(),
)
def test_lengths_value_is_number_times_factor(number: object, spelling: tuple[str, float], glue: str, thousands: bool) -> None:
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
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-–/()kmKMilesftn$£aAtop\n")) , max_size=80) | st.text(max_size=80))
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
    ids=["digit-dash", "digits", "commas", "to-chain", "dashes", "dots", "digit-commas", "dash-ranges", "dense-lengths"],
)
def test_lengths_adversarial_input_is_handled(adversarial: str) -> None:
    found = find_lengths(adversarial + " 5 km")
    assert found and found[-1].high_km == 5.0


_PIECES = [
    "5", "1,500", "2.5", "two", "hundred", "a", "an", "half", "km", "miles", "mi", "m", "in", "pm", "MI", "Mi",
    "between", "and", "or", "to", "up to", "-", "–", "(", ")", "+", "plus", "the", "convoy", "range", "\n",
    "x" * 150, "y" * 333,
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
