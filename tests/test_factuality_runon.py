"""A clause of the narrator's that the parser hung as the complement of a later verb of saying, with
no punctuation between, is not that speaker's claim (kg.extract.runon). Sentences from unseen BBC
articles (business/314, sport/323, politics/360)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import one_event


@pytest.mark.parametrize(("sentence", "lemma"), [
    ("Baikal paid 260.75bn roubles ($9.37bn: £4.8bn) for Yugansk - nowhere near the $27bn Russia says Yukos owes "
     "in taxes.", "pay"),
    ("Despite England's dramatic dip in form since the World Cup final - they have lost eight of their last 13 "
     "matches - Ireland coach Eddie O'Sullivan says his side should not underestimate the visitors.", "lose"),
])
def test_run_on_clause_is_the_narrators(nlp, sentence, lemma):
    event = one_event(nlp, sentence, lemma)
    assert (event.factuality.value, event.source) == ("asserted", None)


@pytest.mark.parametrize(("sentence", "lemma", "value", "speaker"), [
    # reported speech put first, closed by a comma: the speaker's
    ("The firm cut 500 jobs, says the union.", "cut", "reported", "the union"),
    ("Rates will rise sharply, the bank said.", "rise", "possible", "the bank"),
    # the report after the verb stays the speaker's
    ("Despite England's dramatic dip in form since the World Cup final - they have lost eight of their last 13 "
     "matches - Ireland coach Eddie O'Sullivan says his side should not underestimate the visitors.", "underestimate",
     "possible", "Eddie O'Sullivan"),
])
def test_speech_put_first_or_after_stays_reported(nlp, sentence, lemma, value, speaker):
    event = one_event(nlp, sentence, lemma)
    assert event.factuality.value == value
    assert event.source is not None and event.source.text == speaker
