"""Speaker resolution for arms_quotes (pure functions over a parsed Doc).

Who said it: the subject of a cue verb, the object of "X quoted Y as saying", the source
after "according to" (followed through "a report by X"), mapped to the actors stored by
``arms_actors`` when one overlaps (named as the text writes them, see :func:`written_name`),
else to a named entity or a speaking noun
("the spokesman"). Anaphora look back over the preceding sentences: pronouns to the closest
compatible person or organisation mentioned before them (see :func:`resolve_pronoun`), a bare
"the ministry" to the fuller phrase with the same head noun, "the statement continued" to whoever
issued the statement mentioned before (else the latest statement maker).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ...docindex import index_of
from ...kb.actors import gazetteer
from ...kb.closed_class import closed_class
from ...kb.cues import CueLexicon
from ...kb.officials import office_of_title
from ...normalize.acronyms import initials
from ...records import Actor
from ...syntax import child, nearest_subject
from ...syntax import lemma as lemma_of
from .clauses import inverted_subject, postposed_name, speech_participle
from .phrases import (
    dateline_end,
    doc_text,
    entity_at,
    noun_phrase,
    office_before_name,
    paragraph_of,
    person_name,
    phrase_name,
    report_source,
)

_ORG_KINDS = frozenset({"organization", "media", "armed_group", "country"})
_SUBJECTS = ("nsubj",)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})  # "Mourinho was sacked. The 61-year-old said ..."
_CLIMB = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep", "acl", "relcl"})
_NOT_SUBJECTS = frozenset({"pobj", "appos", "dobj", "npadvmod", "poss", "attr", "dative"})
_SENTENCES_BACK = 4  # how many earlier sentences a pronoun or "the <noun>" may reach
_MAX_DEPTH = 12  # longest chain of anaphora followed for one speaker
_MARKED_GENDER = "feminine"  # the gender news descriptions mark ("spokeswoman", "Ms."); see resolve_pronoun
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_CAPITALISED = re.compile(r"(?<![\w.])[A-Z][\w.’'-]*")  # the words of a name that count in its acronym
_POSSESSIVE_END = re.compile(r"['’]s?$")
_OWNER_BEFORE = re.compile(r"([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})['’]s $")  # "South Korea's " before a body
_TITLE_WORD = re.compile(r"[\w-]+")
_CLOSING_MARKS = frozenset({'"', "”", "’", "'", "''"})
_NATIONS = frozenset({"NORP", "GPE"})  # entity types of a description's nationality ("the Iranian defence minister")
_DESCRIBING = frozenset({"compound", "appos", "amod", "nmod", "det", "poss", "flat", "prep", "pobj"})


@dataclass
class Speaker:
    """A resolved speaker: canonical ``name``, coarse ``kind`` (person/organization/group)."""

    name: str
    kind: str | None = None
    source: str | None = None  # the medium of a quoting frame ("The Wall Street Journal")
    statement: bool = False  # the cue's sentence mentions a statement/report
    from_actor: bool = False  # ``name`` is an arms_actors canonical name
    named: bool = False  # ``name`` is a person's name (not a description such as "the minister")


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
    quoted: list[tuple[int, int]] = field(default_factory=list)  # character spans between quote marks
    depth: int = 0  # nesting of speaker_from_phrase calls (anaphora chains)
    genders: dict[str, str] = field(default_factory=dict)  # person name -> gender of a pronoun resolved to it

    def in_quote(self, char: int) -> bool:
        """True when ``char`` lies between a pair of quote marks (quoted words name no antecedent)."""
        return any(start <= char < end for start, end in self.quoted)

    def remember(self, position: int, speaker: Speaker | None) -> None:
        if speaker is not None:
            speaker.name = self.canonical(speaker.name, speaker.kind)
            speaker.name = self.expanded(speaker.name)
            self.history.append((position, speaker))

    def canonical(self, name: str, kind: str | None = None) -> str:
        """A short form of an earlier speaker's name ("Iranian Mission") becomes that full name, when both are of
        one kind ("Ford" the company does not become "Bill Ford"), or when it is a person's first name, which the
        NER often takes for a body ("Sergio" after "Sergio Lobera")."""
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)
        for _, earlier in reversed(self.history):
            same_kind = kind is None or earlier.kind is None or (kind == "person") == (earlier.kind == "person")
            first_name = earlier.kind == "person" and earlier.name.lower().split()[:1] == [name.lower()]
            if (same_kind or first_name) and len(earlier.name) > len(name) and pattern.search(earlier.name):
                return earlier.name
        return name

    def expanded(self, name: str) -> str:
        """An acronym of an earlier speaker's name ("FDA" after "the U.S. Food and Drug Administration")
        becomes that full name."""
        if not _ACRONYM.fullmatch(name):
            return name
        for _, earlier in reversed(self.history):
            spelled = initials(_CAPITALISED.findall(earlier.name))
            if earlier.name != name and (spelled == name or len(name) >= 3 and spelled.endswith(name)):
                return earlier.name
        return name


# --------------------------------------------------------------------------- speakers


def _actor_name(actor: Actor, token: Token) -> str:
    """An actor speaker's name as the text writes it (see :func:`written_name`), read at ``token``."""
    return written_name(actor, doc_text(token.doc), token.idx)


def written_name(actor: Actor, text: str, at: int) -> str:
    """An actor speaker's name as the text writes it, as quote attribution corpora name speakers, except a state,
    which keeps its canonical name ("Moscow said": Russia, the fixtures' metonymy rule): a person by
    the full name the text gives (the canonical name when the text writes it, else the longest mention:
    "Volodymyr Zelenskyy", "Kirby"), a body, outlet or state by its name at character ``at`` ("AFP", "the EU
    says"), else by its longest name ("the ministry" after "Russia's Defence Ministry"); the canonical name
    when the text gives none ("the mission" of a body the actors resolved)."""
    if actor.kind == "country":
        return actor.name
    person = _kind_of_actor(actor) == "person"
    if person and re.search(rf"(?<!\w){re.escape(actor.name)}(?!\w)", text):
        return actor.name
    names = [m for m in actor.mentions if person or any(c.isupper() for c in m.text)]
    here = [m for m in names if m.start <= at < m.end] if not person else []
    mentions = here or sorted(names, key=lambda m: (-len(m.text), m.start))
    written = _POSSESSIVE_END.sub("", mentions[0].text.strip()) if mentions else ""
    owner = _owner_written(actor, text, mentions[0].start) if written else ""
    return f"{owner}{written}" if written else actor.name


def _owner_written(actor: Actor, text: str, start: int) -> str:
    """The owner and its possessive written right before a body's mention at ``start`` ("Russia's " before
    "Foreign Ministry"), when the actors gave the body that state as its affiliation; else ""."""
    if actor.kind != "organization" or actor.affiliation is None:
        return ""
    found = _OWNER_BEFORE.search(text, max(0, start - 60), start)
    words = found.group(1).split() if found is not None else []
    possessive = len(found.group(0)) - len(found.group(1)) if found is not None else 0
    for first in range(len(words)):  # "On Thursday South Korea's": the longest known state at the end
        owner = " ".join(words[first:])
        entry = gazetteer().get(owner)
        if entry is not None and entry.kind == "country" and entry.name == actor.affiliation:
            return text[start - possessive - len(owner) : start]
    return ""


