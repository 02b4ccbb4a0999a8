"""Type aliases and small enums shared by every stage."""

from __future__ import annotations

from enum import StrEnum

Span = tuple[int, int]
"""A half-open character range ``(start, end)`` into ``Document.text``."""


class EntityType(StrEnum):
    """What kind of thing an entity is; values are ontology class names (``kg:Person``)."""

    PERSON = "Person"
    ORGANIZATION = "Organization"
    SPORTS_TEAM = "SportsTeam"
    COUNTRY = "Country"
    CITY = "City"
    PLACE = "Place"
    FACILITY = "Facility"
    GROUP = "Group"
    EVENT = "NamedEvent"
    """An event referred to as a thing, by name ("the Olympics") or description ("the
    unrest"): ``kg:NamedEvent``. Reported happenings are ``kg.records.Event``
    records, of class ``kg:Event``."""
    PRODUCT = "Product"
    WORK = "CreativeWork"
    LAW = "Legislation"
    THING = "Thing"


class Factuality(StrEnum):
    """How sure the text is that a statement holds (in the spirit of FactBank).

    Only ``ASSERTED`` and ``REPORTED`` statements become plain entity-to-entity
    edges; the others stay events that carry their factuality.
    """

    ASSERTED = "asserted"
    """The article states it happened or is the case."""
    REPORTED = "reported"
    """Stated as fact by someone the article names ("the ministry said ...")."""
    PLANNED = "planned"
    """Intended, scheduled or announced for the future ("plans to", "will meet")."""
    POSSIBLE = "possible"
    """Could happen: modals, conditionals, expectations, predictions."""
    NEGATED = "negated"
    """The text says it did not or will not happen."""
    DENIED = "denied"
    """Someone denies it."""
    SPECULATED = "speculated"
    """Rumour, speculation, claims, allegations ("is thought to")."""
    QUESTIONED = "questioned"
    """Asked as a question, or put in doubt ("whether")."""

    @property
    def is_fact(self) -> bool:
        return self in (Factuality.ASSERTED, Factuality.REPORTED)
