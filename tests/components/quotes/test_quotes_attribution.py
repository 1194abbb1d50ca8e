"""arms_quotes on general news attribution shapes (issue 13): datelines before a reported clause or speaker,
trailing attributions and what the writer adds after them, nested reports, descriptions and long office titles
as speakers, and a quote paragraph whose speaker is named in the paragraph after."""

from __future__ import annotations

import pytest
from quote_reader import quotes_in
from spacy.language import Language

from arms_nlp.normalize.datelines import dateline_length


def _pairs(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_in(nlp, text)]


# --------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("Tehran, Jan 8, IRNA -- Iran will", 23),
        ("Lima, 3 May 2025, Andina - The", 27),
        ("KYIV (Reuters) - Ukraine", 17),
        ("Tehran, Jan 8, the minister - He", 0),  # no agency after the date
        ("He said on Jan 8, Monday - The", 0),
        ("Tehran, IRNA -- Iran", 0),  # an unbracketed agency needs a date before it
        ("DHAKA, Jan 5: The", 14),
        ("Tunis, Tunisia - The", 17),
        ("Smith said: The", 0),
        ("Defence Minister, Anna Keller - said", 0),
    ],
)
def test_quotes_attribution_dateline_with_unbracketed_agency(text: str, length: int) -> None:
    assert dateline_length(text) == length


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Oslo, Feb 2, NTB -- Norway will buy four new submarines, according to the defence ministry.",
            "Norway will buy four new submarines",
            "defence ministry",
        ),
        (
            "RIGA (Reuters) - Latvia's army said it had received the first rocket launchers.",
            "it had received the first rocket launchers",
            "Latvia's army",
        ),
        (
            "DHAKA, Jan 5: The corvette will be commissioned next month, the navy said.",
            "The corvette will be commissioned next month",
            "navy",
        ),
        (
            "Cairo, March 9, MENA -- Egypt's navy chief said the corvettes would arrive by summer.",
            "the corvettes would arrive by summer",
            "Egypt's navy chief",
        ),
    ],
)
def test_quotes_attribution_dateline_stays_out(nlp: Language, text: str, quote: str, speaker: str) -> None:
    assert _pairs(nlp, text) == [(quote, speaker)]


# --------------------------------------------------------------------------- trailing attributions


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "The radars were shipped from Haifa, the navy said on Telegram, adding that two more would follow.",
            [("The radars were shipped from Haifa", "navy"), ("two more would follow", "navy")],
        ),
        (
            "Rebels fired 12 rockets at the airport, Chad's army said, the heaviest barrage this year.",
            [("Rebels fired 12 rockets at the airport", "Chad's army")],
        ),
        (
            "The spokesperson said the convoy had been hit by a drone, but did not give details.",
            [("the convoy had been hit by a drone", "spokesperson")],
        ),
        (
            "The ministry said the depot had burned for hours but gave no figures.",
            [("the depot had burned for hours", "ministry")],
        ),
        (
            "The army said a base had been shelled, but declined to comment further.",
            [("a base had been shelled", "army")],
        ),
        (
            "The governor said the bridge would reopen soon, as repairs went on through the night.",
            [("the bridge would reopen soon", "governor")],
        ),
        (
            "The premier insisted that there would be no new taxes, while the unions called for a strike.",
            [("there would be no new taxes", "premier")],
        ),
    ],
)
def test_quotes_attribution_writer_additions_stay_out(nlp: Language, text: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(nlp, text) == pairs


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # what the reported clause itself says goes on after "but" or "as long as"
        (
            "The mayor said the harbour had been damaged but remained open.",
            "the harbour had been damaged but remained open",
        ),
        (
            "Officials said the guns would arrive in May, as long as the plant kept pace.",
            "the guns would arrive in May, as long as the plant kept pace",
        ),
    ],
)
def test_quotes_attribution_clause_goes_on(nlp: Language, text: str, quote: str) -> None:
    assert [q.text for q in quotes_in(nlp, text)] == [quote]


# --------------------------------------------------------------------------- nested reports


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Major Tom Hale said the crews told investigators the engine had failed.",
            "the crews told investigators the engine had failed",
            "Tom Hale",
        ),
        (
            "Anna Berg said the engineers had told her that the radar was broken.",
            "the engineers had told her that the radar was broken",
            "Anna Berg",
        ),
    ],
)
def test_quotes_attribution_nested_report_is_the_outer_speakers(
    nlp: Language, text: str, quote: str, speaker: str
) -> None:
    assert _pairs(nlp, text) == [(quote, speaker)]


