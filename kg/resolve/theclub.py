"""The club an article is about, for "the club" no nearer name takes up.

Football news names its club and then speaks of it by its kind: "Shares in struggling
German football club Borussia Dortmund slipped on Monday despite the club agreeing a
rescue plan"; "Liverpool chief executive Rick Parry insists the club will never sell
Steven Gerrard". ``Linker`` links "the club" only to the one club named, not as a
modifier, in the sentences right before it, so a club named as a post's owner
("Liverpool chief executive") or paragraphs back leaves it unresolved, and the events
whose participant it is are dropped. ``described_club`` gives "the club" (the whole
argument) the one club named before it in the whole article: a team, or an organisation
the article calls a club, when no other team or organisation that may be a club (one
of no known kind, or of a club's) is named before it, and no club is spoken of unnamed
since ("his former club", "a club"). Match reports and transfers name two sides: no
link. A wrong club is worse than none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.records import Argument
from kg.resolve.pronouns import WINDOW, sentence_of
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

_DESCRIBED = re.compile(r"the\s+club", re.IGNORECASE)
_CLUB = "club"
_BODIES = frozenset({EntityType.ORGANIZATION, EntityType.SPORTS_TEAM})
# What a club's name may be read as: a town's name is a club's too ("Liverpool", "Sheffield Wednesday").
_MAYBE_CLUBS = frozenset({EntityType.ORGANIZATION, EntityType.CITY, EntityType.PLACE, EntityType.FACILITY})
# Another club, unnamed: "a club", "his former club", "another club", "clubs".
_RIVAL = re.compile(
    r"\b(?:a|an|another|any|other|every|each|his|her|their|its|former|old|new|previous|next|rival|parent|feeder)"
    r"\s+(?:[\w'-]+\s+){0,2}clubs?\b|\bclubs\b",
    re.IGNORECASE,
)


def described_club(linker: Linker, argument: Argument) -> int | None:
    """The one club "the club" at ``argument`` stands for (see the module's docstring), or ``None``."""
    if not _DESCRIBED.fullmatch(linker.text[argument.start : argument.end]) or linker.in_name(argument.start):
        return None
    return club_before(linker, argument.start)


def club_before(linker: Linker, start: int) -> int | None:
    """The one club named before offset ``start`` that "the club" there may stand for
    (see the module's docstring), or ``None``; also what a post written after a bare
    "club" is of ("Club director Terry Brady": ``kg.resolve.kindowners``)."""
    clubs: set[int] = set()
    rivals: set[int] = set()
    last = 0
    sentence = sentence_of(linker, start)
    for mention, cluster in linker.names:
        entity = linker.clusters[cluster]
        if mention.end > start or entity.local:
            continue
        kinds = linker.kinds(cluster) if entity.type in _BODIES else set()
        if _CLUB in kinds:
            clubs.add(cluster)
            last = max(last, mention.end)
        elif not kinds and sentence - WINDOW <= mention.sentence and entity.type in _MAYBE_CLUBS:
            rivals.add(cluster)  # "Chelsea" read as an organisation of no kind, "Sheffield Wednesday" as a place
    if len(clubs) != 1 or rivals - clubs or _RIVAL.search(linker.text, last, start):
        return None
    return clubs.pop()
