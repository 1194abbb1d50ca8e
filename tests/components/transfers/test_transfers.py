"""Tests of the arms_transfers component: triggers, roles, status, source, merging and negatives.

Sentences are parsed by the session pipeline; the upstream records (weapons, actors,
quantities, dates, quotes) are then replaced by hand-built ones so that these tests only
exercise the transfer logic.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
import spacy
from claim_factory import make_claim
from spacy.language import Language
from spacy.tokens import Doc, Span

from arms_nlp.components.transfers import Claim, extract_transfers, merge_claims, to_record
from arms_nlp.contracts import MissingComponentError
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
                    Weapon(
                        text=span.text,
                        start=span.start_char,
                        end=span.end_char,
                        name=name,
                        category=category,
                        generic=generic,
                    )  # type: ignore[arg-type]
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
                Actor(
                    text=span.text,
                    start=span.start_char,
                    end=span.end_char,
                    name=name,
                    kind=kind,
                    affiliation=affiliation,
                ),  # type: ignore[arg-type]
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
    return extract_transfers(doc, transfer_lexicon(), nlp.get_pipe("arms_transfers").reparse, keep_partial=True)


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
    ("Iran supplied drones to Russia.", "confirmed", None),
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
    (
        "Moscow intends to purchase missiles from the Islamic Republic, according to The Wall Street Journal.",
        "negotiating",
        "The Wall Street Journal",
    ),
    ("Russia is in talks to acquire drones from Iran.", "negotiating", None),
    ("Iran has sought to purchase Su-35 jets from Russia.", "negotiating", None),
    ("Moscow expressed interest in acquiring drones from Iran.", "negotiating", None),
    ("Iran will send drones to Russia.", "planned", None),
    ("Iran is preparing to deliver missiles to Russia.", "planned", None),
    ("The missiles might be delivered to Russia by Iran in the coming months.", "negotiating", None),
    ("Iran has refused to supply Russia with missiles.", "denied", None),  # an act, told in the article's voice
    ("Moscow approved the sale of Su-35 jets to Iran.", "planned", None),
    ("It came to light that North Korea supplied Russia with dozens of ballistic missiles.", "confirmed", None),
    ("Iran's possible delivery of missiles to Russia worries Kyiv.", "negotiating", None),
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
            {("Iran", "Russia", "UAV", "confirmed", None)},
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
            {("Iran", "Russia", "UAV", "confirmed", None)},
        ),
        (
            "Iran has supplied Russia with ballistic missiles. The ballistic missiles sent to Russia could be used soon.",
            {("Iran", "Russia", "ballistic missile", "confirmed", None)},
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


@pytest.mark.parametrize("text", ["", " ", "Iran supplied drones to Russia.", "???"])
def test_transfers_without_upstream_names_the_component_to_add(text: str) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("arms_transfers")
    with pytest.raises(MissingComponentError, match="arms_weapons"):
        nlp(text)


@pytest.mark.parametrize(
    ("text", "raises"), [("", False), (" \n\n ", False), ("Iran supplied drones to Russia.", True)]
)
def test_transfers_without_parser_names_the_parser(text: str, raises: bool) -> None:
    nlp = spacy.blank("en")
    for name in ("arms_weapons", "arms_actors", "arms_transfers"):
        nlp.add_pipe(name)
    if raises:
        with pytest.raises(MissingComponentError, match="parser"):
            nlp(text)
    else:
        assert nlp(text)._.arms_transfers == []


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
    """Iran's drones for Russia, a claim ``status`` by ``source`` mentioned at ``start``; "UAV" is the class."""
    return make_claim(
        "Iran",
        "Russia",
        weapon,
        named=weapon != "UAV",
        category="uav",
        status=status,
        source=source,
        start=start,
        presupposed=presupposed,
        inherited=inherited,
    )


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        # mentions of one claim merge
        ([_claim("reported", None, 0), _claim("reported", None, 5)], [("reported", None, 2)]),
        # the article's own statement and an attributed report are two claims
        (
            [_claim("reported", None, 0), _claim("reported", "Reuters", 5)],
            [("reported", None, 1), ("reported", "Reuters", 1)],
        ),
        # a report and a denial stay apart
        (
            [_claim("reported", "Reuters", 0), _claim("denied", "Iran", 5)],
            [("reported", "Reuters", 1), ("denied", "Iran", 1)],
        ),
        # a presupposed mention folds into a claim of the same transfer whatever its source
        (
            [_claim("reported", None, 0), _claim("reported", "Jeffrey Lewis", 5, presupposed=True)],
            [("reported", None, 2)],
        ),
        # alone, a presupposed mention is kept
        ([_claim("reported", "Jeffrey Lewis", 5, presupposed=True)], [("reported", "Jeffrey Lewis", 1)]),
        # an unattributed mention that only refers back folds into the claim it refers to
        ([_claim("reported", "Reuters", 0), _claim("reported", None, 5, inherited=True)], [("reported", "Reuters", 2)]),
        # two named systems of one class are two claims
        (
            [
                _claim("reported", "Reuters", 0, weapon="Shahed-136"),
                _claim("reported", "Reuters", 0, weapon="Shahed-131"),
            ],
            [("reported", "Reuters", 1), ("reported", "Reuters", 1)],
        ),
    ],
)
def test_transfers_merge_claims(claims: list[Claim], expected: list[tuple[str, str | None, int]]) -> None:
    merged = merge_claims(claims)
    assert [(c.status, c.source, len(c.mentions)) for c in merged] == expected
    assert all(to_record(c).start == min(m.start for m in c.mentions) for c in merged)


# ---------------------------------------------------------------- held-out news, full pipeline
# Sentences written for this suite (not taken from the fixtures), run through every component.
# Weapons are compared loosely (the expected name inside the canonical one: "Abrams" ~ "M1 Abrams")
# so that these tests follow the transfer logic rather than the weapons gazetteer's naming.

Key = tuple[str | None, str | None, str | None, str, str | None]


def _norm(name: str | None) -> str | None:
    return None if name is None else " ".join(name.lower().replace("-", " ").split())


#: In an expected key: any value (the source when it depends on whether the actors component records
#: an anonymous source such as "people familiar with the matter").
ANY = "*"


