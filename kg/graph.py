"""The knowledge graph: it stores what the cross-article linker files and answers queries.

Every exporter reads only this. ``KnowledgeGraph.store`` takes a
``kg.records.Filing`` (each changed document's part under node keys, each
changed node's summary) and stores it as given: the graph never resolves,
links or votes. ``add`` and ``remove_document`` ask the linker the graph was
given (``kg.resolve.across.ArticleLinker``, which ``kg.build`` passes in) for
the filing, so adding a document again replaces its contribution (idempotent).

``nxg`` is a ``networkx.MultiDiGraph`` of plain data that any networkx tool,
``networkx.write_graphml`` included, can read:

- entity nodes, keyed by ``Entity.key``: ``kind="entity"``, ``label``, ``type``,
  ``mentions``, ``documents`` (how many) and, for a place linked to GeoNames,
  ``geonames``, ``country_code``, ``continent``, ``latitude``, ``longitude``;
- event nodes, keyed ``event/<Event.id>``: ``kind="event"``, ``label`` (the
  trigger as written), ``lemma``, ``event_class``, ``factuality``, ``document``
  and ``date``/``date_end`` when dated;
- relation edges, keyed by ``Edge.id``: ``kind="relation"``, ``predicate`` (the
  predicate key), ``readings`` (how many) and ``confidence`` (the best);
- role edges from an event to each entity that takes part in it, keyed
  ``<role>/<entity key>``: ``kind="role"``, ``role``.

The records themselves (entities, every reading of an edge, events, positions,
quotes) are kept beside ``nxg``, keyed by node key, edge id and record id.

Only asserted and reported relations are plain edges: a relation with another
factuality ("plans to replace", "denied meeting") is refused as an edge and
kept only through the event it was derived from (``Relation.event``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol, TypeVar

import networkx as nx

from kg.errors import ConfigError
from kg.iris import DEFAULT_BASE_IRI
from kg.records import Document, DocumentGraph, Edge, Entity, Event, Filing, Position, Quote, Relation

T = TypeVar("T")

EVENT_NODE = "event/"
"""Event nodes of ``nxg`` are keyed ``event/<Event.id>``, apart from entity keys (which hold no ``/``)."""


def event_node(event_id: str) -> str:
    """The ``nxg`` node key of an event.

    >>> event_node("3f2a9c0d1e7b4a55")
    'event/3f2a9c0d1e7b4a55'
    """
    return EVENT_NODE + event_id


class Linking(Protocol):
    """What files documents for the graph: ``kg.resolve.across.ArticleLinker``."""

    def add(self, part: DocumentGraph) -> Filing: ...

    def remove(self, document_id: str) -> Filing: ...


class GraphView(Protocol):
    """What the exporters read of a graph: ``KnowledgeGraph`` in memory, or
    ``kg.spilled.SpilledGraph``, merged on disk by a streaming build. Both give the
    same records in the same orders."""

    base_iri: str
    pipeline: str

    @property
    def spill_folder(self) -> Path | None:
        """Where exporters sort what does not fit in memory; ``None``: sort in memory."""
        ...

    def entities(self) -> Iterator[Entity]: ...

    def edges(self) -> Iterator[Edge]: ...

    def events(self) -> Iterator[Event]: ...

    def positions(self) -> Iterator[Position]: ...

    def quotes(self) -> Iterator[Quote]: ...

    def articles(self) -> Iterator[tuple[Document, str | None]]: ...

    def headline_events(self) -> Iterator[str]: ...

    def stats(self) -> dict[str, int]: ...


class KnowledgeGraph:
    """Entities, relations, events, positions and quotes of any number of documents.

    Args:
        base_iri: Namespace for the IRIs of this graph's entities, documents and statements.
        linker: Files documents added with ``add`` (``kg.resolve.across.ArticleLinker()``);
            a graph without one stores only what ``store`` is given, as a graph
            read back from an export does.
    """

    spill_folder: Path | None = None
    """A graph in memory sorts its exports in memory (see ``GraphView``)."""

    def __init__(self, *, base_iri: str = DEFAULT_BASE_IRI, linker: Linking | None = None) -> None:
        self.base_iri = base_iri
        self.pipeline = ""
        """Name and version of the spaCy pipeline that read the documents."""
        self.linker = linker
        self.nxg = nx.MultiDiGraph()
        self._entities: dict[str, Entity] = {}
        self._parts: dict[str, DocumentGraph] = {}
        """Each document's part as filed: under node keys, plain edges asserted or reported only."""
        self._readings: dict[str, dict[str, Relation]] = {}
        """Every reading of each edge, by ``Edge.id`` and ``Relation.id``."""
        self.revision = 0
        """Goes up with every change, so exporters can reuse work done on the same graph."""
        self._memos: dict[str, tuple[tuple, Any]] = {}

    def __getstate__(self) -> dict:
        # Memos are derived from the rest and can be large (the RDF triple list).
        return {**self.__dict__, "_memos": {}}

    # -- building -----------------------------------------------------------------

    def add(self, part: DocumentGraph) -> None:
        """Add one document through the linker (adding it again replaces what it said)."""
        self.store(self._linker().add(part))

    def add_all(self, parts: Iterable[DocumentGraph]) -> KnowledgeGraph:
        for part in parts:
            self.add(part)
        return self

    def remove_document(self, document_id: str) -> None:
        """Take back everything one document contributed.

        Without a linker (a graph read from an export), a node stays while another
        document still names it, its summary as stored.
        """
        if self.linker is not None:
            self.store(self.linker.remove(document_id))
        elif document_id in self._parts:
            self.store(self._forgetting(document_id))

    def merge(self, other: KnowledgeGraph) -> KnowledgeGraph:
        """Add every document of ``other`` as ``other`` filed it (its version wins for shared ids)."""
        for part in other.parts.values():
            self.add(part)
        return self

    def store(self, filing: Filing) -> None:
        """Store what the linker filed: documents' parts replace their earlier ones,
        node summaries replace theirs; ``None`` removes."""
        self.revision += 1
        for document_id, _part in filing.parts:
            self._unfile(document_id)
        for key, entity in filing.nodes:
            self._set_node(key, entity)
        for document_id, part in filing.parts:
            if part is not None:
                self._file(document_id, part)

    def _linker(self) -> Linking:
        if self.linker is None:
            raise ConfigError(
                "this KnowledgeGraph has no linker to file documents with; make it with "
                "KnowledgeGraph(linker=ArticleLinker()) (kg.resolve.across) or build it with kg.build"
            )
        return self.linker

    def _forgetting(self, document_id: str) -> Filing:
        """The filing that takes one document out of a graph that has no linker:
        its nodes lose it from their documents, and go when no document is left."""
        nodes = []
        for entity in self._parts[document_id].entities:
            stored = self._entities.get(entity.key)
            if stored is None:
                continue
            documents = tuple(document for document in stored.documents if document != document_id)
            nodes.append((entity.key, replace(stored, documents=documents) if documents else None))
        return Filing(parts=((document_id, None),), nodes=tuple(sorted(nodes)))

    def _set_node(self, key: str, entity: Entity | None) -> None:
        if entity is None:
            self._entities.pop(key, None)
            if key in self.nxg:
                self.nxg.remove_node(key)
            return
        self._entities[key] = entity
        if key in self.nxg:
            self.nxg.nodes[key].clear()
        else:
            self.nxg.add_node(key)
        self.nxg.nodes[key].update(_entity_data(entity))

    def _file(self, document_id: str, part: DocumentGraph) -> None:
        refused = [relation for relation in part.relations if not relation.factuality.is_fact]
        if refused:
            part = _without(part, refused)
        self._parts[document_id] = part
        for relation in part.relations:
            self._add_reading(relation)
        own = {entity.key for entity in part.entities}
        for event in part.events:
            self._add_event(event, own)

    def _unfile(self, document_id: str) -> None:
        part = self._parts.pop(document_id, None)
        if part is None:
            return
        for relation in part.relations:
            self._remove_reading(relation)
        for event in part.events:
            node = event_node(event.id)
            if node in self.nxg:
                self.nxg.remove_node(node)

    def _add_reading(self, relation: Relation) -> None:
        edge_id = Edge(relation.subject, relation.key, relation.object, ()).id
        readings = self._readings.setdefault(edge_id, {})
        readings[relation.id] = relation
        self.nxg.add_edge(
            relation.subject, relation.object, key=edge_id, kind="relation", predicate=relation.key,
            readings=len(readings), confidence=max(reading.confidence for reading in readings.values()),
        )

    def _remove_reading(self, relation: Relation) -> None:
        edge_id = Edge(relation.subject, relation.key, relation.object, ()).id
        readings = self._readings.get(edge_id, {})
        readings.pop(relation.id, None)
        if readings:
            self.nxg.edges[relation.subject, relation.object, edge_id].update(
                readings=len(readings), confidence=max(reading.confidence for reading in readings.values())
            )
            return
        self._readings.pop(edge_id, None)
        if self.nxg.has_edge(relation.subject, relation.object, edge_id):
            self.nxg.remove_edge(relation.subject, relation.object, edge_id)

    def _add_event(self, event: Event, entities: set[str]) -> None:
        node = event_node(event.id)
        self.nxg.add_node(node, **_event_data(event))
        for participant in event.participants:
            # Entities of the event's own document get a role edge (they are nodes while
            # it is filed); literal arguments stay on the record.
            if participant.entity in entities:
                key = f"{participant.role}/{participant.entity}"
                self.nxg.add_edge(node, participant.entity, key=key, kind="role", role=participant.role)

    # -- reading ------------------------------------------------------------------

    @property
    def documents(self) -> dict[str, Document]:
        """The documents in the graph, by id, in id order."""
        return {document_id: self._parts[document_id].document for document_id in sorted(self._parts)}

    @property
    def parts(self) -> dict[str, DocumentGraph]:
        """Each document's own contribution (under node keys), by document id, in id order."""
        return {document_id: self._parts[document_id] for document_id in sorted(self._parts)}

    def articles(self) -> Iterator[tuple[Document, str | None]]:
        """Each document with the id of the event its headline restates, in id order."""
        return ((part.document, part.headline_event) for part in self.parts.values())

    def headline_events(self) -> Iterator[str]:
        """The ids of the events articles' headlines restate, sorted."""
        return iter(sorted(part.headline_event for part in self._parts.values() if part.headline_event))

    def entity(self, key: str) -> Entity:
        """The merged entity with this key."""
        return self._entities[key]

    def entities(self) -> Iterator[Entity]:
        """Every entity, in key order."""
        return iter(self.memo("entities", lambda: [self._entities[key] for key in sorted(self._entities)]))

    def edges(self) -> Iterator[Edge]:
        """Every plain edge with its readings, in (subject, predicate, object) order."""
        return iter(self.memo("edges", self._sorted_edges))

    def events(self) -> Iterator[Event]:
        """Every event of every document, under node keys, in id order."""
        return iter(self.memo("events", lambda: self._records(lambda part: part.events)))

    def positions(self) -> Iterator[Position]:
        """Every position held, under node keys, in id order."""
        return iter(self.memo("positions", lambda: self._records(lambda part: part.positions)))

    def quotes(self) -> Iterator[Quote]:
        """Every quote, under node keys, in id order."""
        return iter(self.memo("quotes", lambda: self._records(lambda part: part.quotes)))

    def _records(self, kind: Callable[[DocumentGraph], tuple]) -> list:
        records = {record.id: record for part in self._parts.values() for record in kind(part)}
        return [records[record_id] for record_id in sorted(records)]

    def memo(self, name: str, make: Callable[[], T]) -> T:
        """``make()``, kept until the graph, its base IRI or its pipeline changes:
        every exporter walks every entity and edge, and the RDF writers share one
        triple list, so each is made once per graph state."""
        state = (self.revision, self.base_iri, self.pipeline)
        cached = self._memos.get(name)
        if cached is None or cached[0] != state:
            cached = self._memos[name] = (state, make())
        return cached[1]

    def _sorted_edges(self) -> list[Edge]:
        rows = []
        for subject, obj, edge_id, data in self.nxg.edges(keys=True, data=True):
            if data["kind"] == "relation":
                readings = tuple(sorted(self._readings[edge_id].values(), key=_reading_order))
                rows.append(Edge(subject, data["predicate"], obj, readings))
        rows.sort(key=lambda edge: (edge.subject, edge.key, edge.object))
        return rows

    def find(self, name: str) -> Entity | None:
        """The entity whose label or alias is ``name`` (case-insensitive), if any."""
        folded = name.casefold()
        for entity in self.entities():
            if entity.label.casefold() == folded or any(alias.casefold() == folded for alias in entity.aliases):
                return entity
        return None

    def __len__(self) -> int:
        return len(self._entities)

    def stats(self) -> dict[str, int]:
        """How many documents, entities (and those only described, ``Entity.described``),
        edges (and their readings), events, positions and quotes."""
        return {
            "documents": len(self._parts),
            "entities": len(self._entities),
            "described": sum(entity.described for entity in self._entities.values()),
            "relations": len(self._readings),
            "readings": sum(map(len, self._readings.values())),
            "events": sum(len(part.events) for part in self._parts.values()),
            "positions": sum(len(part.positions) for part in self._parts.values()),
            "quotes": sum(len(part.quotes) for part in self._parts.values()),
        }