def _kind_of_actor(actor: Actor) -> str:
    if actor.kind in ("person", "official"):
        return "group" if actor.name.endswith("s") and actor.kind == "official" else "person"
    return "organization" if actor.kind in _ORG_KINDS else "group"


def speaker_from_phrase(
    head: Token, actors: list[Actor], lexicon: CueLexicon, state: SpeakerMemory, position: int
) -> Speaker | None:
    """The speaker named by the noun phrase headed by ``head`` (an actor, a named entity or a speaking noun).

    Anaphora (pronouns, "the ministry", "the statement") are resolved through earlier phrases;
    ``state.depth`` bounds that recursion whatever the parse looks like.
    """
    if state.depth >= _MAX_DEPTH:
        return None
    state.depth += 1
    try:
        return _speaker_from_phrase(head, actors, lexicon, state, position)
    finally:
        state.depth -= 1


def _speaker_from_phrase(
    head: Token, actors: list[Actor], lexicon: CueLexicon, state: SpeakerMemory, position: int
) -> Speaker | None:
    """:func:`speaker_from_phrase` without its depth bound: a pronoun, an actor, an apposed name, a reporting
    noun, a named entity, then a speaking noun, the first that names someone."""
    if head.lower_ in lexicon.pronouns:
        return resolve_pronoun(head, actors, lexicon, state, position)
    holder = _named_holder(head, lexicon, state, position) if _nationality_noun(head, lexicon) else None
    if holder is not None:  # "the Spaniard said"
        return holder
    actor = _actor_of(head)
    surname = _earlier_person_by_surname(head, actors, lexicon) if actor is None else None
    if surname is not None:  # "Carlos Mendes ... Mendes called the law": the person named in full before
        return surname
    person = _apposed_person(head, actor)
    if person is not None:  # "The Taoiseach, Mr Ahern, said": the office's holder by name
        return speaker_from_phrase(person, actors, lexicon, state, position)
    title = _title_taken_for_body(head, actor, lexicon)
    if actor is not None and not title:
        return _actor_speaker(head, actor, lexicon, state, position)
    named = _appositive_name(head, actors, lexicon, state, position)
    if named is not None:
        return named
    if _has_word(head, lexicon.reporting_nouns):
        return _report_speaker(head, actors, lexicon, state, position)
    ent = None if title else entity_at(head)
    found = _entity_speaker(head, ent, lexicon) if ent is not None else None
    if found is not None:
        return found
    return _noun_speaker(head, actors, lexicon, state, position)


def _earlier_person_by_surname(head: Token, actors: list[Actor], lexicon: CueLexicon) -> Speaker | None:
    """A lone capitalised word that neither the actors nor the NER read as a person ("Mendes" tagged as a
    product or a plural noun) but that is the last word of a person's full name given before it: that person."""
    word = head.text
    if head.ent_type_ == "PERSON" or not word[:1].isupper() or not word.isalpha() or word.isupper():
        return None
    if any(kid.dep_ in ("det", "compound", "amod", "poss") for kid in head.children):
        return None
    if word.lower() in lexicon.person_nouns or word.lower() in lexicon.organization_nouns:
        return None
    for actor in actors:
        if actor.kind != "person" or actor.name.split()[-1:] != [word] or len(actor.name.split()) < 2:
            continue
        if any(m.end <= head.idx for m in actor.mentions):
            return Speaker(actor.name, "person", from_actor=True, named=True)
    earlier = [e for e in head.doc.ents if e.end <= head.i and e.label_ == "PERSON" and len(e) > 1]
    named = [e for e in earlier if e[-1].text == word]
    return Speaker(person_name(named[-1], lexicon), "person", named=True) if named else None


def _apposed_person(head: Token, actor: Actor | None) -> Token | None:
    """The person's name set beside an office or body that is no person itself ("The Taoiseach, Mr Ahern",
    "the defence minister, Mr Pistorius", also parsed as a conjunct right after the comma), or None."""
    if head.ent_type_ == "PERSON" or actor is not None and actor.kind == "person":
        return None
    doc = head.doc
    for appos in head.children:
        # "The Tánaiste, Ms Harney, and the Government": the parser may take the apposition for a conjunct
        closed = appos.right_edge.i + 1 < len(doc) and doc[appos.right_edge.i + 1].text == ","
        beside = appos.dep_ == "conj" and appos.left_edge.i == head.i + 2 and doc[head.i + 1].text == "," and closed
        if appos.dep_ != "appos" and not beside or appos.pos_ != "PROPN" or _indefinite(appos):
            continue
        named = _actor_of(appos)
        if appos.ent_type_ == "PERSON" or named is not None and named.kind == "person":
            return appos
    return None


def _nationality_noun(head: Token, lexicon: CueLexicon) -> bool:
    """ "the Spaniard", "the Brazilian": one person described by nationality (a singular noun after "the")."""
    if head.tag_ not in ("NNP", "NN") or [kid.lower_ for kid in head.lefts] != ["the"]:
        return False
    entry = gazetteer().get(head.text)
    return head.lower_ in lexicon.nationality_nouns or entry is not None and entry.role == "demonym"


def _has_word(head: Token, words: frozenset[str]) -> bool:
    """True when the head's lemma or lowercase form is one of ``words``."""
    return lemma_of(head) in words or head.lower_ in words


def _actor_speaker(head: Token, actor: Actor, lexicon: CueLexicon, state: SpeakerMemory, position: int) -> Speaker:
    """The speaker an actor record names: a surname the NER took for a body is a person; an official's title
    is the holder named nearby, when there is one."""
    kind = _kind_of_actor(actor)
    ent = entity_at(head)
    if actor.kind == "organization" and ent is not None and _bare_surname(ent, lexicon):
        return Speaker(_actor_name(actor, head), "person", from_actor=True, named=True)
    official = actor.kind == "official" and kind == "person"
    holder = _named_holder(head, lexicon, state, position) if official else None
    holder = _title_checked(holder, head, lexicon, state) if official else None
    if holder is not None:
        return holder
    if actor.kind == "person" and ent is not None and ent.label_ == "PERSON":
        name = person_name(ent, lexicon)
        if office_before_name(actor.name, name, ent, lexicon):
            return Speaker(name, "person", from_actor=True, named=True)
    return Speaker(_actor_name(actor, head), kind, from_actor=True, named=actor.kind != "official")


