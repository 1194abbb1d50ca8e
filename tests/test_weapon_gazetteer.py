"""The weapon gazetteer (``data/weapons.jsonl``) as data: size, unique names, consistent designations, origins, families."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from arms_nlp.kb.actors import countries
from arms_nlp.kb.weapons import WeaponEntry, weapon_gazetteer
from arms_nlp.normalize.designations import designation_key

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9}
_WORDS = re.compile(r"[\s\-‐‑–—/.,'’()]+")
_PIECES = re.compile(r"[^\W\d_]+|\d+")

#: Aliases that are documented alternative numberings of the very same system, not other variants:
#: "Ghadr-1" is the Ghadr-110's earlier name, "Type 041" a second PLA designation of the Yuan (Type 039A) class.
RENUMBERED_ALIASES = {("Ghadr-110", "Ghadr-1"), ("Type 039A", "Type 041")}


def designation_number(text: str) -> tuple[tuple[str, ...], int | None]:
    """The words before a name's first figure (its stem) and that figure, arabic or roman.

    "Jericho III" -> (("jericho",), 3); "Sukhoi Su-30MKI" -> (("sukhoi", "su"), 30); "Kh-59MK2" -> (("kh",), 59);
    "9K720 Iskander" -> (("9k",), 720); "Storm Shadow" -> (("storm", "shadow"), None).
    A roman numeral counts only as a word of its own after the stem ("Agni-IV", not the "I" of "IA").
    """
    stem: list[str] = []
    for index, word in enumerate(w for w in _WORDS.split(text) if w):
        pieces = _PIECES.findall(word)
        if not pieces:
            continue
        start = 0
        if index == 0 and pieces[0].isdigit() and len(pieces) > 1:
            # a leading index glued to letters is part of the stem: the "9K" of "9K720", the "2S" of "2S19"
            stem.append(pieces[0] + pieces[1].lower())
            start = 2
        for piece in pieces[start:]:
            if piece.isdigit():
                return tuple(stem), int(piece)
            if stem and piece == word and piece in _ROMAN:
                return tuple(stem), _ROMAN[piece]
            stem.append(piece.lower())
    return tuple(stem), None


def _stems_match(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """Equal stems, or one ends with the other ("Sukhoi Su" and "Su", "Elbit Hermes" and "Hermes")."""
    if not first or not second:
        return False
    shorter, longer = sorted((first, second), key=len)
    return longer[len(longer) - len(shorter) :] == shorter


def renumbered(name: str, alias: str) -> bool:
    """True when ``alias`` is the same designation as ``name`` with a different figure ("Jericho II" for "Jericho III").

    Aliases on another stem are transliterations or other designation systems ("Geran-2" for "Shahed-136",
    "KN-23" for "Hwasong-11") and are never compared; nor is anything when one side has no figure.
    """
    name_stem, name_number = designation_number(name)
    alias_stem, alias_number = designation_number(alias)
    if name_number is None or alias_number is None or not _stems_match(name_stem, alias_stem):
        return False
    return name_number != alias_number


@pytest.fixture(scope="module")
def entries() -> tuple[WeaponEntry, ...]:
    return weapon_gazetteer()


def test_gazetteer_loads_and_is_large(entries: tuple[WeaponEntry, ...]) -> None:
    assert len(entries) >= 1500


def test_gazetteer_names_are_unique_across_entries(entries: tuple[WeaponEntry, ...]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        for name in entry.names:
            owners["lower:" + name.lower()].add(entry.name)
            owners["key:" + designation_key(name)].add(entry.name)
    clashes = {key: sorted(names) for key, names in owners.items() if len(names) > 1}
    assert not clashes


@pytest.mark.parametrize(
    ("name", "alias", "expected"),
    [
        ("Jericho III", "Jericho II", True),
        ("Jericho III", "Jericho 3", False),
        ("Agni-V", "Agni-IV", True),
        ("Agni-V", "Agni 5", False),
        ("Aster 30", "Aster 15", True),
        ("Mi-17", "Mi-171", True),
        ("Sukhoi Su-30", "Su-35", True),
        ("Su-30", "Sukhoi Su-30MKI", False),
        ("Kh-59", "Kh-59MK2", False),
        ("Kh-101", "Kh-101/102", False),
        ("CV90", "CV9040", True),
        ("Shahed-136", "Geran-2", False),
        ("Hwasong-11", "KN-23", False),
        ("Shaheen-I", "Shaheen-IA", False),
        ("2S19 Msta-S", "2S19M2", False),
        ("2S19 Msta-S", "2S3", True),
        ("Trident II", "Trident D5", False),
        ("Storm Shadow", "SCALP", False),
        ("Paveway", "Paveway IV", False),
    ],
)
def test_renumbered_catches_other_designations(name: str, alias: str, expected: bool) -> None:
    assert renumbered(name, alias) is expected


def test_gazetteer_aliases_carry_their_entrys_number(entries: tuple[WeaponEntry, ...]) -> None:
    wrong = [
        (entry.name, alias)
        for entry in entries
        for alias in entry.aliases
        if renumbered(entry.name, alias) and (entry.name, alias) not in RENUMBERED_ALIASES
    ]
    assert not wrong


def test_gazetteer_renumbered_exceptions_are_still_present(entries: tuple[WeaponEntry, ...]) -> None:
    pairs = {(entry.name, alias) for entry in entries for alias in entry.aliases}
    assert RENUMBERED_ALIASES <= pairs


#: Family names the press uses for one member, so the gold and the transfer sets name that member:
#: "Kalashnikov rifles" are AK-47s, "Neptune" the R-360, "Zelzal" the Zelzal-2, "Sparrow" the AIM-7
#: (the "Sparrow" family of Israeli target missiles is another system); "Topol", "Grad", "Uragan" and "Smerch"
#: are the own names of the RT-2PM, BM-21, BM-27 and BM-30 ("Grad rockets").
MEMBER_FAMILY_ALIASES = {
    ("AK-47", "Kalashnikov"),
    ("R-360 Neptune", "Neptune"),
    ("Zelzal-2", "Zelzal"),
    ("AIM-7 Sparrow", "Sparrow"),
    ("RT-2PM Topol", "Topol"),
    ("BM-21 Grad", "Grad"),
    ("BM-27 Uragan", "Uragan"),
    ("BM-30 Smerch", "Smerch"),
}


def family_aliases(entries: tuple[WeaponEntry, ...]) -> list[tuple[str, str]]:
    """(entry, alias) pairs where the alias is a word-only family name other entries share ("Bayraktar" of the
    Bayraktar TB2, "Wing Loong" of the Wing Loong II): one member would then be reported for the family."""
    members: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        if entry.family:
            members[entry.family.casefold()].add(entry.name)
    names = {entry.name.casefold() for entry in entries}
    return [
        (entry.name, alias)
        for entry in entries
        for alias in entry.aliases
        if members.get(alias.casefold(), set()) - {entry.name}
        and alias.casefold() not in names
        and not any(c.isdigit() for c in alias)
        and designation_key(alias) != designation_key(entry.name)
    ]


def test_family_aliases_flags_a_family_name_on_one_member() -> None:
    tb2 = WeaponEntry(name="Bayraktar TB2", aliases=["Bayraktar", "TB2"], category="uav", family="Bayraktar")
    akinci = WeaponEntry(name="Bayraktar Akinci", category="uav", family="Bayraktar")
    assert family_aliases((tb2, akinci)) == [("Bayraktar TB2", "Bayraktar")]
    family = WeaponEntry(name="Bayraktar", category="uav", family="Bayraktar")
    assert family_aliases((tb2.model_copy(update={"aliases": ["TB2"]}), akinci, family)) == []


def test_gazetteer_family_names_are_no_members_aliases(entries: tuple[WeaponEntry, ...]) -> None:
    assert set(family_aliases(entries)) <= MEMBER_FAMILY_ALIASES


def test_gazetteer_families_named_alone_have_entries(entries: tuple[WeaponEntry, ...]) -> None:
    by_name = {entry.name: entry for entry in entries}
    for name in ("Bayraktar", "Wing Loong", "Mirage", "Jericho", "Scorpene"):
        assert by_name[name].family == name


def test_gazetteer_origins_are_known_countries(entries: tuple[WeaponEntry, ...]) -> None:
    known = {"Soviet Union", "Yugoslavia", "Czechoslovakia", "East Germany"}
    for country in countries():
        known.add(country.name)
        known.update(country.aliases)
    unknown = sorted({e.origin for e in entries if e.origin is not None and e.origin not in known})
    assert not unknown


def test_gazetteer_families_are_names(entries: tuple[WeaponEntry, ...]) -> None:
    assert all(e.family is None or e.family.strip() == e.family != "" for e in entries)


def test_gazetteer_variant_families_name_an_entry_or_a_shared_family(entries: tuple[WeaponEntry, ...]) -> None:
    """A family is an entry's name or is shared by at least two entries (a family with no entry of its own)."""
    names = {e.name for e in entries}
    members: dict[str, int] = defaultdict(int)
    for entry in entries:
        if entry.family:
            members[entry.family] += 1
    lonely = sorted(f for f, count in members.items() if f not in names and count < 2)
    assert not lonely


