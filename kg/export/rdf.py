"""RDF export: the graph as Turtle, N-Triples, TriG, RDF 1.2 Turtle, or an rdflib graph.

Every format holds exactly the triples of ``kg.export.triples`` (TriG adds one
named graph per article); each is written sorted, so the same graph gives the
same bytes. pyoxigraph writes the files (rdflib's writers are several times
slower on large graphs, and its TriG writer orders graphs differently from run
to run); ``to_rdflib`` and ``to_dataset`` give rdflib objects for callers and
tests.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

import pyoxigraph as ox
from rdflib import RDF, SKOS, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV

from kg import iris
from kg.export.rdfterms import Triple
from kg.export.triples import (
    XSD_STRING,
    TermTexts,
    prefixes,
    prepared,
    sorted_quads,
    sorted_triples,
    term_of,
    term_row,
    triples,
    vocabulary,
)
from kg.iris import KG_IRI, REL_IRI
from kg.ontology.terms import SCHEMA
from kg.runtime.atomic import atomic_open
from kg.runtime.spill import distinct, sort_rows

if TYPE_CHECKING:
    from kg.graph import GraphView, KnowledgeGraph


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


def to_turtle(graph: GraphView) -> str:
    """The graph as Turtle text: exactly the triples of ``to_rdflib``, sorted by
    (subject, predicate, object) and grouped by subject.

    Written by pyoxigraph rather than rdflib's Turtle writer, which is the slow
    part of a large export (``benchmarks/speed.py`` measures both). The prefix
    header is written in prefix order, so the bytes depend on nothing but the graph.
    """
    return _text(write_turtle_to, graph)


def write_turtle_to(graph: GraphView, stream: IO[bytes]) -> None:
    """Write ``graph`` as Turtle to a binary stream, triple by triple (see ``to_turtle``)."""
    declared = prefixes(graph)
    stream.write("".join(f"@prefix {name}: <{iri}> .\n" for name, iri in sorted(declared.items())).encode("utf-8"))
    # The writer's own prefix lines (in its order) give way to ours, sorted.
    body = _AfterPrefixes(stream)
    ox.serialize(sorted_triples(graph), cast("IO[bytes]", body), format=ox.RdfFormat.TURTLE, prefixes=declared)
    body.finish()


def write_turtle(graph: GraphView, path: str | Path) -> Path:
    """Write ``graph`` as Turtle to ``path``, atomically."""
    return _write(write_turtle_to, graph, path)


def to_ntriples(graph: GraphView) -> str:
    """The graph as N-Triples, one triple a line, lines sorted (pyoxigraph's writer:
    rdflib's is several times slower on large graphs)."""
    return _text(write_ntriples_to, graph)


def write_ntriples_to(graph: GraphView, stream: IO[bytes]) -> None:
    """Write ``graph`` as sorted N-Triples to a binary stream."""
    for chunk in _chunks(_ntriples_lines(graph), 4096):
        stream.write("".join(line + "\n" for line in chunk).encode("utf-8"))


def _ntriples_lines(graph: GraphView) -> Iterator[str]:
    """The distinct lines of the graph's N-Triples, sorted."""
    if graph.spill_folder is None:
        # A graph with no spill folder is held in memory: a KnowledgeGraph.
        return iter(prepared(cast("KnowledgeGraph", graph)).ntriples_lines())
    lines = (
        line
        for chunk in _chunks((triple for triple, _document in triples(graph)), 8192)
        for line in _serialized((ox.Triple(*triple) for triple in chunk), ox.RdfFormat.N_TRIPLES).split("\n")
        if line.strip()
    )
    return distinct(sort_rows(lines, folder=graph.spill_folder, name="ntriples"))


def to_trig(graph: GraphView) -> str:
    """The graph as TriG, one named graph per article, quads sorted.

    Serialised by pyoxigraph from sorted quads: rdflib's TriG writer orders
    graphs differently from run to run.
    """
    return _text(write_trig_to, graph)


def write_trig_to(graph: GraphView, stream: IO[bytes]) -> None:
    """Write ``graph`` as TriG to a binary stream."""
    ox.serialize(sorted_quads(graph), stream, format=ox.RdfFormat.TRIG, prefixes=prefixes(graph))


def to_turtle_star(graph: GraphView) -> str:
    """The graph as RDF 1.2 Turtle ("RDF-star"): each statement node
    ``rdf:reifies`` a quoted triple ``<<( s p o )>>`` instead of spelling it out
    with ``rdf:subject``/``rdf:predicate``/``rdf:object``."""
    return _text(write_turtle_star_to, graph)


def write_turtle_star_to(graph: GraphView, stream: IO[bytes]) -> None:
    """Write ``graph`` as RDF 1.2 Turtle to a binary stream (see ``to_turtle_star``)."""
    if graph.spill_folder is None:  # in memory: the shared triples' texts (``Prepared.star_ntriples``)
        lines = prepared(cast("KnowledgeGraph", graph)).star_ntriples()
        ox.serialize(ox.parse(lines, format=ox.RdfFormat.N_TRIPLES), stream, format=ox.RdfFormat.TURTLE,
                     prefixes=prefixes(graph))
        return
    text = TermTexts().text
    # Terms go to disk as rows of plain values; in memory they stay terms.
    pack, unpack = (term_row, term_of) if graph.spill_folder is not None else (_same, _same)
    rows = (
        ((text(subject), text(predicate), text(obj)), pack(subject), pack(predicate), pack(obj))
        for subject, predicate, obj in _reified(triples(graph))
    )
    ordered = distinct(sort_rows(rows, folder=graph.spill_folder, key=_first, name="star"), key=_first)
    quads = (ox.Quad(unpack(s), unpack(p), unpack(o)) for _texts, s, p, o in ordered)
    ox.serialize(quads, stream, format=ox.RdfFormat.TURTLE, prefixes=prefixes(graph))


def _same(term: Any) -> Any:
    return term


def _reified(rows: Iterable[tuple[Triple, str | None]]) -> Iterator[tuple[Any, Any, Any]]:
    """The triples with each statement's ``rdf:subject``, ``rdf:predicate`` and
    ``rdf:object`` (which the triples give one after another) as one
    ``rdf:reifies`` of the quoted triple, and without ``a rdf:Statement``."""
    v = vocabulary()
    roles = (v.subject, v.predicate, v.object)
    reifies = ox.NamedNode(str(RDF) + "reifies")
    parts: dict[Any, dict[Any, Any]] = {}
    for (subject, predicate, obj), _document in rows:
        if predicate in roles:
            spo = parts.setdefault(subject, {})
            spo[predicate] = obj
            if len(spo) == len(roles):
                del parts[subject]
                yield subject, reifies, ox.Triple(*(spo[role] for role in roles))
            continue
        if predicate == v.type and obj == v.statement:
            continue
        yield subject, predicate, obj
    if parts:
        raise ValueError(f"statement {next(iter(parts))} lacks its rdf:subject, rdf:predicate or rdf:object")


def _first(row: tuple) -> Any:
    return row[0]


class _AfterPrefixes(io.RawIOBase):
    """A binary stream that passes everything on to ``target`` but the ``@prefix``
    lines its writer starts with."""

    def __init__(self, target: IO[bytes]) -> None:
        super().__init__()
        self.target = target
        self.head: bytes | None = b""  # what is held back while lines may still be prefixes

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        data = bytes(data)
        if self.head is None:
            self.target.write(data)
            return len(data)
        self.head += data
        while self.head is not None and b"\n" in self.head:
            line, rest = self.head.split(b"\n", 1)
            if line.startswith(b"@prefix "):
                self.head = rest
            else:
                self.target.write(self.head)
                self.head = None
        return len(data)

    def finish(self) -> None:
        """Pass on what is held back (a last line without its line end)."""
        if self.head and not self.head.startswith(b"@prefix "):
            self.target.write(self.head)
        self.head = None


def _text(write_to, graph: GraphView) -> str:
    buffer = io.BytesIO()
    write_to(graph, buffer)
    return buffer.getvalue().decode("utf-8")


def _write(write_to, graph: GraphView, path: str | Path) -> Path:
    with atomic_open(path, "wb") as stream:
        write_to(graph, stream)
    return Path(path)


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


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


def write_ntriples(graph: GraphView, path: str | Path) -> Path:
    """Write ``graph`` as sorted N-Triples to ``path``, atomically."""
    return _write(write_ntriples_to, graph, path)


def write_trig(graph: GraphView, path: str | Path) -> Path:
    """Write ``graph`` as TriG (a named graph per article) to ``path``, atomically."""
    return _write(write_trig_to, graph, path)


def write_turtle_star(graph: GraphView, path: str | Path) -> Path:
    """Write ``graph`` as RDF 1.2 Turtle with quoted triples to ``path``, atomically."""
    return _write(write_turtle_star_to, graph, path)
