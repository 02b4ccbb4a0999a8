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

Rule ``credited``: a name right before a credit noun of ``credit_nouns.tsv`` and a
person's full name is a work too: "Vera Drake star Imelda Staunton", "Super Size Me
director Morgan Spurlock", "Sideways star Thomas Haden Church" (NER: a person, an
organisation). The same tests hold but the given name (no person's full name stands before a credit
noun and another's: "Vera Drake" is the film), and an organisation's reading may be the work's
only when the name has two words or more, is no firm, broadcaster, studio or label
the tables know (``media_makers.tsv``, ``nicknames.tsv``), has no head word of a
thing's name ("Festival director", "Opera director") and the noun is no firm's post
as well ("Vodafone director Julian Horn-Smith"); a band's star stays the band's when
the article shows it is one (a cued mention: "Westlife star Brian McFadden").

``kg.extract.shows`` types every mention of such a name a CreativeWork, as it does a
show's whose episodes the text counts.
"""

from __future__ import annotations

from kg.extract.cues import head_type, looks_like_person
from kg.extract.spread import article_people
from kg.extract.words import Bounds, Word, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, NICKNAMES
from kg.lexicon.gazetteer import gazetteer
from kg.lexicon.table import read_table
from kg.records import Mention
from kg.types import EntityType

_OWNER_TYPES = frozenset({EntityType.PERSON, EntityType.PLACE, EntityType.CITY})
_CREDITED_TYPES = _OWNER_TYPES | {EntityType.ORGANIZATION}
_CREDITS = {row.fields[0]: row.fields[1] for row in read_table("credit_nouns.tsv")}
_FIRMS = frozenset(row.fields[0] for row in read_table("media_makers.tsv")) | frozenset(
    fold(reading.name) for readings in NICKNAMES.values() for reading in readings if reading.type is EntityType.ORGANIZATION
)


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
    return _unowned(owners, found, _OWNER_TYPES)


def credited_works(found: list[tuple[Mention, Bounds]], words: Words) -> set[str]:
    """The folded names right before a credit noun and a person's full name that are
    no one's, nowhere's and no firm's: "Vera Drake star Imelda Staunton" (rule
    ``credited``, see the module docstring)."""
    tokens = words.words
    people_at = {bounds[0] for m, bounds in found if m.type is EntityType.PERSON and looks_like_person(m.text)}
    works = {
        fold(m.text)
        for m, (start, end) in found
        if m.type in _CREDITED_TYPES and end + 1 in people_at and end < len(tokens) and _credits(m, tokens[end])
    }
    return _unowned(works, found, _CREDITED_TYPES, given_names=False)


def _credits(mention: Mention, noun: Word) -> bool:
    """Whether ``noun`` is a credit noun the mention before it may own as a work."""
    owners = _CREDITS.get(noun.lower_) if noun.pos_ == "NOUN" and noun.text.islower() else None
    if owners is None or mention.type is not EntityType.ORGANIZATION:
        return owners is not None
    form = fold(mention.text)
    return owners == "any" and " " in form and form not in _FIRMS and head_type(mention.text, frozenset()) is None


def _unowned(
    owners: set[str], found: list[tuple[Mention, Bounds]], types: frozenset[EntityType], *, given_names: bool = True
) -> set[str]:
    """``owners`` less the names a mention shows to be a person's, a place's or one of
    another type, or that a cue or a title read; with ``given_names``, a name that
    opens with a given name too (no person's name comes before a credit noun and
    another person's: "Vera Drake star Imelda Staunton" is the film)."""
    if not owners:
        return owners
    people = article_people(found)
    for m, _ in found:
        form = fold(m.text)
        if form in owners and (
            m.type not in types or m.cued or m.titles or (given_names and looks_like_person(m.text)) or form in people
            or form in COUNTRIES or gazetteer().is_place(m.text)
        ):
            owners.discard(form)
    return owners
