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

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..extensions import in_boilerplate, set_records
from ..kb.weapons import (
    ClassHead,
    ClassModifier,
    DesignationPrefix,
    WeaponEntry,
    WeaponLexicon,
    designation_index,
    weapon_gazetteer,
    weapon_lexicon,
)
from ..normalize.designations import (
    DESIGNATION_TOKEN,
    canonical_designation,
    designation_key,
    split_designation,
    strip_plural,
)
from ..records import Weapon, WeaponCategory

#: Priority of each kind of candidate when mentions overlap (higher wins).
PRIORITY: dict[str, int] = {"gazetteer": 3, "ship_name": 2, "hull_number": 2, "designation_pattern": 2, "class": 1}
#: Tokens allowed between a named system and the class noun that describes it ("Kheibarshekan" missiles).
_BRIDGE = frozenset({'"', "'", "”", "’", "“", ")", "»"})
_CONTEXT_WINDOW = 12
#: Entity labels that make an ambiguous name a person, place or law unless a weapon word follows it.
_NON_WEAPON_ENTS = frozenset({"PERSON", "GPE", "LOC", "NORP", "LAW", "WORK_OF_ART", "EVENT", "ORG", "FAC"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "our", "his", "her"})
_COORDINATORS = frozenset({",", "and", "or", "&", "/"})
#: Lower-case name particles inside ship names ("FS Charles de Gaulle").
_PARTICLES = frozenset({"de", "la", "le", "van", "von", "der", "del", "da", "of"})
_CALIBER_UNITS = ["mm", "millimeter", "millimetre", "millimeters", "millimetres"]
_DESIGNATION_IN_TEXT = re.compile(r"(?<![\w\-])" + DESIGNATION_TOKEN.strip("^$") + r"(?![\w\-])")
_FIGURE = re.compile(r"^\d{1,3}[A-Za-z]{0,2}\d{0,2}$")


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
    """Every matcher and lookup table the recogniser needs, built once from the knowledge files."""

    named: PhraseMatcher
    makers: PhraseMatcher
    heads_lower: PhraseMatcher
    heads_exact: PhraseMatcher
    modifiers: PhraseMatcher
    marks: PhraseMatcher
    units: PhraseMatcher
    entries: dict[str, tuple[WeaponEntry, bool]]
    heads: dict[str, ClassHead]
    mods: dict[str, ClassModifier]
    prefixes: dict[str, DesignationPrefix]
    lexicon: WeaponLexicon
    context_words: frozenset[str]
    blocked_after: frozenset[str]
    family_words: frozenset[str]
    index: dict[str, WeaponEntry]


# ---------------------------------------------------------------------------------------------- building


def name_variants(name: str) -> list[str]:
    """The written forms matched for one gazetteer name: as written, plural ("Patriots", "Leopard 2s"), upper-cased."""
    variants = [name]
    last = name[-1]
    if (last.islower() and last not in "sxz") or (last.isdigit() and " " in name):
        variants.append(f"{name}s")
    if len(name) >= 6 and name.upper() != name:
        variants.append(name.upper())
    return variants


def spaced_variant(name: str) -> str | None:
    """"Fateh 110" for "Fateh-110": matched only in a weapon context ("Shaheen 3 for 25" is cricket)."""
    parts = split_designation(name)
    if parts is None:
        return None
    prefix, number, suffix = parts
    spaced = f"{prefix} {number}{suffix}"
    return None if spaced == name else spaced


