"""One member of a club named by the club's name in the singular: a person, no club.

Sport news calls a player by the singular of the club's plural name: "'I am very happy,'
said the Birchfield Harrier" (a member of Birchfield Harriers), "the Saracen" (of
Saracens), "the Gunner" (of Arsenal, the Gunners). NER reads such a name as an
organisation or a group, so the club's member became a node of its own and the speaker
of what they said. "the" and a capitalised name whose plural (its last word with "s") is
a club's name is a member epithet when

- the article names a sports team so ("Newcastle Falcons won ... the Falcon"), or
- the plural ends clubs' names (``club_plurals.tsv``: "Harriers", "Wanderers") or is a
  team's nickname (``nicknames.tsv``: "Gunners"; not "the Oscar" of "the Oscars").

A demonym ("the American") is a nationality, read elsewhere (``kg.resolve.nationals``);
a name that goes on ("the Saracen Foundation") is no epithet. Such a mention is dropped;
the speaker it was is resolved as a description of a person (``kg.resolve.descriptors``).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from kg.extract.words import Bounds, Words
from kg.folding import fold
from kg.lexicon import CLUB_PLURALS, DEMONYMS, NICKNAMES
from kg.records import Mention
from kg.types import EntityType

# "the" and one to three capitalised words, the last singular: "the Birchfield Harrier".
_EPITHET = re.compile(r"[Tt]he ((?:[A-Z][a-z'’-]+ ){0,2}[A-Z][a-z]+[^s\W])")


# "the" right before a name, and what may follow a phrase's head.
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_AFTER_HEAD = frozenset({"PUNCT", "VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PART", "ADV"})


def member_epithet(written: str, teams: Collection[str]) -> bool:
    """Whether ``written`` ("the Birchfield Harrier") names one member of a club, in an
    article whose sports teams have the folded names ``teams``.

    >>> member_epithet("the Birchfield Harrier", ()), member_epithet("the Gunner", ())
    (True, True)
    >>> member_epithet("the Falcon", {"newcastle falcons"}), member_epithet("the Falcon", ())
    (True, False)
    >>> member_epithet("the Oscar", ()), member_epithet("the American", {"americans"}), member_epithet("the BBC", ())
    (False, False, False)
    """
    match = _EPITHET.fullmatch(written.strip())
    if match is None:
        return False
    name = match.group(1)
    last = fold(name.split()[-1])
    if last in DEMONYMS:
        return False
    plural = fold(name) + "s"
    nickname = any(reading.type is EntityType.SPORTS_TEAM for reading in NICKNAMES.get(plural, ()))
    return last + "s" in CLUB_PLURALS or nickname or any(team == plural or team.endswith(" " + plural) for team in teams)


def club_members_dropped(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """``found`` without the names that are a club member's epithet ("said the Birchfield
    Harrier"): "the" before, and the name the head of its phrase ("the Saracen said", not
    "the Conservative manifesto")."""
    teams = {fold(mention.text) for mention, _ in found if mention.type is EntityType.SPORTS_TEAM}
    kept = []
    for mention, (start, end) in found:
        after = words.words[end].pos_ if end < len(words.words) else "PUNCT"
        if (mention.type is not EntityType.PERSON and after in _AFTER_HEAD
                and _THE_BEFORE.search(words.text, max(mention.start - 5, 0), mention.start)
                and member_epithet("the " + mention.text, teams)):
            continue
        kept.append((mention, (start, end)))
    return kept
