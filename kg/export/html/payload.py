"""The page's data: everything its script needs, as plain JSON-able values.

No HTML anywhere: names, sentences and titles stay strings that the script
shows as text. Evidence sentences are stored once in ``sentences`` and referred
to by index (a sentence often carries several relations and an event), fields
that are empty are left out, and keys are sorted when the page is written, so
the same content gives the same bytes.

The vis-network nodes and edges are made by the page's script from these
records: it restyles them itself (colour by type or community, size by
mentions, links or articles, fading around a focus), so shipping them ready-made
would only double the page.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from kg.export.html.content import PageContent
from kg.export.html.layout import choose_layout, communities, link_graph, static_positions, vis_options
from kg.iris import document_iri, entity_iri
from kg.types import EntityType, Factuality

if TYPE_CHECKING:
    from kg.records import Document, Edge, Entity, Event, Evidence, Position, Quote, Relation

# Distinct on white and for the common colour-vision deficiencies (Okabe-Ito first).
TYPE_COLOURS: dict[EntityType, str] = {
    EntityType.PERSON: "#0072B2",
    EntityType.ORGANIZATION: "#D55E00",
    EntityType.SPORTS_TEAM: "#E377C2",
    EntityType.COUNTRY: "#009E73",
    EntityType.CITY: "#56B4E9",
    EntityType.PLACE: "#66A61E",
    EntityType.FACILITY: "#8C564B",
    EntityType.GROUP: "#CC79A7",
    EntityType.EVENT: "#E69F00",
    EntityType.PRODUCT: "#7570B3",
    EntityType.WORK: "#B8860B",
    EntityType.LAW: "#17BECF",
    EntityType.THING: "#7F7F7F",
}
EVENT_NODE_COLOUR = "#F0C419"
"""Fill of an event node (a diamond) when colouring by type; events that are not
facts (planned, denied ...) are drawn grey and dashed whatever the colouring."""
EVENT_PREFIX = "event/"
"""Node ids of events on the page: ``event/<Event.id>``, apart from entity keys."""


def event_node(event_id: str) -> str:
    """The page's node id of an event.

    >>> event_node("0123abcd")
    'event/0123abcd'
    """
    return EVENT_PREFIX + event_id


def build_payload(
    content: PageContent,
    *,
    title: str,
    layout: str,
    size_by: str,
    colour_by: str,
    focus: str | None = None,
    steps: int = 1,
) -> dict[str, Any]:
    """Everything the page's script needs, for ``content`` shown with these options
    (``layout`` may be ``auto``: see ``layout.choose_layout``)."""
    sentences = _Sentences()
    links = _links(content)
    degree: Counter[str] = Counter(node for pair in links for node in pair)
    entities = {entity.key: entity for entity in content.entities}
    importance = {key: (-degree[key], -entity.mentions) for key, entity in entities.items()}
    nxg = link_graph([*entities, *(event_node(event.id) for event in content.events)], links)
    groups = communities(nxg, {key: entity.label for key, entity in entities.items()}, importance)
    community = {node: group.number for group in groups for node in group.members}
    layout = choose_layout(layout, nxg.number_of_nodes())
    positions = static_positions(nxg, groups) if layout == "static" else {}

    def placed(node: str, data: dict[str, Any]) -> dict[str, Any]:
        if node in community:
            data["community"] = community[node]
        if node in positions:
            data["x"], data["y"] = positions[node]
        return data

    return {
        "title": title,
        "layout": layout,
        "sizeBy": size_by,
        "colourBy": colour_by,
        "focus": focus,
        "steps": steps,
        "options": vis_options(nxg.number_of_nodes(), layout=layout),
        "types": _types(content.entities),
        "eventColour": EVENT_NODE_COLOUR,
        "relations": _counted(edge.key for edge in content.edges),
        "factualities": _factualities(content),
        "communities": [
            {"number": group.number, "label": group.label, "colour": group.colour, "size": len(group.members)}
            for group in groups
        ],
        "documents": {document.id: _document_data(content.base_iri, document) for document in content.documents},
        "entities": {
            key: placed(key, _entity_data(content.base_iri, entity, degree[key])) for key, entity in entities.items()
        },
        "edges": {edge.id: _edge_data(edge, sentences) for edge in content.edges},
        "events": {
            event.id: placed(event_node(event.id), _event_data(event, entities, sentences)) for event in content.events
        },
        "positions": {
            position.id: _position_data(position, entities, sentences)
            for position in content.positions
            if position.person in entities
        },
        "quotes": {quote.id: _quote_data(quote, entities, sentences) for quote in content.quotes},
        "sentences": sentences.texts,
    }


class _Sentences:
    """Each evidence sentence once, numbered in the order first met."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self._numbers: dict[str, int] = {}

    def number(self, evidence: Evidence) -> int:
        number = self._numbers.get(evidence.sentence)
        if number is None:
            number = self._numbers[evidence.sentence] = len(self.texts)
            self.texts.append(evidence.sentence)
        return number


