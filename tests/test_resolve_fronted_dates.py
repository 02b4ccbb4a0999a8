"""A fronted time adjunct dates the clause it opens, and its coordinated verbs;
a verb with its own time keeps it."""

from __future__ import annotations

from kg.pipeline import build_text

ARTICLE = (
    "date 2021-03-04 Minister acts\n\n"
    "On Monday, Anna Berg met Carl Olsen and said that Olsen would visit Oslo on Friday.\n"
)


def test_fronted_weekday_dates_the_main_clause_and_not_the_later_one(nlp):
    graph = build_text(ARTICLE)
    dates = {
        (edge.subject, edge.key, edge.object): reading.date for edge in graph.edges() for reading in edge.readings
    }
    assert dates[("anna-berg", "meet", "carl-olsen")] == "2021-03-01"
    # "would visit" is planned: an event, no plain edge, dated to the coming Friday.
    assert not any(key.startswith("visit") for _, key, _ in dates)
    visits = [event for part in graph.parts.values() for event in part.events if event.lemma == "visit"]
    assert [(event.factuality.value, event.date) for event in visits] == [("planned", "2021-03-05")]
