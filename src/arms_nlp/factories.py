"""Every arms_nlp pipeline factory, registered in one module.

The ``spacy_factories`` entry points point here, so ``nlp.add_pipe("arms_weapons")``
works in any spaCy pipeline once arms_nlp is installed. Component classes are
imported inside each factory so that importing this module stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

if TYPE_CHECKING:
    from .components.actors import ActorResolver
    from .components.boilerplate import BoilerplateDetector
    from .components.dates import DateResolver
    from .components.line_breaks import LineBreakSentences
    from .components.quantities import QuantityExtractor
    from .components.quotes import QuoteExtractor
    from .components.ranges import RangeExtractor
    from .components.transfers import TransferExtractor
    from .components.weapons import WeaponRecognizer


@Language.factory("arms_line_breaks", requires=[], assigns=["token.is_sent_start"])
def make_line_breaks(nlp: Language, name: str) -> LineBreakSentences:
    """Start sentences at line breaks between separate lines (headlines, datelines, bullets); runs before the parser."""
    from .components.line_breaks import LineBreakSentences

    return LineBreakSentences(nlp, name)


@Language.factory(
    "arms_boilerplate",
    assigns=["doc._.arms_boilerplate"],
    default_config={"max_nav_words": 3, "max_heading_words": 8, "min_prose_words": 20},
)
def make_boilerplate(
    nlp: Language, name: str, max_nav_words: int, max_heading_words: int, min_prose_words: int
) -> BoilerplateDetector:
    """Mark page furniture (navigation lines, link lists after the article) as non-content."""
    from .components.boilerplate import BoilerplateDetector

    return BoilerplateDetector(
        nlp,
        name,
        max_nav_words=max_nav_words,
        max_heading_words=max_heading_words,
        min_prose_words=min_prose_words,
    )


@Language.factory(
    "arms_weapons",
    assigns=["doc._.arms_weapons", "doc.spans"],
    default_config={"spans_key": "arms_weapons", "overwrite_ents": True, "extra_entries": []},
)
def make_weapons(
    nlp: Language, name: str, spans_key: str, overwrite_ents: bool, extra_entries: list[str]
) -> WeaponRecognizer:
    """Recognise named weapon systems and weapon classes.

    ``extra_entries``: JSONL files of the user's own systems, in the ``weapons.jsonl`` schema.
    """
    from .components.weapons import WeaponRecognizer

    return WeaponRecognizer(nlp, name, spans_key=spans_key, overwrite_ents=overwrite_ents, extra_entries=extra_entries)


@Language.factory(
    "arms_actors",
    requires=["doc.ents"],
    assigns=["doc._.arms_actors"],
    default_config={"extra_entries": []},
)
def make_actors(nlp: Language, name: str, extra_entries: list[str]) -> ActorResolver:
    """Find actors and merge their mentions under one canonical name.

    ``extra_entries``: JSONL files of the user's own actors, rows of the packaged schemas with a ``kind``.
    """
    from .components.actors import ActorResolver

    return ActorResolver(nlp, name, extra_entries=extra_entries)


@Language.factory(
    "arms_quantities",
    requires=["doc._.arms_weapons"],
    assigns=["doc._.arms_quantities"],
    default_config={"include_definite": True},
)
def make_quantities(nlp: Language, name: str, include_definite: bool) -> QuantityExtractor:
    """Find counts of things and link them to the weapons they count.

    ``include_definite=False`` drops figures after "the/these/those" ("the two countries").
    """
    from .components.quantities import QuantityExtractor

    return QuantityExtractor(nlp, name, include_definite=include_definite)


@Language.factory("arms_ranges", requires=["doc._.arms_weapons"], assigns=["doc._.arms_ranges"])
def make_ranges(nlp: Language, name: str) -> RangeExtractor:
    """Keep the lengths that are a weapon's reach, normalised to km and linked to the weapon."""
    from .components.ranges import RangeExtractor

    return RangeExtractor(nlp, name)


@Language.factory(
    "arms_dates",
    requires=["doc.ents"],
    assigns=["doc._.arms_dates", "doc._.arms_published", "doc._.arms_published_from"],
    default_config={"use_ner": True, "infer_published": True},
)
def make_dates(nlp: Language, name: str, use_ner: bool, infer_published: bool) -> DateResolver:
    """Resolve date mentions against the article's own date.

    ``use_ner``: NER DATE entities add candidates; ``infer_published``: without a dateline,
    report the latest full date as the article date (``published_from="latest_date"``).
    """
    from .components.dates import DateResolver

    return DateResolver(nlp, name, use_ner=use_ner, infer_published=infer_published)


@Language.factory(
    "arms_quotes",
    requires=["token.dep", "doc._.arms_actors", "doc._.arms_weapons"],
    assigns=["doc._.arms_quotes"],
    default_config={"keep_unattributed": False},
)
def make_quotes(nlp: Language, name: str, keep_unattributed: bool) -> QuoteExtractor:
    """Find direct, partial and indirect quotes and their speakers.

    ``keep_unattributed`` also keeps direct quotes (of at least four words) whose speaker was not found.
    """
    from .components.quotes import QuoteExtractor

    return QuoteExtractor(nlp, name, keep_unattributed=keep_unattributed)


@Language.factory(
    "arms_transfers",
    requires=[
        "token.dep",
        "token.lemma",
        "doc._.arms_weapons",
        "doc._.arms_actors",
        "doc._.arms_quantities",
        "doc._.arms_dates",
        "doc._.arms_quotes",
    ],
    assigns=["doc._.arms_transfers"],
    default_config={"reparse_headlines": True, "keep_partial": False},
)
def make_transfers(nlp: Language, name: str, reparse_headlines: bool, keep_partial: bool) -> TransferExtractor:
    """Assemble transfer events: supplier, recipient, weapon, quantity, status, source.

    Needs a parse and the weapons and actors (it raises MissingComponentError without them);
    quantities, dates and quotes add counts, dates and sources when they ran before it.

    ``reparse_headlines`` re-parses title-case lines in lower case before reading their roles;
    ``keep_partial`` also keeps claims whose supplier or recipient the article never gives.
    """
    from .components.transfers import TransferExtractor

    return TransferExtractor(nlp, name, reparse_headlines=reparse_headlines, keep_partial=keep_partial)


#: The arms components in pipeline order; later ones read what earlier ones stored.
PIPELINE: tuple[str, ...] = (
    "arms_line_breaks",
    "arms_boilerplate",
    "arms_weapons",
    "arms_actors",
    "arms_quantities",
    "arms_ranges",
    "arms_dates",
    "arms_quotes",
    "arms_transfers",
)

#: Where ``arms_nlp.load()`` places a component when the model has that pipe (the others go last, in order).
BEFORE: dict[str, str] = {"arms_line_breaks": "parser"}
