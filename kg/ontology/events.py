"""The vocabulary of events, roles, factuality, positions and quotes, for code.

The event extractor classifies each event into one of ``EVENT_CLASSES`` and
gives each argument one of ``ROLES``; the exporters name them by the ontology
terms these tables give (``kg.ttl`` defines each, aligned with schema.org and
SEM, the Simple Event Model). The two tables are defined once, in ``kg.types``
(the core every stage may import), so that the lexicon's loader checks the
event word lists (``kg.lexicon.events``) against the very classes and roles
the ontology names; this module re-exports them with the names of their terms.

>>> event_class_name("movement"), role_name("agent"), factuality_name(Factuality.PLANNED)
('MovementEvent', 'agent', 'Planned')
"""

from __future__ import annotations

from kg.types import EVENT_CLASSES, ROLES, Factuality

GENERIC_ROLE = "participant"
"""The property every role specialises, and the one an unknown role is written with."""

FACTUALITIES: dict[Factuality, str] = {
    Factuality.ASSERTED: "Asserted",
    Factuality.REPORTED: "Reported",
    Factuality.PLANNED: "Planned",
    Factuality.POSSIBLE: "Possible",
    Factuality.NEGATED: "Negated",
    Factuality.DENIED: "Denied",
    Factuality.SPECULATED: "Speculated",
    Factuality.QUESTIONED: "Questioned",
}
"""Each factuality and its named individual (``kg:Asserted`` ...), of class ``kg:Factuality``."""

POSITION_STATUSES = ("current", "former", "future")
"""``Position.status`` values, written as they are (``kg:status``)."""


def event_class_name(event_class: str) -> str:
    """The ontology class of an event class; ``OtherEvent`` for one not in ``EVENT_CLASSES``."""
    return EVENT_CLASSES.get(event_class, EVENT_CLASSES["other"])


def role_name(role: str) -> str:
    """The ontology property of a role; ``participant`` for one not in ``ROLES``."""
    return ROLES.get(role, GENERIC_ROLE)


def factuality_name(factuality: Factuality) -> str:
    """The local name of a factuality's individual."""
    return FACTUALITIES[factuality]


__all__ = [
    "EVENT_CLASSES",
    "FACTUALITIES",
    "GENERIC_ROLE",
    "POSITION_STATUSES",
    "ROLES",
    "event_class_name",
    "factuality_name",
    "role_name",
]