def test_gazetteer_ambiguous_names_cover_common_words(entries: tuple[WeaponEntry, ...]) -> None:
    common = {
        "Hawk",
        "Jaguar",
        "Tiger",
        "Spear",
        "Meteor",
        "Javelin",
        "Mistral",
        "Tornado",
        "Harpoon",
        "Spike",
        "Stinger",
        "Storm",
        "Sabre",
        "Patriot",
        "Grad",
        "Leopard",
        "Puma",
        "Lynx",
        "Boxer",
        "Archer",
        "Phalanx",
        "Goalkeeper",
        "Rapier",
        "Warrior",
        "Eagle",
        "Panther",
        "Centurion",
        "Chieftain",
        "Scimitar",
        "Jackal",
        "Mastiff",
        "Dingo",
        "Valkyrie",
        "Nighthawk",
        "Starfighter",
        "Skyhawk",
        "Intruder",
        "Bronco",
        "Talon",
        "Galaxy",
        "Extender",
        "Voyager",
        "Merlin",
        "Gazelle",
        "Venom",
        "Valor",
        "Reaper",
        "Predator",
        "Raptor",
        "Hornet",
        "Tomcat",
        "Apache",
        "Chinook",
        "Osprey",
        "Sparrow",
        "Growler",
        "Cobra",
        "Viper",
        "Scorpion",
    }
    loose = sorted(n for e in entries for n in e.names if n in common and n not in e.ambiguous)
    assert not loose


