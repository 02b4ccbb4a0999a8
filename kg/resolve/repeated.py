"""A position the article gives twice, once with what it is a role of and once without.

News names a role in full once and shortly later: "England coach Andy Robinson lambasted
the referee ... Campese defended coach Andy Robinson"; "Superior Court Judge James
Kleinberg ... Judge Kleinberg said". The second mention tells nothing the first did not,
and as a statement of its own, with no organisation, it reads as a post of nothing: it is
dropped when the same person holds the same role, with the same status and factuality,
of an organisation the article names before. A role of no organisation written first
("Hoddle has been unveiled as the new manager ... Hoddle was manager at Southampton":
the status a past copula leaves is no sure guide) or in another status stays.

And a position the article gives twice the same (person, role, organisation, status,
factuality and dates), "India's petroleum minister Mani Shankar Aiyar ... India's
petroleum minister Mr Aiyar", is one statement, read where the article first gives it
(``once``): two would be two nodes of the graph for one fact.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.records import Position, RoleReading

Role = tuple[str, int, int, "RoleReading"]


def repeated_positions(roles: list[Role]) -> list[Role]:
    """``roles`` (what, person, organisation, reading) without the positions written with no
    organisation that the article gave, the same, of an organisation before."""
    first: dict[tuple[int, str, str, object], int] = {}  # where the article first gives each post of an organisation
    for what, person, organisation, reading in roles:
        key = (person, reading.role_key, reading.status, reading.factuality)
        if what == "position" and organisation >= 0 and reading.person.start < first.get(key, reading.person.start + 1):
            first[key] = reading.person.start
    return [
        role for role in roles
        if not (role[0] == "position" and role[2] < 0 and role[3].organisation is None
                and first.get((role[1], role[3].role_key, role[3].status, role[3].factuality), role[3].person.start)
                < role[3].person.start)
    ]


def once(positions: list[Position]) -> list[Position]:
    """``positions`` (in the article's order) without those the article gave the same before."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for position in positions:
        key = (position.person, position.role_key, position.organisation, position.status, position.factuality,
               position.start, position.end)
        if key not in seen:
            seen.add(key)
            kept.append(position)
    return kept
