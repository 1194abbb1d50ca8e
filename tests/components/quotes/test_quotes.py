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
from arms_nlp.normalize.datelines import dateline_length
from arms_nlp.normalize.quotemarks import find_quotes, is_line_wrap, outermost
from arms_nlp.records import Actor, Mention, Quote

ROOT = Path(__file__).resolve().parents[3]


def _quotes(nlp: Language, text: str) -> list[Quote]:
    return get_records(nlp(text), "arms_quotes")


def _check_offsets(text: str, quotes: list[Quote]) -> None:
    for quote in quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        for part in quote.parts:  # the pieces of a split quote lie inside it, in order
            assert quote.start <= part.start <= part.end <= quote.end and text[part.start : part.end] == part.text
        assert all(a.end <= b.start for a, b in zip(quote.parts, quote.parts[1:]))


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
        breaks = [i for i in range(quote.start, quote.end) if text[i] == "\n" and not is_line_wrap(text, i)]
        assert not breaks  # a quote never runs over a paragraph break (a hard-wrapped line is none)


# --------------------------------------------------------------------------- lexicon


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("said", "say"),
        ("stated", "state"),
        ("emphasized", "emphasize"),
        ("told", "tell"),
        ("denies", "deny"),
        ("warning", "warn"),
        ("missiles", None),
        ("launched", None),
    ],
)
def test_quotes_cue_surface_forms(word: str, lemma: str | None) -> None:
    assert cue_lexicon().surface_forms.get(word) == lemma


@pytest.mark.parametrize(
    ("lemma", "indirect"), [("say", True), ("quote", True), ("continue", False), ("launch", False)]
)
def test_quotes_cue_lexicon_roles(lemma: str, indirect: bool) -> None:
    assert cue_lexicon().introduces_indirect(lemma) is indirect


