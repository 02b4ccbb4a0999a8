"""Copula states of a player (kg.extract.sidelines) on real parses: a doubt or a
favourite is a possible event, never asserted nor negated; out injured or of a
fixture is a missed match, as sure as its clause; "out" of anything else is none."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_roles
from tests.extract_helpers import sentence_events as _events

# (sentence, lemma, factuality, roles: role -> argument texts)
STATES = [
    ("Henry is a doubt for Saturday's match against Chelsea.", "play", "possible",
     {"agent": ["Henry"], "theme": ["Saturday's match"]}),
    ("The Wales captain is a major doubt for the Scotland game.", "play", "possible",
     {"agent": ["The Wales captain"], "theme": ["the Scotland game"]}),
    ("Henry is not a doubt for Saturday's match.", "play", "possible", {"agent": ["Henry"]}),
    ("Smith is favourite for the title.", "win", "possible", {"agent": ["Smith"], "theme": ["the title"]}),
    ("Jones is out for six weeks with a knee injury.", "miss", "asserted",
     {"agent": ["Jones"], "time": ["six weeks"], "reason": ["a knee injury"]}),
    ("Jones will be out for six weeks with a knee injury.", "miss", "planned", {"agent": ["Jones"]}),
    ("Barkley is out of the Ireland game with a leg injury.", "miss", "asserted",
     {"agent": ["Barkley"], "theme": ["the Ireland game"], "reason": ["a leg injury"]}),
]


@pytest.mark.parametrize(("sentence", "lemma", "factuality", "roles"), STATES)
def test_sidelines_state_events(nlp, sentence, lemma, factuality, roles):
    found = [event for event in _events(nlp, sentence) if event.lemma == lemma]
    assert found, [(event.lemma, event_roles(event)) for event in _events(nlp, sentence)]
    assert found[0].factuality.value == factuality
    have = event_roles(found[0])
    for role, texts in roles.items():
        assert have.get(role) == texts, have


@pytest.mark.parametrize(
    "sentence",
    ["Labour is out of power.", "The book is out for six weeks.", "He is in no doubt about the result.",
     "There is doubt over his future."],
)
def test_sidelines_not_elsewhere(nlp, sentence):
    assert not [event for event in _events(nlp, sentence) if event.lemma in ("play", "win", "miss")]
