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

import weakref
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, Namespace, URIRef
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
    for triple, _document in _triples(graph):
        rdf.add(triple)
    return rdf


def to_dataset(graph: KnowledgeGraph) -> Dataset:
    """The graph as a dataset with one named graph per article (its metadata, its
    edges and their statements); entities and open predicates sit in the default
    graph. The union of all graphs is exactly ``to_rdflib(graph)``."""
    dataset = Dataset()
    bind_prefixes(dataset, graph)
    named: dict[str, Graph] = {}
    for triple, document_id in _triples(graph):
        if document_id is None:
            dataset.default_graph.add(triple)
        else:
            if document_id not in named:
                named[document_id] = dataset.graph(document_iri(graph, document_id))
            named[document_id].add(triple)
    return dataset


Triple = tuple[URIRef, URIRef, URIRef | Literal]


_LAST_TRIPLES: tuple[weakref.ref, tuple, list[tuple[Triple, str | None]]] | None = None


def _triples(graph: KnowledgeGraph) -> list[tuple[Triple, str | None]]:
    """``_generate_triples``, computed once per graph state: writing several RDF
    formats of one graph reuses the list (a weak reference, so a new graph at a
    recycled address is never mistaken for the old one)."""
    global _LAST_TRIPLES
    state = (graph.revision, graph.base_iri, graph.pipeline)
    if _LAST_TRIPLES is None or _LAST_TRIPLES[0]() is not graph or _LAST_TRIPLES[1] != state:
        _LAST_TRIPLES = (weakref.ref(graph), state, list(_generate_triples(graph)))
    return _LAST_TRIPLES[2]


def _generate_triples(graph: KnowledgeGraph) -> Iterator[tuple[Triple, str | None]]:
    """Every triple of the export, with the id of the document it belongs to
    (``None`` for entity descriptions and vocabulary, which span documents)."""
    extractor = Literal(extractor_label(graph))
    for document in graph.documents.values():
        node = document_iri(graph, document.id)
        yield (node, RDF.type, SCHEMA.NewsArticle), document.id
        yield (node, RDF.type, KG.NewsArticle), document.id
        if document.title:
            yield (node, SCHEMA.headline, Literal(document.title)), document.id
        if document.date:
            yield (node, SCHEMA.datePublished, Literal(document.date, datatype=XSD.date)), document.id
        if document.source:
            yield (node, KG.sourcePath, Literal(document.source)), document.id

    for entity in graph.entities():
        node = entity_iri(graph, entity.key)
        yield (node, RDF.type, class_for(entity.type)), None
        yield (node, RDFS.label, Literal(entity.label)), None
        for alias in entity.aliases:
            yield (node, SKOS.altLabel, Literal(alias)), None
        yield (node, KG.mentionCount, Literal(entity.mentions, datatype=XSD.integer)), None
        for document_id in entity.documents:
            yield (node, KG.mentionedIn, document_iri(graph, document_id)), None

    open_properties: dict[URIRef, str] = {}
    for edge in graph.edges():
        predicate = property_for(edge.key)
        if predicate.startswith(REL_IRI):
            open_properties.setdefault(predicate, edge.key)
        subject, obj = entity_iri(graph, edge.subject), entity_iri(graph, edge.object)
        for reading in edge.readings:
            document_id = reading.evidence.document
            yield (subject, predicate, obj), document_id
            statement = statement_iri(graph, reading)
            yield (statement, RDF.type, KG.Statement), document_id
            yield (statement, RDF.type, RDF.Statement), document_id
            yield (statement, RDF.subject, subject), document_id
            yield (statement, RDF.predicate, predicate), document_id
            yield (statement, RDF.object, obj), document_id
            yield (statement, PROV.wasDerivedFrom, document_iri(graph, document_id)), document_id
            yield (statement, KG.evidence, Literal(reading.evidence.sentence)), document_id
            yield (statement, KG.startOffset, Literal(reading.evidence.start, datatype=XSD.integer)), document_id
            yield (statement, KG.endOffset, Literal(reading.evidence.end, datatype=XSD.integer)), document_id
            confidence = Literal(Decimal(f"{reading.confidence:.4f}"), datatype=XSD.decimal)
            yield (statement, KG.confidence, confidence), document_id
            yield (statement, KG.relationText, Literal(reading.text)), document_id
            yield (statement, KG.predicateKey, Literal(reading.key)), document_id
            yield (statement, KG.extractor, extractor), document_id
            if reading.date:
                yield (statement, KG.eventDate, Literal(reading.date, datatype=XSD.date)), document_id
            if reading.date and reading.date_end:
                yield (statement, KG.eventDateEnd, Literal(reading.date_end, datatype=XSD.date)), document_id
            if reading.modality:
                yield (statement, KG.modality, Literal(reading.modality)), document_id
            if reading.attributed_to:
                yield (statement, KG.attributedTo, entity_iri(graph, reading.attributed_to)), document_id

    # Open predicates are declared here, so every edge is queryable as kg:relatedTo.
    for predicate, key in sorted(open_properties.items()):
        yield (predicate, RDF.type, OWL.ObjectProperty), None
        yield (predicate, RDFS.subPropertyOf, KG.relatedTo), None
        yield (predicate, RDFS.label, Literal(key)), None


