"""An expectation is no plan: the that-clause after "it" and an adjective of likelihood is as sure as the
adjective, with the "that" left out, after a verb of becoming, or in the small clause of "make"
(kg.extract.extraposed): "made it more likely that the bank would increase rates" is possible."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC business, sport and tech articles (index 200 and up), paraphrased.
    ("Analysts said the data made it more likely that the bank would increase rates.", "increase",
     ("possible", "likely")),
    ("It is more likely the Leicester flanker will return on the open side for the physical challenge posed by "
     "the French forwards, with Andy Hazell likely to make way.", "return", ("possible", "likely")),
    ("As more hotspots appear, it was getting more likely that insecure would be found, warned Mr Cracknell.",
     "find", ("possible", "likely")),
])
def test_what_is_likelier_is_possible_not_planned(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    ("It is clear that the bank will raise rates.", "raise", ("planned", "will")),
    ("The report made it clear that the firm would cut jobs.", "cut", ("planned", "would")),
    ("It is unlikely that the firm will sell the unit.", "sell", ("negated", "unlikely")),
])
def test_other_adjectives_and_the_plain_order_keep_their_reading(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
