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
    from .components.quantities import QuantityExtractor
    from .components.quotes import QuoteExtractor
    from .components.ranges import RangeExtractor
    from .components.transfers import TransferExtractor
    from .components.weapons import WeaponRecognizer


@Language.factory("arms_boilerplate", assigns=["doc._.arms_boilerplate"])
def make_boilerplate(nlp: Language, name: str) -> "BoilerplateDetector":
    """Mark page furniture (navigation lines, link lists after the article) as non-content."""
    from .components.boilerplate import BoilerplateDetector

    return BoilerplateDetector(nlp, name)


@Language.factory(
    "arms_weapons",
    assigns=["doc._.arms_weapons", "doc.spans"],
    default_config={"spans_key": "arms_weapons", "overwrite_ents": True},
)
def make_weapons(nlp: Language, name: str, spans_key: str, overwrite_ents: bool) -> "WeaponRecognizer":
    """Recognise named weapon systems and weapon classes."""
    from .components.weapons import WeaponRecognizer

    return WeaponRecognizer(nlp, name, spans_key=spans_key, overwrite_ents=overwrite_ents)


@Language.factory("arms_actors", requires=["doc.ents"], assigns=["doc._.arms_actors"])
def make_actors(nlp: Language, name: str) -> "ActorResolver":
    """Find actors and merge their mentions under one canonical name."""
    from .components.actors import ActorResolver

    return ActorResolver(nlp, name)


@Language.factory("arms_quantities", assigns=["doc._.arms_quantities"])
def make_quantities(nlp: Language, name: str) -> "QuantityExtractor":
    """Find counts of things and link them to the weapons they count."""
    from .components.quantities import QuantityExtractor

    return QuantityExtractor(nlp, name)


@Language.factory("arms_ranges", assigns=["doc._.arms_ranges"])
def make_ranges(nlp: Language, name: str) -> "RangeExtractor":
    """Keep the lengths that are a weapon's reach, normalised to km and linked to the weapon."""
    from .components.ranges import RangeExtractor

    return RangeExtractor(nlp, name)


@Language.factory("arms_dates", assigns=["doc._.arms_dates", "doc._.arms_published"])
def make_dates(nlp: Language, name: str) -> "DateResolver":
    """Resolve date mentions against the article's own date."""
    from .components.dates import DateResolver

    return DateResolver(nlp, name)


@Language.factory("arms_quotes", assigns=["doc._.arms_quotes"])
def make_quotes(nlp: Language, name: str) -> "QuoteExtractor":
    """Find direct, partial and indirect quotes and their speakers."""
    from .components.quotes import QuoteExtractor

    return QuoteExtractor(nlp, name)


@Language.factory("arms_transfers", assigns=["doc._.arms_transfers"])
def make_transfers(nlp: Language, name: str) -> "TransferExtractor":
    """Assemble transfer events: supplier, recipient, weapon, quantity, status, source."""
    from .components.transfers import TransferExtractor

    return TransferExtractor(nlp, name)


#: The arms components in pipeline order; later ones read what earlier ones stored.
PIPELINE: tuple[str, ...] = (
    "arms_boilerplate",
    "arms_weapons",
    "arms_actors",
    "arms_quantities",
    "arms_ranges",
    "arms_dates",
    "arms_quotes",
    "arms_transfers",
)
