"""arms_quotes on general news (issue 13): speakers, indirect speech, mixed and short quotes written the way
non-military news writes them, each family with negatives."""

from __future__ import annotations

import pytest
from quote_reader import quotes_in
from spacy.language import Language

from arms_nlp.components.quotes.speakers import SpeakerMemory


def _speakers(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_in(nlp, text)]


# --------------------------------------------------------------------------- speakers


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # an office word the NER read as an organisation is the office holder named before
        (
            'Prime Minister Lars Holm said he would stay in office.\n\n"I accept the result," the Premier said.',
            "I accept the result",
            "Lars Holm",
        ),
        # a place the parser made the subject gives way to the person in apposition
        (
            "Lower Saxony’s health minister, Klaus Weber, told the newspaper that the clinics had reopened.",
            "the clinics had reopened",
            "Klaus Weber",
        ),
        # an acronym speaker takes the full name given before
        (
            (
                "The vaccine was approved last year, the European Medicines Agency said. The vaccine is safe for "
                "children, the EMA said on Monday."
            ),
            "The vaccine is safe for children",
            "European Medicines Agency",
        ),
        # "they" for one spokesperson
        (
            (
                "The shop was closed on Monday, a council spokesperson said. They said the owners had been told to "
                "repair the roof."
            ),
            "the owners had been told to repair the roof",
            "council spokesperson",
        ),
        # "PM" is an office
        (
            "Jacinda Ardern spoke in Wellington. The PM says the recovery plan will be ready by June.",
            "the recovery plan will be ready by June",
            "Jacinda Ardern",
        ),
        # an age description is the person named before
        (
            (
                "Coach Ana Silva said the season was over. Speaking after the game, the 52-year-old insisted that she "
                "was proud of her players."
            ),
            "she was proud of her players",
            "Ana Silva",
        ),
        # an untagged surname
        (
            'Sunak said: "We will stand with Ukraine for as long as it takes."',
            "We will stand with Ukraine for as long as it takes.",
            "Sunak",
        ),
    ],
)
def test_quotes_general_news_speaker(nlp: Language, text: str, quote: str, speaker: str) -> None:
    assert (quote, speaker) in _speakers(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Research says the drug works well in older patients.",
        "History tells us that such wars end badly.",
        "The suspect is believed to have fled the country.",
        "Police found a body in the river on Sunday.",
    ],
)
def test_quotes_general_news_no_speaker_no_quote(nlp: Language, text: str) -> None:
    assert quotes_in(nlp, text) == []


def test_quotes_general_news_pronoun_gender_is_remembered(nlp: Language) -> None:
    text = (
        "Angela Merkel met Emmanuel Macron in Paris. She said Europe had to stand together. "
        "He said France agreed with the German plan."
    )
    assert _speakers(nlp, text) == [
        ("Europe had to stand together", "Angela Merkel"),
        ("France agreed with the German plan", "Emmanuel Macron"),
    ]


@pytest.mark.parametrize(
    ("earlier", "name", "expanded"),
    [
        ("U.S. Food and Drug Administration", "FDA", "U.S. Food and Drug Administration"),
        ("International Atomic Energy Agency", "IAEA", "International Atomic Energy Agency"),
        ("U.S. Food and Drug Administration", "DA", "DA"),  # too short to be a tail acronym
        ("Ministry of Defence", "FDA", "FDA"),
        ("John Kirby", "Kirby", "Kirby"),  # not an acronym (canonical() handles short names)
    ],
)
def test_quotes_general_news_acronym_expanded(earlier: str, name: str, expanded: str) -> None:
    from arms_nlp.components.quotes.speakers import Speaker

    memory = SpeakerMemory()
    memory.remember(0, Speaker(earlier, "organization", from_actor=True))
    assert memory.expanded(name) == expanded


# --------------------------------------------------------------------------- indirect speech


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("The Supreme Court ruled that the law was unconstitutional.", "the law was unconstitutional", "Supreme Court"),
        (
            "The senator conceded that the bill would not pass this year.",
            "the bill would not pass this year",
            "senator",
        ),
        (
            "It was announced by the ministry that schools would close on Friday.",
            "schools would close on Friday",
            "ministry",
        ),
        # the participle is the main speaker's, and ends the first reported clause
        (
            (
                "Judge Maria Lenz said the defence had made a strong case, saying there was no reason to doubt the "
                "witness."
            ),
            "the defence had made a strong case",
            "Maria Lenz",
        ),
        (
            (
                "Judge Maria Lenz said the defence had made a strong case, saying there was no reason to doubt the "
                "witness."
            ),
            "there was no reason to doubt the witness",
            "Maria Lenz",
        ),
        # another speaker's report ends the reported clause
        (
            "Critics say the plan will cost too much, while supporters argue it will create jobs.",
            "the plan will cost too much",
            "Critics",
        ),
        (
            "Critics say the plan will cost too much, while supporters argue it will create jobs.",
            "it will create jobs",
            "supporters",
        ),
        # a subjectless conjoined speech verb inside the report is the main speaker's
        (
            "Chancellor Olaf Scholz said the government would cut taxes and added that the deficit would fall.",
            "the deficit would fall",
            "Olaf Scholz",
        ),
        (
            "The club confirmed on Friday that the striker had signed a new contract.",
            "the striker had signed a new contract",
            "club",
        ),
        # complements side by side are one clause
        (
            "Ms Carter stressed she remains Party Leader, Tom Reed remains Treasurer.",
            "she remains Party Leader, Tom Reed remains Treasurer",
            "Carter",
        ),
    ],
)
def test_quotes_general_news_indirect(nlp: Language, text: str, quote: str, speaker: str) -> None:
    assert (quote, speaker) in _speakers(nlp, text)


