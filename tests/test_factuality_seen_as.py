"""What something is seen, viewed or regarded as doing is a view, not a deed told: the -ing after
"seen as" is speculated ("see as" and its neighbours in factuality_cues.tsv, kg.extract.phrasalcues)."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC business, entertainment and politics articles (index 200 and up), paraphrased.
    ("The decision was widely seen as predicting a rise in rates.", "predict", ("speculated", "seen")),
    ("Their appearance at Live Aid is widely seen as sealing their global stardom.", "seal",
     ("speculated", "seen")),
    ("Mr Yushchenko was seen on Monday as trying to soothe their frayed nerves.", "soothe",
     ("speculated", "seen")),
    ("The speech is viewed as signalling a change in policy.", "signal", ("speculated", "viewed")),
])
def test_what_a_thing_is_seen_as_doing_is_speculated(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    ("He was seen leaving the club on Monday.", "leave", ("asserted", None)),
    ("The move is seen as an attempt to boost sales.", "boost", ("planned", "attempt")),
])
def test_what_is_seen_done_or_a_noun_after_as_keeps_its_reading(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
