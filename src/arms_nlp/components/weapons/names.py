"""Named weapon systems: gazetteer names, designation-shaped tokens, ship names and hull numbers."""

from __future__ import annotations

import re

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Token

from ...docindex import index_of
from ...kb.closed_class import closed_class
from ...kb.weapons import WeaponEntry
from ...normalize.designations import (
    DESIGNATION_TOKEN,
    canonical_designation,
    designation_key,
    split_designation,
    strip_plural,
)
from ...syntax import caseless
from .patterns import (
    CODE,
    HYPHENS,
    Candidate,
    WeaponMatchers,
    describing_gap,
    is_variant_word,
    joined,
    labelled,
)

#: Lower-case name particles inside ship names ("FS Charles de Gaulle").
_PARTICLES = closed_class().name_particles
_ARTICLES = closed_class().articles
_DESIGNATION_IN_TEXT = re.compile(r"(?<![\w\-])" + DESIGNATION_TOKEN.strip("^$") + r"(?![\w\-])")
_FIGURE = re.compile(r"^\d{1,3}[A-Za-z]{0,2}\d{0,2}$")
#: Entity labels that make a capitalised word before a class a place, group, date or law, not a system's name.
_NOT_SYSTEM_ENTS = frozenset({"GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "WORK_OF_ART", "DATE", "TIME", "ORG"})
_MAX_NAME_TOKENS = 5
#: The most letters of a model suffix read onto a known designation ("NE" of "Mi-28NE", "MKI").
_SUFFIX_LETTERS = 3
#: A model letter or two written after a slash ("/R" of "AGM-114L/R").
#: Slashed sibling numbers written after a designation in one token: "/29" of "Ka-27/29", "/35M" of "MiG-29/35M".
_SIBLING_NUMBERS = re.compile(r"^(?:/\d{1,3}[A-Z]{0,3})+s?$")
_MODEL_LETTERS = re.compile(r"^[A-Z]{1,2}$")
#: A model code hyphen-joined to a name ending in a figure: "5F" of "Mirage 2000-5F", "5EDA", "9" (not "era").
_MODEL_CODE = re.compile(r"^(?=.*[0-9A-Z])\d{0,2}[A-Z]{0,4}$")
#: A model code hyphen-joined to a name of letters: "M2" of "Krasnopol-M2", "M1" of "Tor-M1" (a figure in it).
LETTER_MODEL = re.compile(r"^[A-Z]{1,2}\d{1,2}[A-Z]?s?$")
#: A word of a model written after its system's name: "C" of "Gripen C", "C.2" of "Kfir C.2", "II", "Block 60".
_MODEL_WORD = re.compile(r"^(?:[A-Z]{1,3}|[A-Z]{0,3}\.?\d[0-9A-Za-z.\-]*|Block|Mk\.?|Mark)$")


def find_named(doc: Doc, m: WeaponMatchers, maker_ends: dict[int, int]) -> list[Candidate]:
    """Gazetteer names; ambiguous ones are marked for the context check.

    A maker the alias begins with ("Sukhoi Su-35") stays in the mention but not in the name as written, which
    the model is read from: "Sukhoi Su-35S" is the Su-35S model."""
    found = []
    maker_starts = {start: end for end, start in maker_ends.items()}
    for label, start, end in labelled(doc, m.named):
        entry, ambiguous = m.entries[label]
        matched_end, end = end, _glued_suffix_end(doc, end, m)
        written = doc[min(maker_starts.get(start, start), end - 1) : end].text
        start = maker_ends.get(start, start)
        cand = _from_entry(entry, start, end, "gazetteer", ambiguous=ambiguous)
        cand.extra["written"] = written
        cand.extra["alias_model"] = alias_model(written, entry)
        text = doc[end - 1].text
        # A plural made from a name ("Javelins", "Leopards", "Krasnopol-M2s"), not a name ending in "s" ("Abrams").
        cand.extra["plural"] = text.endswith("s") and (
            any(n.endswith(text[:-1]) for n in entry.names) or (end > matched_end and strip_plural(text) != text)
        )
        found.append(cand)
    return found


def alias_model(written: str, entry: WeaponEntry) -> str | None:
    """The alias ``written`` names when it is a model of the entry's system: another of the entry's names
    followed by model words ("Kfir C.2s" -> "Kfir C.2", "Gripen C", "Iskander-M"), else None. A longer
    name ("AGM-114 Hellfire", "Saab Gripen") or the name's words reordered ("Panther KF51") is no model."""
    keys = {designation_key(strip_plural(written)), designation_key(written.removesuffix("s"))}
    alias = next((a for a in entry.aliases if designation_key(a) in keys), None)
    if alias is None or designation_key(alias) == designation_key(entry.name):
        return None
    for base in entry.names:
        joint = alias[len(base) : len(base) + 1]
        rest = alias[len(base) + 1 :].split() if alias.lower().startswith(base.lower()) and joint in " -" else []
        if rest and all(_MODEL_WORD.match(word) for word in rest) and not set(rest) <= set(entry.name.split()):
            return alias
    return None


def _glued_suffix_end(doc: Doc, end: int, m: WeaponMatchers) -> int:
    """Past a model suffix the tokenizer split from the name it is written onto, unless the gazetteer knows
    that model by name ("T-90M", "Mirage 2000-5": their own entries match).

    A model letter ("Mi-38" + "T" of "Mi-38T") or a hyphen-joined model code ("Mirage 2000" + "-5F"), after a
    name ending in a figure; a hyphen-joined letters-and-figure code after a name of letters ("Krasnopol-M2").
    """
    if end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text in HYPHENS and joined(doc, end):
        if doc[end - 1].is_alpha and LETTER_MODEL.match(doc[end + 1].text):  # "Krasnopol" + "-M2"
            return end if _known_model(doc, end, end + 2, m) else end + 2
    if end >= len(doc) or doc[end - 1].whitespace_ or not doc[end - 1].text[-1:].isdigit():
        return end
    suffix = doc[end].text
    if suffix.isalpha() and suffix.isupper() and len(suffix) <= 3:
        return end if _known_model(doc, end, end + 1, m) else end + 1
    if suffix in HYPHENS and joined(doc, end) and _MODEL_CODE.match(doc[end + 1].text):
        return end if _known_model(doc, end, end + 2, m) else end + 2
    return end


def _known_model(doc: Doc, end: int, stop: int, m: WeaponMatchers) -> bool:
    """True when the last word of the name and the suffix up to ``stop`` form a designation the gazetteer knows."""
    return designation_key(doc[end - 1 : stop].text) in m.index


def _from_entry(entry: WeaponEntry, start: int, end: int, rule: str, ambiguous: bool = False) -> Candidate:
    return Candidate(
        start,
        end,
        entry.name,
        entry.category,
        rule,
        family=entry.family,
        origin=entry.origin,
        extra={"ambiguous": ambiguous, "variant_of": entry.variant_of},
    )


def find_shape_matches(doc: Doc, m: WeaponMatchers) -> list[tuple[str, int, int]]:
    """(label, start, end) of designation tokens, spaced designations, ship names, hull numbers and calibres.

    One small regex over the text finds hyphenated designations; prefix, ship and hull marks come from a
    ``PhraseMatcher`` and are checked against their neighbours, so the cost is linear in the hits.
    """
    found: list[tuple[str, int, int]] = []
    for hit in _DESIGNATION_IN_TEXT.finditer(index_of(doc).text):
        span = doc.char_span(hit.start(), hit.end())
        if span is None and (token := _with_sibling_numbers(doc, hit.start(), hit.end())) is not None:
            found.append(("SIBLINGS", token, token + 1))  # "Ka-27/29": one token naming two models
        if span is not None and len(span) == 1:
            start = span.start
            if _bracketed_hull(doc, start, m):
                found.append(("HULL", start - 1, span.end + 1))  # "(HQ-011)": a hull number written joined
            elif _slash_prefixed(doc, start, m.slash_prefixes):
                found.append(("SLASHED", start - 2, span.end))
            else:
                found.append(("DESIGNATION", start, span.end))
    size = len(doc)
    for label, start, end in labelled(doc, m.marks):
        if label == "PREFIX":
            if end < size and _FIGURE.match(doc[end].text):
                found.append(("DESIGNATION_SPACED", start, end + 1))
            elif end + 1 < size and doc[end].text == "-" and _FIGURE.match(doc[end + 1].text):
                found.append(("DESIGNATION_SPACED", start, end + 2))
        elif label == "SHIP":
            stop, longest = end, 1 if caseless(doc[start]) else 3  # a headline capitalises the words after the name
            while (
                stop < size
                and stop - end < longest
                and (
                    doc[stop].is_title
                    or (doc[stop].lower_ in _PARTICLES and stop + 1 < size and doc[stop + 1].is_title)
                )
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
    for label, start, end in labelled(doc, m.units):
        if start > 0 and doc[start - 1].like_num:
            found.append((label, start - 1, end))
    return found


def _with_sibling_numbers(doc: Doc, start: int, end: int) -> int | None:
    """The index of the token that a designation at chars ``start:end`` opens with a slashed sibling number
    after it ("Ka-27/29", "Su-27/30": the tokenizer keeps them one token), else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or span.start_char != start:
        return None
    return span.start if _SIBLING_NUMBERS.match(span.text[end - start :]) else None


def _sibling_models_end(doc: Doc, end: int) -> int:
    """Past sibling model letters slashed onto a designation ("AGM-114L/R", "F-16C/D"): one mention of both."""
    while end + 1 < len(doc) and doc[end].text == "/" and joined(doc, end) and _MODEL_LETTERS.match(doc[end + 1].text):
        end += 2
    return end


def _slash_prefixed(doc: Doc, start: int, prefixes: frozenset[str]) -> bool:
    """True when the token at ``start`` is written right after a slash prefix: "AN/TPQ-36"."""
    return (
        start >= 2
        and doc[start - 1].text == "/"
        and doc[start - 2].text in prefixes
        and not doc[start - 2].whitespace_
        and not doc[start - 1].whitespace_
    )


def find_shapes(
    doc: Doc,
    m: WeaponMatchers,
    shape_matches: list[tuple[str, int, int]],
    maker_ends: dict[int, int],
    classes: list[Candidate],
) -> list[Candidate]:
    """Designation-shaped tokens, ship names and hull numbers."""
    class_starts = {c.start: c for c in classes if not c.extra.get("needs_name")}
    found: list[Candidate] = []
    for label, start, end in shape_matches:
        if label in ("DESIGNATION", "DESIGNATION_SPACED"):
            cand = resolve_designation(doc, start, end, m, class_starts) or renamed(doc, start, end, m, classes)
            if cand is not None:
                cand.start = maker_ends.get(cand.start, cand.start)
                cand.end = _sibling_models_end(doc, cand.end)
                found.append(cand)
        elif label == "SLASHED":
            found.append(resolve_slashed(doc, start, end, m, class_starts))
        elif label == "SIBLINGS" and (cand := _first_sibling(doc, start, m)) is not None:
            found.append(cand)
        elif label == "SHIP":
            name = " ".join(t.text for t in doc[start:end])
            found.append(Candidate(start, end, name, "naval", "ship_name"))
        elif label == "HULL":
            name = " ".join(t.text for t in doc[start + 1 : end - 1])
            if not any(c.rule == "ship_name" and c.end == start for c in found) and _naval_class_before(
                doc, start, classes
            ):
                found.extend(ship_named_before(doc, start))
            found.append(Candidate(start + 1, end - 1, name, "naval", "hull_number", extra={"needs_ship": start}))
    ships = [c for c in found if c.rule == "ship_name" and not c.extra.get("unprefixed")]
    if ships:
        found.extend(repeated_ship_names(doc, ships))
    return found


def _first_sibling(doc: Doc, index: int, m: WeaponMatchers) -> Candidate | None:
    """The known system of the first model of a slashed pair ("Ka-27/29" is the Ka-27 and its sibling), spanning the
    token; None when the gazetteer knows neither the pair nor its first model."""
    text = doc[index].text
    entry = m.index.get(designation_key(strip_plural(text))) or m.index.get(designation_key(text.split("/")[0]))
    if entry is None:
        return None
    cand = _from_entry(entry, index, index + 1, "gazetteer")
    cand.extra["written"] = text.split("/")[0]
    return cand


def ship_named_before(doc: Doc, bracket: int) -> list[Candidate]:
    """The ship named by the capitalised words right before a bracketed hull number: "Ly Thai To (HQ-012)",
    "Haiphong (HQ 184)". Up to four words; an article ends the name."""
    start = bracket
    while start > 0 and bracket - start < 4 and _ship_name_word(doc[start - 1]):
        start -= 1
    if start == bracket or doc[bracket - 1].whitespace_ == "":
        return []
    name = doc[start:bracket].text
    return [Candidate(start, bracket, name, "naval", "ship_name", extra={"unprefixed": True})]


def _naval_class_before(doc: Doc, index: int, classes: list[Candidate]) -> bool:
    """True when a naval class ("frigates", "submarine") is written earlier in the sentence of ``index``."""
    low = doc[index].sent.start if doc.has_annotation("SENT_START") else max(0, index - 20)
    return any(c.category == "naval" and low <= c.start and c.end <= index for c in classes)


def _ship_name_word(token: Token) -> bool:
    """A capitalised word of a ship's name: people and places name ships ("Ly Thai To", "Haiphong")."""
    return token.is_title and token.is_alpha and token.lower_ not in _ARTICLES


def _bracketed_hull(doc: Doc, index: int, m: WeaponMatchers) -> bool:
    """True for a hull number written as one token between brackets: "(HQ-011)", "(FFG-07)"."""
    return (
        0 < index < len(doc) - 1
        and doc[index - 1].text == "("
        and doc[index + 1].text == ")"
        and doc[index].text.split("-")[0] in m.lexicon.hull_prefixes
    )


def repeated_ship_names(doc: Doc, ships: list[Candidate]) -> list[Candidate]:
    """Later bare mentions of a named ship ("HMS Ocean" ... "Ocean"), found in one pass over the tokens."""
    by_first: dict[str, list[tuple[tuple[str, ...], Candidate]]] = {}
    for ship in ships:
        words = tuple(t.text for t in doc[ship.start + 1 : ship.end])
        by_first.setdefault(words[0], []).append((words, ship))
    found = []
    for token in (doc[i] for i in index_of(doc).having(ORTH, *by_first)):  # the ships' first words only
        for words, ship in by_first[token.text]:
            end = token.i + len(words)
            if token.i > ship.start and tuple(t.text for t in doc[token.i : end]) == words:
                found.append(Candidate(token.i, end, ship.name, "naval", "ship_name", extra={"repeat": True}))
    return found


def renamed(doc: Doc, start: int, end: int, m: WeaponMatchers, classes: list[Candidate]) -> Candidate | None:
    """A designation introduced as the name of a weapon mentioned before it: "the Mohajer-2 drone, designated ANSU-100"."""
    cue_end = start
    while cue_end > 0 and doc[cue_end - 1].lower_ in ("the", '"', "“", "'", "‘"):
        cue_end -= 1
    words = [t.lower_ for t in doc[max(0, cue_end - 2) : cue_end]]
    if not any(words[len(words) - len(cue) :] == list(cue) for cue in m.naming_cues if len(cue) <= len(words)):
        return None
    sentence_start = doc[start].sent.start if doc.has_annotation("SENT_START") else max(0, start - 20)
    before = [c for c in classes if sentence_start <= c.start and c.end <= cue_end and not c.extra.get("needs_name")]
    if not before:
        return None
    text = doc[start:end].text
    return Candidate(start, end, canonical_designation(text), before[-1].category, "designation_pattern")


def resolve_slashed(doc: Doc, start: int, end: int, m: WeaponMatchers, class_starts: dict[int, Candidate]) -> Candidate:
    """A slash-prefixed designation ("AN/TPQ-36"): military equipment whether or not a weapon word follows."""
    text = doc[start:end].text
    entry = m.index.get(designation_key(strip_plural(text)))
    if entry is not None:
        return _from_entry(entry, start, end, "gazetteer")
    described = class_starts.get(end)
    category = described.category if described is not None else "other"
    return Candidate(start, end, strip_plural(text), category, "designation_pattern")


def resolve_designation(
    doc: Doc, start: int, end: int, m: WeaponMatchers, class_starts: dict[int, Candidate]
) -> Candidate | None:
    """A designation token as a known system, a family member, or (before a weapon noun) a new system."""
    text = "".join(t.text for t in doc[start:end]) if end - start == 3 else doc[start:end].text
    following = doc[end].lower_ if end < len(doc) else ""
    described = class_starts.get(end)
    if end - start > 1 and described is None and following not in m.context_words:
        return None  # "Shaheen 3 for 25": a spaced name and figure is a designation only before a weapon word
    key = designation_key(strip_plural(text))
    weapon_word_after = described is not None or following in m.context_words
    entry = m.index.get(key)
    base = model_base(key, m.index) if entry is None else None
    if base is not None and (weapon_word_after or _own_name_word(doc, end, base)):
        entry = base
    if entry is not None:
        return _written(entry, start, end, text)
    if weapon_word_after and (cand := _with_word_before(doc, start, end, key, m)):
        return cand
    canonical = canonical_designation(text)
    parts = split_designation(canonical)
    if parts is None:
        return None
    if following in m.blocked_after or parts[0] in m.variant_words:
        return None  # "Block-5", "Mk-2": a variant of the system named before it, never a system itself
    prefix = m.prefixes.get(parts[0])
    if prefix is not None and len(parts[1]) >= prefix.min_digits:
        if base is not None and base.category != prefix.category:  # "C-130H": no air-defence "C-" code
            return _written(base, start, end, text)
        return Candidate(start, end, canonical, prefix.category, "designation_pattern", family=prefix.family)
    if described is not None and end - start == 1:
        return Candidate(start, end, canonical, described.category, "designation_pattern")
    return None


def _written(entry: WeaponEntry, start: int, end: int, text: str) -> Candidate:
    """The gazetteer candidate of ``entry`` for a designation written as ``text``."""
    cand = _from_entry(entry, start, end, "gazetteer")
    cand.extra["written"] = text
    return cand


def _own_name_word(doc: Doc, end: int, entry: WeaponEntry) -> bool:
    """True when the token at ``end`` is a word of ``entry``'s names after its designation: "CH-47F Chinook",
    a model suffix the gazetteer does not list, written before the system's own name."""
    if end >= len(doc) or not doc[end].is_alpha or not doc[end].is_title:
        return False
    return any(later_name_word(doc[end].lower_, name) for name in entry.names)


def later_name_word(word: str, name: str) -> bool:
    """True when lowercase ``word`` is a word of ``name`` after its first ("chinook" of "CH-47 Chinook"): a word
    that may follow a model of the system as its own name."""
    return word in name.lower().split()[1:]


def _with_word_before(doc: Doc, start: int, end: int, key: str, m: WeaponMatchers) -> Candidate | None:
    """The system a designation names with the capitalised word before it, its name's first word: "Wing
    Loong-10B drones" (the Wing Loong 10); asked only before a weapon word."""
    if start == 0 or not doc[start - 1].is_title or not doc[start - 1].whitespace_:
        return None
    before = designation_key(doc[start - 1].text) + key
    entry = m.index.get(before) or model_base(before, m.index)
    if entry is None:
        return None
    cand = _from_entry(entry, start - 1, end, "gazetteer")
    cand.extra["written"] = doc[start - 1 : end].text
    return cand


def model_base(key: str, index: dict[str, WeaponEntry]) -> WeaponEntry | None:
    """The system a designation key names with a model suffix of up to three letters the gazetteer does not list:
    "mi28ne" (Mi-28NE) is the Mi-28, "wingloong10b" the Wing Loong 10; the base must end in a figure, so that
    "f16" is never read as "F-1" and a suffix "6"; nor an ambiguous name ("K9"), which needs its context check."""
    for cut in range(1, _SUFFIX_LETTERS + 1):
        base, rest = key[:-cut], key[-cut:]
        entry = index.get(base) if rest.isalpha() and base[-1:].isdigit() else None
        if entry is not None and not any(designation_key(n) == base for n in entry.ambiguous):
            return entry
    return None


def find_names_before_classes(
    doc: Doc, m: WeaponMatchers, classes: list[Candidate], covered: set[int]
) -> list[Candidate]:
    """Systems the gazetteer does not know, named right before their class.

    "Akash air defense systems", "ATAGS towed howitzers", "Wing Loong II drones", "Virginia-class submarines":
    a run of name-like tokens (codes, acronyms, and, with a tagger, capitalised proper nouns that are no
    country, group, place or date) ends right before the class, or before words describing it. The class must
    head its phrase: in "the Kyiv drone attack" "drone" modifies "attack", and "Kyiv" names no drone.
    """
    tagged = doc.has_annotation("TAG")
    found: list[Candidate] = []
    for cls in classes:
        if cls.extra.get("needs_name") or cls.start == 0 or _modifies_next(doc, cls.end, tagged):
            continue
        end = cls.start
        if tagged:
            gap = end
            while gap > 0 and end - gap < 5 and (doc[gap - 1].is_lower or doc[gap - 1].text in HYPHENS):
                if _class_suffix_ends_at(doc, gap, m):
                    break
                gap -= 1
            while gap < end and not describing_gap(doc, gap, end):
                gap += 1
            end = gap
        stop = end - 2 if _class_suffix_ends_at(doc, end, m) else end
        start = _name_run_start(doc, stop, m, covered, tagged)
        if start is not None and caseless(doc[cls.start]):
            start = _caseless_run_start(doc, start, stop, m)
        if start is None or _after_joined_name(doc, start, covered):
            continue
        variant_run = all(is_variant_word(t, m) or t.text in HYPHENS for t in doc[start:stop])
        after_name = start - 1 in covered or (
            start > 1 and doc[start - 1].text in m.variant_words and start - 2 in covered
        )
        if variant_run and (after_name or doc[start].text.split("-")[0] in m.variant_words):
            continue  # "Harpoon Block II missiles": a variant of the name before it, merged later; "its Block-III jets"

        name = doc[start:end].text if stop < end else doc[start:stop].text
        known = m.index.get(designation_key(strip_plural(name))) or ship_class_named(name, cls, m)
        if known is not None:  # "F16 fighter jets": a known system written another way
            cand = _from_entry(known, start, end, "name_before_class")
            cand.extra["written"] = name
            found.append(cand)
            continue
        found.append(Candidate(start, end, name, cls.category, "name_before_class"))
    return found


def _after_joined_name(doc: Doc, start: int, covered: set[int]) -> bool:
    """True when ``start`` follows a hyphen joined to a named system ("Rafale-M jets"): a model of that name, never
    a name of its own ("M jets")."""
    return (
        start > 1
        and doc[start - 1].text in HYPHENS
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and start - 2 in covered
    )


def ship_class_named(name: str, cls: Candidate, m: WeaponMatchers) -> WeaponEntry | None:
    """The gazetteer's "X-class" entry when a ship type follows its class's name without "-class": "Kilo
    submarines", "Mistral amphibious assault ships" are the Kilo- and Mistral-class."""
    if cls.category != "naval":
        return None
    entry = m.index.get(designation_key(f"{name}-class"))
    return entry if entry is not None and entry.category == "naval" else None


def _class_suffix_ends_at(doc: Doc, end: int, m: WeaponMatchers) -> bool:
    """True when "-class" ends at ``end``, hyphen-joined to the name before it ("Virginia-class")."""
    return (
        end >= 3 and doc[end - 1].lower_ in m.class_suffixes and doc[end - 2].text in HYPHENS and joined(doc, end - 2)
    )


def _caseless_run_start(doc: Doc, start: int, stop: int, m: WeaponMatchers) -> int | None:
    """Where a name run on a line of capitals or title case starts: "US SENDS 300 ARMORED VEHICLES" is no name, as
    capitals say nothing there. The longest known name ending the run stands; else only the words whose shape is a
    code whatever the case (digits: "K9", "ZS-10") are kept, after the last plain word."""
    for first in range(start, stop):
        if m.index.get(designation_key(strip_plural(doc[first:stop].text))) is not None:
            return first
    plain = [t.i for t in doc[start:stop] if t.is_alpha]
    first = plain[-1] + 1 if plain else start
    while first < stop and (doc[first].like_num or doc[first].text in HYPHENS):
        first += 1
    return first if first < stop else None


def _modifies_next(doc: Doc, end: int, tagged: bool) -> bool:
    """True when the class is a modifier of the noun after it ("drone attack", "missile program")."""
    if end >= len(doc):
        return False
    after = doc[end]
    return after.is_lower and (after.pos_ in ("NOUN", "PROPN") if tagged else after.is_alpha)


def _name_run_start(doc: Doc, stop: int, m: WeaponMatchers, covered: set[int], tagged: bool) -> int | None:
    """Where the run of name-like tokens ending at ``stop`` starts, or None when there is no such run."""
    start = stop
    kinds: list[str] = []
    while start > 0 and len(kinds) < _MAX_NAME_TOKENS:
        token = doc[start - 1]
        kind = _name_kind(token, m, covered, tagged)
        if kind is not None:
            kinds.append(kind)
            start -= 1
        elif (
            start >= 2
            and token.text in HYPHENS
            and joined(doc, start - 1)
            and _name_kind(doc[start - 2], m, covered, tagged)
        ):
            start -= 1
        else:
            break
    while start < stop and (doc[start].like_num or doc[start].text in HYPHENS):
        start += 1
    if start == stop or all(k == "number" for k in kinds):
        return None
    run = doc[start:stop]
    if all(t.is_digit or t.text in HYPHENS or _name_kind(t, m, covered, tagged) == "title" for t in run):
        if any(t.ent_type_ in _NOT_SYSTEM_ENTS for t in run):
            return None
    return start


def _name_kind(token: Token, m: WeaponMatchers, covered: set[int], tagged: bool) -> str | None:
    """ "code" (K2PL, ATAGS, BrahMos, II), "number" (2020), "title" (a proper noun: Akash), or None."""
    text = token.text
    if token.i in covered or text in m.not_names or not CODE.match(text) or m.glued_measure.match(text):
        return None
    if text.isdigit():
        return "number" if len(text) <= 4 else None
    if any(c.isdigit() for c in text):
        return "code" if any(c.isalpha() for c in text) else None
    if not text.isalpha():
        return None
    if len(text) >= 2 and (text.isupper() or any(c.isupper() for c in text[1:])):
        return "code"
    if tagged and token.is_title and token.pos_ == "PROPN" and not token.is_sent_start:
        return "title"
    return None


def glossed_class_names(doc: Doc, m: WeaponMatchers, named: list[Candidate]) -> list[Candidate]:
    """A ship class written with a gloss before "class": "the Gepard (Cheetah) class frigates" is the
    Gepard-class, not the Gepard gun with a Cheetah helicopter. The name and its gloss become one mention
    of the "X-class" entry; names inside the brackets are dropped."""
    replaced: dict[int, Candidate] = {}
    for cand in named:
        close = _gloss_end(doc, cand.end)
        if close is None:
            continue
        written = doc[cand.start : cand.end].text
        entry = m.index.get(designation_key(f"{written}-class")) or m.index.get(designation_key(f"{written} class"))
        if entry is not None and entry.category == "naval":
            replaced[cand.start] = _from_entry(entry, cand.start, close + 2, "name")
    if not replaced:
        return named
    inside = {i for cand in replaced.values() for i in range(cand.start, cand.end)}
    return [
        replaced.get(c.start, c) if c.start in replaced else c
        for c in named
        if c.start in replaced or c.start not in inside
    ]


def _gloss_end(doc: Doc, end: int) -> int | None:
    """The closing bracket of "( words )" right at ``end`` when "class" follows it, else None."""
    if end >= len(doc) or doc[end].text != "(":
        return None
    for close in range(end + 2, min(end + 6, len(doc) - 1)):
        if doc[close].text == ")":
            return close if doc[close + 1].lower_ == "class" else None
    return None


def lead_ships(doc: Doc, m: WeaponMatchers, classes: list[Candidate], taken: set[int]) -> list[Candidate]:
    """A ship named after its class written bare ("the Riachuelo", lead boat of the Riachuelo-class), counted only
    after "the" and in a naval sentence: a naval class is written in it or a naval word ("navy", "christening")."""
    found: list[Candidate] = []
    after_the = (doc[i + 1] for i in index_of(doc).having(LOWER, "the") if i + 1 < len(doc))
    for token in after_the:
        if token.i in taken or not token.is_title:
            continue
        if designation_key(token.text) in m.index:
            continue  # a system of its own name
        entry = m.index.get(designation_key(f"{token.text}-class"))
        if entry is None or entry.category != "naval" or not _naval_sentence(doc, token.i, m, classes):
            continue
        found.append(Candidate(token.i, token.i + 1, token.text, "naval", "ship_name", extra={"unprefixed": True}))
    return found


def _naval_sentence(doc: Doc, index: int, m: WeaponMatchers, classes: list[Candidate]) -> bool:
    """True when the sentence of ``index`` writes a naval class or a naval word."""
    sent = doc[index].sent if doc.has_annotation("SENT_START") else doc[max(0, index - 20) : index + 20]
    if any(c.category == "naval" and sent.start <= c.start < sent.end for c in classes):
        return True
    return any(t.lower_ in m.naval_words for t in sent)
