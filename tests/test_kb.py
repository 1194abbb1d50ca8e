"""The knowledge files: every shipped file validates, and a bad file fails with file, line and field."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic import BaseModel

from arms_nlp.kb import DataFileError, load_document, load_records
from arms_nlp.kb.actors import actor_lexicon, countries, named_bodies, regions
from arms_nlp.kb.amounts import amount_lexicon
from arms_nlp.kb.closed_class import closed_class
from arms_nlp.kb.cues import cue_lexicon
from arms_nlp.kb.dates import date_words
from arms_nlp.kb.numbers import number_words
from arms_nlp.kb.officials import defence_companies, name_key, officials
from arms_nlp.kb.ranges import range_cues
from arms_nlp.kb.state_descriptions import StateDescriptions, state_descriptions
from arms_nlp.kb.transfers import transfer_lexicon
from arms_nlp.kb.units import unit_table
from arms_nlp.kb.weapons import weapon_gazetteer, weapon_lexicon
from arms_nlp.records import WeaponCategory


@pytest.mark.parametrize(
    "accessor",
    [
        countries,
        named_bodies,
        regions,
        actor_lexicon,
        amount_lexicon,
        cue_lexicon,
        date_words,
        number_words,
        range_cues,
        transfer_lexicon,
        unit_table,
        weapon_gazetteer,
        weapon_lexicon,
        closed_class,
        officials,
        defence_companies,
    ],
)
def test_kb_shipped_file_validates_and_loads_once(accessor: Callable[[], object]) -> None:
    loaded = accessor()
    assert loaded
    assert accessor() is loaded


@pytest.mark.parametrize("minimum,accessor", [(300, weapon_gazetteer), (190, countries)])
def test_kb_gazetteers_are_large_enough(minimum: int, accessor: Callable[[], tuple]) -> None:
    assert len(accessor()) >= minimum


def _body_key(name: str) -> str:
    """A name as the press varies it: case, accents, punctuation, "&", a leading "the", a trailing legal form."""
    key = name_key(name).replace("&", " and ").replace("-", " ")
    words = "".join(ch for ch in key if ch.isalnum() or ch.isspace()).split()
    if words[:1] == ["the"]:
        words = words[1:]
    suffixes = {suffix.rstrip(".").replace(".", "") for suffix in officials().company_suffixes}
    while len(words) > 1 and words[-1] in suffixes:
        words = words[:-1]
    return " ".join(words)


def test_kb_named_bodies_share_no_normalised_name_or_alias() -> None:
    """One body, one entry: "BAE Systems" and "BAE Systems plc" as two rows give one company two names."""
    owners: dict[str, set[str]] = {}
    for body in named_bodies():
        for name in (body.name, *body.aliases):
            owners.setdefault(_body_key(name), set()).add(body.name)
    shared = {key: sorted(names) for key, names in owners.items() if len(names) > 1}
    assert not shared


@pytest.mark.parametrize(
    "written,canonical",
    [
        ("BAE", "BAE Systems"),
        ("BAE Systems plc", "BAE Systems"),
        ("MBDA Missile Systems", "MBDA"),
        ("Raytheon Company", "Raytheon"),
        ("RTX", "RTX Corporation"),
        ("Lockheed Martin Corporation", "Lockheed Martin"),
    ],
)
def test_kb_company_legal_names_lead_to_the_common_name(written: str, canonical: str) -> None:
    names = {body.name for body in named_bodies() if written in (body.name, *body.aliases)}
    assert names == {canonical}


def test_kb_weapon_categories_cover_the_main_families() -> None:
    categories = {entry.category for entry in weapon_gazetteer()}
    assert {
        "ballistic_missile",
        "cruise_missile",
        "uav",
        "loitering_munition",
        "aircraft",
        "helicopter",
        "air_defense",
        "artillery",
        "rocket",
        "armored_vehicle",
        "naval",
    } <= categories
    assert categories <= set(WeaponCategory.__args__)


class _Row(BaseModel):
    name: str
    size: int


@pytest.mark.parametrize(
    "filename,content,message",
    [
        ("rows.jsonl", '{"name": "a", "size": 1}\n{"name": "b", "size": "big"}\n', "rows.jsonl line 2: size"),
        ("rows.jsonl", '{"name": "a"}\n', "rows.jsonl line 1: size: Field required"),
        ("rows.jsonl", '{"name": "a", "size": 1\n', "not valid jsonl"),
        ("rows.yaml", "- name: a\n  size: 1\n- name: b\n", "rows.yaml item 2: size"),
        ("rows.yaml", "- name: [unclosed\n", "not valid yaml"),
        ("missing.jsonl", None, "data file not found"),
    ],
)
def test_kb_bad_file_names_file_line_and_field(
    tmp_path: Path, filename: str, content: str | None, message: str
) -> None:
    path = tmp_path / filename
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError, match=message):
        load_records(path, _Row)


def test_kb_document_must_be_one_mapping(tmp_path: Path) -> None:
    path = tmp_path / "doc.yaml"
    path.write_text("- name: a\n  size: 1\n- name: b\n  size: 2\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="expected one document, found 2"):
        load_document(path, _Row)


def test_kb_closed_class_sets_combine_by_meaning() -> None:
    words = closed_class()
    assert words.determiners == words.articles | words.demonstratives | words.quantifiers
    assert words.possessives[:3] == words.possessive_suffixes
    assert not words.articles & words.possessive_determiners


@pytest.mark.parametrize(
    ("words", "fits"),
    [
        ("the North African", "Egypt"),  # the longest region word wins over "African"
        ("the oil-rich Gulf", "Qatar"),
        ("the Southeast Asian", "Vietnam"),
    ],
)
def test_kb_state_descriptions_region_words_fit_states(words: str, fits: str) -> None:
    table = state_descriptions()
    assert fits in (table.region_of(words) or set())
    assert table.region_of("the oil-rich") is None
    assert "Nigeria" not in (table.region_of("the North African") or set())


def test_kb_state_descriptions_reject_an_unknown_state() -> None:
    with pytest.raises(ValueError, match="not in countries.jsonl"):
        StateDescriptions(nouns=frozenset({"nation"}), regions={"gulf": frozenset({"Qatarr"})})
