"""The RDF export's triples, made once per graph state and shared by every RDF writer.

Entities, documents, statements, events, positions and quotes get the IRIs
``kg.iris`` mints under the graph's base IRI. A document whose headline restates
one of its events points to it with ``kg:headlineEvent``. Every plain edge has one
statement node per reading (RDF reification) that carries its provenance: the
document, the evidence sentence and its offsets, the confidence, the event
date, the factuality, the event it was derived from and the extractor; events,
positions and quotes carry the same provenance (``kg.export.facts``). Places
linked to GeoNames carry ``owl:sameAs`` their GeoNames IRI, their country and
continent codes and WGS84 coordinates. No wall-clock time is written, so the
same input gives the same bytes.

Triples are pyoxigraph terms (Rust-backed: cheap to make, hash, compare and
write); ``kg.export.rdf`` writes Turtle, N-Triples, TriG and RDF-star from
them and converts them to rdflib, ``kg.export.jsonld`` writes JSON-LD.

A graph in memory keeps its triple list (``prepared``) for every RDF writer of
the same state. A graph on disk (``kg.spilled.SpilledGraph``) has its triples
made afresh for each writer and put in order by an external sort
(``kg.runtime.spill``): as rows of plain values (``term_row``), rebuilt into
terms (``term_of``) once sorted. Both orders are the same functions of the
same triples, so both give the same bytes.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
from rdflib import RDF, RDFS, SKOS, XSD
from rdflib.namespace import OWL, PROV

from kg import iris
from kg.export.facts import fact_triples
from kg.export.rdfterms import Nodes, Triple, place_triples, provenance, vocabulary
from kg.iris import KG_IRI, REL_IRI
from kg.ontology.predicates import property_for
from kg.ontology.terms import GEO, SCHEMA, class_for
from kg.runtime.spill import distinct, sort_rows
from kg.version import __version__

if TYPE_CHECKING:
    from kg.graph import GraphView, KnowledgeGraph

XSD_STRING = str(XSD.string)


def extractor_label(graph: GraphView) -> str:
    pipeline = getattr(graph, "pipeline", "") or "unknown pipeline"
    return f"kg {__version__}; spaCy pipeline {pipeline}"


def triples(graph: GraphView) -> Iterable[tuple[Triple, str | None]]:
    """Every triple of the export with the id of the document it belongs to
    (``None`` for entity descriptions and vocabulary): computed once per state of a
    graph in memory, made afresh (a stream) for a graph on disk."""
    if graph.spill_folder is None:
        return prepared(graph).rows  # type: ignore[arg-type]
    return _generate_triples(graph)


def prepared(graph: KnowledgeGraph) -> Prepared:
    """The export's triples, computed once per graph state: writing several RDF
    formats of one graph reuses them."""
    return graph.memo("rdf", lambda: Prepared(list(_generate_triples(graph)), graph.base_iri))


def sorted_triples(graph: GraphView) -> Iterator[ox.Triple]:
    """The distinct triples in ``_triple_order``, made as they are written."""
    if graph.spill_folder is None:
        return prepared(graph).sorted_triples()  # type: ignore[arg-type]
    keys = sort_rows((_triple_order(triple) for triple, _document in _generate_triples(graph)),
                     folder=graph.spill_folder, name="triples")
    return (_triple_of_order(key) for key in distinct(keys))


def sorted_quads(graph: GraphView) -> Iterator[ox.Quad]:
    """The distinct quads, one named graph per document, ordered by graph, subject,
    predicate and object as N-Triples text."""
    if graph.spill_folder is None:
        return prepared(graph).sorted_quads()  # type: ignore[arg-type]
    ordered = sort_rows(_quad_rows(graph), folder=graph.spill_folder, key=_text_key, name="quads")
    return (ox.Quad(term_of(s), term_of(p), term_of(o), ox.DefaultGraph() if g is None else term_of(g))
            for _texts, g, s, p, o in distinct(ordered, key=_text_key))


def _quad_rows(graph: GraphView) -> Iterator[tuple]:
    """Each triple as a row: its quad's texts (the sort key), then its terms as rows."""
    text = TermTexts().text
    default = str(ox.DefaultGraph())
    for (subject, predicate, obj), document_id in _generate_triples(graph):
        name = ox.NamedNode(iris.document_iri(graph.base_iri, document_id)) if document_id else None
        texts = (default if name is None else text(name), text(subject), text(predicate), text(obj))
        yield texts, None if name is None else term_row(name), term_row(subject), term_row(predicate), term_row(obj)


