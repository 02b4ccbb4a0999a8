"""A change put forward or tabled is proposed, no fact yet (kg.extract.putforward,
proposing_verbs.txt): "put forward a 5% rise" gives the rise planned, cued by the verb,
while what "table" makes (a bid, a motion) stays as sure as the tabling."""

import pytest

from kg.extract.putforward import put_forward
from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC politics/380 ("this increase is being put forward", the minimum wage), business/264 and
    # business/393 (Deutsche Boerse tabled an offer for the LSE), paraphrased.
    ("Ministers have put forward a 5% rise in the minimum wage.", "rise", ("planned", "put forward")),
    ("The company tabled an increase of 2.5% in wages for its 3,000 workers.", "increase", ("planned", "table")),
    ("The exchange may table a cut in its fees next week.", "cut", ("possible", "may")),
])
def test_a_change_put_forward_is_planned(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence).get(lemma) == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # What is tabled is made: the bid was lodged; a change told by another verb stays told.
    ("Deutsche Boerse tabled a formal bid for the LSE.", "bid", ("asserted", None)),
    ("Ministers announced a 5% rise in the minimum wage.", "rise", ("asserted", None)),
    ("The exchange put forward its case after a 4% rise in its profits.", "rise", ("asserted", None)),
])
def test_what_is_tabled_or_told_otherwise_stays(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence).get(lemma) == reading


def test_only_a_change_is_held_put_forward(nlp):
    doc = nlp("Deutsche Boerse put forward its own bid case and tabled a 5% cut in fees.")
    by_text = {word.text: word for word in doc}  # spaCy's tokens have the fields the rule reads
    assert put_forward(by_text["case"]) is None
    assert put_forward(by_text["cut"]) == "table"
