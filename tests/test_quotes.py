"""arms_quotes: quote-mark pairing, cue lexicon, direct/partial/indirect quotes and their speakers."""

from __future__ import annotations

import importlib.util
import sys
from functools import lru_cache
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from arms_nlp.components.quotes import QuoteExtractor, extract_quotes
from arms_nlp.extensions import get_records, set_records
from arms_nlp.kb.cues import cue_lexicon
from arms_nlp.normalize.quotemarks import find_quotes, outermost
from arms_nlp.records import Actor, Mention, Quote

ROOT = Path(__file__).resolve().parent.parent


def _quotes(nlp: Language, text: str) -> list[Quote]:
    return get_records(nlp(text), "arms_quotes")


def _check_offsets(text: str, quotes: list[Quote]) -> None:
    for quote in quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text


# --------------------------------------------------------------------------- quote marks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “we will go” today.", ["we will go"]),
        ('He said "we will go" today.', ["we will go"]),
        ("He said ‘we will go’ today.", ["we will go"]),
        ("He said 'we will go' today.", ["we will go"]),
        ("“One. Two.” he said. “Three.”", ["One. Two.", "Three."]),
        ("“Outer ‘inner’ end,” he said.", ["Outer ‘inner’ end,"]),
        ("President Biden‘s aides used “a severe response” twice", ["a severe response"]),
        ("Iran’s missiles and the officials’ view", []),
        ("It's Iran's and O'Brien's", []),
        ("“Never closed\nNext paragraph", ["Never closed"]),
        ("stray ” closer and “ ”", []),
        ("", []),
        ('" Spaced quote text."', ["Spaced quote text."]),
    ],
)
def test_quotes_marks_pairing(text: str, expected: list[str]) -> None:
    found = outermost(find_quotes(text))
    assert [text[q.start : q.end] for q in found] == expected


@given(st.text(alphabet=st.sampled_from(list("ab .,\n“”‘’\"'")), max_size=200))
@settings(max_examples=300, deadline=None)
def test_quotes_marks_never_raise(text: str) -> None:
    for quote in find_quotes(text):
        assert 0 <= quote.start < quote.end <= len(text)
        assert "\n" not in text[quote.start : quote.end]


# --------------------------------------------------------------------------- lexicon


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("said", "say"), ("stated", "state"), ("emphasized", "emphasize"), ("told", "tell"), ("denies", "deny"),
     ("warning", "warn"), ("missiles", None), ("launched", None)],
)
def test_quotes_cue_surface_forms(word: str, lemma: str | None) -> None:
    assert cue_lexicon().surface_forms.get(word) == lemma


@pytest.mark.parametrize(("lemma", "indirect"), [("say", True), ("quote", True), ("continue", False), ("launch", False)])
def test_quotes_cue_lexicon_roles(lemma: str, indirect: bool) -> None:
    assert cue_lexicon().introduces_indirect(lemma) is indirect


# --------------------------------------------------------------------------- direct and partial quotes


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "kind"),
    [
        ("“We will not accept new sanctions on our missiles,” Hossein Amirabdollahian said.",
         "We will not accept new sanctions on our missiles", "Hossein Amirabdollahian", "direct"),
        ('"Our deliveries will continue as long as contracts are valid," said Dmitry Shugaev.',
         "Our deliveries will continue as long as contracts are valid", "Dmitry Shugaev", "direct"),
        ("Maria Zakharova warned, ‘Any transfer of long-range missiles will be seen as escalation.’",
         "Any transfer of long-range missiles will be seen as escalation.", "Maria Zakharova", "direct"),
        ("Lloyd Austin told Reuters: “The drones are used against civilian targets every night.”",
         "The drones are used against civilian targets every night.", "Lloyd Austin", "direct"),
        ("The spokesman stated, 'We have delivered all of the systems on schedule.'",
         "We have delivered all of the systems on schedule.", "spokesman", "direct"),
        ("“The United States is concerned that the talks are advancing,” The Wall Street Journal quoted a US "
         "official as saying.", "The United States is concerned that the talks are advancing", "US official", "direct"),
        ("An Iranian official confirmed the shipments, stating, “There will be more shipments. There is no reason "
         "to hide it.”", "There will be more shipments. There is no reason to hide it.", "Iranian official", "direct"),
        ("According to Janes analyst Jeremy Binnie, “the frigate carries eight anti-ship missiles.”",
         "the frigate carries eight anti-ship missiles.", "Jeremy Binnie", "direct"),
        ("John Kirby spoke on Monday. Kirby warned that the relationship “is not only not good for the Ukrainian "
         "people but it is certainly not good for the region.”",
         "is not only not good for the Ukrainian people but it is certainly not good for the region.", "John Kirby",
         "partial"),
        ("“Iran will respond decisively to any aggression,” Defense Minister Mohammad Reza Ashtiani was quoted as "
         "saying by the Tasnim news agency.", "Iran will respond decisively to any aggression", "Mohammad Reza Ashtiani",
         "direct"),
        ("“This is a clear violation of the resolution,” the diplomat, who spoke on condition of anonymity, told "
         "Reuters.", "This is a clear violation of the resolution", "diplomat", "direct"),
        ("President Joe Biden’s administration had threatened Tehran with “a severe response” if it went ahead.",
         "a severe response", "Joe Biden", "partial"),
        ("Analyst Fabian Hinz said the images showed “a clear upgrade of the guidance section” on the rockets.",
         "a clear upgrade of the guidance section", "Fabian Hinz", "partial"),
    ],
)
def test_quotes_direct_and_partial(nlp: Language, text: str, quote: str, speaker: str, kind: str) -> None:
    found = [q for q in _quotes(nlp, text) if q.kind != "indirect"]
    assert [(q.text, q.speaker, q.kind) for q in found] == [(quote, speaker, kind)]
    _check_offsets(text, found)


