"""Constructions that gave wrong or garbled events and positions, read on the shared
pipeline: a habitual "used to", negation that leaked past "but", a reduced passive
read as a clause, roles that misread what an argument is (a score, a time that is
no date, "with" + a party, "for the 21st time"), list items read as appositions,
plans and amounts cut short."""

from __future__ import annotations

import pytest

from kg.records import Document
from kg.types import Factuality
from tests.extract_helpers import event_roles


def _extraction(nlp, sentence: str):
    from kg.extract import extract

    return extract(Document("t", sentence), nlp(sentence))


# (sentence, lemma that must be no event, lemma that must be one)
NOT_EVENTS = [
    ("He used to listen to the radio every night.", "use", "listen"),
    # a light verb's noun keeps the preposition after it out of the trigger
    ("The vote took place on Monday after the minister resigned.", "take on", "resign"),
    # a verb of motion with a bare noun is an idiom, not a movement to "light"
    ("The allegations came to light in 2003.", "come", "come to light"),
    ("The company used to build ships in Glasgow.", "use", "build"),
    ("Martin Freeman co-stars with John Malkovich. He played Arthur Dent.", "co", "play"),
    ("Iran's bid to join the trade body has been refused.", "bid", "join"),  # the joining is the (planned) event
    ("Martin Freeman and Alan Rickman are co-starring in the film. Rickman played Marvin.", "co", "play"),
]


@pytest.mark.parametrize(("sentence", "absent", "present"), NOT_EVENTS)
def test_habitual_used_to_is_no_event(nlp, sentence, absent, present):
    lemmas = {event.lemma for event in _extraction(nlp, sentence).events}
    assert absent not in lemmas and present in lemmas, lemmas


def test_used_with_an_object_is_an_event(nlp):
    assert "use" in {event.lemma for event in _extraction(nlp, "The firm used the money to buy shares.").events}


# (sentence, lemma, factuality it must have)
FACTUALITY = [
    ("Israel refuses to accept the ruling, but is said to be closely watching the talks.", "watch", Factuality.SPECULATED),
    ("Israel refuses to accept the ruling but watches the talks.", "watch", Factuality.ASSERTED),
    ("Israel refuses to accept the ruling but watches the talks.", "accept", Factuality.NEGATED),
    ("He did not comment but has promised a review.", "comment", Factuality.NEGATED),
    # an estimate's figure is no fact: it was revised (business/044, untuned)
    ("A previous estimate of 0.1% growth between July and September was downgraded to a 0.3% decline.", "grow",
     Factuality.POSSIBLE),
    ("The minister announced a cut in fees, a move welcomed by unions.", "welcome", Factuality.ASSERTED),
    # a conceded "may have" before a contrast asserts; a doubted contrast does not
    ("Jones may have won the race, but Smith set the record.", "win", Factuality.ASSERTED),
    ("Jones may have won the race.", "win", Factuality.POSSIBLE),
    ("He might have left the club, but nobody knows.", "leave", Factuality.POSSIBLE),
    # a past obligation was met; a future one is planned
    ("Smith had to pull out of the race with an injury.", "pull out", Factuality.ASSERTED),
    ("Smith will have to pull out of the race.", "pull out", Factuality.PLANNED),
    # "would" in a finding is conditional; after a speech verb it is the speaker's plan
    ("A poll found voters would reject the treaty.", "reject", Factuality.POSSIBLE),
    ("The survey showed most firms would cut jobs next year.", "cut", Factuality.POSSIBLE),
    ("Smith said he would resign next year.", "resign", Factuality.PLANNED),
    # an event noun only considered is possible
    ("Pernod is considering a bid for Allied Domecq.", "bid", Factuality.POSSIBLE),
]


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), FACTUALITY)
def test_factuality_of_contrasts_concessions_and_findings(nlp, sentence, lemma, factuality):
    found = {event.lemma: event.factuality for event in _extraction(nlp, sentence).events}
    assert found.get(lemma) is factuality, found


