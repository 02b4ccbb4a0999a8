"""The side of a result noun that names no side of its own: the one team its sentence names before it.

A match report writes who won through a noun whose holder is no name: "Liverpool, who
followed up their derby defeat against Everton", "Republic of Ireland manager Brian
Kerr ... in their friendly win over Croatia" ("their": a team the pronoun rules do not
reach through "who" or "his side"), "Arsenal striker Thierry Henry's free-kick in
Sunday's 2-2 draw with Chelsea" (the day is the time, ``kg.extract.results``). The
reader takes the side from the sentence. ``sided_results`` gives such a result its
agent when all of these hold:

- the event is a result noun's (win, lose, draw) against a side (a team, a country),
  not a player: "Serbia's Ana Ivanovic ... with a victory over Hungarian Melinda Czink"
  is no win of Serbia's;
- it has no holder, or its holder is "their"/"its" that no entity stands for; never
  "his"/"her" (a person's), nor a holder written as a name or description;
- before the noun, its sentence names exactly one side other than the opponent (a
  team, a country, an organisation or a city: each could be the side), and that one
  is a sports team or a country playing as one.

Two sides, or one named after the noun ("their win over X sets up a tie with Y"), leave
the result without its side: a side given to the wrong team is worse than none.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.records import Argument, EventArgument
from kg.resolve.events import LinkedEvent
from kg.types import EntityType

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

_RESULTS = frozenset({"win", "lose", "draw"})
# A pronoun holder that may be the side's own: not "his"/"her" (a player, a manager).
_TEAM_OWNERS = frozenset({"their", "its"})
# Entities that could be a side in a report: any of them before the noun is a candidate.
_SIDELIKE = frozenset({EntityType.SPORTS_TEAM, EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.CITY})
# The ones given as the side: a club, or a country playing as one.
_SIDES = frozenset({EntityType.SPORTS_TEAM, EntityType.COUNTRY})


def sided_results(linked: list[LinkedEvent], linker: Linker) -> list[LinkedEvent]:
    """``linked`` with each sideless result noun given its side (see the module's docstring)."""
    return [_sided(item, linker) for item in linked]


def _sided(item: LinkedEvent, linker: Linker) -> LinkedEvent:
    mention = item.mention
    if mention.kind != "noun" or mention.lemma not in _RESULTS:
        return item
    roles = {mention.arguments[index].role: cluster for index, cluster in item.arguments}
    if "agent" in roles or roles.get("opponent") is None:
        return item
    if any(argument.role == "agent" and argument.argument.text.lower() not in _TEAM_OWNERS for argument in mention.arguments):
        return item  # "his 6-2 win", "the French's win": a holder of its own
    opponents = {cluster for index, cluster in item.arguments if mention.arguments[index].role == "opponent"}
    if any(cluster is None or linker.clusters[cluster].type not in _SIDELIKE for cluster in opponents):
        return item  # "Serbia's Ana Ivanovic ... victory over Hungarian Melinda Czink": players, not sides
    found = {cluster: name for name, cluster in linker.names
             if mention.sentence[0] <= name.start and name.end <= mention.trigger_start
             and cluster not in opponents and linker.clusters[cluster].type in _SIDELIKE}
    if len(found) != 1:
        return item
    (cluster, name), = found.items()
    if linker.clusters[cluster].type not in _SIDES:
        return item
    agent = EventArgument("agent", Argument(name.text, name.start, name.end, name.start, name.end))
    arguments = ((0, cluster), *((index + 1, kept) for index, kept in item.arguments))
    return LinkedEvent(replace(mention, arguments=(agent, *mention.arguments)), arguments, item.source)
