"""Noun phrases of speakers (pure functions over a parsed Doc): how far a phrase reaches, the name
it gives ("Two U.S. officials" -> "U.S. officials", "Kirby" -> "John Kirby"), and who owns a report
("a report by X", "X's statement", "a notice posted on X's website").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ...docindex import index_of
from ...kb.closed_class import closed_class
from ...kb.cues import CueLexicon
from ...normalize.datelines import dateline_length
from ...normalize.quotemarks import is_line_wrap
from ...syntax import child
from ...syntax import lemma as lemma_of

_DETERMINERS = closed_class().articles | closed_class().demonstratives
_POSSESSIVE = re.compile(r"['’‘]s?$")
_MAX_POSTMODIFIER = 6  # tokens of a post-nominal modifier kept in an unnamed speaker's name
_OWNER_PREPS = frozenset({"by", "in", "from", "of"})  # "a report by/in/from/of X"
_POSTED_AT = frozenset({"by", "on", "in"})
_OFFICE_LINKS = frozenset({"of", "and", "for", "&"})  # words inside an office's name ("Minister of Defense")
_NOT_SOURCES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def doc_text(doc: Doc) -> str:
    """``doc.text``, read from the Doc's index (spaCy rebuilds it from the tokens on every access)."""
    return index_of(doc).text


def paragraph_of(text: str, char: int) -> tuple[int, int]:
    """Character span of the paragraph holding ``char``: its line, with hard-wrapped lines joined."""
    start = text.rfind("\n", 0, char)
    while start >= 0 and is_line_wrap(text, start):
        start = text.rfind("\n", 0, start)
    end = text.find("\n", char)
    while end >= 0 and is_line_wrap(text, end):
        end = text.find("\n", end + 1)
    return start + 1, len(text) if end < 0 else end


def noun_phrase(token: Token, postmodifiers: bool = False) -> Span:
    """The noun phrase headed by ``token`` up to the head itself (no appositions or relative clauses).

    With ``postmodifiers`` a short adjective or participle phrase after the head is kept
    ("people familiar with the matter", "officials briefed on the talks").
    """
    doc = token.doc
    start = token.left_edge.i
    while start < token.i and "\n" in doc_text(doc)[doc[start].idx : token.idx]:
        start += 1
    end = token.i + 1
    while end < len(doc) and doc[end].dep_ in ("compound", "flat") and token.i <= doc[end].head.i < end:
        end += 1
    if postmodifiers:
        for right in token.rights:
            size = right.right_edge.i + 1 - right.left_edge.i
            if right.left_edge.i != end or size > _MAX_POSTMODIFIER:
                break
            if not (right.dep_ == "amod" or right.dep_ == "acl" and right.tag_ == "VBN" or right.lower_ == "with"):
                break
            end = right.right_edge.i + 1
    if token.pos_ in ("PROPN", "NOUN"):  # "Mission to the United Nations", "spokesperson for the Pentagon"
        for prep in token.rights:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if prep.dep_ != "prep" or prep.i != end or prep.lower_ not in ("of", "to", "for") or not objects:
                break
            if objects[0].pos_ != "PROPN" or "\n" in doc[end : objects[0].right_edge.i + 1].text:
                break
            end = objects[0].right_edge.i + 1
    return doc[start:end]


