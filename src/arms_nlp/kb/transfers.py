"""Schema and accessor for ``data/transfer_triggers.yaml`` (transfer trigger lemmas and status cues)."""

from __future__ import annotations

from functools import cached_property, lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..records import TransferStatus, WeaponCategory
from . import load_document


class StatusCues(BaseModel):
    """Lemmas that, governing or modifying a trigger, give a transfer its status."""

    model_config = ConfigDict(extra="forbid")

    verbs: frozenset[str] = Field(default_factory=frozenset)
    nouns: frozenset[str] = Field(default_factory=frozenset)
    adverbs: frozenset[str] = Field(default_factory=frozenset)
    adjectives: frozenset[str] = Field(default_factory=frozenset)
    modals: frozenset[str] = Field(default_factory=frozenset)
    #: Multiword cues as "head ... dependent" lemmas, matched on a verb and a word below it ("come to light").
    phrases: tuple[str, ...] = ()
    #: Words that make only a tentative plan ("possible delivery", "might be delivered"): where the article
    #: shows the deal still under negotiation, the claim is negotiating.
    tentative: frozenset[str] = Field(default_factory=frozenset)


class TransferLexicon(BaseModel):
    """Trigger lemmas by frame (supply: subject gives; acquire: subject receives) and status cues."""

    model_config = ConfigDict(extra="forbid", ignored_types=(cached_property,))

    supply_verbs: frozenset[str]
    acquire_verbs: frozenset[str]
    supply_nouns: frozenset[str]
    acquire_nouns: frozenset[str]
    agent_nouns: frozenset[str]
    #: Verb + particle pairs ("turn over", "pick up") that give or acquire; the verb alone is no trigger.
    phrasal_supply_verbs: frozenset[str] = frozenset()
    phrasal_acquire_verbs: frozenset[str] = frozenset()
    #: Agent nouns that state a transfer as a party's predicate or apposition (giving / receiving side).
    supply_agents: frozenset[str] = frozenset()
    acquire_agents: frozenset[str] = frozenset()
    #: Objects of "into" that make a verb one of taking into use ("taken into service").
    service_nouns: frozenset[str] = frozenset()
    #: Offer nouns and the verbs whose subject, weighing the offer, is its recipient.
    offer_nouns: frozenset[str] = frozenset()
    offer_evaluators: frozenset[str] = frozenset()
    #: Supply verbs that state a carried load when passive with no agent ("is equipped with").
    stative_passives: frozenset[str] = frozenset()
    #: Arrival triggers: the subject is the weapon, "in X" the recipient.
    arrival_verbs: frozenset[str] = frozenset()
    arrival_nouns: frozenset[str] = frozenset()
    #: Landing verbs, arrivals only when what lands is named by one of the delivery nouns ("the first batch").
    landing_verbs: frozenset[str] = frozenset()
    delivery_nouns: frozenset[str] = frozenset()
    #: Trade nouns that, plural and bare with no recipient, are an activity ("British arms sales"), no claim.
    trade_nouns: frozenset[str] = frozenset()
    #: Verbs of more or less whose object is a trade in general ("spur arms sales").
    volume_verbs: frozenset[str] = frozenset()
    content_verbs: frozenset[str]
    #: Prepositions of a content verb's objects ("would focus on Su-35 jets").
    content_verb_preps: frozenset[str] = frozenset()
    #: Nouns of a cargo named again ("the cargo was destined for Sudan"): the earlier cargo's weapons and side.
    cargo_nouns: frozenset[str] = frozenset()
    #: Nouns of "on X" naming goods awaited ("has 26 jets on order"): the holder receives.
    on_order_nouns: frozenset[str] = frozenset()
    #: Nouns of "in the form of X", whose X is the goods of what the phrase hangs on.
    form_nouns: frozenset[str] = frozenset()
    #: Nouns of a part of a deal ("another part of the deal would focus on ..."): the deal is the trigger.
    part_nouns: frozenset[str] = frozenset()
    #: Verbs of origin ("weapons come from Russia"): the subject is moved, "from X" gives it.
    origin_verbs: frozenset[str] = frozenset()
    blocking: frozenset[str]
    #: Prepositions whose gerund is kept from happening ("warned Beijing against supplying weapons").
    blocking_preps: frozenset[str] = frozenset()
    #: Words of a role that oversees transfers ("the official overseeing weapons exports"): no claim of its own.
    oversight_words: frozenset[str] = frozenset()
    anaphoric_determiners: frozenset[str]
    claim_nouns: frozenset[str]
    member_preps: frozenset[str]
    pronouns: frozenset[str]
    #: Pronouns of a person, resolved to the nearest earlier person or official.
    personal_pronouns: frozenset[str] = frozenset()
    #: Determiners and pronouns of a recipient that is anyone at all ("to any country"): no transfer.
    free_choice: frozenset[str] = frozenset()
    free_choice_pronouns: frozenset[str] = frozenset()
    #: First-person pronouns, resolved inside a direct quote to its speaker ("We will not send ...").
    first_person: frozenset[str] = frozenset()
    #: Pronouns standing for the weapons of an earlier claim ("refused to send them").
    object_pronouns: frozenset[str] = frozenset()
    speech_verbs: frozenset[str]
    #: Verbs of belief whose subject is the source of a claim about another party.
    belief_verbs: frozenset[str] = frozenset()
    conditional_marks: frozenset[str]
    #: Auxiliaries that open an inverted conditional clause ("Should the West give ...").
    inversion_auxiliaries: frozenset[str] = frozenset()
    pending_adverbs: frozenset[str]
    #: Words bounding a negation in time ("will not deliver before 2025", "until the spring"): a delay, not a denial.
    pending_bounds: frozenset[str] = frozenset()
    #: Verbs asking a question and the bare answers that deny what it asks ("asked whether ...", "'No,' he replied").
    question_verbs: frozenset[str] = frozenset()
    negative_answers: frozenset[str] = frozenset()
    #: A buyer's intent above an acquire verb ("plans to buy", "is ready to purchase"): still negotiating.
    buyer_intents: frozenset[str] = frozenset()
    #: Denial verbs that are acts of the party, not statements ("refused to send"): no source of their own.
    denial_acts: frozenset[str] = frozenset()
    #: Verbs that only weigh or threaten the denial act they govern ("plans to scrap the contract", "threatened to
    #: cancel the sale"): the deal stands as it was.
    contemplating_verbs: frozenset[str] = frozenset()
    #: Words of a cumulative adverbial ("so far", "since 1996", "already", "to date") that make a perfect deal
    #: verb ("has so far sold tanks to Poland") a record of completed sales, not an agreement.
    cumulative_words: frozenset[str] = frozenset()
    #: Verbs that bring talks to an agreement ("completed negotiations for a deal"): the talks' transfer is planned.
    concluding_verbs: frozenset[str] = frozenset()
    #: Speakers who are never a party to a transfer ("analysts say China sold drones to Serbia"): a deal they
    #: tell of is reported, not agreed in a party's word.
    outsider_voices: frozenset[str] = frozenset()
    #: Acquire verbs whose present progressive is a purchase under way, not a delivery ("Colombia is acquiring jets").
    progressive_acquire_verbs: frozenset[str] = frozenset()
    #: Verbs of a stock or list whose subject is goods a deal participle says were bought ("the arms bought from
    #: Russia include MiG-29s", "among the hardware purchased by Myanmar are ..."): a completed acquisition.
    inventory_verbs: frozenset[str] = frozenset()
    #: Verbs that label their object ("called the accusation groundless"): a denial when the label is a denied cue.
    labelling_verbs: frozenset[str] = frozenset()
    #: Definite nouns standing for the nearest earlier actor of the given kinds ("the group" -> Hezbollah).
    anaphoric_nouns: dict[str, frozenset[str]] = {}
    #: Verbs whose subject does the infinitive on their object noun ("had no plans to export", "made a decision to send").
    infinitive_controllers: frozenset[str] = frozenset()
    #: Verbs after "declined to"/"refused to" that commit to nothing ("declined to comment"): no denial.
    noncommittal: frozenset[str] = frozenset()
    #: Supply verbs said of either side: with "from X" and no "to Y" the subject receives ("leased jets from X").
    two_way_verbs: frozenset[str] = frozenset()
    #: Prepositions by which a signing verb takes its deal ("agreed on a deal", "entered into a contract").
    deal_signer_preps: frozenset[str] = frozenset()
    #: Headline verbs in the historical present and their past forms ("Lithuania orders NASAMS": "ordered"),
    #: which a re-parsed copy of a sentence-case headline writes so that the model reads them as verbs.
    headline_past: dict[str, str] = Field(default_factory=dict)
    #: Trigger lemmas that carry a status of their own ("pledge": planned).
    trigger_status: dict[str, TransferStatus] = Field(default_factory=dict)
    #: Trigger lemmas whose claims need both parties named in their sentence.
    weak_triggers: frozenset[str] = frozenset()
    #: Triggers of an agreed deal: planned when nothing else decides the status.
    deal_triggers: frozenset[str] = frozenset()
    #: Event nouns naming a bundle: a claim only with a weapon inside, never by anaphora.
    bundle_nouns: frozenset[str] = frozenset()
    #: Verbs whose object bundle is a pledge ("announced a new aid package"): planned, not yet delivered.
    bundle_announcers: frozenset[str] = frozenset()
    #: Prepositions listing a bundle's contents ("including").
    content_preps: frozenset[str] = frozenset()
    #: Prepositions listing what any event noun moves, set off on the noun ("the shipment, including four tanks").
    event_content_preps: frozenset[str] = frozenset()
    #: Adverbs that, before "with", join more goods to a verb's or an event noun's own ("along with").
    accompaniment_adverbs: frozenset[str] = frozenset()
    #: Verbs and nouns of an agreement whose "with X" names the other side of a transfer they govern
    #: ("signed contracts with Poland to export tanks": Poland receives).
    agreement_words: frozenset[str] = frozenset()
    #: Modals of obligation or advice: a transfer under them is advice, not a claim ("should not buy").
    normative_modals: frozenset[str] = frozenset()
    #: Vehicles that carry a transfer: as a subject they are no party ("cargo planes delivered weapons from X").
    carrier_nouns: frozenset[str] = frozenset()
    #: Prepositions putting a cargo on a vessel bound somewhere ("missiles aboard a dhow bound for Yemen").
    cargo_preps: frozenset[str] = frozenset()
    #: Head nouns that name the weapon modifying them ("the BrahMos missile system", "Patriot batteries").
    carrier_heads: frozenset[str] = frozenset()
    #: Definite nouns of goods standing for the nearest earlier weapon of these categories ("the vessels").
    anaphoric_goods: dict[str, frozenset[WeaponCategory]] = Field(default_factory=dict)
    #: Governing verbs whose subject is the giving side of an event noun without one.
    agent_governors: frozenset[str] = frozenset()
    #: Participles giving a shipment's destination ("ammunition bound for Russia").
    destination_words: frozenset[str] = frozenset()
    #: Governing verbs whose subject is the receiving side of an event noun.
    recipient_governors: frozenset[str] = frozenset()
    #: Governing verbs whose subject is the supplying side of an acquire noun ("refused Kyiv's request for").
    counterpart_governors: frozenset[str] = frozenset()
    #: Penalty verbs and nouns: the party a penalty falls on ("sanctions on Turkey") did the deed after its
    #: "for" ("for acquiring S-400s").
    penalty_words: frozenset[str] = frozenset()
    #: Verbs of talks whose "with X" is the other side of a deal they take as object ("discussed with Russia
    #: the purchase of Su-57s"); agreement verbs count too.
    talk_verbs: frozenset[str] = frozenset()
    #: Nouns of a group of states whose members a text may list after "including", "such as", "like"
    #: ("NATO allies including Germany and France"): each member is a party, never the group.
    state_group_nouns: frozenset[str] = frozenset()
    #: Nouns naming one member of a body written beside them ("a NATO member state"): the member is the party.
    member_nouns: frozenset[str] = frozenset()
    #: Supply verbs whose object is the recipient and whose theme is weapons by meaning ("Iran denies arming
    #: the Houthis"): with no weapon named, the claim is about weapons in general.
    weapon_verbs: frozenset[str] = frozenset()
    #: Hedging verbs whose subject is the doer of the clause below, not a speaker ("Iran appears to have sent").
    raising_verbs: frozenset[str] = frozenset()
    #: Verbs of approving a deal: their subject may be a third state's body clearing another's sale
    #: ("the U.S. government approved the aircraft transaction" of Denmark's F-16s), not its supplier.
    approving_verbs: frozenset[str] = frozenset()
    #: Nouns of asking: the infinitive on them is done by whoever answers the request.
    request_nouns: frozenset[str] = frozenset()
    #: Verbs of using: their subject received the weapons "supplied by X" it uses.
    user_verbs: frozenset[str] = frozenset()
    #: "either side of the war between X and Y": side nouns, their determiners, and conflict nouns.
    side_nouns: frozenset[str] = frozenset()
    side_determiners: frozenset[str] = frozenset()
    conflict_nouns: frozenset[str] = frozenset()
    #: Head nouns standing for their possessor state ("Sudan's army").
    party_nouns: frozenset[str] = frozenset()
    #: Plural nouns of non-state fighters named by a nationality before them ("Libyan rebels"): a party as written.
    insurgent_nouns: frozenset[str] = frozenset()
    #: Nouns of fighters and modifiers marking them irregular: "Sudanese paramilitary forces" is the armed group
    #: the article names ("the paramilitary Rapid Support Forces"), not Sudan.
    group_nouns: frozenset[str] = frozenset()
    irregular_modifiers: frozenset[str] = frozenset()
    #: Nouns of talks whose participants are the parties of the transfer discussed.
    talk_nouns: frozenset[str] = frozenset()
    #: Heads and titles of a state's own voice ("the army", "a military spokesman", "Air Marshal X"): with no state
    #: written, they speak for a party to the transfer they state.
    state_voices: frozenset[str] = frozenset()
    #: Former states and the states that supply their designs today ("Soviet Union": "Russia").
    successor_states: dict[str, str] = {}
    #: Former states and the states that inherited their arsenals, any of which may supply their designs.
    heir_states: dict[str, frozenset[str]] = {}
    #: Prepositions giving the topic of talks ("talks about helicopters"): weapons there are negotiated.
    talk_topic_preps: frozenset[str] = frozenset()
    #: Nouns of a deal whose "for" phrase names the goods bought ("a $4.6 billion deal for 96 Apaches").
    deal_nouns: frozenset[str] = frozenset()
    #: Verbs by which a deal or an acquisition programme states its terms ("the contract involves the supply of"):
    #: the transfer they take as object is still to be carried out.
    term_verbs: frozenset[str] = frozenset()
    #: Nouns of a buyer's programme whose terms such a verb states ("the acquisition project includes the delivery").
    programme_nouns: frozenset[str] = frozenset()
    #: Verbs whose subject, signing or placing a deal for goods, is their buyer ("Poland signed a deal for").
    deal_signers: frozenset[str] = frozenset()
    #: Words whose "on" object does the infinitive after them ("Kyiv called on Berlin to send tanks").
    on_controllers: frozenset[str] = frozenset()
    #: Words of an agreement that binds no one to deliver ("a memorandum of understanding", "a letter of intent"):
    #: the transfer it names is still being negotiated, not agreed.
    nonbinding_deals: frozenset[str] = frozenset()
    #: Verbs of a buyer operating goods ("Egypt operates Rafales bought from France"): the goods were delivered.
    operating_verbs: frozenset[str] = frozenset()
    #: Words of an amount the goods' "for" may hang from ("a contract worth $2 billion for 24 jets").
    amount_words: frozenset[str] = frozenset()
    #: Currency nouns written after an amount, as written ("2 billion euros of arms"): the amount is money.
    currency_nouns: frozenset[str] = frozenset()
    #: Nouns of a price paid ("for a combined price of $1.2 billion"): a "for" phrase naming them names no goods.
    price_nouns: frozenset[str] = frozenset()
    #: Words standing for one deal of a list after a colon ("two contracts: one for 24 jets and another for two
    #: frigates"), as an amount does ("the deals: $10 billion for 50 jets").
    deal_list_items: frozenset[str] = frozenset()
    #: Verbs of a carrier holding its cargo ("a ship carrying rifles bound for Yemen").
    carry_verbs: frozenset[str] = frozenset()
    #: Verbs of seizing a cargo: a destination on them is the cargo's ("seized packages ... destined for X").
    seizure_verbs: frozenset[str] = frozenset()
    #: Participles of making on a weapon, whose "in X" / "by X" is its origin ("drones made in Iran").
    making_verbs: frozenset[str] = frozenset()
    #: Verbs giving a supplier's share of an import noun ("accounted for 36% of India's arms imports").
    share_verbs: frozenset[str] = frozenset()
    #: Verbs of wanting a weapon: their subject receives what a relative clause on it gives.
    desire_verbs: frozenset[str] = frozenset()
    #: Acquire nouns of wanting whose "in" phrase is the goods ("expressed interest in Su-57 jets from Russia").
    interest_nouns: frozenset[str] = frozenset()
    #: Acquire verbs of wanting or awaiting: triggers only with a "from" party on them or their goods.
    wish_verbs: frozenset[str] = frozenset()
    #: Pronouns that, as the subject of a content verb after a sentence naming a bundle or a deal, stand for it
    #: ("It also includes 20 Meteor missiles").
    bundle_pronouns: frozenset[str] = frozenset()
    #: Verbs whose subject wins a deal noun they take, its seller ("BAE Systems has won a deal with Oman").
    winning_verbs: frozenset[str] = frozenset()
    #: Verbs whose subject gives a deal noun to a winner, the seller ("Malaysia awarded Eurocopter the contract").
    awarding_verbs: frozenset[str] = frozenset()
    #: Pronouns that, as the subject of a copula with weapons for its complement, list the goods the sentence
    #: before moved ("These are assault rifles and pistols").
    listing_pronouns: frozenset[str] = frozenset()
    #: Copulas whose complement lists what a listing pronoun stands for.
    listing_copulas: frozenset[str] = frozenset()
    #: Nouns of a purpose that makes sending a deployment ("sent bombers to Venezuela for a joint exercise").
    deployment_purposes: frozenset[str] = frozenset()
    #: Nouns of one's own forces: sent with them, weapons are deployed ("sent troops and tanks to Syria").
    personnel_nouns: frozenset[str] = frozenset()
    #: Adverbs of place on a sending verb: a destination written that is no party ("sent warships nearby").
    place_adverbs: frozenset[str] = frozenset()
    #: Verbs of making that supply when done "for" a named party ("China is building four frigates for Pakistan").
    building_verbs: frozenset[str] = frozenset()
    #: Verbs of obtaining that acquire only with a "from" party ("Poland secured 250 tanks from the United States").
    sourced_acquire_verbs: frozenset[str] = frozenset()
    #: Verbs halting a supply: of the subject's own supply, a transfer that went on until then.
    halting_verbs: frozenset[str] = frozenset()
    #: Verbs of a carrier's voyage: from a place, with a seized cargo, a transfer from there.
    travel_verbs: frozenset[str] = frozenset()
    #: Acquire verbs of paying: the payee supplies what is paid for.
    payment_verbs: frozenset[str] = frozenset()
    status: dict[TransferStatus, StatusCues]

    @cached_property
    def trigger_lemmas(self) -> frozenset[str]:
        """Every lemma that can be a trigger in some frame (a cheap first test per token)."""
        return (
            self.supply_verbs
            | self.acquire_verbs
            | self.supply_nouns
            | self.acquire_nouns
            | self.agent_nouns
            | self.supply_agents
            | self.acquire_agents
            | self.arrival_verbs
            | self.arrival_nouns
            | self.talk_nouns
            | self.deal_nouns
            | self.phrasal_heads
            | self.landing_verbs
            | self.origin_verbs
            | self.travel_verbs
            | self.building_verbs
            | self.sourced_acquire_verbs
        )

    @cached_property
    def movement_verbs(self) -> frozenset[str]:
        """Verbs of giving or getting whose word alone carries no plan or deal ("delivered", "received", "handed";
        not "sold", "ordered", "pledged"): told as done, the goods moved."""
        return (self.supply_verbs | self.acquire_verbs) - self.deal_triggers - frozenset(self.trigger_status)

    @cached_property
    def deal_winning_verbs(self) -> frozenset[str]:
        """Verbs that hand a deal to its winner, the seller: won by the subject or awarded to the object."""
        return self.winning_verbs | self.awarding_verbs

    @cached_property
    def trigger_words(self) -> frozenset[str]:
        """The trigger lemmas and the destination words ("bound", "en"): the words a trigger may be, built once
        (every Doc and every segment looks its tokens up in it)."""
        return self.trigger_lemmas | self.destination_words

    @cached_property
    def phrasal_heads(self) -> frozenset[str]:
        """The verbs of the phrasal triggers ("pick" of "pick up")."""
        return frozenset(p.split()[0] for p in self.phrasal_supply_verbs | self.phrasal_acquire_verbs)

    def cues(self, status: TransferStatus) -> StatusCues:
        """The cues of one status (empty when the file lists none)."""
        return self.status.get(status) or StatusCues()


@lru_cache(maxsize=1)
def transfer_lexicon() -> TransferLexicon:
    """The transfer trigger and cue table, loaded once."""
    return load_document("transfer_triggers.yaml", TransferLexicon)
