"""RDF export: the graph as rdflib triples against kg's ontology, then Turtle.

Entities, documents and statements get IRIs under the graph's base IRI
(``<base>entity/<key>``, ``<base>document/<id>``, ``<base>statement/<id>``),
minted from the safe alphabet of ``kg.ids``. Every asserted edge has one
statement node per reading (RDF reification) that carries its provenance: the
document, the evidence sentence and its offsets, the confidence, the event date
and the extractor. No wall-clock time is written, so the same input gives the
same bytes.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV

from kg import __version__
from kg.export.files import atomic_write
from kg.graph import KnowledgeGraph
from kg.ontology import KG, KG_IRI, REL, REL_IRI, SCHEMA, class_for, property_for
from kg.records import Relation


def namespaces(graph: KnowledgeGraph) -> dict[str, Namespace]:
    """The IRI namespaces of a graph's own resources."""
    base = graph.base_iri
    return {
        "entity": Namespace(base + "entity/"),
        "document": Namespace(base + "document/"),
        "statement": Namespace(base + "statement/"),
    }


def entity_iri(graph: KnowledgeGraph, key: str) -> URIRef:
    return URIRef(graph.base_iri + "entity/" + key)


def document_iri(graph: KnowledgeGraph, document_id: str) -> URIRef:
    return URIRef(graph.base_iri + "document/" + document_id)


def statement_iri(graph: KnowledgeGraph, relation: Relation) -> URIRef:
    return URIRef(graph.base_iri + "statement/" + relation.id)


def bind_prefixes(rdf: Graph, graph: KnowledgeGraph) -> None:
    rdf.bind("kg", KG_IRI, override=True, replace=True)
    rdf.bind("rel", REL_IRI, override=True, replace=True)
    rdf.bind("schema", SCHEMA, override=True, replace=True)
    rdf.bind("prov", PROV)
    rdf.bind("skos", SKOS)
    rdf.bind("owl", OWL)
    for prefix, namespace in namespaces(graph).items():
        rdf.bind(prefix, namespace, override=True, replace=True)


def extractor_label(graph: KnowledgeGraph) -> str:
    pipeline = getattr(graph, "pipeline", "") or "unknown pipeline"
    return f"kg {__version__}; spaCy pipeline {pipeline}"


def to_rdflib(graph: KnowledgeGraph) -> Graph:
    """The whole graph as an rdflib ``Graph``: entities, documents, edges and statements."""
    rdf = Graph()
    bind_prefixes(rdf, graph)
    extractor = Literal(extractor_label(graph))

    for document in graph.documents.values():
        node = document_iri(graph, document.id)
        rdf.add((node, RDF.type, SCHEMA.NewsArticle))
        rdf.add((node, RDF.type, KG.NewsArticle))
        if document.title:
            rdf.add((node, SCHEMA.headline, Literal(document.title)))
        if document.date:
            rdf.add((node, SCHEMA.datePublished, Literal(document.date, datatype=XSD.date)))
        if document.source:
            rdf.add((node, KG.sourcePath, Literal(document.source)))

    for entity in graph.entities():
        node = entity_iri(graph, entity.key)
        rdf.add((node, RDF.type, class_for(entity.type)))
        rdf.add((node, RDFS.label, Literal(entity.label)))
        for alias in entity.aliases:
            rdf.add((node, SKOS.altLabel, Literal(alias)))
        rdf.add((node, KG.mentionCount, Literal(entity.mentions, datatype=XSD.integer)))
        for document_id in entity.documents:
            rdf.add((node, KG.mentionedIn, document_iri(graph, document_id)))

    open_properties: dict[URIRef, str] = {}
    for edge in graph.edges():
        predicate = property_for(edge.key)
        if predicate.startswith(REL_IRI):
            open_properties.setdefault(predicate, edge.key)
        subject, obj = entity_iri(graph, edge.subject), entity_iri(graph, edge.object)
        rdf.add((subject, predicate, obj))
        for reading in edge.readings:
            statement = statement_iri(graph, reading)
            rdf.add((statement, RDF.type, KG.Statement))
            rdf.add((statement, RDF.type, RDF.Statement))
            rdf.add((statement, RDF.subject, subject))
            rdf.add((statement, RDF.predicate, predicate))
            rdf.add((statement, RDF.object, obj))
            rdf.add((statement, PROV.wasDerivedFrom, document_iri(graph, reading.evidence.document)))
            rdf.add((statement, KG.evidence, Literal(reading.evidence.sentence)))
            rdf.add((statement, KG.startOffset, Literal(reading.evidence.start, datatype=XSD.integer)))
            rdf.add((statement, KG.endOffset, Literal(reading.evidence.end, datatype=XSD.integer)))
            rdf.add((statement, KG.confidence, Literal(Decimal(f"{reading.confidence:.4f}"), datatype=XSD.decimal)))
            rdf.add((statement, KG.relationText, Literal(reading.text)))
            rdf.add((statement, KG.predicateKey, Literal(reading.key)))
            rdf.add((statement, KG.extractor, extractor))
            if reading.date:
                rdf.add((statement, KG.eventDate, Literal(reading.date, datatype=XSD.date)))
            if reading.modality:
                rdf.add((statement, KG.modality, Literal(reading.modality)))
            if reading.attributed_to:
                rdf.add((statement, KG.attributedTo, entity_iri(graph, reading.attributed_to)))

    # Open predicates are declared here, so every edge is queryable as kg:relatedTo.
    for predicate, key in sorted(open_properties.items()):
        rdf.add((predicate, RDF.type, OWL.ObjectProperty))
        rdf.add((predicate, RDFS.subPropertyOf, KG.relatedTo))
        rdf.add((predicate, RDFS.label, Literal(key)))
    return rdf


def to_turtle(graph: KnowledgeGraph) -> str:
    """The graph as Turtle text."""
    return to_rdflib(graph).serialize(format="turtle")


def write_turtle(graph: KnowledgeGraph, path: str | Path) -> Path:
    """Write ``graph`` as Turtle to ``path``, atomically."""
    return atomic_write(path, to_turtle(graph))