def _report_speaker(
    head: Token, actors: list[Actor], lexicon: CueLexicon, state: SpeakerMemory, position: int
) -> Speaker | None:
    """Who issued a reporting noun ("the statement", "Israeli media reports"): its source, the issuer its
    modifiers name or an earlier issuer of the same noun; else the speaker of the latest reporting noun."""
    source = report_source(head, lexicon)
    found = speaker_from_phrase(source, actors, lexicon, state, position) if source is not None else None
    if found is None:
        found = _modifier_source(head, actors, lexicon)
    if found is None:
        found = _earlier_issuer(head, actors, lexicon, state, position)
    if found is None and source is not None and source.pos_ in ("PROPN", "NOUN") and source.dep_ == "pobj":
        found = Speaker(phrase_name(noun_phrase(source)), "organization")  # "a statement from the palace"
    if found is not None:
        found.statement = True
        return found
    if _bare_plural(head):  # "Unconfirmed reports say ...": reports of no one in particular speak for themselves
        return Speaker(doc_text(head.doc)[head.left_edge.idx : head.idx + len(head)], statement=True)
    return resolve_reporting_noun(state, position)


def _bare_plural(head: Token) -> bool:
    """A plural noun without determiner, possessor or following modifier ("reports", "unconfirmed reports")."""
    return head.tag_ == "NNS" and not any(kid.dep_ in ("det", "poss") for kid in head.lefts) and not list(head.rights)


def _entity_speaker(head: Token, ent: Span, lexicon: CueLexicon) -> Speaker | None:
    """The speaker the named entity on the head names: a person, a surname the NER took for a body, or a body
    (written as the whole noun phrase when that covers the entity)."""
    if ent.label_ == "PERSON":
        return Speaker(person_name(ent, lexicon), "person", named=True)
    if _bare_surname(ent, lexicon):
        return Speaker(ent.text, "person", named=True)
    if ent.label_ in ("ORG", "NORP", "GPE"):
        phrase = noun_phrase(head)
        covers = phrase.start <= ent.start and ent.end <= phrase.end
        return Speaker(phrase_name(phrase if covers or ent.label_ == "NORP" else ent), "organization", named=True)
    return None


def _noun_speaker(
    head: Token, actors: list[Actor], lexicon: CueLexicon, state: SpeakerMemory, position: int
) -> Speaker | None:
    """The speaker a speaking noun names: a person ("the spokesman", "the 47-year-old"), a body ("the
    ministry"), a group ("protesters"), or a surname the tagger took for a common noun."""
    plural = head.tag_ in ("NNS", "NNPS")
    is_person = _has_word(head, lexicon.person_nouns) or _age_description(head)
    is_body = _has_word(head, lexicon.organization_nouns)
    is_group = _has_word(head, lexicon.group_nouns)
    if is_person or is_body:
        earlier = _described_earlier(head, actors, lexicon, state, position)
        earlier = _title_checked(earlier, head, lexicon, state) if is_person and not plural else earlier
        if earlier is not None:
            return earlier
    if is_person:
        holder = None if plural else _named_holder(head, lexicon, state, position)
        holder = None if plural else _title_checked(holder, head, lexicon, state)
        if holder is not None:
            return holder
        name = phrase_name(noun_phrase(head, postmodifiers=True), lexicon.quantifier_words)
        return Speaker(name, "group" if plural else "person")
    if is_body or is_group:
        body = _named_body(head, lexicon, state, position)
        if body is not None:
            return body
    if is_body or head.pos_ == "PROPN":
        leader = _person_owner(head, actors, lexicon) or _pronoun_owner(head, actors, lexicon, state, position)
        return leader or Speaker(phrase_name(noun_phrase(head)), "organization")
    if is_group:
        return Speaker(phrase_name(noun_phrase(head)), "group")
    if _untagged_surname(head, lexicon):
        return Speaker(head.text, "person", named=True)
    return None


def _untagged_surname(head: Token, lexicon: CueLexicon) -> bool:
    """ "Sunak said: ...": a lone capitalised singular word the tagger took for a common noun, without
    article or modifier, as the subject of a verb of saying: a surname."""
    verb = head.head
    return (
        head.dep_ == "nsubj"
        and head.tag_ == "NN"
        and head.text.istitle()
        and head.text.isalpha()
        and head.n_lefts + head.n_rights == 0
        and not head.ent_type_
        and head.lower_ not in lexicon.non_speaker_nouns
        and lemma_of(verb) in lexicon.saying_verbs
    )


def _age_description(head: Token) -> bool:
    """ "the 47-year-old insisted ...": a person described by age."""
    return head.lower_ == "old" and any(kid.lower_ in ("year", "years") for kid in head.children)


def _title_taken_for_body(head: Token, actor: Actor | None, lexicon: CueLexicon) -> bool:
    """ "the Premier said": a lone office word that the actors or the NER read as an organisation is a person
    noun (resolved to the office holder), not a body."""
    words = {head.lower_, lemma_of(head)}
    if not words & lexicon.person_nouns or head.pos_ != "PROPN":
        return False
    if actor is not None:
        return _kind_of_actor(actor) != "person" and actor.name.lower() in words
    ent = entity_at(head)
    return ent is not None and len(ent) == 1 and ent.label_ != "PERSON"


def _bare_surname(ent: Span, lexicon: CueLexicon) -> bool:
    """ "Stoltenberg said", "Pistorius replies": a lone capitalised word the NER took for an organisation,
    that no actor, acronym, article or organisation word marks as one, speaking as a subject: a surname."""
    token = ent.root
    return (
        ent.label_ == "ORG"
        and len(ent) == 1
        and token.pos_ == "PROPN"
        and token.dep_ == "nsubj"
        and token.text[:1].isupper()
        and not token.text.isupper()
        and token.text.isalpha()
        and not any(kid.dep_ in ("det", "compound", "amod", "poss") for kid in token.children)
        and token.lower_ not in lexicon.organization_nouns
        and token.lower_ not in lexicon.reporting_nouns
    )


def _appositive_name(
    head: Token, actors: list[Actor], lexicon: CueLexicon, state: SpeakerMemory, position: int
) -> Speaker | None:
    """ "Hezbollah's leader, Hassan Nasrallah", "the state news agency, KCNA": a common-noun head
    whose apposition is a name speaks under that name."""
    if head.pos_ != "NOUN" and head.lower_ not in lexicon.person_nouns:  # "The Minister of Defense, Vigen Sargsyan"
        return None
    for appos in head.children:
        if appos.dep_ == "appos" and appos.pos_ == "PROPN" and not _indefinite(appos):
            found = speaker_from_phrase(appos, actors, lexicon, state, position)
            if found is not None:
                return found
    return None


def _described_earlier(
    head: Token, actors: list[Actor], lexicon: CueLexicon, state: SpeakerMemory, position: int
) -> Speaker | None:
    """ "The ministry said": a bare definite noun takes the fuller earlier phrase with the same head noun
    ("Russia's Foreign Ministry", "Pentagon spokesman Pat Ryder")."""
    if any(kid.dep_ != "det" for kid in head.lefts) or not any(k.lower_ in ("the", "this") for k in head.lefts):
        return None
    lemma = lemma_of(head)
    for sent in _sentences_back(head):
        for token in reversed(list(sent)):
            if token.i >= head.i or state.in_quote(token.idx):
                continue
            if lemma_of(token) != lemma and token.lower_ != head.lower_:
                continue
            owner = token
            while owner.dep_ in ("compound", "flat") and owner.head is not owner:
                owner = owner.head
            if (
                owner is token
                and all(kid.dep_ == "det" for kid in token.lefts)
                and not any(kid.dep_ in ("appos", "prep") for kid in token.rights)
            ):
                continue  # another bare "the ministry" (not "the Minister of Defense, Vigen Sargsyan")
            if owner is not token and _body_word_on_person(head, owner, lexicon):
                continue  # "Union leader Sharon Graham" is no earlier "union"
            found = speaker_from_phrase(owner, actors, lexicon, state, position)
            if found is not None:
                return found
    return None