def build_matchers(nlp: Language) -> WeaponMatchers:
    """Compile the gazetteer and class lexicon into spaCy matchers over ``nlp.vocab``."""
    vocab = nlp.vocab
    lexicon = weapon_lexicon()
    make = nlp.make_doc

    named = PhraseMatcher(vocab, attr="ORTH")
    entries: dict[str, tuple[WeaponEntry, bool]] = {}
    for number, entry in enumerate(weapon_gazetteer()):
        plain = [v for n in entry.names if n not in entry.ambiguous for v in name_variants(n)]
        needs_context = [v for n in entry.ambiguous for v in name_variants(n)]
        needs_context += [v for v in map(spaced_variant, entry.names) if v is not None and v not in plain]
        for ambiguous, variants in ((False, plain), (True, needs_context)):
            if variants:
                label = f"W{number}{'?' if ambiguous else ''}"
                entries[label] = (entry, ambiguous)
                named.add(label, [make(v) for v in dict.fromkeys(variants)])

    makers = PhraseMatcher(vocab, attr="ORTH")
    makers.add("MAKER", [make(m) for m in lexicon.manufacturers])

    heads_lower = PhraseMatcher(vocab, attr="LOWER")
    heads_exact = PhraseMatcher(vocab, attr="ORTH")
    heads: dict[str, ClassHead] = {}
    for number, head in enumerate(lexicon.heads):
        label = f"H{number}"
        heads[label] = head
        if head.forms:
            heads_lower.add(label, [make(f) for f in head.forms])
        if head.exact_forms:
            heads_exact.add(label, [make(f) for f in head.exact_forms])

    modifiers = PhraseMatcher(vocab, attr="LOWER")
    units = PhraseMatcher(vocab, attr="LOWER")
    mods: dict[str, ClassModifier] = {}
    for number, modifier in enumerate(lexicon.modifiers):
        label = f"M{number}"
        mods[label] = modifier
        if modifier.forms:
            modifiers.add(label, [make(f) for f in modifier.forms])
        if modifier.caliber:
            units.add(label, [make(u) for u in _CALIBER_UNITS])

    prefixes = {p.prefix: p for p in lexicon.prefixes}
    marks = PhraseMatcher(vocab, attr="ORTH")
    marks.add("PREFIX", [make(p) for p in prefixes])
    marks.add("SHIP", [make(p) for p in lexicon.ship_prefixes])
    marks.add("HULL", [make(p) for p in lexicon.hull_prefixes])

    context = {w.lower() for w in lexicon.context_words}
    for head in lexicon.heads:
        context.update(f.lower() for f in [*head.forms, *head.exact_forms] if " " not in f)
    return WeaponMatchers(
        named=named,
        makers=makers,
        heads_lower=heads_lower,
        heads_exact=heads_exact,
        modifiers=modifiers,
        marks=marks,
        units=units,
        entries=entries,
        heads=heads,
        mods=mods,
        prefixes=prefixes,
        lexicon=lexicon,
        context_words=frozenset(context),
        blocked_after=frozenset(w.lower() for w in lexicon.blocked_after),
        family_words=frozenset(w.lower() for w in lexicon.family_words),
        index=designation_index(),
    )


# ---------------------------------------------------------------------------------------------- classes


def class_name_and_category(
    head: ClassHead, compounds: Sequence[ClassHead], modifiers: Sequence[ClassModifier], overridable: Iterable[str]
) -> tuple[str, WeaponCategory]:
    """The canonical class name and category of modifiers (left to right) + compound heads + head.

    "short-range" "ballistic" + "missile" -> ("short-range ballistic missile", "ballistic_missile");
    "kamikaze" + "UAV" -> ("loitering munition", "loitering_munition").
    """
    final = head.name
    category: WeaponCategory = head.category
    generic = set(overridable)
    for modifier in reversed(modifiers):
        final = modifier.rewrite.get(final, final)
        if modifier.category is not None:
            allowed = generic if modifier.overrides is None else set(modifier.overrides)
            if category in allowed:
                category = modifier.category
    words = [m.name for m in modifiers if m.in_name] + [c.name for c in compounds] + [final]
    # "artillery" + "artillery shell": a modifier already inside the head name is not repeated.
    deduped: list[str] = []
    for word in words:
        if not deduped or not word.startswith(deduped[-1] + " ") and word != deduped[-1]:
            deduped.append(word)
        else:
            deduped[-1] = word
    return " ".join(deduped), category


def find_classes(doc: Doc, m: WeaponMatchers, shape_matches: list[tuple[str, int, int]]) -> list[Candidate]:
    """Weapon class mentions: modifier* head+ over the tokens, named canonically."""
    head_spans = filter_spans(
        [Span(doc, s, e, label=label) for label, s, e in _labelled(doc, m.heads_lower)]
        + [Span(doc, s, e, label=label) for label, s, e in _labelled(doc, m.heads_exact)]
    )
    mod_spans = [Span(doc, s, e, label=label) for label, s, e in _labelled(doc, m.modifiers)]
    mod_spans += [Span(doc, s, e, label=label) for label, s, e in shape_matches if label in m.mods]
    head_tokens = {t for span in head_spans for t in range(span.start, span.end)}
    mod_spans = filter_spans([s for s in mod_spans if not any(t in head_tokens for t in range(s.start, s.end))])
    mod_ending = {span.end: span for span in mod_spans}
    head_ending = {span.end: span for span in head_spans}
    consumed: set[int] = set()
    found: list[Candidate] = []
    for span in reversed(head_spans):
        if span.start in consumed:
            continue
        head = m.heads[span.label_]
        if _blocked(doc, span.start, head):
            continue
        modifiers: list[ClassModifier] = []
        compounds: list[ClassHead] = []
        position = span.start
        while True:
            if position in mod_ending:
                previous = mod_ending[position]
                modifiers.insert(0, m.mods[previous.label_])
            elif position in head_ending and not modifiers:
                previous = head_ending[position]
                left = m.heads[previous.label_]
                if _blocked(doc, previous.start, left) or left.requires_modifier:
                    break
                compounds.insert(0, left)
                consumed.add(previous.start)
            else:
                break
            position = previous.start
        if head.requires_modifier and not modifiers and not compounds:
            continue
        name, category = class_name_and_category(head, compounds, modifiers, m.lexicon.overridable)
        found.append(
            Candidate(position, span.end, name, category, "class", generic=True)
        )
        found.extend(coordinated_modifiers(doc, position, head, compounds, mod_ending, m))
    return found


