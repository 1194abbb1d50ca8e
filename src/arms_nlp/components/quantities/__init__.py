"""arms_quantities: counts of things, linked to the weapons they count."""

from .component import QuantityExtractor, extract_quantities

__all__ = ["QuantityExtractor", "extract_quantities"]
