"""Weapon matchers compiled once from the knowledge files, and the candidate mention they yield.

:func:`build_matchers` turns a component's gazetteer (its :class:`~arms_nlp.kb.weapons.WeaponKnowledge`:
``weapons.jsonl`` plus the user's entries) and the class lexicon (``weapon_classes.yaml``) into spaCy
``PhraseMatcher`` objects and lookup tables; the finders in
:mod:`.classes` and :mod:`.names` produce :class:`Candidate` mentions from them, and
:mod:`.weapons` resolves the overlaps.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from ...kb.actors import gazetteer as actor_gazetteer
from ...kb.dates import date_words
from ...kb.weapons import (
    ClassHead,
    ClassModifier,
    DesignationPrefix,
    WeaponEntry,
    WeaponKnowledge,
    WeaponLexicon,
    weapon_lexicon,
)
from ...normalize.designations import designation_key, ends_in_model_letter, split_designation
from ...records import WeaponCategory
from ...syntax import caseless
from ...tokenizer_cache import empty_tokenizer_cache

#: Priority of each kind of candidate when mentions overlap (higher wins).
PRIORITY: dict[str, int] = {
    "gazetteer": 3,
    "ship_name": 2,
    "hull_number": 2,
    "designation_pattern": 2,
    "name_before_class": 2,
    "class": 1,
}
HYPHENS = frozenset({"-", "–"})
#: Marks joining two descriptive words written without spaces ("self-propelled", "basic/advanced").
_JOINERS = HYPHENS | {"/"}
#: A capitals prefix hyphenated to a number, that the press also writes glued: "F-16" (F16s), "BMP-2" (BMP2); one
#: letter needs two digits and a plural ("F1", "A4", "A10" glued are a race, a paper size and a road).
_GLUABLE = re.compile(r"^(?:[A-Z]-\d{2,3}|[A-Z]{2,4}-\d{1,3})[A-Z]?$")
#: A mixed-case prefix hyphenated to a number, that the press also writes with a space: "MiG 21", "Su 30", "Mi 24"
#: (a capitals prefix apart from its number, "F 16", "A 10", is as often a grid square or a paper size).
_SPACEABLE = re.compile(r"^[A-Z][a-z][A-Za-z]?-\d{1,3}$")
_ROMAN = re.compile(r"^[IVX]{1,4}$")
#: A designation-like code: letters, digits and joining marks ("K2PL", "AV-TM", "II").
CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-/.]{0,11}$")


@dataclass
class Candidate:
    """A possible weapon mention over tokens ``start:end``."""

    start: int
    end: int
    name: str
    category: WeaponCategory
    rule: str
    generic: bool = False
    family: str | None = None
    origin: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def priority(self) -> tuple[int, int]:
        return PRIORITY.get(self.rule, 0), self.end - self.start


@dataclass
class WeaponMatchers:
    """Every matcher and lookup table the recogniser needs, built from the lexicon and a component's gazetteer."""

    named: PhraseMatcher
    makers: PhraseMatcher
    heads_lower: PhraseMatcher
    heads_exact: PhraseMatcher
    modifiers: PhraseMatcher
    marks: PhraseMatcher
    units: PhraseMatcher
    entries: dict[str, tuple[WeaponEntry, bool]]
    heads: dict[str, ClassHead]
    head_by_name: dict[str, ClassHead]
    mods: dict[str, ClassModifier]
    prefixes: dict[str, DesignationPrefix]
    lexicon: WeaponLexicon
    context_words: frozenset[str]
    blocked_after: frozenset[str]
    family_words: frozenset[str]
    adjective_suffixes: frozenset[str]
    countering_prefixes: frozenset[str]
    context_verbs: frozenset[str]
    slash_prefixes: frozenset[str]
    not_names: frozenset[str]
    variant_words: frozenset[str]
    institution_words: frozenset[str]
    civil_services: frozenset[str]
    naming_cues: tuple[tuple[str, ...], ...]
    glued_measure: re.Pattern[str]
    class_suffixes: frozenset[str]
    figurative_before: frozenset[str]
    metaphor_before: frozenset[str]
    capability_classes: frozenset[str]
    capability_before: frozenset[str]
    naval_words: frozenset[str]
    warship_cues: frozenset[str]
    war_words: frozenset[str]
    trade_verbs: frozenset[str]
    platform_categories: frozenset[str]
    role_nouns: frozenset[str]
    lone_aircraft_words: dict[str, str]
    combatant_before: frozenset[str]
    combatant_after: frozenset[str]
    index: dict[str, WeaponEntry]
    by_name: dict[str, WeaponEntry]


