"""A town's name before the kind of a group is where the group is from.

"Glasgow group Franz Ferdinand", "Leeds group Kaiser Chiefs", "Manchester band
Doves": NER reads the town's name, a modifier right before a band's or a firm's
kind, as a person's. A person's name does not stand there ("the Bush
administration" is no band's or firm's kind), so a one-word name that is a GeoNames
city of at least ``_MIN_POPULATION`` people and no given name, NER's person, that
modifies such a noun (``band_nouns.tsv`` "band"; an Organization noun of
``type_cues.tsv``) is that city.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.words import Bounds, Words
from kg.folding import fold
from kg.lexicon import BAND_NOUNS, GIVEN_NAMES, TYPE_CUES
from kg.lexicon.gazetteer import gazetteer
from kg.records import Mention
from kg.types import EntityType

# Small towns share their names with surnames ("Rogers", "Murray"): only a city this big.
_MIN_POPULATION = 100_000


def towns_before_groups(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """``found`` with each town's name NER read as a person before a group's kind typed a City."""
    return [
        (replace(m, type=EntityType.CITY, cued=True), b) if m.type is EntityType.PERSON and _town_of_group(words, m, *b) else (m, b)
        for m, b in found
    ]


def _town_of_group(words: Words, mention: Mention, start: int, end: int) -> bool:
    form = fold(mention.text)
    if end - start != 1 or mention.titles or form in GIVEN_NAMES or gazetteer().population(form) < _MIN_POPULATION:
        return False
    word, tokens = words.words[start], words.words
    if end >= len(tokens) or word.dep_ not in {"compound", "nmod", "npadvmod"}:
        return False
    kind = tokens[end]
    if kind is not word.head or kind.pos_ != "NOUN" or not kind.text.islower():
        return False
    lemma = kind.lemma_.lower()
    return BAND_NOUNS.get(lemma) == "band" or TYPE_CUES.get(lemma) is EntityType.ORGANIZATION
