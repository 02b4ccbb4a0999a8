"""Events (kg.extract.events, kg.resolve.events): roles, classes, quantities, event
nouns, and the founding article's events as a reader would note them."""

from __future__ import annotations

import pytest

from kg.errors import ConfigError
from kg.extract.quantities import read_quantity
from kg.lexicon import events as lexicon
from kg.lexicon.table import Row
from kg.types import Factuality
from tests.extract_helpers import event_roles
from tests.extract_helpers import sentence_events as _events

# (sentence, trigger lemma, class, roles the event must have: role -> argument text)
TABLE = [
    ("The bloc sent more than 2,000 troops to Kazakhstan last week.", "send", "movement",
     {"agent": ["The bloc"], "theme": ["more than 2,000 troops"], "destination": ["Kazakhstan"], "time": ["last week"]}),
    ("The airport was stormed by the protesters.", "storm", "conflict", {"patient": ["The airport"], "agent": ["the protesters"]}),
    ("Fuel prices rose sharply in January.", "rise", "change", {"theme": ["Fuel prices"], "time": ["January"]}),
    ("The Reserve Bank of Australia raised interest rates to 5.5%.", "raise", "change",
     {"agent": ["The Reserve Bank of Australia"], "theme": ["interest rates"], "new_value": ["5.5%"]}),
    ("Tokayev requested assistance from the Collective Security Treaty Organisation.", "request", "request",
     {"agent": ["Tokayev"], "theme": ["assistance"], "recipient": ["the Collective Security Treaty Organisation"]}),
    ("Gordon Brown visited Tanzania.", "visit", "meeting", {"agent": ["Gordon Brown"], "place": ["Tanzania"]}),
    ("Scotland beat France in Paris on Saturday.", "beat", "performance",
     {"agent": ["Scotland"], "opponent": ["France"], "place": ["Paris"], "time": ["Saturday"]}),
    ("Rosneft completed the takeover of Yukos.", "takeover", "transaction", {"theme": ["Yukos"]}),
    ("Tokayev's request for assistance was granted.", "request", "request", {"agent": ["Tokayev"], "theme": ["assistance"]}),
    # A pronoun possessor acts: the "of" argument is what the noun acts on (kg.extract.possessorpronouns).
    ("The RFU imposed a six-week ban for his criticism of referee Steve Lander after a Premiership match.",
     "criticism", "statement", {"theme": ["referee Steve Lander"], "agent": ["his"]}),
    ("Protesters set the buildings ablaze.", "set ablaze", "conflict", {"agent": ["Protesters"], "theme": ["the buildings"]}),
    # A wire dateline is where the story was filed, never the subject.
    ("NEW YORK (AA) - Turkish Foreign Minister Mevlut Cavusoglu met US Secretary of State Antony Blinken on Tuesday.",
     "meet", "meeting", {"agent": ["Turkish Foreign Minister Mevlut Cavusoglu"], "time": ["Tuesday"]}),
    ("New York - Cavusoglu met Blinken on Tuesday.", "meet", "meeting", {"agent": ["Cavusoglu"], "theme": ["Blinken"]}),
    # A purpose clause's first verb is an event of its own.
    ("Bath coach John Connolly withdrew from the starting line-up to face Gloucester.", "withdraw", "movement",
     {"agent": ["Bath coach John Connolly"], "source": ["the starting line-up"]}),
    # A change measured by its object: what changed is the theme, no one acts (None: no such role).
    ("Brent crude gained $1.32 to $44.45 a barrel.", "gain", "change",
     {"theme": ["Brent crude"], "agent": None, "difference": ["$1.32"], "new_value": ["$44.45 a barrel"]}),
    ("Shell gained market share in Asia.", "gain", "change", {"agent": ["Shell"], "theme": ["market share"]}),
    # A verb whose object acts: the film stars the actor, who stars in it.
    ("Notting Hill, starring Hugh Grant, opened in London on Friday.", "star", "performance",
     {"agent": ["Hugh Grant"], "theme": ["Notting Hill"]}),
    # A film no name says is left out rather than misread ("Comedy sequel X and Y?, starring ...").
    ("The film stars Kate Winslet as a nurse.", "star", "performance", {"agent": ["Kate Winslet"], "theme": None}),
    # What a bid or an offer is for is its target, the theme, even where NER reads a club or
    # a firm as a place ("Manchester United": GPE); an offer is an event noun as a bid is.
    ("Malcolm Glazer made a bid for Manchester United.", "make bid", "transaction",
     {"agent": ["Malcolm Glazer"], "theme": ["Manchester United"], "reason": None}),
    ("Deutsche Boerse made an offer for the London Stock Exchange.", "make offer", "transaction",
     {"agent": ["Deutsche Boerse"], "theme": ["the London Stock Exchange"]}),
    # "held talks": a plural-only event noun, by its form ("talks" is no plural of the verb
    # "talk"); the noun the light verb took is no argument of its own.
    ("The two ministers held talks with Jacques Chirac.", "hold talks", "meeting",
     {"agent": ["The two ministers"], "theme": ["Jacques Chirac"]}),
    # A country signed with is a party to the agreement, not where it was signed.
    ("Mr Brown has signed a debt relief deal with Tanzania which could cost the UK £1 billion.", "sign", "agreement",
     {"agent": ["Mr Brown"], "theme": ["a debt relief deal", "Tanzania"]}),
    ("Southampton's offer for Andy Reid was rejected.", "offer", "transaction",
     {"agent": ["Southampton"], "theme": ["Andy Reid"]}),
    # A description and its name parsed as two subjects: the name acts, the description
    # is what it is (never "drama collected", which no entity stands for).
    ("Tim Burton's gothic fantasy Big Fish has won three awards.", "win", "performance",
     {"agent": ["Big Fish"], "theme": ["three awards"]}),
    # A name with its description, one subject: left whole.
    ("Oil giant Shell has bought the refinery for $2bn.", "buy", "transaction", {"agent": ["Oil giant Shell"]}),
    # A receiving verb's event noun is the event, its subject the theme, the number before
    # the noun its quantity; an object that names no such event leaves "receive" the event.
    ("Carlos Ruiz has received a two-year jail sentence for fraud.", "receive sentence", "legal",
     {"theme": ["Carlos Ruiz"], "agent": None, "quantity": ["two-year"]}),
    ("The thriller Red Dust scooped six nominations at the awards.", "scoop nomination", "performance",
     {"theme": ["Red Dust"], "quantity": ["six nominations"]}),
    # A light verb's counted event noun keeps its count too (entertainment/355); none uncounted.
    ("British film Vera Drake, which has 11 nominations, leads the field.", "have nomination", "performance",
     {"agent": ["British film Vera Drake"], "quantity": ["11 nominations"]}),
    ("Mike Leigh's film Vera Drake got a nomination.", "get nomination", "performance", {"quantity": None}),
    ("The town's shops received a 5% boost in sales last month.", "receive boost", "change",
     {"theme": ["The town's shops"], "quantity": ["5%"]}),
    ("The museum received a letter from the mayor.", "receive", "other", {"agent": ["The museum"], "theme": ["a letter"]}),
    ("The charity received an offer from a bank.", "receive", "other", {"agent": ["The charity"], "theme": ["an offer"]}),
    # An argument never runs across its clause's verb, even one the tagger read as an adjective.
    ("Yukos's sale of its main unit to Rosneft angered investors.", "sale", "transaction",
     {"agent": ["Yukos"], "theme": ["its main unit"], "recipient": ["Rosneft"]}),
    # "over" a party in a contest: who lost.
    ("Celtic's 2-0 win over Rangers lifted the club to the top of the league.", "win", "performance",
     {"agent": ["Celtic"], "opponent": ["Rangers"]}),
    # "call on / for X to V": X acts, not the caller.
    ("The TUC called on Gordon Brown to scrap the plan.", "scrap", "other",
     {"agent": ["Gordon Brown"], "theme": ["the plan"]}),
    # Asking or ordering someone named to act is a request of its own: who asked whom, to do what.
    ("The regulator ordered Barclays to repay its customers.", "order", "request",
     {"agent": ["The regulator"], "recipient": ["Barclays"], "topic": ["to repay its customers"]}),
    ("The minister asked the banks to cut their charges.", "ask", "request",
     {"agent": ["The minister"], "recipient": ["the banks"], "topic": ["to cut their charges"]}),
    # "for" a named place: where a movement heads, else whom it was done for; never a reason.
    ("The ambassador left for Paris on Monday.", "leave", "movement", {"destination": ["Paris"], "reason": None}),
    ("Jonny Wilkinson played for England in the World Cup.", "play", "performance", {"beneficiary": ["England"], "reason": None}),
    # A "for" the parser calls a dative is still a preposition; "to date" is no destination.
    ("Kelly Holmes won an award for her running.", "win", "performance",
     {"reason": ["her running"], "recipient": None}),
    # A light verb's passive subject is its event noun, as its object is in the active.
    ("The summit will be held in Gleneagles in July.", "hold summit", "meeting", {"time": ["July"]}),
    ("Talks were held in Geneva on Monday.", "hold talks", "meeting", {"place": ["Geneva"], "time": ["Monday"]}),
    # "accused X of V-ing", "fined X for V-ing": X does it, not the one who accuses or fines.
    ("Mark Dale accused Paul Kent of starting the fight.", "start", "other", {"agent": ["Paul Kent"]}),
    ("Leeds fined Alan Smith for breaching club rules.", "breach", "other", {"agent": ["Alan Smith"]}),
    # After a verb of accusing the object acts whatever it is: a role noun, a party NER missed.
    ("Mr Letwin accused the chancellor of using fancy statistics to hide failures.", "use", "other",
     {"agent": ["the chancellor"]}),
    ("The Tories accuse Labour of raising taxes 66 times.", "raise", "change", {"agent": ["Labour"]}),
    # A thing or a place as the object does not act: the infinitive is the subject's purpose
    # (kg.extract.controllers); after a verb of control any object does.
    ("The firm used the money to buy shares in Vodafone.", "buy", "transaction", {"agent": ["The firm"]}),
    ("Mr Blair visited Paris to meet the French president.", "meet", "meeting", {"agent": ["Mr Blair"]}),
    # After a verb of using not even a group or a firm does: it is the means (BBC politics 239, tech 249).
    ("CSOs can now use reasonable force to detain suspects for up to 30 minutes.", "detain", "legal",
     {"agent": ["CSOs"]}),
    ("The party will now use focus groups to test a poster.", "test", "other", {"agent": ["The party"]}),
    ("Fans of other titles often use auction site eBay to sell their virtual wares.", "sell", "transaction",
     {"agent": ["Fans of other titles"]}),
    # A double object the parser read as a name and its apposition: the name gets, the noun is given.
    ("Linesman Tom Reed advised referee Mark Ball to award Rangers an injury-time penalty.", "award", "other",
     {"recipient": ["Rangers"], "theme": ["an injury-time penalty"]}),
    # A score inside a phrase of time is the match that phrase names, no quantity of this event.
    ("Patrick Kent threatened Gary Mills before the 4-2 defeat.", "threaten", "other",
     {"quantity": None, "time": ["before the 4-2 defeat"]}),
    # An adverb before "to" makes the infinitive a purpose, the subject's, whatever the object.
    ("Paul Kent named Mark Dale only to win a shorter sentence.", "win", "performance",
     {"agent": ["Paul Kent"]}),
    ("The company sent its biggest shipment to date to the Indian army.", "send", "movement",
     {"destination": ["the Indian army"], "time": None}),
    # Every member of an "and" list fills the first member's slot (kg.extract.listed) ...
    ("Captain Jeremy Bates has singled out Alex Bogdanovic and Andrew Murray as potential replacements.", "single out",
     "other", {"theme": ["Alex Bogdanovic", "Andrew Murray"]}),
    ("Having beaten Australia and South Africa to reach the final, England fell behind to an early try against Fiji.",
     "beat", "performance", {"opponent": ["Australia", "South Africa"]}),
    ("Mr Straw noted arms embargoes applied to China, Burma and Zimbabwe.", "apply", "other",
     {"destination": ["China", "Burma", "Zimbabwe"]}),
    # ... every member of a longer list, whose "and" the parser hangs on the last but one (sport/400, tech/290).
    ("The second seeds have been drawn against Samoa, France, Italy, Georgia and Chinese Taipei.", "draw", "performance",
     {"opponent": ["Samoa", "France", "Italy", "Georgia", "Chinese Taipei"]}),
    ("Symbian's Series 60 software is licenced by Nokia, LG Electronics, Lenovo, Panasonic, Samsung, Sendo and Siemens.",
     "licence", "other",
     {"agent": ["Nokia", "LG Electronics", "Lenovo", "Panasonic", "Samsung", "Sendo", "Siemens"]}),
    # A list of names the parser read as appositions (kg.extract.namelists; business/262, sport/294).
    ("Zurich Financial, Allianz and Axa also suffered a decline in value.", "suffer", "other",
     {"agent": ["Zurich Financial", "Allianz", "Axa"]}),
    ("He joins Jonny Wilkinson, Tim Stimpson and Paul Grayson in achieving that target.", "join", "other",
     {"theme": ["Jonny Wilkinson", "Tim Stimpson", "Paul Grayson"]}),
    # ... and a list right after the plural noun of its kind, no comma between (BBC tech/280, business/473).
    ("Cable firms NTL and Telewest have both launched video-on-demand services as the battle between satellite and "
     "cable TV heats up.", "launch", "creation", {"agent": ["NTL", "Telewest"]}),
    ("Nigerian banks United Bank of Africa and Standard Trust Bank have agreed plans to merge and create the biggest "
     "bank in West Africa.", "merge", "transaction", {"agent": ["United Bank", "Standard Trust Bank"]}),
    # ... not with words between the plural noun and the name (the parser hangs Jarvis on "Shares"),
    # nor a list of alternatives.
    ("Shares in engineering group Jarvis and Tube Lines have soared.", "soar", "change", {"theme": ["Shares"]}),
    ("Cable firms NTL or Telewest will launch video-on-demand services.", "launch", "creation", {"agent": ["NTL"]}),
    # ... not a description in apposition, nor one with no "and".
    ("Mikko Hypponen, head of F-Secure's anti-virus team, warned users.", "warn", "other", {"agent": ["Mikko Hypponen"]}),
    # ... not of alternatives, nor the subject of a clause the parser joined to the list.
    ("Mirza plays Silvia Farina Elia or Jelena Jankovic next.", "play", "performance", {"theme": ["Silvia Farina Elia"]}),
    ("The test was carried out by regional Belgian authorities and Kuznetsova has not yet been able to have a B sample "
     "tested.", "carry out", "other", {"agent": ["regional Belgian authorities"]}),
    # An object after a comma that closes the verb's complement restates it (kg.extract.apposed):
    # the gap widened, it widened no record.
    ("The gap between US exports and imports has widened to more than $60bn (£31.7bn), an all-time record.",
     "widen", "change", {"theme": ["The gap"], "new_value": ["more than $60bn"]}),
    # A request of the one named after its listed preposition (kg.extract.requests): "called on X to".
    ("Gordon Brown has called on rich nations to fund a £5.5bn ($10bn) plan to fight the Aids epidemic and find a "
     "vaccine.", "call on", "request", {"agent": ["Gordon Brown"], "recipient": ["rich nations"]}),
    # A product goes on sale: released, the theme (event_lemmas.tsv).
    ("The digital cameras, which are due to go on sale in the US by the summer, are based on the HP 607 model.",
     "go on sale", "creation", {"theme": ["The digital cameras"]}),
    # "take action" is a step taken against someone (event_lemmas.tsv; BBC entertainment/205, 209).
    ("Austin Aitken is taking action against NBC over its programme Fear Factor.", "take action", "other",
     {"agent": ["Austin Aitken"], "opponent": ["NBC"]}),
    ("The British producers of US Wife Swap are taking legal action against a show they claim is a copycat.",
     "take action", "other", {"agent": ["The British producers of US Wife Swap"], "topic": ["a show"]}),
    # "appear" is a state alone; before a court or on a show it is a hearing or a part (event_lemmas.tsv).
    ("Many Jamaican entertainers have appeared before the courts for use of profanity in recent years.",
     "appear before", "legal", {"agent": ["Many Jamaican entertainers"], "theme": ["the courts"]}),
    ("Pete Doherty's band Babyshamblers will appear on the NME/Radio One stage along with Kasabian.",
     "appear on", "performance", {"agent": ["Pete Doherty's band Babyshamblers"]}),
    # "give" is light ("gave him a chance"), but a thing of value given is a transaction (event_lemmas.tsv).
    ("Wolves chief executive Jez Moxey defended the decision to give Hoddle a short-term contract.",
     "give contract", "transaction", {"recipient": ["Hoddle"]}),
]


