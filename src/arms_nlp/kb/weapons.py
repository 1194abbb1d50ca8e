"""Schemas and accessors for the weapon knowledge: ``data/weapons.jsonl`` and ``data/weapon_classes.yaml``.

The gazetteer (``weapons.jsonl``) holds one named system per line: its canonical designation,
aliases and transliterations, :data:`~arms_nlp.records.WeaponCategory`, family and country of origin.

Case policy: every alias is matched case-sensitively as written (plus an all-caps copy of long aliases for
headlines); designation-shaped tokens ("su-35s", "FATEH-110") are also resolved through a case- and
separator-insensitive key, see :func:`arms_nlp.normalize.designations.designation_key`. Names that are also
common words or personal names ("Grad", "Tornado", "Buk", "Tor", "Leopard", "Patriot", "Shahed") are listed in
the entry's ``ambiguous`` field and are accepted only in a weapon context (a head noun or cue word after them,
or another weapon mention in the same sentence; see :func:`arms_nlp.components.weapons.component.has_weapon_context`
for the list, plural and same-origin cases).

The class lexicon (``weapon_classes.yaml``) holds the head nouns and modifiers that weapon classes are built
from, the designation prefixes that mark unknown systems ("Shahed-238"), and small cue lists.

:class:`WeaponKnowledge` is what one ``arms_weapons`` component knows: the packaged gazetteer (parsed once per
process and shared) plus the user's entries in the same schema, validated by the helpers at the end of this module.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..normalize.designations import designation_key
from ..records import WeaponCategory
from . import DataFileError, Located, load_document, load_records, validated

T = TypeVar("T")
#: A raw row and where it came from ("entry 2", "my_weapons.jsonl line 7"), for error messages.


class WeaponEntry(BaseModel):
    """One named weapon system of the gazetteer."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    category: WeaponCategory
    family: str | None = None
    #: The system this entry is a variant of ("PAC-3" of "Patriot"): records name that system and keep
    #: this entry's name as their ``variant``.
    variant_of: str | None = None
    origin: str | None = None
    #: Names (the canonical name or aliases) that need a weapon context to count.
    ambiguous: list[str] = Field(default_factory=list)
    source: str | None = None

    @model_validator(mode="after")
    def _ambiguous_are_names(self) -> WeaponEntry:
        unknown = set(self.ambiguous) - {self.name, *self.aliases}
        if unknown:
            raise ValueError(f"ambiguous names {sorted(unknown)} are not among the entry's names")
        return self

    @property
    def names(self) -> list[str]:
        """The canonical name followed by every alias."""
        return [self.name, *self.aliases]


class ClassHead(BaseModel):
    """A head noun (or fixed head phrase) of a weapon class: "missiles", "unmanned aerial vehicles"."""

    model_config = ConfigDict(extra="forbid")

    name: str
    category: WeaponCategory
    forms: list[str] = Field(default_factory=list)
    #: Forms matched exactly (acronyms: "UAV", "IED").
    exact_forms: list[str] = Field(default_factory=list)
    #: Only a weapon with a modifier before it ("artillery shells", not "shells").
    requires_modifier: bool = False
    #: Lower-case words or word sequences that, right before the head, show it is not a weapon ("think tank").
    blocked_before: list[str] = Field(default_factory=list)
    #: Lower-case words that, right after the head, make a fixed phrase that is no weapon ("arms race").
    blocked_after: list[str] = Field(default_factory=list)
    #: The head name a conjoined modifier shares: "fighter and remotely piloted aircraft" -> "fighter aircraft".
    shared_as: str | None = None
    #: Categories of a compound head before this one that name the kind of platform this head only names
    #: generically: "drone aircraft" is a UAV, not an aircraft of some kind.
    narrowed_by: list[WeaponCategory] = Field(default_factory=list)
    #: Forms that, written in lower case, are a weapon even without a modifier, and the class they then name
    #: ("shells" in arms news are artillery shells; a lone "shell" or "rounds" still needs a modifier).
    alone_forms: list[str] = Field(default_factory=list)
    alone_name: str | None = None

    @model_validator(mode="after")
    def _alone_forms_have_a_name(self) -> ClassHead:
        if self.alone_forms and not self.alone_name:
            raise ValueError(f"head {self.name!r} lists alone_forms but no alone_name")
        if set(self.alone_forms) - set(self.forms):
            raise ValueError(
                f"head {self.name!r}: alone_forms {sorted(set(self.alone_forms) - set(self.forms))} are not among its forms"
            )
        return self


class ClassModifier(BaseModel):
    """A pre-modifier of a weapon class: "short-range", "ballistic", "kamikaze"."""

    model_config = ConfigDict(extra="forbid")

    name: str
    forms: list[str] = Field(default_factory=list)
    in_name: bool = True
    category: WeaponCategory | None = None
    #: Head categories this modifier's category replaces; None = the lexicon's ``overridable`` list.
    overrides: list[WeaponCategory] | None = None
    #: Head name -> new head name ("weapon" -> "missile" after "ballistic").
    rewrite: dict[str, str] = Field(default_factory=dict)
    #: Matches a calibre ("155mm", "152 mm") instead of ``forms``.
    caliber: bool = False


