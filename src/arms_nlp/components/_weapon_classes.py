"""Weapon classes over the tokens: modifier* head+ ("short-range ballistic missiles"), named canonically."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..kb.weapons import ClassHead, ClassModifier
from ..records import WeaponCategory
from ._weapon_patterns import Candidate, WeaponMatchers, labelled

_COORDINATORS = frozenset({",", "and", "or", "&", "/"})


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
        [Span(doc, s, e, label=label) for label, s, e in labelled(doc, m.heads_lower)]
        + [Span(doc, s, e, label=label) for label, s, e in labelled(doc, m.heads_exact)]
    )
    mod_spans = [Span(doc, s, e, label=label) for label, s, e in labelled(doc, m.modifiers)]
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