def _model_letters(word: str) -> bool:
    """True for a model of one or two capital letters written after a name: "M" of "Rafale M", "TP" of "Heron TP"."""
    return 1 <= len(word) <= 2 and word.isalpha() and word.isupper()


def name_variants(name: str) -> list[str]:
    """The written forms matched for one gazetteer name: as written, plural ("Patriots", "Leopard 2s", "M113s"),
    upper-cased, an acronym or camel-cased name as the press often writes it ("Nasams", "Brahmos"), and a
    name and code hyphen-joined ("Bayraktar-TB2s"), and a capitals prefix joined to its number ("JAS39 Gripen")."""
    variants = [name]
    last = name[-1]
    if (last.islower() and last not in "sxz") or (last.isdigit() and (" " in name or "-" not in name)):
        variants.append(f"{name}s")  # also a designation the hyphen rule cannot see: "M113s", "M777s"
    if ends_in_model_letter(name) and name[-2:-1].isalnum():
        variants.append(f"{name}s")  # a model's plural: "F-16Vs", "MQ-9Bs", "Su-30MKIs"
    elif " " in name and _model_letters(name.rsplit(" ", 1)[1]) and last != "S":
        variants.append(f"{name}s")  # a model's plural after its name: "Gripen Es", "Wing Loong IIs"
    if len(name) >= 6 and name.upper() != name:
        variants.append(name.upper())
    if len(name) >= 3 and name.isalpha() and name.isupper() and last != "S":
        variants.append(f"{name}s")  # an acronym's plural: "AMRAAMs", "MRAPs"
    if name.isalpha() and len(name) >= 5 and any(c.isupper() for c in name[1:]):
        plain = name[0] + name[1:].lower()
        variants += [plain, f"{plain}s"]
    words = name.split(" ")
    if len(words) >= 2 and 2 <= len(words[0]) <= 4 and words[0].isalpha() and words[0].isupper() and words[1].isdigit():
        variants.append("".join(words[:2]) + name[len(words[0]) + len(words[1]) + 1 :])  # "JAS39 Gripen", "RBS70"
    if len(words) == 2 and words[0].isalpha() and (any(c.isdigit() for c in words[1]) or _model_letters(words[1])):
        joined = "-".join(words)  # "Bayraktar-TB2s", "Heron-TP" as the press also writes them
        variants += [joined, f"{joined}s"]
    if _SPACEABLE.match(name):
        variants.append(name.replace("-", " ", 1))  # "MiG 21", "Su 30": a mixed-case prefix and its number apart
    if _GLUABLE.match(name):
        glued = name.replace("-", "")  # "F16s", "BMP2", "T72s": the hyphen left out, as the press often does
        variants += [f"{glued}s"] if name[1] == "-" else [glued, f"{glued}s"]  # "A10", "M25" alone are roads
    return variants


def lower_maker_variants(name: str, makers: frozenset[str]) -> list[str]:
    """A maker's name written in lower case before a capitalised system name: "eurofighter Typhoons"."""
    first, _, rest = name.partition(" ")
    if first not in makers or not first.istitle() or not rest[:1].isupper():
        return []
    lowered = first.lower() + name[len(first) :]
    return [lowered, f"{lowered}s"] if name[-1].islower() and name[-1] not in "sxz" else [lowered]


