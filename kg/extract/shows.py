"""A name that has episodes or series is a show, in all its mentions.

NER reads a television or radio show's name as whatever its words suggest: "Little
Britain" a place (its last word is a country's), "Celebrity Big Brother" a person,
"EastEnders" an organisation. What the article says of the name is surer: only a
show (or a book's or a film's run) has an episode or a series of its own: "the first
episode of the latest series of Little Britain", "the current series of Celebrity
Big Brother" (``_PARTS``). "of" only: after a possessive the owner may be the
channel ("Channel 4's new series").

So is a name right after a broadcaster's possessive ("ITV's Celebrity Fit Club",
``kg.extract.channelshows``), and one whose possessive stands before a person's full name ("Sideway's Alexander
Payne") or that stands before a credit noun and one ("Vera Drake star Imelda Staunton",
``kg.extract.workowners``).

First a format's head word NER read alone as a person is made the whole show's name
("Pop Idol", ``kg.extract.formatshows``), and a "Show" that people are at is an occasion, no
show ("at the Consumer Electronics Show", ``kg.extract.tradeshows``).

Every mention of such a name that NER read as a person, a place, a facility, a law
or (with no cue) an organisation becomes a CreativeWork. Not a name any mention gives
a person's title, nor a country's.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.channelshows import channel_shows
from kg.extract.formatshows import format_shows
from kg.extract.tradeshows import held_shows
from kg.extract.words import Bounds, Words
from kg.extract.workowners import credited_works, work_owners
from kg.folding import fold
from kg.lexicon import COUNTRIES, PERSON_TITLES
from kg.records import Mention
from kg.types import EntityType

# The parts of a show: "the first episode of X", "the latest series of X".
_PARTS = frozenset({"episode", "series"})
_MISREAD = frozenset({EntityType.PERSON, EntityType.PLACE, EntityType.CITY, EntityType.FACILITY, EntityType.LAW})


def shows_not_places(
    found: list[tuple[Mention, Bounds]], words: Words, sport: frozenset[str] = frozenset()
) -> list[tuple[Mention, Bounds]]:
    """``found`` with every mention of a name that has episodes or a series typed a
    CreativeWork (see the module docstring); not in a sports report, where a series is
    of matches ("the Test series of ...")."""
    found = held_shows(format_shows(found, words), words)  # "Pop Idol mogul"; "at the Consumer Electronics Show"
    if sport:
        return found
    titled = {fold(m.text) for m, _ in found if any(title.lower() in PERSON_TITLES for title in m.titles)}
    shows = {fold(m.text) for m, bounds in found if _misread(m) and has_parts(words, *bounds)} - titled - COUNTRIES
    shows |= work_owners(found, words) | credited_works(found, words)  # "Sideway's Alexander Payne", "Vera Drake star X"
    shows |= channel_shows(found, words)  # "BBC One's Breakfast", "ITV's Celebrity Fit Club"
    if not shows:
        return found
    return [(replace(m, type=EntityType.WORK, cued=True), b) if _misread(m) and fold(m.text) in shows else (m, b) for m, b in found]


def _misread(mention: Mention) -> bool:
    return mention.type in _MISREAD or (mention.type is EntityType.ORGANIZATION and not mention.cued)


def has_parts(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` are what an episode or a series is of: "the first episode of
    Little Britain", "the current series of Celebrity Big Brother" (not one of a list:
    "a series of Nokia and Motorola phones" is the phones')."""
    root = words.root(start, end)
    marker = root.head
    if root.dep_ != "pobj" or marker.lower_ != "of" or any(child.dep_ == "conj" for child in root.children):
        return False
    part = marker.head
    return part.pos_ == "NOUN" and part.tag_ == "NN" and part.lemma_.lower() in _PARTS