def test_quotes_general_news_first_person_hedge_is_no_report(nlp: Language) -> None:
    text = "Coach Ana Silva was proud.\n'We played well tonight. I think we saw real character in this team."
    assert not [q for q in quotes_in(nlp, text) if q.kind == "indirect"]


@pytest.mark.parametrize(
    "text",
    [
        "Mr Ortiz neglected to say that the contract had been cancelled.",
        "The minister did not say whether the contract had been cancelled.",
    ],
)
def test_quotes_general_news_withheld_speech(nlp: Language, text: str) -> None:
    assert quotes_in(nlp, text) == []


# --------------------------------------------------------------------------- mixed and short quotes


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            'According to the coach, the team played "with real heart" in the second half.',
            'the team played "with real heart" in the second half',
            "coach",
        ),
        (
            'Mayor Anne Hidalgo visited the site. She described the conditions as "absolutely appalling".',
            'the conditions as "absolutely appalling"',
            "Anne Hidalgo",
        ),
        (
            'Pentagon press secretary Pat Ryder said the strikes were "defensive in nature" and "proportionate".',
            'the strikes were "defensive in nature" and "proportionate"',
            "Pat Ryder",
        ),
        (
            'Tom Hardy was upbeat after the match. He said his players had been "magnificent" and "brave".',
            'his players had been "magnificent" and "brave"',
            "Tom Hardy",
        ),
        # one word qualifying an object after "as" is the speaker's word, not a scare quote
        ('Dr Maria Lopez described the findings as "alarming".', 'the findings as "alarming"', "Maria Lopez"),
        (
            'Union leader Mick Lynch vowed to "fight on" until the dispute was settled.',
            'to "fight on" until the dispute was settled',
            "Mick Lynch",
        ),
        # a second complement with its own pronoun subject is part of the same report
        (
            'Residents said the smell was "unbearable" and that they had complained for years.',
            'the smell was "unbearable" and that they had complained for years',
            "Residents",
        ),
    ],
)
def test_quotes_general_news_mixed(nlp: Language, text: str, quote: str, speaker: str) -> None:
    found = [(q.text, q.speaker, q.kind) for q in quotes_in(nlp, text)]
    assert found == [(quote, speaker, "partial")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a quoted weapon term or a quoted name leaves the clause indirect
        (
            'Hezbollah said in a statement that it had targeted an army position with "attack drones" overnight.',
            "indirect",
        ),
        ("Analysts said the group was part of the “Axis of Resistance” in the region.", "indirect"),
    ],
)
def test_quotes_general_news_names_leave_indirect(nlp: Language, text: str, kind: str) -> None:
    assert [q.kind for q in quotes_in(nlp, text)] == [kind]


def test_quotes_general_news_short_quoted_sentence_takes_the_running_speaker(nlp: Language) -> None:
    text = (
        "Sarah Jones, the head of the union, spoke to reporters outside the court. "
        '"We are disappointed," she said. "We will appeal."'
    )
    assert _speakers(nlp, text) == [("We are disappointed", "Sarah Jones"), ("We will appeal.", "Sarah Jones")]


@pytest.mark.parametrize(
    "text",
    [
        '"Yes." The room fell silent.',
        'The band played "Happy Days Are Here Again" at the rally.',
    ],
)
def test_quotes_general_news_short_quote_without_speaker(nlp: Language, text: str) -> None:
    assert quotes_in(nlp, text) == []


def test_quotes_general_news_exclamation_keeps_the_attribution(nlp: Language) -> None:
    text = (
        "The opposition said the vote had been rigged.\n\n"
        "“WE WILL WIN THIS FIGHT IN THE COURTS!” Ortega tweeted on Friday after the results were announced."
    )
    assert ("WE WILL WIN THIS FIGHT IN THE COURTS!", "Ortega") in _speakers(nlp, text)
