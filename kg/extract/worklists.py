"""A list holding a title a cue read is a list of titles: its other names are works.

Rule ``work list``: news lists works of one kind, and NER types each title on its
own, at random: "future successes such as Reservoir Dogs, The Blair Witch Project
and The Full Monty" (a firm, a title), "Eternal Sunshine of the Spotless Mind,
Finding Neverland, The Motorcycle Diaries" (a title, a firm). When a name of a list
(the parse's ``conj`` chain) is a work a cue read, here or elsewhere in the article
("martial arts epic Hero"), each other name of the list NER read as a person, an
organisation or a place is a work too, unless something speaks for NER's reading:
a cue gave it, it starts with a given name ("Bono and U2", "Clint Eastwood"), it is
a country's or a known place's name, or it speaks ("Miramax said"). A title NER
read with no cue anywhere in the article types the list's organisations and places
("such classics as Super Trouper, SOS and Dancing Queen"), not its people: "acts
such as Iggy Pop and The B-52s" (a band NER took for a title).
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.cues import looks_like_person
from kg.extract.words import Bounds, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, GIVEN_NAMES
from kg.lexicon.gazetteer import gazetteer
from kg.records import Mention
from kg.types import EntityType

_MISREAD = frozenset({EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE, EntityType.CITY})
# Beside a title only NER read (no cue, here or elsewhere), a person stays one.
_UNCUED_MISREAD = _MISREAD - {EntityType.PERSON}
# Names modifying a noun name a franchise, no titles: "some Spider-Man and Hulk movie merchandise".
_MODIFIERS = frozenset({"compound", "nmod", "amod"})


def list_head(words: Words, bounds: Bounds) -> int:
    """The first name of the list the name stands in: up its ``conj`` chain."""
    word = words.root(*bounds)
    while word.dep_ == "conj" and word.head is not word:
        word = word.head
    return word.i if word.dep_ != "conj" else -1


def works_in_lists(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """``found`` with each name listed beside a work typed a work (see the module docstring)."""
    works: dict[str, bool] = {}  # a title's name: whether a cue read it, anywhere in the article
    for mention, _ in found:
        if mention.type is EntityType.WORK:
            works[fold(mention.text)] = works.get(fold(mention.text), False) or mention.cued
    if not works:
        return found
    lists: dict[int, list[int]] = {}
    for index, (_, bounds) in enumerate(found):
        lists.setdefault(list_head(words, bounds), []).append(index)
    read = list(found)
    for head, members in sorted(lists.items()):
        titles = [works[fold(found[i][0].text)] for i in members if found[i][0].type is EntityType.WORK]
        if head < 0 or len(members) < 2 or not titles or words.words[head].dep_ in _MODIFIERS:
            continue
        misread = _MISREAD if any(titles) else _UNCUED_MISREAD  # "acts such as Iggy Pop and The B-52s"
        for i in members:
            mention, bounds = found[i]
            if mention.type in misread and _retypable(mention, words, bounds):
                read[i] = (replace(mention, type=EntityType.WORK, cued=True), bounds)
    return read


def _retypable(mention: Mention, words: Words, bounds: Bounds) -> bool:
    """NER's reading may give way: no cue, no given name, no country or known place,
    no speaker."""
    text = mention.text
    if mention.cued or looks_like_person(text) or fold(text.split()[0]) in GIVEN_NAMES:
        return False
    if fold(text) in COUNTRIES or gazetteer().is_place(text):
        return False
    root = words.root(*bounds)
    return not (root.dep_ == "nsubj" and root.head.pos_ == "VERB")