@pytest.mark.parametrize(("sentence", "lemma", "event_class", "roles"), TABLE)
def test_events_roles_and_class(nlp, sentence, lemma, event_class, roles):
    found = [event for event in _events(nlp, sentence) if event.lemma == lemma]
    assert found, [(event.lemma, event_roles(event)) for event in _events(nlp, sentence)]
    event = found[0]
    assert event.event_class == event_class
    have = event_roles(event)
    for role, texts in roles.items():
        assert have.get(role) == texts, have


@pytest.mark.parametrize(
    "sentence",
    [
        "The crowd included the former president.",  # a state
        "The deal appeared to be close.",  # ... "appear" alone too
        "Khan appeared in a Norwegian magazine.",
        "Mr Tokayev told the BBC about it.",  # a speech act: a quote
        "They made progress.",  # a light verb alone
        "Fans took the action figures home.",  # "take" with no noun of action: light, alone
        "The move gives Arsenal the chance to go top.",
        "He said the talks were over.",  # "say" with a clause: a quote
        "Arsenal managed to win the game.",  # an aspect verb before its verb: win is the event
        "Oil prices continued to rise in March.",
        "Shell moved to sell the refinery.",  # "moved to" + a verb: the selling is the event, no movement
        "The row was put back in the headlines on Saturday.",  # "put": its passive subject is no event
        "The insurer blamed the cuts on poor share returns.",  # a speaker's "blame": a quote
        "The firm was blamed for the crash by investigators.",  # ... in the passive too
        "Thierry Henry believes he will be blamed if Arsenal fail to qualify.",  # no one's, and not yet
        # An active verb the tagger read as a participle: the hardliners accuse.
        "The ruling was a response to projects by Turkish companies, which hardliners accused of doing business.",
    ],
)
def test_events_states_speech_and_light_verbs_are_no_events(nlp, sentence):
    lemmas = {event.lemma for event in _events(nlp, sentence)}
    assert not lemmas & {"include", "tell", "make", "say", "manage", "continue", "move", "blame", "accuse", "appear", "give", "give chance",
                         "appear in", "take", "take action"}, lemmas


