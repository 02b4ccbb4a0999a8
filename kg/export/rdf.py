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


_LAST: tuple[weakref.ref, tuple, _Prepared] | None = None


def _triples(graph: KnowledgeGraph) -> list[tuple[Triple, str | None]]:
    """``_generate_triples``, computed once per graph state (see ``_prepared``)."""
    return _prepared(graph).rows


def _prepared(graph: KnowledgeGraph) -> _Prepared:
    """The export's triples, computed once per graph state: writing several RDF
    formats of one graph reuses them (a weak reference, so a new graph at a
    recycled address is never mistaken for the old one)."""
    global _LAST
    state = (graph.revision, graph.base_iri, graph.pipeline)
    if _LAST is None or _LAST[0]() is not graph or _LAST[1] != state:
        _LAST = (weakref.ref(graph), state, _Prepared(list(_generate_triples(graph)), document_iri(graph, "")))
    return _LAST[2]


class _Prepared:
    """One graph state's triples in the forms the pyoxigraph writers take, each
    made once: converting and ordering 200,000 triples costs more than writing them."""

    def __init__(self, rows: list[tuple[Triple, str | None]], document_base: str) -> None:
        self.rows = rows
        self._document_base = document_base
        self._terms: dict[object, tuple[object, str]] = {}

    def term(self, term: URIRef | Literal) -> tuple[object, str]:
        """The pyoxigraph term and its N-Triples text (memoised: IRIs and many
        literals recur thousands of times)."""
        hit = self._terms.get(term)
        if hit is None:
            node = _ox(term)
            hit = self._terms[term] = (node, str(node))
        return hit

    @functools.cached_property
    def sorted_triples(self) -> list:
        """Distinct triples in ``_triple_order``."""
        import pyoxigraph as ox

        distinct = sorted({triple for triple, _document in self.rows}, key=_triple_order)
        return [ox.Triple(self.term(s)[0], self.term(p)[0], self.term(o)[0]) for s, p, o in distinct]

    @functools.cached_property
    def sorted_quads(self) -> list:
        """Distinct quads, one named graph per document, ordered by graph, subject,
        predicate and object as N-Triples text."""
        import pyoxigraph as ox

        default = ox.DefaultGraph()
        keyed = {}
        for (subject, predicate, obj), document_id in self.rows:
            s, p, o = self.term(subject), self.term(predicate), self.term(obj)
            graph_name = self.term(URIRef(self._document_base + document_id)) if document_id else (default, str(default))
            keyed[(graph_name[1], s[1], p[1], o[1])] = (s[0], p[0], o[0], graph_name[0])
        return [ox.Quad(*keyed[key]) for key in sorted(keyed)]