def coordinated_modifiers(
    doc: Doc,
    position: int,
    head: ClassHead,
    compounds: Sequence[ClassHead],
    mod_ending: dict[int, Span],
    m: WeaponMatchers,
) -> list[Candidate]:
    """Conjoined modifiers share the head: "ballistic and cruise missiles" also mentions "ballistic missile"."""
    found = []
    while True:
        gap = position
        while gap > 0 and position - gap < 2 and doc[gap - 1].lower_ in _COORDINATORS:
            gap -= 1
        if gap == position or gap not in mod_ending:
            return found
        modifier_span = mod_ending[gap]
        name, category = class_name_and_category(
            head, compounds, [m.mods[modifier_span.label_]], m.lexicon.overridable
        )
        found.append(Candidate(modifier_span.start, modifier_span.end, name, category, "class", generic=True))
        position = modifier_span.start


def _blocked(doc: Doc, start: int, head: ClassHead) -> bool:
    """True when the words before the head show it is no weapon ("think tank", "in his arms", "up in arms")."""
    for blocker in head.blocked_before:
        words = blocker.split()
        if start >= len(words) and [t.lower_ for t in doc[start - len(words) : start]] == words:
            return True
    return False


def inherit_parenthetical(doc: Doc, classes: list[Candidate]) -> None:
    """"kamikaze Unmanned Aerial Vehicles (UAVs)": the bracketed class takes the name of the one it abbreviates."""
    by_end = {c.end: c for c in classes}
    for cand in classes:
        before = by_end.get(cand.start - 1)
        if (
            before is not None
            and cand.start > 0
            and doc[cand.start - 1].text == "("
            and cand.end < len(doc)
            and doc[cand.end].text == ")"
        ):
            cand.name, cand.category = before.name, before.category


# ---------------------------------------------------------------------------------------------- named systems


def find_named(doc: Doc, m: WeaponMatchers, maker_ends: dict[int, int]) -> list[Candidate]:
    """Gazetteer names; ambiguous ones are marked for the context check."""
    found = []
    for label, start, end in _labelled(doc, m.named):
        entry, ambiguous = m.entries[label]
        start = maker_ends.get(start, start)
        found.append(_from_entry(entry, start, end, "gazetteer", ambiguous=ambiguous))
    return found


def _from_entry(entry: WeaponEntry, start: int, end: int, rule: str, ambiguous: bool = False) -> Candidate:
    return Candidate(
        start,
        end,
        entry.name,
        entry.category,
        rule,
        family=entry.family,
        origin=entry.origin,
        extra={"ambiguous": ambiguous},
    )