def _body_word_on_person(head: Token, owner: Token, lexicon: CueLexicon) -> bool:
    """True when an organisation noun (``head``: "the union") was earlier only a modifier of a person
    (``owner``: "Union leader Sharon Graham")."""
    person = owner.ent_type_ == "PERSON" or _has_word(owner, lexicon.person_nouns)
    return person and _has_word(head, lexicon.organization_nouns) and not _has_word(head, lexicon.person_nouns)


def _named_holder(head: Token, lexicon: CueLexicon, state: SpeakerMemory, position: int) -> Speaker | None:
    """ "the former prime minister", "The Army's top acquisition official": a definite description of one
    person (not a usually-anonymous "the spokesman") speaks for the person named around it: the named
    person who spoke in the two sentences before, else the person named as a subject there, else the
    person named as the subject of the next sentence (news ledes give the office first, the name later)."""
    definite = any(kid.dep_ == "poss" or kid.lower_ in ("the", "this") for kid in head.lefts)
    if not definite or head.lower_ in lexicon.anonymous_nouns or any(k.dep_ == "appos" for k in head.children):
        return None
    sents = _sentences_back(head)
    if _introduced_unnamed(head, sents) or _unnamed_description(head, lexicon):
        return None
    since = sents[min(2, len(sents) - 1)].start_char
    for at, speaker in reversed(state.history):
        if since <= at <= position and speaker.kind == "person" and speaker.named:
            return Speaker(speaker.name, "person", named=True)
    for sent in sents[: min(3, len(sents))]:
        subjects = [t for t in sent if t.i < head.i and t.dep_ in _SUBJECT_DEPS and t.ent_type_ == "PERSON"]
        ent = entity_at(subjects[-1]) if subjects and not state.in_quote(subjects[-1].idx) else None
        if ent is not None:  # "Zelensky thanked Biden. “...,” the Ukrainian president said"
            return Speaker(person_name(ent, lexicon), "person", named=True)
    return _next_sentence_subject(head, lexicon, state)


def _left_unnamed(head: Token, lexicon: CueLexicon) -> bool:
    """True when a description stands for someone the text does not name (see :func:`_introduced_unnamed` and
    :func:`_unnamed_description`)."""
    return _introduced_unnamed(head, _sentences_back(head)) or _unnamed_description(head, lexicon)


def _introduced_unnamed(head: Token, sents: list[Span]) -> bool:
    """ "A diplomat from another EU country said ... . “...,” the diplomat said": the description was introduced
    before as someone unnamed (an indefinite phrase with the same noun), not as a named office holder."""
    lemma = lemma_of(head)
    return any(
        token.i < head.i and lemma_of(token) == lemma and any(k.lower_ in ("a", "an") for k in token.lefts)
        for sent in sents
        for token in sent
    )


def _unnamed_description(head: Token, lexicon: CueLexicon) -> bool:
    """ "the official said", "the official, who spoke on condition of anonymity, said": a bare noun usually left
    unnamed, or a description saying its speaker is unnamed, is nobody named nearby."""
    bare = all(kid.dep_ == "det" for kid in head.lefts) and head.lower_ in lexicon.bare_anonymous_nouns
    return bare or any(token.lower_ in lexicon.anonymity_words for token in head.subtree)


def _title_checked(found: Speaker | None, head: Token, lexicon: CueLexicon, state: SpeakerMemory) -> Speaker | None:
    """The person a definite description ("the minister", "the Premier") stands for: ``found`` (the person named
    nearby), unless the actors record a title of ``found`` that does not fit the description while one other person
    mentioned before holds a fitting title ("the Premier" after "Prime Minister Lena Voss met Foreign Minister Karl
    Brandt. Brandt said ..." is Voss); the fitting holder when nothing was found."""
    holder = _title_holder(head, lexicon, state)
    if found is None and holder is not None and _left_unnamed(head, lexicon):
        return None  # "A defence official said ... . The official added ...": someone unnamed, not the holder
    if holder is None or found is None or found.name == holder.name:
        return found or holder
    described = _described_office(head, lexicon)
    text = doc_text(head.doc)
    titles = {
        actor.title
        for actor in index_of(head.doc).actors.actors
        if actor.kind == "person" and actor.title and found.name in (actor.name, written_name(actor, text, -1))
    }
    if described is None or not titles or any(_title_fits(title, *described, lexicon) for title in titles):
        return found
    return holder


def _described_office(head: Token, lexicon: CueLexicon) -> tuple[set[str], frozenset[str]] | None:
    """The words of a definite description of one office holder (its head and the modifiers that name no
    nationality: "the Iranian defence minister" -> defence, minister) and the offices they name; None for a
    usually-anonymous noun ("the spokesman"), one a pronoun possesses ("his adviser") or an indefinite one."""
    if head.tag_ not in ("NN", "NNP") or head.lower_ in lexicon.anonymous_nouns:
        return None
    lefts = list(head.lefts)
    owned = any(kid.dep_ == "poss" and kid.pos_ == "PRON" for kid in lefts)
    if owned or not any(kid.lower_ in ("the", "this") or kid.dep_ == "poss" for kid in lefts):
        return None
    start = max((kid.i for kid in lefts if kid.dep_ in ("det", "poss")), default=-1)
    words = [k.lower_ for k in lefts if k.i > start and k.dep_ in ("compound", "amod") and k.ent_type_ not in _NATIONS]
    words.append(head.lower_)
    return set(words), description_offices(" ".join(words), lexicon)


def _title_holder(head: Token, lexicon: CueLexicon, state: SpeakerMemory) -> Speaker | None:
    """ "the chief said" after "Capitol Police Chief Phillip Morse", "the Premier said" after "Prime Minister Lena
    Voss": of the persons mentioned before a definite description (see :func:`_described_office`), the one whose
    title, as the actors record it, names the description's office (through the office forms of ``officials.yaml``
    and the ``office_descriptions`` of ``cue_verbs.yaml``) or holds its words; None when no one or two people fit."""
    described = _described_office(head, lexicon)
    if described is None:
        return None
    holders = {
        actor.name: actor
        for actor in index_of(head.doc).actors.actors
        if actor.kind == "person"
        and actor.title
        and _title_fits(actor.title, *described, lexicon)
        and any(m.end <= head.idx and not state.in_quote(m.start) for m in actor.mentions)
    }
    if len(holders) != 1:
        return None  # none, or two holders of the title: which one is meant is not clear
    holder = next(iter(holders.values()))
    return Speaker(written_name(holder, doc_text(head.doc), -1), "person", from_actor=True, named=True)


