"""Schema and accessor for ``data/transfer_triggers.yaml`` (transfer trigger lemmas and status cues)."""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..records import TransferStatus
from . import load_document


class StatusCues(BaseModel):
    """Lemmas that, governing or modifying a trigger, give a transfer its status."""

    model_config = ConfigDict(extra="forbid")

    verbs: frozenset[str] = Field(default_factory=frozenset)
    nouns: frozenset[str] = Field(default_factory=frozenset)
    adverbs: frozenset[str] = Field(default_factory=frozenset)
    adjectives: frozenset[str] = Field(default_factory=frozenset)
    modals: frozenset[str] = Field(default_factory=frozenset)
    #: Multiword cues as "head ... dependent" lemmas, matched on a verb and a word below it ("come to light").
    phrases: tuple[str, ...] = ()


class TransferLexicon(BaseModel):
    """Trigger lemmas by frame (supply: subject gives; acquire: subject receives) and status cues."""

    model_config = ConfigDict(extra="forbid")

    supply_verbs: frozenset[str]
    acquire_verbs: frozenset[str]
    supply_nouns: frozenset[str]
    acquire_nouns: frozenset[str]
    agent_nouns: frozenset[str]
    content_verbs: frozenset[str]
    blocking: frozenset[str]
    anaphoric_determiners: frozenset[str]
    claim_nouns: frozenset[str]
    member_preps: frozenset[str]
    pronouns: frozenset[str]
    speech_verbs: frozenset[str]
    conditional_marks: frozenset[str]
    pending_adverbs: frozenset[str]
    status: dict[TransferStatus, StatusCues]

    def cues(self, status: TransferStatus) -> StatusCues:
        """The cues of one status (empty when the file lists none)."""
        return self.status.get(status) or StatusCues()


@lru_cache(maxsize=1)
def transfer_lexicon() -> TransferLexicon:
    """The transfer trigger and cue table, loaded once."""
    return load_document("transfer_triggers.yaml", TransferLexicon)