def _text_key(row: tuple) -> tuple:
    return row[0]


class TermTexts:
    """The N-Triples text of terms, memoised (IRIs recur thousands of times)."""

    def __init__(self) -> None:
        self._texts: dict[object, str] = {}

    def text(self, term: object) -> str:
        text = self._texts.get(term)
        if text is None:
            if len(self._texts) > 100_000:  # bounded: a stream of a whole archive passes through
                self._texts.clear()
            text = self._texts[term] = str(term)
        return text


def term_row(term: Any) -> tuple:
    """An RDF term as a tuple of plain values (for sorting on disk); ``term_of`` undoes it.

    >>> term_of(term_row(ox.Literal("2022-01-06", datatype=ox.NamedNode(XSD + "date")))).value
    '2022-01-06'
    """
    if isinstance(term, ox.NamedNode):
        return (0, term.value)
    if isinstance(term, ox.Literal):
        return (1, term.value, term.datatype.value, term.language or "")
    if isinstance(term, ox.Triple):
        return (2, term_row(term.subject), term_row(term.predicate), term_row(term.object))
    raise TypeError(f"unexpected RDF term {term!r}")


def term_of(row: tuple) -> Any:
    """The RDF term ``term_row`` made ``row`` of."""
    kind = row[0]
    if kind == 0:
        return ox.NamedNode(row[1])
    if kind == 1:
        _kind, value, datatype, language = row
        if language:
            return ox.Literal(value, language=language)
        return ox.Literal(value, datatype=ox.NamedNode(datatype))
    return ox.Triple(term_of(row[1]), term_of(row[2]), term_of(row[3]))


