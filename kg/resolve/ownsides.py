"""A person's side: "his side", "her team" as a participant is the team the article gives them.

Sports news names a manager, a coach or a player with their team and then speaks of the
team through them: "Everton defender David Weir has played down talk of European
football, despite his team lying in second place ... after beating Liverpool";
"Manchester United manager Sir Alex Ferguson ... Ferguson admitted his side were
well-beaten by the Turks". Read alone, "his side" stays a literal (or a node "team" of
its own), though the reader knows which side it is. ``possessed_side`` gives such an
argument the team, when all of these hold:

- the argument is "his" or "her", at most two lower-case words, and "side" or "team"
  (not "his squad": the players he picks; not "his former side", "his old team": a team
  he no longer has);
- the pronoun stands for one person, as any "his" would (``kg.resolve.pronouns``);
- the article gives that person a post or a membership (``kg.resolve.holders.Holder``)
  at exactly one team, by the team's name as the article writes it ("Everton defender",
  "Manchester United manager"), and none held no more ("former Rangers boss").

Two teams, none, or a pronoun that fits two people leave the argument as it was: a
wrong team is worse than the description.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.lexicon import ROLES
from kg.records import Argument, Proposition
from kg.resolve.holders import words
from kg.resolve.ownparty import possessed_party, pronoun_person
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

_SIDE = re.compile(r"([Hh]is|[Hh]er)((?: [a-z][a-z-]*){0,2}) (side|team)")
# Words that make the side another than the one the person has now.
_OTHER = frozenset({"former", "old", "ex", "previous", "new", "next", "future", "last", "first"})
_TEAMS = frozenset({EntityType.SPORTS_TEAM, EntityType.ORGANIZATION})
# The posts of a sport ("defender", "coach", "manager"): the organisation they are held at is a side.
_SPORT_ROLES = frozenset(role.key for role in ROLES.values() if role.type == "sport")


def side_words(written: str) -> str | None:
    """The possessive pronoun of a person's side as written, or ``None`` when it is none.

    >>> side_words("his side"), side_words("her young team"), side_words("His own side")
    ('his', 'her', 'his')
    >>> side_words("his squad"), side_words("his former side"), side_words("his side's draw")
    (None, None, None)
    """
    match = _SIDE.fullmatch(written)
    if match is None or set(match.group(2).split()) & _OTHER:
        return None
    return match.group(1).lower()


def possessed_side(linker: Linker, span: Argument, proposition: Proposition, earlier: Sequence[tuple[Proposition, int]]) -> int | None:
    """The team "his side" at ``span`` stands for (see the module's docstring), or ``None``;
    "his party": the party (``kg.resolve.ownparty``)."""
    pronoun = side_words(linker.text[span.start : span.end])
    if pronoun is None:
        return possessed_party(linker, span, proposition, earlier)
    person = pronoun_person(linker, pronoun, span, proposition, earlier)
    if person is None:
        return None
    teams = person_teams(linker, person)
    return teams.pop() if len(teams) == 1 else None


def person_teams(linker: Linker, person: int) -> set[int]:
    """The teams the article gives ``person`` a post or a membership at, by a name of the
    team as written (a club typed an organisation counts when the post is a sport's:
    "Everton defender David Weir"); empty when it gives a post held no more (which side
    is "his" then is open), and all the teams of the name when it gives sport posts at
    two names ("Everton defender David Weir, the Scotland captain": either side, whatever
    Scotland was typed)."""
    names: dict[frozenset[str], set[int]] = {}
    for mention, cluster in linker.names:
        if linker.clusters[cluster].type in _TEAMS:
            names.setdefault(frozenset(words(mention.text)), set()).add(cluster)
    owners: dict[frozenset[str], set[int]] = {}
    for holder in linker.holders:
        if holder.cluster != person or not holder.owner:
            continue
        if holder.status != "current":
            return set()
        sport = holder.role_key in _SPORT_ROLES
        teams = {cluster for cluster in names.get(holder.owner, set())
                 if sport or linker.clusters[cluster].type is EntityType.SPORTS_TEAM}
        if sport or teams:
            owners.setdefault(holder.owner, set()).update(teams)
    return set().union(*owners.values()) if len(owners) == 1 else set()