class DesignationPrefix(BaseModel):
    """A designation prefix ("Shahed", "Su") and the category of the systems it names."""

    model_config = ConfigDict(extra="forbid")

    prefix: str
    category: WeaponCategory
    family: str | None = None
    min_digits: int = 1


class WeaponLexicon(BaseModel):
    """Everything in ``weapon_classes.yaml``."""

    model_config = ConfigDict(extra="forbid")

    heads: list[ClassHead]
    modifiers: list[ClassModifier]
    overridable: list[WeaponCategory]
    prefixes: list[DesignationPrefix]
    context_words: list[str]
    blocked_after: list[str]
    #: Nouns joining a named system to its class: "the Shahed line of loitering munitions".
    family_words: list[str]
    manufacturers: list[str]
    #: Verb lemmas whose object is a weapon even without a weapon word: "fires a Javelin".
    context_verbs: list[str] = Field(default_factory=list)
    #: Words that, hyphenated after a name or head, make a compound adjective ("jet-powered", "HIMARS-style").
    adjective_suffixes: list[str] = Field(default_factory=list)
    #: Words that, hyphenated before a weapon word, name what counters it ("Counter-IED training").
    countering_prefixes: list[str] = Field(default_factory=list)
    ship_prefixes: list[str]
    hull_prefixes: list[str]
    #: Prefixes joined by a slash to a designation that mark it as military equipment ("AN/TPQ-36").
    slash_prefixes: list[str] = Field(default_factory=list)
    #: Capitalised words that are never part of a system's name written before a class ("Navy ships").
    not_names: list[str] = Field(default_factory=list)
    #: Words that mark a variant between a system's name and its class ("F-16 Block 70 jets").
    variant_words: list[str] = Field(default_factory=list)
    #: Lower-case words that, capitalised after a capitalised class word, make an institution's name
    #: ("the PLA Rocket Force", "Missile Defense Agency").
    institution_words: list[str] = Field(default_factory=list)
    #: Civil services whose units are no weapon units: "K9 units of the police" are dog teams.
    civil_services: list[str] = Field(default_factory=list)
    #: Words introducing a system's new name after a weapon mention: "the Mohajer-2 drone, designated ANSU-100".
    naming_cues: list[str] = Field(default_factory=list)
    #: Units of a calibre written after a figure ("155 mm shells").
    caliber_units: list[str] = Field(default_factory=list)
    #: Units glued to a figure that make a token a measurement, never a system's name ("155mm", "2000lb").
    glued_units: list[str] = Field(default_factory=list)
    #: Words hyphenated to a name that make it a ship class ("Virginia-class").
    class_suffixes: list[str] = Field(default_factory=list)
    #: Adjectives that, right before a system's name or a class, make a metaphor ("an economic Iron Dome",
    #: "political ammunition").
    figurative_before: list[str] = Field(default_factory=list)
    #: Adjectives that make a metaphor of a system's name only when no weapon word follows the name
    #: ("a digital Iron Dome", but "a digital Iron Dome battery").
    metaphor_before: list[str] = Field(default_factory=list)
    #: Class names that, singular and owned by a state or described as a whole scheme, name a capability, no
    #: system ("Argentina's air defense system", "a common air defense system"), and the words making that reading.
    capability_classes: list[str] = Field(default_factory=list)
    #: Words that make a sentence naval, so that a ship written by its class's bare name counts ("the Riachuelo").
    naval_words: list[str] = Field(default_factory=list)
    #: Shipbuilding words that make a lone ship word a warship ("received the vessel from shipbuilder Hyundai").
    warship_cues: list[str] = Field(default_factory=list)
    #: Words of war that make a plural of an ambiguous name a weapon ("Tomahawks were used in the Gulf War").
    war_words: list[str] = Field(default_factory=list)
    #: Verbs of trade and use whose plural-name object is a weapon ("Azerbaijan bought Bayraktars").
    trade_verbs: list[str] = Field(default_factory=list)
    #: Categories of weapon platforms: a lone "fighters" listed with one of them is an aircraft.
    platform_categories: list[WeaponCategory] = Field(default_factory=list)
    capability_before: list[str] = Field(default_factory=list)
    #: Words that are an aircraft class alone only beside another aircraft, and the class each names ("fighters").
    lone_aircraft_words: dict[str, str] = Field(default_factory=dict)
    #: Words before or after such a word that make it a group's combatants ("rebel fighters", "fighters loyal to").
    combatant_before: list[str] = Field(default_factory=list)
    combatant_after: list[str] = Field(default_factory=list)
    #: Role nouns after a class that make it part of the named system before it ("K-10 ammunition resupply vehicles").
    role_nouns: list[str] = Field(default_factory=list)
    #: Groups of categories a system's name and a class after it may share when words stand between them.
    category_groups: list[list[WeaponCategory]] = Field(default_factory=list)
    #: A class's category -> the narrower categories of the systems a class noun of it may stand for
    #: ("the missile system" after BrahMos, a cruise missile; "the aircraft" after Bayraktar TB2s, UAVs).
    class_covers: dict[WeaponCategory, list[WeaponCategory]] = Field(default_factory=dict)


