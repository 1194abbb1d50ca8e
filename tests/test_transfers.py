"""Tests of the arms_transfers component: triggers, roles, status, source, merging and negatives.

Sentences are parsed by the session pipeline; the upstream records (weapons, actors,
quantities, dates, quotes) are then replaced by hand-built ones so that these tests only
exercise the transfer logic.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from arms_nlp.components._transfer_claims import Claim, merge_claims, to_record
from arms_nlp.components.transfers import extract_transfers
from arms_nlp.extensions import set_records
from arms_nlp.kb.transfers import transfer_lexicon
from arms_nlp.records import Actor, DateRef, Mention, Quantity, Quote, Transfer, Weapon

# surface words -> (canonical name, category, generic)
WEAPONS: dict[str, tuple[str, str, bool]] = {
    "short-range ballistic missiles": ("short-range ballistic missile", "ballistic_missile", True),
    "ballistic missiles": ("ballistic missile", "ballistic_missile", True),
    "Ballistic Missiles": ("ballistic missile", "ballistic_missile", True),
    "ballistic missile launchers": ("ballistic missile launcher", "launcher", True),
    "launchers": ("launcher", "launcher", True),
    "missiles": ("missile", "missile", True),
    "drones": ("UAV", "uav", True),
    "UAVs": ("UAV", "uav", True),
    "Shahed-136": ("Shahed-136", "loitering_munition", False),
    "Su-35": ("Su-35", "aircraft", False),
    "jets": ("aircraft", "aircraft", True),
    "artillery shells": ("artillery shell", "artillery", True),
    "arms": ("weapon", "other", True),
    "weapons": ("weapon", "other", True),
}
# surface words -> (canonical name, kind, affiliation)
ACTORS: dict[str, tuple[str, str, str | None]] = {
    "Iran": ("Iran", "country", None),
    "Tehran": ("Iran", "country", None),
    "Islamic Republic": ("Iran", "country", None),
    "Iranian": ("Iran", "country", None),
    "Russia": ("Russia", "country", None),
    "Moscow": ("Russia", "country", None),
    "North Korea": ("North Korea", "country", None),
    "Belarus": ("Belarus", "country", None),
    "Venezuela": ("Venezuela", "country", None),
    "Syria": ("Syria", "country", None),
    "Kyiv": ("Ukraine", "country", None),
    "Reuters": ("Reuters", "media", None),
    "The Wall Street Journal": ("The Wall Street Journal", "media", None),
    "U.S. officials": ("U.S. officials", "official", "United States"),
    "Iranian official": ("Iranian official", "official", "Iran"),
}
QUANTITIES: dict[str, tuple[float | None, float | None]] = {
    "400": (400.0, None),
    "dozens": (None, 24.0),
}


def _spans(doc: Doc, words: str) -> list[Span]:
    """Every token sequence of ``doc`` whose text is ``words`` (hand-built test records only)."""
    found: list[Span] = []
    for tok in doc:
        span = doc.char_span(tok.idx, tok.idx + len(words))
        if span is not None and span.text == words and span.start == tok.i:
            found.append(span)
    return found


def _free(taken: list[tuple[int, int]], span: Span) -> bool:
    return all(span.end_char <= s or e <= span.start_char for s, e in taken)


def build(
    nlp: Language,
    text: str,
    *,
    actors: bool = True,
    quotes: Sequence[tuple[str, str, str]] = (),
    dates: Sequence[tuple[str, str]] = (),
) -> Doc:
    """Parse ``text`` and set hand-built upstream records on it (longest surface first)."""
    doc = nlp(text)
    weapons: list[Weapon] = []
    taken: list[tuple[int, int]] = []
    for words in sorted(WEAPONS, key=len, reverse=True):
        name, category, generic = WEAPONS[words]
        for span in _spans(doc, words):
            if _free(taken, span):
                taken.append((span.start_char, span.end_char))
                weapons.append(
                    Weapon(text=span.text, start=span.start_char, end=span.end_char, name=name, category=category, generic=generic)  # type: ignore[arg-type]
                )
    found: dict[str, Actor] = {}
    used: list[tuple[int, int]] = []
    for words in sorted(ACTORS, key=len, reverse=True) if actors else []:
        name, kind, affiliation = ACTORS[words]
        for span in _spans(doc, words):
            if not _free(used, span):
                continue
            used.append((span.start_char, span.end_char))
            mention = Mention(text=span.text, start=span.start_char, end=span.end_char)
            actor = found.setdefault(
                name,
                Actor(text=span.text, start=span.start_char, end=span.end_char, name=name, kind=kind, affiliation=affiliation),  # type: ignore[arg-type]
            )
            actor.mentions.append(mention)
    quantities: list[Quantity] = []
    for words, (value, low) in QUANTITIES.items():
        for span in _spans(doc, words):
            quantities.append(Quantity(text=span.text, start=span.start_char, end=span.end_char, value=value, low=low))
    quote_records = [
        Quote(text=span.text, start=span.start_char, end=span.end_char, speaker=speaker, kind=kind)  # type: ignore[arg-type]
        for words, speaker, kind in quotes
        for span in _spans(doc, words)
    ]
    date_records = [
        DateRef(text=span.text, start=span.start_char, end=span.end_char, value=value)
        for words, value in dates
        for span in _spans(doc, words)
    ]
    set_records(doc, "arms_weapons", weapons)
    set_records(doc, "arms_actors", sorted(found.values(), key=lambda a: a.start))
    set_records(doc, "arms_quantities", quantities)
    set_records(doc, "arms_dates", date_records)
    set_records(doc, "arms_quotes", quote_records)
    doc._.arms_boilerplate = []
    return doc


def run(nlp: Language, doc: Doc) -> list[Transfer]:
    """The component's algorithm on a prepared Doc, with headline re-parsing as in the pipeline."""
    return extract_transfers(doc, transfer_lexicon(), nlp.get_pipe("arms_transfers").reparse)


