"""The arms_transfers component: arms transfer claims (supplier, recipient, weapon, status, source).

Triggers (transfer verbs and event nouns), their roles and their status come from the
dependency parse (``roles``); role tokens are mapped to the ``arms_actors``,
``arms_weapons``, ``arms_quantities``, ``arms_dates`` and ``arms_quotes`` records
(``links``); mentions are resolved against earlier claims and merged into one
record per claim (``claims``). This module walks the article and holds the component.

Discourse rules, all of them checked on multi-dyad articles (Iran->Russia, North Korea->Russia,
United States->Ukraine in one text):

- a claim missing one party gets it only when the article pairs the other party with one clear
  partner (``fill_parties``); otherwise the party stays None;
- "Tehran denies such claims" denies the latest claim the denier is a party to;
- a pronoun theme ("refused to send them", "They were delivered") stands for the weapon just named;
- confirmed means stated by the supplier's or recipient's side; the same words from anyone else report.

The component does not catch exceptions: odd input is guarded where it can occur, so a real
defect surfaces in the tests instead of silently storing no transfers.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TypeVar

import numpy
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_SPACE, LEMMA, LOWER, SENT_START
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token
from spacy.util import minibatch

from ...contracts import require_parse, require_records
from ...docindex import index_of
from ...extensions import get_records, in_boilerplate, set_records
from ...kb.transfers import TransferLexicon, transfer_lexicon
from ...records import Mention, Transfer, Weapon
from ...syntax import OBJECTS, lemma, preps, with_conjuncts
from .claims import (
    Claim,
    carry_attribution,
    fill_parties,
    merge_claims,
    orient_pairs,
    resolve_anaphora,
    resolve_approval,
    resolve_source,
    resolve_weapon,
    to_record,
)
from .frames import FrameMatcher, deployed, elliptical_count, frame_triggers, place_adverb, standing_object
from .headlines import (
    bare_headline,
    headline_copy,
    headline_like,
    in_past,
    local_context,
    names_both,
    segment_text,
    unbulleted,
)
from .links import (
    Context,
    antecedent_weapons,
    date_for,
    definite,
    described_state,
    described_states,
    in_general,
    is_actor,
    is_party,
    leading_country,
    lede_parties,
    list_sellers,
    listed_after,
    listed_between,
    members_of,
    names_a_report,
    origins_of,
    owner_countries,
    party_name,
    quantity_for,
    refers_back,
    source_name,
    speaks_for_someone,
    weapons_for,
)
from .roles import (
    Roles,
    Trigger,
    accompanying_goods,
    anaphoric,
    approving_subject,
    find_trigger,
    mentions_trigger,
    on_order,
    roles_of,
    seizing_subject,
    status_anchor,
    stem_in,
)
from .status import Status, blocked, denial_of_claims, status_of, written_source

M = TypeVar("M", bound=Mention)


# ---------------------------------------------------------------- sentences


def _lines(doc: Doc) -> Iterator[Span]:
    begin = 0
    spaces = doc.to_array(IS_SPACE).tolist()
    for i in (i for i, space in enumerate(spaces) if space and "\n" in doc[i].text):  # newlines are space tokens
        if i > begin:
            yield doc[begin:i]
        begin = i + 1
    if begin < len(doc):
        yield doc[begin:]


#: The key of a Doc's segments (as token bounds) in its index: the look-ahead of a batch and the extraction both
#: read them.
_SEGMENTS = "transfer_segments"


def segments(doc: Doc) -> list[Span]:
    """Sentences cut at line breaks, and title-case lines (headlines) whole, however the parser split them;
    worked out once per Doc (kept as token bounds, not Spans, which would keep the Doc alive)."""
    found = index_of(doc).found
    bounds = found.get(_SEGMENTS)
    if bounds is None:
        bounds = found[_SEGMENTS] = [(span.start, span.end) for span in _segments(doc)]
    return [Span(doc, start, end) for start, end in bounds]  # built outright: slicing the Doc makes Tokens


def _segments(doc: Doc) -> Iterator[Span]:
    starts = doc.to_array(SENT_START).tolist()
    for line in _lines(doc):
        if headline_like(line):
            yield line
            continue
        begin = line.start
        for i in range(line.start + 1, line.end):
            if starts[i] == 1:
                yield doc[begin:i]
                begin = i
        yield doc[begin : line.end]


def _trimmed(segment: Span) -> Span:
    """The segment without leading and trailing whitespace tokens."""
    doc, start, end = segment.doc, segment.start, segment.end
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end] if start < end else segment


def is_question(segment: Span) -> bool:
    """A question is not a claim ("How does the transfer of ... enhance ...?")."""
    return segment_text(segment).rstrip().endswith("?")


def _inside(tokens: list[Token], segment: Span) -> list[Token]:
    return [t for t in tokens if segment.start <= t.i < segment.end]


def _parties(tokens: list[Token], ctx: Context, exclude: set[int]) -> list[str]:
    names: list[str] = []
    for tok in tokens:
        if tok.i in exclude:
            continue
        for name in _named(tok, ctx):
            if name not in names:
                names.append(name)
    return names


def _named(tok: Token, ctx: Context) -> list[str]:
    """The party a role token names; a group noun stands for the members set beside it ("two Nordic
    states, Norway and Finland": Norway, Finland; "NATO allies including Germany and France", "Western
    countries such as ..."), never for itself; a party noun of several states ("US and French firms") for each."""
    owners = owner_countries(tok, ctx)
    if len(owners) > 1:
        return owners  # "US and French firms"
    leading = leading_country(tok, ctx)
    if leading is not None:
        return [leading]
    members = _apposed(tok)
    if lemma(tok) in ctx.lex.state_group_nouns:
        # A group acting ("NATO allies including Germany and France will send") or dealt with ("contracts with
        # 30 countries including Qatar and Poland", "sales to countries such as Pakistan"): its listed members.
        members += [m for member in members_of(tok, ctx) for m in with_conjuncts(member)]
        members += [a for m in members if m.pos_ == "NOUN" for a in _apposed(m)]
    named_members = [n for m in members if (n := party_name(m, ctx))]
    if named_members and tok.pos_ == "NOUN":
        return named_members  # "the NATO country France"
    name = party_name(tok, ctx)
    return [name] if name else named_members


def _apposed(group: Token) -> list[Token]:
    """The names apposed to a noun, with their conjuncts: "the NATO country France", a group noun's members listed
    among others ("NATO members Poland and Romania")."""
    return [m for appos in group.children if appos.dep_ == "appos" for m in with_conjuncts(appos)]


def _bound_names(bound: dict[int, list[Token]], segment: Span, ctx: Context, exclude: set[int]) -> dict[int, list[str]]:
    return {i: names for i, toks in bound.items() if (names := _parties(_inside(toks, segment), ctx, exclude))}


def _for_weapon(
    names: list[str], bound: dict[int, list[str]], phrase: tuple[int, int] | None, ctx: Context
) -> list[str]:
    """The parties of one weapon: those hanging from its own phrase, else those not bound to another phrase."""
    if phrase is None or not bound:
        return names
    own: list[str] = []
    for i, found in bound.items():
        if phrase[0] <= ctx.doc[i].idx < phrase[1]:
            own.extend(n for n in found if n not in own)
    if own:
        return own
    elsewhere = {n for found in bound.values() for n in found}
    return [n for n in names if n not in elsewhere] or names


def _complete_from(between: list[str], suppliers: list[str], recipients: list[str]) -> None:
    """Fill the one missing side from the talks' or pair's participants ("Russia and Iran are in talks over
    the sale of jets to Tehran": Russia sells)."""
    if bool(suppliers) == bool(recipients):
        return
    known, missing = (suppliers, recipients) if suppliers else (recipients, suppliers)
    others = [n for n in between if n not in known]
    if len(others) == 1 and any(n in between for n in known):
        missing.append(others[0])


@dataclass
class _Parties:
    """The party names of one trigger: stated, bound to one object phrase, or implied by a weapon's origin."""

    suppliers: list[str]
    recipients: list[str]
    between: list[str]
    bound_suppliers: dict[int, list[str]]
    bound_recipients: dict[int, list[str]]
    #: Countries named in a weapon's own phrase ("Chinese drones", "Russian and Chinese arms"), by weapon
    #: start, when no supplier is stated.
    origins: dict[int, list[str]] = field(default_factory=dict)
    #: The one party on the first side of ``between`` when the other side lists several (a group's members).
    signer: str | None = None

    def any_suppliers(self) -> list[str]:
        return self.suppliers or list(dict.fromkeys(n for names in self.origins.values() for n in names))

    def suppliers_of(self, weapon: Weapon | None, phrase: tuple[int, int] | None, ctx: Context) -> list[str]:
        if self.suppliers:
            return _for_weapon(self.suppliers, self.bound_suppliers, phrase, ctx)
        if weapon is not None and weapon.start in self.origins:
            return self.origins[weapon.start]
        distinct = {tuple(names) for names in self.origins.values()}
        return list(distinct.pop()) if len(distinct) == 1 else []  # "Chinese drones and jets"


def _claim_parties(
    trigger: Trigger,
    roles: Roles,
    segment: Span,
    ctx: Context,
    weapons: list[tuple[Weapon, tuple[int, int]]],
    weapon_tokens: set[int],
) -> _Parties:
    """Map the role tokens of one trigger to party names."""
    lex = ctx.lex
    word = lemma(trigger.token)
    parties = _Parties(
        suppliers=_parties(_inside(roles.suppliers, segment), ctx, weapon_tokens),
        recipients=_parties(_inside(roles.recipients, segment), ctx, weapon_tokens),
        between=_parties(_inside(roles.between, segment), ctx, weapon_tokens),
        bound_suppliers=_bound_names(roles.bound_suppliers, segment, ctx, weapon_tokens),
        bound_recipients=_bound_names(roles.bound_recipients, segment, ctx, weapon_tokens),
    )
    between = _inside(roles.between, segment)
    if len(parties.between) > 2 and between and not any(c.dep_ == "conj" for c in between[0].children):
        first = _parties(between[:1], ctx, weapon_tokens)  # one signer, not "Washington and Riyadh signed"
        parties.signer = first[0] if len(first) == 1 else None
    modifier_tokens = [t for m in _inside(roles.modifiers, segment) if m.i not in weapon_tokens for t in m.subtree]
    named = _parties(modifier_tokens, ctx, weapon_tokens)
    if len(named) >= 2:
        parties.between = parties.between or named  # "Iran-Russia missile transfers": no direction
    elif named:
        # "Iranian shipments": the giving side; "a Ukraine aid package": a bundle's beneficiary.
        giving = trigger.frame == "supply" and word not in lex.bundle_nouns
        side = parties.suppliers if giving else parties.recipients
        side.extend(n for n in named if n not in parties.suppliers + parties.recipients)
    if not parties.suppliers:
        for weapon, phrase in weapons:
            origins = origins_of(phrase, parties.recipients, ctx)
            if origins:
                parties.origins[weapon.start] = origins
    if not parties.origins:
        _complete_from(parties.between, parties.suppliers, parties.recipients)
    return parties


def _anyone(recipients: list[Token], lex: TransferLexicon) -> bool:
    """True when the stated recipients are anyone at all: "any country", "every buyer", "no one"."""
    return bool(recipients) and all(
        any(child.dep_ == "det" and child.lower_ in lex.free_choice for child in token.children)
        or token.lower_ in lex.free_choice_pronouns
        for token in recipients
    )


@dataclass
class _Theme:
    """What one trigger moves: the weapons its objects name (with their phrases) and the object tokens naming
    them; when a pronoun stands for them, that and its count ("will hand over the last two")."""

    weapons: list[tuple[Weapon, tuple[int, int]]]
    weapon_tokens: set[int]
    refers_to_pronoun: bool = False
    count: float | None = None


@dataclass
class _Reading:
    """What every claim of one trigger shares: its status and source, looseness and evidence."""

    trigger: Trigger
    status: Status
    source: str | None
    source_is_report: bool
    weak: bool
    evidence: Mention
    date: str | None


def claims_at(trigger: Trigger, segment: Span, ctx: Context) -> list[Claim]:
    """The claims one trigger makes: one per supplier x recipient x weapon."""
    lex = ctx.lex
    if blocked(trigger, segment, lex) or (trigger.frame == "supply" and deployed(trigger.token, lex)):
        return []
    roles: Roles = roles_of(trigger, segment, lex)
    if _weapon_gives(trigger, roles, segment, ctx):
        return []  # "cruise missiles that ... provide deep strike capability": a weapon's use, no transfer
    theme = _theme(trigger, roles, segment, ctx)
    if not theme.weapons and trigger.nominal and lemma(trigger.token) in lex.bundle_nouns:
        return []  # "the aid was approved": a bundle is a transfer only with a weapon named inside
    parties = _claim_parties(trigger, roles, segment, ctx, theme.weapons, theme.weapon_tokens)
    weak = _loose(trigger, parties, theme, lex)
    if _trade_in_general(trigger, parties, theme, lex):
        return []
    if _undetermined(roles, segment, ctx) or _no_claim(weak, parties, roles, segment, theme.weapons, lex):
        return []
    status, source, source_is_report = _status_and_source(trigger, segment, ctx)
    if roles.objects and not theme.weapons and any(o.dep_ == "pobj" for o in roles.objects):
        return []  # "the provision of military assistance": an object that is not a weapon
    evidence_span = _trimmed(segment)
    evidence = Mention(text=evidence_span.text, start=evidence_span.start_char, end=evidence_span.end_char)
    reading = _Reading(trigger, status, source, source_is_report, weak, evidence, date_for(segment, trigger.token, ctx))
    claims = [
        _claim(reading, theme, parties, weapon, phrase, pair, between, ctx)
        for weapon, phrase in _weapon_rows(theme.weapons, lemma(trigger.token), trigger, lex)
        for pair in _party_pairs(parties, roles, weapon, phrase, ctx)
        for between in _sides(pair, parties)
    ]
    _mark_frame(claims, trigger, roles, parties, _refers(trigger, status, theme, ctx), lex)
    _mark_cargo(claims, trigger, roles, segment, ctx)
    return claims


def _weapon_gives(trigger: Trigger, roles: Roles, segment: Span, ctx: Context) -> bool:
    """True when every giver of a verb is a weapon, not a party ("the drones give Kyiv an edge", "missiles that
    provide long-range capability"): what a weapon provides is a capability, not goods handed over."""
    givers = _inside(roles.suppliers, segment)
    if trigger.nominal or not givers:
        return False
    return all(party_name(t, ctx) is None and weapons_for(t, ctx, trigger.token) for t in givers)


def _mark_cargo(claims: list[Claim], trigger: Trigger, roles: Roles, segment: Span, ctx: Context) -> None:
    """Record on a cargo's claims who seized it (no party to it) and whether the cargo is one named again
    ("the cargo was destined for Sudan"), whose weapons the article-level pass takes from the latest claim."""
    lex = ctx.lex
    seizer = seizing_subject(trigger, lex)
    names = _parties(_inside([seizer], segment), ctx, set()) if seizer is not None else []
    mover = roles.objects[0] if trigger.kind in ("destination", "arrival") and roles.objects else None
    again = mover is not None and lemma(mover) in lex.cargo_nouns and anaphoric(mover, lex)
    for claim in claims:
        claim.seizer = names[0] if names else None
        claim.cargo_named_again = again and claim.weapon is None


def _theme(trigger: Trigger, roles: Roles, segment: Span, ctx: Context) -> _Theme:
    """The weapons a trigger's objects name, or those a pronoun standing for the whole theme refers to."""
    weapons, weapon_tokens = _object_weapons(trigger, roles, segment, ctx)
    objects = _inside(roles.objects, segment)
    if not weapons and not objects:
        weapons = _passed_on_goods(trigger, segment, ctx)  # "sold arms to Qatar, which arranged delivery to ..."
    # Only a pronoun that is the whole theme stands for weapons ("providing them with backing": a recipient);
    # so does a bare unit noun ("India received the first three squadrons" after the S-400s were named).
    pronoun = standing_object(objects[0], ctx.lex) if len(objects) == 1 else None
    if not weapons and len(objects) == 1 and (goods := _goods_named_again(objects[0], ctx)):
        return _Theme(goods, weapon_tokens, True)  # "signed a letter of intent to procure the vessels"
    if weapons or pronoun is None:
        return _Theme(weapons, weapon_tokens)
    # "They were delivered to Russia": the weapons just named
    return _Theme(antecedent_weapons(pronoun, ctx), weapon_tokens, True, elliptical_count(objects[0]))


def _goods_named_again(obj: Token, ctx: Context) -> list[tuple[Weapon, tuple[int, int]]]:
    """The weapon a definite noun of goods no lexicon holds stands for ("the vessels", "these materials"): the
    nearest one named before it of a category the noun can name; none without a determiner ("sent ships")."""
    lex = ctx.lex
    categories = lex.anaphoric_goods.get(lemma(obj))
    if not categories or not any(c.dep_ == "det" and c.lower_ in lex.anaphoric_determiners for c in obj.children):
        return []
    before = [w for w in ctx.weapons if w.end <= obj.idx and w.category in categories]
    if not before:
        return []
    nearest = max(before, key=lambda w: w.end)
    return [(nearest, (nearest.start, nearest.end))]


def _passed_on_goods(trigger: Trigger, segment: Span, ctx: Context) -> list[tuple[Weapon, tuple[int, int]]]:
    """The goods a recipient passes on in a relative clause naming none ("Sudan sold arms to Qatar, which arranged
    delivery through Turkey to the rebels"): the intermediary moves on what the transfer it hangs on gave it."""
    tok = trigger.token
    clause = tok.head if trigger.nominal and tok.dep_ in OBJECTS else tok
    recipient = clause.head
    onward = any(True for holder in (tok, clause) for _ in preps(holder, "to"))  # not "which welcomed the delivery"
    if clause.dep_ != "relcl" or recipient.dep_ not in ("pobj", "dative", "dobj") or not onward:
        return []
    outer = recipient.head.head if recipient.dep_ == "pobj" else recipient.head
    goods = [c for c in outer.children if c.dep_ in OBJECTS and c.i != recipient.i]
    if outer.dep_ in OBJECTS and outer.pos_ == "NOUN":
        goods, outer = [outer], outer.head  # "sold rifles to Qatar, which ...": the "to" hung on the goods
    if not (segment.start <= outer.i < segment.end) or find_trigger(outer, ctx.lex) is None:
        return []
    return [pair for g in goods for pair in weapons_for(g, ctx, outer)]


def _loose(trigger: Trigger, parties: _Parties, theme: _Theme, lex: TransferLexicon) -> bool:
    """A loose trigger ("requested", "aid") that names not both sides, unless it is a bundle named again with a
    system inside or goods "on order"."""
    weak = lemma(trigger.token) in lex.weak_triggers and not (parties.any_suppliers() and parties.recipients)
    return weak and not (_bundle_named_back(trigger, theme.weapons, lex) or on_order(trigger.token, lex))


def _claim(
    reading: _Reading,
    theme: _Theme,
    parties: _Parties,
    weapon: Weapon | None,
    phrase: tuple[int, int] | None,
    pair: tuple[str | None, str | None],
    between: tuple[str, ...],
    ctx: Context,
) -> Claim:
    """One claim of a trigger: one weapon row between one supplier and one recipient."""
    status, trigger = reading.status, reading.trigger
    return Claim(
        supplier=pair[0],
        recipient=pair[1],
        weapon=weapon,
        status=status.status,
        source=reading.source,
        explicit=status.explicit,
        trigger=trigger.token.text,
        evidence=reading.evidence,
        trigger_start=trigger.token.idx,
        quantity=theme.count or (quantity_for(weapon, phrase, ctx) if weapon and phrase else None),
        date=reading.date,
        speech=status.speech and status.status in ("confirmed", "reported"),
        weapon_refers_back=refers_back(phrase, ctx) if phrase else False,
        weapon_definite=definite(phrase, ctx) if phrase else False,
        between=between,
        presupposed=status.presupposed,
        source_is_report=reading.source_is_report,
        attributed_deal=status.attributed_deal,
        weak=reading.weak,
        mentions=[reading.evidence],
    )


def _refers(trigger: Trigger, status: Status, theme: _Theme, ctx: Context) -> bool:
    """True when a trigger's claims refer back to an earlier one: "these shipments", an explicit event noun,
    a definite weapon ("the jets"), or a pronoun."""
    return (
        (trigger.nominal and (anaphoric(trigger.token, ctx.lex) or status.explicit))
        or any(definite(phrase, ctx) for _, phrase in theme.weapons)
        or theme.refers_to_pronoun
    )


def _object_weapons(
    trigger: Trigger, roles: Roles, segment: Span, ctx: Context
) -> tuple[list[tuple[Weapon, tuple[int, int]]], set[int]]:
    """The weapons a trigger's objects name, with the objects that name them; a list also takes the weapons the
    parser hung between or after its items, and a verb's list their seller ("ready to buy ... from Russia")."""
    weapons: list[tuple[Weapon, tuple[int, int]]] = []
    weapon_tokens: set[int] = set()
    for obj in _inside(roles.objects, segment):
        found = weapons_for(obj, ctx, trigger.token)
        if found:
            weapon_tokens.add(obj.i)
        for pair in found:
            if all(pair[0].start != w.start for w, _ in weapons):
                weapons.append(pair)
    if weapons and trigger.nominal:
        # "the F-15 sale along with Harpoon missiles": a kind of its own, not "other equipment" in general
        along = [
            p
            for o in _inside(_noun_accompanying_goods(trigger, ctx.lex), segment)
            for p in weapons_for(o, ctx, trigger.token)
        ]
        weapons += [p for p in along if not in_general(p[0])]
    if not weapons:
        for head in _goods_after_recipient(trigger, roles, segment):
            found = weapons_for(head, ctx, trigger.token)
            weapon_tokens.update([head.i] if found else [])
            weapons += found
    weapons = sorted(weapons + listed_between(weapons, ctx), key=lambda pair: pair[1][0])
    appended = listed_after(weapons, segment, ctx)
    weapons += appended
    if appended and not roles.suppliers and not trigger.nominal:
        roles.suppliers = list_sellers(appended, ctx)
    return weapons, weapon_tokens


def _goods_after_recipient(trigger: Trigger, roles: Roles, segment: Span) -> list[Token]:
    """The goods a verb names right after its recipient or its object, which the parser hung on that or left loose
    ("agreed to sell Algeria the Wing Loong": an apposition; "acquiring Russia's most advanced system the S-400": a
    loose noun of the verb): the phrase starting next to it, past its own numbers and determiners only."""
    tok = trigger.token
    if trigger.nominal or tok.pos_ not in ("VERB", "AUX"):
        return []
    anchors = [o for o in _inside(roles.objects, segment) if o.head.i == tok.i and o.dep_ in OBJECTS]
    for recipient in _inside(roles.recipients, segment):
        on_verb = recipient.head if recipient.dep_ == "pobj" else recipient
        if on_verb.head.i == tok.i and on_verb.dep_ in ("dative", "prep"):
            anchors.append(recipient)
    found: list[Token] = []
    for anchor in (a for a in anchors if a.i > tok.i):
        found += [t for t in anchor.children if t.dep_ == "appos" and _next_to(anchor, t)]
        found += [t for t in segment if t.dep_ in _LOOSE and t.i > anchor.i and _next_to(anchor, t)]
    return [t for t in found if t.pos_ in ("NOUN", "PROPN")]


#: Labels the parser gives a noun phrase it could not attach ("deliver to Vietnam two frigates", "purchasing the
#: system the S-400").
_LOOSE = frozenset({"dep", "npadvmod"})


def _next_to(anchor: Token, head: Token) -> bool:
    """True when the phrase of ``head`` starts right after ``anchor``, past only numbers and determiners."""
    between = anchor.doc[anchor.i + 1 : head.left_edge.i]
    return head.left_edge.i > anchor.i and all(t.pos_ in ("NUM", "DET") for t in between)


def _noun_accompanying_goods(trigger: Trigger, lex: TransferLexicon) -> list[Token]:
    """Goods joined to an event noun's own by "along with", "together with", which the parser hangs on the noun or
    on the verb governing it ("approved the sale of 12 F-16 jets to Egypt, along with Harpoon missiles"); a verb
    that makes claims of its own takes them itself."""
    tok = trigger.token
    holders = [tok]
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") and find_trigger(tok.head, lex) is None:
        holders.append(tok.head)
    return [o for holder in holders for o in accompanying_goods(holder, lex)]


def _bundle_named_back(trigger: Trigger, weapons: list[tuple[Weapon, tuple[int, int]]], lex: TransferLexicon) -> bool:
    """ "The package would include NH90 helicopters", "the package includes grenade launchers": a bundle named
    again with a system or a class of weapon inside refers back to the deal the article gave, whose parties it
    takes; no loose mention. "Weapons" alone (category other) says nothing the deal did not."""
    tok = trigger.token
    named = any(not in_general(w) for w, _ in weapons)
    return trigger.nominal and lemma(tok) in lex.bundle_nouns and anaphoric(tok, lex) and named


def _trade_in_general(trigger: Trigger, parties: _Parties, theme: _Theme, lex: TransferLexicon) -> bool:
    """True for a plural trade noun with no determiner, no recipient and no kind of weapon named ("spur British
    arms sales", "cut off its arms exports", "deliver food and supplies"): a trade as an activity, which the
    article's other parties are not to complete into a transfer."""
    tok = trigger.token
    if not trigger.nominal or tok.tag_ != "NNS" or lemma(tok) not in lex.trade_nouns:
        return False
    if parties.recipients or parties.between or any(parties.bound_recipients.values()):
        return False
    determined = any(c.dep_ in ("det", "nummod") for c in tok.children)  # "these sales", "two shipments"
    if determined or not all(in_general(w) for w, _ in theme.weapons):
        return False
    return _volume_of_trade(tok, lex) or _goods_listed(tok, lex)


def _volume_of_trade(noun: Token, lex: TransferLexicon) -> bool:
    """True when a verb of more or less ("spur", "boost", "cut off") takes the trade noun as its object."""
    return noun.dep_ == "dobj" and lemma(noun.head) in lex.volume_verbs


def _goods_listed(noun: Token, lex: TransferLexicon) -> bool:
    """True when the trade noun is listed with the goods of a transfer verb ("deliver food and supplies")."""
    first = noun.head if noun.dep_ == "conj" else None
    return first is not None and first.dep_ in OBJECTS and find_trigger(first.head, lex) is not None


def _undetermined(roles: Roles, segment: Span, ctx: Context) -> bool:
    """A side written as a region description fitting no one state of the article ("the Gulf states", "the
    Gulf kingdom" after Saudi Arabia and Bahrain): its party is unknown, and no other route is to guess it."""
    sides = _inside(roles.suppliers + roles.recipients, segment)
    return any(described_states(t) is not None and described_state(t, ctx) is None for t in sides)


def _no_claim(
    weak: bool,
    parties: _Parties,
    roles: Roles,
    segment: Span,
    weapons: list[tuple[Weapon, tuple[int, int]]],
    lex: TransferLexicon,
) -> bool:
    """True when the parties found make no claim: a loose trigger with neither side, or only classes; a
    recipient that is anyone at all."""
    no_side = not (parties.any_suppliers() or parties.recipients)
    if weak and (no_side or all(w.generic for w, _ in weapons)):
        # "Iran seeks nuclear weapons": a loose trigger needs both sides, or one and a named system the
        # article's other claims may complete ("Kiev has long requested Mirage 2000 warplanes")
        return True
    # "we may export weapons to any country": a right or a policy, no transfer to anyone in particular
    named = [t for t in _inside(roles.recipients, segment) if t not in roles.objects]
    return not parties.recipients and _anyone(named, lex)


def _status_and_source(trigger: Trigger, segment: Span, ctx: Context) -> tuple[Status, str | None, bool]:
    """The status of a trigger's claims, who states them, and whether a report (not a named actor) does."""
    lex = ctx.lex
    status = status_of(status_anchor(trigger, lex), segment, lex)
    source = next(
        (name for name in (source_name(t, ctx) for t in status.sources if t.i != trigger.token.i) if name), None
    )
    source_is_report = source is None and any(names_a_report(t, lex) for t in status.sources)
    quote = next((q for q in ctx.quotes if q.start <= trigger.token.idx < q.end), None)
    speaker = quote.speaker if quote is not None and is_actor(quote.speaker, ctx) else None
    actor = ctx.actor_index.named(speaker)
    speaker = actor.name if actor is not None else speaker  # a quote names its speaker as written ("AFP")
    if quote is not None and speaker and (source is None or quote.kind == "direct"):
        # Inside a direct quote the quoted speaker makes the claim, whoever relays it.
        source = speaker
        status = replace(status, explicit=True, speech=status.speech or not status.explicit)
    return status, source, source_is_report


def _weapon_rows(
    weapons: list[tuple[Weapon, tuple[int, int]]], word: str, trigger: Trigger, lex: TransferLexicon
) -> list[tuple[Weapon | None, tuple[int, int] | None]]:
    """One row per weapon claimed; a verb of arming with none named claims weapons in general."""
    if weapons:
        return list(weapons)  # type: ignore[arg-type]
    if word in lex.weapon_verbs:
        return [(implicit_weapon(trigger.token), None)]
    return [(None, None)]


def _sides(pair: tuple[str | None, str | None], parties: _Parties) -> list[tuple[str, ...]]:
    """The two sides of each claim of a pair with no direction: the two parties named, or one signer with each
    member of a listed group ("Baykar signed contracts with 30 countries including Qatar and Poland")."""
    if len(parties.between) == 2:
        return [tuple(parties.between)]
    if pair != (None, None) or len(parties.between) < 2 or parties.signer is None:
        return [()]
    return [(parties.signer, member) for member in parties.between if member != parties.signer]


def _party_pairs(
    parties: _Parties, roles: Roles, weapon: Weapon | None, phrase: tuple[int, int] | None, ctx: Context
) -> list[tuple[str | None, str | None]]:
    """The (supplier, recipient) pairs of one weapon; an open recipient also gives a claim without one."""
    pairs = []
    for supplier in parties.suppliers_of(weapon, phrase, ctx) or [None]:
        recipients = _for_weapon(parties.recipients, parties.bound_recipients, phrase, ctx)
        for recipient in recipients + [None] if roles.open_recipient else recipients or [None]:
            if supplier is None or supplier != recipient:
                pairs.append((supplier, recipient))
    return pairs


def _mark_frame(
    claims: list[Claim], trigger: Trigger, roles: Roles, parties: _Parties, refers: bool, lex: TransferLexicon
) -> None:
    """Record on a trigger's claims what the article-level pass needs of its frame: an approver as supplier,
    a destination no party names, and whether the claim refers back to an earlier one."""
    approver = approving_subject(trigger, lex)
    unnamed = not parties.recipients and (
        (trigger.kind == "destination" and bool(roles.recipients))
        or _class_recipient(roles, lex)
        or place_adverb(trigger.token, lex)
    )
    for claim in claims:
        claim.destination_unnamed = unnamed
        claim.approver_supplier = approver is not None and bool(roles.suppliers) and roles.suppliers[0].i == approver.i
        claim.anaphoric = refers
        claim.event_named_again = trigger.nominal and anaphoric(trigger.token, lex)  # "the contract also includes"


def _class_recipient(roles: Roles, lex: TransferLexicon) -> bool:
    """A recipient written as a bare plural class that is no party ("not providing weapons to conflict zones",
    "food and supplies to trapped civilians") or as fighters ("to the rebels"): stated, so not the article's
    partner."""
    parties = lex.party_nouns | lex.state_group_nouns
    return any(
        (t.tag_ == "NNS" and lemma(t) not in parties and not any(c.dep_ in ("det", "poss") for c in t.children))
        or t.lower_ in lex.insurgent_nouns  # "to the rebels": fighters, never the article's state partner
        for t in roles.recipients
        if t not in roles.objects
    )


def implicit_weapon(verb: Token) -> Weapon:
    """The weapons a verb of arming gives by its meaning ("arming the Houthis"), at the verb's own span."""
    return Weapon(
        text=verb.text, start=verb.idx, end=verb.idx + len(verb), name="weapon", category="other", generic=True
    )


def denial_claims(
    segment: Span, ctx: Context, history: list[Claim], tokens: Iterable[Token] | None = None
) -> list[Claim]:
    """ "Tehran denies such claims": a denied copy of the claim the denial answers (see :func:`denied_target`),
    among those the denier is a party to.

    With no resolvable denier ("the claims were denied") any earlier claim may be meant. ``tokens`` are the
    segment's words that may deny (all of them by default).
    """
    if not history:
        return []
    out: list[Claim] = []
    for tok in segment if tokens is None else tokens:
        found, who = denial_of_claims(tok, ctx.lex)
        if not found:
            continue
        source = source_name(who, ctx)
        candidates = [c for c in history if c.status != "denied" and c.weapon is not None]
        if source is not None and speaks_for_someone(source, ctx):
            # A denial answers the claims about the denier ("Pyongyang rejected the claims"): never
            # another dyad's claim that happens to come last. A denier of unknown allegiance answers the latest.
            candidates = [c for c in candidates if is_party(source, c.supplier, c.recipient, ctx)]
        if not candidates:
            continue
        latest = denied_target(candidates, segment, ctx)
        evidence_span = _trimmed(segment)
        evidence = Mention(text=evidence_span.text, start=evidence_span.start_char, end=evidence_span.end_char)
        claim = replace(
            latest,
            status="denied",
            source=source,
            explicit=True,
            trigger=tok.text,
            trigger_start=tok.idx,
            evidence=evidence,
            quantity=None,
            date=None,
        )
        claim.mentions = [evidence]
        claim.anaphoric = False
        out.append(claim)
        break
    return out


def denied_target(candidates: list[Claim], segment: Span, ctx: Context) -> Claim:
    """The claim a denial of "the claims" answers: the one whose weapon, then whose parties, the denial's own
    sentence names ("Ankara denied sending the drones to Baku"), else the latest; among the claims of that
    report (same source and parties), a named system first ("refuted these claims" after a report on Fateh-110s)."""
    weapons = [w for w in ctx.weapons if segment.start_char <= w.start and w.end <= segment.end_char]
    named = {a.name for a in ctx.actors if any(segment.start_char <= m.start < segment.end_char for m in a.mentions)}

    def fit(position: int) -> tuple[bool, int, int]:
        claim = candidates[position]
        return _weapon_named(claim.weapon, weapons), len({claim.supplier, claim.recipient} & named), position

    index = max(range(len(candidates)), key=fit)
    best = candidates[index]
    report = [
        c
        for c in candidates[max(0, index - 5) : index + 1]
        if (c.source, c.supplier, c.recipient) == (best.source, best.supplier, best.recipient)
    ]
    return next((c for c in report if c.weapon is not None and not c.weapon.generic), best)


def _weapon_named(weapon: Weapon | None, weapons: list[Weapon]) -> bool:
    """True when one of ``weapons`` (those of a denial's sentence) names the claimed weapon, by name or, for a
    generic word ("the drones"), by category."""
    if weapon is None:
        return False
    return any(
        w.name.lower() == weapon.name.lower()
        or ((w.generic or weapon.generic) and w.category == weapon.category != "other")
        for w in weapons
    )


# ---------------------------------------------------------------- headlines and the document


def reparsed_claims(segment: Span, ctx: Context, reparse: Callable[[str], Doc], text: str) -> list[Claim] | None:
    """Claims of a segment read off a parse of ``text``, a copy of it with the same tokens; None when
    that is not possible."""
    local = reparse(text)
    if len(local) != len(segment) or not local.has_annotation("DEP"):
        return None
    local_ctx = local_context(segment, local, ctx)
    evidence_span = _trimmed(segment)
    evidence = Mention(text=evidence_span.text, start=evidence_span.start_char, end=evidence_span.end_char)
    claims: list[Claim] = []
    for tok in local:
        trigger = find_trigger(tok, ctx.lex)
        if trigger is None:
            continue
        found = claims_at(trigger, local[:], local_ctx)
        written = segment[tok.i]  # the word as the input writes it ("orders" for the copy's "ordered")
        for claim in found:
            if claim.trigger == tok.text:
                claim.trigger = written.text
            claim.trigger_start += written.idx - tok.idx - segment.start_char
        claims.extend(found)
    for claim in claims:
        claim.evidence = evidence
        claim.mentions = [evidence]
        claim.trigger_start += segment.start_char  # back from the re-parsed copy's offsets
    return claims


def _article_context(doc: Doc, lex: TransferLexicon) -> Context:
    """The records of ``doc`` the rules read."""
    return Context(
        doc=doc,
        lex=lex,
        weapons=get_records(doc, "arms_weapons"),
        actors=get_records(doc, "arms_actors"),
        quantities=get_records(doc, "arms_quantities"),
        dates=get_records(doc, "arms_dates"),
        quotes=get_records(doc, "arms_quotes"),
    )


def _readable(segment: Span) -> bool:
    """A segment worth reading: not blank, not page furniture, not a question."""
    doc = segment.doc
    return (
        bool(segment_text(segment).strip())
        and not in_boilerplate(doc, segment.start_char, segment.end_char)
        and not is_question(segment)
    )


def reparse_request(segment: Span, ctx: Context) -> str | None:
    """The copy of a segment to re-parse when it may hold a claim (it mentions a trigger word and names a
    weapon and an actor), else None: a title-case headline recased with its verb in the past, a bulleted line
    without its bullets, a sentence-case headline with its verb in the past."""
    headline = headline_like(segment)  # copies are written only once worth it: they cost more than the tests
    copy = None if headline else unbulleted(segment)
    bare = copy is None and not headline and bare_headline(segment)
    if not (headline or copy is not None or bare) or not mentions_trigger(segment, ctx.lex):
        return None
    if not names_both(segment, ctx):
        return None
    if headline:
        return headline_copy(segment, ctx)
    return in_past(segment, segment_text(segment), ctx.lex) if bare else copy


def reparse_requests(doc: Doc, lex: TransferLexicon, ctx: Context | None = None) -> list[str]:
    """The texts :func:`extract_transfers` re-parses for ``doc``, in order, so that a batch of Docs can have
    them parsed at once; ``ctx`` is the Doc's context when the caller has built it already."""
    if not doc.has_annotation("DEP"):
        return []
    ctx = ctx or _article_context(doc, lex)
    return [copy for segment in segments(doc) if (copy := _plan(segment, ctx)[1]) is not None]


def _plan(segment: Span, ctx: Context) -> tuple[bool, str | None]:
    """Whether a segment is worth reading (:func:`_readable`) and its copy to re-parse (:func:`reparse_request`),
    computed once per Doc: the look-ahead of a batch and the extraction both ask."""
    key = (segment.start, segment.end)
    plan = ctx.plans.get(key)
    if plan is None:
        readable = _readable(segment)
        plan = ctx.plans[key] = (readable, reparse_request(segment, ctx) if readable else None)
    return plan


def extract_transfers(
    doc: Doc,
    lex: TransferLexicon | None = None,
    reparse: Callable[[str], Doc] | None = None,
    keep_partial: bool = False,
    ctx: Context | None = None,
    frames: FrameMatcher | None = None,
) -> list[Transfer]:
    """All transfer claims of a parsed Doc; [] without a dependency parse.

    ``reparse`` (text -> parsed Doc) lets title-case headlines and bulleted lines be read off a re-parsed copy;
    ``keep_partial`` also keeps claims whose supplier or recipient the article never gives; ``ctx`` is the
    Doc's context when the caller has built it already; ``frames`` finds the structural frames (the
    component's own; by default one over the packaged patterns).
    """
    if not doc.has_annotation("DEP"):
        return []
    ctx = ctx or _article_context(doc, lex or transfer_lexicon())
    frames = frames or FrameMatcher(doc.vocab)
    frames(doc)
    if reparse is not None:
        reparse = _with_frames(reparse, frames)
    history: list[Claim] = []
    previous: list[Claim] = []  # the claims of the segment just read, and its line
    previous_line = None
    # Headline verbs and suffixed forms are capitalised words, looked up further by find_trigger.
    candidates = indices_of(doc, ctx.lex.trigger_words, capitalised=True)
    candidates = sorted(set(candidates) | frame_triggers(doc))  # the structural frames of transfer_patterns.yaml
    deniers = indices_of(doc, ctx.lex.cues("denied").verbs | ctx.lex.labelling_verbs)
    for segment in segments(doc):
        readable, copy = _plan(segment, ctx) if reparse is not None else (_readable(segment), None)
        if not readable:
            continue
        found: list[Claim] = []
        local = None
        if copy is not None:
            local = reparsed_claims(segment, ctx, reparse, copy)  # type: ignore[arg-type]
            if not local and not headline_like(segment):
                local = None  # a sentence-case headline its own parse may read better than the copy's
        if local is None:
            local = [
                c
                for tok in _within(candidates, segment)
                if (t := find_trigger(tok, ctx.lex))
                for c in claims_at(t, segment, ctx)
            ]
        if local:
            local = join_halves(local)
            for claim in local:
                resolved = resolve_anaphora(claim, history + found, ctx.lex.successor_states)
                if resolved is not None and resolved.weapon is not None:
                    resolved = resolve_approval(resolve_weapon(resolved, history + found), history + found)
                    resolved = resolve_source(resolved, history + found)
                    found.append(resolved)
        if not any(c.status == "denied" for c in found):
            # "Iran, a key supplier of drones to Russia, denied the report": the earlier claims are denied.
            found += denial_claims(segment, ctx, history, _within(deniers, segment))
        line = index_of(doc).line_at(segment.start_char)
        carry_attribution(found, previous if line is previous_line else [])
        previous, previous_line = found, line
        history.extend(found)
    named = {a.name for a in ctx.actors if a.kind == "country"}
    filled = fill_parties(orient_pairs(history), lede_parties(ctx), named)
    claims = [_by_whom(c, ctx) for c in filled if _has_parties(c, keep_partial and not c.weak)]
    for claim in claims:
        claim.source = written_source(claim.source, ctx)  # "the speaker as written" (README)
    return [to_record(c) for c in merge_claims(claims)]


def _with_frames(reparse: Callable[[str], Doc], frames: FrameMatcher) -> Callable[[str], Doc]:
    """``reparse`` finding the structural frames of each re-parsed copy, as of the Doc itself."""

    def framed(text: str) -> Doc:
        local = reparse(text)
        frames(local)
        return local

    return framed


def join_halves(claims: list[Claim]) -> list[Claim]:
    """Claims of one sentence that each give one side: "seized missiles aboard a dhow bound for the Houthis,
    and the cargo had been shipped from Iran". A weaponless claim naming only a supplier gives it to the
    claims naming only a recipient, when it is the only one; it is then dropped."""
    givers = [c for c in claims if c.supplier and not c.recipient and c.weapon is None]
    takers = [c for c in claims if c.recipient and not c.supplier and c.weapon is not None]
    if len({c.supplier for c in givers}) != 1 or not takers:
        return claims
    supplier = givers[0].supplier
    for claim in takers:
        if claim.recipient != supplier:
            claim.supplier = supplier
    return [c for c in claims if c not in givers]


def indices_of(doc: Doc, words: frozenset[str], capitalised: bool = False) -> list[int]:
    """Indices of the tokens whose lemma or lowercase form is one of ``words`` (with ``capitalised``, also
    the capitalised words that are one of them less a verb or plural suffix: "Sends", "Deliveries", which the
    tagger may lemmatise as names), read off one attribute array so that per-token rules run on few tokens.

    A capitalised word that is none of ``words`` with or without a suffix is no trigger (``find_trigger``
    tests the same stems), so it is not looked at.
    """
    rows = index_of(doc).array(LEMMA, LOWER, IS_LOWER, IS_ALPHA)
    wanted = _hashes(words)
    found = _member(rows[:, 0], wanted) | _member(rows[:, 1], wanted)
    if capitalised:
        strings = doc.vocab.strings
        others = numpy.flatnonzero(~found & (rows[:, 3] != 0) & (rows[:, 2] == 0)).tolist()
        found[[i for i in others if stem_in(strings[int(rows[i, 1])], words)]] = True
    return numpy.flatnonzero(found).tolist()


def _member(values: numpy.ndarray, wanted: numpy.ndarray) -> numpy.ndarray:
    """Which ``values`` are in the sorted array ``wanted`` (a binary search each; ``numpy.isin`` sorts both)."""
    if not len(wanted):
        return numpy.zeros(len(values), dtype=bool)
    at = numpy.searchsorted(wanted, values).clip(max=len(wanted) - 1)
    return wanted[at] == values


@lru_cache(maxsize=32)
def _hashes(words: frozenset[str]) -> numpy.ndarray:
    """spaCy's string ids of ``words`` (the same in every vocabulary), sorted, for :func:`_member`."""
    return numpy.array(sorted(hash_string(word) for word in words), dtype=numpy.uint64)


def _within(indices: list[int], segment: Span) -> Iterator[Token]:
    """The tokens of ``segment`` among the sorted ``indices``."""
    doc = segment.doc
    return (doc[i] for i in indices[bisect_left(indices, segment.start) : bisect_left(indices, segment.end)])


def _has_parties(claim: Claim, keep_partial: bool) -> bool:
    """A transfer names who gives and who receives; a partial one, either (kept on request)."""
    return bool(claim.supplier and claim.recipient) or (keep_partial and bool(claim.supplier or claim.recipient))


def _by_whom(claim: Claim, ctx: Context) -> Claim:
    """Stated or confirmed by a party to the transfer: confirmed; by anyone else: reported."""
    if claim.source is not None and claim.status in ("confirmed", "reported"):
        party = is_party(claim.source, claim.supplier, claim.recipient, ctx)
        claim.status = "confirmed" if party else "reported"
    elif claim.source is not None and claim.attributed_deal and claim.status == "planned":
        # "Washington's arms sales to Taiwan, China's Foreign Ministry said": a deal only a non-party tells of
        party = is_party(claim.source, claim.supplier, claim.recipient, ctx)
        claim.status = "planned" if party else "reported"
    return claim


#: Model pipes a headline re-parse leaves out: it needs tags, lemmas and the parse only.
_REPARSE_SKIPS = frozenset({"ner", "entity_ruler", "span_ruler", "textcat", "textcat_multilabel"})


class TransferExtractor:
    """Store the article's transfer claims in ``doc._.arms_transfers``."""

    def __init__(self, nlp: Language, name: str, *, reparse_headlines: bool = True, keep_partial: bool = False) -> None:
        self.name = name
        self.nlp = nlp
        self.lexicon = transfer_lexicon()
        #: The structural frames of ``data/transfer_patterns.yaml``, matched on each Doc and re-parsed copy.
        self.frames = FrameMatcher(nlp.vocab)
        self.reparse_headlines = reparse_headlines
        self.keep_partial = keep_partial

    def reparse(self, text: str) -> Doc:
        """Tag, lemmatise and parse a text with the model's own pipes; entities are not needed
        (records come from the original doc) and the arms components never run here."""
        doc = self.nlp.make_doc(text)
        for pipe_name, pipe in self.nlp.pipeline:
            if not pipe_name.startswith("arms_") and pipe_name not in _REPARSE_SKIPS:
                doc = pipe(doc)
        return doc

    def reparse_many(self, texts: list[str]) -> list[Doc]:
        """:meth:`reparse` of many texts, each model pipe run once over them all: on short headlines a pipe's
        fixed cost per call outweighs its work."""
        docs = [self.nlp.make_doc(text) for text in texts]
        for pipe_name, pipe in self.nlp.pipeline:
            if docs and not pipe_name.startswith("arms_") and pipe_name not in _REPARSE_SKIPS:
                docs = list(pipe.pipe(docs)) if hasattr(pipe, "pipe") else [pipe(doc) for doc in docs]
        return docs

    def __call__(self, doc: Doc) -> Doc:
        return self._extract(doc, {})

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """Like ``__call__`` over ``docs``, with the re-parsed copies of a batch of Docs parsed together
        (each Doc still reads its own fresh parse of each copy, as ``__call__`` would)."""
        for batch in minibatch(docs, size=batch_size):
            # one context per parsed Doc, read by both the look-ahead and the extraction
            contexts = [_article_context(doc, self.lexicon) if doc.has_annotation("DEP") else None for doc in batch]
            requests = [
                reparse_requests(doc, self.lexicon, ctx) if self.reparse_headlines else []
                for doc, ctx in zip(batch, contexts)
            ]
            parsed = iter(self.reparse_many([text for texts in requests for text in texts]))
            for doc, ctx, texts in zip(batch, contexts, requests):
                ready: dict[str, list[Doc]] = {}
                for text in texts:
                    ready.setdefault(text, []).append(next(parsed))
                yield self._extract(doc, ready, ctx)

    def _extract(self, doc: Doc, ready: dict[str, list[Doc]], ctx: Context | None = None) -> Doc:
        """Store the transfers of ``doc``; ``ready`` holds parses of its copies made beforehand (text -> Docs,
        each used once), others are parsed on demand; ``ctx`` is its context if built already."""
        require_records(doc, self.name, ("arms_weapons", "arms_actors"))
        require_parse(doc, self.name)

        def reparse(text: str) -> Doc:
            waiting = ready.get(text)
            return waiting.pop(0) if waiting else self.reparse(text)

        reparse_or_none = reparse if self.reparse_headlines else None
        records = extract_transfers(
            doc, self.lexicon, reparse_or_none, keep_partial=self.keep_partial, ctx=ctx, frames=self.frames
        )
        set_records(doc, "arms_transfers", records)
        return doc
