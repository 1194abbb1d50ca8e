"""The user's own weapons and actors: added in code or from files, used by the matchers, saved with the pipeline."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import arms_nlp.factories  # noqa: F401  (registers the arms_* factories)
from arms_nlp.extensions import get_records
from arms_nlp.kb import DataFileError
from arms_nlp.kb.actors import packaged_actors
from arms_nlp.kb.weapons import packaged_weapons

#: A made-up loitering munition, in the ``weapons.jsonl`` schema.
ZARNITSA = {
    "name": "Zarnitsa-7",
    "aliases": ["Zarnitsa", "Z-7 Zarnitsa"],
    "category": "loitering_munition",
    "origin": "Russia",
}
#: A made-up armed group, in the ``armed_groups.jsonl`` schema.
NDB = {"name": "Northern Dawn Brigades", "kind": "armed_group", "aliases": ["NDB"]}
TEXT = (
    "Russia has supplied the Northern Dawn Brigades with 40 Zarnitsa-7 loitering munitions, "
    "and NDB fighters later launched a Z-7 Zarnitsa at a fuel depot."
)
#: Loads a saved pipeline in a fresh process, as a user would, and prints what it finds as JSON.
LOAD_AND_EXTRACT = """
import json, sys, spacy
doc = spacy.load(sys.argv[1])(sys.argv[2])
print(json.dumps({
    "weapons": [[w.text, w.name, w.category] for w in doc._.arms_weapons],
    "actors": [[a.name, a.kind, [m.text for m in a.mentions]] for a in doc._.arms_actors],
}))
"""


@pytest.fixture(scope="module")
def custom_nlp(nlp: Language) -> Iterator[Language]:
    """The session's model pipeline knowing Zarnitsa-7 and the NDB; restored afterwards for other tests."""
    weapons, actors = nlp.get_pipe("arms_weapons"), nlp.get_pipe("arms_actors")
    saved = weapons.to_bytes(), actors.to_bytes()
    weapons.add_entries([ZARNITSA])
    actors.add_entries([NDB])
    yield nlp
    weapons.from_bytes(saved[0])
    actors.from_bytes(saved[1])


def weapons_only(config: dict | None = None) -> Language:
    """A blank pipeline holding only arms_weapons."""
    nlp = spacy.blank("en")
    nlp.add_pipe("arms_weapons", config=config or {})
    return nlp


def actors_only(config: dict | None = None) -> Language:
    """A model-free pipeline: arms_boilerplate and arms_actors."""
    nlp = spacy.blank("en")
    nlp.add_pipe("arms_boilerplate")
    nlp.add_pipe("arms_actors", config=config or {})
    return nlp


def weapon_names(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    """(text, canonical name, category) of every weapon found."""
    return [(w.text, w.name, w.category) for w in get_records(nlp(text), "arms_weapons")]


def actor_names(nlp: Language, text: str) -> dict[str, tuple[str, list[str]]]:
    """Canonical name -> (kind, mention texts) of every actor found."""
    return {a.name: (a.kind, [m.text for m in a.mentions]) for a in get_records(nlp(text), "arms_actors")}


def write_jsonl(path: Path, rows: list[dict], comment: str = "// made-up entries for a test") -> Path:
    path.write_text("\n".join([comment, *map(json.dumps, rows)]) + "\n", encoding="utf-8")
    return path


# ------------------------------------------------------------------------------------------ added in code


@pytest.mark.model
def test_knowledge_added_weapon_is_extracted_by_name_and_aliases(custom_nlp: Language) -> None:
    found = weapon_names(custom_nlp, TEXT)
    assert found == [
        ("Zarnitsa-7 loitering munitions", "Zarnitsa-7", "loitering_munition"),
        ("Z-7 Zarnitsa", "Zarnitsa-7", "loitering_munition"),
    ]
    assert weapon_names(custom_nlp, "The group fired two Zarnitsa drones at the airport.") == [
        ("Zarnitsa drones", "Zarnitsa-7", "loitering_munition")
    ]


@pytest.mark.model
def test_knowledge_added_actor_is_extracted_with_its_alias(custom_nlp: Language) -> None:
    actors = actor_names(custom_nlp, TEXT)
    assert actors["Northern Dawn Brigades"] == ("armed_group", ["Northern Dawn Brigades", "NDB"])
    assert actors["Russia"][0] == "country"


def test_knowledge_stays_with_its_component() -> None:
    plain, custom = weapons_only(), weapons_only()
    custom.get_pipe("arms_weapons").add_entries([ZARNITSA])
    text = "Two Z-7 Zarnitsa hit the depot."
    assert weapon_names(custom, text) == [("Z-7 Zarnitsa", "Zarnitsa-7", "loitering_munition")]
    assert weapon_names(plain, text) == []
    # every component shares the packaged part, parsed once per process
    assert plain.get_pipe("arms_weapons").knowledge is packaged_weapons()
    assert custom.get_pipe("arms_weapons").knowledge.packaged is packaged_weapons().packaged


def test_knowledge_added_actor_keeps_packaged_actors() -> None:
    nlp = actors_only()
    actors = nlp.get_pipe("arms_actors")
    actors.add_entries([NDB])
    found = actor_names(nlp, "Iran armed the NDB.")
    assert found["Northern Dawn Brigades"] == ("armed_group", ["NDB"])
    assert found["Iran"][0] == "country"
    assert actors.knowledge.packaged is packaged_actors().packaged


def test_knowledge_added_entry_replaces_the_packaged_one_of_its_name() -> None:
    nlp = weapons_only()
    nlp.get_pipe("arms_weapons").add_entries([{"name": "Shahed-136", "category": "uav", "origin": "Iran"}])
    assert weapon_names(nlp, "It launched a Shahed-136 at the port.") == [("Shahed-136", "Shahed-136", "uav")]


# ------------------------------------------------------------------------------------------ bad entries


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({**ZARNITSA, "category": "spaceship"}, "entry 1: category: Input should be"),
        ({"aliases": ["Zarnitsa"], "category": "loitering_munition"}, "entry 1: name: Field required"),
        ({**ZARNITSA, "colour": "grey"}, "entry 1: colour: Extra inputs are not permitted"),
        ({**ZARNITSA, "aliases": ["Kh-101"]}, "'Kh-101' names both 'Kh-101' and 'Zarnitsa-7'"),
    ],
)
def test_knowledge_bad_weapon_entry_names_the_field(entry: dict, message: str) -> None:
    component = weapons_only().get_pipe("arms_weapons")
    with pytest.raises(DataFileError, match=message):
        component.add_entries([entry])
    assert component.knowledge is packaged_weapons()  # nothing was added


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({**NDB, "kind": "spaceship"}, "entry 1: kind: Input should be one of"),
        ({"name": "Northern Dawn Brigades", "aliases": ["NDB"]}, "entry 1: kind: Field required"),
        ({"kind": "armed_group", "aliases": ["NDB"]}, "entry 1: name: Field required"),
        ({"kind": "country", "name": "Zembla", "capitals": "Zemblagrad"}, "entry 1: capitals: Input should be"),
    ],
)
def test_knowledge_bad_actor_entry_names_the_field(entry: dict, message: str) -> None:
    with pytest.raises(DataFileError, match=message):
        actors_only().get_pipe("arms_actors").add_entries([entry])


