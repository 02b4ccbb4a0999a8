"""read_graph: a graph.ttl written by kg reads back into the same KnowledgeGraph."""

from __future__ import annotations

import dataclasses

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.errors import InputError
from kg.export.rdf import to_rdflib, to_turtle, write_turtle
from kg.export.reader import read_graph
from kg.types import Factuality


def _records(graph):
    # A reading's factuality and the event it stands for are not in the Turtle
    # export yet (events are exported on the graph branch): compare without them.
    edges = [
        dataclasses.replace(edge, readings=tuple(
            dataclasses.replace(reading, factuality=Factuality.ASSERTED, event=None) for reading in edge.readings))
        for edge in graph.edges()
    ]
    return list(graph.entities()), edges, {
        key: (doc.title, doc.date, doc.source) for key, doc in graph.documents.items()
    }


@pytest.mark.parametrize("name", ["seed_graph", "tricky_graph"])
def test_reader_round_trip_gives_the_same_records_and_turtle(name, request, tmp_path):
    graph = request.getfixturevalue(name)
    path = write_turtle(graph, tmp_path / "graph.ttl")
    back = read_graph(path)
    assert _records(back) == _records(graph)
    assert back.base_iri == graph.base_iri
    assert back.stats() == graph.stats()
    # Re-exporting writes the same bytes (sorted, deterministic serialisation).
    assert to_turtle(back) == path.read_text(encoding="utf-8")
    assert isomorphic(to_rdflib(back), Graph().parse(path))


def test_reader_accepts_the_folder(seed_graph, tmp_path):
    write_turtle(seed_graph, tmp_path / "graph.ttl")
    back = read_graph(tmp_path)
    assert back.find("Tokayev") == seed_graph.find("Tokayev")
    assert back.pipeline == seed_graph.pipeline


def test_reader_keeps_entities_that_span_documents(tricky_graph, tmp_path):
    back = read_graph(write_turtle(tricky_graph, tmp_path / "graph.ttl"))
    shared = back.entity("shared-org")
    assert shared.documents == tuple(sorted(tricky_graph.documents))
    assert shared.mentions == tricky_graph.entity("shared-org").mentions
    # Taking one document back out leaves the entity, mentioned elsewhere, in place.
    back.remove_document("doc-0")
    assert "shared-org" in back.nxg and "person-0" not in back.nxg


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("@prefix ex: <http://e/> . ex:a ex:b ex:c .", "no kg entities"),
        ("this is ( not turtle", "not readable as RDF"),
    ],
)
def test_reader_rejects_files_that_are_not_kg_exports(tmp_path, content, message):
    path = tmp_path / "graph.ttl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_graph(path)


def test_reader_names_a_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_graph(tmp_path / "nothing")
