"""A name right after a plural noun of a side's standing is a team, in a sports report.

Rule ``standing``: "15 points behind leaders Chelsea", "League One leaders Luton",
"lost to champions Arsenal", "relegation strugglers Norwich", "meet holders Manchester
United": a plural noun that ranks sides (``standing_nouns.txt``: leaders, champions,
holders, rivals ...) right before a single name says the name is a side, several
people, whatever NER called it (a person: "leaders Chelsea", "leaders Luton"; a place:
"leaders Barcelona"). ``kg.extract.spread`` then reads every mention of the name as the
team.

Not a list after the noun ("defending champions Mike Bryan and Bob Bryan": each a
player), nor a person's full name, nor a name of the article's people, nor a country's
or a people's name (a national side, which ``kg.extract.spread`` reads from the
country's own plays), nor outside a sports report ("Tory leaders", "rivals Microsoft").
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.cues import looks_like_person
from kg.extract.spread import article_people
from kg.extract.words import Bounds, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, demonym_country
from kg.lexicon.table import read_words
from kg.records import Mention
from kg.types import EntityType

STANDING_NOUNS = read_words("standing_nouns.txt")
# NER's readings of a club's name that the standing corrects (not a country, a people, an
# event, a team already).
_MISREAD = frozenset(
    {EntityType.ORGANIZATION, EntityType.PERSON, EntityType.CITY, EntityType.PLACE, EntityType.FACILITY}
)


def standing_sides(
    found: list[tuple[Mention, Bounds]], words: Words, sport: frozenset[str] = frozenset()
) -> list[tuple[Mention, Bounds]]:
    """``found`` with each mention of a sports report right after a plural noun of standing
    typed SportsTeam (see the module docstring)."""
    if not sport:
        return found
    people = article_people(found)
    return [
        (replace(m, type=EntityType.SPORTS_TEAM, cued=True), bounds)
        if m.type in _MISREAD and _club_name(m, people) and after_standing(words, *bounds)
        else (m, bounds)
        for m, bounds in found
    ]


def _club_name(mention: Mention, people: set[str]) -> bool:
    form = fold(mention.text)
    return not (
        form in COUNTRIES or demonym_country(mention.text) is not None or form in people
        or looks_like_person(mention.text) or mention.titles
    )


def after_standing(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` follow a plural noun of standing and are no list's first name:
    "behind leaders Chelsea"; not "champions Mike Bryan and Bob Bryan"."""
    tokens = words.words
    if start == 0:
        return False
    before = tokens[start - 1]
    if before.text not in STANDING_NOUNS:  # lower case, plural: "leaders", not "Leaders" nor "leader"
        return False
    root = words.root(start, end)
    if root.dep_ == "conj" or any(child.dep_ == "conj" for child in root.children):
        return False
    return not (end < len(tokens) and tokens[end].lower_ in {"and", "&", "/"})