def spaced_variant(name: str) -> str | None:
    """ "Fateh 110" for "Fateh-110": matched only in a weapon context ("Shaheen 3 for 25" is cricket)."""
    parts = split_designation(name)
    if parts is None:
        return None
    prefix, number, suffix = parts
    spaced = f"{prefix} {number}{suffix}"
    return None if spaced == name else spaced


def short_in_capitals(name: str) -> str | None:
    """ "KAAN" for "Kaan": a short name in capitals, matched only in a weapon context ("TOR" is a browser).

    Names of six letters or more are matched in capitals everywhere (:func:`name_variants`)."""
    return name.upper() if 4 <= len(name) <= 5 and name.isalpha() and not name.isupper() else None


def title_cased_acronym(name: str) -> str | None:
    """ "Meko A-200" for "MEKO A-200": a name opening with an acronym, written as a word as the press often does
    ("Nasams 3", "Fremm frigate"); matched only in a weapon context, as some such acronyms are words ("SPEAR")."""
    first = name.split(" ")[0]
    if " " not in name or len(first) < 4 or not (first.isalpha() and first.isupper()):
        return None
    return first.title() + name[len(first) :]


#: A designation word written before a system's name: "KF41" of "KF41 Lynx", "M109" of "M109 Paladin".
_CODE_WORD = re.compile(r"^[A-Z]{1,4}\d{1,3}[A-Z]?$")


def swapped_name(name: str) -> str | None:
    """ "Lynx KF41" for "KF41 Lynx": a designation and a name, written in the other order as the press also does;
    matched only in a weapon context."""
    words = name.split(" ")
    if len(words) != 2 or not _CODE_WORD.match(words[0]):
        return None
    return f"{words[1]} {words[0]}" if words[1].isalpha() and words[1].istitle() and len(words[1]) >= 4 else None


def build_named(
    nlp: Language, gazetteer: tuple[WeaponEntry, ...]
) -> tuple[PhraseMatcher, dict[str, tuple[WeaponEntry, bool]]]:
    """The gazetteer-name matcher and its labels: "W12" for plain names, "W12?" for those needing a context."""
    named = PhraseMatcher(nlp.vocab, attr="ORTH")
    entries: dict[str, tuple[WeaponEntry, bool]] = {}
    makers = frozenset(weapon_lexicon().manufacturers)
    for number, entry in enumerate(gazetteer):
        plain = [v for n in entry.names if n not in entry.ambiguous for v in name_variants(n)]
        plain += [v for n in entry.names if n not in entry.ambiguous for v in lower_maker_variants(n, makers)]
        needs_context = [v for n in entry.ambiguous for v in name_variants(n)]
        needs_context += [v for v in map(spaced_variant, entry.names) if v is not None and v not in plain]
        needs_context += [v for v in map(short_in_capitals, entry.names) if v is not None and v not in plain]
        needs_context += [v for v in map(title_cased_acronym, entry.names) if v is not None and v not in plain]
        needs_context += [v for v in map(swapped_name, entry.names) if v is not None and v not in plain]
        for ambiguous, variants in ((False, plain), (True, needs_context)):
            if variants:
                label = f"W{number}{'?' if ambiguous else ''}"
                entries[label] = (entry, ambiguous)
                named.add(label, [nlp.make_doc(v) for v in dict.fromkeys(variants)])
    return named, entries


def with_knowledge(matchers: WeaponMatchers, nlp: Language, knowledge: WeaponKnowledge) -> WeaponMatchers:
    """``matchers`` over another gazetteer: only the parts built from the gazetteer are rebuilt."""
    named, entries = build_named(nlp, knowledge.entries)
    empty_tokenizer_cache(nlp)
    return replace(matchers, named=named, entries=entries, index=knowledge.index, by_name=knowledge.by_name)


L = TypeVar("L", ClassHead, ClassModifier)


