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