def keys(records: list[Transfer]) -> set[tuple[str | None, str | None, str | None, str, str | None]]:
    return {(t.supplier, t.recipient, t.weapon, t.status, t.source) for t in records}


def check_offsets(text: str, records: list[Transfer]) -> None:
    for record in records:
        assert text[record.start : record.end] == record.text
        for mention in record.evidence:
            assert text[mention.start : mention.end] == mention.text


TRIGGERS = [
    ("Iran supplied drones to Russia.", ("Iran", "Russia", "UAV")),
    ("North Korea supplied Russia with dozens of ballistic missiles.", ("North Korea", "Russia", "ballistic missile")),
    ("Iran sent 400 ballistic missiles to Russia.", ("Iran", "Russia", "ballistic missile")),
    ("Iran has shipped drones to Russia.", ("Iran", "Russia", "UAV")),
    ("Iran delivered Shahed-136 drones to Russia.", ("Iran", "Russia", "Shahed-136")),
    ("Iran provided Moscow with short-range ballistic missiles.", ("Iran", "Russia", "short-range ballistic missile")),
    ("Belarus gave Russia artillery shells.", ("Belarus", "Russia", "artillery shell")),
    ("Iran exported drones to Venezuela.", ("Iran", "Venezuela", "UAV")),
    ("Iran sold missiles to Russia last year.", ("Iran", "Russia", "missile")),
    ("Iran has dispatched ballistic missiles to Russia.", ("Iran", "Russia", "ballistic missile")),
    ("Iran transferred missiles to Russia.", ("Iran", "Russia", "missile")),
    ("Russia bought drones from Iran.", ("Iran", "Russia", "UAV")),
    ("Russia purchased artillery shells from North Korea.", ("North Korea", "Russia", "artillery shell")),
    ("Iran acquired Su-35 jets from Russia.", ("Russia", "Iran", "Su-35")),
    ("Russia received ballistic missiles from North Korea.", ("North Korea", "Russia", "ballistic missile")),
    ("Russia obtained artillery shells from North Korea.", ("North Korea", "Russia", "artillery shell")),
    ("Iran's shipment of 400 ballistic missiles to Russia alarmed Kyiv.", ("Iran", "Russia", "ballistic missile")),
    ("The transfer of ballistic missiles from Iran to Russia worries Europe.", ("Iran", "Russia", "ballistic missile")),
    ("Kyiv condemned Iran's provision of UAVs to Russia.", ("Iran", "Russia", "UAV")),
    ("Russia's purchase of drones from Iran angered Kyiv.", ("Iran", "Russia", "UAV")),
    ("Iran and Belarus supplied drones to Russia.", ("Belarus", "Russia", "UAV")),
    ("Iran Sends Ballistic Missiles to Russia", ("Iran", "Russia", "ballistic missile")),
    ("Iran shipped drones from Bandar Abbas to Russia.", ("Iran", "Russia", "UAV")),
    ("Iran has sought to purchase Russian Su-35 jets.", ("Russia", "Iran", "Su-35")),
    ("Iran has been arming Russia with drones.", ("Iran", "Russia", "UAV")),
]