class Prepared:
    """One graph state's triples and the orders the writers need, each made once:
    ordering 200,000 triples costs more than writing them.

    What a term gives (its text, its share of the order) is kept by the term's
    identity: the rows hold every term alive, the same node object recurs in
    thousands of triples, and hashing a pyoxigraph term costs more than making
    its text once."""

    def __init__(self, rows: list[tuple[Triple, str | None]], base_iri: str) -> None:
        self.rows = rows
        self._base_iri = base_iri

    @functools.cached_property
    def row_texts(self) -> list[tuple[str, str, str]]:
        """The N-Triples text of each row's subject, predicate and object, in row order."""
        texts: dict[int, str] = {}
        get = texts.get

        def made(term: object) -> str:
            text = texts[id(term)] = str(term)
            return text

        # A term's text is never empty, so "or" calls made() only for a term not seen yet.
        return [
            (get(id(subject)) or made(subject), get(id(predicate)) or made(predicate), get(id(obj)) or made(obj))
            for (subject, predicate, obj), _document in self.rows
        ]

    def ntriples_lines(self) -> list[str]:
        """The distinct N-Triples lines of the triples (each a term's text, as
        pyoxigraph writes it, then " ."), sorted."""
        return sorted({f"{subject} {predicate} {obj} ." for subject, predicate, obj in self.row_texts})

    @functools.cached_property
    def _ordered_triples(self) -> list[Triple]:
        """The distinct triples in ``_triple_order``."""
        values: dict[int, str] = {}
        objects: dict[int, tuple[str, ...]] = {}
        value, object_order = values.get, objects.get

        def made(term: ox.NamedNode) -> str:
            text = values[id(term)] = term.value
            return text

        def made_order(term: ox.NamedNode | ox.Literal) -> tuple[str, ...]:
            order = objects[id(term)] = _object_order(term)
            return order

        keyed: dict[tuple[str, ...], Triple] = {}
        for triple in self.rows:
            subject, predicate, obj = triple[0]
            # An IRI is never empty and an object's order never an empty tuple.
            key = (value(id(subject)) or made(subject), value(id(predicate)) or made(predicate),
                   *(object_order(id(obj)) or made_order(obj)))
            keyed.setdefault(key, triple[0])
        return [keyed[key] for key in sorted(keyed)]

    def sorted_triples(self) -> Iterator[ox.Triple]:
        """Distinct triples in ``_triple_order``, made as they are written (a list of
        pyoxigraph triples would copy every term's text once more)."""
        return (ox.Triple(*triple) for triple in self._ordered_triples)

    @functools.cached_property
    def _ordered_quads(self) -> list[tuple]:
        default = ox.DefaultGraph()
        default_text = str(default)
        names: dict[str, tuple[ox.NamedNode, str]] = {}
        keyed = {}
        graph_name: ox.NamedNode | ox.DefaultGraph
        for ((subject, predicate, obj), document_id), texts in zip(self.rows, self.row_texts, strict=True):
            if document_id:
                named = names.get(document_id)
                if named is None:
                    node = ox.NamedNode(iris.document_iri(self._base_iri, document_id))
                    named = names[document_id] = (node, str(node))
                graph_name, graph_text = named
            else:
                graph_name, graph_text = default, default_text
            keyed[(graph_text, *texts)] = (subject, predicate, obj, graph_name)
        return [keyed[key] for key in sorted(keyed)]

    def sorted_quads(self) -> Iterator[ox.Quad]:
        """Distinct quads, one named graph per document, ordered by graph, subject,
        predicate and object as N-Triples text."""
        return (ox.Quad(*quad) for quad in self._ordered_quads)

    def star_ntriples(self) -> bytes:
        """The RDF-star writer's triples (``kg.export.rdf._reified``: each statement's
        ``rdf:subject``, ``rdf:predicate`` and ``rdf:object`` one ``rdf:reifies`` of the
        quoted triple, no ``a rdf:Statement``), distinct and in that writer's order (by
        the terms' texts), as N-Triples 1.2 lines made of ``row_texts`` (a term's text
        stands for it: equal texts, equal terms). pyoxigraph parses them back into the
        same terms faster than it takes each term of a triple made in Python."""
        v = vocabulary()
        roles = (str(v.subject), str(v.predicate), str(v.object))
        reifies_text, type_text, statement_text = f"<{RDF}reifies>", str(v.type), str(v.statement)
        parts: dict[str, dict[str, Any]] = {}
        keyed: dict[tuple[str, str, str], str] = {}  # the order's key -> the object as N-Triples writes it
        for ((_subject, _predicate, obj), _document), (subject_text, predicate_text, object_text) in zip(
                self.rows, self.row_texts, strict=True):
            if predicate_text in roles:
                spo = parts.setdefault(subject_text, {})
                spo[predicate_text] = obj
                if len(spo) == len(roles):
                    del parts[subject_text]
                    quoted = str(ox.Triple(*(spo[role] for role in roles)))
                    keyed.setdefault((subject_text, reifies_text, quoted), f"<<( {quoted} )>>")
                continue
            if predicate_text == type_text and object_text == statement_text:
                continue
            keyed.setdefault((subject_text, predicate_text, object_text), object_text)
        if parts:
            raise ValueError(f"statement {next(iter(parts))} lacks its rdf:subject, rdf:predicate or rdf:object")
        lines = (f"{subject} {predicate} {obj} .\n" for (subject, predicate, _), obj in sorted(keyed.items()))
        return "".join(lines).encode()


def _generate_triples(graph: GraphView) -> Iterator[tuple[Triple, str | None]]:
    """Every triple of the export, with the id of the document it belongs to
    (``None`` for entity descriptions and vocabulary, which span documents)."""
    nodes = Nodes(graph.base_iri)
    extractor = ox.Literal(extractor_label(graph))
    yield from _document_triples(graph, nodes)
    yield from _entity_triples(graph, nodes)
    yield from _edge_triples(graph, nodes, extractor)
    yield from fact_triples(graph, nodes, extractor)


def _document_triples(graph: GraphView, nodes: Nodes) -> Iterator[tuple[Triple, str | None]]:
    v, literal = vocabulary(), ox.Literal
    for document, headline_event in graph.articles():
        node = nodes.document(document.id)
        yield (node, v.type, v.schema_news_article), document.id
        yield (node, v.type, v.kg_NewsArticle), document.id
        if document.title:
            yield (node, v.headline, literal(document.title)), document.id
        if document.date:
            yield (node, v.date_published, literal(document.date, datatype=v.xsd_date)), document.id
        if document.source:
            yield (node, v.kg_sourcePath, literal(document.source)), document.id
        if headline_event:
            yield (node, v.kg_headlineEvent, ox.NamedNode(iris.event_iri(nodes.base, headline_event))), document.id


