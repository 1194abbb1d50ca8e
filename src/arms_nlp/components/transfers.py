"""The arms_transfers component: arms transfer claims (supplier, recipient, weapon, status, source).

Triggers (transfer verbs and event nouns) and their roles come from the dependency parse
(``_transfer_roles``); parties are mapped to the ``arms_actors`` records, objects to
``arms_weapons`` and ``arms_quantities``, the source to governing report verbs or to the
speaker of the quote holding the trigger. Mentions of one claim are merged per article.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..extensions import get_records, in_boilerplate, set_records
from ..kb.transfers import TransferLexicon, transfer_lexicon
from ..linking import actor_at, overlaps, records_in
from ..records import Actor, DateRef, Mention, Quantity, Quote, Transfer, Weapon
from ._transfer_claims import Claim, fill_parties, merge_claims, resolve_anaphora, resolve_weapon, to_record
from ._transfer_roles import (
    Roles,
    Status,
    Trigger,
    anaphoric,
    blocked,
    denial_of_claims,
    find_trigger,
    mentions_trigger,
    roles_of,
    status_of,
    with_conjuncts,
)

logger = logging.getLogger(__name__)
M = TypeVar("M", bound=Mention)
#: Actor kinds that can give or receive weapons.
PARTY_KINDS = frozenset({"country", "organization", "armed_group"})
#: Dependents that start another thing than the object phrase they hang from.
_OUTSIDE_PHRASE = frozenset({"conj", "cc", "relcl", "acl", "advcl", "appos", "prep"})
_INSIDE_PREPS = frozenset({"of", "including", "like", "such"})


@dataclass
class Context:
    """Upstream records of one Doc, read once."""

    doc: Doc
    lex: TransferLexicon
    weapons: list[Weapon]
    actors: list[Actor]
    quantities: list[Quantity]
    dates: list[DateRef]
    quotes: list[Quote]
    text: str = ""

    def __post_init__(self) -> None:
        self.text = self.doc.text  # Doc.text is rebuilt on every access


# ---------------------------------------------------------------- records at tokens


def _span_chars(tokens: Sequence[Token]) -> tuple[int, int]:
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def _actor_record(tok: Token, ctx: Context) -> Actor | None:
    """The actor a token belongs to, resolving possessive/personal pronouns to the nearest earlier actor."""
    if tok.lower_ in ctx.lex.pronouns:
        earlier = [
            (m.start, a)
            for a in ctx.actors
            if a.kind in PARTY_KINDS
            for m in a.mentions
            if m.end <= tok.idx and tok.idx - m.start < 400
        ]
        return max(earlier, key=lambda pair: pair[0])[1] if earlier else None
    found = actor_at(ctx.actors, tok.idx, tok.idx + len(tok))
    if found is None:
        compounds = [c for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i]
        if compounds:
            found = actor_at(ctx.actors, *_span_chars([*compounds, tok]))
    return found


def _entity_name(tok: Token) -> str | None:
    """Fallback when no actors component ran: the GPE/NORP/ORG entity text, minus a leading "the"."""
    if tok.ent_type_ not in ("GPE", "NORP", "ORG"):
        return None
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
            return ent.doc[words[0].i : ent.end].text if words else None
    return None


def party_name(tok: Token, ctx: Context) -> str | None:
    """Canonical name of the party a role token names, if it is a state or an organisation."""
    actor = _actor_record(tok, ctx)
    if actor is not None:
        if actor.kind == "organization":
            # A state's own body gives or receives on the state's behalf ("the Pentagon" -> United States).
            return _country_of_body(actor.name) or actor.name
        if actor.kind in PARTY_KINDS:
            return actor.name
        if actor.kind == "official" and actor.affiliation:
            return actor.affiliation
        return None
    if not ctx.actors:
        return _country_named(tok) or _entity_name(tok)
    return None


def source_name(tok: Token | None, ctx: Context) -> str | None:
    """Canonical name of who a claim is attributed to: the token's actor, else the first actor in its phrase."""
    if tok is None or tok.lower_ == "it" or tok.dep_ == "expl":
        return None  # "it came to light that ...", "it was reported that ...": no one in particular
    actor = _actor_record(tok, ctx)
    if actor is None:
        start, end = _span_chars(list(tok.subtree))
        for candidate in sorted(ctx.actors, key=lambda a: a.start):
            if any(overlaps(m.start, m.end, start, end) for m in candidate.mentions):
                actor = candidate
                break
    if actor is not None:
        return actor.name
    return _entity_name(tok) if not ctx.actors else None


