"""The records of text, mentions, propositions and plain edges (``kg.records`` re-exports them)."""

from __future__ import annotations

from dataclasses import dataclass

from kg.ids import record_id
from kg.records.fastinit import fast_init
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


@fast_init
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

    def as_argument(self) -> Argument:
        """The mention as an argument that is all head (how a description is looked up as one)."""
        return Argument(self.text, self.start, self.end, self.start, self.end)


@fast_init
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


@fast_init
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
        factuality: How sure the text is (``kg.extract.factuality``): only
            ``ASSERTED`` and ``REPORTED`` propositions are facts.
        cue: The word that set the factuality ("may", "prepare", "deny", "said"), if any.
        attributed_to: Who reported, claimed or denied it ("the Russian Defence Ministry said ..."), if anyone.
        trigger: Character span of the word that carries the relation (the verb
            of a clause), which is also its event's trigger; ``None`` for
            verbless relations.
    """

    subject: Argument
    relation: str
    key: str
    object: Argument | None
    sentence: Span
    kind: str
    confidence: float
    extras: tuple[Argument, ...] = ()
    factuality: Factuality = Factuality.ASSERTED
    cue: str | None = None
    attributed_to: Argument | None = None
    trigger: Span | None = None


@fast_init
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


@fast_init
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
        described: The article only describes it ("protesters", "anti-virus firms"): a
            document-local node of a kind, which no name of the text claims; its label is
            the description's words, whose last is its head noun (``head``).
    """

    key: str
    label: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    mentions: int = 1
    documents: tuple[str, ...] = ()
    place: PlaceLink | None = None
    described: bool = False

    @property
    def head(self) -> str | None:
        """A description's head noun, the last word of its label ("firms" of "anti-virus
        firms"; ``kg.extract.mentions.find_descriptions`` ends each at its head); ``None``
        for a named entity."""
        words = self.label.split()
        return words[-1] if self.described and words else None


@fast_init
@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a relation was read: the document, the sentence and the offsets."""

    document: str
    sentence: str
    start: int
    end: int


@fast_init
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
    attributed_to: str | None = None
    date_end: str | None = None
    factuality: Factuality = Factuality.ASSERTED
    event: str | None = None

    @property
    def id(self) -> str:
        """Stable id of one reading of one edge: the same evidence for the same edge gives the same id."""
        evidence = self.evidence
        return record_id(self.subject, self.key, self.object, evidence.document, evidence.start, evidence.end)


@fast_init
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
        return record_id(self.subject, self.key, self.object)

    @property
    def confidence(self) -> float:
        """The best confidence among the readings."""
        return max(reading.confidence for reading in self.readings)
