"""arms_quotes on wire-service text (issue 13): typewriter quote marks (``...''), speech frames made of a verb
and an adjective ("made clear that", "was adamant that"), each family with negatives."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quote_reader import quotes_in
from spacy.language import Language

from arms_nlp.normalize.quotemarks import find_quotes, outermost

# --------------------------------------------------------------------------- typewriter marks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said ``we will go'' today.", ["we will go"]),
        ("``One. Two,'' he said. ``Three.''", ["One. Two,", "Three."]),
        ("``Outer `inner' end,'' she said.", ["Outer `inner' end,"]),
        ("``Never closed\nNext paragraph", ["Never closed"]),
        # negatives: doubled apostrophes with no typewriter opener, a lone pair of backticks
        ("The rock band''s tour and O''Neill", []),
        ("a stray `` and nothing else", []),
        ("He said “we will go” and ``we will stay''.", ["we will go", "we will stay"]),
    ],
)
def test_quotes_newswire_typewriter_marks_pair(text: str, expected: list[str]) -> None:
    assert [text[q.start : q.end] for q in outermost(find_quotes(text))] == expected


@given(st.text(alphabet=st.sampled_from(list("ab .,\n`'\"“”")), max_size=120))
def test_quotes_newswire_typewriter_marks_never_raise(text: str) -> None:
    for quote in find_quotes(text):
        assert 0 <= quote.open_at < quote.start < quote.end <= len(text)
        assert quote.close_at is None or quote.end <= quote.close_at < len(text)


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "kind"),
    [
        (
            "``The bridge will open in May,'' Mayor Ann Reyes said Tuesday.",
            "The bridge will open in May",
            "Ann Reyes",
            "direct",
        ),
        (
            "The coach told the players, ``Keep your heads up and play our game.''",
            "Keep your heads up and play our game.",
            "coach",
            "direct",
        ),
        (
            "Judge Tom Hale said the verdict was ``fair and final'' after the hearing.",
            "the verdict was ``fair and final''",
            "Tom Hale",
            "partial",
        ),
    ],
)
def test_quotes_newswire_typewriter_quotes_attributed(
    nlp: Language, text: str, quote: str, speaker: str, kind: str
) -> None:
    found = [(q.text, q.speaker, q.kind) for q in quotes_in(nlp, text)]
    assert any(quote in t and s and speaker in s and k == kind for t, s, k in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The film ``Silent River'' opened in twelve cities last week.",
        "Fans queued for hours outside the theatre on Friday.",
    ],
)
def test_quotes_newswire_typewriter_title_is_no_quote(nlp: Language, text: str) -> None:
    assert quotes_in(nlp, text) == []


# --------------------------------------------------------------------------- verb + adjective frames


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "The new coach has made clear that he wants younger players in the squad.",
            "he wants younger players in the squad",
            "coach",
        ),
        (
            "Mayor Ann Reyes made it clear that the bridge would reopen in May.",
            "the bridge would reopen in May",
            "Ann Reyes",
        ),
        (
            "Finance Minister Paulo Dias was adamant that taxes would not rise this year.",
            "taxes would not rise this year",
            "Paulo Dias",
        ),
        (
            "The union remained adamant that the strike would go ahead on Monday.",
            "the strike would go ahead on Monday",
            "union",
        ),
    ],
)
def test_quotes_newswire_adjective_frame_reports(nlp: Language, text: str, quote: str, speaker: str) -> None:
    found = [(q.text, q.speaker, q.kind) for q in quotes_in(nlp, text)]
    assert any(t == quote and s and speaker in s and k == "indirect" for t, s, k in found), found


@pytest.mark.parametrize(
    "text",
    [
        "It was clear that the bridge would not reopen before May.",  # an expletive subject says nothing
        "The results made the choice clear to the voters in the region.",  # no reported clause
        "The coach was happy that his players had finally won at home.",  # a feeling, not a statement
        "Heavy rain made it clear that the old bridge needed repairs.",  # a thing cannot make a statement
    ],
)
def test_quotes_newswire_adjective_frame_negatives(nlp: Language, text: str) -> None:
    assert quotes_in(nlp, text) == []


# --------------------------------------------------------------------------- a report inside a report


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # the fragment sits in what someone else is reported to have said: the outer reporter speaks
        (
            "Foreign Minister Lena Berg said the two leaders had stressed the need “to keep talking” about the border.",
            "the two leaders had stressed the need “to keep talking” about the border",
            "Lena Berg",
        ),
        (
            "In a statement, Mayor Tom Hale said residents had complained of “unbearable noise” from the site.",
            "residents had complained of “unbearable noise” from the site",
            "Tom Hale",
        ),
        # negatives: the inner speaker when no speech verb holds its clause
        (
            "The report shows that the two leaders stressed the need “to keep talking” about the border.",
            "“to keep talking” about the border",
            "leaders",
        ),
        (
            "Lena Berg met the two leaders, who stressed the need “to keep talking” about the border.",
            "“to keep talking” about the border",
            "leaders",
        ),
    ],
)
def test_quotes_newswire_outer_reporter_speaks(nlp: Language, text: str, quote: str, speaker: str) -> None:
    found = [(q.text, q.speaker, q.kind) for q in quotes_in(nlp, text)]
    assert any(quote in t and s and speaker in s and k == "partial" for t, s, k in found), found


# --------------------------------------------------------------------------- reports of no one in particular


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a bare plural "reports" names no issuer: the reports themselves speak, not the speaker before
        (
            (
                "Mayor Tom Hale said the bridge would reopen in May. Unconfirmed reports say two workers were hurt "
                "at the site."
            ),
            "two workers were hurt at the site",
            "Unconfirmed reports",
        ),
        (
            "Finance Minister Paulo Dias said taxes would not rise. Reports suggest the budget will be cut.",
            "the budget will be cut",
            "Reports",
        ),
        # negatives: a definite or owned report keeps its issuer
        (
            "The city council issued a statement on Monday. The statement said the bridge would reopen in May.",
            "the bridge would reopen in May",
            "city council",
        ),
        (
            "The agency released its reports on Monday. The reports say the bridge will reopen in May.",
            "the bridge will reopen in May",
            "agency",
        ),
    ],
)
def test_quotes_newswire_bare_reports_speak(nlp: Language, text: str, quote: str, speaker: str) -> None:
    found = [(q.text, q.speaker) for q in quotes_in(nlp, text)]
    assert any(t == quote and s and speaker.lower() in s.lower() for t, s in found), found


# --------------------------------------------------------------------------- "the X-based company"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # where a body is based does not make it another body: it is the one that just spoke
        (
            (
                "Brightwell Foods said on Monday that sales had risen. The Leeds-based company said it would hire "
                "200 workers."
            ),
            "it would hire 200 workers",
            "Brightwell Foods",
        ),
        (
            (
                "Brightwell Foods said on Monday that sales had risen. The Chicago, Ill.-based firm said it would hire "
                "200 workers."
            ),
            "it would hire 200 workers",
            "Brightwell Foods",
        ),
        # negatives: any other modifier names another body
        (
            "Brightwell Foods said on Monday that sales had risen. The rival company said it would hire 200 workers.",
            "it would hire 200 workers",
            "rival company",
        ),
    ],
)
def test_quotes_newswire_based_body_is_the_last_body(nlp: Language, text: str, quote: str, speaker: str) -> None:
    found = [(q.text, q.speaker) for q in quotes_in(nlp, text)]
    assert any(t == quote and s and speaker.lower() in s.lower() for t, s in found), found


# --------------------------------------------------------------------------- "his claim that ..."


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "kind"),
    [
        (
            "The striker was banned for a year, despite his claim that he had “never touched” the ball with his hand.",
            "he had “never touched” the ball with his hand",
            "striker",
            "partial",
        ),
        (
            "Mayor Tom Hale repeated his promise that the bridge would reopen in May.",
            "the bridge would reopen in May",
            "Tom Hale",
            "indirect",
        ),
        (
            "The court rejected Paulo Dias's argument that the contract had expired.",
            "the contract had expired",
            "Paulo Dias",
            "indirect",
        ),
    ],
)
def test_quotes_newswire_owned_statement_noun(nlp: Language, text: str, quote: str, speaker: str, kind: str) -> None:
    found = [(q.text, q.speaker, q.kind) for q in quotes_in(nlp, text)]
    assert any(t == quote and s and speaker in s and k == kind for t, s, k in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The fans shared his belief that the team would win the league this year.",  # a belief, not a statement
        "The claim that the bridge was unsafe spread quickly on social media.",  # nobody owns the claim
        "His fear that the bridge would collapse kept him awake at night.",  # a feeling
    ],
)
def test_quotes_newswire_owned_statement_noun_negatives(nlp: Language, text: str) -> None:
    assert quotes_in(nlp, text) == []
