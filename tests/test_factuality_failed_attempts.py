"""An attempt that failed holds nothing: what an unsuccessful or failed bid, or one someone failed in,
was to do did not happen (kg.extract.thwarted; thwarting_words.tsv "unsuccessful", "failed", "fail" in ...)."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC business/358, entertainment/230, politics (Kilroy-Silk and UKIP), paraphrased.
    ("Yukos filed for bankruptcy in Texas in a desperate and unsuccessful bid to stave off the auction.",
     "stave off", ("negated", "unsuccessful")),
    ("The singer's record company has failed in an attempt to sue the video producer.", "sue",
     ("negated", "fail")),
    ("He quit the party following an unsuccessful bid to take over as leader.", "take over as leader",
     ("negated", "unsuccessful")),
    ("Glazer's failed attempt to buy the club angered the fans.", "buy", ("negated", "failed")),
])
def test_what_a_failed_attempt_was_to_do_is_negated(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # An attempt with no outcome told stays a plan; "a little evidence" is still evidence.
    ("Yukos filed for bankruptcy in Texas in a desperate bid to stave off the auction.", "stave off",
     ("planned", "bid")),
    ("Glazer made a bid to buy the club.", "buy", ("planned", "bid")),
    ("There is a little evidence that the firm broke the competition law.", "break", ("asserted", None)),
])
def test_other_attempts_stay_planned(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
