"""Verbs that head no event: a participle before a title ("defending champion"), a
participle used as a preposition ("following a ban"), "there to be" + passive and a
quantity word's infinitive ("more to come"); and the same words where they do head one."""

from __future__ import annotations

import pytest

from kg.records import Document


def _lemmas(nlp, sentence: str) -> set[str]:
    from kg.extract import extract

    return {event.lemma for event in extract(Document("t", sentence), nlp(sentence)).events}


# (sentence, lemma that must be no event, lemma that must be one)
NO_EVENT = [
    ("Holmes will face defending champion Maria Mutola in the final.", "defend", None),
    # a role noun the tagger reads as a name's word (untuned politics/062, paraphrased)
    ("The former minister is standing against sitting MP Jane Hughes in the seat.", "sit", "stand"),
    ("He lost to defending champion Lleyton Hewitt.", "defend", "lose"),
    # sport/137 (paraphrased): the other side's captain, no one opposes anyone
    ("Vieira also clashed with opposing skipper Roy Keane before the game.", "oppose", "clash"),
    ("Lufthansa was hit by a dip in demand following the Iraq war.", "follow", "hit"),
    ("Cantona received a long ban following the incident at the ground.", "follow", "receive ban"),  # the ban is the event (kg.extract.received)
    ("The coach knows he is there to be shot at by the fans.", "shoot", None),
    ("Managers are there to be criticised.", "criticise", None),
    ("There is more to come from him this season.", "come", None),
    ("There is still plenty to play for.", "play", None),
    ("Given the risks, officials delayed the vote.", "give", "delay"),
    # "as opposed to" contrasts two things; no one opposes anything
    ("The inquiry will be conducted on a single day as opposed to being run as an ongoing evaluation.", "oppose", "conduct"),
    ("However, the firm said it expected operating margins to be lower in 2005, at 4% of sales as opposed to 5%.", "oppose", None),
    ("Woodward will assess Scotland pair Simon Taylor and Ireland lock Paul O'Connell.", "lock", "assess"),
    # a role word with the name before it as the parser's subject (BBC business)
    ("Airbus head Noel Forgeard is now set to replace Mr Camus.", "head", "replace"),
    # after "and", joined by the parser to the name before (BBC sport)
    ("Prop Phil Vickery and lock Simon Shaw both return to the squad after missing the autumn Tests through injury.",
     "lock", "return"),
    ("Sales fell short of expectations in December.", "fall", None),
    ("The team fell behind in the first half but won the game.", "fall", "win"),
    # a bare noun, a preposition, a preposition with its noun: idioms, no fall of a value
    ("Those who fall victim to these attacks can find that their bank account has been cleaned out.", "fall", None),
    ("As long as the total amount of interest falls within the allowance, then no tax will be payable.", "fall", None),
    ("Maria, the novice nun who falls in love with Baron von Trapp, will be played by Sandra Pires.", "fall", "play"),
    ("And Mr Kennedy was not falling into that trap when he fired up his campaign.", "fall", None),
    # going into a fixture is facing it (sport/327, sport/450): nobody moves
    ("The French go into the game as clear underdogs.", "go", None),
    ("Hewitt went into the final as a short-priced favourite to clinch his 24th career title after dropping only one set "
     "all week.", "go", "clinch"),
    # a noun a numeral ranks, read as a verb after "to" (entertainment/158, 234): no "number" event
    ("Queen went to number one in 2000 with a version of We Will Rock You sung by boy band 5ive.", "number", None),
    ("The debut album moved up seven places from number eight to number one.", "number", "move"),
    # the parser's object numeral (untuned entertainment/262, sport/378)
    ("Their third album, War, saw them make the breakthrough, going to number one in the UK and 12 in the US.",
     "number", "see"),
    ("Captain Kort Schubert of the Cardiff Blues shifts to number eight.", "number", None),
    # a noun compounded by the noun before it, read as a verb (entertainment/206): no "show" event
    ("Rock star Ozzy Osbourne has said his family will not make any more episodes of reality TV show The Osbournes.",
     "show", None),
    # a passive "left" with an adjective says how someone ended up (sport/469)
    ("Roddick was left frustrated after losing both his singles on the slow clay of Seville's Olympic Stadium.",
     "leave", "lose"),
    # "end up" tells how things turned out; the gerund is the event (untuned business/348)
    ("US Airways ended up cancelling over 100 flights on Christmas Day.", "end up", "cancel"),
    ("Consumers could end up paying more for their gas.", "end up", None),
    ("Sharon Osbourne is currently appearing as a judge and mentor in ITV1 talent show The X-Factor alongside "
     "Simon Cowell.", "show", None),
]


