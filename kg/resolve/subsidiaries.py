"""A company named as another's unit is not what "the company" or "the firm" refers back to.

Business news about a group names its parts by what they are to it: "France Telecom ...
Its mobile phone arm Orange added customers", "Equant, its data services unit". A definite
"the company", "the firm" or "the group" then means the group the article is about, not the
unit named nearest: ``Linker`` links it to the one compatible organisation named in the two
sentences before, and where only the unit is named there ("Orange" in the sentence before,
the parent two sentences back) that was the unit ("The firm said it expected sales to grow"
given to Orange). ``kind_near`` leaves out of those candidates a company the text introduces
as a unit (``unit_nouns.txt``: arm, unit, subsidiary, division ...) of something it owns
("its", "their" or a name's "'s" before the noun; or the noun after the name: ", its data
services unit", ", the mobile arm of"). The description then stays unresolved when no other
company is near: a wrong agent is worse than none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.lexicon import UNIT_NOUNS
from kg.records import Mention
from kg.resolve.agreement import kind_agrees
from kg.resolve.theparty import party_near

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

_COMPANY_HEADS = frozenset({"company", "firm", "group"})
_UNITS = "|".join(sorted(UNIT_NOUNS))
# "its mobile phone arm Orange", "France Telecom's data unit Equant" (right before the name)
_BEFORE = re.compile(rf"\b(?:its|their|[\w&.-]+['’]s?)\s+(?:[\w-]+\s+){{0,3}}(?:{_UNITS})\s*,?\s*$", re.IGNORECASE)
# "Equant, its data services unit", "Orange, the mobile arm of France Telecom"
_AFTER = re.compile(rf"\s*,\s*(?:its|their|the)\s+(?:[\w-]+\s+){{0,3}}(?:{_UNITS})\b", re.IGNORECASE)


def kind_near(linker: Linker, description: Mention, kind: str | None,
              near: list[tuple[Mention, int]]) -> list[tuple[Mention, int]]:
    """The names of ``near`` that ``description`` of ``kind`` may refer back to: a party's
    (``kg.resolve.theparty``), else those whose kind agrees, past any company's unit when the
    description is a company's."""
    if kind == "party":
        return party_near(linker, description, near)
    near = [n for n in near if kind_agrees(kind, linker.kinds(n[1]))]
    if description.text.split()[-1].lower() not in _COMPANY_HEADS:
        return near
    units = {cluster for _, cluster in near if _named_as_unit(linker, cluster)}
    return [n for n in near if n[1] not in units]


def _named_as_unit(linker: Linker, cluster: int) -> bool:
    text = linker.text
    return any(mention.kind == "name" and (_BEFORE.search(text, max(0, mention.start - 60), mention.start)
                                           or _AFTER.match(text, mention.end))
               for mention in linker.clusters[cluster].mentions)