def test_quotes_quoting_frame_cue(nlp: Language) -> None:
    text = "“Talks are advancing quickly now,” The Wall Street Journal quoted a US official as saying."
    (quote,) = _quotes(nlp, text)
    assert quote.cue == "quoted ... as saying"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # continuation after "he said." in the next sentence and in the next paragraph
        ("“We invited all Palestinian representatives to the meeting,” Mikhail Bogdanov said. “These are from 12 to "
         "14 organizations.”",
         [("We invited", "Mikhail Bogdanov"), ("These are from", "Mikhail Bogdanov")]),
        ("Mikhail Bogdanov explained, “We invited all Palestinian representatives to the meeting.”\nHe further added, "
         "“Now we have invited Hamas and Islamic Jihad too.”",
         [("We invited", "Mikhail Bogdanov"), ("Now we have", "Mikhail Bogdanov")]),
        # pronoun with no earlier quote: the closest preceding person
        ("General Christopher Cavoli testified on Thursday. “The factories produce more shells than we expected,” he "
         "said.", [("The factories", "Christopher Cavoli")]),
        # "the statement continued" -> who made the statement
        ("“Iran’s position on the conflict remains unchanged,” the Iranian Mission said.\nThe statement continued: "
         "“Iran calls upon other countries to cease the supply of weapons.”",
         [("Iran’s position", "Iranian Mission"), ("Iran calls upon", "Iranian Mission")]),
        # "it added" -> the organisation
        ("“The contract covers forty helicopters and spare parts,” the company said.\nIt added: “Deliveries are "
         "scheduled to begin next year.”", [("The contract", "company"), ("Deliveries are", "company")]),
        # speaker named in the preceding sentence
        ("Foreign Minister Sergey Lavrov spoke to reporters in Moscow.\n“Our cooperation with Tehran is not directed "
         "against anyone.”", [("Our cooperation", "Sergey Lavrov")]),
    ],
)
def test_quotes_speaker_from_context(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    found = [q for q in _quotes(nlp, text) if q.kind != "indirect"]
    assert [(q.text[: len(prefix)], q.speaker) for q, (prefix, _) in zip(found, expected)] == expected
    assert len(found) == len(expected)


@pytest.mark.parametrize(
    "text",
    [
        "The Russian military uses Iran’s Shahed line of loitering munitions, or “suicide drones.”",
        "The group showed off its so-called “suicide boats” at a parade in the port city.",
        'Iranian "Kheibarshekan" missiles are seen in an undisclosed location in Iran.',
        "Iran has supported Hamas and a number of fellow “Axis of Resistance” factions.",
        "The strike on the depot was met with “a severe response” from the army.",
        "The drones, dubbed “flying bombs” by locals, hit the city overnight.",
        "Kirby said the missile, known as “the Fateh” in Tehran, was not seen in Ukraine.",
        '" Conservative News Daily does not always share the views expressed here; they are the writer\'s."',
        "Unmatched “ quote mark in a sentence about missiles.",
        "Another ” stray closing mark.",
    ],
)
def test_quotes_not_quotes(nlp: Language, text: str) -> None:
    assert [q for q in _quotes(nlp, text) if q.kind != "indirect"] == []


# --------------------------------------------------------------------------- indirect speech


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        ("A senior State Department official stated that these sanctions will pressure Iran’s missile programs.",
         "these sanctions will pressure Iran’s missile programs", "senior State Department official"),
        ("Jeffrey Lewis, an expert at the Middlebury Institute, suggested that the missiles could target high-value "
         "assets.", "the missiles could target high-value assets", "Jeffrey Lewis"),
        ("Pentagon spokesman Pat Ryder said the United States has seen no evidence of the transfer.",
         "the United States has seen no evidence of the transfer", "Pat Ryder"),
        ("The ministry said in a statement that the air defense systems had been delivered in March.",
         "the air defense systems had been delivered in March", "ministry"),
        ("According to Janes, the frigate carries eight anti-ship cruise missiles.",
         "the frigate carries eight anti-ship cruise missiles", "Janes"),
        ("According to reports from sources speaking to Reuters, the shipments began in January.",
         "the shipments began in January", "Reuters"),
        ("Moscow supplied the rebels with rockets and artillery, as noted by the Associated Press.",
         "Moscow supplied the rebels with rockets and artillery", "Associated Press"),
    ],
)
def test_quotes_indirect(nlp: Language, text: str, clause: str, speaker: str) -> None:
    found = [q for q in _quotes(nlp, text) if q.kind == "indirect"]
    assert [(q.text, q.speaker) for q in found] == [(clause, speaker)]
    _check_offsets(text, found)