def test_weapon_gazetteer_variants_name_a_known_system() -> None:
    entries = {entry.name: entry for entry in weapon_gazetteer()}
    variants = [entry for entry in entries.values() if entry.variant_of]
    assert variants
    for entry in variants:
        parent = entries.get(entry.variant_of or "")
        assert parent is not None, f"{entry.name}: variant_of {entry.variant_of!r} is no entry"
        assert parent.variant_of is None, f"{entry.name}: variant of a variant"


def _kin(entry: WeaponEntry, other: WeaponEntry) -> bool:
    """True when ``other`` is ``entry``'s family, shares its family or its origin (a licence-built model keeps
    its family; the Japanese Type 96 carrier shares neither with the Chinese Type 96 tank)."""
    return (
        other.name == entry.family
        or (entry.family is not None and other.family == entry.family)
        or (other.origin == entry.origin)
    )


def model_base(entry: WeaponEntry, entries: tuple[WeaponEntry, ...]) -> WeaponEntry | None:
    """The system ``entry`` is a model of: the longest other entry of its category, and of its family or origin,
    whose name ends in a figure and starts ``entry``'s name, followed by a model suffix ("Su-30" of "Su-30MKK",
    "Mirage 2000" of "Mirage 2000-9", "M109" of "M109A7 Paladin"); None for ship classes and a longer number."""
    if entry.category == "naval":
        return None
    best = None
    for other in entries:
        name, rest = other.name, entry.name[len(other.name) :]
        if (
            other is entry
            or not rest
            or other.category != entry.category
            or not _kin(entry, other)
            or not name[-1:].isdigit()
            or not entry.name.startswith(name)
        ):
            continue
        if (rest[0].isalpha() or rest[0] in "- " and rest[1:2].isalnum()) and (
            best is None or len(name) > len(best.name)
        ):
            best = other
    return best


