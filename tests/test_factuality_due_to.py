"""A cause after "due to" is told as a fact; only "due to" + infinitive is a schedule (kg.extract.dueto)."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC tech/254: "due to BT stretching" is "because BT stretched": the surge and the stretching happened.
    ("Part of the surge in people signing up was due to BT stretching the reach of ADSL beyond six kilometres.",
     "surge", ("asserted", None)),
    ("Part of the surge in people signing up was due to BT stretching the reach of ADSL beyond six kilometres.",
     "stretch", ("asserted", None)),
    # The schedule and the ability keep their infinitive.
    ("The firm is due to announce results on Monday.", "announce", ("planned", "due")),
    ("He will be able to halve the deficit.", "halve", ("possible", "able")),
])
def test_due_to_a_cause_is_no_schedule(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