@pytest.mark.parametrize(("sentence", "absent", "present"), NO_EVENT)
def test_false_event_heads_no_event(nlp, sentence, absent, present):
    lemmas = _lemmas(nlp, sentence)
    assert absent not in lemmas, lemmas
    assert present is None or present in lemmas, lemmas


# The same words heading real events: an auxiliary, a determiner after, a real passive.
STILL_EVENTS = [
    ("Federer is defending his title in Melbourne.", "defend"),
    ("Terry was defending Chelsea's lead.", "defend"),  # a name, no role noun, after the participle
    ("The Tories are opposing the bill in the Commons.", "oppose"),
    ("Police are following the suspect across the city.", "follow"),
    ("He went there to meet the minister.", "meet"),
    ("Smith will captain England against France.", "captain"),
    ("Sales fell sharply in December.", "fall"),
    ("Wales might end their four-match losing run against England in Cardiff.", "end"),
    ("Shares fell within minutes of the announcement.", "fall"),  # "within" a time
    ("Sales fell into decline in 2003.", "fall"),
    ("Labour MPs opposed the plan as soon as it was published.", "oppose"),
    ("The figures show a sharp rise in sales.", "show"),  # a subject of its own: a verb
    ("Smith was left out of the squad for the game against France.", "leave out"),
    ("The crowd is expected to number 5,000.", "number"),  # a count of its own, not a rank after "number"
]


@pytest.mark.parametrize(("sentence", "lemma"), STILL_EVENTS)
def test_same_words_still_head_events(nlp, sentence, lemma):
    assert lemma in _lemmas(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "event_class"),
    [
        # The one refused is the subject, and nobody spoke: no statement.
        ("Both men were denied bail and remanded in custody.", "other"),
        ("The singer was denied a visa by the embassy.", "other"),
        ("They were denied by some desperate defending.", "other"),
        # A denial someone makes stays a statement, active or passive.
        ("The minister denied the claims.", "statement"),
        ("The claims were denied by the minister.", "statement"),
    ],
)
def test_a_passive_denial_with_its_object_kept_is_no_statement(nlp, sentence, event_class):
    from kg.extract import extract

    events = extract(Document("t", sentence), nlp(sentence)).events
    assert {event.event_class for event in events if event.lemma == "deny"} == {event_class}


# BBC sport: a present-tense verb tag right after an object noun, with no subject or
# auxiliary of its own, is the head of that noun's phrase, no event.
PHRASE_HEADS = [
    ("Greg Rusedski takes Tim Henman's place as first choice in the singles, while Alex Bogdanovic will play in the "
     "second singles clash.", "clash", "play"),
    ("Serena Williams has moved up five places to second in the world rankings after her Australian Open win.",
     "ranking", None),
    ("Now he fears it could derail the club's hopes of cup silverware after eight players were away with their "
     "countries.", "silverware", None),
    # BBC entertainment: a past tag that is the bare form ("hit"), right after an object noun, is a noun too.
    ("New York-born Aguilera reached number one in the UK with her debut hit Genie in a Bottle in October 1999.",
     "hit", "reach"),
    ("The musical's British director is Matthew Warchus, best known for staging the worldwide stage hit Art.",
     "hit", None),
]


