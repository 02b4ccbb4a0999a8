"""A list of names is of one kind: the majority corrects a name NER misread.

News lists names of one kind: "its lawyers now accept ABN Amro, BNP Paribas,
Calyon, JP Morgan Chase Bank, Dresdner Kleinwort Wasserstein and Deutsche Bank"
(banks, though NER read two of them as people); "I've done it with Dennis
Bergkamp, Kanu, everybody" (players, though NER read Kanu as a place). In a list
of at least ``_MIN_LIST`` names joined by commas or "and" (the parse's ``conj``
chain), a name whose type is neither cued by its context nor given by a given
name takes the type that at least ``_MIN_AGREE`` others share and no other type
matches, between people, organisations and places no gazetteer knows. A name
joined by "and" or a comma to a work a cue read is a work ("The Aviator and
Million Dollar Baby"), and in a sports report a place no gazetteer knows joined so
to a person with a given name is a person ("Dennis Bergkamp, Kanu, everybody"). A name NER
read as a building in a list of clubs or firms is one of them ("spells at Arsenal, Real
Madrid and Paris St Germain").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from kg.extract.cues import cue_type, looks_like_person
from kg.extract.placelists import places_in_lists
from kg.extract.words import Bounds, Words
from kg.extract.worklists import list_head, works_in_lists
from kg.folding import fold
from kg.lexicon import COUNTRIES, REGIONS
from kg.lexicon.gazetteer import gazetteer
from kg.records import Mention
from kg.types import EntityType

_MIN_LIST = 3
_MIN_AGREE = 2
_READABLE = frozenset({EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE})


def read_lists(
    found: list[tuple[Mention, Bounds]], words: Words, sport: frozenset[str] = frozenset()
) -> list[tuple[Mention, Bounds]]:
    """``found`` with each listed name of a misread type given its list's type.

    A list a cue noun governs is of the noun's kind, given names and all: "casino
    operators London Clubs International, Rank Group and Stanley Leisure" (the noun
    before the list's first name, in apposition to it, or the kind it is an example
    of: ``kg.extract.cues.cue_type``) are three firms, when NER reads one of them so.
    """
    lists: dict[int, list[int]] = {}
    for index, (_, bounds) in enumerate(found):
        lists.setdefault(list_head(words, bounds), []).append(index)
    read = list(found)
    for members in lists.values():
        if len(members) < 2:
            continue
        governed = cue_type(words, *found[members[0]][1], sport)
        # NER must read one member so ("film-makers Roger Michell, Mike Leigh ...": the
        # cue "maker" of firms misreads a list of people).
        if governed in _READABLE and any(found[i][0].type is governed for i in members):
            for i in members:
                mention, bounds = found[i]
                if mention.type is not governed and mention.type in _READABLE and _governable(mention):
                    read[i] = (replace(mention, type=governed, cued=True), bounds)
            continue
        if len(members) < _MIN_LIST:
            continue
        _clubs_not_buildings(read, members)
        counts = Counter(found[i][0].type for i in members)
        (kind, agree), *rest = counts.most_common(2) + [(None, 0)]
        if kind not in _READABLE or agree < _MIN_AGREE or rest[0][1] == agree:
            continue
        for i in members:
            mention, bounds = found[i]
            if mention.type is not kind and mention.type in _READABLE and _misreadable(mention, kind):
                read[i] = (replace(mention, type=kind, cued=True), bounds)
    return works_in_lists(places_in_lists(_beside_works(read, words, sport), words, sport), words)


def _clubs_not_buildings(read: list[tuple[Mention, Bounds]], members: list[int]) -> None:
    """A name NER read as a building among at least ``_MIN_AGREE`` clubs or firms is one of
    them: "spells at Arsenal, Real Madrid and Paris St Germain" (``read`` changed in place)."""
    kinds = [read[i][0].type for i in members]
    sides = sum(kind in (EntityType.ORGANIZATION, EntityType.SPORTS_TEAM) for kind in kinds)
    if sides < _MIN_AGREE or sides + kinds.count(EntityType.FACILITY) != len(kinds):
        return
    kind = EntityType.SPORTS_TEAM if EntityType.SPORTS_TEAM in kinds else EntityType.ORGANIZATION
    for i in members:
        mention, bounds = read[i]
        if mention.type is EntityType.FACILITY and not mention.cued:
            read[i] = (replace(mention, type=kind, cued=True), bounds)


def _beside_works(found: list[tuple[Mention, Bounds]], words: Words, sport: frozenset[str]) -> list[tuple[Mention, Bounds]]:
    """A name joined by "and" or a comma to a title a cue read is a title too: "the
    studios behind The Aviator and Million Dollar Baby" (NER: one firm, cut at "and";
    the parse hangs the second title elsewhere, so the words between are read). In a
    sports report, a place no gazetteer knows joined so to a person with a given name
    is a person too: "I've done it with Dennis Bergkamp, Kanu, everybody"; elsewhere
    one joined to an organisation is one: "players like Myrio and C-Cor"."""
    read = list(found)
    for k in range(len(found) - 1):
        (first, (_, first_end)), (second, (second_start, _)) = found[k], found[k + 1]
        between = [word.lower_ for word in words.words[first_end:second_start]]
        if between not in (["and"], [","]):
            continue
        for index, (known, other) in ((k + 1, (first, second)), (k, (second, first))):
            kind = _pair_kind(known, other, sport)
            if kind is not None and _misreadable(other, kind):
                read[index] = (replace(other, type=kind, cued=True), found[index][1])
    return read


def _pair_kind(known: Mention, other: Mention, sport: frozenset[str]) -> EntityType | None:
    """The type ``known`` gives the name ``other`` joined to it, if any (see ``_beside_works``)."""
    if known.cued and known.type is EntityType.WORK and other.type in _READABLE:
        return EntityType.WORK
    if sport and other.type is EntityType.PLACE and known.type is EntityType.PERSON and looks_like_person(known.text):
        return EntityType.PERSON
    if not sport and other.type is EntityType.PLACE and known.type is EntityType.ORGANIZATION and fold(other.text) not in REGIONS:
        return EntityType.ORGANIZATION  # "players like Myrio and C-Cor"
    return None


def _governable(mention: Mention) -> bool:
    """A cue noun over the list may retype the name: no country's or known place's."""
    return fold(mention.text) not in COUNTRIES and not gazetteer().is_place(mention.text)


def _misreadable(mention: Mention, kind: EntityType) -> bool:
    """NER's type may give way: no cue gave it, no given name says Person, and the
    name is no country's or known place's (a list of places and people is no error)."""
    if mention.cued or looks_like_person(mention.text) or fold(mention.text) in COUNTRIES:
        return False
    if kind is EntityType.PLACE or mention.type is EntityType.PLACE:
        return not gazetteer().is_place(mention.text)
    return True
