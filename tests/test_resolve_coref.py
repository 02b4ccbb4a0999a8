"""Pronouns and descriptions resolved only with good evidence (model tests)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.graph import KnowledgeGraph
from kg.nlp import parse
from kg.records import Document
from kg.resolve import resolve


def _graph(nlp, text: str) -> KnowledgeGraph:
    document = Document(id="t", text=text, date="2022-01-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    return KnowledgeGraph().add_all([resolve(extract(document, doc))])


def _subjects(graph: KnowledgeGraph, sentence_start: str) -> set[str]:
    return {
        graph.entity(edge.subject).label
        for edge in graph.edges()
        for reading in edge.readings
        if reading.evidence.sentence.startswith(sentence_start)
    }


def test_coref_he_with_one_person_in_reach_resolves(nlp):
    graph = _graph(nlp, "John Smith visited Paris on Monday. He praised the French government.")
    assert _subjects(graph, "He praised") == {"John Smith"}


def test_coref_he_with_two_people_in_reach_stays_unresolved(nlp):
    graph = _graph(nlp, "John Smith met Peter Jones in Paris on Monday. He praised the French government.")
    assert _subjects(graph, "He praised") == set()


@pytest.mark.parametrize(
    "text",
    [
        "The North Atlantic Treaty Organization (NATO) met in Brussels. NATO sent troops to Latvia.",
        "The North Atlantic Treaty Organization met in Brussels. NATO sent troops to Latvia.",
    ],
)
def test_coref_acronym_is_one_node_with_the_long_name(nlp, text):
    graph = _graph(nlp, text)
    organisations = [e for e in graph.entities() if "NATO" in (e.label, *e.aliases)]
    assert [e.label for e in organisations] == ["North Atlantic Treaty Organization"]
