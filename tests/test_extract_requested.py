"""What a verb of asking takes as its object is requested, not done (``object`` cues of
kg/lexicon/data/factuality_cues.tsv: "call for", "appeal for", "demand" ...)."""

from __future__ import annotations

import pytest

from kg.types import Factuality


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC politics: no one has been released, the release is called for (was asserted)
    ("Archbishop Desmond Tutu has called for the release of the remaining inmates at Guantanamo Bay and terror "
     "suspects detained without trial in the UK.", "release"),
])
def test_the_object_of_a_request_is_no_fact(nlp, sentence, lemma):
    from kg.extract import extract
    from kg.records import Document

    events = {event.lemma: event for event in extract(Document("t", sentence), nlp(sentence)).events}
    assert events[lemma].factuality is Factuality.POSSIBLE and events[lemma].cue == "call"
    assert events["call for"].factuality is Factuality.ASSERTED


def test_a_request_with_another_preposition_asks_nothing(nlp):
    from kg.extract import extract
    from kg.records import Document

    sentence = "The union called off the strike after the release of the report."
    events = {event.lemma: event for event in extract(Document("t", sentence), nlp(sentence)).events}
    assert events["release"].factuality is Factuality.ASSERTED