@pytest.mark.parametrize(
    ("sentence", "patients"),
    [
        # A speech verb in the passive with no one saying it is an event (kg.extract.unsaid).
        ("Bad weather and a sluggish economy were blamed for the rise.", ["Bad weather", "a sluggish economy"]),
        ("Mr Ebbers, 63, is accused of being the mastermind behind an $11bn accounting fraud.", ["Mr Ebbers"]),
        ("Morrison was notorious for his wild lifestyle - and was accused of exposing himself at a Miami concert.",
         ["Morrison"]),
    ],
)
def test_events_a_passive_speech_verb_with_no_speaker_is_an_event(nlp, sentence, patients):
    (event,) = [event for event in _events(nlp, sentence) if event.lemma in ("blame", "accuse")]
    assert event.event_class == "statement"
    assert event_roles(event)["patient"] == patients


@pytest.mark.parametrize(
    ("sentence", "lemma"),
    [
        # A phrasal verb of aspect before "to": the parser reads a purpose, the text says it happened.
        ("Arsenal went on to win the league that season.", "win"),
        ("Thierry Henry went on to score twice against Chelsea.", "score"),
    ],
)
def test_events_went_on_to_is_asserted_and_no_event_of_its_own(nlp, sentence, lemma):
    events = _events(nlp, sentence)
    assert [event.factuality for event in events if event.lemma == lemma] == [Factuality.ASSERTED]
    assert "go on" not in {event.lemma for event in events}