# (sentence, lemma, roles the event must have)
REDUCED_PASSIVES = [
    ("The minister announced a cut in fees, a move branded a 'humiliating retreat' by the Tories.", "brand",
     {"patient": ["a move"], "agent": ["the Tories"]}),
    ("Rosneft bought Yukos, a deal financed by Chinese banks.", "finance",
     {"patient": ["a deal"], "agent": ["Chinese banks"]}),
]


@pytest.mark.parametrize(("sentence", "lemma", "roles"), REDUCED_PASSIVES)
def test_reduced_passive_takes_its_agent_from_by(nlp, sentence, lemma, roles):
    extraction = _extraction(nlp, sentence)
    (event,) = [event for event in extraction.events if event.lemma == lemma]
    have = event_roles(event)
    assert {role: have.get(role) for role in roles} == roles, have
    assert event.factuality is Factuality.ASSERTED
    # the apposition is no one's speech
    assert not [reading for reading in extraction.speech if "by the" in sentence[reading.content[0]:reading.content[1]]]


# (sentence, lemma, role, the argument's text, or None: no argument in that role)
ROLES = [
    ("Spain won the game 1-0.", "win", "quantity", "1-0"),  # a score kept whole
    ("Chelsea beat Arsenal 2-1 on Sunday.", "beat", "quantity", "2-1"),
    ("Ryanair has placed an order for 70 Boeing 737-800 planes.", "place", "quantity", None),  # a model, no score
    ("Police arrested him after the match.", "arrest", "time", "after the match"),  # a match is no date
    ("He was injured during the event.", "injure", "time", "during the event"),
    ("Prices rose after 2003.", "rise", "time", "2003"),
    ("Michael Howard faces a rebellion after deciding to back identity cards.", "face", "time",
     "after deciding to back identity cards"),
    ("Israel will share information with the Palestinian Authority.", "share", "recipient", "the Palestinian Authority"),
    ("Israel will share information with the Palestinian Authority.", "share", "instrument", None),
    ("Protesters attacked police with stones.", "attack", "instrument", "stones"),
    ("Charles Clarke faces his first test with a possible rebellion.", "face", "instrument", None),
    ("Police detained three executives, with reports suggesting fraud.", "detain", "instrument", None),
    ("The allegations came to light in 2003.", "come to light", "destination", None),
    ("Mr Smith came to London on Monday.", "come", "destination", "London"),
    ("Police arrested two men in the hunt for the organisers.", "arrest", "reason", None),
    # a preposition that changes the verb's meaning is the trigger's, its object the theme
    ("Troops in Almaty fired on protesters.", "fire on", "theme", "protesters"),
    ("Eddie Thompson called for an end to the speculation.", "call for", "theme", "an end"),
    ("Clarke took on the post on Thursday.", "take on", "time", "Thursday"),
    # a plan is nothing without what is planned; what it is for is planned, by who plans
    ("Ghana has launched a programme to boost cocoa output.", "launch", "theme", "a programme to boost cocoa output"),
    ("Ghana has launched a programme to boost cocoa output.", "boost", "agent", "Ghana"),
    # "in" + a name says which shares
    ("Shares in London Clubs, Rank and Stanley Leisure fell sharply on Monday.", "fall", "theme",
     "Shares in London Clubs, Rank and Stanley Leisure"),
    ("He was jailed in 2003 for fraud.", "jail", "reason", "fraud"),
    ("The US blocked its application for the 21st time.", "block", "reason", None),
    # a change of value from one amount to another: both amounts, whole
    ("Nigeria aimed to boost production from 300,000 tonnes to 1m tonnes by 2008.", "boost", "old_value",
     "300,000 tonnes"),
    ("Nigeria aimed to boost production from 300,000 tonnes to 1m tonnes by 2008.", "boost", "new_value",
     "1m tonnes"),
    ("The government will pump 154m naira into subsidies.", "pump", "theme", "154m naira"),
    ("Nike posted a profit of $261.9m (£135.6m) for the quarter.", "post", "theme", "a profit of $261.9m"),
    ("Alan Milburn earned up to £85,000 from speeches.", "earn", "theme", "up to £85,000"),  # not "earn up"
    ("The register shows William Hague earning up to £820,000 on top of his salary.", "earn", "theme", "up to £820,000"),
    ("Shares fell 5% to 120p.", "fall", "new_value", "120p"),  # pence, not a date
    # "against" a thing is what one is against, not an opponent; a side in a match is one
    ("Public service unions united against the plans.", "unite", "topic", "the plans"),
    ("Scotland played against France on Saturday.", "play", "opponent", "France"),
    # the object of a contest verb is the other side when it is one; a thing stays the theme
    ("Serena Williams faces Maria Sharapova in the final on Sunday.", "face", "opponent", ["Maria Sharapova"]),
    ("Serena Williams faces Maria Sharapova in the final on Sunday.", "face", "theme", None),
    ("The bank faces tough questions from regulators.", "face", "theme", "tough questions"),
    ("The bank faces tough questions from regulators.", "face", "opponent", None),
    ("Leeds will take on Chelsea at Elland Road.", "take on", "opponent", "Chelsea"),
    ("Federer beat Andy Murray in straight sets.", "beat", "opponent", "Andy Murray"),
    ("The champions were beaten by Ajax.", "beat", "agent", "Ajax"),
    ("Italy were beaten by Wales in Rome.", "beat", "opponent", "Italy"),
    # a participle clause without subject or object is passive: the subject is found guilty
    ("If found guilty, Mr Smith could lose his job.", "find", "patient", "Mr Smith"),
    ("If found guilty, Mr Smith could lose his job.", "find", "agent", None),
]


