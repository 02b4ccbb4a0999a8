"""RDF export: the graph as Turtle, N-Triples, TriG, RDF 1.2 Turtle, or an rdflib graph.

Every format holds exactly the triples of ``kg.export.triples`` (TriG adds one
named graph per article); each is written sorted, so the same graph gives the
same bytes. pyoxigraph writes the files (rdflib's writers are several times
slower on large graphs, and its TriG writer orders graphs differently from run
to run); ``to_rdflib`` and ``to_dataset`` give rdflib objects for callers and
tests.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, cast

import pyoxigraph as ox
from rdflib import RDF, SKOS, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV

from kg import iris
from kg.export.triples import XSD_STRING, prefixes, prepared, triples, vocabulary
from kg.iris import KG_IRI, REL_IRI
from kg.ontology.terms import SCHEMA
from kg.runtime.atomic import atomic_write

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph


def namespaces(graph: KnowledgeGraph) -> dict[str, Namespace]:
    """The IRI namespaces of a graph's own resources, as rdflib namespaces."""
    return {prefix: Namespace(iri) for prefix, iri in iris.namespaces(graph.base_iri).items()}


def entity_iri(graph: KnowledgeGraph, key: str) -> URIRef:
    return URIRef(iris.entity_iri(graph.base_iri, key))


def document_iri(graph: KnowledgeGraph, document_id: str) -> URIRef:
    return URIRef(iris.document_iri(graph.base_iri, document_id))


def bind_prefixes(rdf: Graph, graph: KnowledgeGraph) -> None:
    rdf.bind("kg", KG_IRI, override=True, replace=True)
    rdf.bind("rel", REL_IRI, override=True, replace=True)
    rdf.bind("schema", SCHEMA, override=True, replace=True)
    rdf.bind("prov", PROV)
    rdf.bind("skos", SKOS)
    rdf.bind("owl", OWL)
    for prefix, namespace in namespaces(graph).items():
        rdf.bind(prefix, namespace, override=True, replace=True)


def to_rdflib(graph: KnowledgeGraph) -> Graph:
    """The whole graph as an rdflib ``Graph``: entities, documents, edges and statements."""
    rdf = Graph()
    bind_prefixes(rdf, graph)
    convert = _RdflibTerms()
    for (subject, predicate, obj), _document in triples(graph):
        rdf.add((convert(subject), convert(predicate), convert(obj)))
    return rdf


def to_dataset(graph: KnowledgeGraph) -> Dataset:
    """The graph as a dataset with one named graph per article (its metadata, its
    edges and their statements); entities and open predicates sit in the default
    graph. The union of all graphs is exactly ``to_rdflib(graph)``."""
    dataset = Dataset()
    bind_prefixes(dataset, graph)
    named: dict[str, Graph] = {}
    convert = _RdflibTerms()
    for (subject, predicate, obj), document_id in triples(graph):
        triple = (convert(subject), convert(predicate), convert(obj))
        if document_id is None:
            dataset.default_graph.add(triple)
        else:
            if document_id not in named:
                named[document_id] = dataset.graph(document_iri(graph, document_id))
            named[document_id].add(triple)
    return dataset


def _serialized(
    statements: Iterable[ox.Triple] | Iterable[ox.Quad],
    rdf_format: ox.RdfFormat,
    declared: dict[str, str] | None = None,
) -> str:
    """pyoxigraph's serialisation as text (it returns bytes when given no output file)."""
    data = ox.serialize(statements, format=rdf_format, prefixes=declared)
    if data is None:  # only when an output file is given, which this never does
        raise RuntimeError("pyoxigraph wrote to no buffer")
    return data.decode("utf-8")


def to_turtle(graph: KnowledgeGraph) -> str:
    """The graph as Turtle text: exactly the triples of ``to_rdflib``, sorted by
    (subject, predicate, object) and grouped by subject.

    Written by pyoxigraph rather than rdflib's Turtle writer, which is the slow
    part of a large export (``benchmarks/speed.py`` measures both). The prefix
    header is written in prefix order, so the bytes depend on nothing but the graph.
    """
    declared = prefixes(graph)
    body = _serialized(prepared(graph).sorted_triples(), ox.RdfFormat.TURTLE, declared)
    # Replace the writer's own prefix lines (in its hash order) by ours, sorted.
    lines = body.split("\n")
    while lines and lines[0].startswith("@prefix "):
        lines.pop(0)
    header = "".join(f"@prefix {name}: <{iri}> .\n" for name, iri in sorted(declared.items()))
    return header + "\n".join(lines)


