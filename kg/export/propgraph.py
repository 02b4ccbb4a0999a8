"""The graph as a labelled property graph: flat nodes and relationships.

Cypher, the Neo4j bulk-import CSVs, GraphML and ``kg load`` all write the same
view, built here once, so that every target carries the same properties:

- a node per entity, labelled ``Entity`` and its type (``Person``,
  ``Organization`` ...), with ``key``, ``iri``, ``name``, ``type``, ``aliases``,
  ``mentions``, ``documents``, ``described`` (true for an entity the article
  only describes, "protesters", which is also labelled ``Description`` and has its
  head noun as ``head``) and, for a place linked to GeoNames,
  ``geonames``, ``countryCode``, ``continent``, ``placeKind``, ``latitude`` and
  ``longitude``;
- a relationship per edge (subject, predicate, object), typed by the predicate
  key in UPPER_SNAKE (``"request from"`` → ``REQUEST_FROM``), with ``id``,
  ``key``, ``predicate`` (the ontology IRI), ``text``, ``evidence``,
  ``documents`` and ``factuality`` (one item per reading, aligned),
  ``confidence`` (the best reading's, 4 decimals as in the Turtle export),
  ``date`` (the earliest dated reading) and ``readings``;
- events, positions and quotes as nodes of their own (``kg.export.propfacts``):
  ``Event`` nodes (also labelled with their class, ``MovementEvent`` ...) with a
  relationship per role to each entity that takes part (``AGENT``,
  ``DESTINATION`` ...) and the other arguments as properties; ``Position``
  nodes between ``HOLDS_POSITION`` from the holder and ``POSITION_OF`` to the
  organisation or place; ``Quote`` nodes with ``SAID`` from the speaker.

Every node is merged on ``key`` within its kind's label (``Entity``, ``Event``,
``Position``, ``Quote``) and every relationship on ``id``.

Empty lists and missing values are left out rather than written as ``[]`` or
``null``: Neo4j's bulk importer cannot tell an empty array from a missing one,
and leaving them out keeps every target identical.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar, cast

from kg.iris import entity_iri
from kg.ontology.predicates import property_for

T = TypeVar("T")

if TYPE_CHECKING:
    from kg.graph import GraphView, KnowledgeGraph
    from kg.records import Edge, Entity

COMMON_LABEL = "Entity"
"""Every entity node carries this label besides its type, so one index covers all keys."""
DESCRIPTION_LABEL = "Description"
"""The further label of an entity the article only describes ("protesters"), no named thing."""
NODE_KINDS = (COMMON_LABEL, "Event", "Position", "Quote")
"""The labels nodes are merged on, one per kind of node."""

PropertyValue = str | int | float | bool | list[str]

_NOT_IDENTIFIER = re.compile(r"[^A-Z0-9]+")


def relationship_type(key: str) -> str:
    """An UPPER_SNAKE relationship type, from ``[A-Z0-9_]`` only, for a predicate key.

    A type that would start with a digit gets an ``R_`` prefix, since Cypher
    identifiers may not; an empty one becomes ``RELATED_TO``.

    >>> relationship_type("request from")
    'REQUEST_FROM'
    >>> relationship_type("pull out of")
    'PULL_OUT_OF'
    >>> relationship_type("café-au-lait`; DROP")
    'CAF_AU_LAIT_DROP'
    >>> relationship_type("2nd")
    'R_2ND'
    >>> relationship_type("??")
    'RELATED_TO'
    """
    name = _NOT_IDENTIFIER.sub("_", key.upper()).strip("_")
    if not name:
        return "RELATED_TO"
    return "R_" + name if name[0].isdigit() else name


@dataclass(frozen=True, slots=True)
class Node:
    """One entity, event, position or quote as a property-graph node.

    Attributes:
        key: The merge key: ``Entity.key``, ``event/<Event.id>``, ``position/<id>``, ``quote/<id>``.
        label: The type label (``Person``, ``MovementEvent`` ...), besides ``kind``.
        properties: Name to value, in a fixed order; includes ``key``.
        kind: The label the node is merged on (one of ``NODE_KINDS``).
        extra: Further labels: ``Description`` for an entity the article only describes.
    """

    key: str
    label: str
    properties: dict[str, PropertyValue]
    kind: str = COMMON_LABEL
    extra: tuple[str, ...] = ()

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.kind, self.label, *self.extra)))

    @property
    def type_labels(self) -> str:
        """The labels a node gets besides its kind, as Cypher sets them: ``Group:Description``."""
        return ":".join((self.label, *self.extra))


@dataclass(frozen=True, slots=True)
class Relationship:
    """One edge as a property-graph relationship.

    Attributes:
        id: ``Edge.id``, the merge key.
        subject: Key of the start node.
        object: Key of the end node.
        type: UPPER_SNAKE relationship type.
        properties: Name to value, in a fixed order; includes ``id``.
    """

    id: str
    subject: str
    object: str
    type: str
    properties: dict[str, PropertyValue]
    subject_kind: str = COMMON_LABEL
    object_kind: str = COMMON_LABEL


def to_node(graph: GraphView, entity: Entity) -> Node:
    properties: dict[str, PropertyValue | None] = {
        "key": entity.key,
        "iri": entity_iri(graph.base_iri, entity.key),
        "name": entity.label,
        "type": entity.type.value,
        "aliases": list(entity.aliases),
        "mentions": entity.mentions,
        "documents": list(entity.documents),
        "described": entity.described,
        "head": entity.head,
    }
    place = entity.place
    if place is not None:
        properties.update({
            "geonames": place.geonames_id,
            "countryCode": place.country_code,
            "continent": place.continent,
            "placeKind": place.feature,
            "latitude": None if place.latitude is None else float(place.latitude),
            "longitude": None if place.longitude is None else float(place.longitude),
        })
    extra = (DESCRIPTION_LABEL,) if entity.described else ()
    return Node(entity.key, entity.type.value, compact(properties), extra=extra)


def to_relationship(edge: Edge) -> Relationship:
    readings = edge.readings
    dates = sorted(reading.date for reading in readings if reading.date)
    properties: dict[str, PropertyValue | None] = {
        "id": edge.id,
        "key": edge.key,
        "predicate": str(property_for(edge.key)),
        # Every reading's own wording, aligned with its evidence: a merged edge keeps them all.
        "text": [reading.text for reading in readings],
        "evidence": [reading.evidence.sentence for reading in readings],
        "documents": [reading.evidence.document for reading in readings],
        "factuality": [reading.factuality.value for reading in readings],
        "confidence": round(edge.confidence, 4) if readings else 0.0,
        "date": dates[0] if dates else None,
        "readings": len(readings),
    }
    return Relationship(edge.id, edge.subject, edge.object, relationship_type(edge.key), compact(properties))


def nodes(graph: GraphView) -> Iterator[Node]:
    """Every entity as a node, in key order; then every event, position and quote."""
    return shared(graph, "propgraph-nodes", _nodes)


def _nodes(graph: GraphView) -> Iterator[Node]:
    from kg.export.propfacts import fact_nodes

    for entity in graph.entities():
        yield to_node(graph, entity)
    yield from fact_nodes(graph)


def relationships(graph: GraphView) -> Iterator[Relationship]:
    """Every edge as a relationship, in (subject, predicate, object) order; then the
    relationships of events, positions and quotes."""
    return shared(graph, "propgraph-relationships", _relationships)


def _relationships(graph: GraphView) -> Iterator[Relationship]:
    from kg.export.propfacts import fact_relationships

    for edge in graph.edges():
        yield to_relationship(edge)
    yield from fact_relationships(graph)


def shared(graph: GraphView, name: str, make: Callable[[GraphView], Iterator[T]]) -> Iterator[T]:
    """``make(graph)``, made once per graph state when the graph is held in memory:
    Cypher, GraphML and the CSVs read the same nodes and relationships (a third of
    each one's time). A graph on disk streams them anew each time, in bounded memory."""
    if graph.spill_folder is not None:
        return make(graph)
    # A graph with no spill folder is held in memory: a KnowledgeGraph (see kg.export.triples).
    return iter(cast("KnowledgeGraph", graph).memo(name, lambda: tuple(make(graph))))


def compact(properties: Mapping[str, PropertyValue | None]) -> dict[str, PropertyValue]:
    """The properties without missing values and empty lists."""
    return {name: value for name, value in properties.items() if value is not None and value != []}
