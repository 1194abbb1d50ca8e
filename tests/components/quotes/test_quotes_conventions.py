"""arms_quotes conventions of issue 13 on general news written for these tests (sport, culture, business,
science, health, politics): a quoted word a speaker's speech act governs is a partial quote while scare quotes,
titles and nicknames are none; office descriptions ("the premier", "the top diplomat", "the minister") speak for
the person mentioned with a fitting title; given names mark a person's gender for "she"/"he"."""

from __future__ import annotations

import pytest
from quote_reader import quotes_in, speaker_of
from spacy.language import Language

from arms_nlp.kb.cues import cue_lexicon
from arms_nlp.kb.officials import officials


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Striker Lewis Mbeki called the penalty decision 'ridiculous' after the match.",
            "'ridiculous'",
            "Lewis Mbeki",
        ),
        (
            "The city's chief planner, Ingrid Haldor, described the new tram line as “transformative” at a council "
            "meeting.",
            "the new tram line as “transformative”",
            "Ingrid Haldor",
        ),
        (
            "Shareholders heard chief executive Pavel Dusek dismiss the takeover bid as “opportunistic”.",
            "the takeover bid as “opportunistic”",
            "Pavel Dusek",
        ),
        (
            "The theatre critic Oona Brandt labelled the revival “lifeless” in her Sunday column.",
            "the revival “lifeless”",
            "Oona Brandt",
        ),
        ("Health Minister Rafael Ortiz branded the vaping ads “predatory” on Tuesday.", "“predatory”", "Rafael Ortiz"),
        (
            "Astronomer Keiko Tanabe termed the comet's flare-up “extraordinary”.",
            "the comet's flare-up “extraordinary”",
            "Keiko Tanabe",
        ),
        ("Union leader Bram Okafor rejected the offer as “insulting”.", "the offer as “insulting”", "Bram Okafor"),
        # a naming word that is a speech verb with a subject is the speaker's word, not a name
        ("Residents fled what the mayor called “unbearable” fumes from the plant.", "unbearable", "mayor"),
    ],
)
def test_quotes_conventions_speech_act_fragment_is_partial(nlp: Language, text: str, quote: str, speaker: str) -> None:
    found = [q for q in quotes_in(nlp, text) if quote in q.text]
    assert len(found) == 1
    assert found[0].kind == "partial"
    assert speaker in (found[0].speaker or "")


@pytest.mark.parametrize(
    "text",
    [
        "The festival was described as “chaotic”.",  # no speaker
        "She starred in “Rebecca” at the Old Vic last year.",  # a title of a work
        "The boxer, nicknamed “Hurricane”, retired on Friday.",  # a nickname
        "Villagers took shelter in a so-called “safe house” near the river.",
        "Commuters crowded onto the “express” that stopped at every station.",  # scare quotes
        "Critics dismissed the new “reforms” as cosmetic.",  # the object itself, not what they called it
        "A tanker called “Ocean Dawn” ran aground near the port.",  # a ship's name
        "Local fans call the stadium “the Cauldron”.",  # a name in title case
    ],
)
def test_quotes_conventions_quoted_word_without_speech_act_is_none(nlp: Language, text: str) -> None:
    assert quotes_in(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # "the premier" is the prime minister, not the foreign minister who spoke last
            "Prime Minister Aino Lehtinen hosted Foreign Minister Rolf Sandvik in Helsinki. Sandvik said the visit "
            "had been overdue. The premier told reporters that the border crossings would reopen in spring.",
            "the border crossings would reopen",
            "Aino Lehtinen",
        ),
        (  # "the top diplomat" is the foreign minister
            "Interior Minister Marta Kowal and Foreign Minister Jonas Berger met in Vienna on Thursday. Kowal said "
            "police cooperation would deepen. The top diplomat said a new consulate would open in Graz.",
            "a new consulate would open",
            "Jonas Berger",
        ),
        (  # "the minister" is the defence secretary, not the prime minister who was the last subject
            "Defence Secretary Owen Pryce toured the shipyard with Prime Minister Helen Achterberg. Achterberg "
            "praised the workers. The minister said two more frigates would be ordered.",
            "two more frigates would be ordered",
            "Owen Pryce",
        ),
        (  # "the defence chief" after a defence secretary and a foreign secretary
            "Defence Secretary Tom Ridley flew to Warsaw with Foreign Secretary Ann Cole. Cole said the visit was "
            "overdue. The defence chief said the brigade would stay.",
            "the brigade would stay",
            "Tom Ridley",
        ),
        # negatives: two ministers leave "the minister" to the person named nearby; an unnamed official stays unnamed
        (
            "Defence Minister Arturo Villa and Foreign Minister Sofia Mendes both attended the summit. Mendes spoke "
            "first. The minister said the talks had been constructive.",
            "the talks had been constructive",
            "Sofia Mendes",
        ),
        (
            "Health Minister Clara Voigt opened the clinic on Monday. A ministry official said the clinic had cost 4 "
            "million euros. The official added that staff would be hired locally.",
            "staff would be hired locally",
            "ministry official",
        ),
    ],
)
def test_quotes_conventions_office_description_takes_the_fitting_holder(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert speaker_of(quotes_in(nlp, text), words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # a census given name marks the woman, past the man who spoke last
            "Coach Gloria Banks and her assistant Tom Reyes watched the final. Reyes praised the defence. She said "
            "the team had earned the title.",
            "the team had earned the title",
            "Gloria Banks",
        ),
        (
            "Chief executive Wanda Pruitt met union leader Harold Grimes on Friday. Grimes said talks would resume. "
            "Asked about layoffs, she said no decision had been made.",
            "no decision had been made",
            "Wanda Pruitt",
        ),
        (  # "he" skips the woman for the man
            "Conductor Irene Salo and violinist Marvin Tully rehearsed until late. Salo left early. He said the "
            "concert hall was too cold.",
            "the concert hall was too cold",
            "Marvin Tully",
        ),
    ],
)
def test_quotes_conventions_given_names_mark_gender(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(quotes_in(nlp, text), words) == speaker


@pytest.mark.parametrize(
    ("word", "given_name", "gender"),
    [
        ("Gloria", True, "feminine"),
        ("Harold", True, "masculine"),
        ("spokeswoman", False, "feminine"),  # a description's word counts anywhere
        ("Gloria", False, None),  # a given name counts only where a given name stands
        ("Virginia", True, None),  # a state, not a given name
        ("Mark", True, None),  # a common word
        ("Warren", True, None),  # a common surname
        ("Andrea", True, None),  # a name of either gender across languages
    ],
)
def test_quotes_conventions_gender_of_word(word: str, given_name: bool, gender: str | None) -> None:
    assert cue_lexicon().gender_of_word(word, given_name) == gender


def test_quotes_conventions_office_lists_name_known_offices() -> None:
    titles = {office.title for office in officials().offices}
    lexicon = cue_lexicon()
    named = {office for offices in lexicon.office_descriptions.values() for office in offices}
    assert named <= titles
    assert lexicon.offices_named_in_full <= titles


def test_quotes_conventions_given_names_are_of_one_gender() -> None:
    lexicon = cue_lexicon()
    names = lexicon.given_names
    assert not names["feminine"] & names["masculine"]
    words = lexicon.title_words | lexicon.person_nouns | lexicon.organization_nouns | set(lexicon.pronouns)
    assert not (names["feminine"] | names["masculine"]) & words
