"""What the page shows: the graph's entities, edges, events, positions and quotes.

``PageContent`` is the boundary between the graph and the page builder. It is
made from a ``KnowledgeGraph`` (``PageContent.from_graph``) or by hand from
records, which is how the tests feed events, positions and quotes before every
graph holds them; ``around`` cuts it down to one entity's neighbourhood for
``kg view --focus``.

Events, positions and quotes are read with ``getattr``: a graph that does not
answer ``events()``, ``positions()`` or ``quotes()`` simply has none.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.errors import ConfigError
from kg.iris import DEFAULT_BASE_IRI

if TYPE_CHECKING:
    from kg.graph import GraphView
    from kg.records import Document, Edge, Entity, Event, Position, Quote


@dataclass(frozen=True, slots=True)
class PageContent:
    """Everything one page shows, each kind sorted by its stable id.

    Attributes:
        entities: The entities, by key.
        edges: Entity-to-entity edges with all their readings.
        events: Reported happenings, drawn as nodes of their own, linked to
            their participants by role edges.
        positions: Roles people hold; drawn as an edge when the organisation is known.
        quotes: What people said; listed with the speaker.
        documents: The articles, by id.
        base_iri: Namespace of the graph's IRIs.
    """

    entities: tuple[Entity, ...]
    edges: tuple[Edge, ...] = ()
    events: tuple[Event, ...] = ()
    positions: tuple[Position, ...] = ()
    quotes: tuple[Quote, ...] = ()
    documents: tuple[Document, ...] = ()
    base_iri: str = DEFAULT_BASE_IRI

    @classmethod
    def from_graph(cls, graph: GraphView) -> PageContent:
        """The whole graph, with whatever events, positions and quotes it holds."""
        return cls.of(
            entities=graph.entities(),
            edges=graph.edges(),
            events=_records(graph, "events"),
            positions=_records(graph, "positions"),
            quotes=_records(graph, "quotes"),
            documents=(document for document, _headline in graph.articles()),
            base_iri=graph.base_iri,
        )

    @classmethod
    def of(
        cls,
        *,
        entities: Iterable[Entity],
        edges: Iterable[Edge] = (),
        events: Iterable[Event] = (),
        positions: Iterable[Position] = (),
        quotes: Iterable[Quote] = (),
        documents: Iterable[Document] = (),
        base_iri: str = DEFAULT_BASE_IRI,
    ) -> PageContent:
        """Records in any order, sorted into the content's stable order (same records, same page)."""
        return cls(
            entities=tuple(sorted(entities, key=lambda entity: entity.key)),
            edges=tuple(sorted(edges, key=lambda edge: (edge.subject, edge.key, edge.object))),
            events=tuple(sorted(events, key=lambda event: event.id)),
            positions=tuple(sorted(positions, key=lambda position: position.id)),
            quotes=tuple(sorted(quotes, key=lambda quote: quote.id)),
            documents=tuple(sorted(documents, key=lambda document: document.id)),
            base_iri=base_iri,
        )

    def find(self, name: str) -> str:
        """The key of the entity called ``name``: its key, label or an alias (any case);
        among several, the most mentioned.

        Raises:
            ConfigError: No entity is called ``name``; the message suggests names that contain it.
        """
        folded = name.casefold()
        found = [
            entity for entity in self.entities
            if folded == entity.key.casefold() or folded in (n.casefold() for n in (entity.label, *entity.aliases))
        ]
        if found:
            return min(found, key=lambda entity: (-entity.mentions, entity.key)).key
        near = sorted((e for e in self.entities if folded in e.label.casefold()), key=lambda e: (-e.mentions, e.key))
        hint = f"; did you mean {', '.join(repr(e.label) for e in near[:5])}?" if near else ""
        raise ConfigError(f"no entity is called {name!r}{hint}")

    def around(self, key: str, steps: int) -> PageContent:
        """The part within ``steps`` links of entity ``key``: its neighbours, theirs
        (with 2), the statements among them and the articles they come from.

        An event is one link away from each participant, and its participants are
        one link from each other: "Blair met Chirac" makes Chirac Blair's neighbour.
        """
        links = self._links()
        keep = {key}
        frontier = {key}
        for _ in range(steps):
            frontier = {other for node in frontier for other in links[node]} - keep
            keep |= frontier
        entities = [entity for entity in self.entities if entity.key in keep]
        documents = {document for entity in entities for document in entity.documents}
        return PageContent(
            entities=tuple(entities),
            edges=tuple(edge for edge in self.edges if edge.subject in keep and edge.object in keep),
            events=tuple(event for event in self.events if _event_keys(event) & keep),
            positions=tuple(p for p in self.positions if p.person in keep and (p.organisation or key) in keep),
            quotes=tuple(quote for quote in self.quotes if quote.speaker in keep),
            documents=tuple(document for document in self.documents if document.id in documents),
            base_iri=self.base_iri,
        )

    def _links(self) -> dict[str, set[str]]:
        links: defaultdict[str, set[str]] = defaultdict(set)
        pairs = [(edge.subject, edge.object) for edge in self.edges]
        pairs += [(p.person, p.organisation) for p in self.positions if p.organisation]
        for event in self.events:
            keys = sorted(_event_keys(event))
            pairs += [(a, b) for a in keys for b in keys if a < b]
        for a, b in pairs:
            links[a].add(b)
            links[b].add(a)
        return links


def _event_keys(event: Event) -> set[str]:
    return {participant.entity for participant in event.participants if participant.entity}


def _records(graph: GraphView, kind: str) -> tuple:
    # Until every graph answers events(), positions() and quotes(), one that does
    # not simply has none.
    return tuple(getattr(graph, kind, lambda: ())())