def test_knowledge_bad_entries_file_names_file_line_and_field(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "mine.jsonl", [ZARNITSA, {"name": "Orbita", "category": "spaceship"}])
    with pytest.raises(DataFileError, match=r"mine\.jsonl line 3: category: Input should be"):
        weapons_only({"extra_entries": [str(path)]})


def test_knowledge_missing_entries_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="cannot read entries file .*absent.jsonl"):
        actors_only({"extra_entries": [str(tmp_path / "absent.jsonl")]})


# ------------------------------------------------------------------------------------------ config setting


def test_knowledge_extra_entries_setting_loads_weapons(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "weapons.jsonl", [ZARNITSA])
    nlp = weapons_only({"extra_entries": [str(path)]})
    assert weapon_names(nlp, "Two Z-7 Zarnitsa hit the depot.") == [
        ("Z-7 Zarnitsa", "Zarnitsa-7", "loitering_munition")
    ]


def test_knowledge_extra_entries_setting_loads_actors(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "actors.jsonl", [NDB, {"kind": "location", "name": "Zembla Valley"}])
    nlp = actors_only({"extra_entries": [str(path)]})
    found = actor_names(nlp, "The NDB fought in the Zembla Valley.")
    assert found["Northern Dawn Brigades"][0] == "armed_group"
    assert found["Zembla Valley"][0] == "location"


# ------------------------------------------------------------------------------------------ saving and loading


@pytest.mark.model
def test_knowledge_survives_to_disk_and_spacy_load_in_a_fresh_process(custom_nlp: Language, tmp_path: Path) -> None:
    saved = tmp_path / "pipeline"
    custom_nlp.to_disk(saved)
    assert json.loads((saved / "arms_weapons" / "entries.jsonl").read_text(encoding="utf-8")) == ZARNITSA
    run = subprocess.run(
        [sys.executable, "-c", LOAD_AND_EXTRACT, str(saved), TEXT],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout.strip().splitlines()[-1])
    assert ["Z-7 Zarnitsa", "Zarnitsa-7", "loitering_munition"] in found["weapons"]
    assert ["Northern Dawn Brigades", "armed_group", ["Northern Dawn Brigades", "NDB"]] in found["actors"]


def test_knowledge_survives_to_bytes_and_from_bytes() -> None:
    source = actors_only()
    source.add_pipe("arms_weapons", first=True)
    source.get_pipe("arms_weapons").add_entries([ZARNITSA])
    source.get_pipe("arms_actors").add_entries([NDB])
    target = actors_only()
    target.add_pipe("arms_weapons", first=True)
    target.from_bytes(source.to_bytes())
    assert target.get_pipe("arms_weapons").entries == [ZARNITSA]
    assert target.get_pipe("arms_actors").entries == [NDB]
    assert [n for _, n, _ in weapon_names(target, "A Zarnitsa-7 drone flew over.")] == ["Zarnitsa-7"]


def test_knowledge_from_disk_replaces_entries_and_honours_exclude(tmp_path: Path) -> None:
    source = weapons_only().get_pipe("arms_weapons")
    source.add_entries([ZARNITSA])
    source.to_disk(tmp_path / "with")
    source.to_disk(tmp_path / "without", exclude=["entries"])
    assert not (tmp_path / "without" / "entries.jsonl").exists()

    target = weapons_only().get_pipe("arms_weapons")
    target.add_entries([{"name": "Orbita-3", "category": "uav"}])
    target.from_disk(tmp_path / "without")  # nothing saved: the component keeps what it knows
    assert [e["name"] for e in target.entries] == ["Orbita-3"]
    target.from_disk(tmp_path / "with")  # the saved entries replace the user's entries
    assert target.entries == [ZARNITSA]
