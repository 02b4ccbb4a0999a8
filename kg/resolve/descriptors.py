"""Speakers described by where they are from and what they are, linked to the person
the passage is about.

Sport and arts news quote a person named before by a description: "'It gives me a lot
of joy,' said the Newport-based athlete", "the Australian-born actress joked", "The
tournament debutant added". Such a speaker is "the", modifiers that say where the person
lives or comes from ("Newport-based", "Australian-born", a nationality adjective:
"the Welsh winger") or lower-case ones ("the giant winger"), and one singular noun of a
person: an occupation that is no public office (``roles.tsv``) or a noun a person is
known by (``epithet_nouns.txt``: "star", "veteran", "debutant"). It stands for the one
person the sentences around are about (``kg.resolve.epithets.occupation_holder``), when
the nationality it gives agrees: a person the article gives another one, or another
person named near it of no other nationality, leaves it unresolved (``fits_nationality``).
"the Arsenal striker" (a club's player: ``kg.resolve.holders``) and "the minister" (an
office) are not such speakers. A wrong speaker is worse than none.
"""

from __future__ import annotations

import re

from kg.extract.clubmembers import member_epithet
from kg.folding import fold
from kg.lexicon import DEMONYMS
from kg.resolve.agreement import nationality
from kg.resolve.coref import OFFICE_TYPES
from kg.resolve.epithets import occupation
from kg.resolve.narrowed import fits_named, named_occupation, person_noun
from kg.resolve.nationals import fits_nationality, national
from kg.resolve.pronouns import looks_plural
from kg.resolve.speakers import Context
from kg.types import EntityType

# A lower-case word with no possessive: "the prime minister's spokesman" is the minister's, someone else.
_LOWER = re.compile(r"[a-z][a-z-]*")
# Where a person lives or comes from: "Newport-based", "Australian-born", "London-bred".
_PLACED = re.compile(r"[A-Z][A-Za-z'’]*(?:[ -][A-Z][A-Za-z'’]*)*-(?:based|born|bred|raised)")


def person_description(written: str) -> bool:
    """Whether a speaker as written is "the", modifiers (lower-case, a place with "-based"
    or "-born", a nationality adjective) and a singular noun of a person that is no office.

    >>> person_description("the Newport-based athlete"), person_description("the Australian-born actress")
    (True, True)
    >>> person_description("the tournament debutant"), person_description("the Welsh winger")
    (True, True)
    >>> person_description("the Arsenal striker"), person_description("the minister"), person_description("the stars")
    (False, False, False)
    >>> person_description("the striker's agent"), person_description("the Newport-based firm")
    (False, False)
    """
    found = written.split()
    if len(found) < 2 or found[0].lower() != "the" or looks_plural(found[-1]):
        return False
    noun = person_noun(found, len(found) - 1)
    if noun is None:
        return False
    role, size = noun
    return (role is None or role.type not in OFFICE_TYPES) and all(_modifier(word) for word in found[1:-size])


def described_person(written: str, context: Context) -> bool:
    """Whether a speaker is a description of a person to resolve so: an occupation ("the striker", ``kg.resolve.epithets.occupation``), a nationality
    ("the American"), a description with modifiers of place (``person_description``) or a
    club's member ("the Birchfield Harrier", ``kg.extract.clubmembers``)."""
    return (occupation(written) or national(written) is not None or person_description(written)
            or member_epithet(written, _teams(context)) or named_occupation(written) is not None)


def _teams(context: Context) -> set[str]:
    """The folded names of the article's sports teams."""
    return {fold(mention.text) for cluster in context.clusters if cluster.type is EntityType.SPORTS_TEAM
            for mention in cluster.mentions}


def _modifier(word: str) -> bool:
    """A word that may describe a person before the noun: lower-case, placed, or a demonym."""
    return bool(_LOWER.fullmatch(word) or _PLACED.fullmatch(word) or fold(word) in DEMONYMS)


def _nationality_word(written: str) -> str | None:
    """The modifier of a description that gives a nationality, its "-born" cut off.

    >>> _nationality_word("the Australian-born actress"), _nationality_word("the Welsh winger")
    ('Australian', 'Welsh')
    >>> _nationality_word("the Newport-based athlete") is None, _nationality_word("the American") is None
    (True, True)
    """
    for word in written.split()[1:-1]:
        placed = re.sub(r"-(?:born|bred|raised)$", "", word)
        if word[:1].isupper() and nationality(placed) is not None:
            return placed
    return None


def agrees(context: Context, written: str, offset: int, person: int, quoted: list[tuple[int, int]]) -> bool:
    """Whether ``person`` fits the nationality a speaker at ``offset`` gives, if any: "the
    American" or "the Australian-born actress" (``kg.resolve.nationals.fits_nationality``)."""
    if national(written):
        return fits_nationality(context, written, offset, person, quoted)
    if named_occupation(written) is not None and not person_description(written):
        return fits_named(context, written, offset, person, quoted)  # "the Chelsea star" (kg.resolve.narrowed)
    word = _nationality_word(written)
    return word is None or fits_nationality(context, word, offset, person, quoted)
