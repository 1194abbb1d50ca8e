"""arms_quotes by family: mixed (partial) quotes, indirect speech, speakers across sentences, split and
continued quotes, hard-wrapped lines, and quote marks that are no speech (issue 13)."""

from __future__ import annotations

import pytest
from quote_reader import quotes_in
from spacy.language import Language

from arms_nlp.components.quotes.joins import join_quotes, starts_split_quote
from arms_nlp.components.quotes.phrases import paragraph_of
from arms_nlp.normalize.quotemarks import find_quotes, is_line_wrap, outermost
from arms_nlp.records import Quote

# --------------------------------------------------------------------------- mixed quotes


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Analyst Fabian Hinz said the images showed “a clear upgrade of the guidance section” on the rockets.",
            "the images showed “a clear upgrade of the guidance section” on the rockets",
            "Fabian Hinz",
        ),
        (
            "Dmitry Peskov said Moscow would respond and that the West was “playing with fire” and “risking a war.”",
            "Moscow would respond and that the West was “playing with fire” and “risking a war.”",
            "Dmitry Peskov",
        ),
        (
            "In Beijing, Foreign Ministry spokesman Wang Wenbin told a press briefing that the vessels had “seriously "
            "infringed” on China's sovereignty.",
            "the vessels had “seriously infringed” on China's sovereignty",
            "Wang Wenbin",
        ),
        (
            "The missiles “can reach any point in Europe,” the officer said.",
            "The missiles “can reach any point in Europe,”",
            "officer",
        ),
        (
            "Defence Minister Boris Pistorius told reporters on Friday that the tanks were “ready for delivery” within "
            "weeks.",
            "the tanks were “ready for delivery” within weeks",
            "Boris Pistorius",
        ),
    ],
)
def test_quotes_families_mixed_quote_is_the_reported_clause(nlp: Language, text: str, quote: str, speaker: str) -> None:
    found = [q for q in quotes_in(nlp, text) if q.kind != "direct"]
    assert [(q.text, q.speaker, q.kind) for q in found] == [(quote, speaker, "partial")]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Kim Yo Jong warned of taking “a series of countermeasures” against the drills.",
            "taking “a series of countermeasures” against the drills",
            "Kim Yo Jong",
        ),
        (
            "Army acquisition chief Doug Bush acknowledged potential “tension” in coming years.",
            "potential “tension”",
            "Doug Bush",
        ),
    ],
)
def test_quotes_families_object_of_speech_verb_is_partial(nlp: Language, text: str, quote: str, speaker: str) -> None:
    assert [(q.text, q.speaker, q.kind) for q in quotes_in(nlp, text)] == [(quote, speaker, "partial")]


def test_quotes_families_whole_clause_after_that_is_direct(nlp: Language) -> None:
    text = "Colonel Anna Kovac said that “the troops moved to the suspected locations and engaged the fighters.”"
    found = quotes_in(nlp, text)
    assert [(q.kind, q.speaker) for q in found] == [("direct", "Anna Kovac")]
    assert found[0].text.startswith("the troops moved")


# --------------------------------------------------------------------------- indirect speech


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Defense Secretary Lloyd Austin said Ukraine would receive more Patriot batteries this year.",
            "Ukraine would receive more Patriot batteries this year",
            "Lloyd Austin",
        ),
        (
            "According to Defense Secretary Lloyd Austin, Ukraine will receive more Patriot batteries this year.",
            "Ukraine will receive more Patriot batteries this year",
            "Lloyd Austin",
        ),
        (
            "According to a report by the Stockholm International Peace Research Institute, arms imports to Europe "
            "nearly doubled last year.",
            "arms imports to Europe nearly doubled last year",
            "Stockholm International Peace Research Institute",
        ),
        (
            "A military source told AFP that around 150 tonnes of ammunition were destroyed.",
            "around 150 tonnes of ammunition were destroyed",
            "military source",
        ),
        (
            "Foreign Minister Sergey Lavrov warned that any delivery of long-range missiles would be an escalation.",
            "any delivery of long-range missiles would be an escalation",
            "Sergey Lavrov",
        ),
        # a postposed attribution: the clause before it (what follows "said," is the speaker's own action here)
        (
            "Ukraine had won back the Black Sea, Defence Minister Rustem Umerov said, using drones to sink warships.",
            "Ukraine had won back the Black Sea",
            "Rustem Umerov",
        ),
    ],
)
def test_quotes_families_indirect(nlp: Language, text: str, quote: str, speaker: str) -> None:
    found = [q for q in quotes_in(nlp, text) if q.kind == "indirect"]
    assert [(q.text, q.speaker) for q in found] == [(quote, speaker)]