@pytest.mark.parametrize(
    "text",
    [
        "The report was said to be based on evidence provided by U.S. officials.",  # passive, no speaker
        "The missiles that Iran delivered can reach targets 700 kilometers away.",  # no cue verb
        "Iran has again vowed to conduct a direct attack on Israel.",  # no clausal complement
        "It seems that the launchers were moved overnight.",  # not a speech verb
    ],
)
def test_quotes_indirect_negatives(nlp: Language, text: str) -> None:
    assert [q for q in _quotes(nlp, text) if q.kind == "indirect"] == []


def test_quotes_indirect_skips_clause_holding_partial_quote(nlp: Language) -> None:
    text = "Kirby warned that the relationship “is not only not good for the Ukrainian people but bad for the region.”"
    assert [q.kind for q in _quotes(nlp, text)] == ["partial"]


# --------------------------------------------------------------------------- actors, boilerplate, no parser


def _actor(text: str, doc_text: str, name: str, kind: str) -> Actor:
    start = doc_text.index(text)
    mention = Mention(text=text, start=start, end=start + len(text))
    return Actor(text=text, start=start, end=mention.end, name=name, kind=kind, mentions=[mention])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "mention", "name", "kind", "speaker"),
    [
        ("“We will keep supplying the drones to our partners,” Kirby said.", "Kirby", "John Kirby", "person",
         "John Kirby"),
        ("“Iran’s position on the conflict remains unchanged,” the mission said.", "mission",
         "Permanent Mission of Iran to the United Nations", "organization",
         "Permanent Mission of Iran to the United Nations"),
        ("“Deliveries will begin before the end of next year,” an Iranian official said.", "Iranian official",
         "Iranian official", "official", "Iranian official"),
    ],
)
def test_quotes_speaker_uses_actor_name(
    nlp: Language, text: str, mention: str, name: str, kind: str, speaker: str
) -> None:
    doc = nlp(text)
    set_records(doc, "arms_actors", [_actor(mention, text, name, kind)])
    QuoteExtractor(nlp, "arms_quotes")(doc)
    assert [q.speaker for q in get_records(doc, "arms_quotes")] == [speaker]


@pytest.mark.parametrize(("zone", "count"), [(None, 1), ((0, 200), 0)])
def test_quotes_skip_boilerplate(nlp: Language, zone: tuple[int, int] | None, count: int) -> None:
    text = "“We will keep supplying the drones to our partners,” Kirby said."
    doc = nlp.make_doc(text)
    for _, component in nlp.pipeline:
        doc = component(doc)
    doc._.arms_boilerplate = [zone] if zone else []
    QuoteExtractor(nlp, "arms_quotes")(doc)
    assert len(get_records(doc, "arms_quotes")) == count


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will keep supplying the drones to our partners,” Kirby said.", "John Kirby"),
        ("Kirby said: “We will keep supplying the drones to our partners.”", "John Kirby"),
        ("“We will keep supplying the drones to our partners.”", None),
    ],
)
def test_quotes_blank_pipeline(blank: Language, text: str, speaker: str | None) -> None:
    doc: Doc = blank(text)
    if "Kirby" in text:
        set_records(doc, "arms_actors", [_actor("Kirby", text, "John Kirby", "person")])
    records = extract_quotes(doc, get_records(doc, "arms_actors"), cue_lexicon())
    assert [q.speaker for q in records] == ([speaker] if speaker else [])
    _check_offsets(text, records)