@pytest.mark.parametrize(("text", "expected"), TRIGGERS)
def test_transfers_trigger_families(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    records = run(nlp, build(nlp, text))
    assert expected in {(t.supplier, t.recipient, t.weapon) for t in records}
    check_offsets(text, records)


QUANTITY_CASES = [
    ("Iran sent 400 ballistic missiles to Russia.", 400.0),
    ("North Korea supplied Russia with dozens of ballistic missiles.", 24.0),
    ("Iran supplied drones to Russia.", None),
]


@pytest.mark.parametrize(("text", "quantity"), QUANTITY_CASES)
def test_transfers_quantity_from_counted_object(nlp: Language, text: str, quantity: float | None) -> None:
    records = run(nlp, build(nlp, text))
    assert [t.quantity for t in records] == [quantity]


STATUS_CASES = [
    ("Iran supplied drones to Russia.", "reported", None),
    ("Iran has denied sending arms to Russia.", "denied", "Iran"),
    ("Iran did not supply the launchers to Russia.", "denied", None),
    ("Iran had not provided weapons to Russia.", "denied", None),
    ("Reuters reported that Iran had supplied Russia with drones.", "reported", "Reuters"),
    ("Iran reportedly sent drones to Russia.", "reported", None),
    ("According to Reuters, Iran sent drones to Russia.", "reported", "Reuters"),
    ("U.S. officials accused Iran of providing Russia with drones.", "reported", "U.S. officials"),
    ("U.S. officials said Iran sent drones to Russia.", "reported", "U.S. officials"),
    ("An Iranian official confirmed that Iran sent drones to Russia.", "confirmed", "Iranian official"),
    ("An Iranian official said Iran sent drones to Russia.", "confirmed", "Iranian official"),
    ("Moscow intends to purchase missiles from the Islamic Republic, according to The Wall Street Journal.", "negotiating", "The Wall Street Journal"),
    ("Russia is in talks to acquire drones from Iran.", "negotiating", None),
    ("Iran has sought to purchase Su-35 jets from Russia.", "negotiating", None),
    ("Moscow expressed interest in acquiring drones from Iran.", "negotiating", None),
    ("Iran will send drones to Russia.", "planned", None),
    ("Iran is preparing to deliver missiles to Russia.", "planned", None),
    ("The missiles might be delivered to Russia by Iran in the coming months.", "planned", None),
    ("Iran has refused to supply Russia with missiles.", "denied", "Iran"),
    ("Moscow approved the sale of Su-35 jets to Iran.", "planned", None),
    ("It came to light that North Korea supplied Russia with dozens of ballistic missiles.", "reported", None),
    ("Iran's possible delivery of missiles to Russia worries Kyiv.", "planned", None),
    ("Iran's alleged shipment of drones to Russia worries Kyiv.", "reported", None),
    ("Iran has not yet delivered the missiles to Russia.", "planned", None),
    ("Iran never sent drones to Russia.", "denied", None),
    ("The missiles that Iran sent to Russia were used in Kyiv, U.S. officials said.", "reported", "U.S. officials"),
    ("Kyiv awaits clarity on Iran's alleged shipment of drones to Russia.", "reported", None),
    ("Belarus rejected calls to provide weapons to Russia.", "denied", "Belarus"),
]


@pytest.mark.parametrize(("text", "status", "source"), STATUS_CASES)
def test_transfers_status_and_source(nlp: Language, text: str, status: str, source: str | None) -> None:
    records = run(nlp, build(nlp, text))
    assert [(t.status, t.source) for t in records] == [(status, source)]


NEGATIVES = [
    "Russia fired Iranian drones at Kyiv.",
    "Drones are being used against civilians in Ukraine.",
    "The United States imposed sanctions on Iran's export of drones to Russia.",
    "Iranian and Russian officials met in Moscow to discuss drones.",
    "Moscow provided military and political support to Syria.",
    "How does the transfer of ballistic missiles from Iran to Russia enhance Russia's capabilities?",
    "Iran considers the provision of military assistance to be inhumane.",
    "The transfer of ballistic missiles signals a deepening alliance.",
    "Washington threatened Tehran with a severe response if it went through with transferring weapons to Moscow.",
    "Iran calls upon other countries to cease the supply of weapons to Russia.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_transfers_negatives(nlp: Language, text: str) -> None:
    assert run(nlp, build(nlp, text)) == []


@pytest.mark.parametrize(
    ("text", "with_actors", "expected"),
    [
        ("Tehran sent drones to Moscow.", True, ("Iran", "Russia")),
        ("The Islamic Republic sold missiles to Moscow.", True, ("Iran", "Russia")),
        ("Tehran sent drones to Moscow.", False, ("Iran", "Russia")),
    ],
)
def test_transfers_parties_canonicalised_through_actors(
    nlp: Language, text: str, with_actors: bool, expected: tuple[str, str]
) -> None:
    records = run(nlp, build(nlp, text, actors=with_actors))
    assert [(t.supplier, t.recipient) for t in records] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran sent drones to Russia. Iran's shipment of drones to Russia continued.",
            {("Iran", "Russia", "UAV", "reported", None)},
        ),
        (
            "Reuters reported that Iran supplied drones to Russia. Tehran denied the claims.",
            {("Iran", "Russia", "UAV", "reported", "Reuters"), ("Iran", "Russia", "UAV", "denied", "Iran")},
        ),
        (
            "Reuters reported that Iran supplied drones to Russia. Iran has denied sending drones to Russia.",
            {("Iran", "Russia", "UAV", "reported", "Reuters"), ("Iran", "Russia", "UAV", "denied", "Iran")},
        ),
        (
            "Reuters reported that Iran supplied ballistic missiles to Russia. These shipments include ballistic missiles.",
            {("Iran", "Russia", "ballistic missile", "reported", "Reuters")},
        ),
        (
            "Iran sent drones to Russia. The transfer of drones between Iran and Russia worries Kyiv.",
            {("Iran", "Russia", "UAV", "reported", None)},
        ),
        (
            "Iran has supplied Russia with ballistic missiles. The ballistic missiles sent to Russia could be used soon.",
            {("Iran", "Russia", "ballistic missile", "reported", None)},
        ),
    ],
)
def test_transfers_one_record_per_claim(nlp: Language, text: str, expected: set[tuple]) -> None:
    records = run(nlp, build(nlp, text))
    assert keys(records) == expected
    check_offsets(text, records)


