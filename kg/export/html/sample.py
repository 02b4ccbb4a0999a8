"""The page of a graph too big for one page: its best-connected entities.

A page holds everything it shows as JSON and draws it in the browser; past some
tens of thousands of entities it no longer opens in reasonable time (see the
README's viewer figures). A whole archive merged on disk
(``kg.spilled.SpilledGraph``) with more than ``PAGE_ENTITIES`` entities is shown
as a filtered view instead, made with bounded memory:

- the ``PAGE_ENTITIES`` entities with the most links (relations, positions,
  event roles, as the page counts them; ties by key), counted by a sort on disk;
- the statements among them: edges between two of them, events whose every
  entity taking part is one of them, positions whose holder and organisation
  are, quotes whose speaker and addressee are; at most ``PAGE_STATEMENTS`` of
  each kind, the first by id;
- the articles those statements were read from.

The page says how much it leaves out in its title. ``kg view GRAPH --focus
NAME`` on the Turtle export shows any entity's neighbourhood in full.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from kg.export.html.content import PageContent
from kg.runtime.spill import sort_rows

if TYPE_CHECKING:
    from kg.graph import GraphView
    from kg.records import Event

PAGE_ENTITIES = 20_000
"""Entities a page of a graph on disk shows at most: up to this size a page opens and
its filters answer within a second (``benchmarks/html_load.py``), and a build on disk
writes the same page as one in memory."""
PAGE_STATEMENTS = 50_000
"""Edges, events, positions and quotes (each) such a page shows at most."""


def needs_sample(graph: GraphView, *, limit: int = PAGE_ENTITIES) -> bool:
    """Whether ``graph`` is shown as a filtered view: it is on disk and has more than ``limit`` entities."""
    return graph.spill_folder is not None and graph.stats()["entities"] > limit


def sampled_content(graph: GraphView, *, entities: int = PAGE_ENTITIES,
                    statements: int = PAGE_STATEMENTS) -> PageContent:
    """The filtered view of ``graph`` (see the module docstring)."""
    keep = _best_connected(graph, entities)
    edges = _first(statements, (edge for edge in graph.edges() if edge.subject in keep and edge.object in keep))
    events = _first(statements, (event for event in graph.events() if _among(event, keep)))
    positions = _first(statements, (
        position for position in graph.positions()
        if position.person in keep and (position.organisation is None or position.organisation in keep)
    ))
    quotes = _first(statements, (
        quote for quote in graph.quotes()
        if quote.speaker in keep and (quote.addressee is None or quote.addressee in keep)
    ))
    cited = {reading.evidence.document for edge in edges for reading in edge.readings}
    cited |= {record.evidence.document for record in (*events, *positions, *quotes)}
    return PageContent.of(
        entities=(entity for entity in graph.entities() if entity.key in keep),
        edges=edges, events=events, positions=positions, quotes=quotes,
        documents=(document for document, _headline in graph.articles() if document.id in cited),
        base_iri=graph.base_iri,
    )


def _best_connected(graph: GraphView, count: int) -> set[str]:
    """The keys of the ``count`` entities with the most links (ties: the smaller key)."""
    ends = sort_rows(_link_ends(graph), folder=graph.spill_folder, name="degree")
    degrees = ((sum(1 for _ in group), key) for key, group in itertools.groupby(ends))
    return {key for _degree, key in heapq.nsmallest(count, ((-degree, key) for degree, key in degrees))}


def _link_ends(graph: GraphView) -> Iterator[str]:
    """The entity at each end of each link the page draws, once per link."""
    for edge in graph.edges():
        yield edge.subject
        yield edge.object
    for position in graph.positions():
        if position.organisation is not None:
            yield position.person
            yield position.organisation
    for event in graph.events():
        for participant in event.participants:
            if participant.entity is not None:
                yield participant.entity


def _among(event: Event, keep: set[str]) -> bool:
    keys = [participant.entity for participant in event.participants if participant.entity is not None]
    return bool(keys) and all(key in keep for key in keys)


def _first(count: int, records: Iterable) -> list:
    return list(itertools.islice(records, count))


__all__ = ["PAGE_ENTITIES", "PAGE_STATEMENTS", "needs_sample", "sampled_content"]
