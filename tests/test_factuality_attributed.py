"""An event given a cause is taken as known: what is thought or claimed is the cause, not the event
(kg.extract.attributed; attribution_words.tsv), which keeps only its own clause's plans and doubts."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC tech/234, paraphrased; the same shape with "blamed for" and "credited with".
    ("Cheap loans are thought to be responsible for a 10% increase in the number of homes sold.", "increase",
     ("asserted", None)),
    ("Analysts said the takeover was blamed for a fall in the share price.", "fall", ("asserted", None)),
    ("The chancellor is credited with the recovery of the economy.", "recovery", ("asserted", None)),
])
def test_an_event_given_a_cause_is_told(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # What is thought to be under way, speculated about or still to come keeps its frame.
    ("The chancellor is believed to be planning a rise in taxes.", "rise", ("speculated", "believe")),
    ("Shares rose on speculation about a sale of the unit.", "sale", ("speculated", "speculation")),
    ("The new firm will be responsible for the launch of the service next year.", "launch", ("planned", "will")),
])
def test_other_framed_events_keep_their_frame(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
