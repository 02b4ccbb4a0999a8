"""A role's owner written as the first word of a team's or organisation's name.

"Arsenal's 3-1 defeat against Bayern Munich ... Bayern goalkeeper Oliver Kahn": a
name before a role that resolves to no entity of its own is the one team or
organisation the article names whose name is that name and one more capitalised
word ("Bayern" -> "Bayern Munich", "Newcastle" -> "Newcastle United"). Two such
names ("Manchester United", "Manchester City"), or none, give no owner: a wrong
owner is worse than none.

A club's nickname before a role is the club it names when the article names that club
("Magpies chairman Freddy Shepherd" in a report on Newcastle: Newcastle; nicknames.tsv
read in the article's context by ``kg.resolve.nicknames``), and NER left the nickname no
mention of its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from kg.folding import fold
from kg.resolve.forms import normalise
from kg.resolve.nicknames import nickname_form, read_nickname, short_forms
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Cluster

# What a shortened name may stand for: a team or an organisation, never a place ("Sale"
# is no short "Sale Road") nor a person.
_OWNERS = frozenset({EntityType.ORGANIZATION, EntityType.SPORTS_TEAM})


def short_owner(name: str, clusters: Sequence[Cluster], context: Iterable[str] = ()) -> int | None:
    """The cluster of the one named team or organisation whose name is ``name`` and one
    more capitalised word, or ``None``.

    >>> from kg.records import Mention
    >>> from kg.resolve.coref import Cluster
    >>> def team(index, text, kind=EntityType.SPORTS_TEAM):
    ...     return Cluster(index, kind, [Mention(start=0, end=len(text), text=text, type=kind, sentence=0)])
    >>> short_owner("Bayern", [team(0, "Arsenal"), team(1, "Bayern Munich")])
    1
    >>> short_owner("Manchester", [team(0, "Manchester United"), team(1, "Manchester City")]) is None
    True
    >>> short_owner("England", [team(0, "England and Wales Cricket Board", EntityType.ORGANIZATION)]) is None
    True
    >>> short_owner("Sale", [team(0, "Sale Road", EntityType.PLACE)]) is None
    True
    """
    if not name[:1].isupper():
        return None
    if (nicknamed := _nicknamed(name, clusters, context)) is not None or " " in name.strip():
        return nicknamed
    wanted = fold(name.strip())
    found = set()
    for cluster in clusters:
        if cluster.local or cluster.type not in _OWNERS:
            continue
        for mention in cluster.mentions:
            first, _, rest = mention.text.partition(" ")
            if fold(first) == wanted and rest[:1].isupper() and " " not in rest:
                found.add(cluster.index)
    return found.pop() if len(found) == 1 else None


def _nicknamed(name: str, clusters: Sequence[Cluster], context: Iterable[str]) -> int | None:
    """The one team or organisation of ``clusters`` that the nickname ``name`` stands for.

    >>> from kg.records import Mention
    >>> from kg.resolve.coref import Cluster
    >>> def team(index, text):
    ...     return Cluster(index, EntityType.SPORTS_TEAM, [Mention(start=0, end=len(text), text=text, type=EntityType.SPORTS_TEAM, sentence=0)])
    >>> _nicknamed("Magpies", [team(0, "Arsenal"), team(1, "Newcastle")], ("sport", "football"))
    1
    >>> _nicknamed("Magpies", [team(0, "Arsenal")], ("sport", "football")) is None
    True
    """
    owners = [cluster for cluster in clusters if not cluster.local and cluster.type in _OWNERS]
    forms = {normalise(mention.text) for cluster in owners for mention in cluster.mentions}
    reading = read_nickname(name, context, forms)
    if reading is None:
        return None
    wanted = short_forms(reading.name) - {nickname_form(name)}
    # A mention that is another nickname of the same name counts too: "Lib Dem" and the
    # "Liberal Democrat" of "Liberal Democrat Alan Beith" (both the Liberal Democrats').
    found = {cluster.index for cluster in owners if any(
        normalise(m.text) in wanted or _same_name(m.text, reading.name, context, forms) for m in cluster.mentions)}
    return found.pop() if len(found) == 1 else None


def _same_name(text: str, name: str, context: Iterable[str], forms: set[str]) -> bool:
    """Whether the mention ``text`` is a nickname of the entity named ``name``."""
    reading = read_nickname(text, context, forms)
    return reading is not None and reading.name == name
