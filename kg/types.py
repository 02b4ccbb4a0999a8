"""Type aliases, small enums and the event vocabulary shared by every stage.

``EVENT_CLASSES`` and ``ROLES`` are the one list of event classes and roles:
the extractor's word tables are checked against them (``kg.lexicon.events``)
and the exporters write them as the ontology's terms (``kg.ontology.events``,
``kg.ttl``), so the two can never disagree.
"""

from __future__ import annotations

from enum import StrEnum

Span = tuple[int, int]
"""A half-open character range ``(start, end)`` into ``Document.text``."""

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
"""The news classes of events (``Event.event_class``; those of ``benchmarks/gold/README.md``)
and their ontology classes (``kg:MeetingEvent`` ...):

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
    "duration": "duration",
    "source": "source",
    "destination": "destination",
    "opponent": "opponent",
    "topic": "topic",
    "reason": "reason",
    "quantity": "quantity",
    "owner": "owner",
    "new_value": "newValue",
    "old_value": "oldValue",
    "difference": "difference",
    "attribute": "attribute",
}
"""The roles of an event's arguments (``Participant.role``) and their ontology properties (``kg:agent`` ...):
who does it (agent), to whom or what (patient: affected; theme: moved, said or
changed), for whom (recipient, beneficiary), with what (instrument), where
(place; source: from; destination: to), when (time), how long (duration: "for three
years"), against whom (opponent),
about what (topic), why (reason) and how much (quantity). A change of a value
also says whose value it is (owner: "TimeWarner" of "profits at TimeWarner
jumped") and gives its amounts apart: the value it reached (new_value: "to
$1.13bn"), the one it left (old_value: "from £125m") and by how much it moved
(difference: "76%", "by 4.3%"), each a quantity too. An appointment or a vote
also says what the participant was named, elected or voted (attribute: "best
supporting actress" in "Madsen was named best supporting actress", "captain" in
"Gerrard was named (as) captain"), and a verb of describing what it says its object
is (attribute: "inadequate" in "dismissed the offer as inadequate")."""


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
