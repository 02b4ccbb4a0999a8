"""Read back a graph kg exported, so it can be converted or loaded without re-parsing.

``read_graph`` rebuilds a ``KnowledgeGraph`` from the RDF export
(``kg.export.rdf``): documents (title, date, source), entities (label, type,
aliases, mention count, documents) and one ``Relation`` per statement node
(predicate key, relation text, evidence sentence and offsets, confidence, date,
attribution). That is everything the Cypher, CSV, GraphML and Turtle
exports write, so exporting the graph read back gives the same files.

Not in the RDF export, so not read back: article text and metadata, a
reading's factuality (plain edges are asserted or reported), and each document's own
view of an entity. An entity is re-attached to every document it is mentioned
in; the first holds its full record and the others a zero-mention record with
the same name, so merging gives back exactly the exported entity.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, Graph, URIRef
from rdflib.namespace import PROV
from rdflib.util import guess_format

from kg.errors import InputError
from kg.graph import KnowledgeGraph
from kg.iris import DOCUMENT, ENTITY, KG_IRI, base_of, local_part
from kg.ontology.terms import KG, SCHEMA
from kg.records import Document, DocumentGraph, Entity, Evidence, Relation
from kg.types import EntityType

GRAPH_FILENAME = "graph.ttl"
_TYPES = {KG_IRI + entity_type.value: entity_type for entity_type in EntityType}
_PIPELINE_MARK = "; spaCy pipeline "


def read_graph(path: str | Path) -> KnowledgeGraph:
    """Read a graph kg exported: a ``graph.ttl`` (or other RDF file) or a folder holding one.

    Raises:
        InputError: the file is missing, is not RDF, or is not a kg export.

    >>> import tempfile, kg
    >>> from kg.records import Document, DocumentGraph
    >>> graph = kg.KnowledgeGraph(base_iri="https://example.org/news/")
    >>> graph.add(DocumentGraph(Document(id="a", text="Text.", title="A title"), (), ()))
    >>> folder = tempfile.mkdtemp()
    >>> written = kg.write(graph, folder, ["ttl"])
    >>> back = kg.read_graph(folder)
    >>> back.base_iri, [document.title for document in back.documents.values()]
    ('https://example.org/news/', ['A title'])
    """
    path = Path(path)
    if path.is_dir():
        path = path / GRAPH_FILENAME
    if not path.is_file():
        raise InputError(str(path), "no such file; give a graph.ttl written by `kg build` or its folder")
    rdf = Graph()
    try:
        rdf.parse(path, format=guess_format(str(path)) or "turtle")
    except (SyntaxError, ValueError) as error:
        raise InputError(str(path), f"not readable as RDF ({error})") from error
    except Exception as error:  # rdflib's parsers raise their own unrelated exception types
        if isinstance(error, (KeyboardInterrupt, MemoryError)):
            raise
        raise InputError(str(path), f"not readable as RDF ({type(error).__name__}: {error})") from error
    return from_rdflib(rdf, source=str(path))


def from_rdflib(rdf: Graph, *, source: str = "graph") -> KnowledgeGraph:
    """Rebuild a ``KnowledgeGraph`` from the triples ``kg.export.rdf.to_rdflib`` makes."""
    documents = _documents(rdf)
    entities = _entities(rdf)
    try:
        relations, pipeline = _relations(rdf)
    except (AttributeError, TypeError, ValueError) as error:
        # A statement node lacks a required property (rdf.value gave None) or holds a bad number.
        raise InputError(source, f"a kg:Statement is incomplete ({error})") from error
    base_iri = _base_iri(rdf, source)

    by_document: dict[str, list[Relation]] = defaultdict(list)
    for relation in relations:
        by_document[relation.evidence.document].append(relation)
    document_ids = sorted(set(documents) | set(by_document))
    if not document_ids:
        raise InputError(source, "holds entities but no documents; is it a kg export?")

    # Which documents each entity must appear in: where it is mentioned and where a
    # relation uses it (a relation's nodes must exist in its document's part).
    homes: dict[str, list[str]] = {key: list(entity.documents) for key, entity in entities.items()}
    for document_id in document_ids:
        for relation in by_document.get(document_id, ()):
            for key in (relation.subject, relation.object, relation.attributed_to):
                if key is not None and key in homes and document_id not in homes[key]:
                    homes[key].append(document_id)
    members: dict[str, list[Entity]] = defaultdict(list)
    for key, entity in entities.items():
        places = sorted(set(homes[key])) or document_ids[:1]
        members[places[0]].append(entity)
        for document_id in places[1:]:
            members[document_id].append(Entity(key, entity.label, entity.type, (), 0, entity.documents))

    graph = KnowledgeGraph(base_iri=base_iri)
    graph.pipeline = pipeline
    for document_id in document_ids:
        relations_here = by_document.get(document_id, [])
        missing = {key for relation in relations_here for key in (relation.subject, relation.object)} - set(entities)
        if missing:
            raise InputError(source, f"statements point to undeclared entities {sorted(missing)[:3]}")
        document = documents.get(document_id) or Document(id=document_id, text="")
        graph.add(DocumentGraph(document, tuple(members.get(document_id, ())), tuple(relations_here)))
    return graph


def _local(iri: URIRef, kind: str) -> str:
    return local_part(str(iri), kind)


def _text(rdf: Graph, node: URIRef, predicate: URIRef) -> str | None:
    value = rdf.value(node, predicate)
    return None if value is None else str(value)


def _documents(rdf: Graph) -> dict[str, Document]:
    documents = {}
    for node in rdf.subjects(RDF.type, KG.NewsArticle):
        document_id = _local(node, DOCUMENT)
        documents[document_id] = Document(
            id=document_id,
            text="",
            title=_text(rdf, node, SCHEMA.headline),
            date=_text(rdf, node, SCHEMA.datePublished),
            source=_text(rdf, node, KG.sourcePath) or "",
        )
    return documents


def _entities(rdf: Graph) -> dict[str, Entity]:
    entities = {}
    # Entities are the typed resources with a mention count (open predicates have labels too).
    for node in set(rdf.subjects(KG.mentionCount, None)):
        types = sorted(_TYPES[str(kind)] for kind in rdf.objects(node, RDF.type) if str(kind) in _TYPES)
        label = rdf.value(node, RDFS.label)
        if not types or label is None:
            continue
        key = _local(node, ENTITY)
        entities[key] = Entity(
            key=key,
            label=str(label),
            type=types[0],
            aliases=tuple(sorted(str(alias) for alias in rdf.objects(node, SKOS.altLabel))),
            mentions=int(rdf.value(node, KG.mentionCount).toPython()),
            documents=tuple(sorted(_local(doc, DOCUMENT) for doc in rdf.objects(node, KG.mentionedIn))),
        )
    return entities


def _relations(rdf: Graph) -> tuple[list[Relation], str]:
    relations = []
    pipeline = ""
    for node in rdf.subjects(RDF.type, KG.Statement):
        attributed = rdf.value(node, KG.attributedTo)
        date = rdf.value(node, KG.eventDate)
        date_end = rdf.value(node, KG.eventDateEnd)
        relations.append(
            Relation(
                subject=_local(rdf.value(node, RDF.subject), ENTITY),
                key=str(rdf.value(node, KG.predicateKey)),
                object=_local(rdf.value(node, RDF.object), ENTITY),
                text=str(rdf.value(node, KG.relationText) or ""),
                evidence=Evidence(
                    document=_local(rdf.value(node, PROV.wasDerivedFrom), DOCUMENT),
                    sentence=str(rdf.value(node, KG.evidence) or ""),
                    start=int(rdf.value(node, KG.startOffset).toPython()),
                    end=int(rdf.value(node, KG.endOffset).toPython()),
                ),
                confidence=float(rdf.value(node, KG.confidence).toPython()),
                date=None if date is None else str(date),
                date_end=None if date_end is None else str(date_end),
                attributed_to=None if attributed is None else _local(attributed, ENTITY),
            )
        )
        extractor = _text(rdf, node, KG.extractor) or ""
        if not pipeline and _PIPELINE_MARK in extractor:
            pipeline = extractor.split(_PIPELINE_MARK, 1)[1]
    if pipeline == "unknown pipeline":
        pipeline = ""
    return relations, pipeline


def _base_iri(rdf: Graph, source: str) -> str:
    # Entity and document IRIs are minted by kg.iris under the base IRI.
    for node in rdf.subjects(KG.mentionCount, None):
        return base_of(str(node), ENTITY)
    for node in rdf.subjects(RDF.type, KG.NewsArticle):
        return base_of(str(node), DOCUMENT)
    raise InputError(source, "holds no kg entities or documents; is it a kg export?")
