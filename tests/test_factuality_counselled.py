"""What is warned or advised against is not done, nor the warner's act (kg.extract.counselled);
what a cleared way or an opened door is for is only possible (``framing`` cues of
factuality_cues.tsv, kg.extract.framednouns). Sentences shortened from BBC articles."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_readings, sentence_events


@pytest.mark.parametrize(("sentence", "lemma"), [
    # business: was read [asserted], done by the economists
    ("Meanwhile, economists cautioned against reading too much into data from the Federal Reserve.", "read"),
    ("Labour MPs warned against raising taxes before the election.", "raise"),
])
def test_what_is_warned_against_is_possible_and_not_the_warners_act(nlp, sentence, lemma):
    event = next(event for event in sentence_events(nlp, sentence) if event.lemma == lemma)
    assert event.factuality.value == "possible"
    assert not [argument for argument in event.arguments if argument.role == "agent"]


@pytest.mark.parametrize(("sentence", "lemma"), [
    # the subject's own choice or act: as before
    ("Capriati also decided against competing in the Australian Open warm-up event.", "compete"),
    ("The economists argued with the bank before cutting their forecasts.", "cut"),
])
def test_an_own_choice_against_keeps_its_doer(nlp, sentence, lemma):
    event = next(event for event in sentence_events(nlp, sentence) if event.lemma == lemma)
    assert [argument for argument in event.arguments if argument.role == "agent"]


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # a pending deal the ruling only makes possible: was deal [asserted]
    ("The ruling clears the way for a deal between UFJ and Mitsubishi Tokyo.", "deal", ("possible", "way")),
    ("The new system opens the door to a takeover of the firm.", "takeover", ("possible", "door")),
])
def test_what_a_way_is_cleared_for_is_possible(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma"), [
    # a way or door that frames nothing: the event keeps its own reading
    ("Retailers led the way with a rise in sales in December.", "rise"),
    ("Jones made way for Smith after the deal was signed.", "sign"),
])
def test_other_ways_frame_nothing(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma][0] == "asserted"
