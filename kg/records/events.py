"""The records of events: as a clause states them (``EventMention``) and resolved (``Event``).

``kg.records`` re-exports them.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.ids import record_id
from kg.records.base import Argument, Evidence
from kg.records.fastinit import fast_init
from kg.types import Factuality, Span


@fast_init
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


@fast_init
@dataclass(frozen=True, slots=True)
class EventArgument:
    """One argument of an event mention, in its role, before resolution.

    Attributes:
        role: See ``Participant.role``.
        argument: The argument's span and head.
        quantity: The number and unit it gives, for a quantity ("more than 2,000 troops").
        owner: Whose the argument is, when the news is about its owner ("Allied
            Domecq" of "Shares in Allied Domecq rose"): the entity it resolves to, if
            the argument itself resolves to none.
        group: The group a member is named in, for a member a list gives of a plural
            argument ("Ford" of "Carmakers such as Ford cut prices": "Carmakers";
            ``kg.extract.members``).
    """

    role: str
    argument: Argument
    quantity: Quantity | None = None
    owner: Argument | None = None
    group: Argument | None = None


@fast_init
@dataclass(frozen=True, slots=True)
class EventMention:
    """An event as one clause (or event noun) states it, before resolution: what
    ``kg.extract.events`` reads, and ``kg.resolve`` turns into an ``Event``.

    Attributes:
        trigger: The word(s) that express it, as written ("are preparing to pull out" -> "pull out").
        lemma: Normalised trigger: lemma and particle ("pull out"), or a light verb
            with its noun ("make bid").
        event_class: One of ``kg.types.EVENT_CLASSES``.
        arguments: Its arguments in their roles, in text order.
        sentence: Character span of the evidence sentence.
        trigger_start: Offset of the trigger word.
        trigger_end: End offset, exclusive.
        confidence: In (0, 1].
        factuality: How sure the text is.
        cue: The word that set the factuality, if any.
        source: Who reports, claims or denies it, if anyone.
        kind: ``"clause"`` (a verb) or ``"noun"`` (an event noun: "the takeover of X by Y").
        present: Stated in the present tense ("are preparing to pull out"): it holds
            on the article's date when nothing else dates it.
    """

    trigger: str
    lemma: str
    event_class: str
    arguments: tuple[EventArgument, ...]
    sentence: Span
    trigger_start: int
    trigger_end: int
    confidence: float
    factuality: Factuality = Factuality.ASSERTED
    cue: str | None = None
    source: Argument | None = None
    kind: str = "clause"
    present: bool = False


@fast_init
@dataclass(frozen=True, slots=True)
class Participant:
    """One argument of an event, in its role.

    Attributes:
        role: ``agent``, ``patient``, ``theme``, ``recipient``, ``beneficiary``,
            ``instrument``, ``place``, ``time``, ``duration`` (how long),
            ``quantity``, ``source`` (from), ``destination`` (to), ``opponent``,
            ``topic``, ``reason`` ... (see ``kg.types.ROLES``).
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


@fast_init
@dataclass(frozen=True, slots=True)
class Event:
    """Something an article reports as happening (or planned, denied ...), with all
    its arguments: an n-ary node of the graph.

    Attributes:
        document: Id of the document it was read from.
        trigger: The word(s) that express it, as written ("sent", "the takeover").
        lemma: Normalised trigger ("send", "takeover").
        event_class: One of ``kg.types.EVENT_CLASSES`` ("movement", "meeting" ...).
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
        return record_id("event", self.document, self.trigger_start, self.trigger_end)