def description_offices(description: str, lexicon: CueLexicon) -> frozenset[str]:
    """The offices a description of a person names ("premier" -> head of government, "defence chief" -> defence
    minister or chief of defence), from the office forms of ``officials.yaml`` and the quotes' own synonyms."""
    description = " ".join(description.lower().split())
    office = office_of_title(description)
    extra = lexicon.office_descriptions.get(description, frozenset())
    return extra | {office} if office else extra


def _title_fits(title: str, words: set[str], offices: frozenset[str], lexicon: CueLexicon) -> bool:
    """True when an actor's title names one of the description's ``offices``; for a description naming no known
    office, when the title or the name of its office holds all its words ("the minister" of "Defence Secretary Owen
    Pryce", a defence minister), unless that office is one a bare word never names ("the minister" is not the prime
    minister)."""
    held = office_of_title(title)
    written = set(_TITLE_WORD.findall(title.lower()))
    if offices:
        return held in offices or held is None and words <= written
    named = written | set(_TITLE_WORD.findall(held or ""))
    return words <= named and held not in lexicon.offices_named_in_full


def _named_body(head: Token, lexicon: CueLexicon, state: SpeakerMemory, position: int) -> Speaker | None:
    """ "Hamas said ... . The group said ...", "The radicals also claim ...": a bare definite organisation or
    group noun speaks for the named organisation that spoke, or was the subject, in the two sentences before."""
    if not any(kid.lower_ == "the" for kid in head.lefts) or any(
        kid.dep_ in ("compound", "poss", "amod", "appos", "nmod") and not _location_modifier(kid)
        for kid in head.children
    ):
        return None
    sents = _sentences_back(head)
    since = sents[min(2, len(sents) - 1)].start_char
    for at, speaker in reversed(state.history):
        if since <= at <= position and speaker.kind in ("organization", "group") and speaker.named:
            return Speaker(speaker.name, speaker.kind, from_actor=speaker.from_actor, named=True)
    return None


def _location_modifier(modifier: Token) -> bool:
    """ "Leeds-based", "Chicago, Ill.-based": a modifier before a noun whose last premodifier is a location
    word, so that all of them say only where the body is."""
    head = modifier.head
    before = modifier.doc[head.i - 1] if head.i > 0 else head
    return modifier.i < head.i and before.lower_.rsplit("-", 1)[-1] in closed_class().location_suffixes


def _next_sentence_subject(head: Token, lexicon: CueLexicon, state: SpeakerMemory) -> Speaker | None:
    """The person named as a subject (outside quote marks) in the sentences after ``head``'s, up to the end
    of the next paragraph."""
    doc = head.doc
    if not doc.has_annotation("SENT_START"):
        return None
    text = doc_text(doc)
    _, para_end = paragraph_of(text, head.sent.end_char)
    limit = paragraph_of(text, para_end + 1)[1] if para_end < len(text) else para_end
    for token in doc[head.sent.end :]:
        if token.idx >= limit:
            break
        if token.dep_ == "nsubj" and token.ent_type_ == "PERSON" and not state.in_quote(token.idx):
            ent = entity_at(token)
            return Speaker(person_name(ent, lexicon), "person", named=True) if ent is not None else None
    return None


def _sentences_back(token: Token) -> list[Span]:
    """The token's sentence then up to ``_SENTENCES_BACK`` earlier ones, nearest first."""
    doc = token.doc
    if not doc.has_annotation("SENT_START"):
        return [doc[:]]
    sents = [token.sent]
    while len(sents) <= _SENTENCES_BACK and sents[-1].start > 0:
        sents.append(doc[sents[-1].start - 1].sent)
    return sents


def _pronoun_owner(
    head: Token, actors: list[Actor], lexicon: CueLexicon, state: SpeakerMemory, position: int
) -> Speaker | None:
    """ "Her office said": the person a possessive "his"/"her" stands for owns the body, as in "X's office"."""
    owner = next((kid for kid in head.children if kid.dep_ == "poss" and kid.pos_ == "PRON"), None)
    if owner is None or lexicon.pronouns.get(owner.lower_) != "person":
        return None
    found = resolve_pronoun(owner, actors, lexicon, state, position)
    return found if found is not None and found.kind == "person" else None


def _person_owner(head: Token, actors: list[Actor], lexicon: CueLexicon) -> Speaker | None:
    """ "President Joe Biden's administration", "the administration of Joe Biden": the person it belongs to."""
    owners = [c for c in head.children if c.dep_ in ("poss", "compound")]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            owners += [o for o in prep.children if o.dep_ == "pobj"]
    for owner in owners:
        actor = _actor_of(owner)
        if actor is not None and _kind_of_actor(actor) == "person":
            return Speaker(_actor_name(actor, owner), "person", from_actor=True)
        ent = entity_at(owner)
        if actor is None and ent is not None and ent.label_ == "PERSON":
            return Speaker(person_name(ent, lexicon), "person")
    return None


# --------------------------------------------------------------------------- pronouns


def resolve_pronoun(
    token: Token, actors: list[Actor], lexicon: CueLexicon, state: SpeakerMemory, position: int
) -> Speaker | None:
    """The antecedent of a pronoun speaker, in Hobbs-like order.

    Subjects before the pronoun in its own sentence, then each earlier sentence (nearest first):
    its subjects, then its other nouns, breadth-first over the parse. The first person (he/she),
    organisation (it) or group/organisation (they) found wins, so the latest mention beats the latest
    quote speaker. A candidate whose description shows the other gender ("spokeswoman" for "he") is
    skipped; for "she", candidates shown feminine come first (news marks women, rarely men, so an
    unmarked name is more likely a man's). Words between quote marks are skipped. Without a parse,
    or when nothing fits, the latest compatible speaker, then the latest compatible actor mention.
    """
    wanted = lexicon.pronouns.get(token.lower_)
    actor = _actor_of(token)
    if actor is not None and (wanted != "person" or _kind_of_actor(actor) == "person"):
        return Speaker(_actor_name(actor, token), _kind_of_actor(actor), from_actor=True)
    gender = lexicon.pronoun_genders.get(token.lower_)
    if token.doc.has_annotation("DEP"):
        candidates = [
            (candidate, _gender_of(candidate, lexicon))
            for candidate in _antecedent_candidates(token, state)
            if candidate.pos_ != "PRON" or lexicon.pronouns.get(candidate.lower_) == wanted
        ]
        marked = [c for c, shown in candidates if shown == gender and c.pos_ != "PRON"]
        marked = marked if gender == _MARKED_GENDER else []
        for candidate in marked + [c for c, shown in candidates if shown in (None, gender) and c not in marked]:
            found = speaker_from_phrase(candidate, actors, lexicon, state, position)
            if found is None or state.genders.get(found.name, gender) != gender:
                continue  # "She said ... . He said ...": a person a pronoun of the other gender stood for
            if _compatible(found.kind, wanted) or _singular_they(token, candidate, lexicon):
                if gender is not None and found.kind == "person":
                    state.genders[found.name] = gender
                return Speaker(found.name, found.kind, from_actor=found.from_actor, named=found.named)
    for at, speaker in reversed(state.history):
        if at > position:
            continue
        if wanted == "group" or speaker.kind == wanted or (wanted == "organization" and speaker.kind == "group"):
            return Speaker(speaker.name, speaker.kind, named=speaker.named)
    return _earlier_entity(token, actors, wanted, lexicon)


