"""Read back a graph kg exported, so it can be converted or loaded without re-parsing.

``read_graph`` builds a ``KnowledgeGraph`` from what the RDF export
(``kg.export.triples``) says, and stores it as it is: no name is re-linked,
no label or type re-voted. It reads documents (title, date, source, the event
its headline restates), entities (label, type, aliases, mention count,
documents, GeoNames link), one ``Relation`` per statement node (predicate key,
relation text, evidence sentence and offsets, confidence, date, attribution,
factuality, the event it was derived from), events with their participants,
positions and quotes (with their addressees). That is everything the Cypher,
CSV, GraphML and RDF exports write, so exporting the graph read back gives the
same files.

Not in the RDF export, so not read back: article text and metadata, each
document's own view of an entity (a document's part lists the entities it
mentions as the graph knows them), and where in the text an argument of an
event stands (an entity argument's text is the entity's label, or the words of
its number where it has one).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV
from rdflib.term import Node
from rdflib.util import guess_format

from kg.errors import InputError
from kg.graph import KnowledgeGraph
from kg.iris import DOCUMENT, ENTITY, EVENT, GEONAMES_IRI, KG_IRI, base_of, local_part, value_iri
from kg.ontology.events import FACTUALITIES, GENERIC_ROLE, ROLES
from kg.ontology.terms import GEO, KG, SCHEMA
from kg.records import (
    Document,
    DocumentGraph,
    Entity,
    Event,
    Evidence,
    Filing,
    Participant,
    PlaceLink,
    Position,
    Quantity,
    Quote,
    Relation,
)
from kg.types import EntityType, Factuality

GRAPH_FILENAME = "graph.ttl"
_TYPES = {KG_IRI + entity_type.value: entity_type for entity_type in EntityType}
_FACTUALITIES: dict[Node, Factuality] = {KG[name]: factuality for factuality, name in FACTUALITIES.items()}
_ROLES = {KG[name]: role for role, name in ROLES.items()} | {KG[GENERIC_ROLE]: GENERIC_ROLE}
_PIPELINE_MARK = "; spaCy pipeline "


def read_graph(path: str | Path) -> KnowledgeGraph:
    """Read a graph kg exported: a ``graph.ttl`` (or other RDF file) or a folder holding one.

    Raises:
        InputError: the file is missing, is not RDF, or is not a kg export.

    >>> import tempfile, kg
    >>> from kg.records import Document, DocumentGraph
    >>> from kg.resolve.across import ArticleLinker
    >>> graph = kg.KnowledgeGraph(base_iri="https://example.org/news/", linker=ArticleLinker())
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
    """Build a ``KnowledgeGraph`` from the triples ``kg.export.rdf.to_rdflib`` makes."""
    documents = _documents(rdf)
    headlines = _headline_events(rdf)
    entities = _entities(rdf)
    base_iri = _base_iri(rdf, source)
    try:
        relations, pipeline = _relations(rdf)
        events = [_event(rdf, node, entities) for node in rdf.subjects(RDF.type, KG.Event)]
        positions = [_position(rdf, node) for node in rdf.subjects(RDF.type, KG.Position)]
        quotes = [_quote(rdf, node) for node in rdf.subjects(RDF.type, KG.Quote)]
    except (AttributeError, TypeError, ValueError, KeyError) as error:
        # A node lacks a required property (rdf.value gave None) or holds a bad value.
        reason = f"a kg:Statement, kg:Event, kg:Position or kg:Quote is incomplete ({error})"
        raise InputError(source, reason) from error

    by_document = {kind: _by_document(records) for kind, records in (
        ("relations", relations), ("events", events), ("positions", positions), ("quotes", quotes))}
    document_ids = sorted(set(documents).union(*by_document.values()))
    if not document_ids:
        raise InputError(source, "holds entities but no documents; is it a kg export?")
    missing = {key for relation in relations for key in (relation.subject, relation.object)} - set(entities)
    if missing:
        raise InputError(source, f"statements point to undeclared entities {sorted(missing)[:3]}")

    mentioned: dict[str, list[Entity]] = defaultdict(list)
    for key in sorted(entities):
        for document_id in entities[key].documents:
            mentioned[document_id].append(entities[key])
    parts = []
    for document_id in document_ids:
        parts.append((document_id, DocumentGraph(
            document=documents.get(document_id) or Document(id=document_id, text=""),
            entities=tuple(mentioned.get(document_id, ())),
            relations=tuple(sorted(by_document["relations"].get(document_id, ()), key=_record_order)),
            events=tuple(sorted(by_document["events"].get(document_id, ()), key=_record_order)),
            positions=tuple(sorted(by_document["positions"].get(document_id, ()), key=_record_order)),
            quotes=tuple(sorted(by_document["quotes"].get(document_id, ()), key=_record_order)),
            headline_event=headlines.get(document_id),
        )))
    graph = KnowledgeGraph(base_iri=base_iri)
    graph.pipeline = pipeline
    graph.store(Filing(parts=tuple(parts), nodes=tuple(sorted(entities.items()))))
    return graph


