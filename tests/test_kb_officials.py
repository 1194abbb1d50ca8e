"""The officials knowledge file: it loads, bad rows fail naming the field, and the look-ups answer."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from arms_nlp.kb import DataFileError, load_document
from arms_nlp.kb.actors import countries
from arms_nlp.kb.officials import (
    OfficialsDocument,
    country_of_office_holder,
    holders_on,
    institution_country,
    office_of_title,
    officials,
    terms_of,
)


def _document(**changes: Any) -> dict[str, Any]:
    """A small valid document; ``changes`` replace whole top-level lists."""
    document: dict[str, Any] = {
        "institutions": [
            {
                "name": "State Department",
                "aliases": ["US State Department"],
                "country": "United States",
                "kind": "ministry",
            },
            {"name": "Bundeswehr", "country": "Germany", "kind": "armed_service"},
        ],
        "offices": [
            {"title": "defence minister", "forms": ["defense minister", "minister of defence"]},
            {"title": "head of state", "forms": ["president"]},
        ],
        "office_holders": [
            {
                "name": "Lloyd Austin",
                "country": "United States",
                "office": "defence minister",
                "start": "2021-01-22",
                "end": "2025-01-20",
            },
            {
                "name": "Vladimir Putin",
                "aliases": ["Putin"],
                "country": "Russia",
                "office": "head of state",
                "start": "2012-05-07",
                "end": None,
            },
        ],
    }
    document.update(changes)
    return document


def _load(tmp_path: Path, document: dict[str, Any]) -> OfficialsDocument:
    path = tmp_path / "officials.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return load_document(path, OfficialsDocument)


def test_officials_shipped_file_loads_once_and_is_large_enough() -> None:
    document = officials()
    assert officials() is document
    assert len(document.institutions) >= 300
    assert len(document.office_holders) >= 300
    assert {"head of state", "head of government", "defence minister", "foreign minister"} <= {
        office.title for office in document.offices
    }


def test_officials_use_canonical_country_names_and_cover_the_main_arms_actors() -> None:
    canonical = {country.name for country in countries()}
    document = officials()
    used = {row.country for row in document.institutions} | {row.country for row in document.office_holders}
    assert used <= canonical
    for country in (
        "United States",
        "Russia",
        "China",
        "United Kingdom",
        "France",
        "Germany",
        "Israel",
        "Iran",
        "Turkey",
        "India",
        "Ukraine",
        "South Korea",
    ):
        assert any(row.country == country for row in document.institutions), country
        assert any(row.country == country and row.office == "defence minister" for row in document.office_holders), (
            country
        )


def test_officials_forms_are_lowercase_and_terms_are_ordered() -> None:
    document = officials()
    assert all(form == form.lower() for office in document.offices for form in office.forms)
    assert all(row.end is None or row.start <= row.end for row in document.office_holders)


def test_officials_small_valid_document_loads(tmp_path: Path) -> None:
    loaded = _load(tmp_path, _document())
    assert [row.name for row in loaded.office_holders] == ["Lloyd Austin", "Vladimir Putin"]
    assert loaded.office_holders[0].end == date(2025, 1, 20)


@pytest.mark.parametrize(
    "changes,message",
    [
        (
            {"institutions": [{"name": "Kremlin", "country": "Muscovy", "kind": "head_office"}]},
            r"officials\.yaml item 1: institutions\.0\.country: .*'Muscovy' is not a canonical country name",
        ),
        ({"institutions": [{"name": "Kremlin", "country": "Russia", "kind": "palace"}]}, r"institutions\.0\.kind"),
        (
            {"institutions": [{"name": "Kremlin", "country": "Russia", "kind": "head_office", "colour": "red"}]},
            r"institutions\.0\.colour: Extra inputs are not permitted",
        ),
        (
            {
                "institutions": [
                    {"name": "Kremlin", "country": "Russia", "kind": "head_office"},
                    {"name": "Moscow Kremlin", "aliases": ["kremlin"], "country": "Russia", "kind": "head_office"},
                ]
            },
            r"institutions\[1\]\.name/aliases: 'kremlin' is already a name of 'Kremlin'",
        ),
        ({"offices": [{"title": "Defence Minister", "forms": []}]}, r"offices\.0\.title: .*lowercase"),
        ({"offices": [{"title": "defence minister", "forms": ["President"]}]}, r"offices\.0\.forms: .*lowercase"),
        (
            {
                "offices": [
                    {"title": "defence minister", "forms": ["president"]},
                    {"title": "head of state", "forms": ["president"]},
                ]
            },
            r"offices\[1\]\.forms: 'president' already names 'defence minister'",
        ),
        (
            {
                "office_holders": [
                    {
                        "name": "Lloyd Austin",
                        "country": "United States",
                        "office": "defense secretary",
                        "start": "2021-01-22",
                    }
                ]
            },
            r"office_holders\[0\]\.office: 'defense secretary' is not one of the offices",
        ),
        (
            {
                "office_holders": [
                    {"name": "Lloyd Austin", "country": "USA", "office": "defence minister", "start": "2021-01-22"}
                ]
            },
            r"office_holders\.0\.country: .*'USA' is not a canonical country name",
        ),
        (
            {
                "office_holders": [
                    {
                        "name": "Lloyd Austin",
                        "country": "United States",
                        "office": "defence minister",
                        "start": "2025-01-20",
                        "end": "2021-01-22",
                    }
                ]
            },
            r"office_holders\.0: .*end 2021-01-22 is before start 2025-01-20",
        ),
        (
            {
                "office_holders": [
                    {
                        "name": "Lloyd Austin",
                        "country": "United States",
                        "office": "defence minister",
                        "start": "January 2021",
                    }
                ]
            },
            r"office_holders\.0\.start",
        ),
        (
            {"office_holders": [{"name": "Lloyd Austin", "country": "United States", "office": "defence minister"}]},
            r"office_holders\.0\.start: Field required",
        ),
        (
            {
                "office_holders": [
                    {
                        "name": "Lloyd Austin",
                        "country": "United States",
                        "office": "defence minister",
                        "start": "2021-01-22",
                    },
                    {
                        "name": "Lloyd Austin",
                        "country": "United States",
                        "office": "defence minister",
                        "start": "2021-01-22",
                    },
                ]
            },
            r"office_holders\[1\]: 'Lloyd Austin' as 'defence minister' from 2021-01-22 appears twice",
        ),
        (
            {
                "office_holders": [
                    {
                        "name": "Lloyd Austin",
                        "country": "United States",
                        "office": "defence minister",
                        "start": "2021-01-22",
                        "end": "2025-01-20",
                    },
                    {
                        "name": "Lloyd Austin",
                        "country": "United States",
                        "office": "defence minister",
                        "start": "2024-01-01",
                    },
                ]
            },
            r"office_holders\[1\]\.start: terms of 'Lloyd Austin' as 'defence minister' overlap",
        ),
        (
            {
                "office_holders": [
                    {
                        "name": "Lloyd Austin",
                        "aliases": ["Austin"],
                        "country": "United States",
                        "office": "defence minister",
                        "start": "2021-01-22",
                    },
                    {
                        "name": "Austin Smith",
                        "aliases": ["Austin"],
                        "country": "United Kingdom",
                        "office": "defence minister",
                        "start": "2021-01-22",
                    },
                ]
            },
            r"office_holders\[1\]\.name/aliases: 'Austin' is used for 'Lloyd Austin' of United States",
        ),
    ],
)
def test_officials_bad_row_names_file_and_field(tmp_path: Path, changes: dict[str, Any], message: str) -> None:
    with pytest.raises(DataFileError, match=message):
        _load(tmp_path, _document(**changes))


def test_officials_unknown_top_level_key_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match=r"officials\.yaml item 1: people: Extra inputs are not permitted"):
        _load(tmp_path, {**_document(), "people": []})


@pytest.mark.parametrize(
    "name,country",
    [
        ("State Department", "United States"),
        ("Department of State", "United States"),
        ("us state department", "United States"),
        ("Pentagon", "United States"),
        ("Defense Security Cooperation Agency", "United States"),
        ("DSCA", "United States"),
        ("Kremlin", "Russia"),
        ("Rosoboronexport", "Russia"),
        ("Rostec", "Russia"),
        ("Russian Defence Ministry", "Russia"),
        ("NORINCO", "China"),
        ("PLA", "China"),
        ("Chinese Foreign Ministry", "China"),
        ("Royal Navy", "United Kingdom"),
        ("Downing Street", "United Kingdom"),
        ("Elysee", "France"),
        ("Élysée Palace", "France"),
        ("Quai d'Orsay", "France"),
        ("Quai d’Orsay", "France"),
        ("Bundeswehr", "Germany"),
        ("Bundestag", "Germany"),
        ("IDF", "Israel"),
        ("IRGC", "Iran"),
        ("Indian Air Force", "India"),
        ("Ministry of External Affairs", "India"),
        ("Turkish Defence Ministry", "Turkey"),
        ("Presidency of Defense Industries", "Turkey"),
        ("Verkhovna Rada", "Ukraine"),
        ("Saudi Defense Ministry", "Saudi Arabia"),
        ("UAE Defence Ministry", "United Arab Emirates"),
        ("  japan self-defense   forces ", "Japan"),
        ("DAPA", "South Korea"),
        ("Korean People's Army", "North Korea"),
        ("Armscor", "South Africa"),
        ("Ministry of Defence", None),
        ("Defense Ministry", None),
        ("National Security Council", None),
        ("Ministry of Silly Walks", None),
        ("", None),
    ],
)
def test_officials_institution_country(name: str, country: str | None) -> None:
    assert institution_country(name) == country


@pytest.mark.parametrize(
    "name,on,country",
    [
        ("Lloyd Austin", None, "United States"),
        ("Lloyd Austin", date(2023, 6, 1), "United States"),
        ("Lloyd Austin", date(2025, 1, 20), "United States"),
        ("Lloyd Austin", date(2026, 1, 1), None),
        ("Lloyd Austin", date(2019, 1, 1), None),
        ("lloyd austin", datetime(2022, 2, 24, 9, 30), "United States"),
        ("Pete Hegseth", date(2025, 6, 1), "United States"),
        ("Hegseth", date(2024, 6, 1), None),
        ("Putin", date(2022, 2, 24), "Russia"),
        ("Vladimir Putin", None, "Russia"),
        ("Sergei Shoigu", date(2020, 1, 1), "Russia"),
        ("Sergey Shoigu", date(2025, 1, 1), "Russia"),
        ("Lavrov", date(2015, 1, 1), "Russia"),
        ("Zelenskyy", date(2023, 1, 1), "Ukraine"),
        ("Zelensky", date(2018, 1, 1), None),
        ("Erdogan", date(2020, 1, 1), "Turkey"),
        ("Recep Tayyip Erdoğan", date(2010, 1, 1), "Turkey"),
        ("Xi Jinping", None, "China"),
        ("Boris Johnson", date(2017, 1, 1), "United Kingdom"),
        ("Boris Johnson", date(2021, 1, 1), "United Kingdom"),
        ("Boris Johnson", date(2023, 1, 1), None),
        ("Benjamin Netanyahu", date(2022, 1, 1), None),
        ("Netanyahu", date(2024, 1, 1), "Israel"),
        ("Mohammed bin Salman", date(2017, 1, 1), "Saudi Arabia"),
        ("MBS", None, "Saudi Arabia"),
        ("Subrahmanyam Jaishankar", date(2024, 1, 1), "India"),
        ("S. Jaishankar", None, "India"),
        ("Khamenei", date(2020, 1, 1), "Iran"),
        ("Abbas Araghchi", date(2025, 1, 1), "Iran"),
        ("Kim Jong Un", date(2017, 7, 4), "North Korea"),
        ("Kim Jong-un", None, "North Korea"),
        ("Sebastien Lecornu", date(2023, 1, 1), "France"),
        ("Boris Pistorius", date(2024, 1, 1), "Germany"),
        ("Nobody Inparticular", None, None),
        ("Nobody Inparticular", date(2020, 1, 1), None),
        ("", None, None),
    ],
)
def test_officials_country_of_office_holder(name: str, on: date | None, country: str | None) -> None:
    assert country_of_office_holder(name, on) == country


def test_officials_holders_on_a_date() -> None:
    names = {(row.name, row.office) for row in holders_on(date(2023, 6, 1))}
    assert ("Lloyd Austin", "defence minister") in names
    assert ("Antony Blinken", "foreign minister") in names
    assert ("Joe Biden", "head of state") in names
    assert ("Pete Hegseth", "defence minister") not in names
    assert all(row.holds_on(date(2023, 6, 1)) for row in holders_on(date(2023, 6, 1)))


def test_officials_terms_of_a_person_share_aliases() -> None:
    terms = terms_of("Lavrov")
    assert {row.office for row in terms} == {"foreign minister"}
    johnson = terms_of("Boris Johnson")
    assert {row.office for row in johnson} == {"head of government", "foreign minister"}
    assert terms_of("Shoigu") == terms_of("Sergei Shoigu")
    assert terms_of("Nobody Inparticular") == ()


@pytest.mark.parametrize(
    "form,title",
    [
        ("defence minister", "defence minister"),
        ("Minister of Defense", "defence minister"),
        ("secretary of state", "foreign minister"),
        ("external affairs minister", "foreign minister"),
        ("prime minister", "head of government"),
        ("chairman of the joint chiefs of staff", "chief of defence"),
        ("spokeswoman", "spokesperson"),
        ("dog walker", None),
    ],
)
def test_officials_office_of_title(form: str, title: str | None) -> None:
    assert office_of_title(form) == title
