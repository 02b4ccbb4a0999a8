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

import functools
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV

from kg import __version__
from kg.export.jsontext import dumps_indented
from kg.export.jsontext import sort_key as json_sort_key
from kg.graph import KnowledgeGraph
from kg.iris import KG_IRI, REL_IRI
from kg.ontology import data_file
from kg.ontology.predicates import property_for
from kg.ontology.terms import SCHEMA, class_for
from kg.records import Relation
from kg.runtime.atomic import atomic_write


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
    convert = _RdflibTerms()
    for (subject, predicate, obj), _document in _triples(graph):
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
    for (subject, predicate, obj), document_id in _triples(graph):
        triple = (convert(subject), convert(predicate), convert(obj))
        if document_id is None:
            dataset.default_graph.add(triple)
        else:
            if document_id not in named:
                named[document_id] = dataset.graph(document_iri(graph, document_id))
            named[document_id].add(triple)
    return dataset


Triple = tuple[ox.NamedNode, ox.NamedNode, "ox.NamedNode | ox.Literal"]
"""A triple of the export, in pyoxigraph terms (Rust-backed: cheap to make, hash,
compare and write; rdflib terms cost several times more per triple)."""


def _triples(graph: KnowledgeGraph) -> list[tuple[Triple, str | None]]:
    """``_generate_triples``, computed once per graph state (see ``_prepared``)."""
    return _prepared(graph).rows


def _prepared(graph: KnowledgeGraph) -> _Prepared:
    """The export's triples, computed once per graph state: writing several RDF
    formats of one graph reuses them."""
    return graph.memo("rdf", lambda: _Prepared(list(_generate_triples(graph)), str(namespaces(graph)["document"])))


class _Prepared:
    """One graph state's triples and the orders the writers need, each made once:
    ordering 200,000 triples costs more than writing them."""

    def __init__(self, rows: list[tuple[Triple, str | None]], document_base: str) -> None:
        self.rows = rows
        self._document_base = document_base
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
                    graph_name = names[document_id] = ox.NamedNode(self._document_base + document_id)
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
def _vocabulary() -> _Vocabulary:
    return _Vocabulary()


def _generate_triples(graph: KnowledgeGraph) -> Iterator[tuple[Triple, str | None]]:
    """Every triple of the export, with the id of the document it belongs to
    (``None`` for entity descriptions and vocabulary, which span documents)."""
    v = _vocabulary()
    named, literal = ox.NamedNode, ox.Literal
    spaces = namespaces(graph)
    entity_base, document_base, statement_base = (str(spaces[name]) for name in ("entity", "document", "statement"))
    documents: dict[str, ox.NamedNode] = {}

    def document_node(document_id: str) -> ox.NamedNode:
        node = documents.get(document_id)
        if node is None:
            node = documents[document_id] = named(document_base + document_id)
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
        node = entities[entity.key] = named(entity_base + entity.key)
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
            node = entities[key] = named(entity_base + key)
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
            statement = named(statement_base + reading.id)
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
            if reading.modality:
                yield (statement, v.kg_modality, literal(reading.modality)), document_id
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


def to_turtle(graph: KnowledgeGraph) -> str:
    """The graph as Turtle text: exactly the triples of ``to_rdflib``, sorted by
    (subject, predicate, object) and grouped by subject.

    Written by pyoxigraph rather than rdflib's Turtle writer, which is the slow
    part of a large export (``benchmarks/speed.py`` measures both). The prefix
    header is written in prefix order, so the bytes depend on nothing but the graph.
    """
    prefixes = _prefixes(graph)
    body = ox.serialize(_prepared(graph).sorted_triples(), format=ox.RdfFormat.TURTLE, prefixes=prefixes).decode("utf-8")
    # Replace the writer's own prefix lines (in its hash order) by ours, sorted.
    lines = body.split("\n")
    while lines and lines[0].startswith("@prefix "):
        lines.pop(0)
    header = "".join(f"@prefix {name}: <{iri}> .\n" for name, iri in sorted(prefixes.items()))
    return header + "\n".join(lines)


def _triple_order(triple: Triple) -> tuple[str, ...]:
    """Subject, predicate, then IRIs before literals; literals by value, datatype
    (none for a plain string) and language."""
    subject, predicate, obj = triple
    if isinstance(obj, ox.Literal):
        datatype = obj.datatype.value
        plain = obj.language or datatype == _XSD_STRING
        return (subject.value, predicate.value, "1", obj.value, "" if plain else datatype, obj.language or "")
    return (subject.value, predicate.value, "0", obj.value, "", "")


