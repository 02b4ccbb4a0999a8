"""What calls, demands or requests ask for is not done, however the parser hangs the infinitive
(kg.extract.forclauses; "call" a noun cue), and the one who calls does not do it (request_nouns.txt)."""

import pytest

from tests.extract_helpers import event_readings, event_roles, sentence_events


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC politics/316, politics: the parser hangs the infinitive on the verb or on the noun.
    ("Mr Blair has so far resisted calls for him to name the day.", "name"),
    ("There were calls for it to be cancelled in 2003 during the war in Iraq.", "cancel"),
    ("The government has resisted calls to publish the full advice, saying such papers are always kept confidential.",
     "publish"),
    # business/219: a relative-like infinitive of the noun.
    ("Borussia Dortmund also is facing calls to appoint executives from outside the club.", "appoint"),
])
def test_what_is_called_for_is_possible(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma] == ("possible", "call")


def test_the_caller_is_not_the_doer(nlp):
    # politics/328: Lord Mackay calls; the attorney general is to publish.
    events = sentence_events(nlp, "In the House of Lords, the attorney general faced a call by former Tory lord "
                                  "chancellor Lord Mackay to now publish the full text of the advice.")
    publish = next(event for event in events if event.lemma == "publish")
    assert "agent" not in event_roles(publish)


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # A noun of intent keeps its own owner and reading; a purpose after a plain object stays as it was.
    ("Mido made an attempt to rejoin the team.", "rejoin", ("planned", "attempt")),
    ("He used the money to buy a house.", "buy", ("asserted", None)),
    # One's own wish keeps its plan, even when a relative "that" stands before the infinitive.
    ("Scotland's justice minister has warned bigoted soccer fans that she wants to hit them where it hurts most.",
     "hit", ("planned", "want")),
])
def test_other_infinitives_keep_their_reading(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # politics/316: what the apology is for was done, though the apology is only called for.
    ("Mr Blair repeated calls for the mayor to apologise for likening the reporter, Oliver Finegold, to a concentration "
     "camp guard.", "liken", ("asserted", None)),
    ("The fans may thank him for scoring the winner.", "score", ("asserted", None)),
    # An arrest's "for" clause is only alleged; a purpose "for" keeps nothing of this rule.
    ("He was arrested for stealing a car.", "steal", ("speculated", "arrested")),
])
def test_what_one_is_judged_or_thanked_for_was_done(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


def test_an_infinitive_a_verb_calls_for_is_asked_for(nlp):
    # politics/136: the parser makes "for" the infinitive's mark and the embargo its subject.
    assert event_readings(nlp, "Germany and France have repeatedly called for the embargo to be lifted.")["lift"] == (
        "possible", "call")
