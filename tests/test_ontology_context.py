"""context.jsonld: a JSON-LD document using it inline yields the triples the export means."""

from __future__ import annotations

import json

from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, XSD

from kg.iris import KG_IRI, REL_IRI
from kg.ontology import data_file
from kg.ontology.terms import KG, load_ontology

CONTEXT_PATH = data_file("context.jsonld")
STANDARD = {
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/",
}


def _context() -> dict:
    return json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]


def test_prefixes():
    context = _context()
    assert context["kg"] == KG_IRI
    assert context["rel"] == REL_IRI
    for prefix, iri in STANDARD.items():
        assert context[prefix] == iri


def test_every_kg_term_of_the_context_is_declared_in_the_ontology():
    ontology = load_ontology()
    declared = set(ontology.subjects())
    for name, definition in _context().items():
        if isinstance(definition, dict) and definition["@id"].startswith("kg:"):
            assert KG[definition["@id"][3:]] in declared, name


def test_inline_context_gives_typed_triples_without_fetching():
    document = {
        "@context": _context(),
        "@graph": [
            {
                "@id": "https://example.org/entity/tokayev",
                "@type": "kg:Person",
                "label": "Kassym-Jomart Tokayev",
                "altLabel": ["Tokayev"],
                "mentionCount": 3,
                "mentionedIn": ["https://example.org/document/a1"],
                "kg:requestedFrom": {"@id": "https://example.org/entity/csto"},
            },
            {
                "@id": "https://example.org/document/a1",
                "@type": ["schema:NewsArticle", "kg:NewsArticle"],
                "headline": "Troops prepare to pull out",
                "datePublished": "2022-01-13",
                "sourcePath": "seeds/a1.txt",
            },
            {
                "@id": "https://example.org/statement/s1",
                "@type": ["kg:Statement", "rdf:Statement"],
                "subject": "https://example.org/entity/tokayev",
                "predicate": "kg:requestedFrom",
                "object": "https://example.org/entity/csto",
                "wasDerivedFrom": "https://example.org/document/a1",
                "evidence": "Tokayev requested assistance from the CSTO.",
                "startOffset": 10,
                "endOffset": 54,
                "confidence": "0.85",
                "eventDate": "2022-01-05",
                "attributedTo": "https://example.org/entity/tokayev",
            },
        ],
    }
    graph = Graph().parse(data=json.dumps(document), format="json-ld")
    expected = Graph().parse(
        data="""
        @prefix kg: <https://w3id.org/kg/ontology#> .
        @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix schema: <https://schema.org/> .
        @prefix prov: <http://www.w3.org/ns/prov#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix ex: <https://example.org/> .
        ex:entity\\/tokayev a kg:Person ; rdfs:label "Kassym-Jomart Tokayev" ; skos:altLabel "Tokayev" ;
            kg:mentionCount 3 ; kg:mentionedIn ex:document\\/a1 ; kg:requestedFrom ex:entity\\/csto .
        ex:document\\/a1 a schema:NewsArticle , kg:NewsArticle ; schema:headline "Troops prepare to pull out" ;
            schema:datePublished "2022-01-13"^^xsd:date ; kg:sourcePath "seeds/a1.txt" .
        ex:statement\\/s1 a kg:Statement , rdf:Statement ; rdf:subject ex:entity\\/tokayev ;
            rdf:predicate kg:requestedFrom ; rdf:object ex:entity\\/csto ; prov:wasDerivedFrom ex:document\\/a1 ;
            kg:evidence "Tokayev requested assistance from the CSTO." ; kg:startOffset 10 ; kg:endOffset 54 ;
            kg:confidence 0.85 ; kg:eventDate "2022-01-05"^^xsd:date ; kg:attributedTo ex:entity\\/tokayev .
        """,
        format="turtle",
    )
    assert isomorphic(graph, expected), sorted(set(graph) ^ set(expected))
    confidence = graph.value(URIRef("https://example.org/statement/s1"), KG.confidence)
    assert confidence == Literal("0.85", datatype=XSD.decimal)
