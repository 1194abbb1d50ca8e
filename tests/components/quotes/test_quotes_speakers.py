"""arms_quotes speakers (issue 13): named as the text writes them, titles held by a person named before,
and the actor index finding an actor by the name a quote gives."""

from __future__ import annotations

import pytest
from quote_reader import quotes_in
from spacy.language import Language

from arms_nlp.components.quotes.speakers import Speaker, SpeakerMemory
from arms_nlp.docindex import ActorIndex
from arms_nlp.records import Actor, Mention

# --------------------------------------------------------------------------- names as written


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an outlet, a body or a state named by its short form keeps that form, not the canonical name
        ("AFP reported that at least ten people had died in the blast at the depot.", "AFP"),
        ("The EU said the new sanctions would take effect on Monday.", "EU"),
        ("The IDF said the rockets had been fired from southern Lebanon overnight.", "IDF"),
        ("The DSCA said the proposed sale would not alter the military balance.", "DSCA"),
        # a person named by surname alone keeps the surname, spelt as the text spells it
        ("Erdogan said Turkey would buy more air defence systems this year.", "Erdogan"),
        ("Zelenskiy said Ukraine needed more air defence systems before winter.", "Zelenskiy"),
        # a full name as given stays whole
        ("Kremlin spokesman Dmitry Peskov said the Kremlin was not aware of the deal.", "Dmitry Peskov"),
        ("The State Department said it had approved the possible sale of 40 jets to Turkey.", "State Department"),
        # a state keeps its canonical name, whatever metonym the text uses for it (fixtures/README.md)
        ("Moscow said the first batch of the helicopters had already left for the buyer.", "Russia"),
        ("Washington said on Friday it would not send more tanks this year.", "United States"),
        ("Beijing insisted the drones it had sold were for civilian use only.", "China"),
    ],
)
def test_quotes_speakers_named_as_written(nlp: Language, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_in(nlp, text)] == [speaker]


def test_quotes_speakers_surname_takes_the_full_name_given_before(nlp: Language) -> None:
    text = (
        "Ukrainian President Volodymyr Zelenskiy visited the front on Monday. "
        "“We need more shells,” Zelenskiy told soldiers."
    )
    assert [q.speaker for q in quotes_in(nlp, text)] == ["Volodymyr Zelenskiy"]


def test_quotes_speakers_actor_index_finds_a_written_name() -> None:
    actor = Actor(
        text="AFP",
        start=0,
        end=3,
        name="Agence France-Presse",
        kind="media",
        mentions=[Mention(text="AFP", start=0, end=3), Mention(text="AFP's", start=40, end=45)],
    )
    index = ActorIndex([actor])
    assert index.named("Agence France-Presse") is actor
    assert index.named("AFP") is actor
    assert index.named("Reuters") is None
    assert index.named(None) is None


# --------------------------------------------------------------------------- titles


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a dateline made the parse lose the named subject: the title names the holder
        (
            "KABUL (Reuters) – Afghan Defence Minister General Karim Wardak denied the reports on Sunday.\n\n"
            "“We have received no helicopters from anyone,” the Afghan defence minister said in Kabul.",
            "Karim Wardak",
        ),
    ],
)
def test_quotes_speakers_title_takes_its_holder(nlp: Language, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_in(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # two holders of the title before it: neither is chosen by the title alone
        "KABUL (Reuters) – Afghan Defence Minister Karim Wardak met Pakistani Defence Minister Ali Khan.\n\n"
        "“We have received no helicopters from anyone,” the defence minister said in Kabul.",
    ],
)
def test_quotes_speakers_shared_title_names_nobody(nlp: Language, text: str) -> None:
    assert [q.speaker for q in quotes_in(nlp, text)] == ["defence minister"]


# --------------------------------------------------------------------------- inverted asides


@pytest.mark.parametrize(
    ("text", "pieces", "speaker"),
    [
        (
            "The order, said company spokeswoman Ana Ruiz, covers about 40 armoured vehicles.",
            ["The order", "covers about 40 armoured vehicles"],
            "Ana Ruiz",
        ),
        (
            "The shipment, said Tomas Berg, left the port on Friday.",
            ["The shipment", "left the port on Friday"],
            "Tomas Berg",
        ),
    ],
)
def test_quotes_speakers_inverted_aside_splits_the_clause(
    nlp: Language, text: str, pieces: list[str], speaker: str
) -> None:
    found = quotes_in(nlp, text)
    assert [(q.kind, q.speaker, [p.text for p in q.parts]) for q in found] == [("indirect", speaker, pieces)]


