"""One node for the readings of a place's name that are one thing, across articles.

A place's name read as something else carries that type in its key
(``kg.resolve.document.entity_key``: "Birmingham" the club is
``birmingham-sportsteam``), so that the club never shares the city's node. But
the small model reads the same club as a person in one report and as a club in
the next ("Chelsea" beaten in one article, "Chelsea" who signed a striker in
another), which split one club into ``chelsea-person`` and ``chelsea-sportsteam``.

The readings of one name that can be one thing, a person, an organisation, a
team or a group, are one node when no other link claims them: the node's type is
then voted from all their mentions (``kg.resolve.vote``). The place itself
(``chelsea``, no suffix) and a work, product, event or facility of that name
(``wimbledon-namedevent``) stay apart, as does a reading already joined to a
fuller name ("Washington" the person, in a graph that holds George Washington).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from kg.ids import slugify
from kg.types import EntityType

if TYPE_CHECKING:
    from networkx.utils import UnionFind

# Type suffixes of keys (``entity_key``): "sportsteam" -> SPORTS_TEAM.
_SUFFIXES = {slugify(entity_type.value): entity_type for entity_type in EntityType}
# Readings of one name that may be one real thing: the small model's person is a club.
_ONE_THING = frozenset({EntityType.PERSON, EntityType.ORGANIZATION, EntityType.SPORTS_TEAM, EntityType.GROUP})


class Reading(Protocol):
    """What the rules read of a profile (``kg.resolve.across.Profile``)."""

    @property
    def key(self) -> str: ...
    @property
    def forms(self) -> frozenset[str]: ...
    @property
    def types(self) -> frozenset[EntityType]: ...


def reading_base(key: str, types: frozenset[EntityType]) -> str | None:
    """The place's name a key reads as a person, an organisation, a team or a group,
    or ``None``.

    >>> reading_base("chelsea-person", frozenset({EntityType.PERSON})), reading_base("chelsea", frozenset({EntityType.CITY}))
    ('chelsea', None)
    >>> reading_base("wimbledon-namedevent", frozenset({EntityType.EVENT}))
    >>> reading_base("virgin-group", frozenset({EntityType.ORGANIZATION}))
    """
    base, _, suffix = key.rpartition("-")
    reading = _SUFFIXES.get(suffix)
    # The suffix is one of the key's own types ("virgin-group" an organisation is no reading).
    return base if base and reading in _ONE_THING and reading in types and types <= _ONE_THING else None


# The reading whose key a node of several readings takes: the one its votes make its type
# (``reading_votes``), so that a club's node is ``chelsea-sportsteam``, not ``chelsea-organization``.
_KEY_ORDER = (EntityType.SPORTS_TEAM, EntityType.ORGANIZATION, EntityType.GROUP, EntityType.PERSON)


def reading_order(key: str, types: frozenset[EntityType]) -> int:
    """Where a key comes among the readings of one place's name when they choose their
    node's key: a team's first, then an organisation's, a group's, a person's; 0 for a
    key that is no reading.

    >>> keys = {"chelsea-person": EntityType.PERSON, "chelsea-organization": EntityType.ORGANIZATION,
    ...         "chelsea-sportsteam": EntityType.SPORTS_TEAM}
    >>> sorted(keys, key=lambda key: reading_order(key, frozenset({keys[key]})))
    ['chelsea-sportsteam', 'chelsea-organization', 'chelsea-person']
    """
    if reading_base(key, types) is None:
        return 0
    return _KEY_ORDER.index(_SUFFIXES[key.rpartition("-")[2]])


def same_thing(one: Reading, other: Reading) -> bool:
    """Two keys are readings of one place's name that can be one thing, by the same name.

    >>> from types import SimpleNamespace as P
    >>> club = P(key="chelsea-sportsteam", forms=frozenset({"chelsea"}), types=frozenset({EntityType.SPORTS_TEAM}))
    >>> same_thing(P(key="chelsea-person", forms=frozenset({"chelsea"}), types=frozenset({EntityType.PERSON})), club)
    True
    >>> same_thing(P(key="chelsea", forms=frozenset({"chelsea"}), types=frozenset({EntityType.CITY})), club)
    False
    """
    base = reading_base(one.key, one.types)
    return (
        base is not None and one.key != other.key and base == reading_base(other.key, other.types)
        and bool(one.forms & other.forms)
    )


def join_readings(linked: UnionFind, profiles: Sequence[Reading]) -> None:
    """Join in ``linked`` the readings of each place's name that are one thing
    (``same_thing``), unless one of them is already joined to another name."""
    bases = {profile.key: reading_base(profile.key, profile.types) for profile in profiles}
    members: dict[str, list[str]] = {}
    for profile in profiles:
        members.setdefault(linked[profile.key], []).append(profile.key)
    readings: dict[str, list[Reading]] = {}
    for profile in profiles:
        base = bases[profile.key]
        if base is not None and all(bases[member] == base for member in members[linked[profile.key]]):
            readings.setdefault(base, []).append(profile)
    for group in readings.values():
        first = group[0]
        for other in group[1:]:
            if same_thing(first, other):
                linked.union(first.key, other.key)


def reading_votes(key: str, votes: dict[EntityType, int]) -> dict[EntityType, int]:
    """A node's type votes, where the readings of a place's name joined: a person's and
    an organisation's votes go to the club when a report reads the name as a club (the
    club is an organisation too: "Chelsea reported a loss"), else a person's go to the
    organisation, since the small model's person is its reading of a one-word town's
    name it does not know ("Gloucester" a person in two rugby reports, a club in one:
    the club; "Perpignan" a person in three, an organisation in two: the organisation).
    The node's key is the reading its votes choose (``reading_order``).

    >>> P, T, O = EntityType.PERSON, EntityType.SPORTS_TEAM, EntityType.ORGANIZATION
    >>> sorted((t.value, n) for t, n in reading_votes("gloucester-sportsteam", {O: 2, P: 2, T: 1}).items())
    [('SportsTeam', 5)]
    >>> sorted((t.value, n) for t, n in reading_votes("perpignan-organization", {O: 2, P: 3}).items())
    [('Organization', 5)]
    >>> reading_votes("gloucester-person", {P: 2}) == {P: 2}
    True
    """
    body = next((kind for kind in (EntityType.SPORTS_TEAM, EntityType.ORGANIZATION) if kind in votes), None)
    if body is None or reading_base(key, frozenset(votes)) is None:
        return votes
    moved = dict(votes)
    for reading in (EntityType.PERSON, EntityType.ORGANIZATION):
        if reading in moved and reading is not body:
            moved[body] += moved.pop(reading)
    return moved