def _by_document(records: Iterable[Relation | Event | Position | Quote]) -> dict[str, list]:
    grouped: dict[str, list] = defaultdict(list)
    for record in records:
        grouped[record.evidence.document].append(record)
    return grouped


def _record_order(record: Relation | Event | Position | Quote) -> tuple[int, str]:
    return (record.evidence.start, record.id)


def _local(iri: Node | None, kind: str) -> str:
    if iri is None:
        raise ValueError(f"a required {kind.rstrip('/')} IRI is missing")
    return local_part(str(iri), kind)


def _text(rdf: Graph, node: Node, predicate: URIRef) -> str | None:
    value = rdf.value(node, predicate)
    return None if value is None else str(value)


def _required(rdf: Graph, node: Node, predicate: URIRef) -> str:
    value = rdf.value(node, predicate)
    if value is None:
        raise ValueError(f"{node} has no {predicate}")
    return str(value)


def _literal(rdf: Graph, node: Node, predicate: URIRef) -> object:
    value = rdf.value(node, predicate)
    if not isinstance(value, Literal):
        raise ValueError(f"{node} has no {predicate} literal")
    return value.toPython()


def _int(rdf: Graph, node: Node, predicate: URIRef) -> int:
    return int(str(_literal(rdf, node, predicate)))


def _float(rdf: Graph, node: Node, predicate: URIRef) -> float:
    return float(str(_literal(rdf, node, predicate)))


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


def _headline_events(rdf: Graph) -> dict[str, str]:
    """Each document's headline event (``kg:headlineEvent``), by document id."""
    return {
        _local(document, DOCUMENT): _local(event, EVENT)
        for document, event in rdf.subject_objects(KG.headlineEvent)
    }


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
            mentions=_int(rdf, node, KG.mentionCount),
            documents=tuple(sorted(_local(doc, DOCUMENT) for doc in rdf.objects(node, KG.mentionedIn))),
            place=_place(rdf, node),
            described=(node, RDF.type, KG.Description) in rdf,
        )
    return entities


def _place(rdf: Graph, node: Node) -> PlaceLink | None:
    linked = [str(other) for other in rdf.objects(node, OWL.sameAs) if str(other).startswith(GEONAMES_IRI)]
    if not linked:
        return None
    latitude, longitude = _text(rdf, node, GEO.lat), _text(rdf, node, GEO.long)
    return PlaceLink(
        geonames_id=int(linked[0][len(GEONAMES_IRI) :].strip("/")),
        country_code=_text(rdf, node, KG.countryCode),
        latitude=None if latitude is None else float(latitude),
        longitude=None if longitude is None else float(longitude),
        feature=_text(rdf, node, KG.placeKind) or "city",
        continent=_text(rdf, node, KG.continent),
    )


def _evidence(rdf: Graph, node: Node) -> Evidence:
    return Evidence(
        document=_local(rdf.value(node, PROV.wasDerivedFrom), DOCUMENT),
        sentence=str(rdf.value(node, KG.evidence) or ""),
        start=_int(rdf, node, KG.startOffset),
        end=_int(rdf, node, KG.endOffset),
    )


def _factuality(rdf: Graph, node: Node) -> Factuality:
    value = rdf.value(node, KG.factuality)
    return Factuality.ASSERTED if value is None else _FACTUALITIES[value]


def _optional_key(rdf: Graph, node: Node, predicate: URIRef) -> str | None:
    value = rdf.value(node, predicate)
    return None if value is None else _local(value, ENTITY)


def _relations(rdf: Graph) -> tuple[list[Relation], str]:
    relations = []
    pipeline = ""
    for node in rdf.subjects(RDF.type, KG.Statement):
        event = rdf.value(node, KG.derivedFrom)
        relations.append(
            Relation(
                subject=_local(rdf.value(node, RDF.subject), ENTITY),
                key=_required(rdf, node, KG.predicateKey),
                object=_local(rdf.value(node, RDF.object), ENTITY),
                text=str(rdf.value(node, KG.relationText) or ""),
                evidence=_evidence(rdf, node),
                confidence=_float(rdf, node, KG.confidence),
                date=_text(rdf, node, KG.eventDate),
                date_end=_text(rdf, node, KG.eventDateEnd),
                attributed_to=_optional_key(rdf, node, KG.attributedTo),
                factuality=_factuality(rdf, node),
                event=None if event is None else _local(event, EVENT),
            )
        )
        extractor = _text(rdf, node, KG.extractor) or ""
        if not pipeline and _PIPELINE_MARK in extractor:
            pipeline = extractor.split(_PIPELINE_MARK, 1)[1]
    if pipeline == "unknown pipeline":
        pipeline = ""
    return relations, pipeline


