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
    visits = [date for (subject, key, _), date in dates.items() if key.startswith("visit")]
    assert visits and all(date != "2021-03-01" for date in visits)