@pytest.mark.parametrize(("sentence", "lemma", "role", "text"), ROLES)
# text: the argument's text, a list of them, or None for no argument in that role
def test_roles_say_what_the_argument_is(nlp, sentence, lemma, role, text):
    (event,) = [event for event in _extraction(nlp, sentence).events if event.lemma == lemma]
    have = event_roles(event)
    assert have.get(role) == (text if isinstance(text, list) else [text] if text else None), have


def test_score_is_a_quantity_without_a_single_value(nlp):
    (event,) = [event for event in _extraction(nlp, "Spain won the game 1-0.").events if event.lemma == "win"]
    (score,) = [argument for argument in event.arguments if argument.role == "quantity"]
    assert (score.quantity.value, score.quantity.unit) == (None, "score")


# (sentence, person, role as read, or None: no position for that person)
POSITIONS = [
    ("The meeting was attended by Kofi Annan, World Bank officials and ministers of 23 countries.", "Kofi Annan", None),
    ("James Cosgrave, one of the company's directors, resigned.", "James Cosgrave", "director"),
    ("Dave Prentis, general secretary of Unison, said the plan was wrong.", "Dave Prentis", "general secretary"),
    ("The talks included John Smith, chief executive of Tesco, and Mary Jones.", "John Smith", "chief executive"),
    ("Under-pressure coach Bernard Laporte has made four changes.", "Bernard Laporte", "coach"),
]


@pytest.mark.parametrize(("sentence", "person", "role"), POSITIONS)
def test_list_items_are_no_appositions(nlp, sentence, person, role):
    roles = [reading.role for reading in _extraction(nlp, sentence).roles if reading.person.text == person]
    assert roles == ([role] if role else []), roles


def test_coordinated_roles_share_their_organisation(nlp):
    sentence = "Philip Knight, chairman and chief executive of Nike, said the results were strong."
    roles = {(reading.role, reading.organisation.text if reading.organisation else None)
             for reading in _extraction(nlp, sentence).roles if reading.person.text == "Philip Knight"}
    assert roles == {("chairman", "Nike"), ("chief executive", "Nike")}


