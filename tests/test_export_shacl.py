"""The founding article's export conforms to ontology/shapes.ttl, and uses only
declared classes and properties."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg.export.rdf import to_rdflib
from kg.ontology.terms import load_ontology

ROOT = Path(__file__).resolve().parent.parent
STANDARD = (
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://www.w3.org/2000/01/rdf-schema#",
    "http://www.w3.org/2002/07/owl#",
    "http://www.w3.org/2004/02/skos/core#",
    "http://www.w3.org/ns/prov#",
    "https://schema.org/",
)


def test_shacl_seed_export_conforms(seed_graph):
    pyshacl = pytest.importorskip("pyshacl")
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    conforms, _, report = pyshacl.validate(to_rdflib(seed_graph), shacl_graph=shapes, inference="none")
    assert conforms, report


def test_shacl_every_class_and_property_is_declared(seed_graph):
    rdf = to_rdflib(seed_graph)
    ontology = load_ontology()
    declared = set(ontology.subjects()) | {s for s, _, _ in rdf.triples((None, RDFS.subPropertyOf, None))}
    used = {p for _, p, _ in rdf} | {o for _, _, o in rdf.triples((None, RDF.type, None))}
    undeclared = sorted(
        str(term) for term in used if isinstance(term, URIRef) and not str(term).startswith(STANDARD) and term not in declared
    )
    assert undeclared == []
    for predicate in {p for _, p, _ in rdf if str(p).startswith("https://w3id.org/kg/rel/")}:
        assert (predicate, RDF.type, OWL.ObjectProperty) in rdf
