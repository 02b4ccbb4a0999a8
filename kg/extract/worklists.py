"""A list holding a title a cue read is a list of titles: its other names are works.

Rule ``work list``: news lists works of one kind, and NER types each title on its
own, at random: "future successes such as Reservoir Dogs, The Blair Witch Project
and The Full Monty" (a firm, a title), "Eternal Sunshine of the Spotless Mind,
Finding Neverland, The Motorcycle Diaries" (a title, a firm). When a name of a list
(the parse's ``conj`` chain) is a work a cue read, here or elsewhere in the article
("martial arts epic Hero"), each other name of the list NER read as a person, an
organisation or a place is a work too, unless something speaks for NER's reading:
a cue gave it, it starts with a given name ("Bono and U2", "Clint Eastwood"), it is
a country's or a known place's name, or it speaks ("Miramax said").
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


def list_head(words: Words, bounds: Bounds) -> int:
    """The first name of the list the name stands in: up its ``conj`` chain."""
    word = words.root(*bounds)
    while word.dep_ == "conj" and word.head is not word:
        word = word.head
    return word.i if word.dep_ != "conj" else -1


def works_in_lists(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """``found`` with each name listed beside a cued work typed a work (see the module docstring)."""
    works = {fold(m.text) for m, _ in found if m.type is EntityType.WORK and m.cued}
    if not works:
        return found
    lists: dict[int, list[int]] = {}
    for index, (_, bounds) in enumerate(found):
        lists.setdefault(list_head(words, bounds), []).append(index)
    read = list(found)
    for head, members in sorted(lists.items()):
        if head < 0 or len(members) < 2 or not any(_is_work(found[i][0], works) for i in members):
            continue
        for i in members:
            mention, bounds = found[i]
            if mention.type in _MISREAD and _retypable(mention, words, bounds):
                read[i] = (replace(mention, type=EntityType.WORK, cued=True), bounds)
    return read


def _is_work(mention: Mention, works: set[str]) -> bool:
    return mention.type is EntityType.WORK and fold(mention.text) in works


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