def _labelled(matcher: PhraseMatcher, prefix: str, items: Sequence[L], make: Callable[[str], Doc]) -> dict[str, L]:
    """Each lexicon item under a label of its own ("H0", "H1" ...), its forms added to ``matcher``."""
    table: dict[str, L] = {}
    for number, item in enumerate(items):
        label = f"{prefix}{number}"
        table[label] = item
        if item.forms:
            matcher.add(label, [make(f) for f in item.forms])
    return table


def build_matchers(nlp: Language, knowledge: WeaponKnowledge) -> WeaponMatchers:
    """Compile a component's gazetteer and the class lexicon into spaCy matchers over ``nlp.vocab``."""
    lexicon = weapon_lexicon()
    named, entries = build_named(nlp, knowledge.entries)
    heads_lower, heads_exact, heads = _head_matchers(nlp, lexicon)
    modifiers, units, mods = _modifier_matchers(nlp, lexicon)
    prefixes = {p.prefix: p for p in lexicon.prefixes}
    makers = PhraseMatcher(nlp.vocab, attr="ORTH")
    makers.add("MAKER", [nlp.make_doc(m) for m in lexicon.manufacturers])
    empty_tokenizer_cache(nlp)
    return WeaponMatchers(
        named=named,
        makers=makers,
        heads_lower=heads_lower,
        heads_exact=heads_exact,
        modifiers=modifiers,
        marks=_mark_matcher(nlp, lexicon, prefixes),
        units=units,
        entries=entries,
        heads=heads,
        head_by_name={h.name: h for h in reversed(lexicon.heads)},
        mods=mods,
        prefixes=prefixes,
        lexicon=lexicon,
        **_word_sets(lexicon),
        index=knowledge.index,
        by_name=knowledge.by_name,
    )


def _head_matchers(nlp: Language, lexicon: WeaponLexicon) -> tuple[PhraseMatcher, PhraseMatcher, dict[str, ClassHead]]:
    """Class head nouns in any case ("missiles", "Missiles") and in their exact case only ("EW system")."""
    heads_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    heads_exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    heads = _labelled(heads_lower, "H", lexicon.heads, nlp.make_doc)
    for label, head in heads.items():
        if head.exact_forms:
            heads_exact.add(label, [nlp.make_doc(f) for f in head.exact_forms])
    return heads_lower, heads_exact, heads


def _modifier_matchers(
    nlp: Language, lexicon: WeaponLexicon
) -> tuple[PhraseMatcher, PhraseMatcher, dict[str, ClassModifier]]:
    """Class modifiers in any case, and the units that follow a calibre modifier's figure ("155 mm")."""
    modifiers = PhraseMatcher(nlp.vocab, attr="LOWER")
    units = PhraseMatcher(nlp.vocab, attr="LOWER")
    mods = _labelled(modifiers, "M", lexicon.modifiers, nlp.make_doc)
    for label, modifier in mods.items():
        if modifier.caliber:
            units.add(label, [nlp.make_doc(u) for u in lexicon.caliber_units])
    return modifiers, units, mods


def _mark_matcher(nlp: Language, lexicon: WeaponLexicon, prefixes: dict[str, DesignationPrefix]) -> PhraseMatcher:
    """Designation prefixes ("Hwasong"), ship prefixes ("HMS") and hull-number prefixes ("DDG")."""
    marks = PhraseMatcher(nlp.vocab, attr="ORTH")
    marks.add("PREFIX", [nlp.make_doc(p) for p in prefixes])
    marks.add("SHIP", [nlp.make_doc(p) for p in lexicon.ship_prefixes])
    marks.add("HULL", [nlp.make_doc(p) for p in lexicon.hull_prefixes])
    return marks


