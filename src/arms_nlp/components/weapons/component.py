"""Weapon recognition: named systems, unknown designations and weapon classes.

Three kinds of candidate mention are found with matchers built once per component, from its own
knowledge (the packaged gazetteer plus the entries a user adds; see :class:`WeaponRecognizer`):

* gazetteer names (``PhraseMatcher`` on the exact text), ambiguous ones ("Grad", "Patriot") only in a
  weapon context, with a maker written before them ("Sukhoi Su-35") included;
* designation-shaped tokens ("Shahed-238", "Su-35s", "Fateh 110"): resolved through the gazetteer's
  designation keys, else accepted when the prefix is a known family ("Hwasong-") or a weapon head noun
  follows ("Xyz-12 drones"); also ship names ("HMS Ocean") and hull numbers after them ("(DDG 72)");
* weapon classes built from modifier and head-noun matches ("short-range ballistic missiles",
  "kamikaze Unmanned Aerial Vehicles"), named canonically ("short-range ballistic missile", "loitering munition").

The candidates come from :mod:`.names` and :mod:`.classes` (matchers built by
:mod:`.patterns`); this module decides which of them are mentions.
Named mentions win over overlapping designations and classes, and a class right after a named system
("Fateh-110 short-range ballistic missiles", "Shahed drones", "the Shahed line of loitering munitions") is part
of that mention, which then spans both: one weapon, not two.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.language import Language
from spacy.tokens import Doc, Span

from ...docindex import index_of
from ...extensions import in_boilerplate, set_records
from ...kb import Located, given_rows, jsonl_rows
from ...kb.closed_class import closed_class
from ...kb.weapons import (
    WeaponEntry,
    WeaponKnowledge,
    categories_compatible,
    packaged_weapons,
    weapon_entries,
    weapon_row,
)
from ...normalize.designations import canonical_designation, designation_key, strip_plural
from ...records import Weapon
from ...syntax import caseless
from ..user_entries import UserEntries
from .classes import find_classes, find_lone_aircraft, inherit_parenthetical
from .names import (
    LETTER_MODEL,
    find_named,
    find_names_before_classes,
    find_shape_matches,
    find_shapes,
    glossed_class_names,
    later_name_word,
    lead_ships,
    ship_class_named,
)
from .patterns import (
    HYPHENS,
    PRIORITY,
    Candidate,
    WeaponMatchers,
    build_matchers,
    describes,
    is_adjectival,
    is_countered,
    is_figurative,
    labelled,
    same_system,
    with_knowledge,
)

#: File of the user's entries inside the component's directory of a saved pipeline.

#: Tokens allowed between a named system and the class noun that describes it ("Kheibarshekan" missiles).
_BRIDGE = frozenset({'"', "'", "”", "’", "“", ")", "»"})
_CONTEXT_WINDOW = 12
#: The most words a bracketed gloss after a name holds ("(surface-to-air)", "(anti-ship missile)").
_GLOSS_WORDS = 6
#: Entity labels that make an ambiguous name a person, place or law unless a weapon word follows it.
_NON_WEAPON_ENTS = frozenset({"PERSON", "GPE", "LOC", "NORP", "LAW", "WORK_OF_ART", "EVENT", "ORG", "FAC"})
_DETERMINERS = closed_class().articles | closed_class().possessive_determiners
_COORDINATORS = closed_class().coordinators
_ADDITIVE = closed_class().additive_connectives
_QUANTIFYING = closed_class().quantifiers | closed_class().possessive_determiners
_POSSESSIVE_DETERMINERS = closed_class().possessive_determiners
#: A variant suffix written apart from its system: "Leopard 2 A6", "Patriot PAC3".
_VARIANT = re.compile(r"^[A-Z]{1,3}\d{1,2}[A-Z]?$")
#: The longest model suffix a designation may add to its system's ("MKI", "IQ", "C8").
_MODEL_SUFFIX = 4
#: Missile categories of which a class names one kind: a "ballistic missile" is no cruise or anti-tank missile.
_MISSILE_KINDS = frozenset({"missile", "ballistic_missile", "cruise_missile"})
#: The most words a system's name and its variant words span ("JF-17 Thunder Block - II").
_VARIANT_RUN = 7
#: A roman block or mark number ("Block I", "Mk IV").
_ROMAN_CODE = re.compile(r"^[IVX]{1,4}\+?$")

# ---------------------------------------------------------------------------------------------- resolution


def has_weapon_context(doc: Doc, cand: Candidate, m: WeaponMatchers, clues: Clues) -> bool:
    """An ambiguous name counts when a weapon word follows it or another weapon is mentioned nearby.

    A nearby weapon is not enough when the name looks like part of a longer proper name ("General Bradley",
    "Grim Reaper", "Patriot Smith"), nor, unless the name is listed with another weapon ("Javelins and
    Stingers", "Switchblade and Phoenix Ghost drones") or a same-origin system is named in the sentence
    ("the newer Kheibar"), when the model tags it as a person, place, organisation or law.
    """
    if clues.class_modifier(doc, cand):
        return False  # "Smart bombs": a word of the class, not the acronym SMART
    after = cand.end
    while after < len(doc) and doc[after].text in _BRIDGE:
        after += 1
    glossed = _past_gloss(doc, after)
    if any(i in clues.class_starts or doc[i].lower_ in m.context_words for i in range(after, glossed)):
        return True  # "Mistral (surface-to-air missile)"
    after = glossed
    if _of_civil_service(doc, after, m):
        return False  # "K9 units of the police"
    if after < len(doc) and (doc[after].lower_ in m.context_words or after in clues.class_starts):
        return True
    if clues.described_after(doc, after, m):
        return True  # "Gepard self-propelled anti-aircraft guns"
    if clues.defined_as_class(doc, cand):
        return True  # "Atmaca is a long-range, anti-ship missile"
    if _owned_weapon_word(doc, after, m, clues):
        return True  # "the Javelin's 2.5 km range"
    if after + 1 < len(doc) and doc[after].like_num and doc[after + 1].lower_ in m.context_words:
        return True
    if _counted_plural(doc, cand) or _plural_in_war(doc, cand, m):
        return True
    coded = any(c.isdigit() for c in doc[cand.start : cand.end].text)
    if coded and after < len(doc) and after == cand.end and doc[after].pos_ == "NOUN" and doc[after].is_lower:
        return False  # a code modifying another noun: "K-8 school district" (not "Apache fleet": a named fleet)
    if looks_like_proper_name(doc, cand, after):
        return False
    if clues.in_list(doc, cand, after) or _object_of_firing(doc, cand, m):
        return True
    low, high = _sentence_bounds(doc, cand)
    if _tagged_other_thing(doc, cand, clues, coded, (low, high)):
        return False
    inside = clues.cue_counts[cand.end] - clues.cue_counts[cand.start]
    return clues.cue_counts[high] - clues.cue_counts[low] - inside > 0


def _owned_weapon_word(doc: Doc, after: int, m: WeaponMatchers, clues: Clues) -> bool:
    """True when a possessive right after the name owns a weapon word within four words, before any punctuation:
    "the Javelin's 2.5 km range"."""
    if after >= len(doc) or doc[after].lower_ not in ("'s", "’s"):
        return False
    owned = after + 1
    while owned < len(doc) and owned - after <= 4 and not doc[owned].is_punct:
        if doc[owned].lower_ in m.context_words or owned in clues.class_starts:
            return True
        owned += 1
    return False


def _tagged_other_thing(doc: Doc, cand: Candidate, clues: Clues, coded: bool, sentence: tuple[int, int]) -> bool:
    """True when the model tags the name as a person, place, organisation or law and nothing outweighs the tag:
    a plural name ("59 Bradleys", "for Gepards") is rarely a person or place, nor, after "some" or a possessive
    ("its Patriots"), a team, which takes "the"; a designation with a figure ("K-8") the model calls an
    organisation is rarely one; nor is a determined name beside a same-origin system in the sentence."""
    label = doc[cand.start].ent_type_
    plural_thing = bool(cand.extra.get("plural")) and (
        label not in ("ORG", "LAW", "WORK_OF_ART", "EVENT") or (label == "ORG" and _quantified(doc, cand))
    )
    return (
        label in _NON_WEAPON_ENTS
        and not plural_thing
        and not (coded and label == "ORG")
        and not (_determined(doc, cand) and clues.same_origin(cand, *sentence))
    )


def _of_civil_service(doc: Doc, index: int, m: WeaponMatchers) -> bool:
    """True when the noun at ``index`` belongs to a civil service: "units of the (city) police"."""
    if index >= len(doc) or doc[index].pos_ not in ("NOUN", "PROPN"):
        return False
    words = [t.lower_ for t in doc[index + 1 : index + 5]]
    if words[:1] == ["of"]:
        words = words[2:] if words[1:2] and words[1] in _DETERMINERS else words[1:]
        phrases = [*words[:2], " ".join(words[:2]), " ".join(words[1:3])]
        return any(p in m.civil_services for p in phrases)
    return False


def _past_gloss(doc: Doc, index: int) -> int:
    """The index after a short bracketed gloss starting at ``index`` ("Mistral (surface-to-air) and Exocet"), else ``index``."""
    if index >= len(doc) or doc[index].text != "(":
        return index
    for close in range(index + 1, min(index + _GLOSS_WORDS + 2, len(doc))):
        if doc[close].text == ")":
            return close + 1
    return index


def _quantified(doc: Doc, cand: Candidate) -> bool:
    """True right after a quantifier or a possessive determiner: "some Boxers", "their Patriots"."""
    return cand.start > 0 and doc[cand.start - 1].lower_ in _QUANTIFYING


def looks_like_proper_name(doc: Doc, cand: Candidate, after: int) -> bool:
    """True when capitalised words run on around the name: "General Bradley", "Patriot Act", "Grim Reaper" (not on a
    line of capitals or title case, where every word is capitalised)."""
    if caseless(doc[cand.start]):
        return False
    before = doc[cand.start - 1] if cand.start > 0 else None
    if before is not None and before.is_title and before.lower_ not in _DETERMINERS and not before.is_sent_start:
        return True
    return cand.end == after and after < len(doc) and doc[after].is_title


def _counted_plural(doc: Doc, cand: Candidate) -> bool:
    """True for a plural name counted or described as made or used: "400 Tomahawks", "211 Boxers",
    "Arab-operated Patriots" (a team or a people is rarely counted so in arms news)."""
    if not cand.extra.get("plural") or cand.start == 0:
        return False
    if cand.end < len(doc) and doc[cand.end].pos_ in ("NOUN", "PROPN"):
        return False  # the count is of what follows: "30 Patriots fans"
    before = doc[cand.start - 1]
    if before.like_num and not before.is_sent_start:
        return True
    return cand.start >= 2 and doc[cand.start - 2].text in ("-", "–") and before.tag_ == "VBN"


def _plural_in_war(doc: Doc, cand: Candidate, m: WeaponMatchers) -> bool:
    """True for a plural name in a sentence about war, subject or object of its verb, or the object of a verb of trade,
    with no "the" before it (teams take it) nor a noun after it: "Tomahawks were used in the Gulf War", "Azerbaijan
    bought Bayraktars" (people are not written in the plural)."""
    if not cand.extra.get("plural") or doc[cand.start].ent_type_ == "PERSON":
        return False
    if cand.start > 0 and doc[cand.start - 1].lower_ in _DETERMINERS:
        return False
    if cand.end < len(doc) and doc[cand.end].pos_ in ("NOUN", "PROPN"):
        return False
    last = doc[cand.end - 1]
    if last.dep_ not in ("nsubj", "nsubjpass", "dobj", "conj", "pobj"):
        return False
    if last.dep_ == "dobj" and last.head.lemma_.lower() in m.trade_verbs:
        return True  # "Azerbaijan bought Bayraktars": people and teams are not bought
    low, high = _sentence_bounds(doc, cand)
    return any(t.lower_ in m.war_words for t in doc[low:high] if not cand.start <= t.i < cand.end)


def _object_of_firing(doc: Doc, cand: Candidate, m: WeaponMatchers) -> bool:
    """True for the object of a firing verb: "fires a Javelin", "launched Tomahawks".

    Read from the parse (object of the verb) or, as the small model often misparses captions, from the
    word before the name (a determiner allowed between); a bare singular ("fired Bradley") does not count.
    """
    plural = bool(cand.extra.get("plural"))
    if cand.end < len(doc) and doc[cand.end].pos_ == "NOUN":
        return False  # the name modifies another noun: "fired the Patriot coach"
    token = doc[cand.end - 1]
    if token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in m.context_verbs:
        return plural or any(child.dep_ == "det" for child in token.children)
    index = cand.start - 1
    determined = index >= 0 and doc[index].lower_ in _DETERMINERS
    if determined:
        index -= 1
    return index >= 0 and (determined or plural) and doc[index].lemma_.lower() in m.context_verbs


def _named_elsewhere(doc: Doc, cand: Candidate, confirmed: set[str]) -> bool:
    """One sense per article: "Leopards" counts when Leopard tanks are named elsewhere in the doc."""
    if cand.name not in confirmed and (cand.family is None or cand.family not in confirmed):
        return False
    after = cand.end
    while after < len(doc) and doc[after].text in _BRIDGE:
        after += 1
    return doc[cand.start].ent_type_ != "PERSON" and not looks_like_proper_name(doc, cand, after)


def _sentence_bounds(doc: Doc, cand: Candidate) -> tuple[int, int]:
    if doc.has_annotation("SENT_START"):
        sent = doc[cand.start].sent
        return sent.start, sent.end
    return max(0, cand.start - _CONTEXT_WINDOW), min(len(doc), cand.end + _CONTEXT_WINDOW)


def _determined(doc: Doc, cand: Candidate) -> bool:
    """True after a lower-case determiner, adjectives allowed between: "the newer Kheibar", "its Akinci"."""
    index = cand.start - 1
    while index >= 0 and cand.start - index <= 3 and doc[index].pos_ == "ADJ":
        index -= 1
    return index >= 0 and doc[index].text in _DETERMINERS


def is_person_part(doc: Doc, cand: Candidate, m: WeaponMatchers, clues: Clues) -> bool:
    """True when an unambiguous name is part of a longer person's name: "Iskander Ahmed", not "Iskander missiles".

    A weapon word after the name, variant words then a class ("JF-17 Thunder Block III jets", which the
    model may tag as a person), or another weapon listed with it rule the person out.
    """
    if cand.end < len(doc) and doc[cand.end].lower_ in m.context_words:
        return False
    if any(c.isdigit() for c in doc[cand.start : cand.end].text):
        return False  # a figure names no person: "Turkish Bayraktar-TB2s", even tagged as one
    if clues.described_after(doc, cand.end, m):
        return False
    if clues.in_list(doc, cand):
        return False

    def name_word(index: int) -> bool:
        """A capitalised word inside the same person entity (not "The" opening it)."""
        if not 0 <= index < len(doc):
            return False
        token = doc[index]
        return token.ent_type_ == "PERSON" and token.is_title and token.lower_ not in _DETERMINERS

    first, last = doc[cand.start], doc[cand.end - 1]
    extends_left = first.ent_type_ == "PERSON" and first.ent_iob_ == "I" and name_word(cand.start - 1)
    extends_right = (
        last.ent_type_ == "PERSON" and cand.end < len(doc) and doc[cand.end].ent_iob_ == "I" and name_word(cand.end)
    )
    return extends_left or extends_right


@dataclass
class Clues:
    """What the other candidates of a doc say about an ambiguous one."""

    cue_counts: list[int]
    class_starts: set[int]
    starts: dict[int, list[Candidate]]
    ends: dict[int, list[Candidate]]
    named: list[Candidate]

    @classmethod
    def of(cls, doc: Doc, candidates: list[Candidate]) -> Clues:
        cues = [0] * (len(doc) + 1)
        starts: dict[int, list[Candidate]] = {}
        ends: dict[int, list[Candidate]] = {}
        for cand in candidates:
            if not cand.extra.get("ambiguous") and cand.rule != "hull_number" and not cand.extra.get("needs_name"):
                cues[cand.start] += 1
            starts.setdefault(cand.start, []).append(cand)
            ends.setdefault(cand.end, []).append(cand)
        cue_counts = [0]
        for value in cues[:-1]:
            cue_counts.append(cue_counts[-1] + value)
        cue_counts.append(cue_counts[-1])
        named = [c for c in candidates if not c.generic and not c.extra.get("ambiguous") and c.origin]
        class_starts = {c.start for c in candidates if c.rule == "class" and not c.extra.get("needs_name")}
        return cls(cue_counts, class_starts, starts, ends, named)

    def described_after(self, doc: Doc, end: int, m: WeaponMatchers) -> bool:
        """True when a class starts a few words after ``end`` and the words between describe it."""
        return any(start in self.class_starts and describes(doc, end, start, m) for start in range(end + 1, end + 7))

    def defined_as_class(self, doc: Doc, cand: Candidate) -> bool:
        """True when the name is the subject of "be" whose complement is a weapon class: "Atmaca is a long-range,
        surface-to-surface, anti-ship missile" (the class too far after the name for ``described_after``), of a
        category the entry's fits ("Kestrel is a missile" is no Kestrel armoured vehicle)."""
        token = doc[cand.end - 1]
        if token.dep_ != "nsubj" or token.head.lemma_ != "be" or token.head.i < token.i:
            return False
        return any(
            child.dep_ == "attr"
            and any(
                c.rule == "class" and categories_compatible(cand.category, c.category)
                for c in self.ends.get(child.i + 1, ())
            )
            for child in token.head.children
        )

    def class_modifier(self, doc: Doc, cand: Candidate) -> bool:
        """True when an acronym's name is written in lower or title case as the first word of a class: "Smart
        bombs" (SMART), where a class mention starts on the name and goes on past it."""
        written = doc[cand.start : cand.end].text
        return (
            cand.name.isupper()
            and not written.isupper()
            and any(c.rule == "class" and c.end > cand.end for c in self.starts.get(cand.start, ()))
        )

    def in_list(self, doc: Doc, cand: Candidate, end: int | None = None) -> bool:
        """True when the name is coordinated with another weapon ("Switchblade and Phoenix Ghost drones").

        ``end`` is where the list goes on after the name, past a bracketed gloss ("Mistral (surface-to-air) and").

        Two ambiguous names support each other only as plurals ("Javelins and Stingers", not "Bradley and Abrams"),
        or when the later one is followed by the class both share ("Brimstone and Meteor missiles").
        """
        end = cand.end if end is None else end
        for gap in (1, 2, 3):
            left, right = cand.start - gap, end + gap
            if left >= 0 and _listing(doc[left : cand.start]):
                if any(_supports(cand, other) for other in self.ends.get(left, ())):
                    return True
            if right < len(doc) and _listing(doc[end:right]):
                if any(_supports(cand, other) or self._heads_class(other) for other in self.starts.get(right, ())):
                    return True
        return False

    def _heads_class(self, other: Candidate) -> bool:
        """True when a class starts right after the named ``other``: the class a list before it shares."""
        return other.rule == "gazetteer" and other.end in self.class_starts

    def same_origin(self, cand: Candidate, low: int, high: int) -> bool:
        """True when an unambiguous named system of the same origin is in ``low:high``."""
        return cand.origin is not None and any(
            low <= other.start < high and other.origin == cand.origin and other is not cand for other in self.named
        )


def _listing(tokens: Span) -> bool:
    """True for the words between two listed items: a coordinator, perhaps with a demonym ("and Chinese")."""
    return any(t.lower_ in _COORDINATORS for t in tokens) and all(
        t.lower_ in _COORDINATORS or t.ent_type_ == "NORP" for t in tokens
    )


def _supports(cand: Candidate, other: Candidate) -> bool:
    if other is cand or other.rule == "hull_number":
        return False
    if not other.extra.get("ambiguous"):
        return True
    return bool(cand.extra.get("plural") and other.extra.get("plural"))


def select(doc: Doc, candidates: list[Candidate], m: WeaponMatchers) -> list[Candidate]:
    """Non-overlapping mentions: named first, then designations, then classes; longer before shorter."""
    clues = Clues.of(doc, candidates)
    confirmed = {
        key
        for c in candidates
        if c.rule in ("gazetteer", "designation_pattern")
        and (not c.extra.get("ambiguous") or has_weapon_context(doc, c, m, clues))
        for key in (c.name, c.family)
        if key
    }
    taken = [False] * len(doc)
    chosen: list[Candidate] = []
    compounded: list[tuple[int, int]] = []  # names inside a compound adjective: "Mirage 2000-era jets"
    for cand in sorted(candidates, key=lambda c: (-c.priority[0], -c.priority[1], c.start)):
        if cand.end <= cand.start or any(taken[cand.start : cand.end]):
            continue
        if any(start <= cand.start and cand.end <= end for start, end in compounded):
            continue  # a shorter name inside it ("Mirage") is no mention either
        if is_adjectival(doc, cand.end, m.adjective_suffixes):
            compounded.append((cand.start, cand.end))
            continue
        if (
            is_countered(doc, cand.start, m.countering_prefixes)
            or is_figurative(doc, cand.start, m.figurative_before)
            or _metaphor(doc, cand, m, clues)
            or _capability(doc, cand, m)
        ):
            continue
        if cand.extra.get("ambiguous"):
            if not has_weapon_context(doc, cand, m, clues) and not _named_elsewhere(doc, cand, confirmed):
                continue
        elif cand.rule == "gazetteer" and is_person_part(doc, cand, m, clues):
            continue
        chosen.append(cand)
        for token in range(cand.start, cand.end):
            taken[token] = True
    chosen.sort(key=lambda c: c.start)
    kept = attach_classes(doc, chosen, m)
    return [c for c in kept if not c.extra.get("needs_aircraft") or _aircraft_not_combatants(doc, c, kept, m)]


def _aircraft_not_combatants(doc: Doc, cand: Candidate, kept: list[Candidate], m: WeaponMatchers) -> bool:
    """True when a lone "fighter(s)" is an aircraft: another aircraft is named in its sentence ("replacing its
    fighters with F-35s") and no word around it makes it a group's combatants ("Hamas fighters")."""
    low, high = _sentence_bounds(doc, cand)
    listed = _listed_with_platform(doc, cand, kept, m)
    if not listed and not any(
        other is not cand
        and other.category == "aircraft"
        and low <= other.start < high
        and not other.extra.get("needs_aircraft")
        for other in kept
    ):
        return False
    after = doc[cand.end] if cand.end < len(doc) else None
    if after is not None and after.lower_ in m.combatant_after:
        return False
    if not listed and not _introduced(doc, cand.start):
        return False  # bare "fighters crossed the border" are mostly combatants
    before = doc[cand.start - 1]
    if before.lower_ in m.combatant_before or before.ent_type_ in ("ORG", "PERSON", "GPE", "FAC"):
        return False
    plural = doc[cand.start].lower_ != doc[cand.start].lemma_.lower()
    return not (plural and (before.ent_type_ == "NORP" or before.pos_ == "PROPN"))


def _listed_with_platform(doc: Doc, cand: Candidate, kept: list[Candidate], m: WeaponMatchers) -> bool:
    """True when a lone "fighters" is listed with a weapon platform: "fighters as well as tanks", "tanks, fighters
    and helicopters" (combatants are listed with weapons, "fighters and weapons", not with tanks and ships)."""
    for other in kept:
        if other is cand or other.category not in m.platform_categories or other.extra.get("needs_aircraft"):
            continue
        gap = doc[cand.end : other.start] if other.start >= cand.end else doc[other.end : cand.start]
        words = " ".join(t.lower_ for t in gap)
        if 0 < len(gap) <= 3 and (words.removeprefix(", ") in _ADDITIVE or all(t.lower_ in _COORDINATORS for t in gap)):
            return True
    return False


def _introduced(doc: Doc, start: int) -> bool:
    """True when a determiner, possessive, quantifier or figure comes before ``start``, adjectives allowed between
    ("its fighters", "the Sino-Pakistani fighter", "24 fighters")."""
    index = start - 1
    while index >= 0 and start - index <= 4 and (doc[index].pos_ in ("ADJ", "PUNCT") and doc[index].text != ","):
        index -= 1
    if index < 0:
        return False
    word = doc[index]
    return word.lower_ in _DETERMINERS or word.lower_ in _QUANTIFYING or word.like_num or word.ent_type_ == "NORP"


def _capability(doc: Doc, cand: Candidate, m: WeaponMatchers) -> bool:
    """True for a state's capability written as a singular class: "Argentina's air defense system", "its air
    defense system", "a common air defense system" (plural, counted or named systems are weapons)."""
    if cand.rule != "class" or cand.name not in m.capability_classes or cand.start == 0:
        return False
    last = doc[cand.end - 1]
    if last.tag_ in ("NNS", "NNPS") or last.lower_.endswith("s") and last.lower_ != last.lemma_.lower():
        return False
    for before in reversed(doc[max(0, cand.start - 4) : cand.start]):  # "its integrated air and missile ..."
        if before.tag_ == "POS" or before.lower_ in _POSSESSIVE_DETERMINERS or before.lower_ in m.capability_before:
            return True
        if before.is_punct or before.lower_ in _DETERMINERS or not before.is_lower:
            return False
    return False


def _metaphor(doc: Doc, cand: Candidate, m: WeaponMatchers, clues: Clues) -> bool:
    """True for a named system after a metaphor adjective with no weapon word after it: "a digital Iron Dome"
    (a bill), but not "a digital Lance turret" nor "a digital Iron Dome battery"."""
    if cand.rule != "gazetteer" or cand.start == 0 or doc[cand.start - 1].lower_ not in m.metaphor_before:
        return False
    if any(token.is_lower for token in doc[cand.start : cand.end]):
        return False  # the name holds a common noun: "Lance turret"
    after = cand.end
    while after < len(doc) and doc[after].text in _BRIDGE:
        after += 1
    return not (after < len(doc) and (doc[after].lower_ in m.context_words or after in clues.class_starts))


def attach_classes(doc: Doc, chosen: list[Candidate], m: WeaponMatchers) -> list[Candidate]:
    """Merge a class into the named system next to it; drop hull numbers without a ship.

    "Fateh-110 short-range ballistic missiles", '"Kheibarshekan" missiles', "the Shahed line of loitering
    munitions" and "the frigate FS Forbin" are one mention of the named system, spanning the class that
    describes it. A hull number after its ship stays a mention of its own ("USS Mahan", "DDG 72"), as re3d
    marks it (the entity sentence set writes one mention; see data/README.md).
    """
    kept: list[Candidate] = []
    starts = {c.start for c in chosen}
    for cand in chosen:
        previous = kept[-1] if kept else None
        if previous is not None and cand.start < previous.end:
            continue  # inside a mention extended past its role nouns: "K-66 missile transport vehicles"
        if previous is not None and _class_names_system(previous, cand):
            cand.start = previous.start
            kept[-1] = cand
            continue
        if previous is not None and _written_twice(doc, previous, cand, m):
            merge_same_system(doc, previous, cand)
            continue
        if previous is not None and _carried_by_named(doc, previous, cand, m):
            previous.end = _past_role_nouns(doc, cand.end, m, starts)
            continue
        if previous is not None and (named_class := _ship_class_of(doc, previous, cand, m)) is not None:
            kept[-1] = named_class
            continue
        if previous is not None and _fitted_to_ship(previous, cand):
            cand.name = f"{doc[previous.start : previous.end].text} {cand.name}"
            cand.start = previous.start
            kept[-1] = cand
            continue
        if previous is not None and _class_contradicts(previous, cand):
            text = doc[previous.start : previous.end].text
            kept[-1] = Candidate(previous.start, cand.end, text, cand.category, "name_before_class")
            continue
        if previous is not None and _class_describes(doc, previous, cand, m):
            previous.end = cand.end
            continue
        if cand.extra.get("needs_name"):
            if not _warship_alone(doc, cand, chosen, m):
                continue
            del cand.extra["needs_name"]
        if previous is not None and _glosses_named(doc, previous, cand):
            name_as(cand, previous)
        if cand.rule == "hull_number" and not _after_its_ship(previous, cand):
            continue
        if _in_company_name(doc, cand, previous):
            continue
        kept.append(cand)
    return kept


def _in_company_name(doc: Doc, cand: Candidate, previous: Candidate | None) -> bool:
    """True for a capitalised class that ends a company's name the NER found: "Leonardo Rheinmetall Military
    Vehicles" (not after a system's name, "Bradley Infantry Fighting Vehicles", which the NER also calls a company)."""
    if cand.rule != "class" or cand.start == 0 or (previous is not None and previous.end == cand.start):
        return False
    first = doc[cand.start]
    if first.ent_type_ != "ORG" or first.ent_iob_ != "I" or caseless(first):
        return False
    return all(t.is_title or not t.is_alpha for t in doc[cand.start : cand.end]) and doc[cand.start - 1].is_title


def _warship_alone(doc: Doc, cand: Candidate, chosen: list[Candidate], m: WeaponMatchers) -> bool:
    """True for a lone ship word that is a warship: "received the vessel from shipbuilder Hyundai", "a Kilo-class
    submarine ... six boats in total". It needs another naval weapon or a shipbuilding word of ``warship_cues`` in
    its sentence, and no noun before it ("cargo ships", "escort vessels") or after it ("ship repairs")."""
    if cand.category != "naval" or cand.end - cand.start != 1:
        return False
    before = doc[cand.start - 1] if cand.start > 0 else None
    if before is not None and (before.pos_ in ("NOUN", "PROPN") or before.text in HYPHENS):
        return False
    if cand.end < len(doc) and doc[cand.end].pos_ in ("NOUN", "PROPN"):
        return False
    low, high = _sentence_bounds(doc, cand)
    if any(
        o is not cand and o.category == "naval" and not o.extra.get("needs_name") and low <= o.start < high
        for o in chosen
    ):
        return True
    words = [t.lower_ for t in doc[low:high]]
    return any(w in m.warship_cues or f"{w} {n}" in m.warship_cues for w, n in zip(words, [*words[1:], ""]))


def _ship_class_of(doc: Doc, previous: Candidate, cand: Candidate, m: WeaponMatchers) -> Candidate | None:
    """The "X-class" mention when named system ``previous`` right before ship type ``cand`` is also a ship class's
    name: "two Mistral amphibious assault ships" are the Mistral-class, not the Mistral missile on a ship."""
    if previous.generic or cand.rule != "class" or previous.end != cand.start:
        return None
    entry = ship_class_named(doc[previous.start : previous.end].text, cand, m)
    if entry is None:
        return None
    return Candidate(
        previous.start, cand.end, entry.name, entry.category, "gazetteer", family=entry.family, origin=entry.origin
    )


def _fitted_to_ship(previous: Candidate, cand: Candidate) -> bool:
    """True when a named combat or air defence system right before a ship class says what the ship carries:
    "an Aegis destroyer" is a destroyer (named "Aegis destroyer"), not the Aegis system."""
    return (
        not previous.generic
        and previous.category in ("air_defense", "other")
        and cand.rule == "class"
        and cand.category == "naval"
        and previous.end == cand.start
    )


def _class_contradicts(previous: Candidate, cand: Candidate) -> bool:
    """True when the class right after an ambiguous name says it is another kind of weapon than the gazetteer's
    entry: "Bastion armoured vehicles" are no Bastion (P-800) missiles, a "Toufan ballistic missile" no Toophan
    anti-tank missile. The mention is then a system named as written, of the class's category. A ship type after
    a ship-fitted system ("Aegis destroyer") is read by :func:`_fitted_to_ship` first."""
    if not previous.extra.get("ambiguous") or previous.generic or cand.rule != "class" or previous.end != cand.start:
        return False
    if cand.extra.get("needs_name") or cand.category == "other":
        return False
    if not categories_compatible(previous.category, cand.category):
        return True
    kinds = (previous.category, cand.category)
    return all(k in _MISSILE_KINDS for k in kinds) and cand.category != "missile" and len(set(kinds)) == 2


def _carried_by_named(doc: Doc, previous: Candidate, cand: Candidate, m: WeaponMatchers) -> bool:
    """True when a class right after a named system says only what it carries, before a role noun: "K-10 armored
    ammunition resupply vehicles" is the K-10, no ammunition (a class alone before a role noun stays a modifier use,
    "missile transport trucks", as the fixtures count it)."""
    return (
        not previous.generic
        and cand.generic
        and previous.end == cand.start
        and cand.end < len(doc)
        and doc[cand.end].lower_ in m.role_nouns
    )


def _past_role_nouns(doc: Doc, end: int, m: WeaponMatchers, starts: set[int]) -> int:
    """The end of the noun that role nouns qualify: "resupply vehicles" after "ammunition" (unless a mention of its
    own starts there)."""
    while end < len(doc) and doc[end].lower_ in m.role_nouns:
        end += 1
    if end < len(doc) and doc[end].pos_ == "NOUN" and end not in starts:
        end += 1
    return end


def _class_names_system(previous: Candidate, cand: Candidate) -> bool:
    """True when a class written right before a named system describes it: "the frigate FS Forbin"."""
    return (
        not cand.generic
        and previous.rule == "class"
        and not previous.extra.get("needs_name")
        and previous.end == cand.start
        and (previous.category == cand.category or previous.category in ("missile", "other"))
    )


def _written_twice(doc: Doc, previous: Candidate, cand: Candidate, m: WeaponMatchers) -> bool:
    """True when two named mentions side by side are one system written twice: "AGM-88B HARM"."""
    return (
        not cand.generic
        and not previous.generic
        and previous.end == cand.start
        and previous.rule != "hull_number"
        and cand.rule != "hull_number"
        and (same_system(previous, cand, m) or _own_name_after(doc, previous, cand))
    )


def _own_name_after(doc: Doc, previous: Candidate, cand: Candidate) -> bool:
    """True when ``cand`` opens with a word of the name of the system named right before it, written after a
    model designation: "AH-1F Cobra" (not the COBRA radar), "AH-1S Cobra"."""
    return doc[cand.start].is_alpha and later_name_word(doc[cand.start].lower_, previous.name)


def merge_same_system(doc: Doc, previous: Candidate, cand: Candidate) -> None:
    """Extend ``previous`` over ``cand``, one system written twice.

    The gazetteer's name wins, and a model designation written first still names the model ("F-16IQ
    Fighting Falcon").
    """
    if PRIORITY.get(cand.rule, 0) > PRIORITY.get(previous.rule, 0):
        previous.extra.setdefault("written", doc[previous.start : previous.end].text)
        previous.name, previous.category = cand.name, cand.category
        previous.family, previous.origin = cand.family, cand.origin
    previous.end = cand.end


def _class_describes(doc: Doc, previous: Candidate, cand: Candidate, m: WeaponMatchers) -> bool:
    """True when class ``cand`` after named system ``previous`` describes it, so the mention spans both.

    Quotes or a compound adjective between ('"Kheibarshekan" missiles', "Shahed-238 jet-powered drone"), a
    variant suffix ("Leopard 2 A6 tanks"), "line/family of" ("the Shahed line of loitering munitions") or
    describing words ("BrahMos supersonic cruise missiles").
    """
    if cand.rule != "class" or previous.generic or not categories_compatible(previous.category, cand.category):
        return False
    gap = [t.lower_ for t in doc[previous.end : cand.start]]
    if ")" in gap and previous.start > 0 and doc[previous.start - 1].text == "(":
        return False  # "(APKWS) laser-guided rocket kits": the class is the bracketed gloss's phrase's, not the gloss's
    bridged = (
        all(t in _BRIDGE for t in gap)
        or (len(gap) == 3 and gap[1] in ("-", "–") and is_adjectival(doc, previous.end + 1, m.adjective_suffixes))
        or _model_code_between(doc, previous, cand, m)
    )
    family = len(gap) == 2 and gap[0] in m.family_words and gap[1] == "of"
    described = not cand.extra.get("needs_name") and describes(doc, previous.end, cand.start, m)
    return bridged or family or described


def _model_code_between(doc: Doc, previous: Candidate, cand: Candidate, m: WeaponMatchers) -> bool:
    """True when a model code opens the gap after the named system, alone or before describing words: "Leopard 2
    A6 tanks", "Carl-Gustaf M4 recoilless rifles"."""
    if cand.start <= previous.end or not _VARIANT.match(doc[previous.end].text):
        return False
    return cand.start - previous.end == 1 or describes(doc, previous.end + 1, cand.start, m)


def _glosses_named(doc: Doc, previous: Candidate, cand: Candidate) -> bool:
    """True when class ``cand`` is bracketed right after named system ``previous``, glossing the phrase it
    ends: "K9 self-propelled howitzers (SPHs)", "Redback infantry fighting vehicles (IFVs)"."""
    return (
        cand.rule == "class"
        and not previous.generic
        and previous.end == cand.start - 1
        and doc[previous.end].text == "("
        and cand.end < len(doc)
        and doc[cand.end].text == ")"
        and categories_compatible(previous.category, cand.category)
    )


def name_as(cand: Candidate, named: Candidate) -> None:
    """Name ``cand`` as the named system it glosses (a mention of that system, no longer a class)."""
    cand.name, cand.category, cand.family, cand.origin = named.name, named.category, named.family, named.origin
    cand.generic = False
    cand.extra["variant_of"] = named.extra.get("variant_of")


def _after_its_ship(previous: Candidate | None, hull: Candidate) -> bool:
    """True when a hull number follows the ship it numbers: "USS Cole (DDG 67)"."""
    return previous is not None and previous.category == "naval" and previous.end == hull.extra["needs_ship"]


def recognise(doc: Doc, m: WeaponMatchers) -> list[Candidate]:
    """Every weapon mention in ``doc``, outside page furniture, in text order."""
    shape_matches = find_shape_matches(doc, m)
    maker_ends = {end: start for _, start, end in labelled(doc, m.makers)}
    classes = find_classes(doc, m, shape_matches)
    inherit_parenthetical(doc, classes)
    named = find_named(doc, m, maker_ends) + find_shapes(doc, m, shape_matches, maker_ends, classes)
    named = glossed_class_names(doc, m, named)
    named += lead_ships(doc, m, classes, {t for c in named for t in range(c.start, c.end)})
    covered = {t for c in named for t in range(c.start, c.end)}
    candidates = named + find_names_before_classes(doc, m, classes, covered) + classes
    candidates += find_lone_aircraft(doc, m, classes)
    chosen = select(doc, candidates, m)
    return [c for c in chosen if not in_boilerplate(doc, doc[c.start].idx, doc[c.end - 1].idx + len(doc[c.end - 1]))]


def to_record(
    doc: Doc,
    cand: Candidate,
    index: dict[str, WeaponEntry] | None = None,
    variant_words: frozenset[str] = frozenset(),
) -> Weapon:
    """The :class:`Weapon` record of a chosen mention, offsets from the spaCy span.

    With the gazetteer's designation ``index``, variant words written after a system's name ("JF-17
    Thunder Block-II jets") make the variant the gazetteer knows by that longer name; a block the
    gazetteer does not list ("Stinger Block I", with ``variant_words``) is the variant as written.
    """
    span = Span(doc, cand.start, cand.end)  # built outright: slicing the Doc makes Tokens
    parent = cand.extra.get("variant_of")
    name, model = _name_and_model(span, cand, index, variant_words)
    return Weapon(
        text=index_of(doc).text[span.start_char : span.end_char],  # ``span.text``, not rebuilt
        start=span.start_char,
        end=span.end_char,
        name=name,
        variant=_parent_variant(cand.name, model) if isinstance(parent, str) else model,
        category=cand.category,
        generic=cand.generic,
        family=cand.family,
        origin=cand.origin,
        rule=cand.rule,
    )


def _name_and_model(
    span: Span, cand: Candidate, index: dict[str, WeaponEntry] | None, variant_words: frozenset[str]
) -> tuple[str, str | None]:
    """The system's name and the model written, as :func:`to_record` gives them; a generation the gazetteer
    names as a system of its own ("Tomahawk Block-5 missiles") becomes ``cand``'s system."""
    parent = cand.extra.get("variant_of")
    written = cand.extra.get("written")
    name = parent if isinstance(parent, str) else cand.name
    model = written_model(written, name, index) if isinstance(written, str) else None
    model = model or cand.extra.get("alias_model")
    if model is None and parent is None and index is not None and (longer := _known_variant(span, cand, index)):
        if longer.variant_of == cand.name:
            model = longer.name
        else:  # "Tomahawk Block-5 missiles"
            cand.name, cand.category, cand.family = longer.name, longer.category, longer.family
            name = longer.name
    if model is None and parent is None and isinstance(written, str):
        model = _written_block(span, written, variant_words)
    if model is None and cand.family and cand.name != cand.family:
        # "Mirage 2000-9s": a model of a known family, named as such, keeps the model as its variant too
        if designation_key(cand.name).startswith(designation_key(cand.family)):
            model = cand.name
    return name, model


def _parent_variant(listed: str, model: str | None) -> str:
    """The variant of a mention of a listed model (``listed``, a ``variant_of`` entry): the written ``model`` when it
    extends the listed one ("AIM-120C-8" of the AIM-120C), else the listed model."""
    if model is not None and designation_key(model).startswith(designation_key(listed)):
        return model
    return listed


def written_model(written: str, name: str, index: dict[str, WeaponEntry] | None) -> str | None:
    """The model ``written`` names of system ``name``: a model suffix on its name or, with the gazetteer's
    ``index``, on one of its designations ("K2PL" of the K2 Black Panther, "AH-64E" of the AH-64 Apache);
    also a model written before the system's name ("M1A1 Abrams": the M1 of the M1 Abrams)."""
    plain = strip_plural(written)
    if plain[len(name) : len(name) + 1] in HYPHENS and LETTER_MODEL.match(plain[len(name) + 1 :]):
        if plain.startswith(name):
            return plain  # "Krasnopol-M2": a model code joined to a name of letters
    entry = index.get(designation_key(name)) if index is not None else None
    bases = [name, name.split()[0], *(entry.names if entry is not None else ())]
    forms = dict.fromkeys([written, written.split()[0]]) if written.split() else [written]
    for form in forms:
        for base in dict.fromkeys(bases):
            if (base == name or any(c.isdigit() for c in base)) and (model := model_designation(form, base)):
                return model
    return None


def _known_variant(span: Span, cand: Candidate, index: dict[str, WeaponEntry]) -> WeaponEntry | None:
    """The gazetteer's variant or family member of the named system named by the longest run of the span's first
    words ("JF-17 Thunder Block-II" -> "JF-17 Block II", "Tomahawk Block-5" -> "Tomahawk Block V"), else None.
    A run no longer than the name as written ("Wing Loong" of "Wing Loong IIs") names no variant of it."""
    written = cand.extra.get("written")
    shortest = len(written) if isinstance(written, str) else 0
    for end in range(min(len(span), _VARIANT_RUN), 1, -1):
        entry = index.get(designation_key(span[:end].text))
        if entry is None:
            continue
        if entry.name == cand.name or len(span[:end].text) <= shortest:
            return None  # no longer run than the system's own name is known
        if entry.variant_of == cand.name or (
            entry.variant_of is None and entry.family is not None and entry.family in (cand.name, cand.family)
        ):
            return entry
    return None


def _written_block(span: Span, written: str, variant_words: frozenset[str]) -> str | None:
    """The name as written and the block, mark or batch code right after it ("Stinger Block I", "Otomat Mk 2"), a
    variant the gazetteer does not list; None when no such code follows the name."""
    if not span.text.startswith(written):
        return None
    after = [t for t in span if t.idx - span.start_char >= len(written)]
    if not after or after[0].text.split("-")[0] not in variant_words:
        return None
    code = after[0] if "-" in after[0].text else (after[1] if len(after) > 1 else None)
    if code is None or not (_ROMAN_CODE.match(code.text.split("-")[-1]) or any(c.isdigit() for c in code.text)):
        return None
    return span.doc.text[span.start_char : code.idx + len(code.text)]


def model_designation(written: str, base: str) -> str | None:
    """The model a written designation names when it extends its system's by a model suffix, else None.

    "F-35A", "Su-30 MKI" (as "Su-30MKI") and "AIM-120C-8" are models of the F-35, Su-30 and AIM-120C:
    the record keeps the system's name and the model as its ``variant``. A production block ("F-16
    Block 70"), a plural ("CH-47 Chinooks"), a longer name ("F-35I Adir") or another designation
    ("PAC-3" of Patriot, a variant of its own in the gazetteer) is no model suffix.
    """
    written = strip_plural(written.strip())
    key, base_key = designation_key(written), designation_key(base)
    rest = key[len(base_key) :]
    if not key.startswith(base_key) or not 1 <= len(rest) <= _MODEL_SUFFIX or not any(c.isdigit() for c in base):
        return None
    if rest == "s" and written[-1:] == "s" or rest.isdigit() and base_key[-1:].isdigit():
        return None  # "F-16 70" is no model of the F-16; "T-90S" is one of the T-90
    if written.lower().startswith(base.lower()):
        suffix = written[len(base) :]
        return base + suffix.strip() if base[-1].isdigit() and suffix.strip()[:1].isalpha() else written
    return canonical_designation(written)


def remove_overlapping_ents(doc: Doc, spans: list[Span]) -> None:
    """Drop ``doc.ents`` that overlap a weapon ("UAV" as ORG, "Zolfaghar" as GPE)."""
    ents = doc.ents if spans else ()  # read once: spaCy builds the tuple of Spans on every read
    if not ents:
        return
    covered = [False] * len(doc)
    for span in spans:
        for token in range(span.start, span.end):
            covered[token] = True
    dropped = [ent for ent in ents if any(covered[ent.start : ent.end])]
    if not dropped:
        return
    if _plain_entity_tags(doc):
        # Only the dropped entities' tokens change (to outside): the same tags as setting the kept entities
        # again, without rewriting every token of a long Doc.
        doc.set_ents([], outside=dropped, default="unmodified")
    else:
        doc.ents = [ent for ent in ents if not any(covered[ent.start : ent.end])]


def _plain_entity_tags(doc: Doc) -> bool:
    """True when every token is inside or outside an entity (none missing, none blocked), as the NER leaves
    them: then setting the kept entities anew changes nothing but the dropped ones."""
    tags = doc.to_array([ENT_IOB, ENT_TYPE])
    iob, kind = tags[:, 0], tags[:, 1]
    return bool((iob != 0).all()) and not bool(((iob == 3) & (kind == 0)).any())


class WeaponRecognizer(UserEntries):
    """spaCy component: stores :class:`Weapon` records, a span group and cleaned-up entities.

    It knows the packaged gazetteer plus the user's own systems, added with :meth:`add_entries` or the
    ``extra_entries`` setting (JSONL files in the ``weapons.jsonl`` schema), and saved with the pipeline.
    """

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        spans_key: str = "arms_weapons",
        overwrite_ents: bool = True,
        extra_entries: Iterable[str | Path] = (),
    ) -> None:
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.overwrite_ents = overwrite_ents
        self.knowledge: WeaponKnowledge = packaged_weapons()
        self.matchers = build_matchers(nlp, self.knowledge)
        for path in extra_entries:
            self._use(self.knowledge.with_entries(weapon_entries(jsonl_rows(path)), source=str(path)))

    def __call__(self, doc: Doc) -> Doc:
        chosen = recognise(doc, self.matchers) if len(doc) else []
        spans = [Span(doc, c.start, c.end, label=c.category, kb_id=c.name) for c in chosen]
        doc.spans[self.spans_key] = spans
        if self.overwrite_ents:
            remove_overlapping_ents(doc, spans)
        set_records(
            doc, "arms_weapons", [to_record(doc, c, self.matchers.index, self.matchers.variant_words) for c in chosen]
        )
        return doc

    @property
    def entries(self) -> list[dict[str, Any]]:
        """The user's entries (not the packaged ones) as ``weapons.jsonl`` rows."""
        return [weapon_row(entry) for entry in self.knowledge.added]

    def add_entries(self, entries: Iterable[dict[str, Any] | WeaponEntry]) -> None:
        """Add named systems in the ``weapons.jsonl`` schema and rebuild the matchers.

        A bad entry raises :class:`~arms_nlp.kb.DataFileError` naming it and the field
        ("entry 1: category: Input should be ..."), and nothing is added.
        """
        self._use(self.knowledge.with_entries(weapon_entries(given_rows(entries))))

    def _use(self, knowledge: WeaponKnowledge) -> None:
        """Switch to ``knowledge``, rebuilding only the gazetteer-dependent matchers."""
        self.matchers = with_knowledge(self.matchers, self.nlp, knowledge)
        self.knowledge = knowledge

    def restore_entries(self, rows: list[Located]) -> None:
        """Replace the user's entries with saved rows: a loaded pipeline knows what the saved one knew."""
        self._use(packaged_weapons().with_entries(weapon_entries(rows)))
