"""Schema and accessor for ``data/cue_verbs.yaml`` (speech verbs, attribution frames, speaker nouns)."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, PrivateAttr, field_validator

from . import LowerWords

PronounKind = Literal["person", "group", "organization"]
Gender = Literal["feminine", "masculine"]
#: In a data-file phrase: any cue verb form ("as <cue> by" matches "as noted by").
CUE_SLOT = "<cue>"


class CueLexicon(BaseModel):
    """Everything that marks attributed speech; all words are stored lowercase."""

    model_config = ConfigDict(extra="forbid")

    verbs: LowerWords
    frame_only_verbs: LowerWords = frozenset()
    quoting_verbs: LowerWords = frozenset()
    publishing_verbs: LowerWords = frozenset()
    addressee_verbs: LowerWords = frozenset()
    phrases: tuple[tuple[str, ...], ...] = ()
    adjective_frames: dict[str, frozenset[str]] = {}
    particle_verbs: dict[str, frozenset[str]] = {}
    statement_nouns: LowerWords = frozenset()
    reporting_nouns: LowerWords = frozenset()
    medium_nouns: LowerWords = frozenset()
    data_source_nouns: LowerWords = frozenset()
    person_nouns: LowerWords = frozenset()
    anonymous_nouns: LowerWords = frozenset()
    bare_anonymous_nouns: LowerWords = frozenset()
    anonymity_words: LowerWords = frozenset()
    nationality_nouns: LowerWords = frozenset()
    group_nouns: LowerWords = frozenset()
    organization_nouns: LowerWords = frozenset()
    naming_words: LowerWords = frozenset()
    title_words: LowerWords = frozenset()
    speech_act_verbs: LowerWords = frozenset()
    quantifier_words: LowerWords = frozenset()
    refusal_verbs: LowerWords = frozenset()
    disclosure_verbs: LowerWords = frozenset()
    non_speaker_nouns: LowerWords = frozenset()
    hedge_verbs: LowerWords = frozenset()
    saying_verbs: LowerWords = frozenset()
    first_person_pronouns: LowerWords = frozenset()
    pronouns: dict[str, PronounKind] = {}
    pronoun_genders: dict[str, Gender] = {}
    gendered_words: dict[Gender, frozenset[str]] = {}
    given_names: dict[Gender, frozenset[str]] = {}
    irregular_forms: dict[str, tuple[str, ...]] = {}
    office_descriptions: dict[str, frozenset[str]] = {}
    offices_named_in_full: LowerWords = frozenset()
    _forms: dict[str, str] | None = PrivateAttr(default=None)

    @field_validator("adjective_frames", "particle_verbs", "office_descriptions", mode="before")
    @classmethod
    def _lower_frames(cls, value: object) -> object:
        if isinstance(value, dict):
            return {str(verb).lower(): frozenset(str(a).lower() for a in words) for verb, words in value.items()}
        return value

    @field_validator("gendered_words", "given_names", mode="before")
    @classmethod
    def _lower_gendered(cls, value: object) -> object:
        if isinstance(value, dict):
            return {key: frozenset(str(v).lower() for v in words) for key, words in value.items()}
        return value

    def gender_of_word(self, word: str, given_name: bool = True) -> Gender | None:
        """ "spokeswoman" -> feminine, "Mr." -> masculine, "Anna" -> feminine (only when ``given_name``: the word
        stands where a given name does), else None."""
        word = word.lower()
        for table in (self.gendered_words, self.given_names) if given_name else (self.gendered_words,):
            gender = next((gender for gender, words in table.items() if word in words), None)
            if gender is not None:
                return gender
        return None

    @field_validator("phrases", mode="before")
    @classmethod
    def _lower_phrases(cls, value: object) -> object:
        if isinstance(value, list):
            return tuple(tuple(str(w).lower() for w in phrase) for phrase in value)
        return value

    @property
    def frame_ends(self) -> frozenset[str]:
        """The last words of the attribution frames ("to" of "according to", "by" of "as noted by")."""
        return frozenset(phrase[-1] for phrase in self.phrases if phrase)

    def is_cue_lemma(self, lemma: str) -> bool:
        """True for a speech verb lemma ("say", "warn") or a quoting verb ("quote")."""
        lemma = lemma.lower()
        return lemma in self.verbs or lemma in self.quoting_verbs

    def introduces_indirect(self, lemma: str) -> bool:
        """True when the verb can carry reported speech in a clause ("stated that ...")."""
        lemma = lemma.lower()
        return lemma in self.verbs and lemma not in self.frame_only_verbs

    @property
    def surface_forms(self) -> dict[str, str]:
        """Inflected form -> lemma, for pipelines without a lemmatizer."""
        if self._forms is None:
            self._forms = _surface_forms(self)
        return self._forms


def _surface_forms(lexicon: CueLexicon) -> dict[str, str]:
    """Regular -s/-ed/-ing forms of every cue verb plus the listed irregular ones."""
    forms: dict[str, str] = {}
    for lemma in lexicon.verbs | lexicon.quoting_verbs:
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        ses = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x")) else "s")
        for form in (lemma, ses, stem + "ed", stem + "ing"):
            forms[form] = lemma
        if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
            forms[lemma[:-1] + "ied"] = lemma
            forms[lemma[:-1] + "ies"] = lemma
        for form in lexicon.irregular_forms.get(lemma, ()):
            forms[form.lower()] = lemma
    return forms


@lru_cache(maxsize=1)
def cue_lexicon() -> CueLexicon:
    """The cue lexicon, loaded and validated once."""
    from . import load_document

    return load_document("cue_verbs.yaml", CueLexicon)