def test_quotes_attribution_report_before_its_outer_attribution_stays_inner(nlp: Language) -> None:
    text = "Rustam Aliyev confirmed that the helicopters had landed, the agency reported."
    assert _pairs(nlp, text) == [("the helicopters had landed", "Rustam Aliyev")]


# --------------------------------------------------------------------------- speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Pedro Alves was dismissed on Monday. The 58-year-old said the board had treated him badly.", "Pedro Alves"),
        ("Karin Holm was elected in May. The former judge said the ruling was wrong.", "Karin Holm"),
        ("Zoran Ilic toured the plant. The veteran engineer said the line would restart.", "Zoran Ilic"),
    ],
)
def test_quotes_attribution_description_after_passive_subject(nlp: Language, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_in(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Deputy Minister of Defense and Armed Forces Logistics Hossein Karimi said on Monday that the drones were "
            "for export.",
            "Hossein Karimi",
        ),
        (
            "“The drones are for export,” Deputy Minister of Defense and Armed Forces Logistics Hossein Karimi said.",
            "Hossein Karimi",
        ),
        ("Minister of Energy and Natural Resources Ali Demir said the plant would open.", "Ali Demir"),
        pytest.param(
            "Deputy Minister of Defense and Armed Forces Logistics Reza Talaei said the drones were for export.",
            "Reza Talaei",
            marks=pytest.mark.xfail(reason="the NER tags no person here, so no name ends the office's title"),
        ),
        ("Foreign Minister Ana Costa said the talks would resume.", "Ana Costa"),
    ],
)
def test_quotes_attribution_office_words_are_no_given_names(nlp: Language, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_in(nlp, text)] == [speaker]


# --------------------------------------------------------------------------- quote paragraph, speaker after


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“Today the navy grows stronger.”\n\nDefence Minister Lena Falk made the remarks at the shipyard on "
            "Friday.",
            "Lena Falk",
        ),
        ("“We will hold the line.”\n\nThat was the message from Prime Minister Juri Tamm on Monday.", "Juri Tamm"),
        ("“The port is open. Ships can dock.”\n\nThose were the words of harbour master Ines Lopes.", "Ines Lopes"),
    ],
)
def test_quotes_attribution_remark_names_the_speaker_after(nlp: Language, text: str, speaker: str) -> None:
    assert [(q.kind, q.speaker) for q in quotes_in(nlp, text)] == [("direct", speaker)]


@pytest.mark.parametrize(
    "text",
    [
        # a new statement, not the quote before
        "“We will hold the line.”\n\nThe ministry issued a statement on Monday about the border.",
        "“We will hold the line.”\n\nJuri Tamm made a speech about the budget on Monday.",
    ],
)
def test_quotes_attribution_new_statement_names_no_speaker(nlp: Language, text: str) -> None:
    assert [q.speaker for q in quotes_in(nlp, text) if q.kind == "direct"] in ([], [None])


def test_quotes_attribution_run_of_quote_paragraphs_takes_the_speaker_after(nlp: Language) -> None:
    text = "“The trucks are slow.”\n\n“They need new engines.”\n\nColonel Ray Dunn said the fleet was worn out."
    assert [(q.kind, q.speaker) for q in quotes_in(nlp, text)] == [
        ("direct", "Ray Dunn"),
        ("direct", "Ray Dunn"),
        ("indirect", "Ray Dunn"),
    ]


def test_quotes_attribution_run_of_quote_paragraphs_without_a_speaker(nlp: Language) -> None:
    text = "“The trucks are slow.”\n\n“They need new engines.”\n\nThe fleet was bought in 1998."
    assert [q.speaker for q in quotes_in(nlp, text)] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Taoiseach, Mr Byrne, said the charges would stay.", "Byrne"),
        ("The defence minister, Mr Lindqvist, said the tanks would be sent.", "Lindqvist"),
        (
            "The minister, Ms Quinn, and the cabinet have launched a campaign, claiming that only 200 people object.",
            "Quinn",
        ),
        # a list, not an apposition: the first of it speaks as before
        ("The Pentagon, Lloyd Austin and the White House said aid would continue.", "Pentagon"),
    ],
)
def test_quotes_attribution_office_with_apposed_name(nlp: Language, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_in(nlp, text)] == [speaker]
