"""Turtle export: strict parsing, provenance on statement nodes, same bytes each time."""

from __future__ import annotations

import pyoxigraph
import pytest
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import PROV

from kg.export.rdf import document_iri, entity_iri, to_rdflib, to_turtle, write_turtle
from kg.graph import KnowledgeGraph
from kg.ontology.terms import KG, SCHEMA
from kg.records import Document, DocumentGraph, Entity, Evidence, Relation
from kg.resolve.across import ArticleLinker
from kg.types import EntityType

TRICKY = 'He said "hi" \\ <b>&amp;</b>\n"""\'\'\'; DROP TABLE x; } SELECT * {'


def _tricky_graph() -> KnowledgeGraph:
    text = f"{TRICKY} Alice met Bob."
    document = Document(id="d-1", text=text, title=TRICKY, date="2022-01-13", source="in put/ä.txt")
    alice = Entity("alice", TRICKY, EntityType.PERSON, (TRICKY + "2",), 1, ("d-1",))
    bob = Entity("bob", "Bob", EntityType.ORGANIZATION, (), 1, ("d-1",))
    relation = Relation("alice", "meet with", "bob", TRICKY, Evidence("d-1", text, 0, len(text)), 0.75, "2022-01-11")
    return KnowledgeGraph(linker=ArticleLinker()).add_all([DocumentGraph(document, (alice, bob), (relation,))])


def test_export_rdf_turtle_parses_strictly_with_oxigraph_and_rdflib():
    text = to_turtle(_tricky_graph())
    quads = list(pyoxigraph.parse(text.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE))
    rdf = Graph().parse(data=text, format="turtle")
    assert len(quads) == len(rdf) == len(to_rdflib(_tricky_graph()))


def test_export_rdf_user_text_survives_intact():
    graph = _tricky_graph()
    rdf = Graph().parse(data=to_turtle(graph), format="turtle")
    alice = entity_iri(graph, "alice")
    assert str(rdf.value(alice, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))) == TRICKY
    assert str(rdf.value(document_iri(graph, "d-1"), SCHEMA.headline)) == TRICKY


def test_export_rdf_every_statement_carries_provenance():
    graph = _tricky_graph()
    rdf = to_rdflib(graph)
    statements = list(rdf.subjects(RDF.type, KG.Statement))
    assert len(statements) == 1
    (statement,) = statements
    assert rdf.value(statement, RDF.subject) == entity_iri(graph, "alice")
    assert rdf.value(statement, RDF.object) == entity_iri(graph, "bob")
    assert rdf.value(statement, PROV.wasDerivedFrom) == document_iri(graph, "d-1")
    assert rdf.value(statement, KG.startOffset).toPython() == 0
    assert float(rdf.value(statement, KG.confidence).toPython()) == pytest.approx(0.75)
    assert str(rdf.value(statement, KG.eventDate)) == "2022-01-11"
    predicate = rdf.value(statement, RDF.predicate)
    assert (entity_iri(graph, "alice"), predicate, entity_iri(graph, "bob")) in rdf


def test_export_rdf_same_graph_same_bytes(tmp_path):
    first = write_turtle(_tricky_graph(), tmp_path / "a.ttl").read_bytes()
    second = write_turtle(_tricky_graph(), tmp_path / "b.ttl").read_bytes()
    assert first == second


def test_export_rdf_iris_are_minted_from_the_base(tmp_path):
    graph = _tricky_graph()
    graph.base_iri = "urn:x-news:"
    subjects = {str(s) for s in to_rdflib(graph).subjects() if isinstance(s, URIRef)}
    assert subjects and all(s.startswith(("urn:x-news:", "https://w3id.org/kg/rel/")) for s in subjects)