def _word_sets(lexicon: WeaponLexicon) -> dict[str, Any]:
    """The lexicon's word lists as the lower-cased sets (and patterns) the finders look words up in."""
    context = {w.lower() for w in lexicon.context_words}
    for head in lexicon.heads:
        context.update(f.lower() for f in [*head.forms, *head.exact_forms] if " " not in f)
    return {
        "context_words": frozenset(context),
        "blocked_after": frozenset(w.lower() for w in lexicon.blocked_after),
        "family_words": frozenset(w.lower() for w in lexicon.family_words),
        "adjective_suffixes": frozenset(w.lower() for w in lexicon.adjective_suffixes),
        "countering_prefixes": frozenset(w.lower() for w in lexicon.countering_prefixes),
        "context_verbs": frozenset(w.lower() for w in lexicon.context_verbs),
        "slash_prefixes": frozenset(lexicon.slash_prefixes),
        "not_names": _not_names(lexicon),
        "variant_words": frozenset(lexicon.variant_words),
        "institution_words": frozenset(w.lower() for w in lexicon.institution_words),
        "civil_services": frozenset(w.lower() for w in lexicon.civil_services),
        "naming_cues": tuple(tuple(cue.lower().split()) for cue in lexicon.naming_cues),
        "glued_measure": re.compile(
            r"^\d+(\.\d+)?(" + "|".join(map(re.escape, lexicon.glued_units)) + r")$", re.IGNORECASE
        ),
        "class_suffixes": frozenset(w.lower() for w in lexicon.class_suffixes),
        "figurative_before": frozenset(w.lower() for w in lexicon.figurative_before),
        "metaphor_before": frozenset(w.lower() for w in lexicon.metaphor_before),
        "capability_classes": frozenset(lexicon.capability_classes),
        "capability_before": frozenset(w.lower() for w in lexicon.capability_before),
        "naval_words": frozenset(w.lower() for w in lexicon.naval_words),
        "warship_cues": frozenset(w.lower() for w in lexicon.warship_cues),
        "war_words": frozenset(w.lower() for w in lexicon.war_words),
        "trade_verbs": frozenset(w.lower() for w in lexicon.trade_verbs),
        "platform_categories": frozenset(lexicon.platform_categories),
        "role_nouns": frozenset(w.lower() for w in lexicon.role_nouns),
        "lone_aircraft_words": {w.lower(): name for w, name in lexicon.lone_aircraft_words.items()},
        "combatant_before": frozenset(w.lower() for w in lexicon.combatant_before),
        "combatant_after": frozenset(w.lower() for w in lexicon.combatant_after),
    }


def _not_names(lexicon: WeaponLexicon) -> frozenset[str]:
    """Words never part of a system's name before a class: the lexicon's list, actors, makers, months, weekdays."""
    words = date_words()
    calendar = {w.title() for w in [*words.months, *words.weekdays]}
    return frozenset([*lexicon.not_names, *actor_gazetteer(), *lexicon.manufacturers, *calendar])


def joined(doc: Doc, index: int) -> bool:
    """True when the token at ``index`` is written without spaces between its neighbours ("self-propelled")."""
    return 0 < index < len(doc) - 1 and not doc[index - 1].whitespace_ and not doc[index].whitespace_


def describing_gap(doc: Doc, start: int, end: int) -> bool:
    """True when ``start:end`` holds 1-5 lower-case descriptive words: "self-propelled", "towed", "light attack".

    Adjectives, nouns and participles qualify (hyphen- or slash-joined or not: "basic/advanced"); anything
    else, such as a verb, a preposition or a conjunction, means the words do not describe the class that follows.
    """
    if not 0 < end - start <= 5:
        return False
    for index in range(start, end):
        token = doc[index]
        if token.text in _JOINERS:
            # a slash may join the last word to the class ("basic/advanced jet trainers"), a hyphen may not
            if index == start or (index == end - 1 and token.text in HYPHENS) or not joined(doc, index):
                return False
        elif (
            not (token.is_alpha and token.is_lower)
            or token.is_stop
            or (token.pos_ not in ("ADJ", "NOUN") and token.tag_ not in ("VBN", "VBG"))
        ):
            return False
    return True