# --------------------------------------------------------------------------- direct and partial quotes


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "kind"),
    [
        (
            "“We will not accept new sanctions on our missiles,” Hossein Amirabdollahian said.",
            "We will not accept new sanctions on our missiles",
            "Hossein Amirabdollahian",
            "direct",
        ),
        (
            '"Our deliveries will continue as long as contracts are valid," said Dmitry Shugaev.',
            "Our deliveries will continue as long as contracts are valid",
            "Dmitry Shugaev",
            "direct",
        ),
        (
            "Maria Zakharova warned, ‘Any transfer of long-range missiles will be seen as escalation.’",
            "Any transfer of long-range missiles will be seen as escalation.",
            "Maria Zakharova",
            "direct",
        ),
        (
            "Lloyd Austin told Reuters: “The drones are used against civilian targets every night.”",
            "The drones are used against civilian targets every night.",
            "Lloyd Austin",
            "direct",
        ),
        (
            "The spokesman stated, 'We have delivered all of the systems on schedule.'",
            "We have delivered all of the systems on schedule.",
            "spokesman",
            "direct",
        ),
        (
            "“The United States is concerned that the talks are advancing,” The Wall Street Journal quoted a US "
            "official as saying.",
            "The United States is concerned that the talks are advancing",
            "US official",
            "direct",
        ),
        (
            "An Iranian official confirmed the shipments, stating, “There will be more shipments. There is no reason "
            "to hide it.”",
            "There will be more shipments. There is no reason to hide it.",
            "Iranian official",
            "direct",
        ),
        (
            "According to Janes analyst Jeremy Binnie, “the frigate carries eight anti-ship missiles.”",
            "the frigate carries eight anti-ship missiles.",
            "Jeremy Binnie",
            "direct",
        ),
        (
            "John Kirby spoke on Monday. Kirby warned that the relationship “is not only not good for the Ukrainian "
            "people but it is certainly not good for the region.”",
            "the relationship “is not only not good for the Ukrainian people but it is certainly not good for the "
            "region.”",
            "John Kirby",
            "partial",
        ),
        (
            "“Iran will respond decisively to any aggression,” Defense Minister Mohammad Reza Ashtiani was quoted as "
            "saying by the Tasnim news agency.",
            "Iran will respond decisively to any aggression",
            "Mohammad Reza Ashtiani",
            "direct",
        ),
        (
            "“This is a clear violation of the resolution,” the diplomat, who spoke on condition of anonymity, told "
            "Reuters.",
            "This is a clear violation of the resolution",
            "diplomat",
            "direct",
        ),
        (
            "President Joe Biden’s administration had threatened Tehran with “a severe response” if it went ahead.",
            "a severe response",
            "Joe Biden",
            "partial",
        ),
        (
            "Analyst Fabian Hinz said the images showed “a clear upgrade of the guidance section” on the rockets.",
            "the images showed “a clear upgrade of the guidance section” on the rockets",
            "Fabian Hinz",
            "partial",
        ),
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
        (
            "“We invited all Palestinian representatives to the meeting,” Mikhail Bogdanov said. “These are from 12 to "
            "14 organizations.”",
            [("We invited", "Mikhail Bogdanov"), ("These are from", "Mikhail Bogdanov")],
        ),
        (
            "Mikhail Bogdanov explained, “We invited all Palestinian representatives to the meeting.”\nHe further added, "
            "“Now we have invited Hamas and Islamic Jihad too.”",
            [("We invited", "Mikhail Bogdanov"), ("Now we have", "Mikhail Bogdanov")],
        ),
        # pronoun with no earlier quote: the closest preceding person
        (
            "General Christopher Cavoli testified on Thursday. “The factories produce more shells than we expected,” he "
            "said.",
            [("The factories", "Christopher Cavoli")],
        ),
        # "the statement continued" -> who made the statement
        (
            "“Iran’s position on the conflict remains unchanged,” the Iranian Mission said.\nThe statement continued: "
            "“Iran calls upon other countries to cease the supply of weapons.”",
            [("Iran’s position", "Iranian Mission"), ("Iran calls upon", "Iranian Mission")],
        ),
        # "it added" -> the organisation
        (
            "“The contract covers forty helicopters and spare parts,” the company said.\nIt added: “Deliveries are "
            "scheduled to begin next year.”",
            [("The contract", "company"), ("Deliveries are", "company")],
        ),
        # speaker named in the preceding sentence
        (
            "Foreign Minister Sergey Lavrov spoke to reporters in Moscow.\n“Our cooperation with Tehran is not directed "
            "against anyone.”",
            [("Our cooperation", "Sergey Lavrov")],
        ),
        # a quotation running over paragraphs (each paragraph reopens it, only the last one closes) is one quote
        (
            "“The situation on the front line remains difficult,” Defense Secretary Lloyd Austin said in a statement.\n"
            "“We need more air defense systems and more artillery shells. Our partners know this.\n“Every delay costs "
            "lives,” he added.",
            [("The situation", "Lloyd Austin"), ("We need more", "Lloyd Austin")],
        ),
        # "“…,” he said. “…”": the second quotation keeps the speaker
        (
            "Israeli Defense Minister Yoav Gallant visited troops on Sunday. “We are not going to sit idly by,” he said. "
            "“If Hezbollah sends more drones, we will respond with force.”",
            [("We are not going", "Yoav Gallant"), ("If Hezbollah", "Yoav Gallant")],
        ),
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
        (
            "A senior State Department official stated that these sanctions will pressure Iran’s missile programs.",
            "these sanctions will pressure Iran’s missile programs",
            "senior State Department official",
        ),
        (
            "Jeffrey Lewis, an expert at the Middlebury Institute, suggested that the missiles could target high-value "
            "assets.",
            "the missiles could target high-value assets",
            "Jeffrey Lewis",
        ),
        (
            "Pentagon spokesman Pat Ryder said the United States has seen no evidence of the transfer.",
            "the United States has seen no evidence of the transfer",
            "Pat Ryder",
        ),
        (
            "The ministry said in a statement that the air defense systems had been delivered in March.",
            "the air defense systems had been delivered in March",
            "ministry",
        ),
        (
            "According to Janes, the frigate carries eight anti-ship cruise missiles.",
            "the frigate carries eight anti-ship cruise missiles",
            "Janes",
        ),
        (
            "According to reports from sources speaking to Reuters, the shipments began in January.",
            "the shipments began in January",
            "Reuters",
        ),
        (
            "Moscow supplied the rebels with rockets and artillery, as noted by the Associated Press.",
            "Moscow supplied the rebels with rockets and artillery",
            "Associated Press",
        ),
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
        "The spokesperson declined to say whether Beijing had discussed the matter with Moscow.",  # withheld
        "Kirby did not say that the drones had reached Russia.",  # negated
        "Officials asked whether the missiles had been delivered.",  # a question, not a claim
    ],
)
def test_quotes_indirect_negatives(nlp: Language, text: str) -> None:
    assert [q for q in _quotes(nlp, text) if q.kind == "indirect"] == []