def phrase_name(phrase: Span, quantifiers: frozenset[str] = frozenset()) -> str:
    """The phrase as written minus determiners, a leading possessive pronoun ("its chief executive"),
    leading ``quantifiers`` and numbers ("Two U.S. officials" -> "U.S. officials") when given, a dateline
    ("KYIV (Reuters) - Ukraine's air force") and outer punctuation. A named possessor stays ("Zelenskiy's office")."""
    limit = dateline_end(phrase)
    tokens = [token for token in phrase if token.idx >= limit]
    possessor = {sub.i for t in phrase if t.dep_ == "poss" and t.pos_ == "PRON" for sub in t.subtree}

    def leading(token: Token) -> bool:
        counted = bool(quantifiers) and (token.lower_ in quantifiers or token.dep_ == "nummod")
        return token.lower_ in _DETERMINERS or token.i in possessor or token.is_punct or counted

    while tokens and leading(tokens[0]):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].tag_ == "POS"):
        tokens = tokens[:-1]
    if not tokens:
        return phrase.text
    name = doc_text(phrase.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    return _POSSESSIVE.sub("", name)


def dateline_end(phrase: Span) -> int:
    """Character offset where the dateline opening the phrase's paragraph ends (-1 without one)."""
    text = doc_text(phrase.doc)
    start = paragraph_of(text, phrase.start_char)[0]
    if phrase.start_char - start > 80:
        return -1
    length = dateline_length(text[start : start + 120])
    return start + length if length else -1


def entity_at(token: Token) -> Span | None:
    """The named entity holding ``token`` (read from the token's IOB tags, without building ``doc.ents``)."""
    if not token.ent_type_ or token.ent_iob_ not in ("B", "I"):
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def _can_speak(token: Token) -> bool:
    """A noun that may name a source (not a date, number or amount: "a report in January")."""
    return token.pos_ in ("PROPN", "NOUN") and token.ent_type_ not in _NOT_SOURCES


def report_source(noun: Token, lexicon: CueLexicon) -> Token | None:
    """Who issued a report or statement: "X's report", "a report by/in/from X", "a statement released by X".

    Follows a chain of such links through reporting and medium nouns ("a notice posted on X's website",
    "a report from sources speaking to X"); None when the noun names no source.
    """
    token, seen = noun, 0
    while seen < 4:
        seen += 1
        nxt = _owner_of(token)
        if nxt is None:
            break
        if not _can_speak(nxt):
            break
        token = nxt
        lemma = lemma_of(token)
        if lemma not in lexicon.reporting_nouns and lemma not in lexicon.medium_nouns and lemma != "source":
            return token
    if token is noun:
        return None
    for inner in token.subtree:  # "sources speaking to Reuters": the medium they spoke to
        if inner is not token and inner.pos_ == "PROPN" and inner.dep_ == "pobj":
            return inner
    return token


def _owner_of(noun: Token) -> Token | None:
    """The possessor or the object of "by/in/from/of" (directly or through "published by") of a noun."""
    for kid in noun.children:
        if kid.dep_ == "poss":
            return kid
    for kid in noun.children:
        if kid.dep_ == "prep" and kid.lower_ in _OWNER_PREPS:
            obj = child(kid, ("pobj",))
            if obj is not None:
                return obj
        if kid.dep_ == "acl" and kid.tag_ == "VBN":  # "a statement released by the ministry", "posted on its site"
            for link in kid.children:
                obj = child(link, ("pobj",)) if link.dep_ in ("agent", "prep") and link.lower_ in _POSTED_AT else None
                if obj is not None:
                    return obj
    return None


def person_name(ent: Span, lexicon: CueLexicon) -> str:
    """A person's name as first given: a surname alone ("Kirby") becomes the earlier full name ("John Kirby");
    a name the NER cut short ("Rustem [Umerov]") takes the adjacent capitalised given names, not titles."""
    doc = ent.doc
    start = ent.start
    while start > 0 and _given_name(doc[start - 1], ent, lexicon):
        start -= 1
    if start < ent.start and _inside_office(doc[start : ent.start], lexicon):
        start = ent.start
    while start < ent.end - 1 and _is_title(doc[start], lexicon):  # "Air Chief Marshal BS Dhanoa"
        start += 1
    name = phrase_name(doc[start : ent.end])
    if ent.end - start != 1:
        return name
    for other in doc.ents:
        if other.start >= ent.start:
            break
        if other.label_ == "PERSON" and len(other) > 1 and other[-1].text == ent[0].text:
            return phrase_name(other)
    return name


def _is_title(token: Token, lexicon: CueLexicon) -> bool:
    """A title or office word the NER put inside a person's name ("Gen.", "Chief", "Marshal", "Secretary")."""
    word = token.lower_
    return word in lexicon.title_words or word in lexicon.person_nouns or word.endswith(".") and len(word) <= 5


def office_before_name(written: str, name: str, ent: Span, lexicon: CueLexicon) -> bool:
    """True when an actor's name ``written`` is the person's ``name`` behind words of an office's name the actors
    took into it ("Armed Forces Logistics Majid Bokaei" after "Minister of Defense and")."""
    text, end = doc_text(ent.doc), ent.end_char
    if written == name or not written.endswith(" " + name) or text[end - len(written) : end] != written:
        return False
    run = ent.doc.char_span(end - len(written), end - len(name) - 1, alignment_mode="expand")
    return run is not None and len(run) > 0 and _inside_office(run, lexicon)


def _inside_office(run: Span, lexicon: CueLexicon) -> bool:
    """ "Deputy Minister of Defense and Armed Forces Logistics Majid Bokaei": capitalised words before a name that
    go on an office's name (after "of", "and", "for", or holding a body's noun), not given names."""
    doc = run.doc
    before = doc[run.start - 1].lower_ if run.start > 0 else ""
    words = {token.lower_ for token in run}
    return before in _OFFICE_LINKS or bool(words & (lexicon.organization_nouns | lexicon.title_words))


def _given_name(token: Token, ent: Span, lexicon: CueLexicon) -> bool:
    """True for a capitalised name part right before a PERSON entity (not a title like "Minister" or "Gen.")."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.ent_type_ not in ("", "PERSON"):
        return False
    if token.whitespace_ != " " or token.head.i < token.i or token.head.i >= ent.end:
        return False
    word = token.lower_
    return word not in lexicon.person_nouns and word not in lexicon.title_words and not word.endswith(".")
