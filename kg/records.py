"""Typed records that cross stage boundaries.

Every stage is a function from these records to these records. spaCy objects
never leave ``kg.nlp``/``kg.extract``: positions are character offsets into
``Document.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.ids import short_hash
from kg.types import EntityType, Factuality, Span


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read from disk (or stdin), before any NLP.

    Attributes:
        id: Stable identifier, safe for IRIs (``[A-Za-z0-9_.-]``).
        text: The article body that offsets point into (header line removed).
        title: Headline, when the source gives one.
        date: Publication date as ``YYYY-MM-DD``, when known.
        source: Where it came from, as given by the caller (relative paths stay relative).
        meta: Extra key/value pairs from the source (byline, credits ...).
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str = ""
    meta: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text that names or describes an entity.

    Attributes:
        start: Character offset of the name (title words excluded) in ``Document.text``.
        end: End offset, exclusive.
        text: The name as written, e.g. ``"Kassym-Jomart Tokayev"``.
        type: The type this mention alone suggests.
        sentence: Index of the sentence the mention is in.
        titles: Honorifics and roles stripped from the front, e.g. ``("President",)``.
        kind: ``"name"`` (proper name), ``"description"`` (``"the bloc"``) or ``"pronoun"``.
        modifier: The name only modifies another word ("Russia-led", "Kazakhstan soldier"),
            so it is a weak antecedent for later descriptions.
        cued: The type comes from a cue in the text ("the film Ray", "Leicester beat
            Bath"; ``kg.extract.cues``), not from NER's label alone: it weighs more in the vote.
    """

    start: int
    end: int
    text: str
    type: EntityType
    sentence: int
    titles: tuple[str, ...] = ()
    kind: str = "name"
    modifier: bool = False
    cued: bool = False

    @property
    def span(self) -> Span:
        return (self.start, self.end)


@dataclass(frozen=True, slots=True)
class Argument:
    """One argument of an open proposition: its text and where it stands."""

    text: str
    start: int
    end: int
    head_start: int
    head_end: int

    @property
    def span(self) -> Span:
        return (self.start, self.end)


@dataclass(frozen=True, slots=True)
class Proposition:
    """An open (subject, relation, object, more ...) triple found in one sentence.

    Attributes:
        subject: Who or what the proposition is about.
        relation: Relation text as a reader would say it, e.g. ``"requested assistance from"``.
        key: Normalised predicate key: verb lemma, particle and the preposition that
            introduces ``object`` (``"request from"``, ``"pull out of"``, ``"be"``).
        object: The argument the relation points to, if any.
        extras: Further arguments (time, place, manner), in sentence order.
        sentence: Character span of the evidence sentence in ``Document.text``.
        kind: The construction it came from (``"svo"``, ``"passive"``, ``"apposition"`` ...).
        confidence: In (0, 1]; ranks propositions by the strength of their evidence.
        negated: The text denies it ("never played").
        modality: Hedge or modal that keeps it from being a fact ("may", "prepare"), or ``None``.
        attributed_to: Who reported it ("the Russian Defence Ministry said ..."), if anyone.
    """

    subject: Argument
    relation: str
    key: str
    object: Argument | None
    sentence: Span
    kind: str
    confidence: float
    extras: tuple[Argument, ...] = ()
    negated: bool = False
    modality: str | None = None
    attributed_to: Argument | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """What ``kg.extract`` found in one document."""

    document: Document
    sentences: tuple[Span, ...]
    mentions: tuple[Mention, ...]
    propositions: tuple[Proposition, ...]
    times: tuple[Span, ...] = ()
    """Spans of date and time expressions ("on Tuesday", "January 2"), in text order."""
    rejected: tuple[tuple[str, int], ...] = ()
    """NER spans that do not look like names, counted by the rule that rejected them
    (``kg.extract.namelike.RULES``), in the rules' order."""
    context: tuple[str, ...] = ()
    """What kind of report the article is, for the rules that read names by it:
    ``("sport",)`` and the sports it reports on (``kg.extract.cues.sport_context``)."""


