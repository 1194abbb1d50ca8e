"""Pure normalisation functions: numbers, lengths, dates. No spaCy objects here."""
