"""The statements benchmarks.news_facts reads from a one-article graph, in the shown form
readers judge: a quote says how sure its speech is when it was not simply given."""

from __future__ import annotations

from benchmarks.news_facts import graph_statements
from kg.extract import extract
from kg.nlp import parse
from kg.records import Document


def _shown(nlp, text: str) -> list[str]:
    from kg.resolve import resolve

    document = Document(id="t", text=text, date="2005-01-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    return [statement.shown for statement in graph_statements(resolve(extract(document, doc)))]


def test_a_speech_to_come_is_shown_planned(nlp):
    shown = _shown(nlp, "Michael Howard is expected to say that around £6bn will be available for tax cuts.")
    quotes = [line for line in shown if line.startswith("quote(")]
    assert quotes and all(line.endswith("[planned]") for line in quotes), shown


def test_a_speech_given_carries_no_mark(nlp):
    shown = _shown(nlp, "Michael Howard said that around £6bn would be available for tax cuts.")
    quotes = [line for line in shown if line.startswith("quote(")]
    assert quotes and not any(line.endswith("]") for line in quotes), shown


def test_a_post_to_come_is_shown_as_such(nlp):
    """The judged listing shows what the graph records of a post (kg:status, kg:factuality):
    "will become group chief executive" is no current post."""
    shown = _shown(nlp, "Patrick Cescau will become group chief executive of Unilever in April.")
    assert "position(Patrick Cescau, group chief executive, Unilever) [future, planned]" in shown, shown
    shown = _shown(nlp, "Unilever's chief executive Patrick Cescau said sales rose.")
    assert any(line.startswith("position(Patrick Cescau") and not line.endswith("]") for line in shown), shown
