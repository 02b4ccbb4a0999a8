"""What someone is worried, concerned or confident will happen is possible, no one's plan
(kg.extract.feelings); sentences shortened from BBC articles."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "cue"), [
    # tech: was let, create [planned] ("will")
    ("But the UK Internet Forum is concerned that the system will let scammers create fake sites more easily.",
     "create", "concerned"),
    # politics: was issue [planned]
    ("Critics are worried that the home secretary will issue the detention orders.", "issue", "worried"),
    # sport: was clear [planned] ("would")
    ("Laporte said he was confident that Betsen would be cleared by the panel.", "clear", "confident"),
])
def test_what_a_feeling_looks_ahead_to_is_possible(nlp, sentence, lemma, cue):
    assert event_readings(nlp, sentence)[lemma] == ("possible", cue)


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    ("The director said he was disappointed that Lopez did not attend.", "attend", ("negated", "not")),  # no feeling of fear
    ("We are delighted that Air China has chosen London for its listing.", "choose", ("asserted", None)),  # taken as true
    ("He is anxious to sell the club.", "sell", ("planned", "anxious")),  # an infinitive: his own plan
])
def test_other_adjectives_and_infinitives_read_as_before(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma"), [
    ("Mr Smith said he was confident that the firm had repaid its debts.", "repay"),
    # entertainment: was discover [planned] ("is to launch")
    ('Tony Wilson is to launch a new label - convinced he has discovered his "third major band".', "discover"),
])
def test_a_feeling_of_how_things_are_is_the_feelers_claim(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma][0] == "reported"


def test_making_sure_is_a_purpose_not_a_feeling(nlp):
    sentence = "Early versions were not taking enough care to make sure good copies of files were being shared."
    assert event_readings(nlp, sentence)["share"] == ("planned", "to")


@pytest.mark.parametrize(("sentence", "lemma"), [
    # sport: was go [negated]: the speaker hopes he will not go
    ("I said to Harry 'I hope you don't go to Southampton', and he told me 'absolutely not'.", "go"),
    # sport: was push [negated]
    ("He's developing quickly, but I hope he isn't pushed too quickly in a way that would hurt his development.", "push"),
])
def test_a_negation_inside_a_hope_is_possible_not_negated(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma][0] == "possible"


@pytest.mark.parametrize(("sentence", "lemma"), [
    # what is feared of how things are is the feeler's claim, still a negation
    ("Privacy advocates are concerned that monitoring at work does not protect the privacy of employees.", "protect"),
    # a relative clause inside the hope tells what did not happen
    ("We were trying to get the film out there, hoping it would reach an audience that it didn't quite reach the "
     "first time around.", "reach"),
    ("Sony hoped to sell a million units but it did not reach the target.", "reach"),  # its own clause
])
def test_a_negation_outside_a_hope_stays_negated(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma][0] == "negated"
