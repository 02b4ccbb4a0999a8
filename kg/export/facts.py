"""The RDF export's triples of events, positions and quotes.

Each lives in the named graph of the article it was read from and carries the
provenance every extraction carries (``kg.export.rdfterms.provenance``) and
its factuality (``kg:factuality kg:Planned`` ...).

- An event ``<base>event/<id>`` is a ``kg:Event`` and an instance of its class
  (``kg:MovementEvent`` ...), with ``kg:trigger``, ``kg:triggerLemma``,
  ``kg:eventClass``, the trigger's offsets, ``kg:eventDate``/``kg:eventDateEnd``,
  ``kg:attributedTo`` its source and ``kg:factualityCue``. Each argument is the
  object of its role property (``kg:agent``, ``kg:destination`` ...): an entity,
  or, for an argument that is no entity, a node
  ``<base>value/<event id>-<role>-<hash of its words>``: a ``kg:Quantity``
  (``kg:text``, ``rdf:value`` as an ``xsd:decimal``, ``kg:unit``,
  ``kg:qualifier``, ``kg:head``) or a ``kg:Description`` (``rdfs:label`` the phrase,
  ``kg:head`` its head noun). An entity argument that comes with a number
  ("sent more than 2,000 troops": the troops) is the object of its role, and
  its number a ``kg:Quantity`` of the event's ``kg:quantity`` that is
  ``kg:quantityOf`` the entity (its IRI minted from the entity's role). No
  blank nodes, so every export format and every store keeps the same IRIs.
- A position ``<base>position/<id>`` is a ``kg:Position``: ``kg:holder``,
  ``kg:role``, ``kg:roleKey``, ``kg:positionOf``, ``kg:status``,
  ``kg:startDate``/``kg:endDate`` (as precise as the text: ``xsd:date``,
  ``xsd:gYearMonth`` or ``xsd:gYear``).
- A quote ``<base>quote/<id>`` is a ``kg:Quote``: ``kg:speaker`` (where an
  entity is named), ``kg:speakerText``, ``kg:addressee`` and
  ``kg:addresseeText`` (whom it was said to, where the text says),
  ``kg:cue``, ``kg:content``, ``kg:direct``, the content's offsets,
  ``kg:eventDate``, and ``kg:factuality`` with its ``kg:factualityCue``
  (whether the speech was given: "will say" is ``kg:Planned``). A speaker leads to what they said by ``?quote kg:speaker
  ?speaker``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg import iris
from kg.export.rdfterms import Nodes, Triple, provenance, vocabulary

if TYPE_CHECKING:
    from kg.graph import GraphView
    from kg.records import Event, Participant, Position, Quote


def fact_triples(graph: GraphView, nodes: Nodes, extractor: ox.Literal) -> Iterator[tuple[Triple, str | None]]:
    """Every triple of the graph's events, positions and quotes, with its document's id."""
    for event in graph.events():
        for triple in event_triples(event, nodes, extractor):
            yield triple, event.document
    for position in graph.positions():
        for triple in position_triples(position, nodes, extractor):
            yield triple, position.evidence.document
    for quote in graph.quotes():
        for triple in quote_triples(quote, nodes, extractor):
            yield triple, quote.evidence.document


def event_triples(event: Event, nodes: Nodes, extractor: ox.Literal) -> Iterator[Triple]:
    v, literal = vocabulary(), ox.Literal
    node = ox.NamedNode(iris.event_iri(nodes.base, event.id))
    yield (node, v.type, v.kg_Event)
    yield (node, v.type, v.event_classes.get(event.event_class, v.event_classes["other"]))
    yield (node, v.kg_trigger, literal(event.trigger))
    yield (node, v.kg_triggerLemma, literal(event.lemma))
    yield (node, v.kg_eventClass, literal(event.event_class))
    yield (node, v.kg_triggerStart, v.integer(event.trigger_start))
    yield (node, v.kg_triggerEnd, v.integer(event.trigger_end))
    yield (node, v.kg_factuality, v.factualities[event.factuality])
    yield from provenance(node, nodes, event.evidence, event.confidence, extractor)
    if event.date:
        yield (node, v.kg_eventDate, v.date(event.date))
        if event.date_end:
            yield (node, v.kg_eventDateEnd, v.date(event.date_end))
    if event.source:
        yield (node, v.kg_attributedTo, nodes.entity(event.source))
    if event.cue:
        yield (node, v.kg_factualityCue, literal(event.cue))
    for participant in event.participants:
        role = v.roles.get(participant.role, v.generic_role)
        if participant.entity is None:
            value = ox.NamedNode(iris.value_iri(nodes.base, event.id, participant.role, participant.text))
            yield (node, role, value)
            yield from _value_triples(value, participant)
            continue
        yield (node, role, nodes.entity(participant.entity))
        if participant.quantity is not None:
            # "sent more than 2,000 troops": the troops are the theme, and the
            # event's quantity is 2,000 of them (its IRI minted from the role and its words).
            value = ox.NamedNode(iris.value_iri(nodes.base, event.id, participant.role, participant.quantity.text))
            yield (node, v.roles["quantity"], value)
            yield from _value_triples(value, participant)
            yield (value, v.kg_quantityOf, nodes.entity(participant.entity))


def _value_triples(node: ox.NamedNode, participant: Participant) -> Iterator[Triple]:
    """An argument that is no entity: a quantity, or a description of it in the article's words."""
    v, literal = vocabulary(), ox.Literal
    quantity = participant.quantity
    if quantity is not None:
        yield (node, v.type, v.kg_Quantity)
        yield (node, v.kg_text, literal(quantity.text))
        if quantity.value is not None:
            yield (node, v.value, v.decimal(quantity.value))
        if quantity.unit:
            yield (node, v.kg_unit, literal(quantity.unit))
        if quantity.qualifier:
            yield (node, v.kg_qualifier, literal(quantity.qualifier))
        if participant.head:
            yield (node, v.kg_head, literal(participant.head))
        return
    yield (node, v.type, v.kg_Description)
    yield (node, v.label, literal(participant.text))
    if participant.head:
        yield (node, v.kg_head, literal(participant.head))


