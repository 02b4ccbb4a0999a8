"""A value that lost part of itself (kg.extract.lost): "The Thai baht lost 0.3%" is a
change of the baht's value, not a defeat; "Alitalia lost 330m euros" stays a loss."""

from __future__ import annotations

import pytest

from kg.records import Document
from tests.extract_helpers import event_roles


def _events(nlp, sentence: str, lemma: str) -> list:
    from kg.extract import extract

    return [event for event in extract(Document("t", sentence), nlp(sentence)).events if event.lemma == lemma]


@pytest.mark.parametrize(("sentence", "lemma", "expected"), [
    # a share of the value, "against" a currency the topic
    ("The Thai baht lost 0.3% against the US currency, trading at 39.10.", "lose",
     {"theme": ["The Thai baht"], "difference": ["0.3%"], "topic": ["the US currency"], "agent": None}),
    ("Thai Airways shed almost 4%.", "shed", {"theme": ["Thai Airways"], "difference": ["almost 4%"]}),
    # "of its value": the subject's own value
    ("The Dow lost 5% of its value in the three weeks immediately after that election.", "lose",
     {"theme": ["The Dow"], "difference": ["5% of its value"], "agent": None}),
    # an amount beside the level the value reached
    ("US light crude lost more than $2 to $43.25.", "lose",
     {"theme": ["US light crude"], "difference": ["more than $2"], "new_value": ["$43.25"]}),
])
def test_a_value_that_lost_an_amount_changed(nlp, sentence, lemma, expected):
    events = _events(nlp, sentence, lemma)
    assert [event.event_class for event in events] == ["change"], events
    have = event_roles(events[0])
    for role, texts in expected.items():
        assert have.get(role) == texts, (role, have)


@pytest.mark.parametrize(("sentence", "lemma"), [
    ("Alitalia lost 330m euros in 2003.", "lose"),  # money lost: no share, no level reached
    ("Labour lost 5% of the vote.", "lose"),  # a share of what is no value
    ("Arsenal lost 3-1 to Chelsea.", "lose"),  # a score
    ("The firm shed 1,000 jobs last year.", "shed"),  # what was lost
])
def test_a_loss_that_measures_no_value_is_no_change(nlp, sentence, lemma):
    assert all(event.event_class != "change" for event in _events(nlp, sentence, lemma))
