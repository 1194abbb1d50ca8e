"""Weapon recognition: named systems, unknown designations and weapon classes.

Three kinds of candidate mention are found with matchers built once per pipeline:

* gazetteer names (``PhraseMatcher`` on the exact text), ambiguous ones ("Grad", "Patriot") only in a
  weapon context, with a maker written before them ("Sukhoi Su-35") included;
* designation-shaped tokens ("Shahed-238", "Su-35s", "Fateh 110"): resolved through the gazetteer's
  designation keys, else accepted when the prefix is a known family ("Hwasong-") or a weapon head noun
  follows ("Xyz-12 drones"); also ship names ("HMS Ocean") and hull numbers after them ("(DDG 72)");
* weapon classes built from modifier and head-noun matches ("short-range ballistic missiles",
  "kamikaze Unmanned Aerial Vehicles"), named canonically ("short-range ballistic missile", "loitering munition").

Named mentions win over overlapping designations and classes, and a class right after a named system
("Fateh-110 short-range ballistic missiles", "Shahed drones", "the Shahed line of loitering munitions") is part
of that mention, which then spans both: one weapon, not two.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import in_boilerplate, set_records
from ..records import Weapon
from ._weapon_classes import find_classes, inherit_parenthetical
from ._weapon_names import find_named, find_shape_matches, find_shapes
from ._weapon_patterns import Candidate, WeaponMatchers, build_matchers, labelled

#: Tokens allowed between a named system and the class noun that describes it ("Kheibarshekan" missiles).
_BRIDGE = frozenset({'"', "'", "”", "’", "“", ")", "»"})
_CONTEXT_WINDOW = 12
#: Entity labels that make an ambiguous name a person, place or law unless a weapon word follows it.
_NON_WEAPON_ENTS = frozenset({"PERSON", "GPE", "LOC", "NORP", "LAW", "WORK_OF_ART", "EVENT", "ORG", "FAC"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "our", "his", "her"})

# ---------------------------------------------------------------------------------------------- resolution


def has_weapon_context(
    doc: Doc, cand: Candidate, m: WeaponMatchers, cue_counts: list[int], class_starts: set[int]
) -> bool:
    """An ambiguous name counts when a weapon word follows it or another weapon is mentioned nearby.

    A nearby weapon is not enough when the name looks like part of a longer proper name ("General Bradley",
    "Grim Reaper", "Patriot Smith") or the model tags it as a person, place, organisation or law.
    """
    after = cand.end
    while after < len(doc) and doc[after].text in _BRIDGE:
        after += 1
    if after < len(doc) and (doc[after].lower_ in m.context_words or after in class_starts):
        return True
    if after + 1 < len(doc) and doc[after].like_num and doc[after + 1].lower_ in m.context_words:
        return True
    if doc[cand.start].ent_type_ in _NON_WEAPON_ENTS:
        return False
    before = doc[cand.start - 1] if cand.start > 0 else None
    if before is not None and before.is_title and before.lower_ not in _DETERMINERS and not before.is_sent_start:
        return False
    if cand.end == after and after < len(doc) and doc[after].is_title:
        return False
    if doc.has_annotation("SENT_START"):
        sent = doc[cand.start].sent
        low, high = sent.start, sent.end
    else:
        low, high = max(0, cand.start - _CONTEXT_WINDOW), min(len(doc), cand.end + _CONTEXT_WINDOW)
    inside = cue_counts[cand.end] - cue_counts[cand.start]
    return cue_counts[high] - cue_counts[low] - inside > 0


def select(doc: Doc, candidates: list[Candidate], m: WeaponMatchers) -> list[Candidate]:
    """Non-overlapping mentions: named first, then designations, then classes; longer before shorter."""
    cues = [0] * (len(doc) + 1)
    for cand in candidates:
        if not cand.extra.get("ambiguous") and cand.rule != "hull_number":
            cues[cand.start] += 1
    cue_counts = [0]
    for value in cues[:-1]:
        cue_counts.append(cue_counts[-1] + value)
    cue_counts.append(cue_counts[-1])
    class_starts = {c.start for c in candidates if c.rule == "class"}
    taken = [False] * len(doc)
    chosen: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (-c.priority[0], -c.priority[1], c.start)):
        if cand.end <= cand.start or any(taken[cand.start : cand.end]):
            continue
        if cand.extra.get("ambiguous") and not has_weapon_context(doc, cand, m, cue_counts, class_starts):
            continue
        chosen.append(cand)
        for token in range(cand.start, cand.end):
            taken[token] = True
    chosen.sort(key=lambda c: c.start)
    return attach_classes(doc, chosen, m.family_words)


def attach_classes(doc: Doc, chosen: list[Candidate], family_words: frozenset[str]) -> list[Candidate]:
    """Merge a class into the named system right before it; drop hull numbers without a ship.

    "Fateh-110 short-range ballistic missiles", '"Kheibarshekan" missiles' and "the Shahed line of loitering
    munitions" are one mention of the named system, spanning the class that describes it.
    """
    kept: list[Candidate] = []
    for cand in chosen:
        previous = kept[-1] if kept else None
        if cand.rule == "class" and previous is not None and not previous.generic:
            gap = [t.lower_ for t in doc[previous.end : cand.start]]
            bridged = all(t in _BRIDGE for t in gap)
            family = len(gap) == 2 and gap[0] in family_words and gap[1] == "of"
            if bridged or family:
                previous.end = cand.end
                continue
        if cand.rule == "hull_number":
            if previous is None or previous.category != "naval" or previous.end != cand.extra["needs_ship"]:
                continue
        kept.append(cand)
    return kept


def recognise(doc: Doc, m: WeaponMatchers) -> list[Candidate]:
    """Every weapon mention in ``doc``, outside page furniture, in text order."""
    shape_matches = find_shape_matches(doc, m)
    maker_ends = {end: start for _, start, end in labelled(doc, m.makers)}
    classes = find_classes(doc, m, shape_matches)
    inherit_parenthetical(doc, classes)
    candidates = find_named(doc, m, maker_ends) + find_shapes(doc, m, shape_matches, maker_ends, classes) + classes
    chosen = select(doc, candidates, m)
    return [
        c for c in chosen if not in_boilerplate(doc, doc[c.start].idx, doc[c.end - 1].idx + len(doc[c.end - 1]))
    ]


def to_record(doc: Doc, cand: Candidate) -> Weapon:
    """The :class:`Weapon` record of a chosen mention, offsets from the spaCy span."""
    span = doc[cand.start : cand.end]
    return Weapon(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        name=cand.name,
        category=cand.category,
        generic=cand.generic,
        family=cand.family,
        origin=cand.origin,
        rule=cand.rule,
    )


def remove_overlapping_ents(doc: Doc, spans: list[Span]) -> None:
    """Drop ``doc.ents`` that overlap a weapon ("UAV" as ORG, "Zolfaghar" as GPE)."""
    if not spans or not doc.ents:
        return
    covered = [False] * len(doc)
    for span in spans:
        for token in range(span.start, span.end):
            covered[token] = True
    doc.ents = [ent for ent in doc.ents if not any(covered[ent.start : ent.end])]


class WeaponRecognizer:
    """spaCy component: stores :class:`Weapon` records, a span group and cleaned-up entities."""

    def __init__(self, nlp: Language, name: str, *, spans_key: str = "arms_weapons", overwrite_ents: bool = True) -> None:
        self.name = name
        self.spans_key = spans_key
        self.overwrite_ents = overwrite_ents
        self.matchers = build_matchers(nlp)

    def __call__(self, doc: Doc) -> Doc:
        chosen = recognise(doc, self.matchers) if len(doc) else []
        spans = [Span(doc, c.start, c.end, label=c.category, kb_id=c.name) for c in chosen]
        doc.spans[self.spans_key] = spans
        if self.overwrite_ents:
            remove_overlapping_ents(doc, spans)
        set_records(doc, "arms_weapons", [to_record(doc, c) for c in chosen])
        return doc