def test_quotes_indirect_skips_clause_holding_partial_quote(nlp: Language) -> None:
    text = "Kirby warned that the relationship “is not only not good for the Ukrainian people but bad for the region.”"
    assert [q.kind for q in _quotes(nlp, text)] == ["partial"]


# --------------------------------------------------------------------------- speakers on unseen text


def _pairs(nlp: Language, text: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.kind) for q in _quotes(nlp, text)]


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        # the latest subject beats the latest quote speaker
        (
            "“We have seen Iran provide these missiles,” spokesman John Kirby said. Iran's foreign ministry spokesman "
            'Nasser Kanaani rejected the claims as "baseless." He said Tehran had not sent any missiles to Moscow.',
            "Tehran had not sent any missiles to Moscow",
            "Nasser Kanaani",
        ),
        (
            "“The transfer is complete,” a senior Israeli official told Axios.\nTurkish Defense Minister Yasar Guler met "
            "his Ukrainian counterpart in Ankara on Thursday. He said Turkey would keep supplying drones to Kyiv.",
            "Turkey would keep supplying drones to Kyiv",
            "Yasar Guler",
        ),
        (
            "Avril Haines, the U.S. director of national intelligence, testified before the Senate on Tuesday. She told "
            "lawmakers that the drones had been shipped across the Caspian Sea.",
            "the drones had been shipped across the Caspian Sea",
            "Avril Haines",
        ),
        # subject first, then other persons of the previous sentence
        (
            "Secretary of State Antony Blinken met Crown Prince Mohammed bin Salman in Riyadh. He told reporters that the "
            "kingdom had not requested F-35 jets.",
            "the kingdom had not requested F-35 jets",
            "Antony Blinken",
        ),
        # a pronoun chain goes back to the named subject
        (
            "Analyst Michael Kofman said the shells would help Russia. He added that Moscow relied on imports. He also "
            "said the factories were working in three shifts.",
            "the factories were working in three shifts",
            "Michael Kofman",
        ),
        # "it" takes the organisation, "they" the group
        (
            "The Ukrainian navy said it had destroyed a landing ship.\nIt added that the ship had been hit by sea drones.",
            "the ship had been hit by sea drones",
            "Ukrainian navy",
        ),
        (
            "Two U.S. officials described the shipments on Monday. They said the missiles arrived in April.",
            "the missiles arrived in April",
            "U.S. officials",
        ),
    ],
)
def test_quotes_pronoun_resolution(nlp: Language, text: str, clause: str, speaker: str) -> None:
    assert (clause, speaker, "indirect") in _pairs(nlp, text)