def test_events_aspect_verb_alone_is_an_event(nlp):
    assert "start" in {event.lemma for event in _events(nlp, "The demonstrations started on January 2.")}
    assert "move" in {event.lemma for event in _events(nlp, "Russian troops moved to the border on Monday.")}


def test_events_direct_speech_is_the_quote_s_not_an_event(nlp):
    sentence = 'He said: "We will sell the club to the highest bidder next week."'
    assert not [event for event in _events(nlp, sentence) if event.lemma == "sell"]


def test_events_quantities_are_read_with_value_and_unit(nlp):
    (send,) = [event for event in _events(nlp, "The bloc sent more than 2,000 troops to Kazakhstan.") if event.lemma == "send"]
    (theme,) = [argument for argument in send.arguments if argument.role == "theme"]
    assert (theme.quantity.value, theme.quantity.unit, theme.quantity.qualifier) == ("2000", "troop", "more than")


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [("$3bn", "3000000000", "USD", None), ("£1.2m", "1200000", "GBP", None), ("31% of the vote", "31", "percent", None),
     ("to 5.5%", "5.5", "percent", None), ("nearly 2,000 more people", "2000", "people", "nearly"),
     ("dozens of people", None, "people", "dozens"), ("80,000 barrels a day", "80000", "barrel", None)],
)
def test_quantities(text, value, unit, qualifier):
    quantity = read_quantity(text)
    assert (quantity.value, quantity.unit, quantity.qualifier) == (value, unit, qualifier)