def to_turtle(graph: KnowledgeGraph) -> str:
    """The graph as Turtle text: exactly the triples of ``to_rdflib``, sorted by
    (subject, predicate, object) and grouped by subject.

    Written by pyoxigraph rather than rdflib's Turtle writer, which is the slow
    part of a large export (``benchmarks/speed.py`` measures both). The prefix
    header is written in prefix order, so the bytes depend on nothing but the graph.
    """
    import pyoxigraph as ox

    triples = sorted({triple for triple, _document in _triples(graph)}, key=_triple_order)
    convert = _OxConverter()
    prefixes = _prefixes(graph)
    body = ox.serialize(
        (ox.Triple(convert(s), convert(p), convert(o)) for s, p, o in triples),
        format=ox.RdfFormat.TURTLE,
        prefixes=prefixes,
    ).decode("utf-8")
    # Replace the writer's own prefix lines (in its hash order) by ours, sorted.
    lines = body.split("\n")
    while lines and lines[0].startswith("@prefix "):
        lines.pop(0)
    header = "".join(f"@prefix {name}: <{iri}> .\n" for name, iri in sorted(prefixes.items()))
    return header + "\n".join(lines)


def _triple_order(triple: Triple) -> tuple[str, ...]:
    subject, predicate, obj = triple
    if isinstance(obj, Literal):
        return (str(subject), str(predicate), "1", str(obj), str(obj.datatype or ""), obj.language or "")
    return (str(subject), str(predicate), "0", str(obj), "", "")


class _OxConverter:
    """rdflib terms to pyoxigraph terms, remembering IRIs (a few thousand, each used many times)."""

    def __init__(self) -> None:
        self._iris: dict[str, object] = {}

    def __call__(self, term):
        if isinstance(term, URIRef):
            node = self._iris.get(term)
            if node is None:
                node = self._iris[term] = _ox(term)
            return node
        return _ox(term)


def write_turtle(graph: KnowledgeGraph, path: str | Path) -> Path:
    """Write ``graph`` as Turtle to ``path``, atomically."""
    return atomic_write(path, to_turtle(graph))


def to_ntriples(graph: KnowledgeGraph) -> str:
    """The graph as N-Triples, one triple a line, lines sorted (pyoxigraph's writer:
    rdflib's is several times slower on large graphs)."""
    import pyoxigraph as ox

    convert = _OxConverter()
    triples = {triple for triple, _document in _triples(graph)}
    body = ox.serialize(
        (ox.Triple(convert(s), convert(p), convert(o)) for s, p, o in triples), format=ox.RdfFormat.N_TRIPLES
    ).decode("utf-8")
    # Split on "\n" only: str.splitlines() would also split at U+2028 inside a literal.
    return "".join(line + "\n" for line in sorted(set(body.split("\n"))) if line.strip())


def to_trig(graph: KnowledgeGraph) -> str:
    """The graph as TriG, one named graph per article, quads sorted.

    Serialised by pyoxigraph from sorted quads: rdflib's TriG writer orders
    graphs differently from run to run.
    """
    import pyoxigraph as ox

    quads = set()
    for (subject, predicate, obj), document_id in _triples(graph):
        graph_name = ox.NamedNode(document_iri(graph, document_id)) if document_id else ox.DefaultGraph()
        quads.add(ox.Quad(_ox(subject), _ox(predicate), _ox(obj), graph_name))
    ordered = sorted(quads, key=lambda quad: (str(quad.graph_name), str(quad.subject), str(quad.predicate), str(quad.object)))
    return ox.serialize(ordered, format=ox.RdfFormat.TRIG, prefixes=_prefixes(graph)).decode("utf-8")