def _event(rdf: Graph, node: Node, entities: dict[str, Entity]) -> Event:
    return Event(
        document=_local(rdf.value(node, PROV.wasDerivedFrom), DOCUMENT),
        trigger=_required(rdf, node, KG.trigger),
        lemma=_required(rdf, node, KG.triggerLemma),
        event_class=_required(rdf, node, KG.eventClass),
        participants=tuple(sorted(_participants(rdf, node, entities), key=_participant_order)),
        factuality=_factuality(rdf, node),
        evidence=_evidence(rdf, node),
        trigger_start=_int(rdf, node, KG.triggerStart),
        trigger_end=_int(rdf, node, KG.triggerEnd),
        confidence=_float(rdf, node, KG.confidence),
        date=_text(rdf, node, KG.eventDate),
        date_end=_text(rdf, node, KG.eventDateEnd),
        source=_optional_key(rdf, node, KG.attributedTo),
        cue=_text(rdf, node, KG.factualityCue),
    )


def _participants(rdf: Graph, node: Node, entities: dict[str, Entity]) -> Iterator[Participant]:
    event_id, base = _local(node, EVENT), base_of(str(node), EVENT)
    # Numbers of entity arguments ("more than 2,000 troops"), by the IRI their role and words mint.
    counted = {
        str(value): value for value in rdf.objects(node, KG.quantity) if rdf.value(value, KG.quantityOf) is not None
    }
    for predicate, role in _ROLES.items():
        for value in rdf.objects(node, predicate):
            if str(value) in counted:
                continue
            key = _local(value, ENTITY)
            if key in entities:
                yield _entity_participant(rdf, role, key, entities[key], counted, event_id, base)
            elif (value, RDF.type, KG.Quantity) in rdf:
                quantity = _quantity(rdf, value)
                yield Participant(role=role, text=quantity.text, head=_text(rdf, value, KG.head), quantity=quantity)
            else:
                yield Participant(role=role, text=_required(rdf, value, RDFS.label), head=_text(rdf, value, KG.head))


def _entity_participant(rdf: Graph, role: str, key: str, entity: Entity, counted: dict[str, Node], event_id: str,
                        base: str) -> Participant:
    """An entity in its role, with its number where the event counts it."""
    for value in counted.values():
        quantity = _quantity(rdf, value)
        if _local(rdf.value(value, KG.quantityOf), ENTITY) == key and str(value) == value_iri(
            base, event_id, role, quantity.text
        ):
            return Participant(role=role, text=quantity.text, entity=key, head=_text(rdf, value, KG.head),
                               quantity=quantity)
    return Participant(role=role, text=entity.label, entity=key)


def _quantity(rdf: Graph, value: Node) -> Quantity:
    number = rdf.value(value, RDF.value)
    return Quantity(
        text=_required(rdf, value, KG.text),
        value=None if number is None else str(number),
        unit=_text(rdf, value, KG.unit),
        qualifier=_text(rdf, value, KG.qualifier),
    )


def _participant_order(participant: Participant) -> tuple:
    return (participant.role, participant.entity or "", participant.text)


def _position(rdf: Graph, node: Node) -> Position:
    return Position(
        person=_local(rdf.value(node, KG.holder), ENTITY),
        role=_required(rdf, node, KG.role),
        role_key=_required(rdf, node, KG.roleKey),
        organisation=_optional_key(rdf, node, KG.positionOf),
        evidence=_evidence(rdf, node),
        confidence=_float(rdf, node, KG.confidence),
        status=_required(rdf, node, KG.status),
        start=_text(rdf, node, KG.startDate),
        end=_text(rdf, node, KG.endDate),
        factuality=_factuality(rdf, node),
    )


def _quote(rdf: Graph, node: Node) -> Quote:
    direct = rdf.value(node, KG.direct)
    return Quote(
        speaker=_optional_key(rdf, node, KG.speaker),
        speaker_text=_required(rdf, node, KG.speakerText),
        addressee=_optional_key(rdf, node, KG.addressee),
        addressee_text=_text(rdf, node, KG.addresseeText) or "",
        cue=_required(rdf, node, KG.cue),
        content=_required(rdf, node, KG.content),
        direct=isinstance(direct, Literal) and direct.toPython() is True,
        evidence=_evidence(rdf, node),
        content_start=_int(rdf, node, KG.contentStart),
        content_end=_int(rdf, node, KG.contentEnd),
        date=_text(rdf, node, KG.eventDate),
        factuality=_factuality(rdf, node),
        factuality_cue=_text(rdf, node, KG.factualityCue),
    )


def _base_iri(rdf: Graph, source: str) -> str:
    # Entity and document IRIs are minted by kg.iris under the base IRI.
    for node in rdf.subjects(KG.mentionCount, None):
        return base_of(str(node), ENTITY)
    for node in rdf.subjects(RDF.type, KG.NewsArticle):
        return base_of(str(node), DOCUMENT)
    raise InputError(source, "holds no kg entities or documents; is it a kg export?")
