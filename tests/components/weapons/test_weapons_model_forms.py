"""Models written as the press writes them: a model suffix before the system's own name ("CH-47F Chinook", "AH-1F
Cobra"), a listed system's model read as no new system, dashes and joined letters, "anti" written apart from its
class word, and batch 11 names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from arms_nlp.extensions import get_records
from arms_nlp.records import Weapon


def _found(nlp: Language, text: str) -> list[Weapon]:
    return get_records(nlp(text), "arms_weapons")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The unit received CH-47F Chinook helicopters.",
            [("CH-47F Chinook helicopters", "CH-47 Chinook", "CH-47F")],
        ),
        ("A CH-47F Chinook landed near the border.", [("CH-47F Chinook", "CH-47 Chinook", "CH-47F")]),
        (
            "Kenya bought six AH-1F Cobra attack helicopters.",
            [("AH-1F Cobra attack helicopters", "AH-1 Cobra", "AH-1F")],
        ),
        # negatives: an unlisted suffix before a word of no name of the system is no model; a system alone
        ("The CH-47X programme was cancelled.", []),
        ("The AH-1 Cobra flew past.", [("AH-1 Cobra", "AH-1 Cobra", None)]),
    ],
)
def test_weapons_model_forms_model_before_own_name(news_nlp: Language, text: str, expected: list[tuple]) -> None:
    """A model suffix written before the system's own name is one mention of the system with that model."""
    assert [(w.text, w.name, w.variant) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The navy bought anti submarine helicopters.", [("anti submarine helicopters", "anti-submarine helicopter")]),
        ("Troops set up anti aircraft guns on the ridge.", [("anti aircraft guns", "anti-aircraft gun")]),
        # negatives: no "submarine" record out of "anti submarine" before another word
        ("The frigate trains for anti submarine warfare.", [("frigate", "frigate")]),
        ("Crews practised anti submarine/surface drills.", []),
    ],
)
def test_weapons_model_forms_anti_written_apart(news_nlp: Language, text: str, expected: list[tuple]) -> None:
    """ "anti submarine" is the modifier "anti-submarine", never a submarine."""
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan test-fired a Hatf-VIII cruise missile.", [("Hatf-VIII cruise missile", "Ra'ad")]),
        ("The Hatf-IX was paraded in Islamabad.", [("Hatf-IX", "Nasr")]),
        ("Iran showed the Jask-2 at the parade.", [("Jask-2", "Jask-2")]),
        ("The guards fired Rezvan loitering munitions.", [("Rezvan loitering munitions", "Rezvan")]),
        ("Singapore ordered more RGW 90 launchers.", [("RGW 90", "RGW 90 Matador"), ("launchers", "launcher")]),
        # negatives: a given name and a bullfighter are no weapons
        ("Rezvan Ahmadi spoke to reporters.", []),
        ("The matador bowed to the crowd.", []),
    ],
)
def test_weapons_model_forms_added_gazetteer_names(news_nlp: Language, text: str, expected: list[tuple]) -> None:
    """Batch 11 names (Roman-numeral Hatf designations, Iranian munitions, the Matador) and their ambiguity."""
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia moved Su\u201334 jets to the base.", [("Su\u201334 jets", "Su-34")]),
        ("India flies Rafale-M jets from its carrier.", [("Rafale-M jets", "Rafale")]),
        ("Chad bought Hurkus-C aircraft.", [("Hurkus-C aircraft", "Hürkuş")]),
        # negatives: an en dash between places or scores, a hyphen between names, make no weapon
        ("The Kyiv\u20132023 summit opened.", []),
        ("The score was A\u201312 at half time.", []),
        ("The Iran-Iraq war ended in 1988.", []),
    ],
)
def test_weapons_model_forms_dashes_and_joined_letters(news_nlp: Language, text: str, expected: list[tuple]) -> None:
    """An en dash in a designation is its hyphen; a capital letter hyphen-joined to a named system is never a name of
    its own before the class ("M jets")."""
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A C-130H landed at dawn.", [("C-130H", "C-130", "C-130H")]),
        (
            "The frigates carry Exocet MM40 Block 3C missiles.",
            [("frigates", "frigate", None), ("Exocet MM40 Block 3C missiles", "Exocet", None)],
        ),
        # negatives: a listed Cyrillic spelling keeps its system; a block alone names nothing
        ("Russia moved a C-300 battery.", [("C-300", "S-300", None)]),
        ("The Block 3C upgrade was delayed.", []),
    ],
)
def test_weapons_model_forms_models_of_known_systems(news_nlp: Language, text: str, expected: list[tuple]) -> None:
    """A listed system's model is that system ("C-130H" is no air-defence "C-" code); a block
    code after a named system is its variant, never a name of its own before the class ("3C missiles")."""
    assert [(w.text, w.name, w.variant) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saab's Carl-Gustaf M4 recoilless rifles were sent.", [("Carl-Gustaf M4 recoilless rifles", "Carl Gustaf")]),
        ("Poland bought Leopard 2 A6 main battle tanks.", [("Leopard 2 A6 main battle tanks", "Leopard 2")]),
        # negative: a model code then words that describe no class keeps the class apart
        (
            "The Carl-Gustaf M4 team tested rifles.",
            [("Carl-Gustaf", "Carl Gustaf"), ("rifles", "rifle")],
        ),
    ],
)
def test_weapons_model_forms_model_code_then_describing_words(
    news_nlp: Language, text: str, expected: list[tuple]
) -> None:
    """A model code and describing words between a named system and its class are one mention ("Carl-Gustaf M4
    recoilless rifles"), as a model code alone is ("Leopard 2 A6 tanks")."""
    assert [(w.text, w.name) for w in _found(news_nlp, text)] == expected
