"""What a meeting held in the past was held to talk over was talked over: as sure as the holding
(kg.extract.attended)."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma"), [
    # bbc/business/434: the meetings were held, the plan discussed.
    ("A government task force held meetings to discuss an emergency rebuilding plan with the World Bank on Wednesday.",
     "discuss"),
    ("The board of the airline held a meeting to review its pension plans on Tuesday.", "review"),
])
def test_what_a_past_meeting_was_held_to_discuss_was_discussed(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma][0] == "asserted"


@pytest.mark.parametrize(("sentence", "lemma"), [
    # bbc/business/338: a meeting still to come.
    ("The company, China's third-largest milk producer, is to hold an emergency meeting to debate the issue.", "debate"),
    # bbc/business/454 paraphrased: a meeting called for, not held.
    ("TCI has called for Deutsche Boerse to hold an emergency general meeting to discuss the bid.", "discuss"),
    # Not a meeting: a purpose of holding something else.
    ("The union held a ballot to decide on strike action over pensions.", "decide"),
])
def test_meetings_to_come_and_other_holdings_stay_open(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma][0] in ("planned", "possible")