def _generate_triples(graph: KnowledgeGraph) -> Iterator[tuple[Triple, str | None]]:
    """Every triple of the export, with the id of the document it belongs to
    (``None`` for entity descriptions and vocabulary, which span documents)."""
    # Looked up once: rdflib's namespace attribute lookup costs more than a triple.
    kg_news_article = KG.NewsArticle
    kg_statement = KG.Statement
    kg_attributed_to = KG.attributedTo
    kg_confidence = KG.confidence
    kg_end_offset = KG.endOffset
    kg_event_date = KG.eventDate
    kg_event_date_end = KG.eventDateEnd
    kg_evidence = KG.evidence
    kg_extractor = KG.extractor
    kg_mention_count = KG.mentionCount
    kg_mentioned_in = KG.mentionedIn
    kg_modality = KG.modality
    kg_predicate_key = KG.predicateKey
    kg_related_to = KG.relatedTo
    kg_relation_text = KG.relationText
    kg_source_path = KG.sourcePath
    kg_start_offset = KG.startOffset
    owl_object_property = OWL.ObjectProperty
    prov_was_derived_from = PROV.wasDerivedFrom
    rdf_statement = RDF.Statement
    rdf_object = RDF.object
    rdf_predicate = RDF.predicate
    rdf_subject = RDF.subject
    rdf_type = RDF.type
    rdfs_label = RDFS.label
    rdfs_sub_property_of = RDFS.subPropertyOf
    schema_news_article = SCHEMA.NewsArticle
    schema_date_published = SCHEMA.datePublished
    schema_headline = SCHEMA.headline
    skos_alt_label = SKOS.altLabel
    xsd_date = XSD.date
    xsd_decimal = XSD.decimal
    xsd_integer = XSD.integer
    extractor = Literal(extractor_label(graph))
    for document in graph.documents.values():
        node = document_iri(graph, document.id)
        yield (node, rdf_type, schema_news_article), document.id
        yield (node, rdf_type, kg_news_article), document.id
        if document.title:
            yield (node, schema_headline, Literal(document.title)), document.id
        if document.date:
            yield (node, schema_date_published, Literal(document.date, datatype=xsd_date)), document.id
        if document.source:
            yield (node, kg_source_path, Literal(document.source)), document.id

    for entity in graph.entities():
        node = entity_iri(graph, entity.key)
        yield (node, rdf_type, class_for(entity.type)), None
        yield (node, rdfs_label, Literal(entity.label)), None
        for alias in entity.aliases:
            yield (node, skos_alt_label, Literal(alias)), None
        yield (node, kg_mention_count, Literal(entity.mentions, datatype=xsd_integer)), None
        for document_id in entity.documents:
            yield (node, kg_mentioned_in, document_iri(graph, document_id)), None

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
            yield (statement, rdf_type, kg_statement), document_id
            yield (statement, rdf_type, rdf_statement), document_id
            yield (statement, rdf_subject, subject), document_id
            yield (statement, rdf_predicate, predicate), document_id
            yield (statement, rdf_object, obj), document_id
            yield (statement, prov_was_derived_from, document_iri(graph, document_id)), document_id
            yield (statement, kg_evidence, Literal(reading.evidence.sentence)), document_id
            yield (statement, kg_start_offset, Literal(reading.evidence.start, datatype=xsd_integer)), document_id
            yield (statement, kg_end_offset, Literal(reading.evidence.end, datatype=xsd_integer)), document_id
            confidence = Literal(Decimal(f"{reading.confidence:.4f}"), datatype=xsd_decimal)
            yield (statement, kg_confidence, confidence), document_id
            yield (statement, kg_relation_text, Literal(reading.text)), document_id
            yield (statement, kg_predicate_key, Literal(reading.key)), document_id
            yield (statement, kg_extractor, extractor), document_id
            if reading.date:
                yield (statement, kg_event_date, Literal(reading.date, datatype=xsd_date)), document_id
            if reading.date and reading.date_end:
                yield (statement, kg_event_date_end, Literal(reading.date_end, datatype=xsd_date)), document_id
            if reading.modality:
                yield (statement, kg_modality, Literal(reading.modality)), document_id
            if reading.attributed_to:
                yield (statement, kg_attributed_to, entity_iri(graph, reading.attributed_to)), document_id

    # Open predicates are declared here, so every edge is queryable as kg:relatedTo.
    for predicate, key in sorted(open_properties.items()):
        yield (predicate, rdf_type, owl_object_property), None
        yield (predicate, rdfs_sub_property_of, kg_related_to), None
        yield (predicate, rdfs_label, Literal(key)), None


def to_turtle(graph: KnowledgeGraph) -> str:
    """The graph as Turtle text: exactly the triples of ``to_rdflib``, sorted by
    (subject, predicate, object) and grouped by subject.

    Written by pyoxigraph rather than rdflib's Turtle writer, which is the slow
    part of a large export (``benchmarks/speed.py`` measures both). The prefix
    header is written in prefix order, so the bytes depend on nothing but the graph.
    """
    import pyoxigraph as ox

    prefixes = _prefixes(graph)
    body = ox.serialize(_prepared(graph).sorted_triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes).decode("utf-8")
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


def write_turtle(graph: KnowledgeGraph, path: str | Path) -> Path:
    """Write ``graph`` as Turtle to ``path``, atomically."""
    return atomic_write(path, to_turtle(graph))


