"""A change's baseline is no time of the change: "rose 15% from a year ago".

A change of a value is measured against an earlier one: "New vehicle sales jumped 22% to
449,603 from a year earlier", "the surplus grew 1.8% on a year ago", "music sales will fall
8-9% from the year before", "less than 1% up on the year before". The phrase after "from"
or "on" names the period compared with, not when the change happened; read as the event's
time it dates the jump a year back. A phrase of time counted back from another ("ago",
"earlier", "before") after one of those prepositions is no argument of the event
(``kg.extract.asides``) nor a figure's time (``kg.extract.changes.times_of``). Not "rose 5% on
Tuesday", "fell from 2003" (no counting back), "over a year ago" (more than a year ago), nor
"was arrested a year ago" (no preposition: when it happened).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["baseline"]

_COMPARING = frozenset({"from", "on"})  # not "over": "over a year ago" is more than a year ago, a time
_COUNTED_BACK = frozenset({"ago", "earlier", "before"})


def baseline(prep: Word) -> bool:
    """Whether ``prep`` opens the baseline a change is measured against: "from a year earlier",
    "on a year ago", "from the year before"."""
    if prep.lower_ not in _COMPARING:
        return False
    for obj in (c for c in prep.children if c.dep_ in ("pobj", "pcomp")):
        if obj.lower_ in _COUNTED_BACK or (obj.ent_type_ in ("DATE", "TIME") and any(
                c.dep_ == "advmod" and c.lower_ in _COUNTED_BACK for c in obj.children)):
            return True  # not "from £25.5bn a year earlier": the value left, whenever it stood
    return False