@pytest.mark.parametrize(
    ("pronoun", "speaker"),
    [("She", "Maria Zakharova"), ("He", "Sergei Lavrov")],
)
def test_quotes_pronoun_gender(nlp: Language, pronoun: str, speaker: str) -> None:
    text = (
        f"Foreign Ministry spokeswoman Maria Zakharova spoke in Moscow on Tuesday. Foreign Minister Sergei Lavrov "
        f"met Chinese officials later. {pronoun} said Russia had not received any drones from Iran."
    )
    assert [q.speaker for q in _quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # people named inside a quotation are no antecedents
        ("“Putin is lying about the drones,” Kirby said. He said Iran had sent hundreds of them.", "Putin"),
        # a person who is only an object comes after the subject
        (
            "Lloyd Austin met Rustem Umerov in Brussels on Friday. He said the tanks would arrive in May.",
            "Rustem Umerov",
        ),
    ],
)
def test_quotes_pronoun_resolution_negatives(nlp: Language, text: str, wrong: str) -> None:
    assert all(q.speaker != wrong for q in _quotes(nlp, text))


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "China is considering supplying Pakistan with J-10C fighter jets, according to a report by the South China "
            "Morning Post.",
            "China is considering supplying Pakistan with J-10C fighter jets",
            "South China Morning Post",
        ),
        (
            "According to the Financial Times' report, Iran has trained Russian troops to use the missiles.",
            "Iran has trained Russian troops to use the missiles",
            "Financial Times",
        ),
        (
            "Hundreds of Iranian-made drones were delivered to Russia in 2022, a report in The Washington Post said.",
            "Hundreds of Iranian-made drones were delivered to Russia in 2022",
            "Washington Post",
        ),
        (
            "The Kyiv Independent reported that a missile strike hit an energy facility in Odesa.",
            "a missile strike hit an energy facility in Odesa",
            "Kyiv Independent",
        ),
        (
            "The sale was approved last month, according to a notice posted on the Defense Security Cooperation Agency's "
            "website.",
            "The sale was approved last month",
            "Defense Security Cooperation Agency",
        ),
        (
            "The report, published by the Royal United Services Institute, said Russia had fired 10,000 shells a day.",
            "Russia had fired 10,000 shells a day",
            "Royal United Services Institute",
        ),
        (
            "According to Israeli media reports, the drone was launched from Iraq.",
            "the drone was launched from Iraq",
            "Israeli media",
        ),
    ],
)
def test_quotes_report_sources(nlp: Language, text: str, clause: str, speaker: str) -> None:
    found = [(q.text, q.speaker) for q in _quotes(nlp, text) if q.kind == "indirect"]
    assert len(found) == 1 and found[0][0] == clause
    assert found[0][1] is not None and found[0][1].endswith(speaker)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SEOUL (Reuters) - North Korea", "SEOUL (Reuters) - "),
        ("WASHINGTON — The Pentagon", "WASHINGTON — "),
        ("KYIV, Ukraine (AP) — Russia", "KYIV, Ukraine (AP) — "),
        ("LONDON, Jan 5 (Reuters) - The", "LONDON, Jan 5 (Reuters) - "),
        ("Kyiv, March 3, 2024 (Reuters) - Russia", "Kyiv, March 3, 2024 (Reuters) - "),
        ("TEL AVIV, Israel — Israel", "TEL AVIV, Israel — "),
        ("North Korea has shipped - about", ""),
        ("Iran — a major supplier — said", ""),
        ("NATO - the alliance", ""),
        ("The Pentagon (DoD) - said", ""),
        ("", ""),
    ],
)
def test_quotes_dateline_length(text: str, expected: str) -> None:
    assert text[: dateline_length(text)] == expected


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "SEOUL (Reuters) - North Korea has shipped about 6,700 containers of munitions to Russia since July, South "
            "Korean Defence Minister Shin Won-sik said on Monday.",
            "North Korea has shipped about 6,700 containers of munitions to Russia since July",
        ),
        (
            "KYIV, Jan 9 (Reuters) - Russia has fired at least 24 North Korean missiles at Ukrainian cities, Ukraine's "
            "military intelligence said on Tuesday.",
            "Russia has fired at least 24 North Korean missiles at Ukrainian cities",
        ),
        ("WASHINGTON — Iran has sent drones to Russia, according to U.S. officials.", "Iran has sent drones to Russia"),
    ],
)
def test_quotes_indirect_strips_dateline(nlp: Language, text: str, clause: str) -> None:
    assert [q.text for q in _quotes(nlp, text) if q.kind == "indirect"] == [clause]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # a conjoined speech act belongs to the speaker: cut there
        (
            "Iran's foreign minister stated that Iran had not provided any drones to Russia and called on other nations "
            "to stop arming Kyiv.",
            "Iran had not provided any drones to Russia",
        ),
        (
            "Iran's foreign ministry stated that Tehran had never supplied drones to either side and urged Western "
            "countries to stop arming Kyiv.",
            "Tehran had never supplied drones to either side",
        ),
        # a conjoined verb of the reported event stays
        (
            "The ministry said the shipments had arrived in March and included 200 missiles.",
            "the shipments had arrived in March and included 200 missiles",
        ),
        # modifiers of the speech verb are not part of the clause (no "that")
        (
            "The Pentagon said on Thursday it would send more Stinger missiles to Ukraine.",
            "it would send more Stinger missiles to Ukraine",
        ),
        # a that-clause the parser hung on the adverbials after the verb
        (
            "Andriy Yermak said on X, formerly Twitter, that the attack involved Shahed drones.",
            "the attack involved Shahed drones",
        ),
    ],
)
def test_quotes_indirect_clause_bounds(nlp: Language, text: str, clause: str) -> None:
    assert [q.text for q in _quotes(nlp, text) if q.kind == "indirect"] == [clause]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hezbollah's leader Hassan Nasrallah said in a televised speech that the group had received new missiles.",
            [("the group had received new missiles", "Hassan Nasrallah", "indirect")],
        ),
        (
            "Pyongyang's state news agency KCNA said the test involved a new solid-fuel missile.",
            [("the test involved a new solid-fuel missile", "KCNA", "indirect")],
        ),
        (
            "Several people familiar with the matter told The Wall Street Journal that the deal included 24 jets.",
            [("the deal included 24 jets", "people familiar with the matter", "indirect")],
        ),
        (
            "Russia's Foreign Ministry summoned the ambassador on Friday. The ministry said in a statement: “Any attempt "
            "to deliver long-range weapons will be met with a response.”",
            [
                (
                    "Any attempt to deliver long-range weapons will be met with a response.",
                    "Russia's Foreign Ministry",
                    "direct",
                )
            ],
        ),
        (
            "The missiles “can reach any point in Europe,” the officer said.",
            [("The missiles “can reach any point in Europe,”", "officer", "partial")],
        ),
        (
            'Moscow has described the shipments as "fake news" and called the reports a "provocation."',
            [('the shipments as "fake news"', "Russia", "partial")],
        ),
        (
            "North Korea's foreign ministry rejected the accusations. In a statement carried by the KCNA news agency, it "
            "denied the reports. “We have never exported weapons to any country,” the statement said.",
            [("We have never exported weapons to any country", "foreign ministry", "direct")],
        ),
        # a dateline parsed as a second subject is not the speaker
        (
            "MOSCOW, Nov 22 (Reuters) - Russia said on Friday that it had received no weapons from North Korea.",
            [("it had received no weapons from North Korea", "Russia", "indirect")],
        ),
        (
            '"Why would we need Iranian missiles?" Deputy Foreign Minister Sergei Ryabkov asked reporters.',
            [("Why would we need Iranian missiles?", "Sergei Ryabkov", "direct")],
        ),
        # the parser makes the speaker an apposition of the weapons listed before it
        (
            "The State Department approved a sale of 200 AGM-88B HARM missiles and 100 AGM-154C Joint Standoff Weapons, "
            "the Defense Security Cooperation Agency said on Wednesday.",
            [
                (
                    "The State Department approved a sale of 200 AGM-88B HARM missiles and 100 AGM-154C Joint Standoff Weapons",
                    "Defense Security Cooperation Agency",
                    "indirect",
                )
            ],
        ),
    ],
)
def test_quotes_speakers_unseen(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    found = _pairs(nlp, text)
    assert [(t, k) for t, _, k in found] == [(t, k) for t, _, k in expected]
    for (_, speaker, _), (_, want, _) in zip(found, expected):
        assert speaker is not None and want.lower() in speaker.lower()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # quoted weapon terms do not stop the clause around them from being indirect speech
        (
            'Hezbollah said in a statement that it had targeted an army position with "attack drones" overnight.',
            ['it had targeted an army position with "attack drones" overnight'],
        ),
        # a single quoted word that a speaker's speech act governs is a partial quote (see quotes.md); title-case
        # names and quoted terms without a speech act are not quotes
        ("Kanaani rejected the claims as “baseless” on Monday.", ["the claims as “baseless”"]),
        ("The “experts” who advised the council have left.", []),
        ("Analysts described the group as part of the “Axis of Resistance” in the region.", []),
        ("The so-called “shadow fleet” of tankers has carried weapons.", []),
    ],
)
def test_quotes_scare_quotes(nlp: Language, text: str, kept: list[str]) -> None:
    assert [q.text for q in _quotes(nlp, text)] == kept