def check_unique_names(entries: Iterable[WeaponEntry], source: str = "weapons.jsonl") -> None:
    """Every name or alias must name one system: the matcher could not tell two apart."""
    seen: dict[str, str] = {}
    for entry in entries:
        for name in entry.names:
            if seen.setdefault(name, entry.name) != entry.name:
                raise DataFileError(f"{source}: {name!r} names both {seen[name]!r} and {entry.name!r}")


@lru_cache(maxsize=1)
def weapon_gazetteer() -> tuple[WeaponEntry, ...]:
    """The named weapon systems, loaded and validated once."""
    entries = load_records("weapons.jsonl", WeaponEntry)
    check_unique_names(entries)
    return entries


@lru_cache(maxsize=1)
def weapon_lexicon() -> WeaponLexicon:
    """The class, prefix and cue lexicon, loaded and validated once."""
    return load_document("weapon_classes.yaml", WeaponLexicon)


def designation_index() -> dict[str, WeaponEntry]:
    """Packaged gazetteer entries by :func:`designation_key` of every unambiguous name."""
    return packaged_weapons().index


@lru_cache(maxsize=1)
def name_keys() -> frozenset[str]:
    """:func:`designation_key` of every packaged name and alias, ambiguous ones included."""
    return frozenset(designation_key(name) for entry in weapon_gazetteer() for name in entry.names)


def categories_compatible(first: str, second: str) -> bool:
    """True when two weapon categories can describe one system ("other" fits any; see ``category_groups``)."""
    return (
        first == second
        or "other" in (first, second)
        or any(first in group and second in group for group in weapon_lexicon().category_groups)
    )


def class_covers(general: str, specific: str) -> bool:
    """True when a class noun of category ``general`` may stand for a named system of category ``specific``."""
    return specific in weapon_lexicon().class_covers.get(general, ())  # type: ignore[call-overload]


def weapon_entries(rows: Iterable[Located]) -> list[WeaponEntry]:
    """Rows (dicts in the ``weapons.jsonl`` schema, or entries) validated as :class:`WeaponEntry`."""
    return validated(rows, WeaponEntry.model_validate)


def weapon_row(entry: WeaponEntry) -> dict[str, Any]:
    """An entry as a ``weapons.jsonl`` row, defaults left out."""
    return entry.model_dump(exclude_defaults=True)


# ------------------------------------------------------------------------------------------ knowledge


@dataclass(frozen=True)
class WeaponKnowledge:
    """The named systems one ``arms_weapons`` component knows: the packaged gazetteer plus user entries.

    Immutable, so every component shares the packaged object (:func:`packaged_weapons`) and its derived
    tables; adding entries makes a new object over the same packaged tuple. An added entry with the name
    of a packaged one replaces it; any other name clash is an error, as in ``weapons.jsonl``.
    """

    packaged: tuple[WeaponEntry, ...]
    added: tuple[WeaponEntry, ...] = ()

    @cached_property
    def entries(self) -> tuple[WeaponEntry, ...]:
        """The packaged entries not replaced by an added one, then the added entries."""
        replaced = {entry.name for entry in self.added}
        return (*(e for e in self.packaged if e.name not in replaced), *self.added)

    @cached_property
    def index(self) -> dict[str, WeaponEntry]:
        """Entries by :func:`designation_key` of every unambiguous name; added entries win a shared key."""
        index: dict[str, WeaponEntry] = {}
        for entry in (*self.added, *self.entries):
            for name in entry.names:
                if name not in entry.ambiguous:
                    index.setdefault(designation_key(name), entry)
        return index

    @cached_property
    def by_name(self) -> dict[str, WeaponEntry]:
        """Entries by canonical name."""
        return {entry.name: entry for entry in self.entries}

    def with_entries(self, entries: Iterable[WeaponEntry], source: str = "added entries") -> WeaponKnowledge:
        """This knowledge plus ``entries`` (a later entry of the same name replaces an earlier one).

        ``source`` names where the entries came from in the error raised for a name clash.
        """
        added = {entry.name: entry for entry in self.added}
        added.update((entry.name, entry) for entry in entries)
        knowledge = WeaponKnowledge(self.packaged, tuple(added.values()))
        check_unique_names(knowledge.entries, source=source)
        return knowledge


@lru_cache(maxsize=1)
def packaged_weapons() -> WeaponKnowledge:
    """The packaged gazetteer as knowledge, built once per process and shared by every component."""
    return WeaponKnowledge(weapon_gazetteer())
