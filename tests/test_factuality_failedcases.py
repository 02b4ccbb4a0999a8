"""A failure that is only a case tells no "did not" (kg.extract.avoided): what could, will or would
fail to happen, or fails to happen in a condition, is possible, cue "fail", whatever belief frames the
condition (its cue then the condition's word); a failure told, claimed or reported stays negated."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "cue"), [
    # BBC sport/227 (Henry "believes he will be blamed if Arsenal fail to qualify"), sport/267
    # (Celtic's way to the last 32 "if Basle fail to beat Feyenoord"), paraphrased.
    ("Arsenal could fail to qualify for the next stage of the Champions League.", "qualify", "fail"),
    ("Celtic will fail to reach the last 32 if they lose to Barcelona.", "reach", "fail"),
    ("Failing to beat Feyenoord would leave Celtic out of Europe.", "beat", "fail"),
    # A failure in a condition keeps the condition's word, and no belief around it makes it a claim.
    ("Henry believes he will be blamed if Arsenal fail to qualify for the next stage.", "qualify", "if"),
    ("He will leave the club if the team fail to secure a place in the final.", "secure", "if"),
])
def test_a_failure_that_is_a_case_leaves_the_act_open(nlp, sentence, lemma, cue):
    assert event_readings(nlp, sentence).get(lemma) == ("possible", cue)


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC politics/375 ("attacked Mr Brown for failing to mention the environment"), business/313
    # ("a report that the firm has failed to win a contract in Iraq"), paraphrased.
    ("Arsenal failed to qualify for the next stage of the Champions League.", "qualify"),
    ("Mr Kennedy attacked Mr Brown for failing to mention the environment.", "mention"),
    ("Shares fell on a report that the firm has failed to win a contract in Iraq.", "win"),
])
def test_a_failure_told_or_claimed_stays_negated(nlp, sentence, lemma):
    assert event_readings(nlp, sentence).get(lemma) == ("negated", "fail")
