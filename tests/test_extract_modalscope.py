"""kg.extract.modalscope: how far a modal reaches."""

import pytest


def _readings(nlp, sentence):
    from kg.extract import extract
    from kg.records import Document

    return {event.lemma: event.factuality.value for event in extract(Document("t", sentence), nlp(sentence)).events}


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # "may not" is "perhaps not": open, not denied.
    ("Sony has promised to have a million units ready for its US launch, but there are fears demand may not be met.",
     "meet", "possible"),
    # "could not" denies.
    ("Groenefeld was the more powerful player but could not match her opponent's relentless accuracy.",
     "match", "negated"),
])
def test_a_doubted_negation_is_possible(nlp, sentence, lemma, factuality):
    assert _readings(nlp, sentence)[lemma] == factuality


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # A reason the writer gives.
    ("This traffic can be hard to spot because DDoS attacks typically use thousands of computers in many "
     "different countries.", "use", "asserted"),
    # A participle that describes a noun, or what was done before.
    ("As part of $3bn in multi-year contracts announced late last year, Sprint will spend around $1bn on EV-DO "
     "technology from Lucent Technologies, Nortel Networks and Motorola.", "announce", "asserted"),
    ("Having already donated billions of dollars to the fight against Aids and Malaria, Mr Gates will call on world "
     "leaders to support a global vaccination campaign.", "donate", "asserted"),
    ("In the ruling handed down this week by Santa Clara County Superior Court Judge James Kleinberg, Apple can now "
     "get its hands on e-mail records from the bloggers' net providers.", "hand down", "asserted"),
    # A case stays a case, and the main verb keeps its modal.
    ("If convicted, he could face up to 21 years in prison.", "convict", "possible"),
    # (an adjective's "hard to spot" is no event: kg.extract.difficulties)
    ("This traffic can slow networks because DDoS attacks typically use thousands of computers in many "
     "different countries.", "slow", "possible"),
])
def test_a_modal_does_not_reach_what_is_told_aside(nlp, sentence, lemma, factuality):
    assert _readings(nlp, sentence)[lemma] == factuality


def _all_readings(nlp, sentence):
    from kg.extract import extract
    from kg.records import Document

    return [(event.lemma, event.factuality.value) for event in extract(Document("t", sentence), nlp(sentence)).events]


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # A clause on the cue verb itself is outside what the cue governs: the denial reaches
    # "taking", not "although she praised ..." (nor the relative clause inside it).
    ("Jones, who is under investigation for steroid use by the US Anti-Doping Agency, has continually denied ever "
     "taking illegal substances since being investigated in the Balco scandal, although she praised a zinc "
     "supplement Conte marketed.", "praise", "asserted"),
    ("Jones, who is under investigation for steroid use by the US Anti-Doping Agency, has continually denied ever "
     "taking illegal substances since being investigated in the Balco scandal, although she praised a zinc "
     "supplement Conte marketed.", "market", "asserted"),
    # The decision reaches "resume playing", not the wins told beside it.
    ("And she was so encouraged by her form that she decided to resume playing singles, winning two of her seven "
     "matches.", "win", "asserted"),
    # A relative clause on the subject stands outside the subject's own verb's cues ("said being honoured").
    ("Martin Scorsese, whose movie The Aviator went on to win best film, said being honoured in the UK meant a lot "
     "to him.", "win", "asserted"),
    # Nor "seem" the clause of time that hangs on it.
    ("As the popularity of portable gadgets has grown, and we trust more of our lives to them, we seem to be "
     "forgetting them in ever larger numbers.", "grow", "asserted"),
])
def test_a_cue_reaches_only_the_verbs_it_governs(nlp, sentence, lemma, factuality):
    assert _readings(nlp, sentence)[lemma] == factuality


def test_a_concession_is_told_aside(nlp):
    # What "although" concedes is the speaker's, not left open by "not saying".
    readings = _readings(nlp, "We are not saying that it will be suitable for totally blind people, although the Royal "
                              "National Institute of the Blind (RNIB) is looking at the technology,\" he added.")
    assert readings["look"] == "reported"


def test_a_simple_past_tagged_as_a_participle_is_a_past_clause_of_time(nlp):
    # "stored" (tagged VBN, with a subject and no auxiliary) tells the past; only the second "store" is planned.
    readings = _all_readings(nlp, "While Passport and Hailstorm stored user information centrally on the net, the "
                                  "latest system will store data on a user's PC.")
    assert readings == [("store", "asserted"), ("store", "planned")]


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # A relative clause in the past tells its own fact: no longer Labour's speculation.
    ("Labour claims the policy is little more than a \"desperate attempt to catch up with Labour's five-year plan\" "
     "for immigration and asylum, which was published last week.", "publish", "reported"),
    # "despite" and "since" + -ing tell a known point: he did miss the season.
    ("Bath and England centre Mike Tindall believes he can make this summer's Lions tour, despite missing most of "
     "the season through injury.", "miss", "reported"),
    ("The Tories accuse Labour of raising taxes since coming to power in 1997.", "come to power", "asserted"),
    # What is claimed stays claimed: an "after" step of the charge, a relative clause on an indefinite noun.
    ("The Tories accuse Labour of raising taxes since coming to power in 1997.", "raise", "speculated"),
    ("He is accused of stealing the car after breaking into the house.", "break", "speculated"),
    ("Police believe a man who attacked her fled to Spain.", "attack", "speculated"),
])
def test_a_told_fact_is_framed_only_by_a_report(nlp, sentence, lemma, factuality):
    assert _readings(nlp, sentence)[lemma] == factuality


def test_a_past_be_in_a_claim_stays_claimed(nlp):
    # "which was the equivalent of" is his claim, its tense moved back, not a fact told.
    readings = _readings(nlp, "And he claimed the Tories would cut £35bn from public services, which was the "
                              "equivalent of sacking every doctor and teacher in the UK.")
    assert readings["sack"] == "speculated"


def test_a_present_relative_clause_on_a_name_is_told_in_a_speculation(nlp):
    # "who own a 29% stake" is the writer's own background, not part of what is rumoured
    sentence = ("It is rumoured that Irishmen JP McManus and John Magnier, who own a 29% stake in Manchester United, "
                "have met Malcolm Glazer.")
    readings = _readings(nlp, sentence)
    assert readings["own"] == "asserted"
    assert readings["meet"] == "speculated"


def test_a_present_be_relative_clause_in_a_claim_stays_claimed(nlp):
    readings = _readings(nlp, "Police believe Smith, who is unhappy at the club, met the buyers in Spain.")
    assert readings.get("meet") == "speculated"


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # sport: was back [planned]: a clause in the perfect on "a move" tells what befell it, not what it plans
    ("Mutu was sacked by Chelsea on Friday after testing positive for cocaine - a move Wenger has backed.", "back",
     "asserted"),
    # the noun's own content keeps its reading: an infinitive, a clause with its own object
    ("The Liberal Democrats have unveiled plans to build 100,000 new homes on publicly owned land.", "build", "planned"),
    ("There are reports the party repaid its debts.", "repay", "speculated"),
])
def test_a_past_relative_clause_on_a_plan_is_no_plan(nlp, sentence, lemma, factuality):
    assert _readings(nlp, sentence)[lemma] == factuality
