"""One document's part under node keys: what the linker files in the graph.

``file_part(part, node_key)`` rewrites every key a document's records hold
(entities, relation ends and sources, event participants and sources, position
holders and organisations, quote speakers and addressees) through ``node_key``, the
cross-article mapping of ``kg.resolve.across.ArticleLinker``. Entities of the document
that turned out to be one node are merged into one, named by the fullest of
their names (``kg.resolve.vote``); a relation whose two ends became one node is
dropped (a loop says nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from kg.records import DocumentGraph, Entity, Event, Position, Quote, Relation
from kg.resolve.vote import name_rank

NodeKey = Callable[[str], str]
"""Maps a document-level entity key to its node key."""


def file_part(part: DocumentGraph, node_key: NodeKey) -> DocumentGraph:
    """``part`` with every entity key mapped to its node key (``part`` itself when
    nothing changes, so that the graph shares the records)."""
    merged: dict[str, list[Entity]] = {}
    for entity in part.entities:
        merged.setdefault(node_key(entity.key), []).append(entity)
    entities = tuple(merge_entities(key, group) for key, group in sorted(merged.items()))
    relations = tuple(
        filed for relation in part.relations if (filed := _relation(relation, node_key)) is not None
    )
    events = tuple(_event(event, node_key) for event in part.events)
    positions = tuple(_position(position, node_key) for position in part.positions)
    quotes = tuple(_quote(quote, node_key) for quote in part.quotes)
    if (
        entities == part.entities
        and _same(relations, part.relations)
        and _same(events, part.events)
        and _same(positions, part.positions)
        and _same(quotes, part.quotes)
    ):
        return part
    return replace(part, entities=entities, relations=relations, events=events, positions=positions, quotes=quotes)


def merge_entities(key: str, entities: list[Entity]) -> Entity:
    """One document's entities that turned out to be one node: the fullest name is
    the label, the others aliases; mentions add up."""
    if len(entities) == 1:
        return entities[0] if entities[0].key == key else replace(entities[0], key=key)
    best = min(entities, key=lambda entity: name_rank(entity.label, entity.mentions))
    aliases = {name for entity in entities for name in (entity.label, *entity.aliases)} - {best.label}
    return Entity(
        key=key,
        label=best.label,
        type=best.type,
        aliases=tuple(sorted(aliases)),
        mentions=sum(entity.mentions for entity in entities),
        documents=tuple(sorted({document for entity in entities for document in entity.documents})),
        place=next((entity.place for entity in entities if entity.place is not None), None),
        described=all(entity.described for entity in entities),  # a name makes the node named
    )


def _same(new: tuple, old: tuple) -> bool:
    return len(new) == len(old) and all(a is b for a, b in zip(new, old))


def _optional(key: str | None, node_key: NodeKey) -> str | None:
    return None if key is None else node_key(key)


def _relation(relation: Relation, node_key: NodeKey) -> Relation | None:
    subject, obj = node_key(relation.subject), node_key(relation.object)
    if subject == obj:
        return None
    attributed = _optional(relation.attributed_to, node_key)
    if (subject, obj, attributed) == (relation.subject, relation.object, relation.attributed_to):
        return relation
    return replace(relation, subject=subject, object=obj, attributed_to=attributed)


def _event(event: Event, node_key: NodeKey) -> Event:
    participants = tuple(
        participant if participant.entity is None or node_key(participant.entity) == participant.entity
        else replace(participant, entity=node_key(participant.entity))
        for participant in event.participants
    )
    source = _optional(event.source, node_key)
    if source == event.source and _same(participants, event.participants):
        return event
    return replace(event, participants=participants, source=source)


def _position(position: Position, node_key: NodeKey) -> Position:
    person, organisation = node_key(position.person), _optional(position.organisation, node_key)
    if (person, organisation) == (position.person, position.organisation):
        return position
    return replace(position, person=person, organisation=organisation)


def _quote(quote: Quote, node_key: NodeKey) -> Quote:
    speaker, addressee = _optional(quote.speaker, node_key), _optional(quote.addressee, node_key)
    if (speaker, addressee) == (quote.speaker, quote.addressee):
        return quote
    return replace(quote, speaker=speaker, addressee=addressee)


__all__ = ["NodeKey", "file_part", "merge_entities"]
