"""The clause of "will be the first time that ..." is that time's event, still to come (kg.extract.firsttimes)."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC politics/330, entertainment: the perfect counts up to a time the main clause plans.
    ("It will be the first time since 1917 that the party has chosen Manchester to host the annual event.", "host"),
    ("The festival screening will be the first time that Schrader's film has been seen in public.", "see"),
    ("The party will hold its conference in Manchester, the first time since 1917 that Manchester has hosted the event.",
     "host"),
])
def test_the_first_time_to_come_is_planned(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma] == ("planned", "will")


@pytest.mark.parametrize(("sentence", "lemma"), [
    # A first time past stays a fact.
    ("It was the first time that Chelsea had lost at home this season.", "lose"),
    ("Chelsea lost 2-1 at home, the first time they had lost this season.", "lose"),
])
def test_a_first_time_past_is_told(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma] == ("asserted", None)
