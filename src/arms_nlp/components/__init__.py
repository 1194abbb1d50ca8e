"""One spaCy component per module; the factories that build them are in ``arms_nlp.factories``."""