def _same(expected: Key, found: Key) -> bool:
    weapon_ok = expected[2] in (ANY, found[2]) or (
        expected[2] is not None and found[2] is not None and _norm(expected[2]) in (_norm(found[2]) or "")
    )
    return weapon_ok and all(
        a == ANY or _norm(a) == _norm(b) for i, (a, b) in enumerate(zip(expected, found)) if i != 2
    )


def news_keys(nlp: Language, text: str, expected: set[Key] | None = None) -> list[Key]:
    """The claims of ``text``; partial ones too when an expected claim lacks a party."""
    pipe = nlp.get_pipe("arms_transfers")
    pipe.keep_partial = any(key[0] is None or key[1] is None for key in expected or ())
    try:
        doc = nlp(text)
    finally:
        pipe.keep_partial = False
    check_offsets(text, doc._.arms_transfers)
    return [(t.supplier, t.recipient, t.weapon, t.status, t.source) for t in doc._.arms_transfers]


def assert_keys(found: list[Key], expected: set[Key]) -> None:
    unmatched = list(found)
    for key in expected:
        match = next((f for f in unmatched if _same(key, f)), None)
        assert match is not None, f"missing {key} in {found}"
        unmatched.remove(match)
    assert not unmatched, f"unexpected {unmatched}"


NEWS_DYADS = [
    # other dyads and trigger frames
    (
        "North Korea has shipped more than a million artillery shells to Russia, South Korean officials said on Tuesday.",
        {("North Korea", "Russia", "artillery shell", "reported", "South Korean officials")},
    ),
    (
        "Germany delivered the first IRIS-T air defense system to Ukraine in October.",
        {("Germany", "Ukraine", "IRIS-T", "confirmed", None)},
    ),
    (
        "Fifty Leopard 2 tanks have been delivered to Ukraine by Germany, Poland and Norway.",
        {
            ("Germany", "Ukraine", "Leopard 2", "confirmed", None),
            ("Poland", "Ukraine", "Leopard 2", "confirmed", None),
            ("Norway", "Ukraine", "Leopard 2", "confirmed", None),
        },
    ),
    (
        "Israel has supplied Azerbaijan with Harop loitering munitions and Barak-8 air defense systems.",
        {("Israel", "Azerbaijan", "Harop", "confirmed", None), ("Israel", "Azerbaijan", "Barak-8", "confirmed", None)},
    ),
    ("Venezuela has imported Mohajer-2 drones from Iran.", {("Iran", "Venezuela", "Mohajer-2", "confirmed", None)}),
    (
        "Pakistan received the first batch of J-10C fighter jets from China in 2022.",
        {("China", "Pakistan", "J-10", "confirmed", None)},
    ),
    (
        "Serbia has quietly acquired Chinese FK-3 air defense systems, defying Western pressure.",
        {("China", "Serbia", "FK-3", "confirmed", None)},
    ),
    # a sale or purchase is agreed, not delivered, unless a delivery is stated
    ("Argentina bought 24 F-16 fighter jets from Denmark.", {("Denmark", "Argentina", "F-16", "planned", None)}),
    ("Denmark sells F-16s to Argentina", {("Denmark", "Argentina", "F-16", "planned", None)}),
    # inverted, passive and nominal forms
    (
        "Hezbollah has received thousands of rockets from Iran over the past decade, Israeli officials say.",
        {("Iran", "Hezbollah", "rocket", "reported", "Israeli officials")},
    ),
    (
        "The Shahed drones used in the attack were supplied to Russia by Iran, Ukrainian officials said.",
        {("Iran", "Russia", "Shahed", "reported", "Ukrainian officials")},
    ),
    (
        "Hezbollah's arsenal of some 150,000 rockets was largely supplied by Iran, Israeli officials estimate.",
        {("Iran", "Hezbollah", "rocket", "reported", "Israeli officials")},
    ),
    (
        "Arms shipments from North Korea to Russia have increased sharply since the summit, Seoul said.",
        {("North Korea", "Russia", "weapon", "reported", "South Korea")},
    ),
    (
        "Washington's $23 billion sale of F-16s to Turkey was approved by Congress in January.",
        {("United States", "Turkey", "F-16", "planned", None)},
    ),
    (
        "Iran's shipments of Shahed drones to Russia began in August 2022.",
        {("Iran", "Russia", "Shahed", "confirmed", None)},
    ),
    (
        "A shipment of Iranian ammunition bound for Russia was intercepted.",
        {("Iran", "Russia", "ammunition", "confirmed", None)},
    ),
    # parties through institutions, talks and clause structure
    ("Iran has supplied Sudan's army with Mohajer-6 drones.", {("Iran", "Sudan", "Mohajer-6", "confirmed", None)}),
    (
        "The State Department approved the possible sale of 66 F-16V fighter jets to Taiwan.",
        {("United States", "Taiwan", "F-16", "planned", None)},
    ),
    (
        "Serbia took delivery of six Chinese CH-92A combat drones in 2020.",
        {("China", "Serbia", "CH-92", "confirmed", None)},
    ),
    (
        "Russia and Iran are in talks over the sale of Su-35 fighter jets to Tehran, Reuters reported.",
        {("Russia", "Iran", "Su-35", "negotiating", "Reuters")},
    ),
    (
        "Britain became the first country to supply Ukraine with long-range Storm Shadow cruise missiles.",
        {("United Kingdom", "Ukraine", "Storm Shadow", "confirmed", None)},
    ),
    (
        "Kyiv is set to receive the first F-16 jets from Denmark and the Netherlands this summer.",
        {("Denmark", "Ukraine", "F-16", "planned", None), ("Netherlands", "Ukraine", "F-16", "planned", None)},
    ),
    # an announced package is a pledge (fixtures/README.md: pledged but not delivered is planned)
    (
        "The Pentagon announced a $300 million package for Ukraine including Stinger missiles and HIMARS rockets.",
        {
            ("United States", "Ukraine", "Stinger", "planned", "Pentagon"),
            ("United States", "Ukraine", "HIMARS", "planned", "Pentagon"),
        },
    ),
]


