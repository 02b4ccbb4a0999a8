"""Events, positions and quotes in the property-graph view (``kg.export.propgraph``).

- An event is a node keyed ``event/<Event.id>``, labelled ``Event`` and its
  class (``MovementEvent`` ...), with ``key``, ``iri``, ``name`` (the trigger as
  written), ``type`` (its class), ``lemma``, ``eventClass``, ``factuality``,
  ``cue``, ``date``, ``dateEnd``, ``document``, ``evidence``, ``confidence`` and
  ``headline`` (true for the event its article's headline restates). Each
  entity that takes part is the end of a relationship typed by its role
  (``AGENT``, ``PATIENT``, ``THEME``, ``DESTINATION`` ...); whoever reports it is
  the end of ``ATTRIBUTED_TO``. An argument that is no entity is a property
  named after its role (``theme: ["a new bridge"]``); quantities, an entity
  argument's number too, are also listed, aligned, in ``quantityText``,
  ``quantityValue``, ``quantityUnit``, ``quantityQualifier`` and
  ``quantityRole`` (an empty string where a quantity has no value, unit or
  qualifier).
- A position is a node keyed ``position/<Position.id>``, labelled ``Position``,
  with ``name`` (the role as written), ``role``, ``roleKey``, ``status``,
  ``start``, ``end``, ``factuality``, ``document``, ``evidence``, ``confidence``;
  ``(person)-[:HOLDS_POSITION]->(position)-[:POSITION_OF]->(organisation)``.
- A quote is a node keyed ``quote/<Quote.id>``, labelled ``Quote``, with
  ``name`` and ``content`` (what was said), ``speakerText``, ``addresseeText``,
  ``cue``, ``direct``, ``factuality``, ``factualityCue`` (whether the speech was
  given: "will say" is ``planned``), ``date``, ``document``, ``evidence``;
  ``(speaker)-[:SAID]->(quote)-[:SAID_TO]->(addressee)``.

Relationships of this module carry ``id`` and ``key`` (the role, or
``holds position``, ``position of``, ``said``, ``said to``, ``attributed to``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg import iris
from kg.export.propgraph import Node, PropertyValue, Relationship, compact, relationship_type, shared
from kg.graph import EVENT_NODE
from kg.ontology.events import GENERIC_ROLE, ROLES, event_class_name

if TYPE_CHECKING:
    from kg.graph import GraphView
    from kg.records import Event, Evidence, Participant, Position, Quote

EVENT, POSITION, QUOTE = "Event", "Position", "Quote"
POSITION_NODE = "position/"
QUOTE_NODE = "quote/"


def fact_nodes(graph: GraphView) -> Iterator[Node]:
    """Every event, position and quote as a node, each kind in id order (made once
    per graph state in memory: see ``kg.export.propgraph.shared``)."""
    return shared(graph, "propgraph-fact-nodes", _fact_nodes)


def _fact_nodes(graph: GraphView) -> Iterator[Node]:
    # Both in id order: walked side by side, so no set of every headline is held.
    headlines = iter(graph.headline_events())
    headline = next(headlines, None)
    for event in graph.events():
        while headline is not None and headline < event.id:
            headline = next(headlines, None)
        yield event_node(graph.base_iri, event, headline=event.id == headline)
    for position in graph.positions():
        yield position_node(graph.base_iri, position)
    for quote in graph.quotes():
        yield quote_node(graph.base_iri, quote)


def fact_relationships(graph: GraphView) -> Iterator[Relationship]:
    """Every relationship of an event, a position or a quote, in the nodes' order."""
    for event in graph.events():
        yield from event_relationships(event)
    for position in graph.positions():
        key = POSITION_NODE + position.id
        yield _link(position.person, key, "holds position", object_kind=POSITION)
        if position.organisation:
            yield _link(key, position.organisation, "position of", subject_kind=POSITION)
    for quote in graph.quotes():
        if quote.speaker:
            yield _link(quote.speaker, QUOTE_NODE + quote.id, "said", object_kind=QUOTE)
        if quote.addressee:
            yield _link(QUOTE_NODE + quote.id, quote.addressee, "said to", subject_kind=QUOTE)