def _singular_they(pronoun: Token, candidate: Token, lexicon: CueLexicon) -> bool:
    """ "..., a police spokesperson said. They said ...": "they" for one person of a gender-neutral, usually
    unnamed description."""
    return (
        lexicon.pronouns.get(pronoun.lower_) == "group"
        and pronoun.lower_ not in lexicon.first_person_pronouns
        and candidate.tag_ == "NN"
        and candidate.lower_ in lexicon.anonymous_nouns
        and _gender_of(candidate, lexicon) is None
    )


def _gender_of(candidate: Token, lexicon: CueLexicon) -> str | None:
    """The gender a pronoun or a person's description shows ("she", "spokeswoman Maria Zakharova",
    "Mr. Ryder", "Salo" after "Irene Salo"), or None when it shows none."""
    if candidate.pos_ == "PRON":
        return lexicon.pronoun_genders.get(candidate.lower_)
    described, level = [], [candidate]
    while level:
        described += level
        level = [kid for token in level for kid in token.children if kid.dep_ in _DESCRIBING]
    genders = {lexicon.gender_of_word(token.text, _given_name_slot(token, lexicon)) for token in described} - {None}
    if not genders:
        genders = {_earlier_given_name_gender(candidate, lexicon)} - {None}
    return genders.pop() if len(genders) == 1 else None


def _earlier_given_name_gender(candidate: Token, lexicon: CueLexicon) -> str | None:
    """ "Salo left early" after "Conductor Irene Salo": the gender the given name of the full name shows, for a
    surname alone."""
    ent = entity_at(candidate)
    actor = _actor_of(candidate)
    if actor is not None and actor.kind == "person" and (ent is None or len(ent) == 1):
        full = actor.name.split()
    elif ent is not None and ent.label_ == "PERSON" and len(ent) == 1:
        full = person_name(ent, lexicon).split()
    else:
        return None
    return lexicon.gender_of_word(full[0]) if len(full) >= 2 else None


def _given_name_slot(token: Token, lexicon: CueLexicon) -> bool:
    """True for the first word of a person's name of two words or more, after any titles ("Maria" of "spokeswoman
    Maria Zakharova"): where a given name stands. A surname alone ("Warren said") or a later word ("Elizabeth
    Warren") is read for no given name, since many surnames are given names too."""
    ent = entity_at(token)
    if ent is None or ent.label_ != "PERSON":
        return False
    words = [
        t
        for t in ent
        if not t.is_punct and t.lower_ not in lexicon.title_words and t.lower_ not in lexicon.person_nouns
    ]
    return len(words) >= 2 and words[0].i == token.i


def _compatible(kind: str | None, wanted: str | None) -> bool:
    if wanted == "person":
        return kind == "person"
    if wanted == "organization":
        return kind == "organization"
    return kind in ("group", "organization")


def _antecedent_candidates(pronoun: Token, state: SpeakerMemory) -> list[Token]:
    """Noun-phrase heads that may be the pronoun's antecedent, best first (see :func:`resolve_pronoun`)."""
    found: list[Token] = []
    for sent in _sentences_back(pronoun):
        heads = [
            t
            for t in _breadth_first(sent.root)
            if t.i < pronoun.i
            and t.pos_ in ("NOUN", "PROPN", "PRON")
            and t.dep_ not in ("compound", "flat")
            and not state.in_quote(t.idx)
        ]
        subjects = [t for t in heads if t.dep_ in ("nsubj", "nsubjpass")]
        found += subjects if sent.start <= pronoun.i < sent.end else subjects + [t for t in heads if t not in subjects]
    return found


def _breadth_first(root: Token) -> list[Token]:
    """The root's subtree level by level, each level left to right."""
    order, level = [], [root]
    while level:
        order += level
        level = [kid for token in level for kid in token.children]
    return order


def _earlier_entity(token: Token, actors: list[Actor], wanted: str | None, lexicon: CueLexicon) -> Speaker | None:
    """No earlier speaker: the closest preceding actor mention or named entity of the pronoun's kind."""
    best: tuple[int, Speaker] | None = None
    for actor in actors:
        kind = _kind_of_actor(actor)
        if wanted == "person" and kind != "person" or wanted == "organization" and kind == "person":
            continue
        for mention in actor.mentions:
            if mention.end <= token.idx and (best is None or mention.end > best[0]):
                name = written_name(actor, doc_text(token.doc), mention.start)
                best = (mention.end, Speaker(name, kind, from_actor=True))
    if best is not None:
        return best[1]
    labels = {"person": ("PERSON",), "organization": ("ORG",), "group": ("ORG", "NORP", "GPE")}.get(wanted or "", ())
    for ent in reversed(token.doc.ents):
        if ent.end_char <= token.idx and ent.label_ in labels:
            name = person_name(ent, lexicon) if ent.label_ == "PERSON" else phrase_name(ent)
            return Speaker(name, wanted)
    return None


# --------------------------------------------------------------------------- reporting nouns


def _modifier_source(noun: Token, actors: list[Actor], lexicon: CueLexicon) -> Speaker | None:
    """ "Israeli media reports", "a Kremlin statement": the issuer named by the modifiers of a reporting noun."""
    modifiers = [kid for kid in noun.lefts if kid.dep_ in ("compound", "amod", "nmod", "npadvmod")]
    issuers = [
        kid
        for kid in modifiers
        if kid.dep_ == "compound"
        and (
            kid.pos_ == "PROPN"
            or _actor_of(kid) is not None
            or {kid.lower_, lemma_of(kid)} & (lexicon.organization_nouns | lexicon.person_nouns)
        )
    ]
    if not issuers:
        return None
    span = noun.doc[modifiers[0].left_edge.i : noun.i]
    for token in reversed(span):
        actor = _actor_of(token)
        if actor is not None and _kind_of_actor(actor) != "person" or actor is not None and token in issuers:
            return Speaker(_actor_name(actor, token), _kind_of_actor(actor), from_actor=True)
    return Speaker(phrase_name(span), "organization")


