"""A measured value that did not move, said of itself (kg.extract.stillvalues): a change
event "hold" with the value as its theme and no agent."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_event, sentence_events


@pytest.mark.parametrize(("sentence", "roles"), [
    # business/250: the profits did not stand anywhere; they did not move.
    ("Profits at Chinese computer firm Lenovo have stood still amid slowing demand at home.",
     {"theme": ["Profits at Chinese computer firm Lenovo"], "agent": None, "reason": None}),
    # business/290: the subject the conjunct shares.
    ("Rates went up five times from November 2003 but have remained unchanged since August.",
     {"theme": ["Rates"], "agent": None}),
    ("Oil prices held steady on Monday.", {"theme": ["Oil prices"], "agent": None, "time": ["Monday"]}),
    # entertainment/321
    ("But global sales of recorded music were flat in 2004.", {"theme": ["global sales of recorded music"]}),
])
def test_stillvalues_a_flat_figure_is_held(nlp, sentence, roles):
    check_event(sentence_events(nlp, sentence), "hold", roles, "change")


def test_stillvalues_is_as_sure_as_its_clause(nlp):
    (event,) = [e for e in sentence_events(nlp, "Interest rates are expected to remain unchanged.") if e.lemma == "hold"]
    assert event.factuality.value == "possible"


@pytest.mark.parametrize("sentence", [
    "The team stood still as the anthem played.",  # no measured value
    "Sales are still rising.",  # "still" of time, no standing still
    "Prices stayed high.",  # a level with no amount and no word of standing still
])
def test_stillvalues_not_a_flat_figure(nlp, sentence):
    assert not [e for e in sentence_events(nlp, sentence) if e.lemma == "hold"]


def test_stillvalues_a_level_with_its_amount_is_the_level(nlp):
    events = sentence_events(nlp, "The unemployment rate remained unchanged at 5.4%.")
    check_event(events, "remain", {"new_value": ["5.4%"]}, "change")
