"""The arms components as spaCy citizens: entry points, add_pipe anywhere, serialisation, multiprocessing."""

from __future__ import annotations

from importlib.metadata import entry_points
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from arms_nlp import MissingComponentError
from arms_nlp.factories import PIPELINE


@pytest.mark.parametrize("name", PIPELINE)
def test_pipeline_factory_is_an_entry_point(name: str) -> None:
    found = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    assert found.get(name, "").startswith("arms_nlp.factories:")


@pytest.mark.parametrize("name", [name for name in PIPELINE if name != "arms_transfers"])
def test_pipeline_component_runs_in_blank_pipeline(name: str) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe(name)
    doc = nlp("Iran sent 400 Fateh-110 missiles to Russia in January, officials said. “We did,” he said.")
    assert doc.text.startswith("Iran")


@pytest.mark.parametrize("name", PIPELINE)
def test_pipeline_analysis_reports_every_components_contract(nlp: Language, name: str) -> None:
    analysis = nlp.analyze_pipes()
    summary = analysis["summary"][name]
    assert summary["assigns"], name
    assert not analysis["problems"][name], analysis["problems"][name]


@pytest.mark.parametrize(
    ("name", "missing"),
    [("arms_quantities", "doc._.arms_weapons"), ("arms_quotes", "doc._.arms_actors"), ("arms_transfers", "token.dep")],
)
def test_pipeline_analysis_names_a_missing_upstream(name: str, missing: str) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe(name)
    assert missing in nlp.analyze_pipes()["problems"][name]


def test_pipeline_missing_upstream_raises_naming_the_component() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("arms_weapons")
    nlp.add_pipe("arms_transfers")
    with pytest.raises(MissingComponentError, match="'arms_actors'"):
        nlp("Iran sent drones to Russia.")


def test_pipeline_load_adds_components_in_order(nlp: Language) -> None:
    arms = [name for name in nlp.pipe_names if name.startswith("arms_")]
    assert arms == list(PIPELINE)


def test_pipeline_round_trips_through_disk(nlp: Language, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")
    assert reloaded.pipe_names == nlp.pipe_names
    text = "Iran has supplied Russia with 400 Fateh-110 missiles."
    assert reloaded(text)._.arms == nlp(text)._.arms


def test_pipeline_doc_arms_is_the_extraction(nlp: Language) -> None:
    from arms_nlp import extract

    text = "North Korea supplied Russia with dozens of ballistic missiles, officials said."
    assert nlp(text)._.arms == extract(text)


def test_pipeline_records_survive_doc_bytes(nlp: Language) -> None:
    from spacy.tokens import Doc

    doc = nlp("Iran shipped 400 ballistic missiles to Russia in January, Reuters reported.")
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert copy._.arms == doc._.arms


def test_pipeline_extract_many_two_processes_equals_one(nlp: Language, articles: dict[str, str]) -> None:
    from arms_nlp import extract_many

    texts = list(articles.values())
    assert list(extract_many(texts, nlp=nlp, n_process=2, batch_size=2)) == list(extract_many(texts, nlp=nlp))
