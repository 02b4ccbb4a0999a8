"""Typed records that cross stage boundaries.

Every stage is a function from these records to these records. spaCy objects
never leave ``kg.nlp``/``kg.extract``: positions are character offsets into
``Document.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.records.base import Argument, Document, Edge, Entity, Evidence, Mention, PlaceLink, Proposition, Relation
from kg.records.events import Event, EventArgument, EventMention, Participant, Quantity
from kg.records.statements import Position, Quote, RoleReading, SpeechReading
from kg.types import Span

__all__ = [
    "Argument", "Document", "DocumentGraph", "Edge", "Entity", "Event", "EventArgument", "EventMention", "Evidence",
    "Extraction", "Filing", "Mention", "Participant", "PlaceLink", "Position", "Proposition", "Quantity", "Quote",
    "Relation", "RoleReading", "SpeechReading",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Extraction:
    """What ``kg.extract`` found in one document."""

    document: Document
    sentences: tuple[Span, ...]
    mentions: tuple[Mention, ...]
    propositions: tuple[Proposition, ...]
    times: tuple[Span, ...] = ()
    """Spans of date and time expressions ("on Tuesday", "January 2"), in text order."""
    events: tuple[EventMention, ...] = ()
    """Events stated in the body, in text order."""
    headline: tuple[EventMention, ...] = ()
    """Events stated in ``Document.title``; their offsets point into the title, not the text."""
    roles: tuple[RoleReading, ...] = ()
    """Roles and memberships the text gives people, in text order."""
    speech: tuple[SpeechReading, ...] = ()
    """Direct and indirect speech, in text order."""
    rejected: tuple[tuple[str, int], ...] = ()
    """NER spans that do not look like names, counted by the rule that rejected them
    (``kg.extract.namelike.RULES``), in the rules' order."""
    context: tuple[str, ...] = ()
    """What kind of report the article is, for the rules that read names by it:
    ``("sport",)`` and the sports it reports on (``kg.extract.cues.sport_context``)."""


@dataclass(frozen=True, slots=True)
class DocumentGraph:
    """The resolved entities, relations, events, positions and quotes of one
    document: the unit that is cached and merged into the ``KnowledgeGraph``.

    Attributes:
        document: The article.
        entities: Its entities, by key.
        relations: Plain entity-to-entity edges (asserted or reported only).
        warnings: What went wrong but did not stop the document.
        events: What it reports as happening, with every factuality.
        positions: Roles people hold.
        quotes: Direct and indirect speech.
        headline_event: ``Event.id`` of the body event the headline restates
            (the article's own story), if one does.
        rejected: NER spans rejected as names, by rule (see ``Extraction.rejected``).
    """

    document: Document
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    warnings: tuple[str, ...] = field(default=())
    events: tuple[Event, ...] = ()
    positions: tuple[Position, ...] = ()
    quotes: tuple[Quote, ...] = ()
    headline_event: str | None = None
    rejected: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Filing:
    """What the cross-article linker (``kg.resolve.across.ArticleLinker``) hands the graph to
    store after a document came or went: the graph stores it as given.

    Attributes:
        parts: Each document whose filing changed, by id, in id order, with its
            part under node keys (``None``: the document is gone).
        nodes: Each node whose summary changed, by key, in key order, with its
            summary (label, type, aliases, mentions, documents, place; ``None``: no
            document names it any more).
    """

    parts: tuple[tuple[str, DocumentGraph | None], ...] = ()
    nodes: tuple[tuple[str, Entity | None], ...] = ()