@pytest.mark.parametrize(
    ("name", "base"),
    [
        ("Su-30MKK", "Su-30"),
        ("Mirage 2000-9", "Mirage 2000"),
        ("M109A7 Paladin", "M109"),
        ("Leopard 2A4T1", "Leopard 2"),
        ("HQ-64", None),  # a longer number is another system
        ("Type 96 WAPC", None),  # the Japanese carrier is no model of the Chinese tank
        ("Type 054A", None),  # ship classes are classes of their own
        ("Shahed-136", None),  # a family name without a figure has members, not models
    ],
)
def test_model_base_finds_the_system_a_model_extends(
    entries: tuple[WeaponEntry, ...], name: str, base: str | None
) -> None:
    entry = next(e for e in entries if e.name == name)
    found = model_base(entry, entries)
    assert (found.name if found else None) == base


def test_gazetteer_models_are_variants_of_their_system(entries: tuple[WeaponEntry, ...]) -> None:
    """Every model of a listed system (an export or upgrade written as the system's designation plus a model
    suffix) is a ``variant_of`` that system, so records name the system alike for every model (Su-30MKI and
    Su-30MKK both name the Su-30)."""
    loose = []
    for entry in entries:
        base = model_base(entry, entries)
        if base is not None and entry.variant_of != (base.variant_of or base.name):
            loose.append((entry.name, base.variant_of or base.name, entry.variant_of))
    assert not loose


#: Class words that a canonical name should not carry when the word before them names the system alone.
CLASS_WORDS = {"rocket", "missile", "tank", "howitzer", "drone", "uav", "apc", "ifv", "mbt", "helicopter", "mortar"}
#: Names whose class word is part of the name itself.
CLASS_WORD_NAMES = {"Iron Drone", "Standard Missile"}


def test_gazetteer_names_carry_no_class_word_they_do_not_need(entries: tuple[WeaponEntry, ...]) -> None:
    """ "Burkan rocket" is named "Burkan" (the class word stays an alias), unless the short name is already another
    entry's name, alias or family ("Karrar tank" beside the Karrar drone, "Arash rocket" beside the Arash family)."""
    taken = {n.casefold() for e in entries for n in (*e.names, e.family or "")}
    words = [(e.name, e.name.rsplit(" ", 1)) for e in entries if e.name not in CLASS_WORD_NAMES]
    loose = sorted(
        name
        for name, parts in words
        if len(parts) == 2
        and parts[1].casefold() in CLASS_WORDS
        and not any(c.isdigit() for c in parts[0])
        and " " not in parts[0]
        and parts[0].casefold() not in taken
    )
    assert not loose


def test_gazetteer_variants_share_their_systems_category(entries: tuple[WeaponEntry, ...]) -> None:
    """A record of a variant names its system, so it takes the system's category (PAC-3 MSE is air defence, as
    the Patriot it names)."""
    category = {e.name: e.category for e in entries}
    loose = sorted(e.name for e in entries if e.variant_of and category.get(e.variant_of) != e.category)
    assert not loose
