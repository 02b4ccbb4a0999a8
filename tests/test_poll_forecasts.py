"""What people would do according to a poll is the poll's forecast, possible, not their plan
(kg.extract.pollforecasts); after a person or a body, or with no modal of its own, the reading stays."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "modal"), [
    # BBC politics/222 ("British voters would reject the European constitution by two to one,
    # according to a poll posing the question the government will put to the country").
    ("British voters would reject the European constitution by two to one, according to a poll.", "reject", "would"),
    ("According to a poll, British voters would reject the European constitution.", "reject", "would"),
    # BBC politics/313 (a survey for Age Concern on how older people vote), paraphrased.
    ("Most older voters will back the Conservatives, according to a survey for Age Concern.", "back", "will"),
])
def test_a_polls_would_is_possible(nlp, sentence, lemma, modal):
    assert event_readings(nlp, sentence).get(lemma) == ("possible", modal)


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # A body reports a plan (BBC tech/314: "... are on the increase according to the firm"), paraphrased.
    ("The firm would cut 500 jobs, according to the union.", "cut", ("planned", "would")),
    # No modal of its own: the poll's finding is reported, as the poll tells it.
    ("British voters rejected the European constitution by two to one, according to a poll.", "reject",
     ("reported", None)),
])
def test_other_readings_stay(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence).get(lemma) == reading
