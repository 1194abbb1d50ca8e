"""Speaker resolution for arms_quotes (pure functions over a parsed Doc).

Who said it: the subject of a cue verb, the object of "X quoted Y as saying", the source
after "according to" (followed through "a report by X"), mapped to the canonical actor names
stored by ``arms_actors`` when one overlaps, else to a named entity or a speaking noun
("the spokesman", "the ministry"). Pronouns resolve to the closest compatible person or
organisation mentioned before them (see :func:`resolve_pronoun`); reporting nouns ("the
statement continued") to whoever issued the latest statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..kb.cues import CueLexicon
from ..linking import actor_at
from ..records import Actor

_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those"})
_ORG_KINDS = frozenset({"organization", "media", "armed_group", "country"})
_SUBJECTS = ("nsubj",)
_CLIMB = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep", "acl", "relcl"})
_NOT_SUBJECTS = frozenset({"pobj", "appos", "dobj", "npadvmod", "poss", "attr", "dative"})
_POSSESSIVE = re.compile(r"['’‘]s?$")


@dataclass
class Speaker:
    """A resolved speaker: canonical ``name``, coarse ``kind`` (person/organization/group)."""

    name: str
    kind: str | None = None
    source: str | None = None  # the medium of a quoting frame ("The Wall Street Journal")
    statement: bool = False  # the cue's sentence mentions a statement/report
    from_actor: bool = False  # ``name`` is an arms_actors canonical name


@dataclass
class Attribution:
    """A cue and the speaker it names."""

    cue: str
    speaker: Speaker | None
    cue_token: Token | None = None


@dataclass
class SpeakerMemory:
    """Speakers found so far in the document with where their speech ended (for pronouns and continuations)."""

    history: list[tuple[int, Speaker]] = field(default_factory=list)

    def remember(self, position: int, speaker: Speaker | None) -> None:
        if speaker is not None:
            if not speaker.from_actor:
                speaker.name = self.canonical(speaker.name)
            self.history.append((position, speaker))

    def canonical(self, name: str) -> str:
        """A short form of an earlier speaker's name ("Iranian Mission") becomes that full name."""
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)
        for _, earlier in reversed(self.history):
            if len(earlier.name) > len(name) and pattern.search(earlier.name):
                return earlier.name
        return name


def paragraph_of(text: str, char: int) -> tuple[int, int]:
    """Character span of the line (paragraph) holding ``char``."""
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    return start, len(text) if end < 0 else end


# --------------------------------------------------------------------------- speakers


def _noun_phrase(token: Token) -> Span:
    """The noun phrase headed by ``token`` up to the head itself (no appositions or relative clauses)."""
    doc = token.doc
    start = token.left_edge.i
    while start < token.i and "\n" in doc.text[doc[start].idx : token.idx]:
        start += 1
    end = token.i + 1
    while end < len(doc) and doc[end].dep_ in ("compound", "flat") and doc[end].head.i >= token.i:
        end += 1
    if token.pos_ in ("PROPN", "NOUN"):  # "Mission to the United Nations", "spokesperson for the Pentagon"
        for prep in token.rights:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if prep.dep_ != "prep" or prep.i != end or prep.lower_ not in ("of", "to", "for") or not objects:
                break
            if objects[0].pos_ != "PROPN" or "\n" in doc[end : objects[0].right_edge.i + 1].text:
                break
            end = objects[0].right_edge.i + 1
    return doc[start:end]


def _kind_of_actor(actor: Actor) -> str:
    if actor.kind in ("person", "official"):
        return "group" if actor.name.endswith("s") and actor.kind == "official" else "person"
    return "organization" if actor.kind in _ORG_KINDS else "group"


def _fallback_name(phrase: Span) -> str:
    tokens = list(phrase)
    while tokens and (tokens[0].lower_ in _DETERMINERS or tokens[0].dep_ == "poss" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].tag_ == "POS"):
        tokens = tokens[:-1]
    if not tokens:
        return phrase.text
    name = phrase.doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    return _POSSESSIVE.sub("", name)


def speaker_from_phrase(
    head: Token, actors: list[Actor], lexicon: CueLexicon, state: SpeakerMemory, position: int
) -> Speaker | None:
    """The speaker named by the noun phrase headed by ``head`` (an actor, a named entity or a speaking noun)."""
    lower = head.lower_
    if lower in lexicon.pronouns:
        return resolve_pronoun(head, actors, lexicon, state, position)
    phrase = _noun_phrase(head)
    actor = actor_at(actors, head.idx, head.idx + len(head.text))
    lemma = (head.lemma_ or lower).lower()
    if actor is not None:
        return Speaker(actor.name, _kind_of_actor(actor), from_actor=True)
    if lemma in lexicon.reporting_nouns or lower in lexicon.reporting_nouns:
        return resolve_reporting_noun(state, position)
    for ent in head.doc.ents:
        if ent.start <= head.i < ent.end:
            if ent.label_ == "PERSON":
                return Speaker(_full_person_name(ent), "person")
            if ent.label_ in ("ORG", "NORP", "GPE"):
                covers = phrase.start <= ent.start and ent.end <= phrase.end
                return Speaker(_fallback_name(phrase if covers or ent.label_ == "NORP" else ent), "organization")
    plural = head.tag_ in ("NNS", "NNPS")
    if lemma in lexicon.person_nouns or lower in lexicon.person_nouns:
        return Speaker(_fallback_name(phrase), "group" if plural else "person")
    if lemma in lexicon.organization_nouns or lower in lexicon.organization_nouns or head.pos_ == "PROPN":
        leader = _person_owner(head, actors)
        return leader or Speaker(_fallback_name(phrase), "organization")
    return None


