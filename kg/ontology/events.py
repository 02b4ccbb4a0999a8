"""The vocabulary of events, roles, factuality, positions and quotes, for code.

The event extractor classifies each event into one of ``EVENT_CLASSES`` and
gives each argument one of ``ROLES``; the exporters name them by the ontology
terms these tables give (``kg.ttl`` defines each, aligned with schema.org and
SEM, the Simple Event Model).

>>> event_class_name("movement"), role_name("agent"), factuality_name(Factuality.PLANNED)
('MovementEvent', 'agent', 'Planned')
"""

from __future__ import annotations

from kg.types import Factuality

EVENT_CLASSES: dict[str, str] = {
    "meeting": "MeetingEvent",
    "statement": "StatementEvent",
    "movement": "MovementEvent",
    "transaction": "TransactionEvent",
    "appointment": "AppointmentEvent",
    "resignation": "ResignationEvent",
    "election": "ElectionEvent",
    "conflict": "ConflictEvent",
    "agreement": "AgreementEvent",
    "legal": "LegalEvent",
    "change": "ChangeEvent",
    "performance": "PerformanceEvent",
    "creation": "CreationEvent",
    "request": "RequestEvent",
    "other": "OtherEvent",
}
"""The news classes of events (``Event.event_class``) and their ontology classes (``kg:MeetingEvent`` ...):

- meeting: talks, visits, summits ("Cavusoglu met Blinken");
- statement: saying, announcing, warning, denying ("the ministry said");
- movement: deployments, withdrawals, travel, transport ("sent troops to Kazakhstan");
- transaction: buying, selling, paying, investing, lending ("bought a stake");
- appointment: appointing, naming, hiring, nominating ("named him coach");
- resignation: resigning, dismissal, sacking, retiring ("Wray resigned");
- election: elections, votes, referendums ("won the seat");
- conflict: attacks, clashes, killings, arrests ("protesters stormed buildings");
- agreement: deals, treaties, ceasefires, settlements ("signed a deal");
- legal: charges, trials, verdicts, lawsuits, bans ("was charged with");
- change: a value rising or falling ("raised interest rates to 5.5%");
- performance: matches, results, releases, shows ("beat France");
- creation: founding, launching, building, writing ("launched a new chip");
- request: asking, appealing, demanding ("requested assistance");
- other: any other happening.
"""

ROLES: dict[str, str] = {
    "agent": "agent",
    "patient": "patient",
    "theme": "theme",
    "recipient": "recipient",
    "beneficiary": "beneficiary",
    "instrument": "instrument",
    "place": "place",
    "time": "time",
    "source": "source",
    "destination": "destination",
    "opponent": "opponent",
    "topic": "topic",
    "reason": "reason",
    "quantity": "quantity",
}
"""The roles of an event's arguments (``Participant.role``) and their ontology properties (``kg:agent`` ...):
who does it (agent), to whom or what (patient: affected; theme: moved, said or
changed), for whom (recipient, beneficiary), with what (instrument), where
(place; source: from; destination: to), when (time), against whom (opponent),
about what (topic), why (reason) and how much (quantity)."""

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
