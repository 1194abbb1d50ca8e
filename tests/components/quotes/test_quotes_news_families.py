"""arms_quotes on general news written for these tests (issue 13): speakers across sentences (surnames after
full names, pronouns after a new speaker, given names, unnamed speakers and officials), a speech act conjoined
after a report, attributions the parser read as relative clauses or objects, statement sources, verbs reporting
with their particle, and titles and nicknames that are no quotes."""

from __future__ import annotations

import pytest
from quote_reader import quotes_in, speaker_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a surname after the full name
        (  # the surname alone, which the NER did not read as a person, is the person named in full before
            "President Elena Vasquez and her predecessor, Carlos Mendes, clashed over the pension law.\n\n"
            'Mendes called the law "a disaster for ordinary workers" and accused the government of lying.',
            "a disaster for ordinary workers",
            "Carlos Mendes",
        ),
        (  # "he" after that sentence is the man, not the woman named first
            "President Elena Vasquez and her predecessor, Carlos Mendes, clashed over the pension law.\n\n"
            'Mendes called the law unfair. "They broke every promise they made," he said.',
            "They broke every promise",
            "Carlos Mendes",
        ),
        # a pronoun after a new speaker
        (  # a new woman is the subject of the sentence before: "She" is her, not the earlier "she"
            'Maria Costa has run the bakery for 31 years.\n\n"Some days I sell ten loaves," she said.\n\n'
            "City councillor Ana Reis acknowledged the problem. She said the council was preparing a support package.",
            "the council was preparing",
            "Ana Reis",
        ),
        (  # a woman marked by her description still comes before an unmarked name
            "Mr. Tom Hale met spokeswoman Lisa Grant on Monday. She said the talks had gone well.",
            "the talks had gone well",
            "Lisa Grant",
        ),
        # an unnamed speaker introduced with "a"
        (
            '"For years we thought trade would make everyone reasonable," Prime Minister Willem Bakker said.\n\n'
            "A diplomat from another EU country said the remarks reflected a shift. "
            '"Nobody in Brussels talks about China the way they did five years ago," the diplomat said.',
            "Nobody in Brussels",
            "diplomat from another EU country",
        ),
        (  # negative: a description of the person named before still takes that name
            "Prime Minister Willem Bakker visited the port on Monday. "
            '"We will invest in these docks for the next decade," the prime minister said.',
            "We will invest",
            "Willem Bakker",
        ),
        # a given name shows the gender
        (  # a woman's given name marks her for "she", past the man who is the subject
            'Prime Minister John Lee met opposition leader Anna Berg on Monday. "We agreed on nothing," she said.',
            "We agreed on nothing",
            "Anna Berg",
        ),
        (  # and a man's marks him for "he", past the woman who spoke last
            'Mayor Maria Lopez thanked Peter Hall for his work. "He saved this city," she said. '
            '"I only did my job as an engineer," he replied.',
            "I only did my job",
            "Peter Hall",
        ),
        (  # negative: a state's name is no given name ("the Virginia lawmaker" may be "he")
            'The Virginia lawmaker spoke to reporters on Monday. "The bill will pass next week," he said.',
            "The bill will pass",
            "Virginia lawmaker",
        ),
        # an official left unnamed
        (
            '"There is no military solution," Secretary-General Antonio Guterres told the council.\n\n'
            'The official, who spoke on condition of anonymity, said the deal was "very close".',
            "very close",
            "official",
        ),
        (
            '"There is no military solution," Secretary-General Antonio Guterres told the council. '
            "The official said the talks would resume on Monday.",
            "the talks would resume",
            "official",
        ),
        (  # negative: a modified office description still takes the named holder
            "Army acquisition chief Doug Bush spoke on Monday. The Army's top acquisition official said the "
            "programs were on track.",
            "the programs were on track",
            "Doug Bush",
        ),
    ],
)
def test_quotes_news_families_speaker_across_sentences(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(quotes_in(nlp, text), words) == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Professor Henrik Lund said the dating method had "some limitations" but called the find "truly '
            'remarkable".',
            [
                ('the dating method had "some limitations"', "Henrik Lund", "partial"),
                ('the find "truly remarkable"', "Henrik Lund", "partial"),
            ],
        ),
        # a single quoted word a speaker's speech act governs is that speaker's partial quote (see quotes.md)
        (
            'Moscow called the Western reports a "provocation."',
            [('the Western reports a "provocation."', "Russia", "partial")],
        ),
        (
            'The health minister called the strike "irresponsible".',
            [('the strike "irresponsible"', "health minister", "partial")],
        ),
        (
            'Police used what they called "non-lethal" rounds to clear the square.',
            [("non-lethal", "Police", "partial")],
        ),
        # negatives: a name, and a quoted word with no speech act, are no quotes
        ('The ferry, called "Ocean Star", sank near the harbour.', []),
        ('Residents sheltered in makeshift "bunkers" as the storm passed.', []),
    ],
)
def test_quotes_news_families_speech_act_after_a_report(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(q.text, q.speaker, q.kind) for q in quotes_in(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Norwegian government will buy 54 new tanks, Defence Minister Odd Rask announced on Friday.",
            [("The Norwegian government will buy 54 new tanks", "Odd Rask", "indirect")],
        ),
        (
            "The strike will continue until the government meets its demands, union leader Sara Klein said.",
            [("The strike will continue until the government meets its demands", "Sara Klein", "indirect")],
        ),
        # negative: a real relative clause (with its pronoun) reports nothing
        ("He bought the tanks, which the minister announced.", []),
    ],
)
def test_quotes_news_families_attribution_after_its_clause(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(q.text, q.speaker, q.kind) for q in quotes_in(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Prices will keep going up," warned economist Hannah Price of the Bank of Westland.', "Hannah Price"),
        ('"It is far too early to say," cautioned Dr. Rachel Kim, who leads the team.', "Rachel Kim"),
        ('"We will not back down," said Jonas Berg, the head of the transport union.', "Jonas Berg"),
    ],
)
def test_quotes_news_families_speaker_after_the_cue(nlp: Language, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_in(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        'The film "Dark Waters" opened in cinemas on Friday.',
        'Boxer Marvin "The Hammer" Jones won the title on Saturday.',
        'The band\'s new album, "Long Way Home", went straight to number one.',
        'She read "War and Peace" twice during the lockdown.',
    ],
)
def test_quotes_news_families_titles_and_nicknames_are_no_quotes(nlp: Language, text: str) -> None:
    assert quotes_in(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A statement from the palace said the king was resting comfortably.", "palace"),
        ("A report by local media said two people had died in the blast.", "local media"),
        # negative: a date is no source ("a report in January")
        ("A report in January said prices had risen sharply.", None),
    ],
)
def test_quotes_news_families_source_of_a_statement(nlp: Language, text: str, speaker: str | None) -> None:
    assert [q.speaker for q in quotes_in(nlp, text)] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The coach insisted his side had been unlucky, pointing out that they had hit the post twice.",
            [("his side had been unlucky", "coach"), ("they had hit the post twice", "coach")],
        ),
        (
            "Officials pointed out that the bridge had been closed for a week.",
            [("the bridge had been closed for a week", "Officials")],
        ),
        # negative: without its particle the verb reports nothing
        ("She pointed to the map and said nothing.", []),
    ],
)
def test_quotes_news_families_verb_reporting_with_its_particle(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(q.text, q.speaker) for q in quotes_in(nlp, text) if q.kind == "indirect"] == expected
