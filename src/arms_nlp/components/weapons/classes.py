"""Weapon classes over the tokens: modifier* head+ ("short-range ballistic missiles"), named canonically."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy
from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ...docindex import index_of
from ...kb.closed_class import closed_class
from ...kb.weapons import ClassHead, ClassModifier
from ...records import WeaponCategory
from ...syntax import caseless
from .patterns import (
    HYPHENS,
    Candidate,
    WeaponMatchers,
    is_adjectival,
    joined,
    labelled,
)

_COORDINATORS = closed_class().coordinators
#: Entity labels of a capitalised word that make a capitalised class word next to it part of a name.
_NAME_ENTS = frozenset({"GPE", "ORG", "FAC", "PERSON", "LOC"})


def class_name_and_category(
    head: ClassHead, compounds: Sequence[ClassHead], modifiers: Sequence[ClassModifier], overridable: Iterable[str]
) -> tuple[str, WeaponCategory]:
    """The canonical class name and category of modifiers (left to right) + compound heads + head.

    "short-range" "ballistic" + "missile" -> ("short-range ballistic missile", "ballistic_missile");
    "kamikaze" + "UAV" -> ("loitering munition", "loitering_munition"); "drone" + "aircraft" -> a UAV's category.
    """
    final = head.name
    category: WeaponCategory = head.category
    narrowing = [c.category for c in compounds if c.category in head.narrowed_by]
    if narrowing:
        category = narrowing[-1]  # "drone aircraft": the compound names the kind of aircraft
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
    head_spans, mod_spans = _head_and_modifier_spans(doc, m, shape_matches)
    mod_ending = {span.end: span for span in mod_spans}
    head_ending = {span.end: span for span in head_spans}
    opening = {span.start for span in [*head_spans, *mod_spans]}
    consumed: set[int] = set()
    found: list[Candidate] = []
    team_words = _proper_name_heads(doc, head_spans, m)
    for span in reversed(head_spans):
        if span.start in consumed:
            continue
        head = m.heads[span.label_]
        if _not_a_class_head(doc, span, head, m):
            continue
        position, modifiers, compounds = _words_before_head(doc, span, m, mod_ending, head_ending, consumed)
        if head.requires_modifier and not modifiers and not compounds:
            found.append(_lone_head(span, head))
            continue
        if (
            not modifiers
            and not compounds
            and (_team_name(doc, span) or _in_proper_name(doc, span, m) or _short_for_a_name(doc, span, team_words))
        ):
            continue
        name, category = class_name_and_category(head, compounds, modifiers, m.lexicon.overridable)
        cand = Candidate(position, span.end, name, category, "class", generic=True)
        found.append(cand)
        if not _listed_before_another(doc, span.end, opening):
            noun_after = span.end < len(doc) and doc[span.end].pos_ == "NOUN"
            listed = coordinated_modifiers(doc, position, head, compounds, mod_ending, head_ending, m, noun_after)
            # a conjoined describing word that names no class of its own ("reconnaissance and combat helicopters",
            # "155mm and 105mm artillery ammunition") is part of the one mention, not a second one
            found.extend(c for c in listed if c.name != name)
            cand.start = min([cand.start, *(c.start for c in listed if c.name == name)])
    return found


def find_lone_aircraft(doc: Doc, m: WeaponMatchers, classes: list[Candidate]) -> list[Candidate]:
    """A lone "fighter(s)" outside any class, not modifying a noun after it ("fighter pilots").

    Marked ``needs_aircraft``: the selection keeps it only beside another aircraft and not as a group's
    combatants ("Hamas fighters"), since alone the word is as often a person as a plane.
    """
    covered = {t for c in classes for t in range(c.start, c.end)}
    found = []
    # only the tokens spelling one of the words, off the Doc's LOWER array: a Token for every word costs more
    lowers = index_of(doc).array(LOWER)[:, 0]
    wanted = numpy.array([hash_string(word) for word in m.lone_aircraft_words], dtype=numpy.uint64)
    for i in numpy.flatnonzero(numpy.isin(lowers, wanted)).tolist():
        token = doc[i]
        name = m.lone_aircraft_words.get(token.lower_)
        if name is None or token.i in covered or token.pos_ not in ("NOUN", "PROPN") or token.dep_ == "compound":
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].pos_ in ("NOUN", "PROPN"):
            continue
        if _after_a_name(doc, token.i):
            continue  # "Rafale fighters", "the unmanned Kizilelma fighter": the name's own class word
        head = m.head_by_name.get(name)
        category: WeaponCategory = head.category if head is not None else "aircraft"
        found.append(
            Candidate(token.i, token.i + 1, name, category, "class", generic=True, extra={"needs_aircraft": True})
        )
    return found


def _after_a_name(doc: Doc, index: int) -> bool:
    """True when a name or designation, not a nationality, stands right before ``index`` ("KAAN", "2000-5F")."""
    if index == 0:
        return False
    before = doc[index - 1]
    if before.ent_type_ == "NORP" or before.is_sent_start and before.pos_ == "DET":
        return False
    return before.is_title or before.is_upper or any(c.isdigit() for c in before.text)


def _head_and_modifier_spans(
    doc: Doc, m: WeaponMatchers, shape_matches: list[tuple[str, int, int]]
) -> tuple[list[Span], list[Span]]:
    """The head and modifier matches of ``doc``, neither overlapping the other.

    A head inside a longer modifier is part of the modifier ("anti-tank missiles"); a modifier over a
    head's tokens is dropped.
    """
    head_spans = filter_spans(
        [Span(doc, s, e, label=label) for label, s, e in labelled(doc, m.heads_lower)]
        + [Span(doc, s, e, label=label) for label, s, e in labelled(doc, m.heads_exact)]
    )
    mod_spans = [Span(doc, s, e, label=label) for label, s, e in labelled(doc, m.modifiers)]
    mod_spans += [Span(doc, s, e, label=label) for label, s, e in shape_matches if label in m.mods]
    head_spans = [
        h for h in head_spans if not any(s.start <= h.start and h.end <= s.end and len(s) > len(h) for s in mod_spans)
    ]
    head_tokens = {t for span in head_spans for t in range(span.start, span.end)}
    mod_spans = filter_spans([s for s in mod_spans if not any(t in head_tokens for t in range(s.start, s.end))])
    return head_spans, mod_spans


def _not_a_class_head(doc: Doc, span: Span, head: ClassHead, m: WeaponMatchers) -> bool:
    """True when the words around a head show it names no weapon ("think tank", "jet-powered", "PLA Rocket Force")."""
    return (
        _blocked(doc, span.start, head)
        or _blocked_after(doc, span.end, head)
        or is_adjectival(doc, span.end, m.adjective_suffixes)
        or _institution(doc, span, m)
    )


def _words_before_head(
    doc: Doc,
    span: Span,
    m: WeaponMatchers,
    mod_ending: dict[int, Span],
    head_ending: dict[int, Span],
    consumed: set[int],
) -> tuple[int, list[ClassModifier], list[ClassHead]]:
    """Where the class of head ``span`` starts, its modifiers and its compound heads, read leftwards.

    Modifiers may be hyphen-joined to the head ("cruise-missile system"); a head right before is a
    compound ("drone boat") only before any modifier, and its start is added to ``consumed``.
    """
    modifiers: list[ClassModifier] = []
    compounds: list[ClassHead] = []
    position = span.start
    while True:
        if position in mod_ending:
            previous = mod_ending[position]
            modifiers.insert(0, m.mods[previous.label_])
        elif position - 1 in mod_ending and doc[position - 1].text in HYPHENS and joined(doc, position - 1):
            previous = mod_ending[position - 1]  # "cruise-missile system": a modifier hyphen-joined to the head
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
    return position, modifiers, compounds


def _lone_head(span: Span, head: ClassHead) -> Candidate:
    """A head that needs a modifier, written alone: a class of its own in its ``alone_forms``, else kept only
    where a named system right before it licenses it ("AN/SPY-6 radar", "M795 rounds")."""
    if span.text in head.alone_forms:
        return Candidate(span.start, span.end, head.alone_name or head.name, head.category, "class", generic=True)
    return Candidate(span.start, span.end, head.name, head.category, "class", generic=True, extra={"needs_name": True})


def _listed_before_another(doc: Doc, end: int, opening: set[int]) -> bool:
    """True when a head is one item of a list of classes ("attack, bomber, fighter and ... aircraft").

    Its conjoined modifiers then belong to the last head, not to this one ("attack" is no bomber).
    """
    gap = end
    while gap < len(doc) and gap - end < 2 and doc[gap].lower_ in _COORDINATORS:
        gap += 1
    return gap > end and gap in opening


def coordinated_modifiers(
    doc: Doc,
    position: int,
    head: ClassHead,
    compounds: Sequence[ClassHead],
    mod_ending: dict[int, Span],
    head_ending: dict[int, Span],
    m: WeaponMatchers,
    noun_after: bool = False,
) -> list[Candidate]:
    """Conjoined modifiers share the head: "ballistic and cruise missiles" also mentions "ballistic missile".

    A list needs a conjunction next to the class ("ballistic, cruise and hypersonic missiles"); a comma
    alone there stacks adjectives on one class ("long-range, air-launched cruise missiles"). Before a class that
    modifies a noun (``noun_after``), a weapons-of-mass-destruction word shares that noun, not the head:
    "nuclear and ballistic missile programs" are nuclear programs, no nuclear missile.
    """
    found = []
    conjoined = False
    while True:
        gap = position
        while gap > 0 and position - gap < 2 and doc[gap - 1].lower_ in _COORDINATORS:
            gap -= 1
        if gap == position:
            return found
        conjoined = conjoined or any(t.text != "," for t in doc[gap:position])
        if not conjoined:
            return found
        if gap not in mod_ending:
            if gap in head_ending:  # a listed head in between: "attack, bomber, fighter and ... aircraft"
                position = head_ending[gap].start
                continue
            return found
        modifier_span = mod_ending[gap]
        if m.mods[modifier_span.label_].category == "wmd" and noun_after:
            return found  # "nuclear and ballistic missile programs": nuclear programs, no nuclear missile
        shared = head if head.shared_as is None else m.head_by_name.get(head.shared_as, head)
        name, category = class_name_and_category(
            shared, compounds, [m.mods[modifier_span.label_]], m.lexicon.overridable
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


def _proper_name_heads(doc: Doc, head_spans: list[Span], m: WeaponMatchers) -> frozenset[str]:
    """Capitalised class words the text uses as part of a proper name ("the Houston Rockets")."""
    return frozenset(
        span.text for span in head_spans if len(span) == 1 and (_team_name(doc, span) or _in_proper_name(doc, span, m))
    )


def _short_for_a_name(doc: Doc, span: Span, team_words: frozenset[str]) -> bool:
    """True for a capitalised class word alone mid-sentence that the text elsewhere writes inside a proper name:
    after "the Houston Rockets", "Rockets guard Patrick Beverly" is the team again (one sense per text)."""
    if len(span) != 1 or span.text not in team_words or not span[0].is_title or span[0].is_sent_start:
        return False
    return not caseless(span[0])


def _team_name(doc: Doc, span: Span) -> bool:
    """True for a capitalised head after "the" in running text: "the Jets", "the Rockets" are teams or titles."""
    start, end = span.start, span.end
    if len(span) != 1 or not span[0].is_title or span[0].is_sent_start or start == 0 or doc[start - 1].text != "the":
        return False
    if caseless(span[0]):
        return False  # a headline capitalises every word: "Rebels Fire the Rockets at Ships"
    return end < len(doc) and not doc[end].is_title and not doc[end].is_punct or end == len(doc)


def _in_proper_name(doc: Doc, span: Span, m: WeaponMatchers) -> bool:
    """True for a capitalised class word inside a longer proper name: "Houston Rockets", "Munitions India
    Limited", "Israeli Aircraft Industries". A place, group or organisation name before it, or a capitalised
    word after it that is no weapon word, makes the run a name (a sentence written all in capitals says nothing)."""
    first = span[0]
    if len(span) != 1 or not first.is_title or first.is_sent_start or caseless(first):
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.i > 0 and doc[before.i - 1].text in HYPHENS and joined(doc, before.i - 1):
        before = None  # "Archer Self-Propelled Howitzers": a capitalised compound modifier, not a name
    if before is not None and before.is_title and before.ent_type_ in _NAME_ENTS and not before.is_sent_start:
        return True
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or not after.is_title or not after.is_alpha or after.lower_ in m.context_words:
        return False
    return after.ent_type_ in _NAME_ENTS or (
        before is not None and before.is_title and (before.pos_ == "PROPN" or before.ent_type_ == "NORP")
    )


def _institution(doc: Doc, span: Span, m: WeaponMatchers) -> bool:
    """True for a capitalised class word inside an institution's name: "the PLA Rocket Force", "Missile Defense Agency"."""
    if not span[0].is_title or caseless(span[0]):
        return False
    for token in doc[span.end : span.end + 2]:
        if not token.is_title:
            return False
        if token.lower_ in m.institution_words:
            return True
    return False


def _blocked_after(doc: Doc, end: int, head: ClassHead) -> bool:
    """True when the word after the head makes a fixed phrase that is no weapon ("arms race", "jet lag")."""
    return end < len(doc) and doc[end].lower_ in head.blocked_after


def inherit_parenthetical(doc: Doc, classes: list[Candidate]) -> None:
    """ "kamikaze Unmanned Aerial Vehicles (UAVs)": the bracketed class takes the name of the one it abbreviates."""
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
