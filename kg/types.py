"""Type aliases and small enums shared by every stage."""

from __future__ import annotations

from enum import Enum

Span = tuple[int, int]
"""A half-open character range ``(start, end)`` into ``Document.text``."""


class EntityType(str, Enum):
    """What kind of thing an entity is; values are ontology class names (``kg:Person``)."""

    PERSON = "Person"
    ORGANIZATION = "Organization"
    COUNTRY = "Country"
    CITY = "City"
    PLACE = "Place"
    FACILITY = "Facility"
    GROUP = "Group"
    EVENT = "Event"
    PRODUCT = "Product"
    WORK = "CreativeWork"
    LAW = "Legislation"
    THING = "Thing"

    def __str__(self) -> str:
        return self.value