def test_transfers_merged_evidence_and_first_sentence(nlp: Language) -> None:
    text = "Iran sent drones to Russia in January. Iran's shipment of 400 drones to Russia continued."
    records = run(nlp, build(nlp, text, dates=[("January", "2024-01")]))
    assert len(records) == 1
    record = records[0]
    assert [m.text for m in record.evidence] == [
        "Iran sent drones to Russia in January.",
        "Iran's shipment of 400 drones to Russia continued.",
    ]
    assert (record.text, record.start) == ("Iran sent drones to Russia in January.", 0)
    assert (record.quantity, record.date, record.trigger) == (400.0, "2024-01", "sent")


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        (
            "“Iran has sent drones to Russia,” the Iranian official said.",
            ("Iran has sent drones to Russia", "Iranian official", "direct"),
            ("confirmed", "Iranian official"),
        ),
        (
            "“Iran has sent drones to Russia,” Reuters wrote.",
            ("Iran has sent drones to Russia", "Reuters", "direct"),
            ("reported", "Reuters"),
        ),
    ],
)
def test_transfers_source_from_quote_speaker(
    nlp: Language, text: str, quote: tuple[str, str, str], expected: tuple[str, str]
) -> None:
    records = run(nlp, build(nlp, text, quotes=[quote]))
    assert [(t.status, t.source) for t in records] == [expected]