def test_event_lexicon_rejects_a_bad_row_naming_file_and_line(monkeypatch):
    def rows(line: int, fields: list[str]):
        return lambda name: (Row(f"kg/lexicon/data/{name}", line, tuple(fields)),)

    monkeypatch.setattr(lexicon, "read_table", rows(7, ["meet", "meetings", "verb", "agent"]))
    with pytest.raises(ConfigError, match=r"event_lemmas.tsv:7"):
        lexicon._load_lemmas()
    monkeypatch.setattr(lexicon, "read_table", rows(3, ["to", "*", "somewhere", "destination"]))
    with pytest.raises(ConfigError, match=r"event_roles.tsv:3"):
        lexicon._load_roles()
    monkeypatch.setattr(lexicon, "read_table", rows(9, ["may", "modal", "likely"]))
    with pytest.raises(ConfigError, match=r"factuality_cues.tsv:9"):
        lexicon._load_cues()


def test_event_lexicon_classes_are_the_gold_s():
    assert set(lexicon.EVENT_CLASSES) == {
        "meeting", "statement", "movement", "transaction", "appointment", "resignation", "election", "conflict",
        "agreement", "legal", "change", "performance", "creation", "request", "other",
    }  # fmt: skip
    assert {trigger.event_class for trigger in lexicon.VERB_TRIGGERS.values()} <= set(lexicon.EVENT_CLASSES)


