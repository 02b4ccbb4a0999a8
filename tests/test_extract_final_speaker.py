"""A speech verb that closes its sentence, inverted, and that the parse coordinates with what
was said (kg.extract.interposed._final_speaker); sentences shortened from BBC articles."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # tech: was miss out [planned] and predict(agent=Britons, theme=the report)
    ("Around 23 million Britons will miss out on a wide range of essential services, predicts the report by BT.",
     "miss out", ("possible", "predict")),
    ("The firm will cut 500 jobs, warned Unison.", "cut", ("possible", "warn")),
])
def test_a_final_inverted_speech_verb_frames_what_was_said(nlp, sentence, lemma, reading):
    readings = event_readings(nlp, sentence)
    assert readings[lemma] == reading
    assert reading[1] not in readings  # no event of the speech verb with the content's subject as its agent


@pytest.mark.parametrize(("sentence", "lemma"), [
    ("The firm cut 500 jobs, reported a loss.", "report"),  # what the firm did, no speaker
    ("The firm cut 500 jobs, reported profits and closed the plant.", "report"),
])
def test_a_coordinated_verb_with_no_speaker_is_no_speech(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma] == ("asserted", None)