def _phrase_tokens(head: Token, exclude: Token | None) -> list[Token]:
    """The noun phrase a head token stands for, without coordinated items, clauses and most preps."""
    out: list[Token] = [head]
    for child in head.children:
        if exclude is not None and child.i == exclude.i:
            continue
        inside = child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in _INSIDE_PREPS)
        if inside or child.dep_ not in _OUTSIDE_PHRASE:
            out.extend(_phrase_tokens(child, exclude))
    return out


def _weapon_heads(tok: Token, ctx: Context, depth: int = 0) -> list[Token]:
    """Heads of the weapon phrases an object token stands for, looking through "dozens of", "a number of"."""
    heads: list[Token] = []
    for item in with_conjuncts(tok):
        if records_in(ctx.weapons, item.idx, item.idx + len(item)) or depth > 3:
            heads.append(item)
            continue
        inner = [o for c in item.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        if inner:
            heads.extend(h for o in inner for h in _weapon_heads(o, ctx, depth + 1))
        else:
            heads.append(item)
    return heads


def weapons_for(obj: Token, ctx: Context, trigger: Token) -> list[tuple[Weapon, tuple[int, int]]]:
    """The weapon each coordinated object phrase names (a named system over a class), with the phrase span."""
    out: list[tuple[Weapon, tuple[int, int]]] = []
    for head in _weapon_heads(obj, ctx):
        tokens = [t for t in _phrase_tokens(head, trigger) if t.i != trigger.i]
        if not tokens:
            continue
        start, end = _span_chars(tokens)
        found = [w for w in records_in(ctx.weapons, start, end) if any(overlaps(w.start, w.end, t.idx, t.idx + len(t)) for t in tokens)]
        # A designation the parser split off the phrase ("delivered Shahed-136 drones") still names it.
        glued = [w for w in ctx.weapons if start - 3 <= w.end <= start and not ctx.text[w.end : start].strip()]
        if glued:
            found.insert(0, glued[0])
            start = glued[0].start
        at_head = [w for w in found if overlaps(w.start, w.end, head.idx, head.idx + len(head))]
        named = [w for w in found if not w.generic]
        if not at_head and not named:
            continue  # a class only modifying another noun ("drone attacks", "missile components")
        best = named[0] if named else (at_head[0] if at_head else found[0])
        if obj.i != head.i and obj.i < head.i:
            start = min(start, obj.idx)
        out.append((best, (start, end)))
    return out


def quantity_for(weapon: Weapon, phrase: tuple[int, int], ctx: Context) -> float | None:
    """The count of the weapon inside its object phrase ("approximately 400 ballistic missiles")."""
    candidates = records_in(ctx.quantities, *phrase)
    ranked = sorted(candidates, key=lambda q: (q.weapon != weapon.name, abs(q.end - weapon.start)))
    for q in ranked:
        value = q.value if q.value is not None else q.low
        if value is not None and (q.weapon in (None, weapon.name) or overlaps(q.start, q.end, weapon.start, weapon.end)):
            return value
    return None


def date_for(segment: Span, trigger: Token, ctx: Context) -> str | None:
    """A resolved date in the same sentence, the nearest to the trigger."""
    dated = [d for d in records_in(ctx.dates, segment.start_char, segment.end_char) if d.value]
    if not dated:
        return None
    return min(dated, key=lambda d: abs(d.start - trigger.idx)).value


# ---------------------------------------------------------------- sentences


def _lines(doc: Doc) -> Iterator[Span]:
    begin = 0
    for tok in doc:
        if "\n" in tok.text:
            if tok.i > begin:
                yield doc[begin : tok.i]
            begin = tok.i + 1
    if begin < len(doc):
        yield doc[begin:]


def segments(doc: Doc) -> Iterator[Span]:
    """Sentences cut at line breaks, and title-case lines (headlines) whole, however the parser split them."""
    for line in _lines(doc):
        if headline_like(line):
            yield line
            continue
        begin = line.start
        for tok in line[1:]:
            if tok.is_sent_start:
                yield doc[begin : tok.i]
                begin = tok.i
        yield doc[begin : line.end]


def _trimmed(segment: Span) -> Span:
    tokens = [t for t in segment if not t.is_space]
    return segment.doc[tokens[0].i : tokens[-1].i + 1] if tokens else segment


def is_question(segment: Span) -> bool:
    """A question is not a claim ("How does the transfer of ... enhance ...?")."""
    return segment.text.rstrip().endswith("?")


def _inside(tokens: list[Token], segment: Span) -> list[Token]:
    return [t for t in tokens if segment.start <= t.i < segment.end]


def _parties(tokens: list[Token], ctx: Context, exclude: set[int]) -> list[str]:
    names: list[str] = []
    for tok in tokens:
        if tok.i in exclude:
            continue
        name = party_name(tok, ctx)
        if name and name not in names:
            names.append(name)
    return names


def claims_at(trigger: Trigger, segment: Span, ctx: Context) -> list[Claim]:
    """The claims one trigger makes: one per supplier x recipient x weapon."""
    lex = ctx.lex
    if blocked(trigger, segment, lex):
        return []
    roles: Roles = roles_of(trigger, segment, lex)
    weapons: list[tuple[Weapon, tuple[int, int]]] = []
    weapon_tokens: set[int] = set()
    for obj in _inside(roles.objects, segment):
        found = weapons_for(obj, ctx, trigger.token)
        if found:
            weapon_tokens.add(obj.i)
        for pair in found:
            if all(pair[0].start != w.start for w, _ in weapons):
                weapons.append(pair)
    suppliers = _parties(_inside(roles.suppliers, segment), ctx, weapon_tokens)
    recipients = _parties(_inside(roles.recipients, segment), ctx, weapon_tokens)
    between = _parties(_inside(roles.between, segment), ctx, weapon_tokens)
    modifier_tokens = [t for m in _inside(roles.modifiers, segment) if m.i not in weapon_tokens for t in m.subtree]
    named = _parties(modifier_tokens, ctx, weapon_tokens)
    if len(named) >= 2:
        between = between or named  # "Iran-Russia missile transfers": no direction
    elif named:
        (suppliers if trigger.frame == "supply" else recipients).extend(n for n in named if n not in suppliers + recipients)
    if not suppliers:
        suppliers = _origins(weapons, recipients, ctx)
    status: Status = status_of(trigger, segment, lex)
    source = next(
        (name for name in (source_name(t, ctx) for t in status.sources if t.i != trigger.token.i) if name), None
    )
    quote = next((q for q in ctx.quotes if q.start <= trigger.token.idx < q.end), None)
    if quote is not None and quote.speaker and (source is None or quote.kind == "direct"):
        # Inside a direct quote the quoted speaker makes the claim, whoever relays it.
        source = quote.speaker
        status = replace(status, explicit=True, speech=status.speech or not status.explicit)
    if roles.objects and not weapons and any(o.dep_ == "pobj" for o in roles.objects):
        return []  # "the provision of military assistance": an object that is not a weapon
    evidence_span = _trimmed(segment)
    evidence = Mention(text=evidence_span.text, start=evidence_span.start_char, end=evidence_span.end_char)
    date = date_for(segment, trigger.token, ctx)
    if not weapons:
        weapons_or_none: list[tuple[Weapon | None, tuple[int, int] | None]] = [(None, None)]
    else:
        weapons_or_none = list(weapons)  # type: ignore[arg-type]
    claims: list[Claim] = []
    for supplier in suppliers or [None]:
        for recipient in recipients or [None]:
            if supplier is not None and supplier == recipient:
                continue
            for weapon, phrase in weapons_or_none:
                claims.append(
                    Claim(
                        supplier=supplier,
                        recipient=recipient,
                        weapon=weapon,
                        status=status.status,
                        source=source,
                        explicit=status.explicit,
                        trigger=trigger.token.text,
                        evidence=evidence,
                        quantity=quantity_for(weapon, phrase, ctx) if weapon and phrase else None,
                        date=date,
                        speech=status.speech and status.status in ("confirmed", "reported"),
                        weapon_refers_back=_refers_back(phrase, ctx) if phrase else False,
                        between=tuple(between[:2]) if len(between) == 2 else (),
                        presupposed=status.presupposed,
                    )
                )
    for claim in claims:
        claim.mentions = [evidence]
        claim.anaphoric = (trigger.nominal and (anaphoric(trigger.token, lex) or status.explicit)) or any(
            _definite(phrase, ctx) for _, phrase in weapons
        )
    return claims


def _country_of_body(name: str) -> str | None:
    """The country a government body belongs to, from the actors gazetteer (None without it)."""
    try:
        from ..kb.actors import country_of_body

        return country_of_body().get(name)
    except Exception:  # noqa: BLE001 - the gazetteer belongs to arms_actors; degrade without it
        return None


def _country_named(tok: Token) -> str | None:
    """A country named by a demonym or alias the actors component did not record ("Russian aircraft")."""
    try:
        from ..kb.actors import gazetteer

        entry = gazetteer().get(tok.text)
    except Exception:  # noqa: BLE001 - the gazetteer belongs to arms_actors; degrade without it
        return None
    return entry.name if entry is not None and entry.kind == "country" else None


def _determiners(phrase: tuple[int, int], ctx: Context) -> set[str]:
    span = ctx.doc.char_span(*phrase, alignment_mode="expand")
    words = {t.lower_ for t in span or [] if t.dep_ in ("det", "amod", "predet")}
    return words & ctx.lex.anaphoric_determiners


def _refers_back(phrase: tuple[int, int], ctx: Context) -> bool:
    """True for an object phrase pointing back to weapons named before ("such weaponry", "these arms")."""
    return bool(_determiners(phrase, ctx) - {"the", "that"})


def _definite(phrase: tuple[int, int], ctx: Context) -> bool:
    """True for a definite object phrase ("the drones were delivered"): the weapons of a known claim."""
    return bool(_determiners(phrase, ctx))


def _origins(weapons: list[tuple[Weapon, tuple[int, int]]], recipients: list[str], ctx: Context) -> list[str]:
    """Suppliers named inside the object phrase ("purchase Russian aircraft"); not the maker of a bare design."""
    found: list[str] = []
    for weapon, (start, end) in weapons:
        names = [
            a.name
            for a in ctx.actors
            if a.kind == "country" and any(overlaps(m.start, m.end, start, end) for m in a.mentions)
        ]
        if not names:
            names = [_country_named(t) for t in ctx.doc.char_span(start, end, alignment_mode="expand") or []]
        found.extend(n for n in names if n and n not in recipients and n not in found)
    return found[:1]


def _is_party(source: str, supplier: str | None, recipient: str | None, ctx: Context) -> bool:
    actor = next((a for a in ctx.actors if a.name == source), None)
    names = {source, actor.affiliation if actor else None, _country_of_body(source)}
    return bool(names & ({supplier, recipient} - {None}))


def denial_claims(segment: Span, ctx: Context, history: list[Claim]) -> list[Claim]:
    """"Tehran denies such claims": a denied copy of the latest claim, attributed to the denier."""
    if not history:
        return []
    out: list[Claim] = []
    for tok in segment:
        found, who = denial_of_claims(tok, ctx.lex)
        if not found:
            continue
        source = source_name(who, ctx)
        latest = next((c for c in reversed(history) if c.status != "denied" and c.weapon is not None), None)
        if latest is None:
            continue
        evidence_span = _trimmed(segment)
        evidence = Mention(text=evidence_span.text, start=evidence_span.start_char, end=evidence_span.end_char)
        claim = replace(latest, status="denied", source=source, explicit=True, trigger=tok.text, evidence=evidence, quantity=None, date=None)
        claim.mentions = [evidence]
        claim.anaphoric = False
        out.append(claim)
        break
    return out


# ---------------------------------------------------------------- headlines and the document

def headline_like(segment: Span) -> bool:
    """A title-case line ("Iran Denies Supplying Missiles to Russia"), which small models parse badly."""
    words = [t for t in segment if t.is_alpha and len(t) > 3]
    if len(words) < 3 or segment.text.rstrip().endswith("."):
        return False
    return sum(1 for t in words if t.is_title or t.is_upper) >= 0.7 * len(words)


def recased(segment: Span, ctx: Context) -> str:
    """The segment with title-case common words lowercased; names of actors and systems kept."""
    keep = [(a.start, a.end) for a in ctx.weapons if not a.generic] + [
        (m.start, m.end) for a in ctx.actors for m in a.mentions
    ]
    out: list[str] = []
    for position, tok in enumerate(segment):
        named = any(overlaps(s, e, tok.idx, tok.idx + len(tok)) for s, e in keep)
        text = tok.text if position == 0 or named or not tok.is_title else tok.lower_
        out.append(text + tok.whitespace_)
    return "".join(out)


def _moved(records: Sequence[M], segment: Span) -> list[M]:
    """The records inside ``segment``, with offsets relative to its start."""
    start, end = segment.start_char, segment.end_char
    return [r.shifted(-start) for r in records if start <= r.start and r.end <= end]


def _local_context(segment: Span, local: Doc, ctx: Context) -> Context:
    """``ctx`` with the segment's records moved to the offsets of its re-parsed copy ``local``."""
    actors: list[Actor] = []
    for actor in ctx.actors:
        inside = _moved(actor.mentions, segment)
        if inside:
            first = inside[0]
            actors.append(actor.model_copy(update={"mentions": inside, "start": first.start, "end": first.end, "text": first.text}))
    return Context(
        local,
        ctx.lex,
        _moved(ctx.weapons, segment),
        actors,
        _moved(ctx.quantities, segment),
        _moved(ctx.dates, segment),
        _moved(ctx.quotes, segment),
    )


def headline_claims(segment: Span, ctx: Context, reparse: Callable[[str], Doc]) -> list[Claim] | None:
    """Claims of a title-case line read off a parse of its recased copy; None when that is not possible."""
    local = reparse(recased(segment, ctx))
    if len(local) != len(segment) or not local.has_annotation("DEP"):
        return None
    local_ctx = _local_context(segment, local, ctx)
    evidence_span = _trimmed(segment)
    evidence = Mention(text=evidence_span.text, start=evidence_span.start_char, end=evidence_span.end_char)
    claims: list[Claim] = []
    for tok in local:
        trigger = find_trigger(tok, ctx.lex)
        if trigger is not None:
            claims.extend(claims_at(trigger, local[:], local_ctx))
    for claim in claims:
        claim.evidence = evidence
        claim.mentions = [evidence]
    return claims


def extract_transfers(
    doc: Doc, lex: TransferLexicon | None = None, reparse: Callable[[str], Doc] | None = None
) -> list[Transfer]:
    """All transfer claims of a parsed Doc; [] without a dependency parse.

    ``reparse`` (text -> parsed Doc) lets title-case headlines be read off a recased parse.
    """
    if not doc.has_annotation("DEP"):
        return []
    ctx = Context(
        doc=doc,
        lex=lex or transfer_lexicon(),
        weapons=get_records(doc, "arms_weapons"),
        actors=get_records(doc, "arms_actors"),
        quantities=get_records(doc, "arms_quantities"),
        dates=get_records(doc, "arms_dates"),
        quotes=get_records(doc, "arms_quotes"),
    )
    history: list[Claim] = []
    for segment in segments(doc):
        if not segment.text.strip() or in_boilerplate(doc, segment.start_char, segment.end_char) or is_question(segment):
            continue
        found: list[Claim] = []
        local = None
        if reparse is not None and headline_like(segment) and mentions_trigger(segment, ctx.lex):
            local = headline_claims(segment, ctx, reparse)
        if local is None:
            local = [c for tok in segment if (t := find_trigger(tok, ctx.lex)) is not None for c in claims_at(t, segment, ctx)]
        if local:
            for claim in local:
                resolved = resolve_anaphora(claim, history + found)
                if resolved is not None and resolved.weapon is not None:
                    resolved = resolve_weapon(resolved, history + found)
                    if resolved.speech and resolved.source is not None:
                        # Said by a party to the transfer: confirmed; by anyone else: reported.
                        party = _is_party(resolved.source, resolved.supplier, resolved.recipient, ctx)
                        resolved.status = "confirmed" if party else "reported"
                    found.append(resolved)
        if not found:
            found = denial_claims(segment, ctx, history)
        history.extend(found)
    claims = [c for c in fill_parties(history) if c.supplier or c.recipient]
    return [to_record(c) for c in merge_claims(claims)]


class TransferExtractor:
    """Store the article's transfer claims in ``doc._.arms_transfers``."""

    def __init__(self, nlp: Language, name: str, reparse_headlines: bool = True) -> None:
        self.name = name
        self.nlp = nlp
        self.lexicon = transfer_lexicon()
        self.reparse_headlines = reparse_headlines

    def reparse(self, text: str) -> Doc:
        """Parse a text with the statistical pipes only (never the arms components)."""
        doc = self.nlp.make_doc(text)
        for pipe_name, pipe in self.nlp.pipeline:
            if not pipe_name.startswith("arms_"):
                doc = pipe(doc)
        return doc

    def __call__(self, doc: Doc) -> Doc:
        try:
            records = extract_transfers(doc, self.lexicon, self.reparse if self.reparse_headlines else None)
        except Exception:  # noqa: BLE001 - a component must never break the pipeline on odd input
            logger.warning("arms_transfers failed on a document; storing no transfers", exc_info=True)
            records = []
        set_records(doc, "arms_transfers", records)
        return doc
