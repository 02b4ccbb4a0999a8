"""A change of state (kg.extract.statechanges): "The Japanese economy has officially gone
back into recession" is a change of the economy, the state its destination; "went into
Fallujah" and "moved into the US market" keep their reading."""

from __future__ import annotations

import pytest

from kg.records import Document
from tests.extract_helpers import event_roles


def _events(nlp, sentence: str) -> list:
    from kg.extract import extract

    return extract(Document("t", sentence), nlp(sentence)).events


@pytest.mark.parametrize(("sentence", "lemma", "expected"), [
    # "go" is a verb of place: without the rule no event at all
    ("The Japanese economy has officially gone back into recession.", "go into recession",
     {"theme": ["The Japanese economy"], "agent": None}),
    # a count or a date in the state's phrase is no place's name (the untuned business/044 lead)
    ("The Japanese economy has officially gone back into recession for the fourth time in a decade.", "go",
     {"theme": ["The Japanese economy"], "destination": ["recession"], "agent": None}),
    # the firm undergoes it: no agent
    ("The airline went into administration last year.", "go into administration",
     {"theme": ["The airline"], "agent": None}),
    # the "into" on the verb's "back": the state still its destination
    ("The carmaker moved back into profit in 2004.", "move back",
     {"theme": ["The carmaker"], "destination": ["profit"], "agent": None}),
])
def test_a_verb_into_a_state_is_a_change(nlp, sentence, lemma, expected):
    events = [event for event in _events(nlp, sentence) if event.lemma == lemma]
    assert [event.event_class for event in events] == ["change"], events
    have = event_roles(events[0])
    for role, texts in expected.items():
        assert have.get(role) == texts, (role, have)


@pytest.mark.parametrize(("sentence", "lemma"), [
    ("US troops went into Fallujah on Monday.", "go"),  # a place
    ("The company moved into the US market in 2003.", "move"),  # a market, no state
])
def test_a_verb_into_a_place_is_no_change(nlp, sentence, lemma):
    events = [event for event in _events(nlp, sentence) if event.lemma == lemma]
    assert events and all(event.event_class != "change" for event in events), events
