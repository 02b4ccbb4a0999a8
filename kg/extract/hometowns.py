"""A town's name before the kind of a group, or after "from" on a person, is the town.

Rule ``town before a group``: "Glasgow group Franz Ferdinand", "Leeds group Kaiser
Chiefs", "Manchester band Doves": NER reads the town's name, a modifier right before a
band's or a firm's kind, as a person's. A person's name does not stand there ("the Bush
administration" is no band's or firm's kind), so a one-word name that is a GeoNames
city of at least ``BIG_CITY`` people (``Gazetteer.is_big_city``) and no given name, NER's person, that
modifies such a noun (``band_nouns.tsv`` "band"; an Organization noun of
``type_cues.tsv``) is that city. A name NER read as an organisation's, or as a person's
that is no given name, is the town or county before a noun of local people
(``local_people_nouns.txt``: "Norfolk farmer Tony Martin", "Liverpool band The Coral",
"his Bristol hometown") when GeoNames or ``uk_regions.txt`` knows it, whatever its size;
not in a sports report, where a town's name is its club's.

Rule ``from a town``: "a 24-year-old man from Leicester", "Two men, both from Keighley,
were arrested", "Arnold, from Dartford in Kent, described her victory": NER reads the
town after "from" as a person's. A one-word name NER read so, after a "from" that hangs
on a noun of people (``townsfolk_nouns.txt``) or stands set off after a person's name,
that GeoNames knows as a populated place of any size, and that is no given name nor a
word of the full names of the article's people, is that town. Not in a sports report
("Smith, from Bath,": a player's club).
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.spread import article_people
from kg.extract.words import Bounds, Words
from kg.folding import fold
from kg.lexicon import BAND_NOUNS, GIVEN_NAMES, LOCAL_PEOPLE_NOUNS, TOWNSFOLK_NOUNS, TYPE_CUES, UK_REGIONS
from kg.lexicon.gazetteer import gazetteer
from kg.records import Mention
from kg.types import EntityType


def home_towns(found: list[tuple[Mention, Bounds]], words: Words, sport: frozenset[str]) -> list[tuple[Mention, Bounds]]:
    """``found`` with each town's name NER read as a person before a group's kind, or
    after "from" on a person (outside sports reports), typed a City; and each town's or
    county's name before a noun of local people (outside sports reports), its place."""
    people = article_people(found) if not sport else set()
    return [
        (replace(m, type=EntityType.CITY, cued=True), b)
        if m.type is EntityType.PERSON and (_town_of_group(words, m, *b) or (not sport and _town_of_person(words, m, *b, people)))
        else (replace(m, type=_place_type(m.text), cued=True), b)
        if not sport and _town_of_locals(words, m, *b)
        else (m, b)
        for m, b in found
    ]


def _place_type(name: str) -> EntityType:
    return EntityType.PLACE if fold(name) in UK_REGIONS or not gazetteer().is_city(name) else EntityType.CITY


def _town_of_locals(words: Words, mention: Mention, start: int, end: int) -> bool:
    """"Norfolk farmer Tony Martin", "Liverpool band The Coral": see the module docstring."""
    form = fold(mention.text)
    if mention.type not in {EntityType.ORGANIZATION, EntityType.PERSON} or end - start != 1 or mention.titles:
        return False
    if (mention.type is EntityType.PERSON and form in GIVEN_NAMES) or not (form in UK_REGIONS or gazetteer().is_city(form)):
        return False
    word, tokens = words.words[start], words.words
    if end >= len(tokens) or word.dep_ not in {"compound", "nmod", "npadvmod", "amod"}:
        return False
    kind = tokens[end]
    return kind is word.head and kind.pos_ == "NOUN" and kind.text.islower() and kind.lemma_.lower() in LOCAL_PEOPLE_NOUNS


def _town_of_group(words: Words, mention: Mention, start: int, end: int) -> bool:
    form = fold(mention.text)
    if end - start != 1 or mention.titles or form in GIVEN_NAMES or not gazetteer().is_big_city(form):  # small towns share surnames ("Rogers")
        return False
    word, tokens = words.words[start], words.words
    if end >= len(tokens) or word.dep_ not in {"compound", "nmod", "npadvmod"}:
        return False
    kind = tokens[end]
    if kind is not word.head or kind.pos_ != "NOUN" or not kind.text.islower():
        return False
    lemma = kind.lemma_.lower()
    return BAND_NOUNS.get(lemma) == "band" or TYPE_CUES.get(lemma) is EntityType.ORGANIZATION


def _town_of_person(words: Words, mention: Mention, start: int, end: int, people: set[str]) -> bool:
    """"a man from Leicester", "Arnold, from Dartford in Kent,": see the module docstring."""
    form = fold(mention.text)
    if end - start != 1 or start < 2 or mention.titles or form in GIVEN_NAMES or form in people:
        return False
    tokens = words.words
    word, marker = tokens[start], tokens[start - 1]
    if marker.lower_ != "from" or word.head is not marker or word.dep_ != "pobj" or not gazetteer().is_city(mention.text):
        return False
    governor = marker.head
    if governor.i < marker.i and governor.pos_ == "NOUN" and governor.lemma_.lower() in TOWNSFOLK_NOUNS:
        return True  # "a 24-year-old man from Leicester", "Two men, both from Keighley"
    # Set off after a person's name, whatever the parse hangs it on: "Arnold, from Dartford in Kent, said".
    before = tokens[start - 3] if start >= 3 else None
    return before is not None and tokens[start - 2].text == "," and before.ent_type_ == "PERSON"