def _hand_parse(rows):
    """Words of a hand-built parse; rows are (word, head, dep, pos, tag)."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.words import Words

    words, heads, deps, pos, tags = (list(column) for column in zip(*rows, strict=True))
    return Words(Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags))


def test_an_adverbial_clause_hung_as_a_complement_is_not_what_was_said():
    from kg.extract.event_arguments import said_clause

    # "Nigeria announced its plan as Ghana announced records", "as ..." misparsed as ccomp.
    rows = [("Nigeria", 1, "nsubj", "PROPN", "NNP"), ("announced", 1, "ROOT", "VERB", "VBD"),
            ("its", 3, "poss", "PRON", "PRP$"), ("plan", 1, "dobj", "NOUN", "NN"), ("as", 6, "mark", "SCONJ", "IN"),
            ("Ghana", 6, "nsubj", "PROPN", "NNP"), ("announced", 1, "ccomp", "VERB", "VBD"),
            ("records", 6, "dobj", "NOUN", "NNS"), (".", 1, "punct", "PUNCT", ".")]
    assert not said_clause(_hand_parse(rows)[6])
    rows[4] = ("that", 6, "mark", "SCONJ", "IN")
    assert said_clause(_hand_parse(rows)[6])


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    ("If found guilty, Mr Smith could lose his job.", "lose", Factuality.POSSIBLE),
    ("The government will pump 154m naira into subsidies.", "pump", Factuality.PLANNED),
    ("Tony Blair is due to attend the summit in Paris.", "attend", Factuality.PLANNED),
    ("Ghana has launched a programme to boost cocoa output.", "boost", Factuality.PLANNED),
    # what a move is designed to bring about has not come yet
    ("The move is designed to help News Corp attract more investment from the largest US financial institutions.",
     "attract", Factuality.PLANNED),
])
def test_planned_and_possible_key_facts(nlp, sentence, lemma, factuality):
    found = {event.lemma: event.factuality for event in _extraction(nlp, sentence).events}
    assert found.get(lemma) is factuality, found


@pytest.mark.parametrize(("sentence", "lemma"), [
    # A verb of intent with an object is a fact of its own: the seeking, pledging or
    # forecasting happened (issue 14), whatever becomes of what it is about.
    ("Charles Kennedy is pledging a maternity income guarantee.", "pledge"),
    ("Qantas sought a tie-up with Air New Zealand last year.", "seek"),
    ("The ECB has forecast economic growth in the eurozone of 1.9% in 2005.", "forecast"),
    ("Mr Smith is seeking damages from the newspaper.", "seek"),
])
def test_a_verb_of_intent_with_an_object_is_asserted(nlp, sentence, lemma):
    found = {event.lemma: event.factuality for event in _extraction(nlp, sentence).events}
    assert found.get(lemma) is Factuality.ASSERTED, found


# (sentence, lemma, role, argument): a possessor beside an "of" object acts; "for" + a
# party of a transaction is what is bid for, not who benefits; a description with its
# name hung on it as an apposition with no comma is the name.
TRANSACTION_ROLES = [
    ("French firm LVMH bought Glenmorangie last year.", "buy", "agent", "LVMH"),
    ("Luxury goods firm LVMH has bought whisky maker Glenmorangie.", "buy", "agent", "LVMH"),
    ("LVMH, the luxury goods firm, bought Glenmorangie.", "buy", "agent", "LVMH"),
    # "to" + a party of a contest is the one lost to, not a recipient
    ("Smith lost out to Jones in the final.", "lose out", "opponent", "Jones"),
    # the amount of a change the parser hung as an adverb
    ("Shares in Allied Domecq rose 5% on Friday.", "rise", "difference", "5%"),
    ("Profits rose 10% last year.", "rise", "difference", "10%"),
    ("Pernod's takeover of Allied Domecq was approved.", "takeover", "agent", "Pernod"),
    ("Pernod's takeover of Allied Domecq was approved.", "takeover", "theme", "Allied Domecq"),
    ("Pernod Ricard has made a bid for Allied Domecq.", "make bid", "theme", "Allied Domecq"),
]


@pytest.mark.parametrize(("sentence", "lemma", "role", "text"), TRANSACTION_ROLES)
def test_transaction_noun_roles(nlp, sentence, lemma, role, text):
    events = [event for event in _extraction(nlp, sentence).events if event.lemma == lemma]
    assert events and text in event_roles(events[0]).get(role, []), [event_roles(e) for e in events]


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # An event noun its own clause calls likely or unlikely is a guess, not a fact nor a plan
    # (unlikely: expected not to happen, negated).
    ("Neither Mr Howard nor Mr Letwin would say exactly how they would use that cash, "
     "although a cut in the basic rate seems unlikely.", "cut", Factuality.NEGATED),
    ("A rise in interest rates is likely next month.", "rise", Factuality.POSSIBLE),
])
def test_an_event_noun_called_likely_or_unlikely(nlp, sentence, lemma, factuality):
    found = {event.lemma: event.factuality for event in _extraction(nlp, sentence).events}
    assert found.get(lemma) is factuality, found


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # An event noun a framing noun takes through a preposition is what that noun says it is
    # (kg.extract.framednouns): no plan for it, the idea of it, talk of it (BBC politics/314, /380).
    ("He insisted there was no plan for an invasion of the country.", "invasion", Factuality.NEGATED),
    ("While they openly welcome the idea of an increase in the minimum wage, they fear job losses.",
     "increase", Factuality.POSSIBLE),
    ("There was talk of a merger of the two banks.", "merger", Factuality.SPECULATED),
    ("The firm has plans for a takeover of its rival.", "takeover", Factuality.PLANNED),
    # A report on something that happened frames nothing.
    ("A report on the invasion of the country was published.", "invasion", Factuality.ASSERTED),
    # No date for a release: still to come, planned, not ruled out (kg.extract.dated); no evidence of a slowdown:
    # not (yet) so; evidence of one is no doubt of it (BBC tech, business)
    ("There is no date for the PSP's release in Europe yet.", "release", Factuality.PLANNED),
    ("Analysts said there was no evidence of a slowdown in the UK property market.", "slowdown", Factuality.NEGATED),
    ("A swathe of figures have provided further evidence of a slowdown in the UK property market.", "slowdown",
     Factuality.ASSERTED),
    # Called off, put off (BBC politics/249): the debate did not happen, the takeover is still to come
    ("In 1997 a debate between Mr Blair and John Major was also cancelled when a format could not be agreed.",
     "debate", Factuality.NEGATED),
    ("The union called off the meeting between Mr Blair and John Major.", "meeting", Factuality.NEGATED),
    ("The firm postponed its takeover of Abbey.", "takeover", Factuality.PLANNED),
])
def test_an_event_noun_framed_by_a_noun_through_a_preposition(nlp, sentence, lemma, factuality):
    found = {event.lemma: event.factuality for event in _extraction(nlp, sentence).events}
    assert found.get(lemma) is factuality, found


def test_an_event_noun_due_to_a_cause_stays_asserted(nlp):
    sentence = ("In November, the fall in exports was largely due to a decline in sales of industrial supplies "
                "and materials such as chemicals.")
    found = {event.lemma: event.factuality for event in _extraction(nlp, sentence).events}
    assert found.get("fall") is Factuality.ASSERTED, found


@pytest.mark.parametrize("sentence", [
    # BBC politics: the one who promises to get rid of something is no patient of it
    'He pledged cleaner hospitals and better school discipline, with a promise to get rid of "political correctness" '
    "in the national curriculum.",
    "He said the extra revenue would allow his party to get rid of tuition and top-up fees.",
])
def test_get_rid_of_is_no_passive(nlp, sentence):
    events = [e for e in _extraction(nlp, sentence).events if e.lemma == "rid"]
    assert all(a.role != "patient" for e in events for a in e.arguments), events