@dataclass(frozen=True, slots=True)
class PlaceLink:
    """Where a place entity sits in GeoNames, when it resolves unambiguously.

    Attributes:
        geonames_id: The GeoNames id (``https://sws.geonames.org/<id>/``).
        country_code: ISO 3166-1 alpha-2 code of the country it is in (or is).
        latitude: Decimal degrees, as GeoNames gives them.
        longitude: Decimal degrees.
        feature: GeoNames feature kind: ``"country"``, ``"city"``, ``"region"`` or ``"continent"``.
        continent: Continent code (``"AF"``, ``"AS"``, ``"EU"``, ``"NA"``, ``"OC"``, ``"SA"``, ``"AN"``).
    """

    geonames_id: int
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    feature: str = "city"
    continent: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world thing, after resolution.

    Attributes:
        key: Stable id, safe for IRIs; the same thing gets the same key in every build.
        label: Canonical name.
        type: Voted type.
        aliases: Other names it goes by, sorted.
        mentions: How many mentions refer to it.
        documents: Ids of the documents that mention it, sorted.
        place: Where a place sits in GeoNames, when it resolves unambiguously.
    """

    key: str
    label: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    mentions: int = 1
    documents: tuple[str, ...] = ()
    place: PlaceLink | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a relation was read: the document, the sentence and the offsets."""

    document: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Relation:
    """A directed edge between two resolved entities, with its evidence.

    Attributes:
        subject: ``Entity.key`` of the source.
        key: Normalised predicate key (see ``Proposition.key``).
        object: ``Entity.key`` of the target.
        text: Relation text as written.
        evidence: Where it was read.
        confidence: In (0, 1].
        date: ``YYYY-MM-DD`` when the text dates the event, else ``None``; with
            ``date_end``, the first day of the period the text dates it to.
        negated: The text denies it.
        modality: See ``Proposition.modality``.
        attributed_to: ``Entity.key`` of whoever reported it, if resolved.
        date_end: ``YYYY-MM-DD``, the last day, when the text dates the event to a
            period ("last week", "in January", "2004") rather than a day.
        factuality: How sure the text is; only ``ASSERTED`` and ``REPORTED``
            relations are plain edges of the graph.
        event: ``Event.id`` of the event this edge was derived from, if any.
    """

    subject: str
    key: str
    object: str
    text: str
    evidence: Evidence
    confidence: float
    date: str | None = None
    negated: bool = False
    modality: str | None = None
    attributed_to: str | None = None
    date_end: str | None = None
    factuality: Factuality = Factuality.ASSERTED
    event: str | None = None

    @property
    def id(self) -> str:
        """Stable id of one reading of one edge: the same evidence for the same edge gives the same id."""
        evidence = self.evidence
        return short_hash(
            self.subject, self.key, self.object, evidence.document, evidence.start, evidence.end, length=16
        )


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit, as an event gives it ("more than 2,000 troops", "to 5.5%").

    Attributes:
        text: As written.
        value: The number as a plain decimal string ("2000", "5.5", "3000000000"), if read.
        unit: What is counted or measured, normalised ("troop", "percent", "USD", "GBP").
        qualifier: "more than", "nearly", "about" ..., if any.
    """

    text: str
    value: str | None = None
    unit: str | None = None
    qualifier: str | None = None


@dataclass(frozen=True, slots=True)
class Participant:
    """One argument of an event, in its role.

    Attributes:
        role: ``agent``, ``patient``, ``theme``, ``recipient``, ``beneficiary``,
            ``instrument``, ``place``, ``time``, ``quantity``, ``source`` (from),
            ``destination`` (to), ``opponent``, ``topic`` or ``reason``
            (see ``kg.extract.events.ROLES``).
        text: The argument as written.
        entity: ``Entity.key`` when it resolves to an entity (named, or a
            described node such as "protesters"); ``None`` for a literal.
        head: The head word of a literal argument ("rates" of "interest rates").
        quantity: The number and unit, for a quantity.
        start: Character offset of the argument in ``Document.text``.
        end: End offset, exclusive.
    """

    role: str
    text: str
    entity: str | None = None
    head: str | None = None
    quantity: Quantity | None = None
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True)
class Event:
    """Something an article reports as happening (or planned, denied ...), with all
    its arguments: an n-ary node of the graph.

    Attributes:
        document: Id of the document it was read from.
        trigger: The word(s) that express it, as written ("sent", "the takeover").
        lemma: Normalised trigger ("send", "takeover").
        event_class: One of ``kg.extract.events.EVENT_CLASSES`` ("movement", "meeting" ...).
        participants: Its arguments in their roles, in text order.
        factuality: How sure the text is.
        evidence: The sentence it was read from.
        trigger_start: Offset of the trigger in ``Document.text``.
        trigger_end: End offset, exclusive.
        confidence: In (0, 1].
        date: ``YYYY-MM-DD`` when the text dates it (with ``date_end``: the first day of a period).
        date_end: Last day, when the text dates it to a period.
        source: ``Entity.key`` of whoever reports, claims or denies it, if resolved.
        cue: The word that set the factuality ("plan", "may", "deny"), if any.
    """

    document: str
    trigger: str
    lemma: str
    event_class: str
    participants: tuple[Participant, ...]
    factuality: Factuality
    evidence: Evidence
    trigger_start: int
    trigger_end: int
    confidence: float
    date: str | None = None
    date_end: str | None = None
    source: str | None = None
    cue: str | None = None

    @property
    def id(self) -> str:
        """Stable id: the same trigger in the same document gives the same id."""
        return short_hash("event", self.document, self.trigger_start, self.trigger_end, length=16)


@dataclass(frozen=True, slots=True)
class Position:
    """A person holds (held, will hold) a role, in the Wikidata "position held" sense.

    Attributes:
        person: ``Entity.key`` of the person.
        role: The role as written ("Foreign Minister", "chief executive", "MP for Erewash").
        role_key: The role normalised for grouping ("foreign minister").
        organisation: ``Entity.key`` of the organisation, country or place it is a
            role of, if the text says.
        evidence: The sentence it was read from.
        confidence: In (0, 1].
        status: ``"current"``, ``"former"`` (former, ex-, resigned, sacked) or
            ``"future"`` (appointed to start, designate, elected to take office).
        start: ``YYYY-MM-DD`` (or shorter) when the text says it began.
        end: When it ended.
        factuality: How sure the text is (a rumoured appointment is ``SPECULATED``).
    """

    person: str
    role: str
    role_key: str
    organisation: str | None
    evidence: Evidence
    confidence: float
    status: str = "current"
    start: str | None = None
    end: str | None = None
    factuality: Factuality = Factuality.ASSERTED

    @property
    def id(self) -> str:
        return short_hash("position", self.person, self.role_key, self.organisation or "", self.evidence.document,
                          self.evidence.start, length=16)


@dataclass(frozen=True, slots=True)
class Quote:
    """Direct or indirect speech: who said what, with which verb.

    Attributes:
        speaker: ``Entity.key`` of the speaker, when one is resolved.
        speaker_text: The speaker as written ("Mr Tokayev", "analysts").
        cue: Lemma of the speech verb ("say", "warn", "deny").
        content: What was said, as written (without the quotation marks).
        direct: Inside quotation marks.
        evidence: The sentence of the speech verb (or of the quote).
        content_start: Offset of ``content`` in ``Document.text``.
        content_end: End offset, exclusive.
        date: ``YYYY-MM-DD`` when the text dates the speech.
    """

    speaker: str | None
    speaker_text: str
    cue: str
    content: str
    direct: bool
    evidence: Evidence
    content_start: int
    content_end: int
    date: str | None = None

    @property
    def id(self) -> str:
        return short_hash("quote", self.evidence.document, self.content_start, self.content_end, length=16)


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
        rejected: NER spans rejected as names, by rule (see ``Extraction.rejected``).
    """

    document: Document
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    warnings: tuple[str, ...] = field(default=())
    events: tuple[Event, ...] = ()
    positions: tuple[Position, ...] = ()
    quotes: tuple[Quote, ...] = ()
    rejected: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Edge:
    """One edge of the ``KnowledgeGraph``: a (subject, predicate, object) with every
    reading of it, from every document, in a stable order."""

    subject: str
    key: str
    object: str
    readings: tuple[Relation, ...]

    @property
    def id(self) -> str:
        return short_hash(self.subject, self.key, self.object, length=16)

    @property
    def confidence(self) -> float:
        """The best confidence among the readings."""
        return max(reading.confidence for reading in self.readings)
