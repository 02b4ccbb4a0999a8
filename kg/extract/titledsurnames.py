"""A full name NER read as a thing whose surname the article titles is a person's.

spaCy's small model reads a full name whose given name it does not know as a
facility's, a firm's or a place's ("The Fabian Society's Sundar Katwala said": a
facility), and the article's next mention, "Mr Katwala added", is a person's: two
nodes for one man, one of them mistyped. The courtesy title is surer than NER.

Rule ``titled surname``: each mention of a name of two or three capitalised words
(letters, hyphens, apostrophes) that NER read as an organisation, a facility or a
place, with no cue, no head word of a thing's name ("Fabian Society"), no
organisation suffix, no country's or known place's name, whose last word the article
writes as a name of its own after a courtesy title (``_COURTESY``: "Mr Katwala",
"Dr Okonjo-Iweala"; a mention's title, or the words "Mr Gaymard" where NER found no
name: '"...," said Mr Gaymard'), becomes a person, in all mentions of that name. Not a name of
one word ("Mr Brown ... Brown University" needs no help: one word is no full name),
nor a title's word inside the name, nor a single initial's ("S McManus ... Mr McManus":
another McManus, perhaps; ``kg.resolve.initialled``).
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from kg.extract.cues import head_type
from kg.extract.words import Bounds, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, ORG_SUFFIXES, PERSON_TITLES
from kg.lexicon.gazetteer import gazetteer
from kg.records import Mention
from kg.types import EntityType

# The types NER gives a full name it does not know as a person's.
_MISREAD = frozenset({EntityType.ORGANIZATION, EntityType.FACILITY, EntityType.PLACE, EntityType.CITY})
# Courtesy titles, which stand before a person's surname alone ("Mr Katwala"); not "Lord",
# "Sir", "President", which stand before names of places and posts too.
_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "dr"})


def titled_people(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """``found`` with each full name whose surname the article titles typed a Person
    (see the module docstring)."""
    titled = {fold(m.text) for m, _ in found if " " not in m.text.strip() and _courtesy(m)} | _titled_words(words)
    if not titled:
        return found
    people = {fold(m.text) for m, _ in found if _namelike(m) and fold(m.text).split()[-1] in titled}
    if not people:
        return found
    return [
        (replace(m, type=EntityType.PERSON, cued=True), b)
        if m.type in _MISREAD and not m.cued and fold(m.text) in people else (m, b)
        for m, b in found
    ]


def _titled_words(words: Words) -> set[str]:
    """The folded capitalised words right after a courtesy title in the text ("Mr Gaymard")."""
    tokens = words.words
    return {
        fold(after.text) for before, after in pairwise(tokens)
        if fold(before.text) in _COURTESY and after.text[:1].isupper() and after.pos_ == "PROPN"
    }


def _courtesy(mention: Mention) -> bool:
    return any(fold(title) in _COURTESY for title in mention.titles)


def _namelike(mention: Mention) -> bool:
    """Two or three capitalised words of letters, read as a thing with no cue, and
    nothing in them that names a thing or a place, nor a title's word."""
    parts = mention.text.split()
    if mention.type not in _MISREAD or mention.cued or not 2 <= len(parts) <= 3:
        return False
    if not all(part[:1].isupper() and part.replace("-", "").replace("'", "").isalpha() and len(part) > 1 for part in parts):
        return False  # a single initial's name ("S McManus") may be another's (kg.resolve.initialled)
    form = fold(mention.text)
    return (
        head_type(mention.text, frozenset()) is None
        and not any(word in ORG_SUFFIXES or word in PERSON_TITLES for word in form.split())
        and form not in COUNTRIES and not gazetteer().is_place(mention.text)
    )
