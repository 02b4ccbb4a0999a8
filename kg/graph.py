"""The knowledge graph: a ``networkx.MultiDiGraph`` of resolved entities and relations.

Every exporter reads only this. Nodes are keyed by ``Entity.key``; edges are keyed
by ``Edge.id`` (subject, predicate, object), so reading the same fact twice adds
evidence to one edge instead of a second edge. Each node and edge remembers which
document said what, so adding a document again replaces its contribution
(idempotent) and merging two graphs is defined.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

import networkx as nx

from kg.iris import DEFAULT_BASE_IRI
from kg.records import Document, DocumentGraph, Edge, Entity, Relation
from kg.resolve.across import Directory
from kg.types import EntityType

T = TypeVar("T")


class KnowledgeGraph:
    """Entities and relations of any number of documents.

    Args:
        base_iri: Namespace for the IRIs of this graph's entities, documents and statements.
    """

    def __init__(self, *, base_iri: str = DEFAULT_BASE_IRI) -> None:
        self.base_iri = base_iri
        self.pipeline = ""
        """Name and version of the spaCy pipeline that read the documents."""
        self.nxg = nx.MultiDiGraph()
        self._parts: dict[str, DocumentGraph] = {}
        self._filed: dict[str, DocumentGraph] = {}
        """Each document's part as filed in ``nxg``: its keys mapped to node keys."""
        self._directory = Directory()
        self.revision = 0
        """Goes up with every change, so exporters can reuse work done on the same graph."""
        self._memos: dict[str, tuple[tuple, object]] = {}

    def __getstate__(self) -> dict:
        # Memos are derived from the rest and can be large (the RDF triple list).
        return {**self.__dict__, "_memos": {}}

    # -- building -----------------------------------------------------------------

    def add(self, part: DocumentGraph) -> None:
        """Fold one document's entities and relations into the graph.

        Adding a document whose id is already in the graph replaces what it said.
        Entities are filed under the node keys ``kg.resolve.across`` gives them
        ("Tokayev" alone joins "Kassym-Jomart Tokayev" of another document); the
        documents whose keys that changes are re-filed.
        """
        if part.document.id in self._parts:
            self.remove_document(part.document.id)
        self._parts[part.document.id] = part
        for document_id in sorted(self._directory.add(part)):
            self._refile(document_id)

    def _refile(self, document_id: str) -> None:
        self.revision += 1
        filed = self._filed.pop(document_id, None)
        if filed is not None:
            for relation in filed.relations:
                self._remove_reading(relation)
            for entity in filed.entities:
                self._touch_node(entity.key, remove=document_id)
        if document_id not in self._parts:
            return
        filed = self._directory.rewrite(self._parts[document_id])
        self._filed[document_id] = filed
        for entity in filed.entities:
            self._touch_node(entity.key, add=(document_id, entity))
        for relation in filed.relations:
            self._add_reading(relation)

    def add_all(self, parts: Iterable[DocumentGraph]) -> KnowledgeGraph:
        for part in parts:
            self.add(part)
        return self

    def remove_document(self, document_id: str) -> None:
        """Take back everything one document contributed."""
        part = self._parts.pop(document_id, None)
        if part is None:
            return
        self._refile(document_id)
        for other in sorted(self._directory.remove(part)):
            self._refile(other)

    def merge(self, other: KnowledgeGraph) -> KnowledgeGraph:
        """Add every document of ``other`` (its version wins for shared document ids)."""
        for document_id in sorted(other._parts):
            self.add(other._parts[document_id])
        return self

    def _touch_node(self, key: str, *, add: tuple[str, Entity] | None = None, remove: str | None = None) -> None:
        if key not in self.nxg:
            self.nxg.add_node(key, tally=_Tally())
        tally: _Tally = self.nxg.nodes[key]["tally"]
        if add is not None:
            tally.add(*add)
        if remove is not None:
            tally.remove(remove)
        if not tally.by_document:
            self.nxg.remove_node(key)
            return
        self.nxg.nodes[key].update(tally.summary())

    def _add_reading(self, relation: Relation) -> None:
        edge_key = Edge(relation.subject, relation.key, relation.object, ()).id
        if not self.nxg.has_edge(relation.subject, relation.object, edge_key):
            self.nxg.add_edge(relation.subject, relation.object, key=edge_key, predicate=relation.key, readings={})
        readings: dict[str, Relation] = self.nxg.edges[relation.subject, relation.object, edge_key]["readings"]
        readings[relation.id] = relation

    def _remove_reading(self, relation: Relation) -> None:
        edge_key = Edge(relation.subject, relation.key, relation.object, ()).id
        if not self.nxg.has_edge(relation.subject, relation.object, edge_key):
            return
        readings = self.nxg.edges[relation.subject, relation.object, edge_key]["readings"]
        readings.pop(relation.id, None)
        if not readings:
            self.nxg.remove_edge(relation.subject, relation.object, edge_key)

    # -- reading ------------------------------------------------------------------

    @property
    def documents(self) -> dict[str, Document]:
        """The documents in the graph, by id, in id order."""
        return {document_id: self._parts[document_id].document for document_id in sorted(self._parts)}

    @property
    def parts(self) -> dict[str, DocumentGraph]:
        """Each document's own contribution (under node keys), by document id, in id order."""
        return {document_id: self._filed[document_id] for document_id in sorted(self._filed)}

    def entity(self, key: str) -> Entity:
        """The merged entity with this key."""
        data = self.nxg.nodes[key]
        return Entity(
            key=key,
            label=data["label"],
            type=data["type"],
            aliases=data["aliases"],
            mentions=data["mentions"],
            documents=data["documents"],
        )

    def entities(self) -> Iterator[Entity]:
        """Every entity, in key order."""
        return iter(self.memo("entities", lambda: [self.entity(key) for key in sorted(self.nxg.nodes)]))

    def edges(self) -> Iterator[Edge]:
        """Every edge with its readings, in (subject, predicate, object) order."""
        return iter(self.memo("edges", self._sorted_edges))

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
        for subject, obj, data in self.nxg.edges(data=True):
            readings = tuple(sorted(data["readings"].values(), key=_reading_order))
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
        return self.nxg.number_of_nodes()

    def stats(self) -> dict[str, int]:
        return {
            "documents": len(self._parts),
            "entities": self.nxg.number_of_nodes(),
            "relations": self.nxg.number_of_edges(),
            "readings": sum(len(data["readings"]) for _, _, data in self.nxg.edges(data=True)),
        }


