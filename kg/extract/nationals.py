"""A nationality NER kept before a person's name: "American Davenport", "Spaniard Costa",
"American Serena Williams", "New Zealander Graham Henry" name Davenport, Costa, Serena Williams
and Graham Henry.

NER reads a demonym and the name after it as one name of any type ("American Davenport"
an organisation, "American Serena Williams" a team), so the person's mentions do not
meet. A name that opens on a singular demonym ("American", "Spaniard"; not "Russians")
is the person's name after it when that name looks like a person's (a given name first:
"Serena Williams"), follows a demonym noun of one person ("Frenchman Gilles Simon"), or is the surname of a person the article names in full ("Lindsay
Davenport ... American Davenport"). Names of firms and bodies stay whole: "American
Airlines", "British Telecom", "Swiss Re" name no person.

A singular demonym alone after "the" (and an age) is a person described by nationality, no
name at all: "The 18-year-old Indian won 6-4 6-2", "The Slovakian will meet Likhovtseva"
(``kg.resolve.coref`` links it to the one person it may be); not "the Indian government".
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.cues import looks_like_person
from kg.extract.words import Bounds, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, DEMONYMS, PEOPLE_ENDINGS
from kg.records import Mention
from kg.types import EntityType

_DESCRIBED = re.compile(r"\b[Tt]he (\d{1,3}-year-old )?\Z")


def nationals_stripped(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """``found`` with a leading demonym cut from each person's name (see the module's docstring)."""
    surnames = {
        fold(mention.text.split()[-1])
        for mention, (start, end) in found
        if mention.type is EntityType.PERSON and end - start >= 2 and fold(words.words[start].text) not in DEMONYMS
    }
    read = []
    for mention, (start, end) in found:
        first = words.words[start]
        if _person_described(words, start, end):
            continue
        size = _demonym_size(words, start, end)  # "American", "New Zealander"
        if size and end - start > size and mention.start == first.idx and fold(mention.text) not in COUNTRIES:
            rest = words.span_text(start + size, end)
            known = end - start == size + 1 and fold(rest) in surnames  # "Lindsay Davenport ... American Davenport"
            # "Frenchman Gilles Simon": a demonym noun of one person names no firm, whatever the given name
            if known or looks_like_person(rest) or fold(first.text).endswith(("man", "woman")):
                after = words.words[start + size].idx
                mention = replace(mention, start=after, text=rest, type=EntityType.PERSON, cued=mention.cued or known)
                start += size
        read.append((mention, (start, end)))
    return read


def _demonym_size(words: Words, start: int, end: int) -> int:
    """How many words of ``start:end`` a demonym opens it on: one ("American"), two ("New
    Zealander", "South African": ``demonyms.tsv``), or none."""
    if fold(words.words[start].text) in DEMONYMS:
        return 1
    return 2 if end - start > 2 and fold(words.span_text(start, start + 2)) in DEMONYMS else 0


def _person_described(words: Words, start: int, end: int) -> bool:
    """Whether words ``start:end`` are one singular demonym that "the" (and an age) makes a
    person's description: a noun, no modifier of a noun after it."""
    word = words.words[start]
    if end - start != 1 or fold(word.text) not in DEMONYMS or word.dep_ in ("amod", "compound"):
        return False
    following = words.words[end] if end < len(words.words) else None
    if following is not None and following.pos_ in ("NOUN", "PROPN"):
        return False  # "the Indian government", "the Russian Davydenko"
    described = _DESCRIBED.search(words.text, max(word.idx - 20, 0), word.idx)
    # "the Japanese could have more children", "The French want the embargo lifted": a people
    # (a demonym with no noun of its own for one person), unless an age makes it one person
    return described is not None and (bool(described.group(1)) or not word.lower_.endswith(PEOPLE_ENDINGS))