def test_quotes_families_parenthetical_attribution_has_parts(nlp: Language) -> None:
    text = "Norway's status as a member of the alliance, Jens Stoltenberg said, meant that his nation was safe."
    (quote,) = [q for q in quotes_in(nlp, text) if q.kind == "indirect"]
    assert [p.text for p in quote.parts] == [
        "Norway's status as a member of the alliance",
        "meant that his nation was safe",
    ]
    assert quote.speaker == "Jens Stoltenberg"


@pytest.mark.parametrize(
    "text",
    [
        "The president visited the border on Thursday to highlight what he calls a crisis of crime.",
        "The minister declined to say whether the jets had been delivered.",
        "The ministry did not say when the missiles would arrive.",
    ],
)
def test_quotes_families_no_indirect_speech(nlp: Language, text: str) -> None:
    assert [q for q in quotes_in(nlp, text) if q.kind == "indirect"] == []


# --------------------------------------------------------------------------- speakers across sentences


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a definite description in the lede speaks for the person named in the next sentence
        (
            "The army's top acquisition official said the budget keeps the programme on track. Doug Bush, the assistant "
            "secretary of the army, told reporters the balance was right.",
            ["Doug Bush", "Doug Bush"],
        ),
        # "the minister" after the named minister
        (
            "The Minister of Defense, Vigen Sargsyan, spoke at a press conference on Monday. The minister said the "
            "procurement of arms would continue next year.",
            ["Vigen Sargsyan"],
        ),
        # a usually anonymous speaker is never taken for a named person nearby
        (
            "The spokesman said the delivery was delayed. Defence Minister Boris Pistorius told reporters the tanks "
            "would arrive in May.",
            ["spokesman", "Boris Pistorius"],
        ),
    ],
)
def test_quotes_families_descriptions_take_the_named_person(nlp: Language, text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in quotes_in(nlp, text)] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Hamas said the attack was a response to the killings. The group said it used a new rocket.", "Hamas"),
        (
            "Lockheed Martin said the jets were on schedule. The company added that deliveries would start in May.",
            "Lockheed Martin",
        ),
        ("Hamas said the attack was a response. The radicals also claim they are using a new rocket.", "Hamas"),
    ],
)
def test_quotes_families_group_description_takes_the_named_body(nlp: Language, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_in(nlp, text)] == [speaker, speaker]


def test_quotes_families_second_fragment_keeps_the_speaker(nlp: Language) -> None:
    text = (
        "Russian Foreign Minister Sergey Lavrov said the deliveries were “a direct provocation” and that "
        "Moscow would “respond accordingly.”"
    )
    found = quotes_in(nlp, text)
    assert [(q.kind, q.speaker) for q in found] == [("partial", "Sergey Lavrov")]
    assert "“a direct provocation”" in found[0].text and "“respond accordingly.”" in found[0].text


# --------------------------------------------------------------------------- split and continued quotes


@pytest.mark.parametrize(
    ("text", "pieces", "speaker"),
    [
        (
            "“The missiles,” Maria Zakharova said, “are already there.”",
            ["The missiles", "are already there."],
            "Maria Zakharova",
        ),
        (
            '"But to get there," Jens Stoltenberg added, "Russia would need to want it."',
            ["But to get there", "Russia would need to want it."],
            "Jens Stoltenberg",
        ),
    ],
)
def test_quotes_families_split_quote_is_one(nlp: Language, text: str, pieces: list[str], speaker: str) -> None:
    (quote,) = quotes_in(nlp, text)
    assert (quote.kind, quote.speaker, [p.text for p in quote.parts]) == ("direct", speaker, pieces)


