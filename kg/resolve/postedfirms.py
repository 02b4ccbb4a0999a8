"""A name a company's post is held at is a company, not a building or an unknown town.

NER reads some firms' names as facilities or places ("Marc Touati, an economist at Natexis
Banques Populaires": a facility; "Fred Hasson, head of Tiga": a place), and the vote of
``kg.resolve.vote`` keeps its reading when no cue says otherwise. A post only companies have
(``company_posts.txt``: an analyst, an economist, a chief executive; not a chairman or a director,
which clubs and theatres have too) held at the name says what it is. A name voted a facility, a
place or a city, or a work no cue gave, becomes an organisation when a role reading gives such a
post at one of its mentions, unless a mention is a place a gazetteer or table knows ("an
economist at Paris-based ..." keeps Paris) or is written as a person's name. People voted for
such names are ``kg.resolve.employers``' part.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.extract.placefirms import is_unknown_place
from kg.lexicon import COMPANY_POSTS
from kg.records import Extraction, Mention
from kg.types import EntityType, Span

__all__ = ["firm_post_spans", "posted_firm_type"]

_MISREAD = frozenset({EntityType.FACILITY, EntityType.PLACE, EntityType.CITY})


def firm_post_spans(extraction: Extraction) -> frozenset[Span]:
    """The spans (whole and head) of the organisations a company's post is held at."""
    spans: set[Span] = set()
    for reading in extraction.roles:
        organisation = reading.organisation
        if organisation is not None and reading.role_key in COMPANY_POSTS:
            spans |= {organisation.span, (organisation.head_start, organisation.head_end)}
    return frozenset(spans)


def posted_firm_type(voted: EntityType, members: Iterable[Mention], spans: frozenset[Span]) -> EntityType:
    """``voted``, or an organisation for a name misread as a facility, a place or a work that a
    company's post is held at (see the module docstring)."""
    if not spans or not (voted in _MISREAD or voted is EntityType.WORK):
        return voted
    members = list(members)
    if not any(mention.span in spans for mention in members):
        return voted
    if voted is EntityType.WORK and any(mention.cued for mention in members):
        return voted  # "the magazine Macworld": a work by its cue
    if not all(is_unknown_place(mention.text) for mention in members):
        return voted  # a known place or a person's name
    return EntityType.ORGANIZATION