def _entity_triples(graph: GraphView, nodes: Nodes) -> Iterator[tuple[Triple, str | None]]:
    v, literal = vocabulary(), ox.Literal
    for entity in graph.entities():
        node = nodes.entity(entity.key)
        yield (node, v.type, ox.NamedNode(str(class_for(entity.type)))), None
        if entity.head is not None:  # described, not named: also a kg:Description, with its head noun
            yield (node, v.type, v.kg_Description), None
            yield (node, v.kg_head, literal(entity.head)), None
        yield (node, v.label, literal(entity.label)), None
        for alias in entity.aliases:
            yield (node, v.alt_label, literal(alias)), None
        yield (node, v.kg_mentionCount, v.integer(entity.mentions)), None
        for document_id in entity.documents:
            yield (node, v.kg_mentionedIn, nodes.document(document_id)), None
        if entity.place is not None:
            for triple in place_triples(node, entity.place):
                yield triple, None


def _edge_triples(graph: GraphView, nodes: Nodes, extractor: ox.Literal) -> Iterator[tuple[Triple, str | None]]:
    v, literal = vocabulary(), ox.Literal
    open_properties: dict[str, str] = {}
    for edge in graph.edges():
        property_iri = str(property_for(edge.key))
        if property_iri.startswith(REL_IRI):
            open_properties.setdefault(property_iri, edge.key)
        predicate = ox.NamedNode(property_iri)
        subject, obj = nodes.entity(edge.subject), nodes.entity(edge.object)
        for reading in edge.readings:
            document_id = reading.evidence.document
            yield (subject, predicate, obj), document_id
            statement = ox.NamedNode(iris.statement_iri(nodes.base, reading.id))
            yield (statement, v.type, v.kg_Statement), document_id
            yield (statement, v.type, v.statement), document_id
            yield (statement, v.subject, subject), document_id
            yield (statement, v.predicate, predicate), document_id
            yield (statement, v.object, obj), document_id
            for triple in provenance(statement, nodes, reading.evidence, reading.confidence, extractor):
                yield triple, document_id
            yield (statement, v.kg_relationText, literal(reading.text)), document_id
            yield (statement, v.kg_predicateKey, literal(reading.key)), document_id
            yield (statement, v.kg_factuality, v.factualities[reading.factuality]), document_id
            if reading.event:
                event = ox.NamedNode(iris.event_iri(nodes.base, reading.event))
                yield (statement, v.kg_derivedFrom, event), document_id
            if reading.date:
                yield (statement, v.kg_eventDate, literal(reading.date, datatype=v.xsd_date)), document_id
            if reading.date and reading.date_end:
                yield (statement, v.kg_eventDateEnd, literal(reading.date_end, datatype=v.xsd_date)), document_id
            if reading.attributed_to:
                yield (statement, v.kg_attributedTo, nodes.entity(reading.attributed_to)), document_id

    # Open predicates are declared here, so every edge is queryable as kg:relatedTo.
    for property_iri, key in sorted(open_properties.items()):
        predicate = ox.NamedNode(property_iri)
        yield (predicate, v.type, v.object_property), None
        yield (predicate, v.sub_property_of, v.kg_relatedTo), None
        yield (predicate, v.label, literal(key)), None


def _triple_order(triple: Triple) -> tuple[str, ...]:
    """Subject, predicate, then IRIs before literals; literals by value, datatype
    (none for a plain string) and language."""
    subject, predicate, obj = triple
    return (subject.value, predicate.value, *_object_order(obj))


def _object_order(obj: ox.NamedNode | ox.Literal) -> tuple[str, ...]:
    """An object's share of ``_triple_order``."""
    if isinstance(obj, ox.Literal):
        datatype = obj.datatype.value
        plain = obj.language or datatype == XSD_STRING
        return ("1", obj.value, "" if plain else datatype, obj.language or "")
    return ("0", obj.value, "", "")


def _triple_of_order(key: tuple[str, ...]) -> ox.Triple:
    """The triple whose ``_triple_order`` is ``key`` (the key holds all of it)."""
    subject, predicate, kind, value, datatype, language = key
    obj: ox.NamedNode | ox.Literal
    if kind == "0":
        obj = ox.NamedNode(value)
    elif language:
        obj = ox.Literal(value, language=language)
    elif datatype:
        obj = ox.Literal(value, datatype=ox.NamedNode(datatype))
    else:
        obj = ox.Literal(value)
    return ox.Triple(ox.NamedNode(subject), ox.NamedNode(predicate), obj)


def prefixes(graph: GraphView) -> dict[str, str]:
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
        "geo": str(GEO),
        **iris.namespaces(graph.base_iri),
    }