def test_quotes_families_quoted_opening_with_reported_rest_is_one_partial(nlp: Language) -> None:
    text = "“In a world that is messy,” Gustavo Petro said, such aggression “can come from anywhere.”"
    (quote,) = quotes_in(nlp, text)
    assert (quote.kind, quote.speaker) == ("partial", "Gustavo Petro")
    assert [p.text for p in quote.parts] == ["In a world that is messy", "such aggression “can come from anywhere.”"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Zelensky thanked Biden on Monday. “This is a strong decision,” the Ukrainian president said.", "Zelensky"),
        ("The politician was blunt. “We need those jets now,” she told the newspaper.", "politician"),
        ("Stoltenberg said the alliance was united. “We stand together,” he added.", "Stoltenberg"),
    ],
)
def test_quotes_families_speaker_from_the_sentence_before(nlp: Language, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_in(nlp, text) if q.kind == "direct"] == [speaker]


def test_quotes_families_quote_paragraph_takes_the_next_paragraphs_speaker(nlp: Language) -> None:
    text = "“The ship was hit twice by the missiles.”\n\n“We lost power for an hour,” said Captain Maria Santos."
    assert [q.speaker for q in quotes_in(nlp, text)] == ["Maria Santos", "Maria Santos"]


def test_quotes_families_attribution_ending_a_sentence_gives_two_quotes(nlp: Language) -> None:
    text = "“I believe there is a lesson here,” Jens Stoltenberg said. “Only a strong NATO can build trust.”"
    assert [(q.speaker, q.parts) for q in quotes_in(nlp, text)] == [("Jens Stoltenberg", []), ("Jens Stoltenberg", [])]


def test_quotes_families_quote_continued_in_next_paragraph(nlp: Language) -> None:
    text = (
        "Lieutenant Colonel Anele said: “The troops engaged the terrorists in a fierce gun duel.\n\n"
        "“The operation also led to the destruction of several camps.”"
    )
    (quote,) = quotes_in(nlp, text)
    assert quote.speaker == "Anele" and len(quote.parts) == 2
    assert quote.parts[1].text.startswith("The operation")


# --------------------------------------------------------------------------- not speech


@pytest.mark.parametrize(
    "text",
    [
        "“I’m so appalled at the choices,” said Gillian Gattie, an independent who chose Kasich as a “protest vote” "
        "this time.",
        "The arms dealer, dubbed the “merchant of death”, said he was innocent.",
        "Officials said the band played “Happy” at the ceremony.",
    ],
)
def test_quotes_families_names_and_scare_quotes_are_not_speech(nlp: Language, text: str) -> None:
    texts = [q.text for q in quotes_in(nlp, text) if q.kind != "indirect"]
    assert all(term not in texts for term in ("protest vote", "merchant of death", "Happy"))


# --------------------------------------------------------------------------- pure helpers


@pytest.mark.parametrize(
    ("text", "at", "wrap"),
    [
        ("officials said\nthe package", 14, True),
        ("officials said.\nThe package", 15, False),
        ("officials said\n\nthe package", 14, False),
        ("officials said\nThe package", 14, False),
        ("a war,\nwithout air superiority", 6, True),
    ],
)
def test_quotes_families_line_wrap(text: str, at: int, wrap: bool) -> None:
    assert is_line_wrap(text, at) is wrap


def test_quotes_families_wrapped_quote_and_paragraph() -> None:
    text = "He said the package was “substantial,\nnot small” in the end.\nNext paragraph."
    assert [text[q.start : q.end] for q in outermost(find_quotes(text))] == ["substantial,\nnot small"]
    assert paragraph_of(text, 0) == (0, text.index("\nNext"))


@pytest.mark.parametrize(
    ("text", "end", "split"),
    [
        ("“The missiles,” she said, “are there.”", 13, True),
        ("“The missiles.” She said. “Yes.”", 13, False),
        ('"A", he said, "B"', 2, True),
    ],
)
def test_quotes_families_split_gap(text: str, end: int, split: bool) -> None:
    assert starts_split_quote(text, end) is split


def test_quotes_families_join_prefers_quote_over_overlapping_indirect() -> None:
    text = "Lavrov said the West was “playing with fire.”"
    partial = Quote(text=text[12:45], start=12, end=45, speaker="Lavrov", kind="partial")
    indirect = Quote(text=text[12:23], start=12, end=23, speaker="Lavrov", kind="indirect")
    assert join_quotes([indirect, partial], text) == [partial]


