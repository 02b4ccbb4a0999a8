"""A name NER read as a person or a place whose possessive stands before a person's
full name is a work, in all its mentions.

Rule ``work's person``: "Sideway's Alexander Payne, Ray's Taylor Hackford and British
director Mike Leigh", "to be directed by A Beautiful Mind's Ron Howard": a film, a show
or a magazine named by what it is known for, its director, its star, its critic. NER
reads the owner's words as they look ("Sideway": a place; "Beautiful Mind": a person).
A person's possessive names people too ("Blair's Alastair Campbell"), and so does a
place's ("London's Ken Livingstone") and a firm's ("BT's Andrew Burke"), so the owner is
a work only when

- the person after it has a full name with a given name (``looks_like_person``);
- no mention of the owner is an organisation's, is cued or titled, or looks like a
  person's name, and none is a word of the names of the article's people ("Ray" of
  Ray Charles), a country or a place GeoNames knows;
- the article is no sports report ("Ireland's Brian O'Driscoll": his team).

``kg.extract.shows`` types every mention of such a name a CreativeWork, as it does a
show's whose episodes the text counts.
"""

from __future__ import annotations

from kg.extract.cues import looks_like_person
from kg.extract.spread import article_people
from kg.extract.words import Bounds, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES
from kg.lexicon.gazetteer import gazetteer
from kg.records import Mention
from kg.types import EntityType

_OWNER_TYPES = frozenset({EntityType.PERSON, EntityType.PLACE, EntityType.CITY})


def work_owners(found: list[tuple[Mention, Bounds]], words: Words) -> set[str]:
    """The folded names whose possessive stands before a person's full name and that
    are no one's, nowhere's and no firm's (see the module docstring)."""
    tokens = words.words
    people_at = {bounds[0]: m for m, bounds in found if m.type is EntityType.PERSON and looks_like_person(m.text)}
    owners = {
        fold(m.text)
        for m, (start, end) in found
        if m.type in _OWNER_TYPES and end + 1 < len(tokens) and tokens[end].tag_ == "POS" and end + 1 in people_at
    }
    if not owners:
        return owners
    people = article_people(found)
    for m, _ in found:
        form = fold(m.text)
        if form in owners and (
            m.type not in _OWNER_TYPES or m.cued or m.titles or looks_like_person(m.text) or form in people
            or form in COUNTRIES or gazetteer().is_place(m.text)
        ):
            owners.discard(form)
    return owners
