"""In a sports report, the town that closes one club's name, written alone, is that club.

"Newcastle to join Morientes race ... the Real Madrid striker ... 'I have told Madrid that I
want it to happen. If Madrid do not want me ...'": NER reads "Madrid" as the city, and
``kg.resolve.variants`` never joins a known place's name to a longer one ("Milan" is no
"Inter Milan" in general), so the club stood twice. Here (``kg.resolve.names`` asks it) a
name that is a known place joins the one team of the article whose name is a word and that
place ("Real Madrid", "FC Barcelona", "Dinamo Bucharest"), when

- the article is a sports report;
- no other team of the article opens or closes with that place ("Real Madrid" beside
  "Atletico Madrid", "Manchester" beside Manchester City);
- every mention of that name stands as a club does: after no preposition of place ("his
  life in Madrid", "the final in Munich": the town itself), and modifying no noun but a
  post's ("Madrid midfielder Guti" is the club's; "the two Milan sides" may be two clubs).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from kg.lexicon import ROLE_HEADS
from kg.records import Mention
from kg.resolve.clubtowns import PLACE_BEFORE, REACH
from kg.resolve.forms import name_words, normalise
from kg.resolve.variants import ORG_LIKE, PLACES, is_known_place
from kg.types import EntityType

_NEXT_WORD = re.compile(r"[ \t]+([a-z-]+)")


def club_tail_pairs(mentions: Sequence[Mention], text: str, context: Iterable[str]) -> list[tuple[int, int]]:
    """Pairs (town, club) of mention indexes (see the module's docstring).

    >>> text = "Morientes joined Real Madrid. If Madrid do not want me, I will go."
    >>> club, town = Mention(17, 28, "Real Madrid", EntityType.SPORTS_TEAM, 0), Mention(33, 39, "Madrid", EntityType.CITY, 1)
    >>> club_tail_pairs([club, town], text, {"sport"})
    [(1, 0)]
    >>> club_tail_pairs([club, town], text, {"politics"})
    []
    >>> club_tail_pairs([club, Mention(33, 39, "Madrid", EntityType.CITY, 1, modifier=True)], text, {"sport"})
    []
    """
    if "sport" not in set(context):
        return []
    clubs: dict[str, set[str]] = {}  # a town's form -> the folded names of the teams it opens or closes
    for mention in mentions:
        words = name_words(mention.text)
        if mention.type is EntityType.SPORTS_TEAM and len(words) >= 2:
            clubs.setdefault(words[0], set()).add(" ".join(words))
            clubs.setdefault(" ".join(words[1:]), set()).add(" ".join(words))
    pairs: list[tuple[int, int]] = []
    for i, mention in enumerate(mentions):
        form = normalise(mention.text)
        named = clubs.get(form, set())
        if len(named) != 1 or mention.type not in PLACES | ORG_LIKE or not is_known_place(mention.text):
            continue
        (club,) = named
        if club.split()[0] == form or not all(_as_club(other, text) for other in mentions if normalise(other.text) == form):
            continue
        j = next(j for j, other in enumerate(mentions) if normalise(other.text) == club)
        pairs.append((i, j))
    return pairs


def _as_club(mention: Mention, text: str) -> bool:
    """Whether ``mention`` stands as a club does: after no preposition of place, and modifying
    no noun but a post ("Madrid midfielder Guti")."""
    if PLACE_BEFORE.search(text[max(0, mention.start - REACH) : mention.start]):
        return False
    if not mention.modifier:
        return True
    after = _NEXT_WORD.match(text, mention.end)
    return after is not None and after.group(1) in ROLE_HEADS
