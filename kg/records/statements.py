"""The records of roles and speech: as the text gives them (``RoleReading``,
``SpeechReading``) and resolved (``Position``, ``Quote``).

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
class RoleReading:
    """A role the text gives someone, before the person and the organisation are
    resolved to entities (``kg.extract.positions``).

    Attributes:
        person: Who holds it: a name, a pronoun ("he was appointed ...") or a description.
        role: The role as written, without status words ("Foreign Minister", "MP for Erewash");
            empty when the text gives a membership and no role ("Labour's Paul Flynn").
        role_key: The role normalised (``kg/lexicon/data/roles.tsv``): "captain" for "skipper".
        role_type: ``political``, ``business``, ``sport``, ``media`` ... (the roles table's types).
        organisation: What it is a role of: an organisation, country or place, if the text says.
        sentence: Character span of the evidence sentence.
        kind: The construction: ``"title"`` ("Bath coach X"), ``"apposition"`` ("X, the Y of
            Z"), ``"copula"`` ("X is Y of Z"), ``"verb"`` ("X was appointed Y"), ``"possessive"``
            ("Labour's X"), ``"member"`` ("X, a member of Z").
        confidence: In (0, 1].
        status: ``"current"``, ``"former"`` or ``"future"``.
        cue: The verb or word that set the status or start/end ("appoint", "resign", "former").
        membership: What it also says of the person and the organisation: ``"member of"``,
            ``"play for"``, or ``None``.
        factuality: How sure the text is ("is expected to be named": ``POSSIBLE``).
        time: Span of the time expression that dates a start or an end ("on Monday"), if any.
    """

    person: Argument
    role: str
    role_key: str
    role_type: str
    organisation: Argument | None
    sentence: Span
    kind: str
    confidence: float
    status: str = "current"
    cue: str | None = None
    membership: str | None = None
    factuality: Factuality = Factuality.ASSERTED
    time: Span | None = None
    role_span: Span = (0, 0)
    """Where the role is written (``role``'s offsets)."""


@fast_init
@dataclass(frozen=True, slots=True)
class SpeechReading:
    """Direct or indirect speech before its speaker is resolved (``kg.extract.quotes``).

    Attributes:
        speaker: Who speaks as written ("Mr Barrot", "he", "the ministry"), if the text says.
        cue: Lemma of the speech verb ("say", "warn"), or ``"according to"``.
        content: Span of what was said (without quotation marks).
        direct: Inside quotation marks.
        sentence: Character span of the sentences the content is in (and its speech verb).
        confidence: In (0, 1].
        addressee: Whom it was said to ("told the BBC"), if the text says.
        factuality: Whether the speech was given, read from its verb's clause: ``ASSERTED``
            ("said"), ``REPORTED`` (inside someone else's speech), ``PLANNED`` ("will say",
            "is expected to tell"), ``POSSIBLE`` ("may say"), ``NEGATED`` ("refused to say") ...
        factuality_cue: The word that set it ("will", "expected", "refuse"), if any.
    """

    speaker: Argument | None
    cue: str
    content: Span
    direct: bool
    sentence: Span
    confidence: float
    addressee: Argument | None = None
    factuality: Factuality = Factuality.ASSERTED
    factuality_cue: str | None = None


@fast_init
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
        return record_id("position", self.person, self.role_key, self.organisation or "", self.evidence.document,
                         self.evidence.start)


@fast_init
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
        addressee: ``Entity.key`` of whom it was said to ("told the BBC"), when resolved.
        addressee_text: Whom it was said to, as written, if the text says.
        factuality: Whether the speech was given (``SpeechReading.factuality``): a speech
            written ahead of time ("will say") is ``PLANNED``, not a fact.
        factuality_cue: The word that set it ("will", "expected"), if any.
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
    addressee: str | None = None
    addressee_text: str = ""
    factuality: Factuality = Factuality.ASSERTED
    factuality_cue: str | None = None

    @property
    def id(self) -> str:
        return record_id("quote", self.evidence.document, self.content_start, self.content_end)
