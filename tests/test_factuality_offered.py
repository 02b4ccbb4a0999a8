"""What is offered is no fact yet: the object event of "offer" is planned, as that of
"propose" or "promise" is (factuality_cues.tsv "offer" as an object cue), while the
offering itself stays told."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC tech/328 ("Some readers were offered a price drop"), politics/278 ("offering £4 billion
    # of tax cuts"), politics/281 (a council tax rebate), paraphrased.
    ("BT offered its customers a cut in prices.", "cut", ("planned", "offer")),
    ("The Tories offered a cut in taxes for families.", "cut", ("planned", "offer")),
    ("The chancellor offered a rise in the council tax rebate for pensioners.", "rise", ("planned", "offer")),
])
def test_the_object_event_of_an_offer_is_planned(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # A verb of telling or doing leaves its object event told; the offering itself is told.
    ("BT announced a cut in prices.", "cut", ("asserted", None)),
    ("The chancellor reported a rise in the council tax rebate for pensioners.", "rise", ("asserted", None)),
    ("Deutsche Boerse previously offered £1.3bn for the exchange.", "offer", ("asserted", None)),
])
def test_other_objects_and_the_offer_itself_stay_told(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
