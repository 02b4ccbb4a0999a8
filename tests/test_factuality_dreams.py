"""A dream or an aspiration is a hope, no fact: what it holds is possible, as what a hope holds is
(factuality_cues.tsv: "dream" and "aspiration" as nouns, "dream of" framing an event noun), whatever
befell the dream itself ("his dream of winning Wimbledon ended": no win)."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC sport/486 (Hewitt "kept his dream of an Australian Open title alive"), business/458 (Tanzi's
    # "dream of an industrial project"), politics/380 (aspiration), paraphrased.
    ("Roddick's dream of winning Wimbledon ended on Friday.", "win", ("possible", "dream")),
    ("Hewitt's dream of winning the Australian Open is still alive.", "win", ("possible", "dream")),
    ("The firm's dream of a merger with Rover ended in April.", "merger", ("possible", "dream")),
    ("His aspiration to lead the party is well known.", "lead", ("possible", "aspiration")),
])
def test_what_a_dream_holds_is_no_fact(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence).get(lemma) == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # What is done beside a dream stays told; a hope's own rows keep their reading.
    ("Hewitt kept his dream alive with a four-set win over Andy Roddick.", "win", ("asserted", None)),
    ("Roddick's hopes of winning Wimbledon ended on Friday.", "win", ("possible", "hope")),
    ("The dream ended when Roddick beat Hewitt on Friday.", "beat", ("asserted", None)),
])
def test_what_is_done_beside_a_dream_stays_told(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence).get(lemma) == reading
