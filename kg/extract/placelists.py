"""A list of places keeps its known places places, whatever NER read them.

Rule ``place list``: news lists places together ("the six main metropolitan areas
of Brazil (Sao Paolo, Rio de Janeiro, Belo Horizonte, Recife, Salvador and Porto
Alegre)"), and NER types each name on its own: there it read two cities as people.
The majority rule of ``kg.extract.coordination`` leaves a known place alone (a
list of people and places is no error), so it is read here: in a list of at least
``_MIN_LIST`` names (the parse's ``conj`` chain) where most names, and at least
``_MIN_PLACES``, are read as places, a name read as a person or an organisation
that a gazetteer or the place tables know as a place is a place, typed as a place
beside its words is (``kg.extract.places.place_type``). Not a name a cue typed,
nor one written as a person's ("Paris Hilton"), nor in a sports report, where a
town's name in a list is often its club ("Leicester, Bath and Gloucester").
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.cues import looks_like_person
from kg.extract.places import place_type
from kg.extract.words import Bounds, Words
from kg.extract.worklists import list_head
from kg.folding import fold
from kg.lexicon import COUNTRIES, REGIONS
from kg.lexicon.gazetteer import gazetteer
from kg.records import Mention
from kg.types import EntityType

_MIN_LIST = 3
_MIN_PLACES = 2
_PLACES = frozenset({EntityType.PLACE, EntityType.CITY, EntityType.COUNTRY})
_MISREAD = frozenset({EntityType.PERSON, EntityType.ORGANIZATION})


def places_in_lists(
    found: list[tuple[Mention, Bounds]], words: Words, sport: frozenset[str]
) -> list[tuple[Mention, Bounds]]:
    """``found`` with each known place of a list of places typed a place (see the
    module docstring)."""
    if sport:
        return found
    lists: dict[int, list[int]] = {}
    for index, (_, bounds) in enumerate(found):
        lists.setdefault(list_head(words, bounds), []).append(index)
    read = list(found)
    for head, members in lists.items():
        places = sum(found[i][0].type in _PLACES for i in members)
        if head < 0 or len(members) < _MIN_LIST or places < _MIN_PLACES or 2 * places <= len(members):
            continue
        for i in members:
            mention, bounds = found[i]
            if mention.type in _MISREAD and not mention.cued and _known_place(mention.text):
                # Not marked cued: a cued place is a region to the vote, and GeoNames' city would be lost.
                read[i] = (replace(mention, type=place_type(words, *bounds, mention.text)), bounds)
    return read


def _known_place(name: str) -> bool:
    """A gazetteer or the place tables know the name, and it is not written as a person's."""
    form = fold(name)
    known = form in COUNTRIES or form in REGIONS or gazetteer().is_place(name)
    return known and not looks_like_person(name)
