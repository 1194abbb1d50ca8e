"""Models written as the press writes them: a model's plural ("MQ-9Bs", "Gripen Es", "Wing Loong IIs"), an unlisted
block ("Stinger Block I"), a model suffix before the system's own name ("CH-47F Chinook", "AH-1F Cobra"), a listed
system's model read as no new system, dashes and joined letters, "anti" written apart from its class word, and
batch 11 names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from arms_nlp.extensions import get_records
from arms_nlp.normalize.designations import strip_plural
from arms_nlp.records import Weapon


def _found(nlp: Language, text: str) -> list[Weapon]:
    return get_records(nlp(text), "arms_weapons")


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("MQ-9Bs", "MQ-9B"),
        ("Su-30MKIs", "Su-30MKI"),
        ("F-16s", "F-16"),
        # negatives: a capital S is a model, not a plural; no figure, no designation
        ("T-90S", "T-90S"),
        ("UAVs", "UAVs"),
        ("Leopards", "Leopards"),
    ],
)
def test_designations_strip_plural_after_model_letter(text: str, plain: str) -> None:
    """A lower-case "s" after a designation's capital model letter is a plural."""
    assert strip_plural(text) == plain


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two more F-16Vs landed at the base.", [("F-16Vs", "F-16", "F-16V")]),
        ("The coast guard flies four MQ-9Bs.", [("MQ-9Bs", "MQ-9 Reaper", "MQ-9B")]),
        ("The regiment lost two Su-30MKIs in the crash.", [("Su-30MKIs", "Su-30", "Su-30MKI")]),
        # a model written after its name, in the plural
        ("Brazil will fly 36 Gripen Es by 2027.", [("Gripen Es", "Gripen", "Gripen E")]),
        ("Thailand still flies its Gripen Cs.", [("Gripen Cs", "Gripen", "Gripen C")]),
        ("The Wing Loong IIs flew from the base.", [("Wing Loong IIs", "Wing Loong II", "Wing Loong II")]),
        # negatives: a plain plural keeps no variant; the family alone is the family
        ("Jordan sent its F-16s to the exercise.", [("F-16s", "F-16", None)]),
        ("Three Wing Loong drones were seen.", [("Wing Loong drones", "Wing Loong", None)]),
        ("Hungary flies Gripen jets.", [("Gripen jets", "Gripen", None)]),
    ],
)
def test_weapons_model_forms_plural_of_a_model(news_nlp: Language, text: str, expected: list[tuple]) -> None:
    """A known model's plural is that model of its system, not a new system named "F-16Vs" nor its family."""
    assert [(w.text, w.name, w.variant) for w in _found(news_nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army fired a Stinger Block I missile.", [("Stinger Block I missile", "Stinger", "Stinger Block I")]),
        ("Poland bought F-16 Block 40 jets.", [("F-16 Block 40 jets", "F-16", "F-16 Block 40")]),
        # a block the gazetteer lists keeps its own name
        (
            "The navy bought Harpoon Block II missiles.",
            [("Harpoon Block II missiles", "Harpoon Block II", "Harpoon Block II")],
        ),
        # negatives: no block, or a block word with no code, names no variant
        ("The army fired a Stinger missile.", [("Stinger missile", "Stinger", None)]),
        ("The Stinger block was delivered.", []),
    ],
)
def test_weapons_model_forms_unlisted_block(news_nlp: Language, text: str, expected: list[tuple]) -> None:
    """A block or mark the gazetteer does not list, right after a system's name, is its variant as written."""
    assert [(w.text, w.name, w.variant) for w in _found(news_nlp, text)] == expected


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
            [("frigates", "frigate", None), ("Exocet MM40 Block 3C missiles", "Exocet", "Exocet MM40 Block 3C")],
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