# --------------------------------------------------------------------------- cues found on general news


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a reporting noun the speaker published carries the clause of "saying"
        (
            "The ministry issued a statement saying the border would reopen on Friday.",
            "the border would reopen on Friday",
            "ministry",
        ),
        (
            "Mayor Rosa Marquez released a video saying the library would stay open.",
            "the library would stay open",
            "Rosa Marquez",
        ),
        # "went on to say": a lead-in verb, not a purpose infinitive
        (
            "Coach Tomas Varga went on to say that the pitch had been in poor condition.",
            "the pitch had been in poor condition",
            "Tomas Varga",
        ),
        # an inverted parenthetical attribution
        (
            "The offer, said union leader Paul Grant, was an insult to every worker.",
            "The offer, said union leader Paul Grant, was an insult to every worker",
            "Paul Grant",
        ),
    ],
)
def test_quotes_families_indirect_general_news_cues(nlp: Language, text: str, quote: str, speaker: str) -> None:
    assert [(q.text, q.speaker, q.kind) for q in quotes_in(nlp, text)] == [(quote, speaker, "indirect")]


@pytest.mark.parametrize(
    "text",
    [
        # the report's author is unknown: whoever denied it did not say its clause
        "Mayor Lena Dorsey denied a report saying she would resign.",
        # a quoted title is no speech
        "The senator read “The Long Walk Home” to the children.",
    ],
)
def test_quotes_families_no_general_news_quote(nlp: Language, text: str) -> None:
    assert quotes_in(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # verbs that qualify their object with the speaker's words
        (
            "Mayor Lena Dorsey dismissed the claims as “complete nonsense.”",
            "the claims as “complete nonsense.”",
            "Lena Dorsey",
        ),
        (
            "Senator Hugo Brandt accused the agency of “gross incompetence.”",
            "the agency of “gross incompetence.”",
            "Hugo Brandt",
        ),
        (
            "Union leader Paul Grant branded the offer “a slap in the face.”",
            "the offer “a slap in the face.”",
            "Paul Grant",
        ),
        # a parenthetical attribution inside a clause with a quoted fragment
        (
            "The new rules, Mayor Lena Dorsey said, are “unfair to small firms.”",
            "The new rules, Mayor Lena Dorsey said, are “unfair to small firms.”",
            "Lena Dorsey",
        ),
    ],
)
def test_quotes_families_partial_general_news_cues(nlp: Language, text: str, quote: str, speaker: str) -> None:
    assert [(q.text, q.speaker, q.kind) for q in quotes_in(nlp, text)] == [(quote, speaker, "partial")]


@pytest.mark.parametrize(
    "text",
    [
        "The clerk labelled the boxes “fragile” before the move.",
        "Fans branded the stadium “the Cauldron” decades ago.",
    ],
)
def test_quotes_families_naming_is_no_partial_quote(nlp: Language, text: str) -> None:
    assert quotes_in(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # the parser took the reported clause for a relative clause on the addressee
        (
            "The defendant, who denies the charges, told the court he had acted in self-defence.",
            "he had acted in self-defence",
            "defendant",
        ),
        # a description in apposition does not replace a speaking subject
        (
            "The governor, a Republican, has repeatedly said the state cannot afford the program.",
            "the state cannot afford the program",
            "governor",
        ),
    ],
)
def test_quotes_families_indirect_speaker_and_clause(nlp: Language, text: str, quote: str, speaker: str) -> None:
    assert [(q.text, q.speaker, q.kind) for q in quotes_in(nlp, text)] == [(quote, speaker, "indirect")]


