"""A ratio "one in 13 pupils" is one argument, its "in" phrase kept: "One in 13 pupils was
excluded" -> patient "One in 13 pupils", not "One".

The parser often hangs "in 13 pupils" on the first number as a prepositional phrase, which an
argument drops as an aside (``kg.extract.event_arguments.shortened``): the event was then done to
"One". A number's "in" phrase right after it whose object is counted by a number ("in 13 pupils",
"in five loans") or is a number ("one in five") says who the number is a share of, and stays
(``kg.extract.keptphrases``). Not a number's place or time ("13 in 2004", "two in Paris"), which
has no number in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["ratio_phrase"]


def ratio_phrase(number: Word, child: Word) -> bool:
    """Whether ``child`` is the "in" phrase of the ratio ``number`` opens ("One [in 13 pupils]")."""
    if not number.like_num or child.dep_ != "prep" or child.lower_ != "in" or child.i != number.i + 1:
        return False
    pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.ent_type_ in ("DATE", "TIME"):
        return False
    counted = pobj.like_num or any(c.dep_ == "nummod" and c.like_num and c.ent_type_ not in ("DATE", "TIME") for c in pobj.children)
    return counted and pobj.i <= child.i + 4
