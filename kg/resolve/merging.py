"""The merge of a streaming build: each document filed under the archive's node
keys as rows, and the rows of one key reduced to the record a ``KnowledgeGraph``
stores for it.

``KnowledgeGraph.store`` keeps each document's part as the linker filed it and
each node's summary as ``NodeTally`` voted it. A streaming build writes the same
records to disk instead: ``filed_rows`` files one document (``file_part``, with
the mapping of ``kg.resolve.directory``) and gives its records as rows of six
kinds, each row led by what the graph keys that kind by, so that sorting the
rows of all documents brings together what the graph puts together:

- ``entities``: (node key, document id, own, entity) — one node's entities from
  every document, which ``nodes`` reduces to its summary;
- ``readings``: (subject, predicate key, object, then the order of readings
  within an edge, relation) — one edge's readings, which ``edges`` reduces to
  the ``Edge``;
- ``events``, ``positions``, ``quotes``: (id, record); ``articles``: (document
  id, document, the headline's event id). Ids are unique across documents (each
  holds its document's id), so these need no reducing: a document's own
  repeats are dropped here, the last one kept, as the graph's dicts keep it.

Only asserted and reported relations become readings, as in the graph. Records
travel encoded (``kg.runtime.codec``); rows are plain values a sort can spill.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from kg.records import Document, DocumentGraph, Edge, Entity, Event, Position, Quote, Relation
from kg.resolve.filing import NodeKey, file_part
from kg.resolve.vote import NodeTally
from kg.runtime.codec import decoder, encoder

KINDS = ("entities", "readings", "events", "positions", "quotes", "articles")
"""The kinds of rows a filed document gives, in the order they are written."""

SORT_KEYS: dict[str, Callable[[tuple], Any]] = {
    "entities": operator.itemgetter(0, 1),
    "readings": operator.itemgetter(0, 1, 2, 3, 4, 5, 6, 7),
    "events": operator.itemgetter(0),
    "positions": operator.itemgetter(0),
    "quotes": operator.itemgetter(0),
    "articles": operator.itemgetter(0),
}
"""What each kind's rows sort by: always a unique key, so any sort gives one order."""

GROUP_KEYS: dict[str, Callable[[tuple], Any]] = {
    "entities": operator.itemgetter(0),
    "readings": operator.itemgetter(0, 1, 2),
}
"""What the rows of one node, or one edge, share."""

RECORDS: dict[str, type] = {"events": Event, "positions": Position, "quotes": Quote}


def filed_rows(part: DocumentGraph, node_key: NodeKey) -> dict[str, list[tuple]]:
    """One document's records under node keys, as rows of each kind (see the module docstring)."""
    filed = file_part(part, node_key)
    document_id = part.document.id
    # A node's own names are those of the entities the document keyed as the node
    # is keyed (as ArticleLinker files them).
    own = {entity.key for entity in part.entities if node_key(entity.key) == entity.key}
    encode_entity, encode_relation = encoder(Entity), encoder(Relation)
    readings = {relation.id: relation for relation in filed.relations if relation.factuality.is_fact}
    rows: dict[str, list[tuple]] = {
        "entities": [(entity.key, document_id, entity.key in own, encode_entity(entity)) for entity in filed.entities],
        "readings": [
            (relation.subject, relation.key, relation.object, *reading_order(relation), encode_relation(relation))
            for relation in readings.values()
        ],
        "articles": [(document_id, encoder(Document)(part.document), filed.headline_event)],
    }
    for kind, records in (("events", filed.events), ("positions", filed.positions), ("quotes", filed.quotes)):
        encode = encoder(RECORDS[kind])
        rows[kind] = [(record_id, encode(record)) for record_id, record in {r.id: r for r in records}.items()]
    return rows


def reading_order(relation: Relation) -> tuple[str, int, int, str, str]:
    """How an edge's readings are ordered: by document, offsets, text, then id."""
    evidence = relation.evidence
    return (evidence.document, evidence.start, evidence.end, relation.text, relation.id)


def nodes(rows: Iterable[tuple]) -> Iterator[tuple[str, tuple]]:
    """Entity rows sorted by node key (and document) to each node's summary, as
    (key, encoded ``Entity``)."""
    decode, encode = decoder(Entity), encoder(Entity)
    for key, group in itertools.groupby(rows, key=GROUP_KEYS["entities"]):
        tally = NodeTally()
        for _key, document_id, own, row in group:
            tally.add(document_id, decode(row), own=own)
        yield key, encode(tally.summary(key))


def edges(rows: Iterable[tuple]) -> Iterator[tuple[tuple[str, str, str], tuple]]:
    """Reading rows sorted by edge (and reading order) to each edge with all its
    readings, as ((subject, predicate key, object), encoded ``Edge``)."""
    decode, encode = decoder(Relation), encoder(Edge)
    for (subject, key, obj), group in itertools.groupby(rows, key=GROUP_KEYS["readings"]):
        readings = tuple(decode(row[-1]) for row in group)
        yield (subject, key, obj), encode(Edge(subject, key, obj, readings))


__all__ = ["GROUP_KEYS", "KINDS", "RECORDS", "SORT_KEYS", "edges", "filed_rows", "nodes", "reading_order"]