# -- the founding article: what an analyst notes ------------------------------------------


@pytest.fixture(scope="module")
def founding(seed_graph):
    (part,) = seed_graph.parts.values()
    return part


def _participants(event) -> dict[str, list[tuple[str, str | None]]]:
    roles: dict[str, list[tuple[str, str | None]]] = {}
    for participant in event.participants:
        roles.setdefault(participant.role, []).append((participant.text, participant.entity))
    return roles


def _one(part, lemma: str, sentence_start: str):
    found = [e for e in part.events if e.lemma == lemma and e.evidence.sentence.startswith(sentence_start)]
    assert len(found) == 1, [(e.lemma, e.evidence.sentence[:30]) for e in part.events]
    return found[0]


CSTO = "collective-security-treaty-organisation"


def test_founding_deployment(founding):
    send = _one(founding, "send", "The bloc sent")
    roles = _participants(send)
    assert roles["agent"] == [("The bloc", CSTO)]
    assert [entity for _, entity in roles["destination"]] == ["kazakhstan"]
    (theme,) = [p for p in send.participants if p.role == "theme"]
    assert (theme.quantity.qualifier, theme.quantity.value, theme.quantity.unit) == ("more than", "2000", "troop")
    assert (send.factuality, send.date, send.date_end) == (Factuality.ASSERTED, "2022-01-03", "2022-01-09")
    assert send.event_class == "movement"


def test_founding_withdrawal_is_planned_by_the_ministry_s_word_and_is_the_headline_event(founding):
    pull_out = _one(founding, "pull out", "Troops of a Russia-led")
    assert (pull_out.factuality, pull_out.cue, pull_out.source) == (Factuality.PLANNED, "prepare", "russian-defence-ministry")
    assert CSTO in [entity for _, entity in _participants(pull_out)["agent"]]
    assert [entity for _, entity in _participants(pull_out)["source"]] == ["kazakhstan"]
    assert founding.headline_event == pull_out.id
    # Planned: no plain edge says the alliance left.
    assert not [r for r in founding.relations if r.key.startswith("pull out")]


def test_founding_request(founding):
    request = _one(founding, "request", "President Kassym-Jomart Tokayev")
    roles = _participants(request)
    assert roles["agent"] == [("President Kassym-Jomart Tokayev", "kassym-jomart-tokayev")]
    assert [entity for _, entity in roles["recipient"]] == [CSTO]
    edge = [r for r in founding.relations if r.key == "request from" and r.object == CSTO]
    assert edge and edge[0].event == request.id and edge[0].factuality is Factuality.ASSERTED