NEWS_DYADS += [
    # agent nouns predicated of a party, arrivals, relative pronouns, headline futures
    (
        "North Korea is Russia's main supplier of artillery shells.",
        {("North Korea", "Russia", "artillery shell", "confirmed", None)},
    ),
    ("India is the largest buyer of Russian weapons.", {("Russia", "India", "weapon", "confirmed", None)}),
    # the apposition states the supply; the denial of arming Moscow is a claim of its own (weapons in general)
    (
        "Iran, a key supplier of drones to Russia, has long denied arming Moscow.",
        {("Iran", "Russia", "UAV", "confirmed", None), ("Iran", "Russia", "weapon", "denied", "Iran")},
    ),
    ("The first Leopard tanks arrived in Ukraine in March.", {(None, "Ukraine", "Leopard", "confirmed", None)}),
    # "built in" names no supplier; the article's frame (its opening names Iran and Russia) fills the other side
    (
        "The drones, which arrived in Russia in August, were built in Iran.",
        {("Iran", "Russia", "UAV", "confirmed", None)},
    ),
    (
        "Russia has been using Iranian-made drones, which Tehran denies supplying.",
        {("Iran", "Russia", "UAV", "denied", "Iran")},
    ),  # the user of the drones is the recipient denied
    ("Germany To Send Taurus Missiles To Ukraine", {("Germany", "Ukraine", "Taurus", "planned", None)}),
    (
        "Pentagon Announces New Ukraine Aid Package Including Patriot Missiles",
        {("United States", "Ukraine", "Patriot", "planned", "Pentagon")},  # an announced package: a pledge
    ),
    (
        "Iran has supplied Sudan's army with Mohajer-6 drones, according to satellite imagery.",
        {("Iran", "Sudan", "Mohajer-6", "reported", None)},
    ),
    (
        "The U.S. Army will deliver the first Abrams tanks to Poland in 2025.",
        {("United States", "Poland", "Abrams", "planned", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEWS_DYADS)
def test_transfers_news_dyads_and_frames(nlp: Language, text: str, expected: set[Key]) -> None:
    assert_keys(news_keys(nlp, text, expected), expected)


NEWS_STATUS = [
    # confirmed: a party states it
    (
        "Kyiv received its first Patriot battery from the United States in April, Ukrainian officials confirmed.",
        {("United States", "Ukraine", "Patriot", "confirmed", "Ukrainian officials")},
    ),
    (
        "China supplied Pakistan with J-10C fighter jets, a Pakistani military spokesman confirmed.",
        {("China", "Pakistan", "J-10", "confirmed", "Pakistani military spokesman")},
    ),
    # reported
    (
        "According to people familiar with the matter, the United States has secretly shipped long-range ATACMS missiles to Ukraine.",
        {("United States", "Ukraine", "ATACMS", "reported", ANY)},
    ),
    (
        "Reuters reported, citing sources, that Iran had sent Fath-360 close-range ballistic missiles to Russia.",
        {("Iran", "Russia", "Fateh-360", "reported", "Reuters")},
    ),
    (
        "Satellite images show that North Korea has shipped thousands of containers of munitions to Russia.",
        {("North Korea", "Russia", "munition", "reported", None)},
    ),
    (
        "Russia is believed to have received more than 1,000 Shahed drones from Iran.",
        {("Iran", "Russia", "Shahed", "reported", None)},
    ),
    (
        "The sale of 12 Su-35 jets to Iran was finalized in March, Iranian state media reported.",
        {(None, "Iran", "Su-35", "planned", None)},
    ),
    # denied
    (
        "Beijing denied supplying weapons to Russia, saying it maintains strict controls on exports of dual-use items.",
        {("China", "Russia", "weapon", "denied", "China")},
    ),
    (
        "Iran denied supplying drones to the Houthis, saying the group builds its own weapons.",
        {("Iran", "Houthis", "UAV", "denied", "Iran")},
    ),
    (
        "Berlin has so far refused to send Taurus cruise missiles to Kyiv, fearing escalation.",
        {("Germany", "Ukraine", "Taurus", "denied", None)},
    ),
    (
        "South Korea will not supply lethal weapons to Ukraine, President Yoon Suk Yeol said.",
        {("South Korea", "Ukraine", "weapon", "denied", "Yoon Suk Yeol")},
    ),
    ("Moscow denied buying weapons from Pyongyang.", {("North Korea", "Russia", "weapon", "denied", "Russia")}),
    # negotiating
    (
        "Germany is considering sending Taurus missiles to Ukraine, according to people familiar with the matter.",
        {("Germany", "Ukraine", "Taurus", "negotiating", ANY)},
    ),
    ("Egypt requested 24 Su-35 fighter jets from Russia.", {("Russia", "Egypt", "Su-35", "negotiating", None)}),
    ("Ukraine has asked Germany for Taurus cruise missiles.", {("Germany", "Ukraine", "Taurus", "negotiating", None)}),
    (
        "India is in talks to buy 26 Rafale Marine jets from France.",
        {("France", "India", "Rafale", "negotiating", None)},
    ),
    (
        "Saudi Arabia is in negotiations with China to acquire Wing Loong drones.",
        {("China", "Saudi Arabia", "Wing Loong", "negotiating", None)},
    ),
    # planned
    (
        "France will send more Caesar howitzers and SCALP missiles to Ukraine, President Emmanuel Macron said.",
        {
            ("France", "Ukraine", "CAESAR", "planned", "Emmanuel Macron"),
            ("France", "Ukraine", "Storm Shadow", "planned", "Emmanuel Macron"),
        },
    ),
    (
        "Washington pledged 31 Abrams tanks to Kyiv in January.",
        {("United States", "Ukraine", "Abrams", "planned", None)},
    ),
    ("Poland agreed to supply Ukraine with MiG-29 fighter jets.", {("Poland", "Ukraine", "MiG-29", "planned", None)}),
    (
        "Germany plans to deliver four more IRIS-T systems to Ukraine by next year.",
        {("Germany", "Ukraine", "IRIS-T", "planned", None)},
    ),
    (
        "Russia is set to deliver the remaining two S-400 units to India by 2026, an Indian official said.",
        {("Russia", "India", "S-400", "planned", "Indian official")},
    ),
    (
        "Armenia signed a deal to buy Pinaka multi-barrel rocket launchers from India.",
        {("India", "Armenia", "Pinaka", "planned", None)},
    ),
]


NEWS_STATUS += [
    (
        "The U.S. is weighing whether to send cluster munitions to Ukraine.",
        {("United States", "Ukraine", "cluster munition", "negotiating", None)},
    ),
    (
        "Germany will decide whether to deliver Taurus missiles to Ukraine.",
        {("Germany", "Ukraine", "Taurus", "negotiating", None)},
    ),
    (
        "Brazil declined a German request to sell Leopard tank ammunition to Ukraine.",
        {("Brazil", "Ukraine", ANY, "denied", None)},
    ),
    (
        "Israel has refused Ukrainian requests for Iron Dome air defense systems.",
        {("Israel", "Ukraine", "Iron Dome", "denied", None)},
    ),
    (
        "Western officials expect Iran to begin transferring Fath-360 missiles to Russia within weeks.",
        {("Iran", "Russia", "Fateh-360", "planned", "Western officials")},
    ),
    (
        "Taiwan expects to take delivery of the first F-16V jets from the United States next year.",
        {("United States", "Taiwan", "F-16", "planned", None)},
    ),
    ("Russia has offered to sell S-500 systems to India.", {("Russia", "India", "S-500", "negotiating", None)}),
    (
        "Algeria has bought Chinese Wing Loong drones and Russian Su-30 jets.",
        {("China", "Algeria", "Wing Loong", "planned", None), ("Russia", "Algeria", "Su-30", "planned", None)},
    ),
    (
        "Ukraine has used Bayraktar drones supplied by Turkey against Russian artillery.",
        {("Turkey", "Ukraine", "Bayraktar", "confirmed", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEWS_STATUS)
def test_transfers_news_status(nlp: Language, text: str, expected: set[Key]) -> None:
    assert_keys(news_keys(nlp, text, expected), expected)


NEWS_DYADS += [
    # a party noun of several states: one claim each
    (
        "US and French firms had also tried to sell warplanes to Colombia.",
        {
            ("United States", "Colombia", "warplane", "negotiating", None),
            ("France", "Colombia", "warplane", "negotiating", None),
        },
    ),
    (
        "British and German companies will supply tanks to Poland.",
        {("United Kingdom", "Poland", "tank", "planned", None), ("Germany", "Poland", "tank", "planned", None)},
    ),
    # a contract's terms are a plan
    (
        "The contracts call for the delivery of 180 K2 tanks from South Korea to Poland.",
        {("South Korea", "Poland", "K2", "planned", None)},
    ),
    # the weapon named before a carrier noun, whatever follows it
    (
        "Manila intends to acquire two Typhon systems of its own from the United States.",
        {("United States", "Philippines", "Typhon", "negotiating", None)},
    ),
    # a "to X" hung inside a long object still gives its destination
    (
        "Russia has handed over Iskander-M missile systems capable of carrying nuclear warheads to Belarus.",
        {("Russia", "Belarus", "Iskander", "confirmed", None)},
    ),
    # the subject weighing an offer receives it; a negotiator buys from the side it negotiates with
    ("Peru is considering an offer of Gripen jets from Sweden.", {("Sweden", "Peru", "Gripen", "negotiating", None)}),
    (
        "Serbia is negotiating with the NATO country France on the purchase of 12 Rafale fighter jets.",
        {("France", "Serbia", "Rafale", "negotiating", None)},
    ),
    # "he" is the person just named, acting for the state he serves
    (
        "Serbian President Aleksandar Vucic said on Sunday he is negotiating with France on the purchase of Rafale jets.",
        {("France", "Serbia", "Rafale", "negotiating", "Aleksandar Vucic")},
    ),
    # a second object parsed as a conjunct of the first one's supplier, its own "from X" on the verb
    (
        "Russia has received drones from Iran and artillery shells from North Korea.",
        {("Iran", "Russia", "UAV", "confirmed", None), ("North Korea", "Russia", "artillery shell", "confirmed", None)},
    ),
    (
        "Ethiopia has acquired Bayraktar TB2 drones from Turkey and Wing Loong II drones from China.",
        {
            ("Turkey", "Ethiopia", "Bayraktar TB2", "confirmed", None),
            ("China", "Ethiopia", "Wing Loong II", "confirmed", None),
        },
    ),
    # "the government" and "it" stand for the country last named as a subject
    (
        "Colombia will buy 17 Gripen jets from Sweden. The government said in April that it would acquire more fighter "
        "planes from Saab.",
        {
            ("Sweden", "Colombia", "Gripen", "planned", None),
            ("Sweden", "Colombia", "fighter plane", "planned", "Colombia"),
        },
    ),
    ("Russia said it would send S-400 systems to India.", {("Russia", "India", "S-400", "planned", "Russia")}),
    # weapons as the topic of talks are negotiated between the participants: the maker's state supplies
    (
        "According to Tass, Serbia and Russia are in negotiations over Buk-M1 air defense missile systems.",
        {("Russia", "Serbia", "Buk", "negotiating", "TASS")},
    ),
    # ... or the side the article's other claims make the recipient receives
    (
        "Serbia has received four MiG-29 fighter jets from Belarus. Belarus will also give Serbia two Buk systems. "
        "Defense Minister Aleksandar Vulin said he recently had talks with his Russian counterpart about helicopters.",
        {
            ("Belarus", "Serbia", "MiG-29", "confirmed", None),
            ("Belarus", "Serbia", "Buk", "planned", None),
            ("Russia", "Serbia", "helicopter", "negotiating", "Aleksandar Vulin"),
        },
    ),
    # a country cut off by a comma from the clause the parser hung on the preposition
    (
        "Argentina has completed the purchase of 24 F-16 fighter jets from Denmark, Argentina's defense minister announced.",
        {("Denmark", "Argentina", "F-16", "planned", "Argentina's defense minister")},
    ),
    (
        "Iran bought drones from Russia, China and Belarus.",
        {
            ("Russia", "Iran", "UAV", "planned", None),
            ("China", "Iran", "UAV", "planned", None),
            ("Belarus", "Iran", "UAV", "planned", None),
        },
    ),
    # the signer of an agreement and its "with X" are the two sides; the weapon's maker supplies
    (
        "India signed a contract with Russia for the supply of S-400 systems.",
        {("Russia", "India", "S-400", "planned", None)},
    ),
    (
        "Ethiopia has managed to secure a contract with Iran for the delivery of Mohajer-6 drones.",
        {("Iran", "Ethiopia", "Mohajer-6", "planned", None)},
    ),
    # the signers are the two sides when one of them is named in the transfer itself
    (
        "The Ministries of Defense of Israel and Germany signed an agreement for the delivery of the Arrow-3 system to Germany.",
        {("Israel", "Germany", "Arrow 3", "planned", None)},
    ),
    (
        "The armies of Poland and Lithuania received tanks from Germany.",
        {("Germany", "Poland", "tank", "confirmed", None), ("Germany", "Lithuania", "tank", "confirmed", None)},
    ),
    # a claim in the article's own voice right after an attributed one of the same paragraph continues the report
    (
        "Since 2010, according to SIPRI, Venezuela has ordered artillery pieces from China. From Russia, Venezuela "
        "received surface-to-air missile systems and helicopters.",
        {
            ("China", "Venezuela", "artillery", "planned", "Stockholm International Peace Research Institute"),
            (
                "Russia",
                "Venezuela",
                "air defense system",
                "reported",
                "Stockholm International Peace Research Institute",
            ),
            ("Russia", "Venezuela", "helicopter", "reported", "Stockholm International Peace Research Institute"),
        },
    ),
    # ... but not across a paragraph break
    (
        "Since 2010, according to SIPRI, Venezuela has ordered artillery pieces from China.\n\nFrom Russia, Venezuela "
        "received helicopters.",
        {
            ("China", "Venezuela", "artillery", "planned", "Stockholm International Peace Research Institute"),
            ("Russia", "Venezuela", "helicopter", "confirmed", None),
        },
    ),
    # a supplier's role given by "as"
    (
        "North Korea has been shaping up as Russia's leading outside weapons supplier.",
        {("North Korea", "Russia", "weapon", "confirmed", None)},
    ),
    # a bare unit noun stands for the system just named
    (
        "Russia will deliver two more squadrons of the S-400 air defense system to India. India received the first "
        "three squadrons in 2023.",
        {("Russia", "India", "S-400", "planned", None), ("Russia", "India", "S-400", "confirmed", None)},
    ),
    # weapons of several origins: a supplier each
    (
        "Venezuela plans to buy more Russian and Chinese arms.",
        {("Russia", "Venezuela", "weapon", "negotiating", None), ("China", "Venezuela", "weapon", "negotiating", None)},
    ),
    # whoever takes into service what was acquired from X received it
    (
        "Nigeria's armed forces have taken into service Bayraktar TB2 drones that were recently acquired from Turkey.",
        {("Turkey", "Nigeria", "Bayraktar TB2", "confirmed", None)},
    ),
    # an active "equip" is still a supply
    ("The Netherlands equipped Ukraine with F-16s.", {("Netherlands", "Ukraine", "F-16", "confirmed", None)}),
]

NEWS_NEGATIVES = [
    # a signer not named in the transfer gives no side
    "Germany signed an agreement for the delivery of tanks.",
    "He works as a supplier of spare parts.",
    # talks on anything but weapons
    "Iran and Russia held talks on climate change and trade.",
    # a load carried, with no one giving it
    "The Archer howitzer is equipped with a 155mm gun supplied by Sweden's Bofors.",
    "The Type 055 destroyers are armed with YJ-21 missiles.",
    "Russia launched dozens of Shahed drones at Kyiv overnight.",
    "Ukraine used ATACMS missiles to strike Russian airfields in Berdyansk.",
    "Russia now manufactures Shahed drones under license at a plant in Alabuga.",
    "Iran produces its own Shahed drones in factories near Isfahan.",
    "The United States sanctioned five Chinese firms over their alleged support for Russia's military.",
    "The EU adopted a new sanctions package targeting Iranian drone makers.",
    "Defense ministers from NATO countries met in Brussels to discuss air defense for Ukraine.",
    "Congress approved $61 billion in military aid for Ukraine in April.",
    "Ukraine received a $1 billion aid package from the United States.",
    "British instructors are training Ukrainian pilots to fly F-16s.",
    "The arms race between India and Pakistan shows no sign of slowing.",
    "Will Germany send Taurus missiles to Ukraine?",
    "Should the West give Ukraine longer-range missiles, the war could change.",
    "Western tanks are now in the hands of Ukrainian brigades on the southern front.",
    "Washington has warned Beijing against supplying weapons to Moscow.",
    "Iran seeks nuclear weapons, Israel says.",
    "Germany committed troops to NATO's eastern flank.",
    "The Pentagon announced a new package of sanctions against Russia.",
    "Iran makes Shahed drones. Russia launched them at Kyiv.",
    "It is unusual for Germany to send tanks abroad.",
    "Russia is the world's second-largest arms exporter.",
    "Russia's supplier said nothing.",
    "Delegations arrived in Moscow on Monday.",
    "Tehran has provided the Houthis with political backing, the report said.",
    "It is unclear whether Iran sent missiles to Russia.",
]


@pytest.mark.parametrize("text", NEWS_NEGATIVES)
def test_transfers_news_negatives(nlp: Language, text: str) -> None:
    assert news_keys(nlp, text) == []


NEWS_DISCOURSE = [
    # a group noun stands for the members set beside it, one claim per member
    (
        "Two Nordic states, Norway and Finland, will hand over NASAMS batteries to Kyiv.",
        {("Norway", "Ukraine", "NASAMS", "planned", None), ("Finland", "Ukraine", "NASAMS", "planned", None)},
    ),
    # a hedge on the moving cargo reports; a modal reaches a conjoined verb
    (
        "A cargo, reportedly containing India's Pinaka rocket launchers, has reached Armenia via Iran.",
        {("India", "Armenia", "Pinaka", "reported", None)},
    ),
    (
        '"Tomorrow we will launch a new cooperation and announce the transfer of Mirage 2000-5 fighter jets to '
        "Ukraine,\" Macron told France's TF1 broadcaster.",
        {("France", "Ukraine", "Mirage 2000", "planned", "Emmanuel Macron")},
    ),
    # a bulleted line is re-read without its bullet, which the model parses as a verb
    (
        "Drones in the war.\n\n• Turkey has supplied drones to Ethiopia after a visit to Ankara.",
        {("Turkey", "Ethiopia", "UAV", "confirmed", None)},
    ),
    (
        "Drones in the war.\n  • China has provided Wing Loong drones to Ethiopia.[1]",
        {("China", "Ethiopia", "Wing Loong", "confirmed", None)},
    ),
    # a list parsed as clause conjuncts is still the object; "X reported" hung as an adverbial clause attributes
    (
        "Iran has transferred Zelzal, Fateh-110 and Zolfaghar ballistic missiles to Kataib Hezbollah, an Iraqi "
        "militia it backs, in recent months, Reuters reported on Friday.",
        {
            ("Iran", "Kataib Hezbollah", "Zolfaghar", "reported", "Reuters"),
            ("Iran", "Kataib Hezbollah", "Zelzal", "reported", "Reuters"),
            # a named system between two items of the list, whatever the parser made of it
            ("Iran", "Kataib Hezbollah", "Fateh-110", "reported", "Reuters"),
        },
    ),
    # vehicles that carry a delivery are no party
    (
        "Since the start of the war, 500 cargo planes and 107 ships have delivered more than 50,000 tons of weapons "
        "from the United States to Israel.",
        {("United States", "Israel", "weapon", "confirmed", None)},
    ),
    # a relative pronoun subject stands for its antecedent, and "one of the N" for whom it is said of
    (
        "Israel is one of the outside powers that has refused to provide military drones to Ethiopia.",
        {("Israel", "Ethiopia", "UAV", "denied", "*")},
    ),
    # a decision is a plan; an upper-case name owns it
    (
        "This came after the UK decision to transfer Challenger 2 tanks to Ukraine.",
        {("United Kingdom", "Ukraine", "Challenger 2", "planned", None)},
    ),
    # the holder of weapons procured from a supplier received them
    (
        "Serbia displayed Chinese FK-3 air defence systems procured from China.",
        {("China", "Serbia", "FK-3", "confirmed", None)},
    ),
    # cargo on its way, and cargo that arrived
    (
        "Yemeni forces seized cruise missiles aboard a dhow bound for the Houthis from Iran.",
        {("Iran", "Houthis", "cruise missile", "confirmed", None)},
    ),
    (
        "A cutter seized packages containing Iranian-made ballistic missile components destined for the Houthis.",
        {("Iran", "Houthis", "ballistic missile", "confirmed", None)},
    ),
    (
        "A cargo containing India's Pinaka rocket launchers has reached Armenia via Iran.",
        {("India", "Armenia", "Pinaka", "confirmed", None)},
    ),
    # advice is no claim; a plan called false is denied
    ("The US had warned Serbia that it should not buy the Chinese air defence system.", set()),
    (
        "Egypt and Russia held talks. An Egyptian official said that Egypt's plan to provide rockets to Russia was false.",
        {("Egypt", "Russia", "rocket", "denied", "*")},
    ),
    # the state owning a recipient noun; a headline's "X To Send Y Z"
    (
        "Denmark has donated 19 F-16s to Ukraine's fight for freedom.",
        {("Denmark", "Ukraine", "F-16", "confirmed", None)},
    ),
    (
        "Breaking: Sweden To Send Ukraine CV-90s and Archers",
        {("Sweden", "Ukraine", "CV90", "planned", None), ("Sweden", "Ukraine", "Archer", "planned", None)},
    ),
    # a missing supplier is the maker's country when the article has it sell to that recipient
    (
        "Colombia has agreed to buy Gripen jets from Sweden. US firms had also tried to sell warplanes to "
        "Colombia. Sweden sold Gripens to Colombia last year. Petro said that Colombia will buy 17 Gripen fighter jets.",
        {
            ("Sweden", "Colombia", "Gripen", "planned", None),
            ("United States", "Colombia", "warplane", "negotiating", None),
            ("Sweden", "Colombia", "Gripen", "planned", "Gustavo Petro"),
        },
    ),
    # a plan stated only as a possibility is still being weighed; a firm word makes it a plan
    (
        "Russia is in talks to buy drones from Iran. Iran's possible delivery of drones worries Kyiv.",
        {("Iran", "Russia", "UAV", "negotiating", None)},
    ),
    (
        "Germany and Poland are negotiating over tanks. Poland might receive Leopard tanks from Germany next year.",
        {("Germany", "Poland", "Leopard", "negotiating", None)},
    ),
    ("Spain could send NASAMS launchers to Ukraine.", {("Spain", "Ukraine", "NASAMS", "negotiating", None)}),
    ("Indonesia may also acquire two French submarines.", {("France", "Indonesia", "submarine", "negotiating", None)}),
    (
        "The State Department approved the possible sale of F-16s to Taiwan.",
        {("United States", "Taiwan", "F-16", "planned", None)},
    ),
    ("Iran may have supplied drones to Russia.", {("Iran", "Russia", "UAV", "reported", None)}),
    # an agreement's "with X" is the other side of the transfer
    (
        "South Korean defence firms signed contracts with Poland to export K2 tanks.",
        {("South Korea", "Poland", "K2", "planned", None)},
    ),
    (
        "Hyundai Rotem Co. inked a contract with Poland on Friday to supply K2 tanks.",
        {("South Korea", "Poland", "K2", "planned", None)},
    ),
    # a carrier head names the weapon that modifies it
    (
        "India delivered the BrahMos missile system to the Philippines.",
        {("India", "Philippines", "BrahMos", "confirmed", None)},
    ),
    # a missing party is filled only when the article pairs the other party with one partner
    (
        "Iran has sent hundreds of Shahed drones to Russia. North Korea has supplied Russia with millions of "
        "artillery shells. The United States has provided ATACMS missiles to Ukraine. Tehran has also delivered "
        "ballistic missiles, according to Western officials. Kyiv also received Storm Shadow missiles.",
        {
            ("Iran", "Russia", "Shahed", "confirmed", None),
            ("North Korea", "Russia", "artillery shell", "confirmed", None),
            ("United States", "Ukraine", "ATACMS", "confirmed", None),
            ("Iran", "Russia", "ballistic missile", "reported", "Western officials"),
            (None, "Ukraine", "Storm Shadow", "confirmed", None),
        },
    ),
    (
        "Iran has sent drones to Russia. North Korea has sent artillery shells to Russia. Russia also obtained "
        "ballistic missiles.",
        {
            ("Iran", "Russia", "UAV", "confirmed", None),
            ("North Korea", "Russia", "artillery shell", "confirmed", None),
            (None, "Russia", "ballistic missile", "confirmed", None),
        },
    ),
    # a denial answers the claims about the denier, not the latest claim
    (
        "North Korea has supplied Russia with artillery shells. The United States has provided ATACMS missiles "
        "to Ukraine. Pyongyang denied the reports.",
        {
            ("North Korea", "Russia", "artillery shell", "confirmed", None),
            ("United States", "Ukraine", "ATACMS", "confirmed", None),
            ("North Korea", "Russia", "artillery shell", "denied", "North Korea"),
        },
    ),
    # a denial of "the claims" answers the claim whose weapon, then whose parties, its sentence names
    (
        "Belarus has sold T-72 tanks to Serbia, officials said. Belarus has also sent Buk missiles to Sudan. Minsk "
        "called the claims about the tanks false.",
        {
            ("Belarus", "Serbia", "T-72", "planned", None),
            ("Belarus", "Sudan", "Buk", "confirmed", None),
            ("Belarus", "Serbia", "T-72", "denied", "Belarus"),
        },
    ),
    (
        "Iran has sent Shahed drones to Russia, officials said. Iran has also supplied Fateh-110 missiles to Sudan, "
        "Western media reported. Tehran rejected the claims about Russia.",
        {
            ("Iran", "Russia", "Shahed", "reported", None),
            ("Iran", "Sudan", "Fateh-110", "reported", None),
            ("Iran", "Russia", "Shahed", "denied", "Iran"),
        },
    ),
    # negative: a denial naming neither answers the latest claim
    (
        "Belarus has sold T-72 tanks to Serbia, officials said. Belarus has also sent Buk missiles to Sudan. Minsk "
        "called the claims false.",
        {
            ("Belarus", "Serbia", "T-72", "planned", None),
            ("Belarus", "Sudan", "Buk", "confirmed", None),
            ("Belarus", "Sudan", "Buk", "denied", "Belarus"),
        },
    ),
    # a pronoun object stands for the weapons just named
    (
        "Ukraine has asked Germany for Taurus missiles, but Berlin has refused to send them.",
        {("Germany", "Ukraine", "Taurus", "negotiating", None), ("Germany", "Ukraine", "Taurus", "denied", None)},
    ),
    (
        "The Shahed drones were built in Iran. They were delivered to Russia in 2022.",
        {("Iran", "Russia", "Shahed", "confirmed", None)},  # the supplier from the article's frame
    ),
    # a party's own statement confirms; anyone else's reports
    (
        "The White House said North Korea had delivered KN-23 ballistic missiles to Russia. Pyongyang rejected the "
        "claims as an absurd fabrication.",
        {
            ("North Korea", "Russia", "Hwasong-11", "reported", "White House"),
            ("North Korea", "Russia", "Hwasong-11", "denied", "North Korea"),
        },
    ),
]


NEWS_FIRST_PERSON: list[tuple[str, set[Key]]] = [
    (
        '"We will never send ballistic missiles to Russia," Iranian Foreign Minister Abbas Araghchi told reporters.',
        {("Iran", "Russia", "ballistic missile", "denied", "Abbas Araghchi")},
    ),
    (
        '"Our country has delivered 50 tanks to Ukraine," Polish President Andrzej Duda said.',
        {("Poland", "Ukraine", "tank", "confirmed", "Andrzej Duda")},
    ),
    (
        '"We have sent our drones to Russia," a senior Iranian official said.',
        {("Iran", "Russia", "UAV", "confirmed", "senior Iranian official")},
    ),
    # outside a quote "we" has no speaker to stand for
    ("We know that Russia sent tanks to Syria.", {("Russia", "Syria", "tank", "confirmed", None)}),
    # a recipient that is anyone at all is a right or a policy, not a transfer
    (
        '"We are allowed to export weapons to any country that we wish to," an Iranian official said. '
        "Iran sent drones to Russia.",
        {("Iran", "Russia", "UAV", "confirmed", None)},
    ),
    (
        "Iran may sell drones to anyone who pays, but it sent 200 drones to Russia last year.",
        {("Iran", "Russia", "UAV", "confirmed", None)},
    ),
]


NEWS_NEGATION_AND_ANAPHORA: list[tuple[str, set[Key]]] = [
    (
        "Ethiopia has acquired Bayraktar TB2 drones from Turkey, Reuters reported. "
        "A spokesman for the prime minister declined to comment on the purchases.",
        {("Turkey", "Ethiopia", "Bayraktar TB2", "reported", "Reuters")},
    ),
    (
        "Kim Yo Jong said that North Korea had no plans to export weapons to Russia.",
        {("North Korea", "Russia", "weapon", "denied", "Kim Yo Jong")},
    ),
    (
        "The United Arab Emirates will not go ahead with its purchase of F-35 jets from the United States.",
        {("United States", "United Arab Emirates", "F-35", "denied", None)},
    ),
    (
        "Israel dropped plans to sell Iron Dome batteries to Ukraine.",
        {("Israel", "Ukraine", "Iron Dome", "denied", None)},
    ),
    (
        "Germany has ruled out sending Taurus missiles to Ukraine.",
        {("Germany", "Ukraine", "Taurus KEPD 350", "denied", "Germany")},
    ),
    # a negated speech verb above the claim denies nothing
    ("The Pentagon did not say that Iran sent drones to Russia.", {("Iran", "Russia", "UAV", "reported", "Pentagon")}),
    (
        "Germany has not yet delivered Taurus missiles to Ukraine.",
        {("Germany", "Ukraine", "Taurus KEPD 350", "planned", None)},
    ),
    (
        "Hezbollah's leader said on Friday that the group had received new missiles from Iran.",
        {("Iran", "Hezbollah", "missile", "confirmed", "Hezbollah")},
    ),
    (
        "Pakistan plans to buy J-35 fighters from China, the South China Morning Post reported. "
        "Defence Minister Khawaja Asif dismissed the report.",
        {
            ("China", "Pakistan", "J-35", "negotiating", "South China Morning Post"),
            ("China", "Pakistan", "J-35", "denied", "Khawaja Asif"),
        },
    ),
    (
        "Zelensky accused China of supplying weapons to Russia. China's Foreign Ministry called the accusation groundless.",
        {
            ("China", "Russia", "weapon", "reported", "Volodymyr Zelensky"),
            ("China", "Russia", "weapon", "denied", "Chinese Foreign Ministry"),
        },
    ),
    (
        "SEOUL, Feb 27 (Reuters) - North Korea has shipped artillery shells to Russia, South Korea's defence minister said.",
        {("North Korea", "Russia", "artillery shell", "reported", "South Korea's defence minister")},
    ),
    (
        "Bolivia is interested in acquiring Iranian drones to patrol its borders.",
        {("Iran", "Bolivia", "UAV", "negotiating", None)},
    ),
    (
        "Britain will send 14 Challenger 2 tanks to Ukraine along with 30 AS-90 guns.",
        {
            ("United Kingdom", "Ukraine", "Challenger 2", "planned", None),
            ("United Kingdom", "Ukraine", "AS-90", "planned", None),
        },
    ),
    (
        "France has delivered 30 Caesar howitzers to Ukraine and will deliver 78 more this year.",
        {("France", "Ukraine", "CAESAR", "confirmed", None), ("France", "Ukraine", "CAESAR", "planned", None)},
    ),
    (
        "Washington approved a sale to Taiwan of F-16 munitions worth $619 million.",
        {("United States", "Taiwan", "munition", "planned", None)},
    ),
    (
        "Iran has been flying weapons and rockets to Hezbollah through Beirut's airport.",
        {("Iran", "Hezbollah", "weapon", "confirmed", None), ("Iran", "Hezbollah", "rocket", "confirmed", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEWS_NEGATION_AND_ANAPHORA)
def test_transfers_negation_refusal_and_anaphoric_parties(nlp: Language, text: str, expected: set[Key]) -> None:
    assert_keys(news_keys(nlp, text, expected), expected)


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian pilots flew F-16s over Kharkiv on Tuesday.",
        "The Pentagon did not say whether it would comment.",
    ],
)
def test_transfers_flying_and_silence_are_no_claims(nlp: Language, text: str) -> None:
    assert news_keys(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), NEWS_FIRST_PERSON)
def test_transfers_first_person_in_a_quote_is_its_speaker(nlp: Language, text: str, expected: set[Key]) -> None:
    assert_keys(news_keys(nlp, text, expected), expected)


@pytest.mark.parametrize(("text", "expected"), NEWS_DISCOURSE)
def test_transfers_news_discourse(nlp: Language, text: str, expected: set[Key]) -> None:
    assert_keys(news_keys(nlp, text, expected), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sale whose goods a relative clause says were used: delivered
        (
            "Turkey sold Bayraktar TB2 drones to Azerbaijan, which used them to devastating effect in the 2020 war.",
            {("Turkey", "Azerbaijan", "Bayraktar TB2", "confirmed", None)},
        ),
        # "either side": a denied claim per belligerent, the unnamed one from the article's other claims
        (
            "Iran said it had not provided weapons to either side of the war between Russia and Ukraine.",
            {("Iran", "Russia", "weapon", "denied", "Iran"), ("Iran", "Ukraine", "weapon", "denied", "Iran")},
        ),
        (
            "Reuters said Iran sent drones to Russia. Iran said it had not provided weapons to either side of the "
            "conflict in Ukraine.",
            {
                ("Iran", "Russia", "UAV", "reported", "Reuters"),
                ("Iran", "Russia", "weapon", "denied", "Iran"),
                ("Iran", "Ukraine", "weapon", "denied", "Iran"),
            },
        ),
        (
            "Russia has received drones from Iran and North Korea.",
            {("Iran", "Russia", "UAV", "confirmed", None), ("North Korea", "Russia", "UAV", "confirmed", None)},
        ),
    ],
)
def test_transfers_news_known_limits(nlp: Language, text: str, expected: set[Key]) -> None:
    assert_keys(news_keys(nlp, text, expected), expected)


@pytest.mark.parametrize(
    ("known", "claim", "expected"),
    [
        # one partner in the article: filled
        ([("Iran", "Russia", "missile")], (None, "Russia", "missile", None), ("Iran", "Russia")),
        ([("Iran", "Russia", "missile")], ("Iran", None, "missile", None), ("Iran", "Russia")),
        # a clearly dominant partner (twice as often as any other): filled
        (
            [("Iran", "Russia", "missile")] * 4 + [("North Korea", "Russia", "shell")],
            (None, "Russia", "missile", None),
            ("Iran", "Russia"),
        ),
        # two comparable partners: left open
        (
            [("Iran", "Russia", "drone"), ("North Korea", "Russia", "shell")],
            (None, "Russia", "missile", None),
            (None, "Russia"),
        ),
        # ... unless only one of them is seen with the same weapon
        (
            [("Iran", "Russia", "drone"), ("North Korea", "Russia", "shell")],
            (None, "Russia", "shell", None),
            ("North Korea", "Russia"),
        ),
        # a named system made elsewhere gets no unrelated supplier
        (
            [("United States", "Ukraine", "ATACMS")],
            (None, "Ukraine", "Storm Shadow", "United Kingdom"),
            (None, "Ukraine"),
        ),
        # no claim with the known party: left open
        ([("Iran", "Russia", "missile")], (None, "Ukraine", "missile", None), (None, "Ukraine")),
        # a supplier the article pairs with no one takes the recipient of the article's frame
        ([("Sweden", "Ukraine", "CV90")] * 2, ("United Kingdom", None, "tank", None), ("United Kingdom", "Ukraine")),
        # ... only when one recipient dominates the article
        (
            [("Sweden", "Ukraine", "CV90")] * 2 + [("Iran", "Russia", "missile")] * 2,
            ("United Kingdom", None, "tank", None),
            ("United Kingdom", None),
        ),
        # a recipient takes the frame's supplier only for a named system made there
        ([("Sweden", "Ukraine", "CV90")] * 2, (None, "Colombia", "Gripen", "Sweden"), ("Sweden", "Colombia")),
        ([("Sweden", "Ukraine", "CV90")] * 2, (None, "Colombia", "aircraft", None), (None, "Colombia")),
    ],
)
def test_transfers_fill_parties(
    known: list[tuple[str, str, str]], claim: tuple[str | None, str | None, str, str | None], expected: tuple
) -> None:
    from arms_nlp.components.transfers import fill_parties

    claims = [make_claim(*k) for k in known] + [make_claim(*claim)]
    filled = fill_parties(claims)[-1]
    assert (filled.supplier, filled.recipient) == expected


@pytest.mark.parametrize(
    "text", ["The first Leopard tanks arrived in Ukraine in March.", "Iran has supplied drones, officials said."]
)
def test_transfers_partial_claims_only_on_request(nlp: Language, text: str) -> None:
    assert news_keys(nlp, text) == []
    partial = news_keys(nlp, text, {(None, "*", "*", "*", None)})
    assert len(partial) == 1 and (partial[0][0] is None) != (partial[0][1] is None)
