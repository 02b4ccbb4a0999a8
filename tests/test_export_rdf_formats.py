"""Every RDF serialisation parses strictly with pyoxigraph and rdflib and holds
the same triples; TriG has a named graph per article; bytes are stable."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
import rdflib

from kg.export import EXPORTERS
from kg.export.rdf import document_iri, to_jsonld, to_ntriples, to_rdflib, to_trig, to_turtle, to_turtle_star

FORMATS = [
    ("ttl", to_turtle, ox.RdfFormat.TURTLE, "turtle"),
    ("nt", to_ntriples, ox.RdfFormat.N_TRIPLES, "nt"),
    ("trig", to_trig, ox.RdfFormat.TRIG, "trig"),
    ("jsonld", to_jsonld, ox.RdfFormat.JSON_LD, "json-ld"),
]


def _triples_ox(data: str, fmt) -> set:
    return {(q.subject, q.predicate, q.object) for q in ox.parse(data.encode("utf-8"), format=fmt)}


@pytest.mark.parametrize(("name", "serialise", "ox_format", "rdflib_format"), FORMATS)
def test_rdf_formats_parse_and_agree(seed_graph, name, serialise, ox_format, rdflib_format):
    expected = len(to_rdflib(seed_graph))
    data = serialise(seed_graph)
    assert len(_triples_ox(data, ox_format)) == expected
    parsed = rdflib.Dataset() if name == "trig" else rdflib.Graph()
    parsed.parse(data=data, format=rdflib_format)
    assert len(parsed) == expected


def test_rdf_formats_trig_has_one_named_graph_per_article(seed_graph):
    quads = list(ox.parse(to_trig(seed_graph).encode(), format=ox.RdfFormat.TRIG))
    names = {quad.graph_name for quad in quads if not isinstance(quad.graph_name, ox.DefaultGraph)}
    assert names == {ox.NamedNode(document_iri(seed_graph, doc_id)) for doc_id in seed_graph.documents}


def test_rdf_formats_jsonld_context_is_inline():
    from kg.graph import KnowledgeGraph

    document = json.loads(to_jsonld(KnowledgeGraph()))
    assert isinstance(document["@context"], dict) and document["@context"]["kg"].startswith("https://")


def test_rdf_formats_turtle_star_quotes_each_statement(seed_graph):
    quads = list(ox.parse(to_turtle_star(seed_graph).encode(), format=ox.RdfFormat.TURTLE))
    reifies = [q for q in quads if q.predicate.value.endswith("#reifies")]
    readings = sum(len(edge.readings) for edge in seed_graph.edges())
    assert len(reifies) == readings
    assert all(isinstance(q.object, ox.Triple) for q in reifies)


@pytest.mark.parametrize("name", ["ttl", "nt", "trig", "jsonld", "ttl-star"])
def test_rdf_formats_same_input_same_bytes(seed_graph, tmp_path, name):
    exporter = EXPORTERS[name]
    first = exporter.write(seed_graph, tmp_path / "a").read_bytes()
    second = exporter.write(seed_graph, tmp_path / "b").read_bytes()
    assert first == second