def write_turtle(graph: KnowledgeGraph, path: str | Path) -> Path:
    """Write ``graph`` as Turtle to ``path``, atomically."""
    return atomic_write(path, to_turtle(graph))


def to_ntriples(graph: KnowledgeGraph) -> str:
    """The graph as N-Triples, one triple a line, lines sorted (pyoxigraph's writer:
    rdflib's is several times slower on large graphs)."""
    body = ox.serialize(_prepared(graph).sorted_triples(), format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    # Split on "\n" only: str.splitlines() would also split at U+2028 inside a literal.
    return "".join(line + "\n" for line in sorted(set(body.split("\n"))) if line.strip())


def to_trig(graph: KnowledgeGraph) -> str:
    """The graph as TriG, one named graph per article, quads sorted.

    Serialised by pyoxigraph from sorted quads: rdflib's TriG writer orders
    graphs differently from run to run.
    """
    return ox.serialize(_prepared(graph).sorted_quads(), format=ox.RdfFormat.TRIG, prefixes=_prefixes(graph)).decode("utf-8")


def to_jsonld(graph: KnowledgeGraph) -> str:
    """The graph as JSON-LD 1.1 with its ``@context`` inline (nothing to fetch): one
    node object per subject, nodes sorted by ``@id``, several values of a key sorted.

    Written directly from the shared triple list (``_JsonLdCompactor`` picks each
    key and value form) rather than by rdflib's JSON-LD serializer, whose generic
    compaction was the slowest of kg's exports. Exactly the triples of ``to_rdflib``.
    """
    context = jsonld_context(graph)
    compactor = _JsonLdCompactor(context)
    properties: dict[ox.NamedNode, dict[str, list]] = {}
    for subject, predicate, obj in {triple for triple, _document in _triples(graph)}:
        if not isinstance(subject, ox.NamedNode):
            raise TypeError(f"unexpected RDF subject {subject!r}")
        key, value = compactor.entry(predicate.value, obj)
        properties.setdefault(subject, {}).setdefault(key, []).append(value)

    nodes = []
    for subject, values_by_key in properties.items():
        node: dict[str, object] = {"@id": compactor.iri(subject.value)}
        for key, values in values_by_key.items():
            if len(values) == 1 and key not in compactor.set_keys:
                node[key] = values[0]
            else:
                node[key] = sorted(values, key=json_sort_key)
        nodes.append(node)
    nodes.sort(key=lambda node: node["@id"])
    return dumps_indented({"@context": context, "@graph": nodes}) + "\n"


# RFC 3986 gen-delims: a JSON-LD 1.1 prefix must end with one to expand compact IRIs.
_GEN_DELIMS = (":", "/", "?", "#", "[", "]", "@")
_PLAIN = "plain"  # the value kind of an xsd:string or language-tagged literal
_RDF_TYPE = str(RDF.type)
_XSD_STRING = str(XSD.string)


class _JsonLdCompactor:
    """Chooses, for a context, the JSON-LD key and value that stand for a triple's
    predicate and object, so that expanding them with the same context gives back
    exactly that predicate and object.

    A context term is used only where it fits the value: its ``@type`` coercion is
    ``@id`` for an IRI, the literal's own datatype for a typed literal, absent for
    a string. Any other value is written in full under a compact IRI key:
    ``{"@id": ...}``, ``{"@value": ..., "@type": ...}`` or ``{"@value": ...,
    "@language": ...}``. An xsd:string is a bare JSON string only where no default
    ``@language`` in the context would tag it.
    """

    def __init__(self, context: dict) -> None:
        self._context = context
        self._prefixes = sorted(
            (
                (iri, name)
                for name, iri in context.items()
                if isinstance(iri, str) and not name.startswith("@") and ":" not in name and "/" not in name
                and iri.endswith(_GEN_DELIMS)
            ),
            key=lambda pair: (-len(pair[0]), pair[1]),
        )
        self._bare_strings = "@language" not in context and "@direction" not in context
        self._terms: dict[tuple[str, str], str] = {}  # (predicate IRI, value kind) -> term
        self.set_keys: set[str] = set()
        for name, definition in sorted(context.items()):
            kind = self._term_kind(definition)
            if name.startswith("@") or kind is None:
                continue
            self._terms.setdefault((self._expand(definition["@id"]), kind), name)
            if definition.get("@container") == "@set":
                self.set_keys.add(name)
        self._compacted: dict[str, str] = {}

    def _term_kind(self, definition: object) -> str | None:
        """The kind of value a term definition takes as a bare JSON string (``None``:
        a definition this writer leaves alone)."""
        if not isinstance(definition, dict) or not isinstance(definition.get("@id"), str):
            return None
        if set(definition) - {"@id", "@type", "@container"} or definition.get("@container", "@set") != "@set":
            return None
        coercion = definition.get("@type")
        if coercion is None:
            return _PLAIN
        if coercion == "@id":
            return "@id"
        if isinstance(coercion, str) and not coercion.startswith("@"):
            return self._expand(coercion)
        return None

    def _expand(self, value: str) -> str:
        prefix, colon, suffix = value.partition(":")
        definition = self._context.get(prefix)
        if colon and isinstance(definition, str) and not suffix.startswith("//"):
            return definition + suffix
        return value

    def iri(self, iri: str) -> str:
        """``iri`` as a compact IRI where a prefix of the context allows, else in full;
        never a bare term, so it reads the same as a key, an ``@id`` or an ``@type``."""
        cached = self._compacted.get(iri)
        if cached is not None:
            return cached
        compacted = iri
        for namespace, name in self._prefixes:
            suffix = iri[len(namespace):]
            if iri.startswith(namespace) and not suffix.startswith("//") and f"{name}:{suffix}" not in self._context:
                compacted = f"{name}:{suffix}"
                break
        else:
            if compacted in self._context or compacted.partition(":")[0] in self._context:
                raise ValueError(f"IRI {iri!r} would be read as a term or compact IRI of the JSON-LD context")
        self._compacted[iri] = compacted
        return compacted

    def entry(self, predicate: str, obj: ox.NamedNode | ox.Literal) -> tuple[str, object]:
        """The key and the value that stand for ``predicate`` (an IRI) and ``obj`` in a node object."""
        if isinstance(obj, ox.NamedNode):
            if predicate == _RDF_TYPE:
                return "@type", self.iri(obj.value)
            term = self._terms.get((predicate, "@id"))
            if term is not None:
                return term, self.iri(obj.value)
            return self.iri(predicate), {"@id": self.iri(obj.value)}
        if not isinstance(obj, ox.Literal):
            raise TypeError(f"unexpected RDF term {obj!r}")
        lexical = obj.value
        if obj.language:
            key = self._terms.get((predicate, _PLAIN)) or self.iri(predicate)
            return key, {"@value": lexical, "@language": obj.language}
        datatype = obj.datatype.value
        if datatype == _XSD_STRING:
            key = self._terms.get((predicate, _PLAIN)) or self.iri(predicate)
            return key, lexical if self._bare_strings else {"@value": lexical}
        term = self._terms.get((predicate, datatype))
        if term is not None:
            return term, lexical
        return self.iri(predicate), {"@value": lexical, "@type": self.iri(datatype)}


def to_turtle_star(graph: KnowledgeGraph) -> str:
    """The graph as RDF 1.2 Turtle ("RDF-star"): each statement node
    ``rdf:reifies`` a quoted triple ``<<( s p o )>>`` instead of spelling it out
    with ``rdf:subject``/``rdf:predicate``/``rdf:object``."""
    prepared = _prepared(graph)
    v = _vocabulary()
    roles = (v.subject, v.predicate, v.object)
    text = prepared.text
    parts: dict[ox.NamedNode, dict[ox.NamedNode, object]] = {}
    keyed = {}
    for (subject, predicate, obj), _document in prepared.rows:
        if predicate in roles:
            parts.setdefault(subject, {})[predicate] = obj
            continue
        if predicate == v.type and obj == v.statement:
            continue
        keyed[(text(subject), text(predicate), text(obj))] = (subject, predicate, obj)
    reifies = ox.NamedNode(str(RDF) + "reifies")
    for statement, spo in parts.items():
        quoted = ox.Triple(*(spo[role] for role in roles))
        keyed[(text(statement), text(reifies), str(quoted))] = (statement, reifies, quoted)
    quads = (ox.Quad(*keyed[key]) for key in sorted(keyed))
    return ox.serialize(quads, format=ox.RdfFormat.TURTLE, prefixes=_prefixes(graph)).decode("utf-8")


def jsonld_context(graph: KnowledgeGraph) -> dict:
    """The JSON-LD ``@context``: the ontology's ``context.jsonld`` (the reusable part)
    plus prefixes for this graph's own entity, document and statement IRIs."""
    import json

    context: dict = dict(json.loads(data_file("context.jsonld").read_text(encoding="utf-8"))["@context"])
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
            return Literal(term.value) if datatype == _XSD_STRING else Literal(term.value, datatype=URIRef(datatype))
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