@pytest.mark.parametrize(
    "text",
    [
        "The order, which the ministry signed in May, covers about 40 armoured vehicles.",
        "The minister, who said little at the talks, left early on Friday.",
    ],
)
def test_quotes_speakers_no_aside_no_quote(nlp: Language, text: str) -> None:
    assert quotes_in(nlp, text) == []


# --------------------------------------------------------------------------- sources of figures


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Exports rose by a third last year, according to industry tracker Jane Fleet.", None),
        ("According to SIPRI data, arms imports to Europe doubled over five years.", None),
        ("According to a Gallup poll, most voters back the new defence budget.", None),
        # a person or a body is a speaker
        ("According to Colonel Ali Hassan, the attack killed three soldiers.", "Ali Hassan"),
        ("According to a report by Reuters, the jets were delivered in May.", "Reuters"),
    ],
)
def test_quotes_speakers_according_to_a_source_of_figures(nlp: Language, text: str, speaker: str | None) -> None:
    assert [q.speaker for q in quotes_in(nlp, text)] == ([speaker] if speaker else [])


# --------------------------------------------------------------------------- speaker memory


@pytest.mark.parametrize(
    ("short", "kind", "expected"),
    [
        ("Ford", "person", "Bill Ford"),
        ("Ford", None, "Bill Ford"),
        ("Ford", "organization", "Ford Motor Co."),  # the company, not the person of that surname
        ("Motor", "organization", "Ford Motor Co."),
        ("Motor", "person", "Motor"),
        ("Bill", "organization", "Bill Ford"),  # a first name the NER took for a body
    ],
)
def test_quotes_speakers_short_form_keeps_its_kind(short: str, kind: str | None, expected: str) -> None:
    state = SpeakerMemory()
    state.remember(10, Speaker("Ford Motor Co.", "organization", named=True))
    state.remember(40, Speaker("Bill Ford", "person", named=True))
    assert state.canonical(short, kind) == expected


@pytest.mark.parametrize("earlier", ["", "   "])
def test_quotes_speakers_blank_earlier_name_never_raises(earlier: str) -> None:
    state = SpeakerMemory()
    state.remember(10, Speaker(earlier, "person", named=True))
    assert state.canonical("Ford", "organization") == "Ford"


# --------------------------------------------------------------------------- continued quotations


def test_quotes_speakers_open_quotation_takes_the_attribution_that_closes_it(nlp: Language) -> None:
    text = (
        "The home side lost 2-1 on Saturday.\n\n"
        "“We had the better chances in the first half and we should have scored twice.\n\n"
        "“The referee made some strange calls all evening.\n\n"
        "“We should have done better, but they got their goal and then they only defended,” coach Owen Hale said."
    )
    found = quotes_in(nlp, text)
    assert [(q.kind, q.speaker) for q in found] == [("direct", "Owen Hale")]
    assert found[0].text.startswith("We had the better chances")
    assert found[0].text.endswith("they only defended")


def test_quotes_speakers_open_quotation_without_closing_piece_has_no_speaker(nlp: Language) -> None:
    text = (
        "The home side lost 2-1 on Saturday.\n\n"
        "“We had the better chances in the first half and we should have scored twice.\n\n"
        "The club plays its next league game away on Wednesday evening."
    )
    assert quotes_in(nlp, text) == []


def test_quotes_speakers_first_name_takes_the_full_name_given_before(nlp: Language) -> None:
    text = (
        "After the final, coach Sergio Lobera said the game was balanced. At the press conference, Sergio "
        "added: “Losing our captain to injury in the first half was a turning point for us.”"
    )
    assert [q.speaker for q in quotes_in(nlp, text)] == ["Sergio Lobera", "Sergio Lobera"]


@pytest.mark.parametrize(
    ("after", "speakers"),
    [
        ("The club did not say whether the team would appeal the result.", []),
        ("The club declined to say whether the team would appeal the result.", []),
        ("The club said the coach would speak again on Monday.", ["club", "club"]),
    ],
)
def test_quotes_speakers_withheld_speech_names_no_speaker(nlp: Language, after: str, speakers: list[str]) -> None:
    text = (
        "The home side lost 2-1 on Saturday.\n\n"
        f"“We had the better chances in the first half and we should have scored twice.”\n\n{after}"
    )
    assert [q.speaker for q in quotes_in(nlp, text)] == speakers