def position_triples(position: Position, nodes: Nodes, extractor: ox.Literal) -> Iterator[Triple]:
    v, literal = vocabulary(), ox.Literal
    node = ox.NamedNode(iris.position_iri(nodes.base, position.id))
    yield (node, v.type, v.kg_Position)
    yield (node, v.kg_holder, nodes.entity(position.person))
    yield (node, v.kg_role, literal(position.role))
    yield (node, v.kg_roleKey, literal(position.role_key))
    yield (node, v.kg_status, literal(position.status))
    yield (node, v.kg_factuality, v.factualities[position.factuality])
    yield from provenance(node, nodes, position.evidence, position.confidence, extractor)
    if position.organisation:
        yield (node, v.kg_positionOf, nodes.entity(position.organisation))
    if position.start:
        yield (node, v.kg_startDate, v.date(position.start))
    if position.end:
        yield (node, v.kg_endDate, v.date(position.end))


def quote_triples(quote: Quote, nodes: Nodes, extractor: ox.Literal) -> Iterator[Triple]:
    v, literal = vocabulary(), ox.Literal
    node = ox.NamedNode(iris.quote_iri(nodes.base, quote.id))
    yield (node, v.type, v.kg_Quote)
    yield (node, v.kg_speakerText, literal(quote.speaker_text))
    yield (node, v.kg_cue, literal(quote.cue))
    yield (node, v.kg_content, literal(quote.content))
    yield (node, v.kg_direct, literal("true" if quote.direct else "false", datatype=v.xsd_boolean))
    yield (node, v.kg_contentStart, v.integer(quote.content_start))
    yield (node, v.kg_contentEnd, v.integer(quote.content_end))
    yield (node, v.kg_factuality, v.factualities[quote.factuality])  # "will say": a speech not yet given
    # Quotes carry no confidence of their own (``Quote`` has none).
    yield from provenance(node, nodes, quote.evidence, None, extractor)
    if quote.speaker:
        yield (node, v.kg_speaker, nodes.entity(quote.speaker))
    if quote.addressee:
        yield (node, v.kg_addressee, nodes.entity(quote.addressee))
    if quote.addressee_text:
        yield (node, v.kg_addresseeText, literal(quote.addressee_text))
    if quote.date:
        yield (node, v.kg_eventDate, v.date(quote.date))
    if quote.factuality_cue:
        yield (node, v.kg_factualityCue, literal(quote.factuality_cue))