def write_turtle(graph: KnowledgeGraph, path: str | Path) -> Path:
    """Write ``graph`` as Turtle to ``path``, atomically."""
    return atomic_write(path, to_turtle(graph))


def to_ntriples(graph: KnowledgeGraph) -> str:
    """The graph as N-Triples, one triple a line, lines sorted (pyoxigraph's writer:
    rdflib's is several times slower on large graphs)."""
    body = _serialized(prepared(graph).sorted_triples(), ox.RdfFormat.N_TRIPLES)
    # Split on "\n" only: str.splitlines() would also split at U+2028 inside a literal.
    return "".join(line + "\n" for line in sorted(set(body.split("\n"))) if line.strip())


def to_trig(graph: KnowledgeGraph) -> str:
    """The graph as TriG, one named graph per article, quads sorted.

    Serialised by pyoxigraph from sorted quads: rdflib's TriG writer orders
    graphs differently from run to run.
    """
    return _serialized(prepared(graph).sorted_quads(), ox.RdfFormat.TRIG, prefixes(graph))


def to_turtle_star(graph: KnowledgeGraph) -> str:
    """The graph as RDF 1.2 Turtle ("RDF-star"): each statement node
    ``rdf:reifies`` a quoted triple ``<<( s p o )>>`` instead of spelling it out
    with ``rdf:subject``/``rdf:predicate``/``rdf:object``."""
    rows = prepared(graph)
    v = vocabulary()
    roles = (v.subject, v.predicate, v.object)
    text = rows.text
    parts: dict[ox.NamedNode, dict[ox.NamedNode, ox.NamedNode | ox.Literal]] = {}
    keyed: dict[tuple[str, str, str], tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal | ox.Triple]] = {}
    for (subject, predicate, obj), _document in rows.rows:
        if predicate in roles:
            parts.setdefault(subject, {})[predicate] = obj
            continue
        if predicate == v.type and obj == v.statement:
            continue
        keyed[(text(subject), text(predicate), text(obj))] = (subject, predicate, obj)
    reifies = ox.NamedNode(str(RDF) + "reifies")
    for statement, spo in parts.items():
        # A statement's rdf:subject and rdf:predicate are always IRIs (entities, events, predicates).
        quoted = ox.Triple(cast(ox.NamedNode, spo[v.subject]), cast(ox.NamedNode, spo[v.predicate]), spo[v.object])
        keyed[(text(statement), text(reifies), str(quoted))] = (statement, reifies, quoted)
    quads = (ox.Quad(*keyed[key]) for key in sorted(keyed))
    return _serialized(quads, ox.RdfFormat.TURTLE, prefixes(graph))


class _RdflibTerms:
    """pyoxigraph terms to rdflib terms, for ``to_rdflib``; a plain string stays
    an rdflib literal without datatype, as rdflib writes it."""

    def __init__(self) -> None:
        self._iris: dict[str, URIRef] = {}

    def __call__(self, term: object) -> URIRef | Literal:
        if isinstance(term, ox.NamedNode):
            iri = self._iris.get(term.value)
            if iri is None:
                iri = self._iris[term.value] = URIRef(term.value)
            return iri
        if isinstance(term, ox.Literal):
            if term.language:
                return Literal(term.value, lang=term.language)
            datatype = term.datatype.value
            return Literal(term.value) if datatype == XSD_STRING else Literal(term.value, datatype=URIRef(datatype))
        raise TypeError(f"unexpected RDF term {term!r}")


def write_ntriples(graph: KnowledgeGraph, path: str | Path) -> Path:
    """Write ``graph`` as sorted N-Triples to ``path``, atomically."""
    return atomic_write(path, to_ntriples(graph))


def write_trig(graph: KnowledgeGraph, path: str | Path) -> Path:
    """Write ``graph`` as TriG (a named graph per article) to ``path``, atomically."""
    return atomic_write(path, to_trig(graph))


def write_turtle_star(graph: KnowledgeGraph, path: str | Path) -> Path:
    """Write ``graph`` as RDF 1.2 Turtle with quoted triples to ``path``, atomically."""
    return atomic_write(path, to_turtle_star(graph))
