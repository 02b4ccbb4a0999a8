"""A company's office written with no organisation, in an article about one company: the company's.

Business news names its company in the headline and the first sentence, then its people
by their office alone: "Cairn shares slump on oil setback / Shares in Cairn Energy, a UK oil
firm, have closed down 18% ... Chief executive Bill Gammell said on Friday he was
'disappointed'"; "Renault boss hails 'great year' / ... Chairman Louis Schweitzer said".
The position read there has no organisation, and an analyst who asks who runs Cairn
Energy does not find it.
An office only a company's people hold (``company_offices.txt``: chief executive,
chairman, finance director, founder; not an analyst, a director or a president, whom
news cites from anywhere) is the article's company's (``kg.resolve.leadcompany``: the one
organisation its headline and first sentence name, which the article shows is a
company), unless the article gives the same person an office of another organisation
(then the office may be there: "Bob Smith, chairman of Rival, ... Chairman Bob Smith").
Another firm named in the office's sentence or just before it comes first
(``kg.resolve.nearcompany``): 'Plus.net also backed the proposals ... "...," chief
executive Lee Strafford said' is no office of the lead company.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import COMPANY_OFFICES
from kg.resolve.leadcompany import lead_company
from kg.resolve.nearcompany import NONE, near_company

if TYPE_CHECKING:
    from kg.records import RoleReading
    from kg.resolve.coref import Linker

Role = tuple[str, int, int, "RoleReading"]


def company_offices(roles: list[Role], linker: Linker, title: str | None) -> list[Role]:
    """``roles`` (what, person, organisation, reading) with the company offices written
    with no organisation given to the article's company."""
    orphans = [i for i, (what, _, organisation, reading) in enumerate(roles)
               if what == "position" and organisation < 0 and reading.organisation is None
               and reading.role_key in COMPANY_OFFICES]
    if not orphans:
        return roles
    company = lead_company(linker, title)
    if company is None:
        return roles
    elsewhere = {person for what, person, organisation, _ in roles
                 if what == "position" and organisation >= 0 and organisation != company}
    out = list(roles)
    for i in orphans:
        what, person, _, reading = roles[i]
        if person in elsewhere or person == company:
            continue
        near = near_company(linker, min(reading.person.start, reading.role_span[0] or reading.person.start), company)
        if near != NONE and near != person:
            out[i] = (what, person, near, reading)
    return out

