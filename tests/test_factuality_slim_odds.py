"""Small odds of a thing ("little chance of", "slim hope of") say the source expects it not to
happen: negated, as "unlikely" is (kg.extract.lacking.slim_odds; ``scant`` cues of
factuality_cues.tsv), not possible; "a slim chance" holds some odds and stays possible. On BBC
news sentences, paraphrased."""

from __future__ import annotations

import pytest

from kg.types import Factuality
from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "cue"), [
    # BBC business/399, paraphrased: an -ing with its own subject after "of"
    ("Analysts said there was little chance of a deal being agreed this year.", "agree", "little chance"),
    # BBC business/399, paraphrased: an event noun after the noun of likelihood's "of"
    ("There was little hope of a recovery in Yukos' sales, analysts said.", "recovery", "little hope"),
])
def test_small_odds_negate(nlp, sentence, lemma, cue):
    assert event_readings(nlp, sentence)[lemma] == (Factuality.NEGATED.value, cue)


@pytest.mark.parametrize(("sentence", "lemma"), [
    # "a slim chance", "a slim hope": some odds, possible
    ("Analysts said there was a slim chance of a deal being agreed this year.", "agree"),
    ("There was a slim hope of a recovery in Yukos' sales, analysts said.", "recovery"),
    # "little evidence" is no likelihood: possible, as before (BBC business/2xx style)
    ("Analysts said there was little evidence that Yukos had recovered its assets.", "recover"),
])
def test_some_odds_or_little_evidence_stay_possible(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma][0] == Factuality.POSSIBLE.value