@pytest.mark.parametrize(("sentence", "absent", "present"), PHRASE_HEADS)
def test_a_present_verb_tag_after_an_object_noun_is_no_event(nlp, sentence, absent, present):
    lemmas = _lemmas(nlp, sentence)
    assert absent not in lemmas, lemmas
    assert present is None or present in lemmas, lemmas


def test_a_present_verb_after_its_subject_is_still_an_event(nlp):
    # BBC tech: the noun before the verb is its subject, no object
    sentence = "Aon streams a couple of live channels, plus sports, news and music programmes on to the net."
    assert "stream" in _lemmas(nlp, sentence)


def test_a_bare_past_after_its_subject_is_still_an_event(nlp):
    # BBC politics: "the Iraq war had hit trust" has its own auxiliary and subject
    assert "hit" in _lemmas(nlp, "Lib Dem foreign affairs spokesman Menzies Campbell said the Iraq war had hit trust in "
                                 "politicians hard.")


def test_a_bare_past_with_a_score_is_still_an_event(nlp):
    # BBC sport: a paragraph the parse opens as a prepositional phrase; the score makes "beat" a result
    assert "beat" in _lemmas(nlp, "She now faces\n\nafter the Swiss 12th seed beat American Abigail Spears 7-6 6-3.")


def test_a_bare_infinitive_after_its_subject_is_still_an_event(nlp):
    # BBC sport: "watched Rangers lose", the object the infinitive's subject (complement_verbs.txt)
    assert "lose" in _lemmas(nlp, "McLeish watched Rangers lose 2-0 to Celtic.")


# BBC business, politics and tech: a participle that completes "be" graded by a degree
# adverb, or one that completes a verb of seeming or becoming, is an adjective (a state).
STATIVES = [
    ("Investors seemed to feel that some of the worst-affected areas - such as Aceh in Indonesia - were so "
     "under-developed that the tragedy would little impact on Asia's listed companies, according to analysts.",
     "develop"),
    ("The days of arcade classics such as Space Invaders, Pac-Man and Donkey Kong are long gone.", "go"),
    ('Indeed there is a danger Mr Blair simply ends up looking "embattled".', "embattle"),
    ('The newspaper also claimed Mr Seifert was becoming "increasingly frustrated" with the pace of negotiations.',
     "frustrate"),
]


@pytest.mark.parametrize(("sentence", "absent"), STATIVES)
def test_a_graded_or_seeming_participle_is_no_event(nlp, sentence, absent):
    assert absent not in _lemmas(nlp, sentence)


def test_a_participle_after_be_is_still_an_event(nlp):
    # ungraded after "be": a passive the parse gave as an adjective
    assert "nominate" in _lemmas(nlp, "DiCaprio and Blanchett are both nominated for acting Oscars.")


# BBC politics and sport: a verb of seeming with a noun or adjective complement is how
# something seems; with a preposition or a particle it is still an event.
SEEMING = [
    ("Mr Blair, looking a little windswept, joined two girls from St Egwin's Middle School in Evesham.", "look", "join"),
    ("On the provincial front, Leinster, for second year in succession, blew it when the Heineken Cup looked a good "
     "wager.", "look", None),
    ("Leinster are again looking the most potent outfit going into 2005.", "look", None),
]


@pytest.mark.parametrize(("sentence", "absent", "present"), SEEMING)
def test_a_verb_of_seeming_with_a_complement_is_no_event(nlp, sentence, absent, present):
    lemmas = _lemmas(nlp, sentence)
    assert absent not in lemmas, lemmas
    assert present is None or present in lemmas, lemmas


@pytest.mark.parametrize(("sentence", "lemma"), [
    ("It is looking for paycuts totalling $800m.", "look"),
    ("Mr Wang's team are also going to look into complaints from residents.", "look into"),  # an inquiry (event_lemmas.tsv)
    ("The family spent the past couple of years sounding out possible suitors.", "sound out"),
])
def test_a_verb_of_seeming_with_a_preposition_is_still_an_event(nlp, sentence, lemma):
    assert lemma in _lemmas(nlp, sentence)