def test_quotes_families_relative_clause_on_a_told_thing_is_no_report(nlp: Language) -> None:
    text = "The old sailor told the story he had written in prison."
    assert quotes_in(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a nationality noun for one person speaks for the person named before
        (
            "Coach Luis Ortega praised his players. “We suffered, but we showed character,” the Spaniard said.",
            ["Luis Ortega"],
        ),
        (
            "Striker Paulo Mendes scored twice. “It was a special night,” the Brazilian told reporters.",
            ["Paulo Mendes"],
        ),
        # a plural nationality is a group, not the person named before
        ("Chancellor Olaf Scholz met the president. The Germans said the tanks would arrive in May.", ["Germans"]),
    ],
)
def test_quotes_families_nationality_description_takes_the_named_person(
    nlp: Language, text: str, speakers: list[str]
) -> None:
    assert [q.speaker for q in quotes_in(nlp, text)] == speakers


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Mayor Lena Dorsey joked that she would need a bigger office.", "she would need a bigger office"),
        ("Mayor Lena Dorsey hinted that she could run for governor.", "she could run for governor"),
        ("Mayor Lena Dorsey speculated that prices would keep rising.", "prices would keep rising"),
        ("Mayor Lena Dorsey reassured residents that the water was safe.", "the water was safe"),
        ("Mayor Lena Dorsey informed the council that she would step down.", "she would step down"),
        ("Mayor Lena Dorsey demanded that the company apologise.", "the company apologise"),
        (
            "Mayor Lena Dorsey quipped that the weather was the only thing she missed.",
            "the weather was the only thing she missed",
        ),
    ],
)
def test_quotes_families_cue_lexicon_verbs(nlp: Language, text: str, quote: str) -> None:
    assert [(q.text, q.speaker, q.kind) for q in quotes_in(nlp, text)] == [(quote, "Lena Dorsey", "indirect")]


@pytest.mark.parametrize(
    "text",
    [
        "Police questioned the suspect for six hours on Monday.",
        "The crowd shouted slogans outside the embassy.",
        "Mayor Lena Dorsey informed the police about the theft.",
    ],
)
def test_quotes_families_cue_verbs_without_a_clause_report_nothing(nlp: Language, text: str) -> None:
    assert quotes_in(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "kind"),
    [
        # quoted words after a comma that are the predicate of a subject outside them: a fragment, not a sentence
        (
            "Prosecutors say Dorsey, 52, “abused her position” to enrich herself.",
            "Dorsey, 52, “abused her position” to enrich herself",
            "Prosecutors",
            "partial",
        ),
        # a relative clause reporting speech: the report is the rest after the speech verb
        (
            "The car that police said had been stolen from a garage was found in a river.",
            "had been stolen from a garage",
            "police",
            "indirect",
        ),
    ],
)
def test_quotes_families_embedded_report(nlp: Language, text: str, quote: str, speaker: str, kind: str) -> None:
    assert [(q.text, q.speaker, q.kind) for q in quotes_in(nlp, text)] == [(quote, speaker, kind)]


def test_quotes_families_quoted_sentence_after_comma_stays_direct(nlp: Language) -> None:
    text = "Mayor Lena Dorsey said, “We will rebuild every house on this street.”"
    assert [(q.text, q.kind) for q in quotes_in(nlp, text)] == [
        ("We will rebuild every house on this street.", "direct")
    ]


def test_quotes_families_according_to_source_with_apposition(nlp: Language) -> None:
    text = "According to the Harbour Institute, a think tank, the new tax would barely cover inflation."
    found = quotes_in(nlp, text)
    assert [(q.text, q.speaker) for q in found] == [("the new tax would barely cover inflation", "Harbour Institute")]


def test_quotes_families_body_is_not_the_person_it_describes(nlp: Language) -> None:
    text = (
        "Union leader Sharon Graham said members had no choice.\n\n"
        "The strike is expected to last until Friday, the union said."
    )
    assert [q.speaker for q in quotes_in(nlp, text)] == ["Sharon Graham", "union"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # "her office" speaks for the person "her" stands for, as "Ruth Okafor's office" does
        (
            "Senator Ruth Okafor voted against the bill. Her office said in a statement that she would appeal.",
            ["Ruth Okafor"],
        ),
        ("Governor Sam Price signed the order. His office said the order would take effect at once.", ["Sam Price"]),
        # "its office" is the body's own office
        ("The Harbour Authority closed the port. Its office said the berths would reopen on Monday.", ["office"]),
    ],
)
def test_quotes_families_office_of_a_pronoun(nlp: Language, text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in quotes_in(nlp, text)] == speakers
