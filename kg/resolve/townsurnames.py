"""Whether a person's surname alone names a place for the type vote.

``kg.resolve.vote`` gives a surname that a person's full name was merged with
("Sol Campbell ... the absence of Campbell") the person's type when NER read it as
something else, unless it is a known place's name: "Tom Boston ... Boston" read as a
city stays the city. A town of the surname's name counts only when NER read the
mention as a place or a facility: a surname NER read as a firm or a team ("the
return of Campbell", NER's team) is no Californian town's name.
"""

from __future__ import annotations

from kg.lexicon.gazetteer import gazetteer
from kg.records import Mention
from kg.types import EntityType

_NOT_PLACES = frozenset({EntityType.ORGANIZATION, EntityType.SPORTS_TEAM})


def surname_names_place(mention: Mention) -> bool:
    """Whether a surname alone is read as a GeoNames place's name (NER's reading no firm's or team's).

    >>> surname_names_place(Mention(0, 8, "Campbell", EntityType.SPORTS_TEAM, 0))
    False
    >>> surname_names_place(Mention(0, 6, "Boston", EntityType.CITY, 0))
    True
    """
    return mention.type not in _NOT_PLACES and gazetteer().is_place(mention.text)