def to_jsonld(graph: KnowledgeGraph) -> str:
    """The graph as JSON-LD with its ``@context`` inline (nothing to fetch), nodes
    sorted by ``@id``."""
    import json

    context = jsonld_context(graph)
    document = json.loads(to_rdflib(graph).serialize(format="json-ld", context=context, auto_compact=True))
    nodes = document.get("@graph", [document] if "@id" in document else [])
    for node in nodes:
        for key, value in node.items():
            if isinstance(value, list):
                node[key] = sorted(value, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
    nodes.sort(key=lambda node: str(node.get("@id", "")))
    return json.dumps({"@context": context, "@graph": nodes}, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def to_turtle_star(graph: KnowledgeGraph) -> str:
    """The graph as RDF 1.2 Turtle ("RDF-star"): each statement node
    ``rdf:reifies`` a quoted triple ``<<( s p o )>>`` instead of spelling it out
    with ``rdf:subject``/``rdf:predicate``/``rdf:object``."""
    import pyoxigraph as ox

    reified = {RDF.subject, RDF.predicate, RDF.object}
    parts: dict[URIRef, dict[URIRef, object]] = {}
    quads = []
    for (subject, predicate, obj), _document in _triples(graph):
        if predicate in reified:
            parts.setdefault(subject, {})[predicate] = obj
            continue
        if predicate == RDF.type and obj == RDF.Statement:
            continue
        quads.append(ox.Quad(_ox(subject), _ox(predicate), _ox(obj)))
    for statement, spo in parts.items():
        quoted = ox.Triple(_ox(spo[RDF.subject]), _ox(spo[RDF.predicate]), _ox(spo[RDF.object]))
        quads.append(ox.Quad(_ox(statement), ox.NamedNode(str(RDF) + "reifies"), quoted))
    quads = sorted(set(quads), key=lambda quad: (str(quad.subject), str(quad.predicate), str(quad.object)))
    return ox.serialize(quads, format=ox.RdfFormat.TURTLE, prefixes=_prefixes(graph)).decode("utf-8")


def jsonld_context(graph: KnowledgeGraph) -> dict:
    """The JSON-LD ``@context``: ``ontology/context.jsonld`` (the reusable part) plus
    prefixes for this graph's own entity, document and statement IRIs."""
    import json

    from kg.ontology import ONTOLOGY_DIR

    context: dict = {}
    shared = ONTOLOGY_DIR / "context.jsonld"
    if shared.exists():
        context.update(json.loads(shared.read_text(encoding="utf-8"))["@context"])
    for prefix, iri in _prefixes(graph).items():
        context.setdefault(prefix, iri)
    return context


def _prefixes(graph: KnowledgeGraph) -> dict[str, str]:
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
        **{prefix: str(namespace) for prefix, namespace in namespaces(graph).items()},
    }


def _ox(term):
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        datatype = term.datatype or XSD.string
        return ox.Literal(str(term), datatype=ox.NamedNode(str(datatype)))
    raise TypeError(f"unexpected RDF term {term!r}")


def write_ntriples(graph: KnowledgeGraph, path: str | Path) -> Path:
    """Write ``graph`` as sorted N-Triples to ``path``, atomically."""
    return atomic_write(path, to_ntriples(graph))


def write_trig(graph: KnowledgeGraph, path: str | Path) -> Path:
    """Write ``graph`` as TriG (a named graph per article) to ``path``, atomically."""
    return atomic_write(path, to_trig(graph))


def write_jsonld(graph: KnowledgeGraph, path: str | Path) -> Path:
    """Write ``graph`` as JSON-LD with an inline context to ``path``, atomically."""
    return atomic_write(path, to_jsonld(graph))


def write_turtle_star(graph: KnowledgeGraph, path: str | Path) -> Path:
    """Write ``graph`` as RDF 1.2 Turtle with quoted triples to ``path``, atomically."""
    return atomic_write(path, to_turtle_star(graph))
