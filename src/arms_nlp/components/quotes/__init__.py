"""arms_quotes: direct, partial and indirect quotes with their speakers and cues."""

from .component import QuoteExtractor, extract_quotes

__all__ = ["QuoteExtractor", "extract_quotes"]