@pytest.mark.parametrize(
    ("config", "expected"),
    [({}, []), ({"keep_unattributed": True}, [("Unattributed words are all here", None)])],
)
def test_quotes_component_in_blank_pipeline(config: dict[str, bool], expected: list[tuple[str, None]]) -> None:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("arms_quotes", config=config)
    doc = nlp("“Unattributed words are all here,” and 'stray marks.")
    assert [(q.text, q.speaker) for q in get_records(doc, "arms_quotes")] == expected


# --------------------------------------------------------------------------- properties


_PIECES = ["“", "”", '"', "‘", "’", "'", "\n", "\n\n", " he said.", " Kirby warned that", ", said the minister. ",
           "We will ship missiles", "According to Reuters,", "It's", "officials’", "so-called", "—", "...", "They"]
_text = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=12)), max_size=30).map("".join)


@given(_text)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
def test_quotes_property_offsets_valid(nlp: Language, text: str) -> None:
    _check_offsets(text, _quotes(nlp, text))


@given(_text)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_quotes_property_blank_never_raises(blank: Language, text: str) -> None:
    doc = blank(text)
    _check_offsets(text, extract_quotes(doc, [], cue_lexicon(), keep_unattributed=True))


# --------------------------------------------------------------------------- fixtures and benchmark

#: Direct and partial quotes of the fixture articles (article stem prefix, quote start, speaker).
FIXTURE_QUOTES = [
    ("000", "There will be more shipments", "Iranian official"),
    ("001", "There will be more shipments", "Iranian official"),
    ("001", "We invited all Palestinian", "Mikhail Bogdanov"),
    ("001", "These are, of course", "Mikhail Bogdanov"),
    ("002", "The United States is concerned", "US official"),
    ("002", "is not only not good", "Kirby"),
    ("004", "Iran’s position", "Iranian Mission"),
    ("004", "Iran considers", "Iranian Mission"),
    ("004", "Thus, not only", "Iranian Mission"),
]


@lru_cache(maxsize=1)
def _bench() -> ModuleType:
    """benchmarks/quotes.py, which is a script rather than a package module."""
    spec = importlib.util.spec_from_file_location("bench_quotes", ROOT / "benchmarks" / "quotes.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_quotes_fixture_f1(nlp: Language, articles: dict[str, str]) -> None:
    bench = _bench()
    tp = predicted = 0
    for stem, text in articles.items():
        gold = [g for g in FIXTURE_QUOTES if stem.startswith(g[0])]
        found = [q for q in _quotes(nlp, text) if q.kind != "indirect"]
        predicted += len(found)
        for _, start, speaker in gold:
            tp += any(q.text.startswith(start) and bench.same_speaker(q.speaker, speaker) for q in found)
    precision, recall = tp / max(predicted, 1), tp / len(FIXTURE_QUOTES)
    assert 2 * precision * recall / (precision + recall) >= 0.9


@pytest.mark.parametrize(
    ("a", "b", "matches"),
    [("We will go now.", "we will go now", True), ("We will go", "We will go now, he said", True),
     ("alpha beta gamma delta", "alpha beta epsilon zeta", False), ("a b c", "a b c d", True)],
)
def test_quotes_benchmark_overlap(a: str, b: str, matches: bool) -> None:
    assert (_bench().overlap(a, b) >= 0.5) is matches


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("John Kirby", "kirby", True), ("US official", "US official", True), ("Iran", "Iranian Mission", False),
     (None, "Kirby", False)],
)
def test_quotes_benchmark_speaker(a: str | None, b: str, same: bool) -> None:
    assert _bench().same_speaker(a, b) is same


def test_quotes_benchmark_sample_runs() -> None:
    import json

    rows = [json.loads(line) for line in (ROOT / "benchmarks" / "data" / "quotes_sample.jsonl").open(encoding="utf-8")]
    scores = _bench().evaluate(rows)
    assert scores["quote+speaker"]["f1"] >= 0.8