def _earlier_issuer(
    noun: Token, actors: list[Actor], lexicon: CueLexicon, state: SpeakerMemory, position: int
) -> Speaker | None:
    """ "The statement said": who issued the statement mentioned before ("In a statement, it said ...",
    "X issued a statement", "a report by X"), searched back over the preceding sentences."""
    if any(kid.dep_ not in ("det", "punct") for kid in noun.children if kid.i < noun.i):
        return None
    lemma = lemma_of(noun)
    for sent in _sentences_back(noun):
        for token in reversed(list(sent)):
            if token.i >= noun.i or state.in_quote(token.idx) or lemma_of(token) != lemma:
                continue
            verb = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head
            subject = _subject_of(verb) if verb.pos_ in ("VERB", "AUX") and token.dep_ in ("pobj", "dobj") else None
            source = subject if subject is not None and subject.i < noun.i else report_source(token, lexicon)
            found = speaker_from_phrase(source, actors, lexicon, state, position) if source is not None else None
            if found is not None:
                return found
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


def _mentions_statement(token: Token, lexicon: CueLexicon) -> bool:
    sent = token.sent if token.doc.has_annotation("SENT_START") else token.doc[:]
    return any(lemma_of(t) in lexicon.reporting_nouns and t.pos_ == "NOUN" for t in sent)


# --------------------------------------------------------------------------- attribution


def attribute(cue: Token, actors: list[Actor], lexicon: CueLexicon, state: SpeakerMemory, position: int) -> Attribution:
    """The speaker a cue token names: subject of a speech verb, object of "quoted ... as saying",
    object of "according to"; a participle ("stating") borrows the subject of the verb it hangs on."""
    if not cue.doc.has_annotation("DEP"):
        return Attribution(cue.text, _nearest_actor(cue, actors))
    if cue.lower_ in lexicon.frame_ends and cue.pos_ == "ADP":  # the end of an attribution phrase
        return _phrase_attribution(cue, actors, lexicon, state, position)
    token, text = cue, cue.text
    if cue.pos_ == "NOUN" and lemma_of(cue) in lexicon.statement_nouns:  # "his claim that ...": its possessor
        owner = child(cue, ("poss",))
        speaker = speaker_from_phrase(owner, actors, lexicon, state, position) if owner is not None else None
        return Attribution(text, speaker, cue)
    if cue.dep_ == "acl" and _has_word(cue.head, lexicon.reporting_nouns):  # "a statement saying ..."
        return Attribution(text, _publisher(cue.head, actors, lexicon, state, position), cue)
    if speech_participle(cue, lexicon) or cue.dep_ == "conj" and _subject_of(cue) is None:
        token = _reporting_verb_above(cue, lexicon) or cue  # "said police were ..., saying/and added ..."
    for _ in range(4):
        as_saying = next((t for t in token.children if t.lower_ == "as" and t.i > token.i), None)
        if lemma_of(token) in lexicon.quoting_verbs and as_saying is not None:
            return _quoted_as_saying(token, as_saying, actors, lexicon, state, position)
        if token is cue and child(token, ("auxpass", "nsubjpass")) is not None:
            agent = child(token, ("agent",))  # "it was announced by the ministry that ..."
            source = child(agent, ("pobj",)) if agent is not None else None
            speaker = speaker_from_phrase(source, actors, lexicon, state, position) if source is not None else None
            return Attribution(text, speaker, cue)  # none for "was said to be", "was observed using"
        subject = _speaking_subject(token, cue, actors)
        if subject is not None:
            speaker = speaker_from_phrase(subject, actors, lexicon, state, position)
            if speaker is not None:
                speaker.statement = speaker.statement or _mentions_statement(token, lexicon)
            return Attribution(text, speaker, cue)
        if token.dep_ not in _CLIMB or token.head is token:
            break
        token = token.head
    return Attribution(text, None, cue)


def _publisher(
    noun: Token, actors: list[Actor], lexicon: CueLexicon, state: SpeakerMemory, position: int
) -> Speaker | None:
    """Who published a reporting noun that says something: the subject of a publishing verb taking it as object
    ("The ministry issued a statement saying ..."), else its own source ("a statement by X saying ..."); None
    for a report of unknown origin ("denied a report saying ...")."""
    verb = noun.head
    publisher = _subject_of(verb) if noun.dep_ == "dobj" and lemma_of(verb) in lexicon.publishing_verbs else None
    publisher = publisher if publisher is not None else report_source(noun, lexicon)
    return speaker_from_phrase(publisher, actors, lexicon, state, position) if publisher is not None else None


def remark_attribution(
    noun: Token, actors: list[Actor], lexicon: CueLexicon, state: SpeakerMemory, position: int
) -> Attribution | None:
    """ "X made the remarks at ...", "That was the message from X": a sentence after a quote naming who said it
    through a definite reporting noun, the object of a publishing verb or what "that/this" was; else None."""
    if noun.pos_ != "NOUN" or not _has_word(noun, lexicon.reporting_nouns):
        return None
    if not any(kid.dep_ == "det" and kid.lower_ in closed_class().anaphoric_determiners for kid in noun.children):
        return None  # "X issued a statement": a new statement, not the quote before
    verb = noun.head
    subject = _subject_of(verb)
    published = noun.dep_ == "dobj" and lemma_of(verb) in lexicon.publishing_verbs
    was = (
        noun.dep_ == "attr"
        and lemma_of(verb) == "be"
        and subject is not None
        and subject.lower_ in closed_class().anaphoric_determiners
    )
    if not (published or was):
        return None
    speaker = _publisher(noun, actors, lexicon, state, position)
    return Attribution(noun.text, speaker, noun) if speaker is not None else None


def _phrase_attribution(
    cue: Token, actors: list[Actor], lexicon: CueLexicon, state: SpeakerMemory, position: int
) -> Attribution:
    """ "according to X", "as noted by X": the speaker is the object of the phrase's last word ``cue``."""
    doc = cue.doc
    obj = child(cue, ("pobj",))
    speaker = _source_speaker(obj, actors, lexicon, state, position) if obj is not None else None
    if cue.lower_ == "by" and cue.i > 0:  # "as noted by X": the cue is the verb
        return Attribution(doc[cue.i - 1].text, speaker, cue)
    return Attribution(doc[max(cue.i - 1, 0) : cue.i + 1].text, speaker, cue)


def _quoted_as_saying(
    token: Token, as_saying: Token, actors: list[Actor], lexicon: CueLexicon, state: SpeakerMemory, position: int
) -> Attribution:
    """ "Tasnim quoted the minister as saying": the object speaks, the subject (or "by X") is the source."""
    doc = token.doc
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


def _speaking_subject(token: Token, cue: Token, actors: list[Actor]) -> Token | None:
    """The subject of the speech verb ``token`` (climbed to from ``cue``) that names the speaker: a postposed
    name, the antecedent of "who", the paragraph's subject, or an actor set beside it."""
    subject = inverted_subject(token) or _subject_of(token)
    if subject is None and token is cue:
        subject = _postposed_speaker(cue) or _speaker_read_as_object(cue)
    if subject is not None and subject.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
        subject = token.head  # "the official who said ..."
    if subject is not None and not _same_paragraph(subject, cue):
        subject = _paragraph_subject(cue)
    subject = _out_of_dateline(subject) if subject is not None else None
    return _actor_in_apposition(subject, actors) if subject is not None else None


