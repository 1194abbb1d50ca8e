"""Claims of the arms_transfers component: anaphora, filling of missing parties, merging per article.

Pure Python over the records; no parse is needed here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from ...kb.transfers import transfer_lexicon
from ...kb.weapons import class_covers
from ...records import Mention, Transfer, TransferStatus, Weapon


@dataclass
class Claim:
    """One transfer mention before merging."""

    supplier: str | None
    recipient: str | None
    weapon: Weapon | None
    status: TransferStatus
    source: str | None
    explicit: bool
    trigger: str
    evidence: Mention
    #: Character offset of the trigger word: claims of one trigger are siblings.
    trigger_start: int = -1
    quantity: float | None = None
    date: str | None = None
    anaphoric: bool = False
    speech: bool = False
    weapon_refers_back: bool = False
    #: Its weapon is a class noun under a definite or demonstrative word ("the aircraft", "this missile system").
    weapon_definite: bool = False
    #: Said in a relative clause or participle ("the missiles sent to Russia"): folds into any claim it matches.
    presupposed: bool = False
    #: Parties named without a direction ("transfers between Iran and Russia", "Iran-Russia transfers").
    between: tuple[str, ...] = ()
    #: Its trigger is an event named again ("the contract also includes AIM-9X missiles"): what it holds is that
    #: event's goods, whoever makes them.
    event_named_again: bool = False
    #: Its parties were taken from an earlier claim ("these shipments", "such transfers").
    inherited: bool = False
    #: The claim is attributed to "the report" or "the statement": whoever made the latest attributed claim.
    source_is_report: bool = False
    #: Its supplier is only the subject of a verb approving the deal ("Washington approved the transaction").
    approver_supplier: bool = False
    #: Said with a loose trigger ("requested", "seeks") naming one side: completed only by a claim on the same
    #: named system ("Kiev has long requested Mirage 2000 warplanes" after France's Mirage transfer).
    weak: bool = False
    #: Its recipient is a destination the text writes but no party names ("rockets destined for Gaza
    #: militants"): the article's other parties (the seizing state) are not to fill it.
    destination_unnamed: bool = False
    #: A deal ("sold arms to Qatar", "arms sales to Taiwan") under an attribution: reported when the speaker
    #: is not a party to it, planned (agreed) when a party says so.
    attributed_deal: bool = False
    #: Its mover is a cargo named again ("the cargo was destined for Sudan"): the weapons and the missing side
    #: are those of the latest claim with weapons.
    cargo_named_again: bool = False
    #: The party that seized the cargo ("Yemen's coast guard seized a dhow ..."): never its supplier or recipient.
    seizer: str | None = None
    mentions: list[Mention] = field(default_factory=list)


def _category(claim: Claim) -> str | None:
    return claim.weapon.category if claim.weapon else None


def resolve_anaphora(claim: Claim, history: list[Claim], successors: Mapping[str, str] | None = None) -> Claim | None:
    """Give a claim with no stated parties those of the claim it refers back to; None when there is none."""
    if claim.supplier is None and claim.recipient is None and claim.between:
        pair = set(claim.between)
        for earlier in reversed(history):
            if {earlier.supplier, earlier.recipient} == pair:
                claim.supplier, claim.recipient = earlier.supplier, earlier.recipient
                claim.weapon = claim.weapon or earlier.weapon
                claim.inherited = True
                return claim
        origin = claim.weapon.origin if claim.weapon is not None and not claim.weapon.generic else None
        origin = (successors or {}).get(origin or "", origin)
        if origin in pair:
            # "negotiations between Serbia and Russia over Buk systems": the maker's state supplies
            claim.supplier, claim.recipient = origin, next(p for p in claim.between if p != origin)
            return claim
        return claim if claim.weapon is not None else None  # oriented later by the article's frame
    if claim.supplier is None and claim.recipient is None:
        if not claim.anaphoric:
            return claim if _names_system(claim) else None  # parties from the article's pair, or none
        complete = [c for c in reversed(history) if c.supplier and c.recipient]
        same = [c for c in complete if claim.weapon is None or _category(c) == _category(claim)]
        return _refer_back(claim, same or complete)
    if claim.weapon is None and claim.cargo_named_again:
        return _earlier_cargo(claim, history)
    if claim.weapon is None:
        if not claim.anaphoric:
            return None
        for earlier in reversed(history):
            if (
                earlier.weapon
                and _compatible(claim.supplier, earlier.supplier)
                and _compatible(claim.recipient, earlier.recipient)
            ):
                claim.weapon = earlier.weapon
                return claim
        return None
    return claim


def _refer_back(claim: Claim, candidates: list[Claim]) -> Claim | None:
    """Give a claim that refers back the parties of the article's main earlier claim whose supplier may make its
    system; with none, the main claim's recipient buys it from the system's maker ("its AH-1Z Vipers, of which 12
    are on order" in a story on Turkish helicopters: the United States sells them). A deal named again holds its
    seller's goods whoever makes them ("the contract also includes AIM-9X missiles"). None with no claim at all."""
    allowed = [c for c in candidates if claim.event_named_again or _maker_allows(claim, c.supplier)]
    earlier = _main_claim(allowed)
    supplier = earlier.supplier if earlier is not None else _maker_state(claim)
    earlier = earlier or _main_claim(candidates)
    if earlier is None or supplier == earlier.recipient:
        return None
    claim.supplier, claim.recipient = supplier, earlier.recipient
    claim.weapon = claim.weapon or earlier.weapon
    claim.inherited = True
    return claim


def _names_system(claim: Claim) -> bool:
    """A claim naming a system of its own (not a class such as "weapons")."""
    return claim.weapon is not None and not claim.weapon.generic


def _earlier_cargo(claim: Claim, history: list[Claim]) -> Claim | None:
    """A cargo named again with one side ("the shipment had come from Iran"): the weapons and the other side of
    the latest claim with weapons, unless that would make a party give to itself; None without one."""
    earlier = next((c for c in reversed(history) if c.weapon is not None), None)
    if earlier is None:
        return None
    claim.weapon = earlier.weapon
    claim.supplier = claim.supplier or (earlier.supplier if earlier.supplier != claim.recipient else None)
    claim.recipient = claim.recipient or (earlier.recipient if earlier.recipient != claim.supplier else None)
    claim.inherited = True
    return claim


def _main_claim(candidates: list[Claim]) -> Claim | None:
    """Of earlier claims (latest first), the latest one between the pair the article states most often:
    "this deal" in a story on Colombia's Gripens is Sweden's sale, not a rival's bid mentioned since."""
    if not candidates:
        return None
    counts = Counter((c.supplier, c.recipient) for c in candidates)
    top = max(counts.values())
    return next(c for c in candidates if counts[(c.supplier, c.recipient)] == top)


def _compatible(one: str | None, other: str | None) -> bool:
    return one is None or other is None or one == other


def resolve_approval(claim: Claim, history: list[Claim]) -> Claim:
    """ "The U.S. government approved the aircraft transaction" after Denmark's sale of F-16s to Argentina: an
    approver of a deal the article already gave to another supplier clears that deal; the claim is that deal's.
    A deal stated with its own recipient ("approved the sale of Patriots to Morocco") is the approver's own sale."""
    if not (claim.approver_supplier and claim.anaphoric and claim.recipient is None and claim.weapon is not None):
        return claim
    for earlier in reversed(history):
        if (
            earlier.supplier
            and earlier.recipient
            and earlier.supplier != claim.supplier
            and _same_weapon(claim, earlier)
        ):
            claim.supplier, claim.recipient, claim.inherited = earlier.supplier, earlier.recipient, True
            break
    return claim


def _same_weapon(one: Claim, other: Claim) -> bool:
    """A class matches its category ("the aircraft transaction" and F-16s); a named system only itself."""
    if one.weapon is None or other.weapon is None:
        return False
    if not one.weapon.generic:
        return one.weapon.name == other.weapon.name
    return one.weapon.category == other.weapon.category


def resolve_weapon(claim: Claim, history: list[Claim]) -> Claim:
    """ "such weaponry": take the weapon of the latest earlier claim between the same parties."""
    if claim.weapon is not None and claim.weapon_refers_back and claim.weapon.category == "other":
        for earlier in reversed(history):
            if earlier.weapon is None or earlier.weapon.category == "other":
                continue
            if _compatible(claim.supplier, earlier.supplier) and _compatible(claim.recipient, earlier.recipient):
                claim.weapon = earlier.weapon
                break
    return claim


def resolve_source(claim: Claim, history: list[Claim]) -> Claim:
    """ "The report claimed ...": the source of the latest attributed claim between the same parties."""
    if claim.source is None and claim.source_is_report:
        for earlier in reversed(history):
            if (
                earlier.source
                and _compatible(claim.supplier, earlier.supplier)
                and _compatible(claim.recipient, earlier.recipient)
            ):
                claim.source = earlier.source
                break
    return claim


def carry_attribution(claims: list[Claim], previous: list[Claim]) -> list[Claim]:
    """A claim in the article's own voice right after attributed claims of the same paragraph, between a party
    they share, continues that report ("…, according to SIPRI trade logs. From Russia, Venezuela received …")."""
    attributed = [c for c in previous if c.source]
    for claim in claims:
        if claim.source or claim.explicit or claim.status != "confirmed":
            continue
        earlier = next((c for c in reversed(attributed) if _shares_party(c, claim)), None)
        if earlier is not None:
            claim.source, claim.status, claim.explicit = earlier.source, "reported", True
    return claims


def _shares_party(one: Claim, other: Claim) -> bool:
    return (one.supplier is not None and one.supplier == other.supplier) or (
        one.recipient is not None and one.recipient == other.recipient
    )


def orient_pairs(claims: list[Claim]) -> list[Claim]:
    """Give a direction to claims between two parties ("talks with his Russian counterpart about helicopters"
    in a story on arms for Serbia): the member the article's complete claims make the recipient receives."""
    complete = [c for c in claims if c.supplier and c.recipient]
    recipients = Counter(c.recipient for c in complete)
    suppliers = Counter(c.supplier for c in complete)
    for claim in claims:
        if claim.supplier or claim.recipient or len(claim.between) != 2:
            continue
        first, second = claim.between
        score = recipients[first] - suppliers[first] - (recipients[second] - suppliers[second])
        if score:
            claim.recipient, claim.supplier = (first, second) if score > 0 else (second, first)
    return claims


def fill_parties(claims: list[Claim], lede: Sequence[str] = (), named: Collection[str] = ()) -> list[Claim]:
    """Complete a claim missing one party with the partner the article clearly pairs the other party with.

    The partner is taken from the article's complete claims on the same side of the same party: the one
    partner seen with the same weapon, else the partner named at least twice as often as any other
    ("Tehran has also delivered missiles" in an Iran-Russia story). A named system made elsewhere is not
    given a supplier the article never links to it ("Kyiv also received Storm Shadows" after US aid).
    Ambiguous cases ("Russia also obtained missiles" in a story on Iran and North Korea) stay open.
    Failing those, the article's opening sets the frame: the first party it names (``lede``, in order)
    that the claims do not put on the known party's side ("Spain to arm Kyiv" ... "Spain will provide
    six launchers"). Last, a named system whose maker's state the article names anywhere is supplied by it
    ("the Russian Pantsir ... Serbia had already acquired this in 2020").
    """
    complete = [c for c in claims if c.supplier and c.recipient]
    for claim in claims:
        if (claim.supplier is None) == (claim.recipient is None):
            continue
        missing_supplier = claim.supplier is None
        if claim.destination_unnamed and not missing_supplier:
            continue
        known = claim.recipient if missing_supplier else claim.supplier
        same_side = [
            c
            for c in complete
            if (c.recipient if missing_supplier else c.supplier) == known
            and (c.trigger_start < 0 or c.trigger_start != claim.trigger_start)
        ]  # a sibling of the same trigger ("either side of the conflict in Ukraine") is no evidence of the partner
        partner = _partner_for(claim, same_side, complete, missing_supplier, lede, named)
        if partner is None or partner in (known, claim.seizer):
            continue
        if missing_supplier:
            claim.supplier = partner
        else:
            claim.recipient = partner
    return _fill_from_dyad(claims)


def _fill_from_dyad(claims: list[Claim]) -> list[Claim]:
    """Give a claim naming neither party the article's one dominant pair ("the contract to buy 12 jets" in a
    story whose claims are Russia's sales to Vietnam), when its system is named, not made by another state,
    and the claim is neither loose nor a seized or unnamed destination's."""
    dyad = _dominant_dyad([c for c in claims if c.supplier and c.recipient])
    if dyad is None:
        return claims
    for claim in claims:
        if _takes_dyad(claim, dyad):
            claim.supplier, claim.recipient = dyad
    return claims


def _dominant_dyad(complete: list[Claim]) -> tuple[str, str] | None:
    """The (supplier, recipient) pair of at least two complete claims and twice as many as any other pair."""
    counts = Counter((c.supplier, c.recipient) for c in complete).most_common(2)
    if not counts or counts[0][1] < 2 or (len(counts) > 1 and counts[0][1] < 2 * counts[1][1]):
        return None
    return counts[0][0]  # type: ignore[return-value]


def _takes_dyad(claim: Claim, dyad: tuple[str, str]) -> bool:
    """A claim with no party, a named system and nothing against the article's pair supplying it."""
    if claim.supplier or claim.recipient or claim.weak or claim.seizer or claim.destination_unnamed:
        return False
    return _names_system(claim) and _maker_allows(claim, dyad[0])


def _frame_partner(claim: Claim, complete: list[Claim], missing_supplier: bool) -> str | None:
    """The article's own partner for a party it pairs with no one: the recipient (or supplier) of its
    complete claims, when one dominates them ("the UK decision to transfer Challenger 2 tanks" in a story
    on arms for Ukraine). A supplier is only filled in for a named system made there."""
    counts = Counter(_partner(c, missing_supplier) for c in complete).most_common(2)
    if not counts or counts[0][1] < 2 or (len(counts) > 1 and counts[0][1] < 2 * counts[1][1]):
        return None
    partner = counts[0][0]
    if missing_supplier:
        return partner if _maker_state(claim) is not None and _maker_allows(claim, partner) else None
    return partner


def _partner_for(
    claim: Claim,
    same_side: list[Claim],
    complete: list[Claim],
    missing_supplier: bool,
    lede: Sequence[str],
    named: Collection[str],
) -> str | None:
    """The missing party of a claim, by the routes of :func:`fill_parties` in order."""
    if claim.weak:
        return _same_system_partner(claim, same_side, missing_supplier)
    partner = _clear_partner(claim, same_side, missing_supplier)
    if partner is None and not same_side:
        partner = _frame_partner(claim, complete, missing_supplier) or _lede_partner(
            claim, complete, missing_supplier, lede
        )
    if partner is None and missing_supplier:
        partner = _named_maker(claim, named)
    return partner


def _lede_partner(claim: Claim, complete: list[Claim], missing_supplier: bool, lede: Sequence[str]) -> str | None:
    """The first party of the article's opening that can stand on the missing side: not the known party,
    and not a party the complete claims only put on the known party's side (a fellow supplier of
    "Norway and Finland will send ..."). A named system made elsewhere takes no supplier this way."""
    known = claim.recipient if missing_supplier else claim.supplier
    same_side = {_partner(c, not missing_supplier) for c in complete}
    other_side = {_partner(c, missing_supplier) for c in complete}
    partner = next((n for n in lede if n != known and (n in other_side or n not in same_side)), None)
    if missing_supplier and not _maker_allows(claim, partner):
        return None
    return partner


def _partner(claim: Claim, missing_supplier: bool) -> str | None:
    return claim.supplier if missing_supplier else claim.recipient


def _maker_state(claim: Claim) -> str | None:
    """The state that makes the claim's named system today: a Soviet design's is Russia (its successor
    state, as ``successor_states`` gives), so that "Egypt will receive S-300s" pairs with Russia's sales."""
    weapon = claim.weapon
    if weapon is None or weapon.generic or weapon.origin is None:
        return None
    return transfer_lexicon().successor_states.get(weapon.origin, weapon.origin)


def _maker_allows(claim: Claim, supplier: str | None) -> bool:
    """True unless the claim's named system is made by a state other than ``supplier``; a former state's design
    may come from any of its heirs' stocks (a Soviet T-72 from Ukraine)."""
    origin = _maker_state(claim)
    if origin is None or origin == supplier:
        return True
    design = claim.weapon.origin if claim.weapon is not None else None
    return supplier in transfer_lexicon().heir_states.get(design or "", ())


def _named_maker(claim: Claim, named: Collection[str]) -> str | None:
    """The state that makes a named system today (a Soviet design's heir, Russia), when the article names it."""
    origin = _maker_state(claim)
    return origin if origin in named else None


def _same_system_partner(claim: Claim, same_side: list[Claim], missing_supplier: bool) -> str | None:
    """The one partner the article pairs the known party with on the same named system, if any."""
    weapon = claim.weapon
    if weapon is None or weapon.generic:
        return None
    partners = {
        _partner(c, missing_supplier) for c in same_side if c.weapon is not None and c.weapon.name == weapon.name
    }
    return partners.pop() if len(partners) == 1 else None


def _clear_partner(claim: Claim, same_side: list[Claim], missing_supplier: bool) -> str | None:
    weapon = claim.weapon.name if claim.weapon else None
    same_weapon = {_partner(c, missing_supplier) for c in same_side if c.weapon and c.weapon.name == weapon}
    if weapon is not None and len(same_weapon) == 1:
        return same_weapon.pop()
    origin = _maker_state(claim)
    partners = {_partner(c, missing_supplier) for c in same_side}
    if missing_supplier and origin in partners:
        return origin  # "Colombia will buy 17 Gripens" in a story where Sweden sells Gripens
    counts = Counter(_partner(c, missing_supplier) for c in same_side).most_common()
    if not counts or (len(counts) > 1 and counts[0][1] < 2 * counts[1][1]):
        return None
    partner = counts[0][0]
    if missing_supplier and not _maker_allows(claim, partner):
        return None
    return partner


def _key(claim: Claim) -> tuple[str | None, str | None, str | None]:
    return claim.supplier, claim.recipient, _category(claim)


def _absorb(into: Claim, other: Claim) -> None:
    into.presupposed = into.presupposed and other.presupposed
    into.inherited = into.inherited and other.inherited
    if other.evidence.start < into.evidence.start:
        into.evidence, into.trigger = other.evidence, other.trigger
    into.mentions.extend(m for m in other.mentions if all(m.start != n.start for n in into.mentions))
    if into.weapon is not None and into.weapon.generic and other.weapon is not None and not other.weapon.generic:
        into.weapon = other.weapon
    if into.quantity is None:
        into.quantity = other.quantity
    if into.date is None:
        into.date = other.date


def merge_claims(claims: list[Claim]) -> list[Claim]:
    """One claim per (supplier, recipient, weapon category, status, source); presupposed mentions fold in."""
    groups: list[Claim] = []
    for claim in _name_classes(claims):
        same = next((g for g in groups if _same_claim(g, claim)), None)
        if same is None:
            groups.append(claim)
        else:
            _absorb(same, claim)
    # A presupposed mention ("the missiles sent to Russia") or an unattributed mention that only refers
    # back ("the alleged missile transfers") joins any claim of the same transfer.
    groups = _fold_class_mentions(groups)
    final = [g for g in groups if not _folds(g)]
    for group in (g for g in groups if _folds(g)):
        others = [g for g in final if _key(g) == _key(group) and not _different_systems(g, group)]
        target = next((g for g in others if g.status == group.status), others[0] if others else None)
        if target is not None:
            _absorb(target, group)
        else:
            final.append(group)
    return sorted(final, key=lambda g: g.evidence.start)


def _name_classes(claims: list[Claim]) -> list[Claim]:
    """A class written as one system ("a missile system") between the same parties as one earlier named system of
    a narrower kind is that system ("India sold BrahMos missiles to Manila ... the supply of an anti-ship missile
    system"; S-400s ... "interest in buying Russian missile systems"); with two such systems, or as the goods
    themselves ("will also deliver missiles"), it stays a class. Status and source stay the claim's."""
    for claim in claims:
        if claim.weapon is None or not claim.weapon.generic or claim.weapon_definite or not _system_word(claim.weapon):
            continue
        systems = {
            c.weapon.name: c.weapon
            for c in claims
            if c.evidence.start < claim.evidence.start and _narrower_system(claim, c)
        }
        if len(systems) == 1:
            claim.weapon = next(iter(systems.values()))
    return claims


def _system_word(weapon: Weapon) -> bool:
    """True when a class is written with a head standing for one system ("missile system", "air defence complex")."""
    words = weapon.text.lower().split()
    head = words[-1] if words else ""
    heads = transfer_lexicon().carrier_heads
    return head in heads or (head.endswith("s") and head[:-1] in heads)


def _narrower_system(mention: Claim, named: Claim) -> bool:
    """True when ``named`` names a system, between ``mention``'s parties, of a kind ``mention``'s class covers."""
    if mention.weapon is None or named.weapon is None or named.weapon.generic:
        return False
    same_parties = (mention.supplier, mention.recipient) == (named.supplier, named.recipient)
    return same_parties and class_covers(mention.weapon.category, named.weapon.category)


def _fold_class_mentions(groups: list[Claim]) -> list[Claim]:
    """A definite class noun between the same parties as an earlier named system of a narrower kind names that
    system again ("India delivered BrahMos missiles ... this missile system"; TB2s ... "the aircraft")."""
    kept: list[Claim] = []
    for group in groups:
        target = next((g for g in reversed(kept) if _names_again(group, g)), None)
        if target is None:
            kept.append(group)
        else:
            _absorb(target, group)
    return kept


def _names_again(mention: Claim, named: Claim) -> bool:
    """True when ``mention``'s definite class noun may stand for ``named``'s system between the same parties."""
    if not (mention.weapon_definite and mention.weapon is not None and mention.weapon.generic):
        return False
    return named.evidence.start <= mention.evidence.start and _narrower_system(mention, named)


def _folds(claim: Claim) -> bool:
    return claim.presupposed or (claim.inherited and claim.source is None)


def _different_systems(one: Claim, other: Claim) -> bool:
    """Two named systems of one class ("Fateh-110", "Zolfaghar") are two claims."""
    named = [c.weapon for c in (one, other) if c.weapon is not None and not c.weapon.generic]
    return len(named) == 2 and named[0].name != named[1].name


def _different_models(one: Claim, other: Claim) -> bool:
    """Two models of one named system ("Mirage 2000-5s" and "Mirage 2000-9s") are two claims; the system named
    without a model ("Su-30s") may be either, so it does not part them."""
    named = [c.weapon for c in (one, other) if c.weapon is not None and not c.weapon.generic]
    variants = {w.variant for w in named if w.variant is not None}
    return len(named) == 2 and len(variants) == 2


def _same_claim(one: Claim, other: Claim) -> bool:
    same_fields = (_key(one), one.status, one.source) == (_key(other), other.status, other.source)
    return same_fields and not _different_systems(one, other) and not _different_models(one, other)


def to_record(claim: Claim) -> Transfer:
    """The Transfer record of a merged claim; its text is the first evidence sentence."""
    evidence = sorted(claim.mentions, key=lambda m: m.start)
    first = evidence[0]
    return Transfer(
        text=first.text,
        start=first.start,
        end=first.end,
        supplier=claim.supplier,
        recipient=claim.recipient,
        weapon=claim.weapon.name if claim.weapon else None,
        quantity=claim.quantity,
        status=claim.status,
        source=claim.source,
        trigger=claim.trigger,
        date=claim.date,
        evidence=evidence,
    )
