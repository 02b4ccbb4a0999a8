"""A name a role is held at is no person's, unless it is written as one.

NER reads a firm's unfamiliar name as a person's ("Energis", "Gracenote", "Virgin
Radio"); the vote of ``kg.resolve.vote`` then keeps it a person when no cue says
otherwise. A role the text gives someone at the name says what it is: "Malcolm
Seagrave, security expert at Energis", "Ross Blanchard, vice president of business
development for Gracenote", "James Cridland, head of new media at Virgin Radio" (the
``organisation`` of a ``RoleReading``). A person voted for such a name is an
organisation, unless one of its mentions is written as a person's name: a given
name first ("a spokesman for Tony Blair", "his lawyer, Raymond Griffiths",
``kg.extract.cues.looks_like_person``) or a person's title ("Mr Brown's former
advisor").
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.extract.cues import looks_like_person
from kg.lexicon import PERSON_TITLES
from kg.records import Extraction, Mention
from kg.types import EntityType, Span


def employer_spans(extraction: Extraction) -> frozenset[Span]:
    """The spans of the names roles are held at: each organisation argument's whole
    span and its head's ("analyst firm Gartner": "Gartner")."""
    spans: set[Span] = set()
    for reading in extraction.roles:
        organisation = reading.organisation
        if organisation is not None and reading.role:
            spans.add(organisation.span)
            spans.add((organisation.head_start, organisation.head_end))
    return frozenset(spans)


def employer_type(voted: EntityType, members: Iterable[Mention], employers: frozenset[Span]) -> EntityType:
    """``voted``, or an organisation for a person voted for a name a role is held at
    that no mention writes as a person's (see the module docstring)."""
    if voted is not EntityType.PERSON:
        return voted
    members = list(members)
    if not any(mention.span in employers for mention in members):
        return voted
    if any(looks_like_person(m.text) or any(t.lower() in PERSON_TITLES for t in m.titles) for m in members):
        return voted
    return EntityType.ORGANIZATION