def _links(content: PageContent) -> list[tuple[str, str]]:
    """Every link the page draws, as (node, node): relations, positions with an
    organisation, and each event's role edges to the entities taking part."""
    keys = {entity.key for entity in content.entities}
    links = [(edge.subject, edge.object) for edge in content.edges]
    links += [
        (position.person, position.organisation)
        for position in content.positions
        if position.person in keys and position.organisation in keys
    ]
    for event in content.events:
        node = event_node(event.id)
        links += [(participant.entity, node) for participant in event.participants if participant.entity in keys]
    return links


def _compact(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` without its empty fields (None, False, empty lists): the page reads a
    missing field as empty, and 20,000 entities' worth of nulls is weight for nothing."""
    return {key: value for key, value in data.items() if value is not None and value is not False and value != []}


def _counted(names) -> list[dict[str, Any]]:
    counts = Counter(names)
    return [{"name": name, "count": count} for name, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def _types(entities: tuple[Entity, ...]) -> list[dict[str, Any]]:
    counts = Counter(entity.type for entity in entities)
    return [
        {"name": entity_type.value, "colour": TYPE_COLOURS[entity_type], "count": counts[entity_type]}
        for entity_type in EntityType
        if counts[entity_type]
    ]


def _factualities(content: PageContent) -> list[dict[str, Any]]:
    """How many statements of each factuality the page holds, in ``Factuality`` order."""
    counts = Counter(reading.factuality for edge in content.edges for reading in edge.readings)
    counts.update(event.factuality for event in content.events)
    counts.update(position.factuality for position in content.positions)
    counts.update(quote.factuality for quote in content.quotes)
    return [
        {"name": factuality.value, "count": counts[factuality], "fact": factuality.is_fact}
        for factuality in Factuality
        if counts[factuality]
    ]


def _entity_data(base_iri: str, entity: Entity, degree: int) -> dict[str, Any]:
    return _compact({
        "label": entity.label,
        "type": entity.type.value,
        "aliases": list(entity.aliases),
        "mentions": entity.mentions,
        "degree": degree,
        "documents": list(entity.documents),
        "iri": entity_iri(base_iri, entity.key),
        "described": entity.described,
    })


def _edge_data(edge: Edge, sentences: _Sentences) -> dict[str, Any]:
    return {
        "from": edge.subject,
        "to": edge.object,
        "key": edge.key,
        "confidence": edge.confidence,
        "readings": [_reading_data(reading, sentences) for reading in edge.readings],
    }


def _reading_data(relation: Relation, sentences: _Sentences) -> dict[str, Any]:
    return _compact({
        "text": relation.text,
        "confidence": relation.confidence,
        "date": relation.date,
        "dateEnd": relation.date_end,
        "attributedTo": relation.attributed_to,
        "factuality": relation.factuality.value,
        "event": relation.event,
        **_evidence_data(relation.evidence, sentences),
    })


def _evidence_data(evidence: Evidence, sentences: _Sentences) -> dict[str, Any]:
    return {
        "document": evidence.document,
        "sentence": sentences.number(evidence),
        "start": evidence.start,
        "end": evidence.end,
    }


def _event_data(event: Event, entities: dict[str, Entity], sentences: _Sentences) -> dict[str, Any]:
    participants = [
        _compact({
            "role": participant.role,
            "text": participant.text,
            # A participant whose entity is not on the page is shown as the words it was.
            "entity": participant.entity if participant.entity in entities else None,
            "head": participant.head,
            "quantity": _compact({
                "text": participant.quantity.text,
                "value": participant.quantity.value,
                "unit": participant.quantity.unit,
                "qualifier": participant.quantity.qualifier,
            }) if participant.quantity else None,
        })
        for participant in event.participants
    ]
    return _compact({
        "trigger": event.trigger,
        "lemma": event.lemma,
        "class": event.event_class,
        "participants": participants,
        "factuality": event.factuality.value,
        "confidence": event.confidence,
        "date": event.date,
        "dateEnd": event.date_end,
        "source": event.source if event.source in entities else None,
        "cue": event.cue,
        **_evidence_data(event.evidence, sentences),
    })


def _position_data(position: Position, entities: dict[str, Entity], sentences: _Sentences) -> dict[str, Any]:
    return _compact({
        "person": position.person,
        "role": position.role,
        "roleKey": position.role_key,
        "organisation": position.organisation if position.organisation in entities else None,
        "status": position.status,
        "start": position.start,
        "end": position.end,
        "factuality": position.factuality.value,
        "confidence": position.confidence,
        **_evidence_data(position.evidence, sentences),
    })


def _quote_data(quote: Quote, entities: dict[str, Entity], sentences: _Sentences) -> dict[str, Any]:
    return _compact({
        "speaker": quote.speaker if quote.speaker in entities else None,
        "speakerText": quote.speaker_text,
        "addressee": quote.addressee if quote.addressee in entities else None,
        "addresseeText": quote.addressee_text or None,
        "cue": quote.cue,
        "content": quote.content,
        "direct": quote.direct,
        "factuality": quote.factuality.value,
        "date": quote.date,
        **_evidence_data(quote.evidence, sentences),
    })


def _document_data(base_iri: str, document: Document) -> dict[str, Any]:
    return _compact({
        "title": document.title,
        "date": document.date,
        "source": document.source or None,
        "iri": document_iri(base_iri, document.id),
    })