def test_founding_casualties_and_detentions_are_quantities(founding):
    kill = _one(founding, "kill", "Protesters stormed")
    (killed,) = [p for p in kill.participants if p.role == "patient"]
    assert (killed.text, killed.quantity.qualifier, killed.quantity.unit) == ("dozens of people", "dozens", "people")
    detain = _one(founding, "detain", "Authorities in Almaty")
    (detained,) = [p for p in detain.participants if p.role == "theme"]
    assert (detained.quantity.qualifier, detained.quantity.value) == ("nearly", "2000")
    assert (detain.factuality, detain.source, detain.date) == (Factuality.REPORTED, "authorities-7aa0a2e1", "2022-01-13")


@pytest.mark.parametrize(
    ("lemma", "sentence_start", "date"),
    [
        ("start", "The demonstrations started", "2022-01-02"),  # "on January 2"
        ("send", "The bloc sent", "2022-01-03"),  # "last week" (a period: to the 9th)
        ("deploy", "The withdrawal comes", "2022-01-06"),  # "only a week after" the article's day
        ("complete", "On Tuesday Mr Tokayev", "2022-01-11"),  # "On Tuesday"
        ("pull out", "On Tuesday Mr Tokayev", "2022-01-13"),  # "on Thursday"
        ("resume", "In Almaty", "2022-01-13"),  # "on Thursday morning"
        ("storm", "In Almaty", "2022-01-06"),  # "a week after" Thursday
        ("seize", "In Almaty", "2022-01-06"),
        ("detain", "Authorities in Almaty", "2022-01-13"),  # "on Thursday"
    ],
)
def test_founding_every_date_lands_on_its_event(founding, lemma, sentence_start, date):
    assert _one(founding, lemma, sentence_start).date == date


@pytest.mark.parametrize(
    ("sentence", "lemma", "not_lemma"),
    [
        # A particle after one of the verb's phrases belongs to something else.
        ("David Beckham suffered a broken foot in the build up to the World Cup.", "suffer", "suffer up"),
        ("The tax cuts will be paid for out of the savings found by the review.", "pay", "pay out"),
        # A passive's "by" phrase counts as one of its phrases (BBC sport).
        ("The fresh verve is inspired by skipper Gareth Thomas, now out with a broken thumb.", "inspire", "inspire out"),
        # A discourse adverb after a light verb is no part of what it means.
        ("The new service was quickly taken up though by young viewers.", "take up", "take up though"),
        # A particle right after the verb or its object stays.
        ("The troops pulled out of the capital on Thursday.", "pull out", "pull"),
        # So does one the parser gave as an adverb right after the verb (BBC politics, business).
        ("Mr Balls, who stepped down from his Treasury post to stand as a Labour candidate in the election, "
         "had suggested that Mr Brown would meet his golden economic rule.", "step down", "step"),
        ("The company plans to buy back 52 million shares at 570 rupees apiece.", "buy back", "buy"),
    ],
)
def test_events_particles_belong_to_their_verb(nlp, sentence, lemma, not_lemma):
    lemmas = {event.lemma for event in _events(nlp, sentence)}
    assert lemma in lemmas and not_lemma not in lemmas, lemmas


@pytest.mark.parametrize(("sentence", "adjective", "expected"), [
    # A small clause under a verb of saying is an event, reported; under a light verb a state it brings about.
    ("The general declared the mission complete on Thursday.", "complete", True),
    ("The new rules will make Britain safer, the minister said.", "safe", False),
    ("The firm did not make the software Windows compatible.", "compatible", False),
])
def test_small_clauses_under_saying_not_under_light_verbs(nlp, sentence, adjective, expected):
    assert (adjective in {event.lemma for event in _events(nlp, sentence)}) is expected


@pytest.mark.parametrize("sentence", [
    "Eventually Asimo could find gainful employment in homes and offices.",  # BBC tech
    "Mr Murray said the club would find it easier to attract more investment.",  # BBC business
])
def test_a_base_form_is_not_cut_into_another_verb(nlp, sentence):
    # "find" is no inflection of "fine" (a legal event): only an inflected form is cut back
    assert "fine" not in {event.lemma for event in _events(nlp, sentence)}
