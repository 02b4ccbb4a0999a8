"""Positions written with no organisation that take one from a description of the same role.

"on the request of its president ... President Kassym-Jomart Tokayev": a post whose text
names no organisation takes the one that an unnamed mention of the same role gives, when
the article gives that role of one organisation only, in a definite or possessive description
(not "a spokeswoman for X", one of many), and to one person only. Only a
description in the same status lends its organisation: "Singer Courtney Love ... the
ex-Hole singer's lawyer" says she sang for Hole once, not that she is Hole's singer; and
the former post the description gives her stands beside the current one, which it does
not repeat. Two people named in the role leave the description no one's: "the Cuban
president ... President Castro ... President Bush" (Bush is no president of Cuba). A
person the description makes its owner lends nothing: "Chancellor Gordon Brown ... Mr Blair
praised his chancellor" says whose colleague he is, not what he is chancellor of.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.records import RoleReading

Role = tuple[str, int, int, "RoleReading"]

POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})
# A possessive right before a role (its words between): "Saints' third boss", "the club's new coach".
# An indefinite description lends no organisation: "a spokeswoman for the St David's Shopping
# Centre" is one of many spokespeople, not the "Spokesman Alan Jones" of Bluewater before it.
_INDEFINITE = re.compile(r"(?:^|\W)an? \Z", re.IGNORECASE)
_OWNED = re.compile(r"\w['’]s?\s+(?:[a-z-]+\s+){0,3}\Z")


def described_owners(roles: list[Role], text: str, people: frozenset[int] = frozenset()) -> list[Role]:
    """Positions whose text names no organisation (not one it names and no entity is:
    "Saints' third boss") take the one that an unnamed mention of the same role, in the
    same status, gives, when no other person is named in that role; ``people``: the
    clusters that are persons, whom a description lends to no one. Descriptions themselves
    name no one and are dropped; what one that stands for a person gives
    (``statements._described_holder``) is kept unless the person's name was given it
    already, in the same status or the same sentence, or the same relation ("Striker Alan
    Shearer ... the Newcastle striker": one position)."""
    owners: dict[tuple[str, str], set[int]] = {}
    holders: dict[tuple[str, str], set[int]] = {}  # who is named in each role, in each status
    for what, person, organisation, reading in roles:
        if what == "description" and organisation not in people and not _INDEFINITE.search(
                text[max(0, reading.person.start - 4) : reading.person.start]):
            owners.setdefault((reading.role_key, reading.status), set()).add(organisation)
        elif what == "position" and reading.kind != "description":
            holders.setdefault((reading.role_key, reading.status), set()).add(person)
    named = {key for what, person, second, reading in roles if reading.kind != "description"
             for key in _keys(what, person, second, reading)}
    out = []
    for what, person, organisation, reading in roles:
        keys = _keys(what, person, organisation, reading)
        if what == "description" or (reading.kind == "description" and not named.isdisjoint(keys)):
            continue
        named.update(keys)
        candidates = owners.get((reading.role_key, reading.status), set())
        one_holder = len(holders.get((reading.role_key, reading.status), ())) == 1
        if what == "position" and organisation < 0 and len(candidates) == 1 and one_holder and not _owned(reading, text):
            organisation = next(iter(candidates))
        out.append((what, person, organisation, reading))
    return out


def _keys(what: str, person: int, second: int, reading: RoleReading) -> tuple[tuple[str, int, object, object], ...]:
    """What a statement gives: a position's role in its status, or in its sentence (where the
    name's own reading knows the status best: "Glenn Hoddle will be unveiled as the new Wolves
    manager"); a relation's other end."""
    if what == "position":
        return (what, person, reading.role_key, reading.status), (what, person, reading.role_key, reading.sentence)
    return ((what, person, second, ""),)


def _owned(reading: RoleReading, text: str) -> bool:
    """Whether the text gives the role an owner of its own that no entity is: a possessive
    right before it ("Saints' third boss"), a capitalised name or "his" ("his elections
    chief"); a lower-case description ("chairman of Spain's most powerful bank") may be
    the one organisation the article gives that role."""
    written = reading.organisation
    return _OWNED.search(text, 0, reading.role_span[0]) is not None or _named_before(text, reading.role_span[0]) or (
        written is not None and (not text[written.head_start : written.head_end].islower()
                                 or written.text.lower() in POSSESSIVE_PRONOUNS))


def _named_before(text: str, start: int) -> bool:
    """Whether a capitalised word that opens no sentence stands right before the role: a name
    the reading did not take as its owner ("Outgoing Leeds chairman Gerald Krasner", after "the
    former Chelsea chairman" Ken Bates: Leeds's chairman, never Chelsea's).

    >>> _named_before('again." Outgoing Leeds chairman', 23), _named_before("Former chairman", 7)
    (True, False)
    >>> _named_before("the new chairman", 8), _named_before("in Almaty. President", 11)
    (False, False)
    >>> _named_before("Almaty, Kazakhstan\\n\\nPresident", 20)  # a paragraph's first word
    False
    """
    found = _CAPITALISED.search(text, 0, start)
    if found is None:
        return False
    before = text[: found.start()].rstrip(" \"'“”‘’")
    return bool(before) and before[-1] not in ".!?:\n"


# A capitalised word right before a role: "Leeds " in "Outgoing Leeds chairman".
_CAPITALISED = re.compile(r"\b[A-Z][\w&'’-]* +\Z")
