"""A copula's "up by <amount>" or "down by <amount>" gives a measured value's move its difference
(``kg.extract.changes.copula_move``), as "up <amount>" does. Sentences of BBC articles, paraphrased."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_roles, one_event, sentence_events


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # BBC business/355
    ("Exports for the year rose by 14%, while tourist revenues were up by 30%.", "rise",
     {"theme": ["tourist revenues"], "difference": ["30%"]}),
    # BBC business/248, paraphrased: with its time
    ("In Wales house prices were up by 23% in the fourth quarter.", "rise",
     {"theme": ["house prices"], "difference": ["23%"], "time": ["the fourth quarter"]}),
    # "down by" is a fall
    ("Pre-tax profits were down by 12% in the first half.", "fall",
     {"theme": ["Pre-tax profits"], "difference": ["12%"]}),
])
def test_up_by_an_amount_is_the_difference(nlp, sentence, lemma, roles):
    events = [event for event in sentence_events(nlp, sentence) if event.lemma == lemma and event.trigger in ("up", "down")]
    assert len(events) == 1, [(event.lemma, event_roles(event)) for event in sentence_events(nlp, sentence)]
    found = event_roles(events[0])
    for role, texts in roles.items():
        assert found.get(role) == texts, found


@pytest.mark.parametrize("sentence", [
    # no amount: "by" a time
    "Prices were up by the end of the day.",
    # no measured value (BBC sport, paraphrased): a team's score
    "The visitors were up by two goals at half-time.",
])
def test_no_move_without_a_measured_value_and_an_amount(nlp, sentence):
    found = [(event.lemma, event_roles(event)) for event in sentence_events(nlp, sentence) if event.trigger in ("up", "down")]
    assert not found, found


def test_up_an_amount_is_read_as_before(nlp):
    # BBC business/221, paraphrased: the plain "up 10%" form is unchanged
    found = event_roles(one_event(nlp, "Turnover for the quarter was up 4.3% to £1.97bn.", "rise"))
    assert found.get("difference") == ["4.3%"], found