# --------------------------------------------------------------------------- actors, boilerplate, no parser


def _actor(text: str, doc_text: str, name: str, kind: str) -> Actor:
    start = doc_text.index(text)
    mention = Mention(text=text, start=start, end=start + len(text))
    return Actor(text=text, start=start, end=mention.end, name=name, kind=kind, mentions=[mention])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "mention", "name", "kind", "speaker"),
    [
        (
            "“We will keep supplying the drones to our partners,” Kirby said.",
            "Kirby",
            "John Kirby",
            "person",
            "Kirby",
        ),
        (
            "“Iran’s position on the conflict remains unchanged,” the mission said.",
            "mission",
            "Permanent Mission of Iran to the United Nations",
            "organization",
            "Permanent Mission of Iran to the United Nations",
        ),
        (
            "“Deliveries will begin before the end of next year,” an Iranian official said.",
            "Iranian official",
            "Iranian official",
            "official",
            "Iranian official",
        ),
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
        ("“We will keep supplying the drones to our partners,” Kirby said.", "Kirby"),
        ("Kirby said: “We will keep supplying the drones to our partners.”", "Kirby"),
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


_PIECES = [
    "“",
    "”",
    '"',
    "‘",
    "’",
    "'",
    "\n",
    "\n\n",
    " he said.",
    " Kirby warned that",
    ", said the minister. ",
    "We will ship missiles",
    "According to Reuters,",
    "It's",
    "officials’",
    "so-called",
    "—",
    "...",
    "They",
]
_text = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=12)), max_size=30).map("".join)


