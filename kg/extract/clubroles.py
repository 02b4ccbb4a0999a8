"""A name before a club's post in a sports report is the club, and so is a Spanish club's name.

Rule ``club's post``: "Wasps coach Warren Gatland", "Saints coach Ian Millward",
"Munster lock Paul O'Connell", "Dragons lock Ian Gough": in a sports report, a name
right before a post a club gives (its players' places on the field, its coach or
manager: ``roles.tsv``, sport roles with the membership "play for" and the coaches
and managers) and a person's name after the post is the club that person plays or
works for, whatever NER called it (an organisation, a person, a town). The post may
follow the name's possessive ("Wasps' coach Warren Gatland"). ``kg.extract.spread``
then reads every mention of the name as the team.

Rule ``the club's player``: "the Sale wing", "The Bath fly-half", "the Southampton
manager": after "the", a name and a club's post that ends the phrase (no person's
name follows) is one player or manager of the club, the post the phrase's head; the
name is the club the same way. Not a competition's name ("the Heineken Cup winger";
``competition_heads.txt``).

Rule ``club's first word``: in a sports report a name of two words or more that opens
with a Spanish club's word (``club_openers.txt``: "Real", "Atletico", "Deportivo") is
the club, whatever NER called it ("Real Sociedad": a place, "Atletico Madrid": a person;
``kg.resolve.variants`` joins "Atletico" alone to it).

Not a country's name nor a people's ("Wales coach Mike Ruddock", "Fiji international":
a national side, which ``kg.extract.spread`` reads from the country's own plays), nor
a name that looks like a person's or is one word of the names of the article's people,
nor "international", a national side's word.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.cues import looks_like_person
from kg.extract.spread import article_people
from kg.extract.words import Bounds, Word, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, ROLES, demonym_country
from kg.lexicon.table import read_words
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
# Last words of a competition's name: "the Heineken Cup winger" plays in it, for no club of that name.
_COMPETITION_HEADS = read_words("competition_heads.txt")
_CLUB_OPENERS = read_words("club_openers.txt")
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
    person's name, or opening on a club's word, typed SportsTeam (see the module docstring)."""
    if not sport:
        return found
    people = article_people(found)
    return [
        (replace(m, type=EntityType.SPORTS_TEAM, cued=True), (start, end))
        if m.type in _MISREAD and (
            opens_club_name(m.text)
            or (_club_name(m.text, people) and before_club_post(words, end, definite=_after_the(words, start)))
        )
        else (m, (start, end))
        for m, (start, end) in found
    ]


def _club_name(name: str, people: set[str]) -> bool:
    form = fold(name)
    return not (
        form in COUNTRIES or demonym_country(name) is not None or form in people or looks_like_person(name)
        or form.split()[-1] in _COMPETITION_HEADS
    )


def opens_club_name(name: str) -> bool:
    """A name of two words or more opening with a club's word (rule ``club's first word``).

    >>> opens_club_name("Real Sociedad"), opens_club_name("Real"), opens_club_name("Racing Post")
    (True, False, False)
    """
    words = fold(name).split()
    return len(words) > 1 and words[0] in _CLUB_OPENERS


def _after_the(words: Words, start: int) -> bool:
    """The name opens a phrase on "the": "the Sale wing" (rule ``the club's player``)."""
    return start > 0 and words.words[start - 1].lower_ == "the"


def before_club_post(words: Words, end: int, *, definite: bool = False) -> bool:
    """A club's post starts at token ``end`` (or after a possessive there) and a
    person's name follows it: "[Wasps] coach Warren Gatland", "[Gloucester] fly-half
    James Simpson-Daniel"; with ``definite`` (the name after "the") the post may end
    its phrase instead: "the [Sale] wing gathered", "the [Bath] fly-half's kick"."""
    tokens = words.words
    i = end + (end < len(tokens) and tokens[end].tag_ == "POS")
    post: list[str] = []
    j = i
    while j < len(tokens) and len(post) < _LONGEST and (tokens[j].text == "-" or tokens[j].text.islower()):
        if tokens[j].text != "-":
            post.append(fold(tokens[j].text))
        j += 1
        if tuple(post) not in CLUB_POSTS:
            continue
        if j < len(tokens) and tokens[j].pos_ == "PROPN" and tokens[j].text.istitle():
            return True
        if definite and i == end and (j == len(tokens) or _ends_phrase(tokens[j])):
            return True
    return False


def _ends_phrase(word: Word) -> bool:
    """No noun continues the post's phrase at ``word``: "the Sale wing gathered", "the Sale wing,"."""
    return word.pos_ not in {"NOUN", "PROPN", "NUM"} and word.text not in {"-", "–"}
