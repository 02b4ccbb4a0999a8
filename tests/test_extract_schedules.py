"""A present dated by a time clause to come is a schedule (kg.extract.schedules)."""

from __future__ import annotations

from kg.types import Factuality


def _events(nlp, sentence: str) -> dict:
    from kg.extract import extract
    from kg.records import Document

    return {event.lemma: event for event in extract(Document("t", sentence), nlp(sentence)).events}


def test_a_present_dated_by_a_time_clause_to_come_is_planned(nlp):
    # BBC sport: the building on the performance is to come (was asserted)
    sentence = "But the most important thing is that we build on that performance when we play Wales on Saturday."
    events = _events(nlp, sentence)
    assert (events["build"].factuality, events["build"].cue) == (Factuality.PLANNED, "on")


def test_a_past_time_clause_dates_nothing(nlp):
    past = "Ireland returned to Lansdowne Road when they faced France last month."
    assert _events(nlp, past)["return"].factuality is Factuality.ASSERTED


def test_a_present_progressive_dated_by_a_month_is_planned(nlp):
    # BBC tech: the launch is to come (was asserted)
    events = _events(nlp, "Mobile TV firm Modeo is launching a TV to mobile service in May.")
    assert (events["launch"].factuality, events["launch"].cue) == (Factuality.PLANNED, "in")
    assert _events(nlp, "Kirin is launching its own drink in April.")["launch"].factuality is Factuality.PLANNED


def test_a_past_or_an_intent_by_a_month_is_no_schedule(nlp):
    assert _events(nlp, "Kirin launched its own drink in April.")["launch"].factuality is Factuality.ASSERTED
    # a verb of intent holds now: the plan is the fact
    assert _events(nlp, "Nokia is planning a party in Singapore in May.")["plan"].factuality is Factuality.ASSERTED
    # "on" is as often the verb's own
    assert _events(nlp, "Most pundits are betting on 5 May.")["bet"].factuality is Factuality.ASSERTED


def test_a_simple_present_on_a_day_of_a_month_is_planned(nlp):
    # BBC sport: a fixture to come, told in the present
    sentence = "England, fourth in the Six Nations table with zero points, play Ireland in Dublin on 27 February."
    assert (_events(nlp, sentence)["play"].factuality, _events(nlp, sentence)["play"].cue) == (Factuality.PLANNED, "on")
    # ... told in the past, a year given, or a progressive, it is what happened or is happening
    assert _events(nlp, "England played Ireland in Dublin on 27 February.")["play"].factuality is Factuality.ASSERTED
    assert _events(nlp, "The law comes into force on 1 April 2004.")["come into force"].factuality is Factuality.ASSERTED