def is_variant_word(token: Token, m: WeaponMatchers) -> bool:
    """A word marking a variant after a system's name: "Block", "II", "70", "F4", or a capitalised model name."""
    text = token.text
    if text in m.variant_words or _ROMAN.match(text) or text.split("-")[0] in m.variant_words:
        return True  # also written joined: "Block-5", "Mk-2"
    if any(c.isdigit() for c in text):
        return len(text) <= 6 and bool(CODE.match(text))
    return (
        token.is_title
        and token.pos_ == "PROPN"
        and not caseless(token)
        and text not in m.not_names
        and token.ent_type_ not in ("GPE", "NORP", "LOC", "DATE")
    )


def describes(doc: Doc, start: int, end: int, m: WeaponMatchers) -> bool:
    """True when the tokens between a system's name (ending at ``start``) and a class (at ``end``) describe it.

    Variant words come first, descriptive words after: "F-16 Block 70 jets", "Harpoon Block II surface-launched
    missiles", "BrahMos supersonic cruise missiles", "Gepard self-propelled anti-aircraft guns".
    """
    index = start
    while (
        index < end
        and end - start <= 8
        and (is_variant_word(doc[index], m) or (doc[index].text in HYPHENS and joined(doc, index)))
    ):
        index += 1
    return index == end or describing_gap(doc, index, end)


def same_system(first: Candidate, second: Candidate, m: WeaponMatchers) -> bool:
    """True when two named mentions written side by side name one system: "AGM-88B HARM", "Kh-47M2 Kinzhal".

    They do when their names or families agree, or when one designation extends the other's
    ("AGM-88B" and "AGM-88", an alias of the HARM).
    """
    if first.name == second.name or (first.family is not None and first.family == second.family):
        return True
    return any(
        a.startswith(b) or b.startswith(a)
        for a in _designation_keys(first, m)
        for b in _designation_keys(second, m)
        if min(len(a), len(b)) >= 4 or _short_designation(min(a, b, key=len))
    )


def _short_designation(key: str) -> bool:
    """True for a three-character key with letters and a figure ("F16"): short, yet a designation of its own."""
    return len(key) == 3 and any(c.isdigit() for c in key) and any(c.isalpha() for c in key)


def _designation_keys(cand: Candidate, m: WeaponMatchers) -> set[str]:
    """Keys of the designations (names with a figure) a candidate's system goes by."""
    entry = m.by_name.get(cand.name)
    names = entry.names if entry is not None else [cand.name]
    return {designation_key(n) for n in names if any(c.isdigit() for c in n)}


def is_adjectival(doc: Doc, end: int, suffixes: frozenset[str]) -> bool:
    """True when the mention ending at ``end`` is hyphenated to a suffix word: "jet-powered", "HIMARS-style"."""
    return (
        end + 1 < len(doc)
        and doc[end].text in ("-", "–")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].lower_ in suffixes
    )


def is_figurative(doc: Doc, start: int, words: frozenset[str]) -> bool:
    """True when the mention starting at ``start`` follows a figurative adjective: "an economic Iron Dome"."""
    return start > 0 and doc[start - 1].lower_ in words


def is_countered(doc: Doc, start: int, prefixes: frozenset[str]) -> bool:
    """True when the mention starting at ``start`` is hyphenated to a countering word: "Counter-IED"."""
    return (
        start >= 2
        and doc[start - 1].text in ("-", "–")
        and not doc[start - 2].whitespace_
        and not doc[start - 1].whitespace_
        and doc[start - 2].lower_ in prefixes
    )


def labelled(doc: Doc, matcher: PhraseMatcher) -> list[tuple[str, int, int]]:
    """(label, start, end) of every match of ``matcher`` in ``doc``."""
    strings = doc.vocab.strings
    return [(strings[match_id], start, end) for match_id, start, end in matcher(doc)]