@given(_text)
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
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
            tp += any(start in q.text and bench.same_speaker(q.speaker, speaker) for q in found)
    precision, recall = tp / max(predicted, 1), tp / len(FIXTURE_QUOTES)
    assert 2 * precision * recall / (precision + recall) >= 0.9


@pytest.mark.parametrize(
    ("a", "b", "matches"),
    [
        ("We will go now.", "we will go now", True),
        ("We will go", "We will go now, he said", True),
        ("alpha beta gamma delta", "alpha beta epsilon zeta", False),
        ("a b c", "a b c d", True),
    ],
)
def test_quotes_benchmark_overlap(a: str, b: str, matches: bool) -> None:
    assert (_bench().overlap(a, b) >= 0.5) is matches


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("John Kirby", "kirby", True),
        ("US official", "US official", True),
        ("Iran", "Iranian Mission", False),
        (None, "Kirby", False),
    ],
)
def test_quotes_benchmark_speaker(a: str | None, b: str, same: bool) -> None:
    assert _bench().same_speaker(a, b) is same


def test_quotes_benchmark_sample_runs() -> None:
    import json

    rows = [json.loads(line) for line in (ROOT / "benchmarks" / "data" / "quotes_sample.jsonl").open(encoding="utf-8")]
    scores = _bench().evaluate(rows)
    assert scores["quote+speaker"]["f1"] >= 0.8
