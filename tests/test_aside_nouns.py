"""An event noun after "with", "despite" or "since" is no object of its verb's intent
(kg.extract.phrasalcues.aside_noun): "gave the visitors hope with victory over X" tells a
victory won, where "hopes for a deal" still hopes."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC sport/466 ("American twins Mike and Bob Bryan gave the visitors hope with victory over Juan
    # Carlos Ferrero and Tommy Robredo in Saturday's doubles"), paraphrased.
    ("The Bryan twins gave the Americans hope with victory over Ferrero and Robredo in the doubles.", "win"),
    ("Wenger wants a top-four finish despite defeat by Chelsea at Stamford Bridge.", "lose"),
])
def test_a_circumstance_is_told(nlp, sentence, lemma):
    assert event_readings(nlp, sentence).get(lemma) == ("asserted", None)


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    ("Gazprom hopes for a deal with Yukos.", "deal", ("possible", "hope")),
    ("Gazprom expects a rise in profits.", "rise", ("possible", "expect")),
])
def test_what_is_hoped_or_expected_stays_open(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence).get(lemma) == reading