def event_node(base_iri: str, event: Event, *, headline: bool = False) -> Node:
    class_name = event_class_name(event.event_class)
    properties: dict[str, PropertyValue | None] = {
        "key": EVENT_NODE + event.id,
        "iri": iris.event_iri(base_iri, event.id),
        "name": event.trigger,
        "type": class_name,
        "lemma": event.lemma,
        "eventClass": event.event_class,
        "factuality": event.factuality.value,
        "cue": event.cue,
        "date": event.date,
        "dateEnd": event.date_end,
        **_provenance(event.evidence, event.confidence),
        "headline": True if headline else None,
    }
    literals: dict[str, list[str]] = {}
    quantities: dict[str, list[str]] = {name: [] for name in ("Text", "Value", "Unit", "Qualifier", "Role")}
    # In a fixed order, so that the same event gives the same bytes however its
    # arguments were listed (an event read back from RDF lists them by role).
    for participant in sorted(event.participants, key=_participant_order):
        if participant.entity is None:
            role = participant.role if participant.role in ROLES else GENERIC_ROLE
            literals.setdefault(role, []).append(participant.text)
        # An entity's number too ("more than 2,000 troops": the theme's relationship
        # goes to the troops, the number is listed here with its role).
        quantity = participant.quantity
        if quantity is not None:
            for name, value in (("Text", quantity.text), ("Value", quantity.value), ("Unit", quantity.unit),
                                ("Qualifier", quantity.qualifier), ("Role", participant.role)):
                quantities[name].append(value or "")
    # Role properties follow in a fixed order (sorted), so the same event gives the same bytes.
    properties.update(sorted(literals.items()))
    properties.update({"quantity" + name: values for name, values in quantities.items()})
    return Node(EVENT_NODE + event.id, class_name, compact(properties), kind=EVENT)


def _provenance(evidence: Evidence, confidence: float | None) -> dict[str, PropertyValue | None]:
    """Where an event, position or quote was read: its article, sentence and confidence."""
    return {
        "document": evidence.document,
        "evidence": evidence.sentence,
        "confidence": None if confidence is None else round(confidence, 4),
    }


def _participant_order(participant: Participant) -> tuple[str, str, str]:
    return (participant.role, participant.entity or "", participant.text)


def event_relationships(event: Event) -> Iterator[Relationship]:
    """A relationship per role to each entity that takes part, and to whoever reports it."""
    key = EVENT_NODE + event.id
    seen = set()
    for participant in sorted(event.participants, key=_participant_order):
        if participant.entity is None or (participant.role, participant.entity) in seen:
            continue
        seen.add((participant.role, participant.entity))
        yield _link(key, participant.entity, participant.role, subject_kind=EVENT)
    if event.source:
        yield _link(key, event.source, "attributed to", subject_kind=EVENT)


def position_node(base_iri: str, position: Position) -> Node:
    properties: dict[str, PropertyValue | None] = {
        "key": POSITION_NODE + position.id,
        "iri": iris.position_iri(base_iri, position.id),
        "name": position.role,
        "type": POSITION,
        "role": position.role,
        "roleKey": position.role_key,
        "status": position.status,
        "start": position.start,
        "end": position.end,
        "factuality": position.factuality.value,
        **_provenance(position.evidence, position.confidence),
    }
    return Node(POSITION_NODE + position.id, POSITION, compact(properties), kind=POSITION)


def quote_node(base_iri: str, quote: Quote) -> Node:
    properties: dict[str, PropertyValue | None] = {
        "key": QUOTE_NODE + quote.id,
        "iri": iris.quote_iri(base_iri, quote.id),
        "name": quote.content,
        "type": QUOTE,
        "content": quote.content,
        "speakerText": quote.speaker_text,
        "addresseeText": quote.addressee_text or None,
        "cue": quote.cue,
        "direct": quote.direct,
        "factuality": quote.factuality.value,
        "factualityCue": quote.factuality_cue,
        "date": quote.date,
        **_provenance(quote.evidence, None),
    }
    return Node(QUOTE_NODE + quote.id, QUOTE, compact(properties), kind=QUOTE)


def _link(
    subject: str, obj: str, key: str, *, subject_kind: str = "Entity", object_kind: str = "Entity"
) -> Relationship:
    """A relationship of an event, position or quote. Its id is the event's,
    position's or quote's key, the type and, from an event, the entity it points
    to: stable, and one per role and entity."""
    kind = relationship_type(key)
    if subject_kind == "Entity":
        identifier = f"{obj}/{kind.lower()}"
    else:
        identifier = f"{subject}/{kind.lower()}" + (f"/{obj}" if subject_kind == EVENT else "")
    return Relationship(identifier, subject, obj, kind, {"id": identifier, "key": key},
                        subject_kind=subject_kind, object_kind=object_kind)