def _person_owner(head: Token, actors: list[Actor]) -> Speaker | None:
    """ "President Joe Biden's administration", "the administration of Joe Biden": the person it belongs to."""
    owners = [c for c in head.children if c.dep_ in ("poss", "compound")]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            owners += [o for o in prep.children if o.dep_ == "pobj"]
    for owner in owners:
        actor = actor_at(actors, owner.idx, owner.idx + len(owner.text))
        if actor is not None and _kind_of_actor(actor) == "person":
            return Speaker(actor.name, "person", from_actor=True)
        ent = next((e for e in head.doc.ents if e.start <= owner.i < e.end), None)
        if actor is None and ent is not None and ent.label_ == "PERSON":
            return Speaker(_full_person_name(ent), "person")
    return None


def _full_person_name(ent: Span) -> str:
    """A surname alone ("Kirby") becomes the earlier full name of the same person ("John Kirby")."""
    name = _fallback_name(ent)
    if len(ent) != 1:
        return name
    for other in ent.doc.ents:
        if other.start >= ent.start:
            break
        if other.label_ == "PERSON" and len(other) > 1 and other[-1].text == ent[0].text:
            return _fallback_name(other)
    return name


def resolve_pronoun(
    token: Token, actors: list[Actor], lexicon: CueLexicon, state: SpeakerMemory, position: int
) -> Speaker | None:
    """An earlier speaker compatible with the pronoun (he/she -> a person, it -> an organisation)."""
    wanted = lexicon.pronouns.get(token.lower_)
    actor = actor_at(actors, token.idx, token.idx + len(token.text))
    if actor is not None and (wanted != "person" or _kind_of_actor(actor) == "person"):
        return Speaker(actor.name, _kind_of_actor(actor), from_actor=True)
    for at, speaker in reversed(state.history):
        if at > position:
            continue
        if wanted == "group" or speaker.kind == wanted or (wanted == "organization" and speaker.kind == "group"):
            return Speaker(speaker.name, speaker.kind)
    return _earlier_entity(token, actors, wanted)


def _earlier_entity(token: Token, actors: list[Actor], wanted: str | None) -> Speaker | None:
    """No earlier speaker: the closest preceding actor mention or named entity of the pronoun's kind."""
    best: tuple[int, Speaker] | None = None
    for actor in actors:
        kind = _kind_of_actor(actor)
        if wanted == "person" and kind != "person" or wanted == "organization" and kind == "person":
            continue
        for mention in actor.mentions:
            if mention.end <= token.idx and (best is None or mention.end > best[0]):
                best = (mention.end, Speaker(actor.name, kind, from_actor=True))
    if best is not None:
        return best[1]
    labels = {"person": ("PERSON",), "organization": ("ORG",), "group": ("ORG", "NORP", "GPE")}.get(wanted or "", ())
    for ent in reversed(token.doc.ents):
        if ent.end_char <= token.idx and ent.label_ in labels:
            return Speaker(_full_person_name(ent) if ent.label_ == "PERSON" else _fallback_name(ent), wanted)
    return None


def resolve_reporting_noun(state: SpeakerMemory, position: int) -> Speaker | None:
    """Who issued "the statement"/"the report": the source of the latest quoting frame or the latest statement maker."""
    for at, speaker in reversed(state.history):
        if at > position:
            continue
        if speaker.source:
            return Speaker(speaker.source, "organization", statement=True)
        if speaker.statement or speaker.kind == "organization":
            return Speaker(speaker.name, speaker.kind, statement=True)
    return None


