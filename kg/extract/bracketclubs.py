"""In a sports report, the name in brackets right after a player's full name is the player's club.

Rule ``bracketed club``: squads and line-ups give each player's club in brackets after
the name: "Backs: Mike Blair (Edinburgh Rugby), Andy Craig (Glasgow Rugby), Chris
Cusiter (The Borders)", "Gordon Bulloch (captain, Glasgow Rugby)", "Nicolas Mas
(Perpignan)". NER reads the club by its words: "Edinburgh Rugby" a person, "Borders" a
firm, "Perpignan" a town. The name that fills the brackets (after a post's lowercase
words and a comma: "captain,") after a person's name of two words or more is a team;
``kg.extract.spread.spread_teams``, which asks this first, then reads its other mentions so.

Not a country's name (a tennis draw's nationality: "Andy Roddick (US)", "Marat Safin
(Russia)"), an acronym ("(IRB)", "(WRU)": a body the player speaks for), a name with a
head word of another kind of thing ("Federation", "Union", "Board"), nor brackets after
a body's name ("the World Anti-Doping Agency (Wada)": its short name) or after one word
("Mike (Ruddock)": a surname).
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.cues import head_type
from kg.extract.words import Bounds, Word, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES
from kg.records import Mention
from kg.types import EntityType

_SPORT = frozenset({"sport"})


def bracketed_clubs(found: list[tuple[Mention, Bounds]], words: Words, sport: frozenset[str]) -> list[tuple[Mention, Bounds]]:
    """``found`` with each club in brackets after a player's name typed a team (see the module docstring)."""
    if not sport:
        return found
    tokens = words.words
    people_end = {end for m, (start, end) in found if m.type is EntityType.PERSON and end - start >= 2}
    return [
        (replace(m, type=EntityType.SPORTS_TEAM, cued=True), (start, end))
        if m.type is not EntityType.SPORTS_TEAM and _fills_brackets(tokens, start, end, people_end) and _may_be_club(m.text)
        else (m, (start, end))
        for m, (start, end) in found
    ]


def _fills_brackets(tokens: list[Word], start: int, end: int, people_end: set[int]) -> bool:
    """Words ``start:end`` close brackets opened right after a person's name, with at most
    a post's lowercase words and a comma before them: "(Perpignan)", "(captain, Glasgow Rugby)"."""
    if end >= len(tokens) or tokens[end].text != ")":
        return False
    i = start - 1
    if i >= 0 and tokens[i].text == "," and tokens[i].sent.start == tokens[start].sent.start:
        i -= 1
        while i >= 0 and tokens[i].text.islower() and tokens[i].is_alpha:
            i -= 1  # "captain", "vice-captain"
    if i >= 0 and tokens[i].text == "The":
        i -= 1  # "(The Borders)": NER's mention leaves out its "The"
    return i >= 0 and tokens[i].text == "(" and i in people_end


def _may_be_club(name: str) -> bool:
    """No country, acronym or name of another kind of thing."""
    kind = head_type(name, _SPORT)
    return fold(name) not in COUNTRIES and not name.replace(" ", "").isupper() and kind in {None, EntityType.SPORTS_TEAM}
