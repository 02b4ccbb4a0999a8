"""kg.extract.raisedclauses: an infinitive after a passive verb of saying or thinking is what is
said of the subject even when a phrase stands between them ("was reported in June to have
attended"), never a purpose. Sentences paraphrased from BBC business coverage of Turkcell."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    ("Israeli minister Ehud Olmert was reported in June to have attended a meeting with the firm's executives.",
     "attend", "speculated"),
    ("The chairman was said by colleagues to have backed the takeover.", "back", "speculated"),
    ("The chief executive was expected on Monday to announce her resignation.", "announce", "possible"),
])
def test_an_infinitive_after_a_passive_hearsay_verb_is_what_is_said(nlp, sentence, lemma, factuality):
    assert event_readings(nlp, sentence)[lemma][0] == factuality


def test_a_purpose_after_another_passive_verb_stays_a_purpose(nlp):
    """ "was fined ... to deter others": a purpose of the fine, planned, not hearsay."""
    readings = event_readings(nlp, "The bank was fined by the regulator last week to deter other lenders.")
    assert readings["deter"][0] == "planned"