def describe_stats(stats: dict[str, int]) -> str:
    """The counts of ``KnowledgeGraph.stats`` in words.

    >>> describe_stats({"documents": 1, "entities": 12, "described": 2, "relations": 9, "events": 3, "positions": 1,
    ...                 "quotes": 0})
    '1 documents, 12 entities (10 named, 2 described), 9 relations, 3 events, 1 positions, 0 quotes'
    """
    names = ("documents", "entities", "relations", "events", "positions", "quotes")
    counts = {name: f"{stats.get(name, 0)} {name}" for name in names}
    described = stats.get("described", 0)
    counts["entities"] += f" ({stats.get('entities', 0) - described} named, {described} described)"
    return ", ".join(counts.values())


def _reading_order(relation: Relation) -> tuple:
    evidence = relation.evidence
    return (evidence.document, evidence.start, evidence.end, relation.text, relation.id)


def _without(part: DocumentGraph, refused: list[Relation]) -> DocumentGraph:
    """``part`` without relations that may not be plain edges; each is named in the
    part's warnings unless the event it came from carries it."""
    events = {event.id for event in part.events}
    warnings = [
        f"{relation.subject} {relation.key!r} {relation.object}: {relation.factuality.value}, "
        "not a fact and from no event; not stored"
        for relation in refused
        if relation.event not in events
    ]
    relations = tuple(relation for relation in part.relations if relation.factuality.is_fact)
    return replace(part, relations=relations, warnings=part.warnings + tuple(warnings))


def _entity_data(entity: Entity) -> dict[str, str | int | float]:
    data: dict[str, str | int | float] = {
        "kind": "entity",
        "label": entity.label,
        "type": entity.type.value,
        "mentions": entity.mentions,
        "documents": len(entity.documents),
    }
    place = entity.place
    if place is not None:
        data["geonames"] = place.geonames_id
        optional = {
            "country_code": place.country_code,
            "continent": place.continent,
            "latitude": place.latitude,
            "longitude": place.longitude,
        }
        data.update({name: value for name, value in optional.items() if value is not None})
    return data


def _event_data(event: Event) -> dict[str, str]:
    data = {
        "kind": "event",
        "label": event.trigger,
        "lemma": event.lemma,
        "event_class": event.event_class,
        "factuality": event.factuality.value,
        "document": event.document,
    }
    if event.date:
        data["date"] = event.date
    if event.date_end:
        data["date_end"] = event.date_end
    return data
