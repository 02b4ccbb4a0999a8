"""A decision's time (kg.extract.decided) on real parses: a time that hangs on a past
verb of deciding or committing is not the time of what it commits to; a time on the
infinitive itself, or on a verb of trying, still is."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_roles, sentence_events

# (sentence, trigger lemma, roles: role -> argument texts; None: absent)
DECIDED = [
    # BBC business: when the firm decided, the Paris Club offered, the executives agreed
    ("The US-German firm, once a majority shareholder, decided last April to stop providing financial backing.",
     "provide", {"theme": ["financial backing"], "time": None}),
    ("The Paris Club of rich creditor nations on Wednesday offered to freeze debts owed by tsunami-hit countries.",
     "freeze", {"theme": ["debts"], "time": None}),
    ("Three former Ahold top executives last year agreed to settle fraud charges.",
     "settle", {"theme": ["fraud charges"], "time": None}),
    # the infinitive's own time, and a verb of trying, keep theirs
    ("But now its banks have agreed to extend its credit facilities until March 2006.",
     "extend", {"time": ["March 2006"]}),
    ("Since then, Honda and Sony's Qrio have tried to trump each other with what the robots can do.",
     "trump", {"time": ["Since then"]}),
]


@pytest.mark.parametrize(("sentence", "lemma", "roles"), DECIDED)
def test_a_decision_time_is_not_the_planned_event_time(nlp, sentence, lemma, roles):
    found = [event_roles(event) for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert found, sentence
    for role, texts in roles.items():
        assert found[0].get(role) == texts, found[0]