@pytest.mark.parametrize(("zone", "count"), [(None, 1), ((0, 200), 0)])
def test_transfers_skip_boilerplate(nlp: Language, zone: tuple[int, int] | None, count: int) -> None:
    doc = build(nlp, "Iran supplied drones to Russia.")
    doc._.arms_boilerplate = [zone] if zone else []
    assert len(run(nlp, doc)) == count


@pytest.mark.parametrize("text", ["", " ", "\n\n", "Iran supplied drones to Russia.", "???", "to to to from with of"])
def test_transfers_blank_pipeline_never_fails(text: str) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("arms_transfers")
    doc = nlp(text)
    assert doc._.arms_transfers == []


@pytest.mark.parametrize("text", ["", "Iran.", "Sending to from with of.", "“Supplied” — 400 ?", "x" * 300])
def test_transfers_full_pipeline_never_fails(nlp: Language, text: str) -> None:
    doc = nlp(text)
    records = doc._.arms_transfers
    assert isinstance(records, list)
    check_offsets(text, records)


@pytest.mark.parametrize(
    ("field", "member"),
    [("supply_verbs", "supply"), ("acquire_verbs", "purchase"), ("supply_nouns", "shipment"), ("blocking", "sanction")],
)
def test_transfers_lexicon_loads(field: str, member: str) -> None:
    assert member in getattr(transfer_lexicon(), field)


def _claim(
    status: str,
    source: str | None,
    start: int,
    *,
    weapon: str = "UAV",
    presupposed: bool = False,
    inherited: bool = False,
) -> Claim:
    generic = weapon == "UAV"
    record = Weapon(text="drones", start=0, end=6, name=weapon, category="uav", generic=generic)
    evidence = Mention(text="x", start=start, end=start + 1)
    return Claim(
        supplier="Iran",
        recipient="Russia",
        weapon=record,
        status=status,  # type: ignore[arg-type]
        source=source,
        explicit=source is not None,
        trigger="sent",
        evidence=evidence,
        presupposed=presupposed,
        inherited=inherited,
        mentions=[evidence],
    )


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        # mentions of one claim merge
        ([_claim("reported", None, 0), _claim("reported", None, 5)], [("reported", None, 2)]),
        # the article's own statement and an attributed report are two claims
        ([_claim("reported", None, 0), _claim("reported", "Reuters", 5)], [("reported", None, 1), ("reported", "Reuters", 1)]),
        # a report and a denial stay apart
        ([_claim("reported", "Reuters", 0), _claim("denied", "Iran", 5)], [("reported", "Reuters", 1), ("denied", "Iran", 1)]),
        # a presupposed mention folds into a claim of the same transfer whatever its source
        ([_claim("reported", None, 0), _claim("reported", "Jeffrey Lewis", 5, presupposed=True)], [("reported", None, 2)]),
        # alone, a presupposed mention is kept
        ([_claim("reported", "Jeffrey Lewis", 5, presupposed=True)], [("reported", "Jeffrey Lewis", 1)]),
        # an unattributed mention that only refers back folds into the claim it refers to
        ([_claim("reported", "Reuters", 0), _claim("reported", None, 5, inherited=True)], [("reported", "Reuters", 2)]),
        # two named systems of one class are two claims
        (
            [_claim("reported", "Reuters", 0, weapon="Shahed-136"), _claim("reported", "Reuters", 0, weapon="Shahed-131")],
            [("reported", "Reuters", 1), ("reported", "Reuters", 1)],
        ),
    ],
)
def test_transfers_merge_claims(claims: list[Claim], expected: list[tuple[str, str | None, int]]) -> None:
    merged = merge_claims(claims)
    assert [(c.status, c.source, len(c.mentions)) for c in merged] == expected
    assert all(to_record(c).start == min(m.start for m in c.mentions) for c in merged)