def find_shape_matches(doc: Doc, m: WeaponMatchers) -> list[tuple[str, int, int]]:
    """(label, start, end) of designation tokens, spaced designations, ship names, hull numbers and calibres.

    One small regex over the text finds hyphenated designations; prefix, ship and hull marks come from a
    ``PhraseMatcher`` and are checked against their neighbours, so the cost is linear in the hits.
    """
    found: list[tuple[str, int, int]] = []
    for hit in _DESIGNATION_IN_TEXT.finditer(doc.text):
        span = doc.char_span(hit.start(), hit.end())
        if span is not None and len(span) == 1:
            found.append(("DESIGNATION", span.start, span.end))
    size = len(doc)
    for label, start, end in _labelled(doc, m.marks):
        if label == "PREFIX":
            if end < size and _FIGURE.match(doc[end].text):
                found.append(("DESIGNATION_SPACED", start, end + 1))
            elif end + 1 < size and doc[end].text == "-" and _FIGURE.match(doc[end + 1].text):
                found.append(("DESIGNATION_SPACED", start, end + 2))
        elif label == "SHIP":
            stop = end
            while stop < size and stop - end < 3 and (
                doc[stop].is_title or (doc[stop].lower_ in _PARTICLES and stop + 1 < size and doc[stop + 1].is_title)
            ):
                stop += 1
            if stop > end and doc[stop - 1].is_title:
                found.append(("SHIP", start, stop))
        elif (
            label == "HULL"
            and start > 0
            and end + 1 < size
            and doc[start - 1].text == "("
            and doc[end].is_digit
            and doc[end + 1].text == ")"
        ):
            found.append(("HULL", start - 1, end + 2))
    for label, start, end in _labelled(doc, m.units):
        if start > 0 and doc[start - 1].like_num:
            found.append((label, start - 1, end))
    return found


def find_shapes(
    doc: Doc,
    m: WeaponMatchers,
    shape_matches: list[tuple[str, int, int]],
    maker_ends: dict[int, int],
    classes: list[Candidate],
) -> list[Candidate]:
    """Designation-shaped tokens, ship names and hull numbers."""
    class_starts = {c.start: c for c in classes}
    found: list[Candidate] = []
    for label, start, end in shape_matches:
        if label in ("DESIGNATION", "DESIGNATION_SPACED"):
            cand = resolve_designation(doc, start, end, m, class_starts)
            if cand is not None:
                cand.start = maker_ends.get(start, start)
                found.append(cand)
        elif label == "SHIP":
            name = " ".join(t.text for t in doc[start:end])
            found.append(Candidate(start, end, name, "naval", "ship_name"))
        elif label == "HULL":
            name = f"{doc[start + 1].text} {doc[start + 2].text}"
            found.append(Candidate(start + 1, start + 3, name, "naval", "hull_number", extra={"needs_ship": start}))
    ships = [c for c in found if c.rule == "ship_name"]
    if ships:
        found.extend(repeated_ship_names(doc, ships))
    return found


def repeated_ship_names(doc: Doc, ships: list[Candidate]) -> list[Candidate]:
    """Later bare mentions of a named ship ("HMS Ocean" ... "Ocean"), found in one pass over the tokens."""
    by_first: dict[str, list[tuple[tuple[str, ...], Candidate]]] = {}
    for ship in ships:
        words = tuple(t.text for t in doc[ship.start + 1 : ship.end])
        by_first.setdefault(words[0], []).append((words, ship))
    found = []
    for token in doc:
        for words, ship in by_first.get(token.text, ()):
            end = token.i + len(words)
            if token.i > ship.start and tuple(t.text for t in doc[token.i : end]) == words:
                found.append(Candidate(token.i, end, ship.name, "naval", "ship_name", extra={"repeat": True}))
    return found


def resolve_designation(
    doc: Doc, start: int, end: int, m: WeaponMatchers, class_starts: dict[int, Candidate]
) -> Candidate | None:
    """A designation token as a known system, a family member, or (before a weapon noun) a new system."""
    text = "".join(t.text for t in doc[start:end]) if end - start == 3 else doc[start:end].text
    following = doc[end].lower_ if end < len(doc) else ""
    described = class_starts.get(end)
    if end - start > 1 and described is None and following not in m.context_words:
        return None  # "Shaheen 3 for 25": a spaced name and figure is a designation only before a weapon word
    entry = m.index.get(designation_key(strip_plural(text)))
    if entry is not None:
        return _from_entry(entry, start, end, "gazetteer")
    canonical = canonical_designation(text)
    parts = split_designation(canonical)
    if parts is None:
        return None
    if following in m.blocked_after:
        return None
    prefix = m.prefixes.get(parts[0])
    if prefix is not None and len(parts[1]) >= prefix.min_digits:
        return Candidate(start, end, canonical, prefix.category, "designation_pattern", family=prefix.family)
    if described is not None and end - start == 1:
        return Candidate(start, end, canonical, described.category, "designation_pattern")
    return None


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
    maker_ends = {end: start for _, start, end in _labelled(doc, m.makers)}
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


def _labelled(doc: Doc, matcher: PhraseMatcher) -> list[tuple[str, int, int]]:
    strings = doc.vocab.strings
    return [(strings[match_id], start, end) for match_id, start, end in matcher(doc)]


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
