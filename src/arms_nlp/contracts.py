"""What each arms component needs from the pipeline before it, checked when a Doc arrives.

The factories declare the same needs as spaCy ``requires`` (so ``nlp.analyze_pipes()`` shows
them); a component that cannot produce its records without an upstream raises
:class:`MissingComponentError` naming the component to add, instead of returning nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc


class MissingComponentError(ValueError):
    """A component ran without the upstream component whose output it needs."""


def require_records(doc: Doc, component: str, upstream: tuple[str, ...]) -> None:
    """Raise unless every upstream arms component (named like its ``doc._`` attribute) has run on ``doc``."""
    for name in upstream:
        if doc._.get(name) is None:
            raise MissingComponentError(
                f"'{component}' needs the records of '{name}': add it before '{component}' "
                f"(nlp.add_pipe('{name}', before='{component}')), or build the pipeline with arms_nlp.load()"
            )


def require_parse(doc: Doc, component: str) -> None:
    """Raise when ``doc`` has words but no dependency parse."""
    if not doc.has_annotation("DEP") and any(not token.is_space for token in doc):
        raise MissingComponentError(
            f"'{component}' needs a dependency parse: use a pipeline with a 'parser' "
            "(such as en_core_web_sm, or arms_nlp.load())"
        )