def child(token: Token, deps: tuple[str, ...]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _mentions_statement(token: Token, lexicon: CueLexicon) -> bool:
    sent = token.sent if token.doc.has_annotation("SENT_START") else token.doc[:]
    return any((t.lemma_ or t.lower_).lower() in lexicon.reporting_nouns and t.pos_ == "NOUN" for t in sent)


def attribute(
    cue: Token, actors: list[Actor], lexicon: CueLexicon, state: SpeakerMemory, position: int
) -> Attribution:
    """The speaker a cue token names: subject of a speech verb, object of "quoted ... as saying",
    object of "according to"; a participle ("stating") borrows the subject of the verb it hangs on."""
    doc = cue.doc
    if not doc.has_annotation("DEP"):
        return Attribution(cue.text, _nearest_actor(cue, actors))
    if cue.lower_ in ("to", "by") and cue.pos_ == "ADP":  # the end of an attribution phrase
        obj = child(cue, ("pobj",))
        speaker = _source_speaker(obj, actors, lexicon, state, position) if obj is not None else None
        if cue.lower_ == "by" and cue.i > 0:  # "as noted by X": the cue is the verb
            return Attribution(doc[cue.i - 1].text, speaker, cue)
        return Attribution(doc[max(cue.i - 1, 0) : cue.i + 1].text, speaker, cue)
    token, text = cue, cue.text
    for _ in range(4):
        lemma = (token.lemma_ or token.lower_).lower()
        as_saying = next((t for t in token.children if t.lower_ == "as" and t.i > token.i), None)
        if lemma in lexicon.quoting_verbs and as_saying is not None:
            obj = child(token, ("dobj", "nsubjpass"))
            source = child(token, ("nsubj",))
            agent = child(token, ("agent",)) or child(as_saying, ("agent",))
            if source is None and agent is not None:  # "was quoted as saying by Tasnim"
                source = child(agent, ("pobj",))
            said = doc[as_saying.i + 1].text if as_saying.i + 1 < len(doc) else ""
            frame = f"{token.text} ... {as_saying.text} {said}".strip()
            speaker = speaker_from_phrase(obj, actors, lexicon, state, position) if obj is not None else None
            if speaker is not None and source is not None:
                medium = speaker_from_phrase(source, actors, lexicon, state, position)
                speaker.source = medium.name if medium is not None else None
            return Attribution(frame, speaker, token)
        if token is cue and child(token, ("auxpass", "nsubjpass")) is not None:
            return Attribution(text, None, cue)  # "was said to be", "was observed using"
        subject = child(token, _SUBJECTS)
        if subject is not None and subject.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
            subject = token.head  # "the official who said ..."
        if subject is not None and not _same_paragraph(subject, cue):
            subject = _paragraph_subject(cue)
        if subject is not None:
            speaker = speaker_from_phrase(subject, actors, lexicon, state, position)
            if speaker is not None:
                speaker.statement = speaker.statement or _mentions_statement(token, lexicon)
            return Attribution(text, speaker, cue)
        if token.dep_ not in _CLIMB or token.head is token:
            break
        token = token.head
    return Attribution(text, None, cue)


def _source_speaker(
    obj: Token, actors: list[Actor], lexicon: CueLexicon, state: SpeakerMemory, position: int
) -> Speaker | None:
    """The source named after "according to": itself, or the actor inside "reports from sources speaking to X"."""
    lemma = (obj.lemma_ or obj.lower_).lower()
    if lemma in lexicon.reporting_nouns or lemma == "source":
        for token in obj.subtree:
            actor = actor_at(actors, token.idx, token.idx + len(token.text))
            if token is not obj and (actor is not None or token.ent_type_ in ("ORG", "PERSON")):
                return speaker_from_phrase(token, actors, lexicon, state, position)
    return speaker_from_phrase(obj, actors, lexicon, state, position)


def _same_paragraph(a: Token, b: Token) -> bool:
    low, high = sorted((a.idx, b.idx))
    return "\n" not in a.doc.text[low:high]


def _paragraph_subject(cue: Token) -> Token | None:
    """When the parse took a subject from another paragraph (a headline): the first name in the cue's paragraph."""
    doc = cue.doc
    para_start, _ = paragraph_of(doc.text, cue.idx)
    opening = [t for t in doc if para_start <= t.idx < cue.idx and not t.is_space][:3]
    for ent in doc.ents:
        if opening and ent.start == opening[0].i and ent.label_ in ("PERSON", "ORG", "NORP", "GPE"):
            return ent[-1]
    for chunk in doc.noun_chunks:
        if para_start <= chunk.root.idx and chunk.end_char <= cue.idx and chunk.root.dep_ not in _NOT_SUBJECTS:
            if chunk.root.ent_type_ not in ("DATE", "TIME", "CARDINAL"):
                return chunk.root
    return None


def _nearest_actor(cue: Token, actors: list[Actor]) -> Speaker | None:
    """Without a parse: the actor mentioned closest to the cue in its paragraph."""
    para_start, para_end = paragraph_of(cue.doc.text, cue.idx)
    best: tuple[int, Actor] | None = None
    for actor in actors:
        for mention in actor.mentions:
            if para_start <= mention.start and mention.end <= para_end:
                distance = min(abs(mention.end - cue.idx), abs(mention.start - cue.idx - len(cue.text)))
                if best is None or distance < best[0]:
                    best = (distance, actor)
    return Speaker(best[1].name, _kind_of_actor(best[1]), from_actor=True) if best else None


