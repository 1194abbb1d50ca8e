"""Status and source rules of ``components/transfers/status.py`` (issue 12's convention), one table per rule,
each with negatives. Sentences written for this suite, run through the full pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language


def statuses(nlp: Language, text: str) -> list[tuple[str | None, str | None, str, str | None]]:
    doc = nlp(text)
    for t in doc._.arms_transfers:
        assert text[t.start : t.end] == t.text
    return [(t.supplier, t.recipient, t.status, t.source) for t in doc._.arms_transfers]


# A buyer's intent above an acquire verb is no agreement yet; a supplier's plan or a signed deal is planned.
BUYER_INTENT = [
    ("Venezuela plans to buy Su-30 fighters from Russia.", "negotiating"),
    ("Libya is ready to buy 20 fighter planes from Russia.", "negotiating"),
    ("Chile is poised to purchase Leopard tanks from Germany.", "negotiating"),
    ("Kazakhstan is planning to acquire Mi-35 helicopters from Russia.", "negotiating"),
    ("Chile is poised to pick up 20 Leopard tanks from Germany.", "negotiating"),  # a phrasal acquire verb
    ("Chile intends to buy Leopard tanks from Germany.", "negotiating"),
    ("Germany intends to deliver Leopard tanks to Chile.", "planned"),  # negative: a supplier's intent
    ("Chile picked up 20 Leopard tanks from Germany.", "confirmed"),  # negative: no intent above it
    # negatives: a supplier's plan, an agreed purchase
    ("Germany plans to send 20 Leopard tanks to Ukraine.", "planned"),
    ("Chile signed a contract to buy Leopard tanks from Germany.", "planned"),
    ("Chile will buy Leopard tanks from Germany.", "planned"),
]


@pytest.mark.parametrize(("text", "status"), BUYER_INTENT)
def test_status_buyer_intent_is_negotiating(nlp: Language, text: str, status: str) -> None:
    assert {s for _, _, s, _ in statuses(nlp, text)} == {status}


# "X sent Y, Minister Z said": a speech verb parsed as a conjunct after a comma is the claim's attribution.
TRAILING_SPEECH = [
    (
        "Britain has begun sending Storm Shadow missiles to Ukraine, Defence Secretary Ben Wallace told parliament.",
        "Ben Wallace",
    ),
    (
        "Serbia has received four MiG-29 jets from Belarus, Defence Minister Aleksandar Vulin said.",
        "Aleksandar Vulin",
    ),
    # negatives: a conjunct joined by "and" is a clause of its own; no speech verb at all
    (
        "Britain sent Storm Shadow missiles to Ukraine and Ben Wallace told parliament about the war.",
        None,
    ),
    ("Britain sent Storm Shadow missiles to Ukraine, Ben Wallace visited Kyiv.", None),
]


@pytest.mark.parametrize(("text", "source"), TRAILING_SPEECH)
def test_source_trailing_speech_conjunct(nlp: Language, text: str, source: str | None) -> None:
    found = statuses(nlp, text)
    assert found and found[0][3] == source


# A passive infinitive names a transfer still to come; a perfect one ("to have been sent") does not.
PASSIVE_INFINITIVE = [
    (
        "Tokyo said the interceptors to be shipped to the United States would replenish stocks.",
        "planned",
    ),
    (
        "Berlin said the 40 Marder vehicles to be delivered to Ukraine would come from industry stocks.",
        "planned",
    ),
    # negatives
    (
        "Berlin said the 40 Marder vehicles delivered to Ukraine came from industry stocks.",
        "confirmed",
    ),
    ("Germany delivered 40 Marder vehicles to Ukraine.", "confirmed"),
]


@pytest.mark.parametrize(("text", "status"), PASSIVE_INFINITIVE)
def test_status_passive_infinitive_is_planned(nlp: Language, text: str, status: str) -> None:
    found = statuses(nlp, text)
    assert found and found[0][2] == status


# A refusal is the party's act told in the article's voice: no source; a denial is said by its subject.
REFUSALS = [
    ("Seoul has long refused to send lethal weapons to Ukraine.", "denied", None),
    ("Israel declined to provide Hermes drones to Ethiopia.", "denied", None),
    # negatives: a denial said by someone keeps its speaker
    ("Iran has denied sending drones to Russia.", "denied", "Iran"),
    ("Beijing rejected claims that it supplied drones to Russia.", "denied", "China"),
]


@pytest.mark.parametrize(("text", "status", "source"), REFUSALS)
def test_source_of_refusals(nlp: Language, text: str, status: str, source: str | None) -> None:
    found = statuses(nlp, text)
    assert found and (found[0][2], found[0][3]) == (status, source)


# A deal word told by a non-party is reported; told by a party or in the article's voice it is planned.
ATTRIBUTED_DEALS = [
    (
        (
            "Beijing imposed sanctions on three US firms in retaliation for Washington's latest arms sales to "
            "Taiwan, China's Foreign Ministry said."
        ),
        "reported",
    ),
    (
        "Sudan's government sold Chinese-made arms to Qatar, Western officials say.",
        "reported",
    ),
    # negatives
    ("Iran bought Su-35 jets from Russia, Iran's defence ministry said.", "planned"),
    ("Argentina bought 24 F-16 jets from Denmark.", "planned"),
]


@pytest.mark.parametrize(("text", "status"), ATTRIBUTED_DEALS)
def test_status_attributed_deal(nlp: Language, text: str, status: str) -> None:
    found = statuses(nlp, text)
    assert found and found[0][2] == status


# A clause joined to another with its own subject is not governed by the first clause's verb.
SIBLING_CLAUSES = [
    (
        (
            "Seoul has refused to send tanks to Ukraine, but Yoon said the government could consider providing "
            "air defence missiles to Ukraine."
        ),
        {"denied", "negotiating"},
    ),
    # negative: verbs sharing one subject stay under the denial
    (
        "Iran denied sending drones to Russia and supplying missiles to Russia.",
        {"denied"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIBLING_CLAUSES)
def test_status_sibling_clause_not_governed(nlp: Language, text: str, expected: set[str]) -> None:
    assert {s for _, _, s, _ in statuses(nlp, text)} == expected


# A deal participle on goods an unhedged arrival or delivery verb says came: a completed transfer.
ARRIVED_GOODS = [
    ("The K2 tanks bought from South Korea arrived in Poland on Tuesday.", "confirmed"),
    (
        "The F-16 jets bought from Denmark were delivered to Argentina last week.",
        "confirmed",
    ),
    # negatives: a future arrival, no arrival at all
    (
        "The K2 tanks bought from South Korea will arrive in Poland next year.",
        "planned",
    ),
    ("The F-16 jets bought from Denmark are expensive for Argentina.", "planned"),
]


@pytest.mark.parametrize(("text", "status"), ARRIVED_GOODS)
def test_status_deal_participle_on_arrived_goods(nlp: Language, text: str, status: str) -> None:
    found = statuses(nlp, text)
    assert found and found[0][2] == status


# A non-restrictive past relative clause is the writer's aside: the modal or report above does not reach it.
ASIDES = [
    (
        "The newspaper said the deal would include S-300 systems, which Russia has also delivered to Iran.",
        "confirmed",
    ),
    # negative: a restrictive relative under the modal stays planned
    (
        "The newspaper said Moscow would sell S-300 systems that Russia will deliver to Iran.",
        "planned",
    ),
]


@pytest.mark.parametrize(("text", "status"), ASIDES)
def test_status_aside_relative_clause(nlp: Language, text: str, status: str) -> None:
    found = statuses(nlp, text)
    assert found and found[0][2] == status


# A named body or person in apposition to the speaker's common noun is the source, not the noun's country.
APPOSED_SOURCES = [
    (
        "Kuwait signed a contract to buy Bayraktar TB2 drones from Turkey, Turkish drone maker Baykar announced.",
        "Baykar",
    ),
    # negative: a country modifier with no named body in apposition stays as it was
    ("Iran sent drones to Russia, Iranian officials said.", "Iranian officials"),
]


@pytest.mark.parametrize(("text", "source"), APPOSED_SOURCES)
def test_source_named_apposition(nlp: Language, text: str, source: str) -> None:
    found = statuses(nlp, text)
    assert found and found[0][3] == source


# A perfect deal verb with a cumulative adverbial records completed sales; a bare perfect is an agreement.
CUMULATIVE_DEALS = [
    ("South Korea has so far sold tanks and howitzers to Poland.", "confirmed"),
    (
        "Since 1996, Colombia has purchased nearly $3 billion worth of arms from the U.S.",
        "confirmed",
    ),
    ("Serbia had already bought Pantsir systems from Russia.", "confirmed"),
    ("Earlier, Ghana has purchased three K-8 jets from China.", "confirmed"),
    ("Ghana has previously bought K-8 jets from China.", "confirmed"),
    # negatives: a bare perfect, a future perfect
    ("Denmark has sold 24 F-16 jets to Argentina.", "planned"),
    ("Denmark will have sold 24 F-16 jets to Argentina by 2030.", "planned"),
]


@pytest.mark.parametrize(("text", "status"), CUMULATIVE_DEALS)
def test_status_cumulative_perfect_deal_is_confirmed(nlp: Language, text: str, status: str) -> None:
    assert {s for _, _, s, _ in statuses(nlp, text)} == {status}


def test_status_cumulative_perfect_shared_by_conjunct(nlp: Language) -> None:
    text = "Germany has so far sent aid to Ukraine and sold Leopard tanks to Poland."
    assert ("Germany", "Poland", "confirmed", None) in statuses(nlp, text)


# A purpose infinitive of a verb holding talks ("was in talks with Paris to buy", "held negotiations with Ankara
# to acquire") is still being negotiated; a verb with no talks beside it keeps its own status.
TALKS_FOR_PURPOSE = [
    ("Peru was in talks with France to buy eight Rafale jets.", "negotiating"),
    (
        "Egypt is in negotiations with Italy to acquire two FREMM frigates.",
        "negotiating",
    ),
    ("Indonesia held talks with Turkey to purchase Anka drones.", "negotiating"),
    # negatives: no talks governing the infinitive, talks after a completed purchase
    ("Peru was in Paris to buy eight Rafale jets from France.", "planned"),
    ("Indonesia bought Anka drones from Turkey in 2023.", "planned"),
    ("Peru received eight Rafale jets from France after long talks.", "confirmed"),
]


@pytest.mark.parametrize(("text", "status"), TALKS_FOR_PURPOSE)
def test_status_talks_for_purpose_is_negotiating(nlp: Language, text: str, status: str) -> None:
    assert {s for _, _, s, _ in statuses(nlp, text)} == {status}


# A body owned by a capital speaks for that capital's state ("Seoul's defence ministry" for South Korea): a
# party's own body confirms; another state's body, or an outlet named after a city, reports.
CAPITAL_BODIES = [
    (
        "South Korea delivered 10 K2 tanks to Poland last week, Seoul's defence ministry said.",
        "confirmed",
    ),
    (
        "South Korea delivered 10 K2 tanks to Poland last week, Seoul’s defence ministry said.",
        "confirmed",
    ),
    (
        "Russia delivered 10 T-90 tanks to Belarus last week, Moscow's defence ministry said.",
        "confirmed",
    ),
    # negatives: a third state's ministry, an outlet named after a capital
    (
        "Russia delivered 10 T-90 tanks to Belarus last week, Seoul's defence ministry said.",
        "reported",
    ),
    (
        "Russia delivered 10 T-90 tanks to Belarus last week, The Moscow Times reported.",
        "reported",
    ),
]


@pytest.mark.parametrize(("text", "status"), CAPITAL_BODIES)
def test_status_capital_body_speaks_for_its_state(nlp: Language, text: str, status: str) -> None:
    assert {s for _, _, s, _ in statuses(nlp, text)} == {status}


# The news future of "be to" and "be due to" ("Poland is to receive", "the army is due to take delivery") is
# planned; a purpose noun as subject ("the aim is to buy") states no plan of a party, and a past delivery stays.
BE_TO_FUTURE = [
    ("Poland is to receive 48 K9 howitzers from South Korea next year.", "planned"),
    ("Poland is due to receive 48 K9 howitzers from South Korea in 2025.", "planned"),
    ("South Korea is due to deliver 48 K9 howitzers to Poland in 2025.", "planned"),
    ("The Polish army is to take delivery of 48 K9 howitzers from South Korea.", "planned"),
    # negatives: a completed delivery, a purpose noun as subject
    ("Poland received 48 K9 howitzers from South Korea in 2023.", "confirmed"),
    ("South Korea delivered 48 K9 howitzers to Poland, which is due to hold elections.", "confirmed"),
]


@pytest.mark.parametrize(("text", "status"), BE_TO_FUTURE)
def test_status_be_to_future_is_planned(nlp: Language, text: str, status: str) -> None:
    assert {s for _, _, s, _ in statuses(nlp, text)} == {status}


def test_status_purpose_noun_is_no_plan(nlp: Language) -> None:
    found = {s for _, _, s, _ in statuses(nlp, "The aim is to buy 48 K9 howitzers from South Korea.")}
    assert "planned" not in found


# A state's own body whose state the text leaves unsaid ("the army said", "a military spokesman",
# "army spokesman X") speaks for a party to the transfer it states: confirmed. A named third state's body, an outlet,
# analysts, unnamed officials, an office-holder with no state, a bare spokesman or a rank still report.
UNOWNED_STATE_VOICES = [
    ("Nigeria received Bayraktar TB2 drones from Turkey, the army said.", "confirmed"),
    ("Nigeria received Bayraktar TB2 drones from Turkey, the defence ministry said.", "confirmed"),
    ("Nigeria received Bayraktar TB2 drones from Turkey, a military spokesman said.", "confirmed"),
    ("A spokesman for the Nigerian air force said Nigeria had received Bayraktar TB2 drones from Turkey.", "confirmed"),
    ("Nigeria's army received Bayraktar TB2 drones from Turkey, army spokesman Onyema Nwachukwu said.", "confirmed"),
    # negatives
    ("Nigeria received Bayraktar TB2 drones from Turkey, the Russian defence ministry said.", "reported"),
    ("Nigeria received Bayraktar TB2 drones from Turkey, analysts said.", "reported"),
    ("Nigeria received Bayraktar TB2 drones from Turkey, the Guardian reported.", "reported"),
    ("Nigeria received Bayraktar TB2 drones from Turkey, officials said.", "reported"),
    ("Nigeria received Bayraktar TB2 drones from Turkey, researcher John Smith said.", "reported"),
    ("Iran sent Shahed drones to Russia, spokesman John Kirby said.", "reported"),
    ("Iran sent Shahed drones to Russia, Gen. Michael Kurilla said.", "reported"),
    ("The defence minister said Brazil had sent 12 Guarani vehicles to Lebanon.", "reported"),
]


@pytest.mark.parametrize(("text", "status"), UNOWNED_STATE_VOICES)
def test_status_unowned_state_voice_speaks_for_a_party(nlp: Language, text: str, status: str) -> None:
    assert {s for _, _, s, _ in statuses(nlp, text)} == {status}


# The source as written: an outlet keeps the name the article gives it ("WSJ", "AFP"), not the gazetteer's full
# name; a state keeps its canonical name ("Abu Dhabi denied" is the United Arab Emirates) and so does a state body.
WRITTEN_SOURCES = [
    ("Iran has sent drones to Russia, WSJ reported.", "WSJ"),
    ("Iran has sent drones to Russia, AFP reported.", "AFP"),
    # negatives: a state named by its capital, a state body
    ("Abu Dhabi denied sending drones to the RSF.", "United Arab Emirates"),
    ("Iran has sent drones to Russia, the Pentagon said.", "Pentagon"),
]


@pytest.mark.parametrize(("text", "source"), WRITTEN_SOURCES)
def test_source_as_written(nlp: Language, text: str, source: str) -> None:
    assert {src for _, _, _, src in statuses(nlp, text)} == {source}


# A negation bounded in time ("will not deliver before 2025", "won't arrive until the spring") is a delay, so the
# transfer is still to come; an unbounded negation or one bounded by place still denies.
BOUNDED_NEGATIONS = [
    ("Germany will not deliver the Leopard tanks to Ukraine before 2025.", "planned"),
    ("Germany will not deliver the Leopard tanks to Ukraine until the spring.", "planned"),
    ("Germany won't send Leopard tanks to Ukraine until the contract is signed.", "planned"),
    # negatives
    ("Germany will not deliver Leopard tanks to Ukraine.", "denied"),
    ("Germany did not send Leopard tanks to Ukraine in 2022.", "denied"),
]


@pytest.mark.parametrize(("text", "status"), BOUNDED_NEGATIONS)
def test_status_negation_bounded_in_time_is_a_delay(nlp: Language, text: str, status: str) -> None:
    assert {s for _, _, s, _ in statuses(nlp, text)} == {status}


# Cue words kept as data: "is understood to have sent" hedges (reported), like "is thought to".
CUE_WORDS = [
    ("Iran is understood to have sent Shahed drones to Russia.", "reported"),
    ("Iran is thought to have sent Shahed drones to Russia.", "reported"),
    # negatives: the plain statement; "understand" with no transfer under it
    ("Iran sent Shahed drones to Russia.", "confirmed"),
    ("Iran sent Shahed drones to Russia, which understood the risks.", "confirmed"),
]


@pytest.mark.parametrize(("text", "status"), CUE_WORDS)
def test_status_cue_words(nlp: Language, text: str, status: str) -> None:
    assert {s for _, _, s, _ in statuses(nlp, text)} == {status}


# A "no" answering a question whether a transfer will happen denies it, said by whoever answers; a "yes" or a
# question with no answer denies nothing.
ANSWERED_NO = [
    (
        '"No," President Joe Biden replied when asked whether the United States would send F-16 jets to Ukraine.',
        "Joe Biden",
    ),
    ('Asked whether Germany would send Taurus missiles to Ukraine, Chancellor Olaf Scholz said: "No."', "Olaf Scholz"),
]
NOT_ANSWERED_NO = [
    '"Yes," President Joe Biden replied when asked whether the United States would send F-16 jets to Ukraine.',
    "Reporters asked whether the United States would send F-16 jets to Ukraine.",
]


@pytest.mark.parametrize(("text", "source"), ANSWERED_NO)
def test_status_no_to_a_question_denies(nlp: Language, text: str, source: str) -> None:
    assert {(s, src) for _, _, s, src in statuses(nlp, text)} == {("denied", source)}


@pytest.mark.parametrize("text", NOT_ANSWERED_NO)
def test_status_question_without_no_denies_nothing(nlp: Language, text: str) -> None:
    assert "denied" not in {s for _, _, s, _ in statuses(nlp, text)}


# An allegation with its own speaker ("a report alleging", "officials alleging") attached to a denial's clause as
# a circumstance ("after ...", "despite ...", "with ...") is reported by whoever alleges: the denial is of the
# denier's own sentence. Negatives: the denial's own complement, or the allegation itself as what is denied.
SCOPED_ALLEGATIONS = [
    (
        "Iran has denied sending drones to Russia after a report alleging that Tehran had provided Moscow "
        "with missiles.",
        "missile",
        "reported",
    ),
    (
        "Serbia denied supplying rifles to Ukraine despite reports claiming that Belgrade had sent shells to Kyiv.",
        "shell",
        "reported",
    ),
    (
        "Belarus denied selling tanks to Sudan, with officials alleging that Minsk had shipped rifles to Khartoum.",
        "rifle",
        "reported",
    ),
    # negatives: the denial's own complement; the allegation is what is denied
    ("Iran has denied sending missiles to Russia.", "missile", "denied"),
    ("Iran denied a report alleging that it had provided missiles to Russia.", "missile", "denied"),
    ("Serbia denied claims that it had sent shells to Ukraine.", "shell", "denied"),
    # negative: a circumstance with no allegation in it leaves the denial in place
    ("Iran denied sending missiles to Russia after the talks in Geneva ended.", "missile", "denied"),
]


@pytest.mark.parametrize(("text", "weapon", "status"), SCOPED_ALLEGATIONS)
def test_status_allegation_scopes_denial_away(nlp: Language, text: str, weapon: str, status: str) -> None:
    doc = nlp(text)
    found = {t.status for t in doc._.arms_transfers if weapon in (t.weapon or "").lower()}
    assert found == {status}


# A deal under an allegation or hedge with no one named for it is reported; a named speaker decides by whether it
# is a party (a party's word on a sale is planned), and a bare sale is planned.
ALLEGED_DEALS = [
    ("Ethiopia is accused of buying Bayraktar drones from Turkey.", "reported"),
    ("Ethiopia is suspected of buying Bayraktar drones from Turkey.", "reported"),
    ("Ethiopia is believed to have purchased Bayraktar drones from Turkey.", "reported"),
    ("Egypt accused Ethiopia of buying Bayraktar drones from Turkey.", "reported"),
    # negatives
    ("Ethiopia bought Bayraktar drones from Turkey.", "planned"),
    ("Ethiopia bought Bayraktar drones from Turkey, the Ethiopian defence ministry said.", "planned"),
]


@pytest.mark.parametrize(("text", "status"), ALLEGED_DEALS)
def test_status_alleged_deal_is_reported(nlp: Language, text: str, status: str) -> None:
    assert {s for _, _, s, _ in statuses(nlp, text)} == {status}


# A delayed or postponed delivery is still to come (planned), not denied; a delivery made after a delay is done.
DELAYS = [
    ("The delivery of Bayraktar drones from Turkey to Ethiopia has been delayed.", "planned"),
    ("Turkey postponed the delivery of Bayraktar drones to Ethiopia.", "planned"),
    # negatives
    ("Turkey delivered Bayraktar drones to Ethiopia after a long delay.", "confirmed"),
    ("Turkey delivered Bayraktar drones to Ethiopia despite delays.", "confirmed"),
]


@pytest.mark.parametrize(("text", "status"), DELAYS)
def test_status_delay_is_planned(nlp: Language, text: str, status: str) -> None:
    assert {s for _, _, s, _ in statuses(nlp, text)} == {status}


# A transfer that a governing "possibility" only weighs is negotiating; a possibility of something else is not.
POSSIBILITIES = [
    ("Turkey raised the possibility of exporting Bayraktar drones to Ethiopia.", "negotiating"),
    # negative: the possibility is of something else
    ("Turkey sold Bayraktar drones to Ethiopia, raising the possibility of new tensions.", "planned"),
]


@pytest.mark.parametrize(("text", "status"), POSSIBILITIES)
def test_status_possibility_is_negotiating(nlp: Language, text: str, status: str) -> None:
    assert {s for _, _, s, _ in statuses(nlp, text)} == {status}


# A sentence ending in ", <noun phrase> <says/shows/claims>" whose verb the tagger read as a noun is attributed to
# that phrase; a trailing noun phrase that is no subject and verb ("among other reports") attributes nothing.
MISREAD_TRAILING = [
    ("France secretly supplied Caesar howitzers to Armenia, a leaked document shows.", "reported"),
    ("France supplied Caesar howitzers to Armenia, customs data show.", "reported"),
    ("France supplied Caesar howitzers to Armenia, Azerbaijan claims.", "reported"),
    # negatives
    ("France supplied Caesar howitzers to Armenia, in time for the shows.", "confirmed"),
    ("France supplied Caesar howitzers to Armenia, the company's reports.", "confirmed"),
    ("France supplied Caesar howitzers to Armenia last year, the latest of several reports.", "confirmed"),
]


@pytest.mark.parametrize(("text", "status"), MISREAD_TRAILING)
def test_status_misread_trailing_attribution(nlp: Language, text: str, status: str) -> None:
    assert {s for _, _, s, _ in statuses(nlp, text)} == {status}


# Goods under "no" deny the transfer, as object or as passive subject; "no" elsewhere in the clause denies nothing.
NO_GOODS = [
    ("Germany sent no Leopard tanks to Lithuania.", "denied"),
    ("No Leopard tanks were delivered to Lithuania by Germany.", "denied"),
    ('"No Leopard tanks were delivered to Lithuania," the German ministry said.', "denied"),
    # negatives
    ("Leopard tanks were delivered to Lithuania by Germany with no delay.", "confirmed"),
    ("Germany delivered Leopard tanks to Lithuania at no cost.", "confirmed"),
]


@pytest.mark.parametrize(("text", "status"), NO_GOODS)
def test_status_no_goods_denies(nlp: Language, text: str, status: str) -> None:
    assert {s for _, _, s, _ in statuses(nlp, text)} == {status}


# A hedging modal before a progressive is a guess about what is going on (reported), like one before a perfect;
# with a time to come, or with "will", it is a possible or firm plan.
HEDGED_PROGRESSIVE = [
    ("Russia could be supplying Su-35 jets to Iran.", "reported"),
    ("Russia may be secretly supplying Su-35 jets to Iran.", "reported"),
    # negatives
    ("Russia could be delivering Su-35 jets to Iran next year.", "negotiating"),
    ("Russia will be supplying Su-35 jets to Iran.", "planned"),
    ("Russia could supply Su-35 jets to Iran.", "negotiating"),
]


@pytest.mark.parametrize(("text", "status"), HEDGED_PROGRESSIVE)
def test_status_hedged_progressive_is_reported(nlp: Language, text: str, status: str) -> None:
    assert {s for _, _, s, _ in statuses(nlp, text)} == {status}


# Nouns of inference governing the transfer ("signs that", "evidence that") report it; a proposal is an offer.
INFERENCE_AND_OFFERS = [
    ("There are signs that Russia supplied Su-35 jets to Iran.", "reported"),
    ("Russia has proposed selling Su-35 jets to Iran.", "negotiating"),
    # negatives: the noun is not above the transfer; a sale agreed
    ("Russia sent Su-35 jets to Iran as a sign of support.", "confirmed"),
    ("Russia has agreed to sell Su-35 jets to Iran.", "planned"),
]


@pytest.mark.parametrize(("text", "status"), INFERENCE_AND_OFFERS)
def test_status_inference_nouns_and_proposals(nlp: Language, text: str, status: str) -> None:
    assert {s for _, _, s, _ in statuses(nlp, text)} == {status}


# Goods a relative clause says were sold or bought, which an unhedged arrival or delivery verb says came, were
# delivered (confirmed); a coming or negated arrival leaves the deal planned.
ARRIVED_RELATIVE = [
    ("The Patriot missiles Morocco bought from the United States arrived in May.", "confirmed"),
    ("The last of the Patriot missiles the United States sold to Morocco were delivered in May.", "confirmed"),
    # negatives
    ("The Patriot missiles Morocco bought from the United States will arrive in May.", "planned"),
    ("The Patriot missiles Morocco bought from the United States have not arrived.", "planned"),
]


@pytest.mark.parametrize(("text", "status"), ARRIVED_RELATIVE)
def test_status_arrived_relative_is_confirmed(nlp: Language, text: str, status: str) -> None:
    assert {s for _, _, s, _ in statuses(nlp, text)} == {status}


# Verbs of weighing ("mulling", "contemplating") put the transfer under consideration; a decision does not.
WEIGHING = [
    ("Washington is mulling the sale of Patriot missiles to Morocco.", "negotiating"),
    ("Morocco is contemplating buying Patriot missiles from the United States.", "negotiating"),
    # negative
    ("Washington has decided to sell Patriot missiles to Morocco.", "planned"),
]


@pytest.mark.parametrize(("text", "status"), WEIGHING)
def test_status_weighing_is_negotiating(nlp: Language, text: str, status: str) -> None:
    assert {s for _, _, s, _ in statuses(nlp, text)} == {status}


# A refusal to confirm confirms nothing (the claim stays someone else's: reported); a labelling verb that calls the
# claim false denies it, said by its subject. Negatives: a plain or eager confirmation, a label that is no denial.
WITHHELD_AND_LABELLED = [
    ("Iran declined to confirm that it sent drones to Russia.", "reported"),
    ("Iran refused to confirm the delivery of drones to Russia.", "reported"),
    ('Tehran called reports that it sent drones to Russia "baseless".', "denied"),
    ("Tehran called the sale of drones to Russia a fabrication.", "denied"),
    # negatives
    ("Iran confirmed that it sent drones to Russia.", "confirmed"),
    ("Iran was quick to confirm that it sent drones to Russia.", "confirmed"),
    ("Kyiv called the delivery of Iranian drones to Russia a crime.", "confirmed"),
]


@pytest.mark.parametrize(("text", "status"), WITHHELD_AND_LABELLED)
def test_status_withheld_confirmation_and_false_labels(nlp: Language, text: str, status: str) -> None:
    assert {s for _, _, s, _ in statuses(nlp, text)} == {status}


# A perfect progressive deal verb records sales going on: confirmed; other progressives keep their own status.
PROGRESSIVE_PERFECT_DEALS = [
    ("Sri Lanka has been buying rifles from Pakistan.", "confirmed"),
    ("Pakistan has been selling tanks to Nigeria.", "confirmed"),
    ("Nigeria had been purchasing drones from Turkey for years.", "confirmed"),
    # negatives: a bare perfect, a future progressive, a progressive of weighing
    ("Pakistan has sold tanks to Nigeria.", "planned"),
    ("Pakistan will be selling tanks to Nigeria.", "planned"),
    ("Pakistan has been considering selling tanks to Nigeria.", "negotiating"),
]


@pytest.mark.parametrize(("text", "status"), PROGRESSIVE_PERFECT_DEALS)
def test_status_progressive_perfect_deal_is_confirmed(nlp: Language, text: str, status: str) -> None:
    assert {s for _, _, s, _ in statuses(nlp, text)} == {status}


# Talks a concluding verb ends are an agreement: planned; talks still going on are negotiating.
CONCLUDED_TALKS = [
    ("Pakistan has completed negotiations for the sale of twelve JF-17 jets to Argentina.", "planned"),
    ("Ankara concluded talks on the sale of four corvettes to Pakistan.", "planned"),
    ("Russia finalised negotiations on the delivery of S-400 systems to India.", "planned"),
    # negatives: talks going on, talks begun
    ("Pakistan is in negotiations for the sale of twelve JF-17 jets to Argentina.", "negotiating"),
    ("Ankara began talks on the sale of four corvettes to Pakistan.", "negotiating"),
]


@pytest.mark.parametrize(("text", "status"), CONCLUDED_TALKS)
def test_status_concluded_talks_are_planned(nlp: Language, text: str, status: str) -> None:
    assert {s for _, _, s, _ in statuses(nlp, text)} == {status}


# A bare trigger noun in a phrase describing someone's remit names a field of work, not a transfer.
REMITS = [
    ("The Ukrainian official overseeing weapons exports said Ukraine sent tanks to Kenya.", {"confirmed"}, 1),
    ("The official in charge of arms sales said Ukraine sent tanks to Kenya.", {"reported"}, 1),
    ("The agency responsible for arms exports resigned after Ukraine sent tanks to Kenya.", {"confirmed"}, 1),
    # negatives: a remit over one delivery of its own; a party handling its own exports
    ("Ukraine handled weapons exports to Kenya in 2008.", {"confirmed"}, 1),
    ("The growing arms exports of Ukraine to Kenya worried Moscow.", {"confirmed"}, 1),
]


@pytest.mark.parametrize(("text", "expected", "count"), REMITS)
def test_status_remit_of_an_office_is_no_claim(nlp: Language, text: str, expected: set[str], count: int) -> None:
    found = statuses(nlp, text)
    assert {s for _, _, s, _ in found} == expected
    assert len(found) == count


# A headline's party noun with an infinitive after it is the news future, as a name is ("Sweden to send ...").
HEADLINE_PARTY_NOUNS = [
    ("Italy's Fincantieri shipyard to deliver three corvettes to Qatar this year", "planned"),
    ("Turkish shipyard to deliver four corvettes to Pakistan", "planned"),
    ("Ukrainian army to receive Leopard tanks from Germany", "planned"),
    # negative: a past delivery by the same noun
    ("Italy's Fincantieri shipyard delivered three corvettes to Qatar this year", "confirmed"),
]


@pytest.mark.parametrize(("text", "status"), HEADLINE_PARTY_NOUNS)
def test_status_headline_party_noun_future_is_planned(nlp: Language, text: str, status: str) -> None:
    assert {s for _, _, s, _ in statuses(nlp, text)} == {status}


# A supplier's readiness is an offer, as its willingness is: negotiating; an agreement is planned.
SUPPLIER_READINESS = [
    ("Russia said it was ready to supply S-400 systems to India.", "negotiating"),
    ("Russia is ready to sell S-400 systems to India.", "negotiating"),
    ("Russia is willing to supply S-400 systems to India.", "negotiating"),
    # negatives: an agreement, a delivery
    ("Russia has agreed to supply S-400 systems to India.", "planned"),
    ("Russia supplied S-400 systems to India.", "confirmed"),
]


@pytest.mark.parametrize(("text", "status"), SUPPLIER_READINESS)
def test_status_supplier_readiness_is_negotiating(nlp: Language, text: str, status: str) -> None:
    assert {s for _, _, s, _ in statuses(nlp, text)} == {status}
