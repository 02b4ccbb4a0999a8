"""A name before a club's post in a sports report is the club.

Rule ``club's post``: "Wasps coach Warren Gatland", "Saints coach Ian Millward",
"Munster lock Paul O'Connell", "Dragons lock Ian Gough": in a sports report, a name
right before a post a club gives (its players' places on the field, its coach or
manager: ``roles.tsv``, sport roles with the membership "play for" and the coaches
and managers) and a person's name after the post is the club that person plays or
works for, whatever NER called it (an organisation, a person, a town). The post may
follow the name's possessive ("Wasps' coach Warren Gatland"). ``kg.extract.spread``
then reads every mention of the name as the team.

Not a country's name nor a people's ("Wales coach Mike Ruddock", "Fiji international":
a national side, which ``kg.extract.spread`` reads from the country's own plays), nor
a name that looks like a person's or is one word of the names of the article's people,
nor "international", a national side's word.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.cues import looks_like_person
from kg.extract.spread import article_people
from kg.extract.words import Bounds, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, ROLES, demonym_country
from kg.records import Mention
from kg.types import EntityType

# The posts of a club: the places of its players, its coaches and managers (not a
# referee's, a jockey's, an athlete's, nor "international", a national side's).
CLUB_POSTS = frozenset(
    words for words, role in ROLES.items()
    if role.type == "sport" and words != ("international",)
    and (role.membership == "play for" or words[-1] in {"coach", "manager"})
)
_LONGEST = max(len(words) for words in CLUB_POSTS)
# NER's readings of a club's name that the post corrects (not a country, a people, a
# team already, an event: "Six Nations player").
_MISREAD = frozenset(
    {EntityType.ORGANIZATION, EntityType.PERSON, EntityType.CITY, EntityType.PLACE, EntityType.PRODUCT,
     EntityType.FACILITY}
)


def clubs_before_posts(
    found: list[tuple[Mention, Bounds]], words: Words, sport: frozenset[str] = frozenset()
) -> list[tuple[Mention, Bounds]]:
    """``found`` with the mentions of a sports report right before a club's post and a
    person's name typed SportsTeam (see the module docstring)."""
    if not sport:
        return found
    people = article_people(found)
    return [
        (replace(m, type=EntityType.SPORTS_TEAM, cued=True), (start, end))
        if m.type in _MISREAD and _club_name(m.text, people) and before_club_post(words, end)
        else (m, (start, end))
        for m, (start, end) in found
    ]


def _club_name(name: str, people: set[str]) -> bool:
    form = fold(name)
    return not (
        form in COUNTRIES or demonym_country(name) is not None or form in people or looks_like_person(name)
    )


def before_club_post(words: Words, end: int) -> bool:
    """A club's post starts at token ``end`` (or after a possessive there) and a
    person's name follows it: "[Wasps] coach Warren Gatland", "[Gloucester] fly-half
    James Simpson-Daniel"."""
    tokens = words.words
    i = end + (end < len(tokens) and tokens[end].tag_ == "POS")
    post: list[str] = []
    j = i
    while j < len(tokens) and len(post) < _LONGEST and (tokens[j].text == "-" or tokens[j].text.islower()):
        if tokens[j].text != "-":
            post.append(fold(tokens[j].text))
        j += 1
        if tuple(post) in CLUB_POSTS and j < len(tokens) and tokens[j].pos_ == "PROPN" and tokens[j].text.istitle():
            return True
    return False