def _reading_order(relation: Relation) -> tuple:
    evidence = relation.evidence
    return (evidence.document, evidence.start, evidence.end, relation.text, relation.id)


class _Tally:
    """Running totals of one node's per-document entities, so that filing one more
    document costs the same however many documents already name the node."""

    __slots__ = ("by_document", "_name_weight", "_names", "_type_weight", "_types", "_aliases", "_documents", "_mentions")

    def __init__(self) -> None:
        self.by_document: dict[str, Entity] = {}
        self._name_weight: dict[str, int] = {}
        self._names: dict[str, int] = {}
        self._type_weight: dict[EntityType, int] = {}
        self._types: dict[EntityType, int] = {}
        self._aliases: dict[str, int] = {}
        self._documents: dict[str, int] = {}
        self._mentions = 0

    def add(self, document_id: str, entity: Entity) -> None:
        self.remove(document_id)
        self.by_document[document_id] = entity
        self._count(entity, 1)

    def remove(self, document_id: str) -> None:
        entity = self.by_document.pop(document_id, None)
        if entity is not None:
            self._count(entity, -1)

    def _count(self, entity: Entity, sign: int) -> None:
        _bump(self._name_weight, entity.label, sign * entity.mentions)
        _bump(self._names, entity.label, sign)
        _bump(self._type_weight, entity.type, sign * entity.mentions)
        _bump(self._types, entity.type, sign)
        for alias in entity.aliases:
            _bump(self._aliases, alias, sign)
        for document in entity.documents:
            _bump(self._documents, document, sign)
        self._mentions += sign * entity.mentions

    def summary(self) -> dict:
        """The merged view of the node, independent of document order."""
        weight, type_weight = self._name_weight, self._type_weight
        # The canonical label: most mentioned, then longest, then alphabetical.
        label = min(self._names, key=lambda name: (-weight.get(name, 0), -len(name), name))
        entity_type = min(self._types, key=lambda t: (-type_weight.get(t, 0), t.value))
        aliases = set(self._aliases) | set(self._names)
        aliases.discard(label)
        return {
            "label": label,
            "type": entity_type,
            "aliases": tuple(sorted(aliases)),
            "mentions": self._mentions,
            "documents": tuple(sorted(self._documents)),
        }


def _bump(counter: dict, item: object, by: int) -> None:
    """Add ``by`` to a count, dropping the item when nothing is left of it.
    (Plain dicts, not ``Counter``: a node's tallies are made and bumped for every
    document that names it, and ``Counter`` does both in Python.)"""
    total = counter.get(item, 0) + by
    if total:
        counter[item] = total
    else:
        counter.pop(item, None)