def to_ntriples(graph: KnowledgeGraph) -> str:
    """The graph as N-Triples, one triple a line, lines sorted (pyoxigraph's writer:
    rdflib's is several times slower on large graphs)."""
    import pyoxigraph as ox

    body = ox.serialize(_prepared(graph).sorted_triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    # Split on "\n" only: str.splitlines() would also split at U+2028 inside a literal.
    return "".join(line + "\n" for line in sorted(set(body.split("\n"))) if line.strip())


def to_trig(graph: KnowledgeGraph) -> str:
    """The graph as TriG, one named graph per article, quads sorted.

    Serialised by pyoxigraph from sorted quads: rdflib's TriG writer orders
    graphs differently from run to run.
    """
    import pyoxigraph as ox

    return ox.serialize(_prepared(graph).sorted_quads, format=ox.RdfFormat.TRIG, prefixes=_prefixes(graph)).decode("utf-8")


def to_jsonld(graph: KnowledgeGraph) -> str:
    """The graph as JSON-LD 1.1 with its ``@context`` inline (nothing to fetch): one
    node object per subject, nodes sorted by ``@id``, several values of a key sorted.

    Written directly from the shared triple list (``_JsonLdCompactor`` picks each
    key and value form) rather than by rdflib's JSON-LD serializer, whose generic
    compaction was the slowest of kg's exports. Exactly the triples of ``to_rdflib``.
    """
    import json

    context = jsonld_context(graph)
    compactor = _JsonLdCompactor(context)
    properties: dict[URIRef, dict[str, list]] = {}
    for subject, predicate, obj in {triple for triple, _document in _triples(graph)}:
        if not isinstance(subject, URIRef):
            raise TypeError(f"unexpected RDF subject {subject!r}")
        key, value = compactor.entry(predicate, obj)
        properties.setdefault(subject, {}).setdefault(key, []).append(value)

    def json_order(item: object) -> str:
        return json.dumps(item, sort_keys=True, ensure_ascii=False)

    nodes = []
    for subject, values_by_key in properties.items():
        node: dict[str, object] = {"@id": compactor.iri(subject)}
        for key, values in values_by_key.items():
            if len(values) == 1 and key not in compactor.set_keys:
                node[key] = values[0]
            else:
                node[key] = sorted(values, key=json_order)
        nodes.append(node)
    nodes.sort(key=lambda node: node["@id"])
    return json.dumps({"@context": context, "@graph": nodes}, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


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
        iri = str(iri)
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

    def entry(self, predicate: str, obj: URIRef | Literal) -> tuple[str, object]:
        """The key and the value that stand for ``predicate`` and ``obj`` in a node object."""
        # Plain str keys: an rdflib URIRef never equals a str, so it would miss the term table.
        predicate = str(predicate)
        if isinstance(obj, URIRef):
            if predicate == _RDF_TYPE:
                return "@type", self.iri(obj)
            term = self._terms.get((predicate, "@id"))
            if term is not None:
                return term, self.iri(obj)
            return self.iri(predicate), {"@id": self.iri(obj)}
        if not isinstance(obj, Literal):
            raise TypeError(f"unexpected RDF term {obj!r}")
        lexical = str(obj)
        if obj.language:
            key = self._terms.get((predicate, _PLAIN)) or self.iri(predicate)
            return key, {"@value": lexical, "@language": obj.language}
        datatype = str(obj.datatype) if obj.datatype else _XSD_STRING
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
    import pyoxigraph as ox

    prepared = _prepared(graph)
    roles = (RDF.subject, RDF.predicate, RDF.object)
    rdf_type, rdf_statement = RDF.type, RDF.Statement
    parts: dict[URIRef, dict[URIRef, object]] = {}
    keyed = {}
    for (subject, predicate, obj), _document in prepared.rows:
        if predicate in roles:
            parts.setdefault(subject, {})[predicate] = obj
            continue
        if predicate == rdf_type and obj == rdf_statement:
            continue
        s, p, o = prepared.term(subject), prepared.term(predicate), prepared.term(obj)
        keyed[(s[1], p[1], o[1])] = (s[0], p[0], o[0])
    reifies = prepared.term(URIRef(str(RDF) + "reifies"))
    for statement, spo in parts.items():
        quoted = ox.Triple(*(prepared.term(spo[role])[0] for role in roles))
        s = prepared.term(statement)
        keyed[(s[1], reifies[1], str(quoted))] = (s[0], reifies[0], quoted)
    quads = [ox.Quad(*keyed[key]) for key in sorted(keyed)]
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
