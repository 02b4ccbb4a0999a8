"""The RDF export's triples, made once per graph state and shared by every RDF writer.

Entities, documents and statements get the IRIs ``kg.iris`` mints under the
graph's base IRI. Every asserted edge has one statement node per reading (RDF
reification) that carries its provenance: the document, the evidence sentence
and its offsets, the confidence, the event date and the extractor. No
wall-clock time is written, so the same input gives the same bytes.

Triples are pyoxigraph terms (Rust-backed: cheap to make, hash, compare and
write); ``kg.export.rdf`` writes Turtle, N-Triples, TriG and RDF-star from
them and converts them to rdflib, ``kg.export.jsonld`` writes JSON-LD.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import RDF, RDFS, SKOS, XSD
from rdflib.namespace import OWL, PROV

from kg import iris
from kg.iris import KG_IRI, REL_IRI
from kg.ontology.predicates import property_for
from kg.ontology.terms import SCHEMA, class_for
from kg.version import __version__

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

XSD_STRING = str(XSD.string)


def extractor_label(graph: KnowledgeGraph) -> str:
    pipeline = getattr(graph, "pipeline", "") or "unknown pipeline"
    return f"kg {__version__}; spaCy pipeline {pipeline}"


Triple = tuple[ox.NamedNode, ox.NamedNode, "ox.NamedNode | ox.Literal"]
"""A triple of the export, in pyoxigraph terms (Rust-backed: cheap to make, hash,
compare and write; rdflib terms cost several times more per triple)."""


def triples(graph: KnowledgeGraph) -> list[tuple[Triple, str | None]]:
    """Every triple of the export with the id of the document it belongs to
    (``None`` for entity descriptions and vocabulary), computed once per graph state."""
    return prepared(graph).rows


def prepared(graph: KnowledgeGraph) -> Prepared:
    """The export's triples, computed once per graph state: writing several RDF
    formats of one graph reuses them."""
    return graph.memo("rdf", lambda: Prepared(list(_generate_triples(graph)), graph.base_iri))


class Prepared:
    """One graph state's triples and the orders the writers need, each made once:
    ordering 200,000 triples costs more than writing them."""

    def __init__(self, rows: list[tuple[Triple, str | None]], base_iri: str) -> None:
        self.rows = rows
        self._base_iri = base_iri
        self._texts: dict[object, str] = {}

    def text(self, term: object) -> str:
        """The N-Triples text of a term (memoised: IRIs recur thousands of times)."""
        text = self._texts.get(term)
        if text is None:
            text = self._texts[term] = str(term)
        return text

    @functools.cached_property
    def _ordered_triples(self) -> list[Triple]:
        return sorted({triple for triple, _document in self.rows}, key=_triple_order)

    def sorted_triples(self) -> Iterator[ox.Triple]:
        """Distinct triples in ``_triple_order``, made as they are written (a list of
        pyoxigraph triples would copy every term's text once more)."""
        return (ox.Triple(*triple) for triple in self._ordered_triples)

    @functools.cached_property
    def _ordered_quads(self) -> list[tuple]:
        default = ox.DefaultGraph()
        default_text = str(default)
        names: dict[str, ox.NamedNode] = {}
        text = self.text
        keyed = {}
        for (subject, predicate, obj), document_id in self.rows:
            if document_id:
                graph_name = names.get(document_id)
                if graph_name is None:
                    graph_name = names[document_id] = ox.NamedNode(iris.document_iri(self._base_iri, document_id))
                graph_text = text(graph_name)
            else:
                graph_name, graph_text = default, default_text
            keyed[(graph_text, text(subject), text(predicate), text(obj))] = (subject, predicate, obj, graph_name)
        return [keyed[key] for key in sorted(keyed)]

    def sorted_quads(self) -> Iterator[ox.Quad]:
        """Distinct quads, one named graph per document, ordered by graph, subject,
        predicate and object as N-Triples text."""
        return (ox.Quad(*quad) for quad in self._ordered_quads)


class _Vocabulary:
    """The ontology terms the export writes, as pyoxigraph IRIs (made once)."""

    def __init__(self) -> None:
        named = ox.NamedNode
        self.type = named(str(RDF.type))
        self.statement = named(str(RDF.Statement))
        self.subject = named(str(RDF.subject))
        self.predicate = named(str(RDF.predicate))
        self.object = named(str(RDF.object))
        self.label = named(str(RDFS.label))
        self.sub_property_of = named(str(RDFS.subPropertyOf))
        self.alt_label = named(str(SKOS.altLabel))
        self.object_property = named(str(OWL.ObjectProperty))
        self.was_derived_from = named(str(PROV.wasDerivedFrom))
        self.schema_news_article = named(str(SCHEMA.NewsArticle))
        self.headline = named(str(SCHEMA.headline))
        self.date_published = named(str(SCHEMA.datePublished))
        self.xsd_date = named(str(XSD.date))
        self.xsd_decimal = named(str(XSD.decimal))
        self.xsd_integer = named(str(XSD.integer))
        for name in (
            "NewsArticle", "Statement", "attributedTo", "confidence", "endOffset", "eventDate", "eventDateEnd",
            "evidence", "extractor", "mentionCount", "mentionedIn", "modality", "predicateKey", "relatedTo",
            "relationText", "sourcePath", "startOffset",
        ):
            setattr(self, "kg_" + name, named(KG_IRI + name))


@functools.cache
def vocabulary() -> _Vocabulary:
    """The ontology terms the export writes, as pyoxigraph IRIs."""
    return _Vocabulary()


def _generate_triples(graph: KnowledgeGraph) -> Iterator[tuple[Triple, str | None]]:
    """Every triple of the export, with the id of the document it belongs to
    (``None`` for entity descriptions and vocabulary, which span documents)."""
    v = vocabulary()
    named, literal = ox.NamedNode, ox.Literal
    base = graph.base_iri
    documents: dict[str, ox.NamedNode] = {}

    def document_node(document_id: str) -> ox.NamedNode:
        node = documents.get(document_id)
        if node is None:
            node = documents[document_id] = named(iris.document_iri(base, document_id))
        return node

    extractor = literal(extractor_label(graph))
    for document in graph.documents.values():
        node = document_node(document.id)
        yield (node, v.type, v.schema_news_article), document.id
        yield (node, v.type, v.kg_NewsArticle), document.id
        if document.title:
            yield (node, v.headline, literal(document.title)), document.id
        if document.date:
            yield (node, v.date_published, literal(document.date, datatype=v.xsd_date)), document.id
        if document.source:
            yield (node, v.kg_sourcePath, literal(document.source)), document.id

    entities: dict[str, ox.NamedNode] = {}
    for entity in graph.entities():
        node = entities[entity.key] = named(iris.entity_iri(base, entity.key))
        yield (node, v.type, named(str(class_for(entity.type)))), None
        yield (node, v.label, literal(entity.label)), None
        for alias in entity.aliases:
            yield (node, v.alt_label, literal(alias)), None
        yield (node, v.kg_mentionCount, literal(str(entity.mentions), datatype=v.xsd_integer)), None
        for document_id in entity.documents:
            yield (node, v.kg_mentionedIn, document_node(document_id)), None

    def entity_node(key: str) -> ox.NamedNode:
        node = entities.get(key)
        if node is None:
            node = entities[key] = named(iris.entity_iri(base, key))
        return node

    open_properties: dict[str, str] = {}
    for edge in graph.edges():
        property_iri = str(property_for(edge.key))
        if property_iri.startswith(REL_IRI):
            open_properties.setdefault(property_iri, edge.key)
        predicate = named(property_iri)
        subject, obj = entity_node(edge.subject), entity_node(edge.object)
        for reading in edge.readings:
            document_id = reading.evidence.document
            yield (subject, predicate, obj), document_id
            statement = named(iris.statement_iri(base, reading.id))
            yield (statement, v.type, v.kg_Statement), document_id
            yield (statement, v.type, v.statement), document_id
            yield (statement, v.subject, subject), document_id
            yield (statement, v.predicate, predicate), document_id
            yield (statement, v.object, obj), document_id
            yield (statement, v.was_derived_from, document_node(document_id)), document_id
            yield (statement, v.kg_evidence, literal(reading.evidence.sentence)), document_id
            yield (statement, v.kg_startOffset, literal(str(reading.evidence.start), datatype=v.xsd_integer)), document_id
            yield (statement, v.kg_endOffset, literal(str(reading.evidence.end), datatype=v.xsd_integer)), document_id
            yield (statement, v.kg_confidence, literal(_decimal(reading.confidence), datatype=v.xsd_decimal)), document_id
            yield (statement, v.kg_relationText, literal(reading.text)), document_id
            yield (statement, v.kg_predicateKey, literal(reading.key)), document_id
            yield (statement, v.kg_extractor, extractor), document_id
            if reading.date:
                yield (statement, v.kg_eventDate, literal(reading.date, datatype=v.xsd_date)), document_id
            if reading.date and reading.date_end:
                yield (statement, v.kg_eventDateEnd, literal(reading.date_end, datatype=v.xsd_date)), document_id
            if reading.attributed_to:
                yield (statement, v.kg_attributedTo, entity_node(reading.attributed_to)), document_id

    # Open predicates are declared here, so every edge is queryable as kg:relatedTo.
    for property_iri, key in sorted(open_properties.items()):
        predicate = named(property_iri)
        yield (predicate, v.type, v.object_property), None
        yield (predicate, v.sub_property_of, v.kg_relatedTo), None
        yield (predicate, v.label, literal(key)), None


def _decimal(value: float) -> str:
    """The xsd:decimal lexical form of a confidence, four places.

    >>> _decimal(0.43781), _decimal(1.0)
    ('0.4378', '1.0000')
    """
    return str(Decimal(f"{value:.4f}"))


def _triple_order(triple: Triple) -> tuple[str, ...]:
    """Subject, predicate, then IRIs before literals; literals by value, datatype
    (none for a plain string) and language."""
    subject, predicate, obj = triple
    if isinstance(obj, ox.Literal):
        datatype = obj.datatype.value
        plain = obj.language or datatype == XSD_STRING
        return (subject.value, predicate.value, "1", obj.value, "" if plain else datatype, obj.language or "")
    return (subject.value, predicate.value, "0", obj.value, "", "")


def prefixes(graph: KnowledgeGraph) -> dict[str, str]:
    """The prefixes every RDF format of the graph declares, by name."""
    return {
        "kg": KG_IRI,
        "rel": REL_IRI,
        "schema": str(SCHEMA),
        "prov": str(PROV),
        "skos": str(SKOS),
        "owl": str(OWL),
        "rdf": str(RDF),
        "rdfs": str(RDFS),
        "xsd": str(XSD),
        **iris.namespaces(graph.base_iri),
    }