def _speaker_read_as_object(cue: Token) -> Token | None:
    """ "“Prices will keep going up,” warned economist Hannah Price": after a closing quote mark, the noun phrase
    right after a subjectless speech verb, which the parser took for its object or attribute, is its speaker (a
    name or a description, not a date: "said Tuesday")."""
    doc = cue.doc
    if cue.i == 0 or doc[cue.i - 1].text not in _CLOSING_MARKS:
        return None
    for kid in cue.rights:
        if kid.dep_ in ("attr", "dobj", "oprd") and kid.left_edge.i == cue.i + 1 and kid.pos_ in ("PROPN", "NOUN"):
            return None if kid.ent_type_ in ("DATE", "TIME") else kid
    return None


def _out_of_dateline(subject: Token) -> Token:
    """A subject the parser took from the dateline ("Tehran, Jan 8, IRNA -- Iran's defence minister said"):
    the noun after the dateline it hung there as an apposition; else the subject itself."""
    limit = dateline_end(subject.doc[subject.i : subject.i + 1])
    if subject.idx >= limit:
        return subject
    later = [kid for kid in subject.rights if kid.dep_ in ("appos", "conj") and kid.idx >= limit]
    return later[-1] if later else subject


def _reporting_verb_above(participle: Token, lexicon: CueLexicon) -> Token | None:
    """The speech verb whose reported clause a speech participle hangs on, or None."""
    token = participle.head
    for _ in range(4):
        if token.dep_ == "ccomp" and lexicon.is_cue_lemma(lemma_of(token.head)):
            return token.head
        if token.dep_ not in ("conj", "ccomp", "advcl") or token.head is token:
            return None
        token = token.head
    return None


def speaker_before_cue(
    cue: Token, start: int, actors: list[Actor], lexicon: CueLexicon, state: SpeakerMemory
) -> Attribution | None:
    """ "“...,” Upasini, wing commander of the Eastern Command, said": when the parse gave the cue no subject,
    the name or speaking noun opening the words between a closing quote mark (at ``start``) and the cue."""
    words = [t for t in cue.doc[: cue.i] if t.idx >= start and not t.is_punct and not t.is_space]
    if not words or words[0].pos_ not in ("PROPN", "NOUN"):
        return None
    head = words[0]
    while head.dep_ in ("compound", "flat") and start <= head.head.idx < cue.idx:
        head = head.head
    if head.pos_ == "NOUN" and head.lower_ not in lexicon.person_nouns:
        return None
    speaker = speaker_from_phrase(head, actors, lexicon, state, cue.idx)
    return Attribution(cue.text, speaker, cue) if speaker is not None else None


def _postposed_speaker(cue: Token) -> Token | None:
    """ "..., Foreign Secretary Teodoro Locsin Jr. of the Philippines said": the head of the name phrase right
    before a speech verb the parse left without a subject (a person's name first, else the first proper noun)."""
    span = postposed_name(cue)
    if span is None:
        return None
    words = list(cue.doc[span[0] : span[1]])
    person = next((t for t in words if t.ent_type_ == "PERSON"), None)
    token = person or next(t for t in words if t.pos_ == "PROPN")
    ent = entity_at(token)
    return ent.root if ent is not None and ent.root.i < span[1] else token


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject, the nearest before it of two (a misparsed "state news agency KCNA", a dateline)."""
    return nearest_subject(verb, _SUBJECTS)


def _actor_in_apposition(subject: Token, actors: list[Actor]) -> Token:
    """The actor set beside a subject that names none, when the parser made the speaker an apposition
    ("... and 100 Joint Standoff Weapons, the Defense Security Cooperation Agency said"), or the apposition
    of a place the parser made the subject ("North Rhine-Westphalia's interior minister, Herbert Reul, told")."""
    actor = _actor_of(subject)
    if actor is not None and actor.kind != "location":
        return subject
    for kid in subject.children:
        if kid.dep_ == "appos" and not _indefinite(kid) and (actor is not None or _actor_of(kid) is not None):
            return kid
    return subject


def _indefinite(noun: Token) -> bool:
    """ "a Republican", "an adviser": an indefinite description set beside a speaker, not the speaker's name."""
    return any(kid.dep_ == "det" and kid.lower_ in ("a", "an") for kid in noun.lefts)


def _source_speaker(
    obj: Token, actors: list[Actor], lexicon: CueLexicon, state: SpeakerMemory, position: int
) -> Speaker | None:
    """The source named after "according to": itself, or the issuer of the report it names
    ("a report by X", "X's report", "reports from sources speaking to X"); never the clause subject; none for
    a source of figures ("earnings tracker First Call", "SIPRI data")."""
    lemma = lemma_of(obj)
    described = [obj, *(kid for kid in obj.lefts if kid.dep_ in ("compound", "amod", "nmod"))]
    if any(_has_word(token, lexicon.data_source_nouns) for token in described):
        return None
    if lemma in lexicon.reporting_nouns or lemma == "source":
        source = report_source(obj, lexicon)
        if source is not None:
            found = speaker_from_phrase(source, actors, lexicon, state, position)
            if found is not None:
                return found
    return speaker_from_phrase(obj, actors, lexicon, state, position)


def _same_paragraph(a: Token, b: Token) -> bool:
    low, high = sorted((a.idx, b.idx))
    return "\n" not in doc_text(a.doc)[low:high]


def _paragraph_subject(cue: Token) -> Token | None:
    """When the parse took a subject from another paragraph (a headline): the first name in the cue's paragraph."""
    doc = cue.doc
    para_start, _ = paragraph_of(doc_text(doc), cue.idx)
    first = cue.i
    while first > 0 and doc[first - 1].idx >= para_start:
        first -= 1
    opening = [t for t in doc[first : cue.i] if not t.is_space][:3]
    if opening and opening[0].ent_iob_ == "B" and opening[0].ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return entity_at(opening[0])[-1]
    for chunk in doc[first : cue.i].noun_chunks:
        if para_start <= chunk.root.idx and chunk.end_char <= cue.idx and chunk.root.dep_ not in _NOT_SUBJECTS:
            if chunk.root.ent_type_ not in ("DATE", "TIME", "CARDINAL"):
                return chunk.root
    return None


def _nearest_actor(cue: Token, actors: list[Actor]) -> Speaker | None:
    """Without a parse: the actor mentioned closest to the cue in its paragraph."""
    para_start, para_end = paragraph_of(doc_text(cue.doc), cue.idx)
    best: tuple[int, Actor] | None = None
    for actor in actors:
        for mention in actor.mentions:
            if para_start <= mention.start and mention.end <= para_end:
                distance = min(abs(mention.end - cue.idx), abs(mention.start - cue.idx - len(cue.text)))
                if best is None or distance < best[0]:
                    best = (distance, actor)
    if best is None:
        return None
    return Speaker(written_name(best[1], doc_text(cue.doc), cue.idx), _kind_of_actor(best[1]), from_actor=True)


def _actor_of(token: Token) -> Actor | None:
    """The stored actor one of whose mentions covers ``token``."""
    return index_of(token.doc).actors.at(token.idx, token.idx + len(token.text))
