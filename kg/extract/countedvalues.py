"""A change's "to", "from", "by", "above" or "below" phrase whose noun a number counts is an amount: "Its sales rose
3.5% to 2.7 million units" -> new_value "2.7 million units", not a destination.

The role table reads a change's prepositional phrase as a value only when it is a quantity
(``event_roles.tsv``: "to change quantity new_value"), and a phrase headed by a counted noun that
is no unit of money or measure ("units", "barrels", "passengers") was no quantity: "to 2.7 million
units" went where a journey goes, a destination. A noun a number counts (a numeral, or a number
word with its scale, as its "nummod") is an amount in a change, whatever it counts. Not a date
("to 2005 levels" has no count of its own), nor another preposition's ("slipped with a 1-0 defeat"),
nor outside a change ("sent troops to 300 villages").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.bounds import BOUNDS

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["counted_value"]

_DATES = frozenset({"DATE", "TIME"})
_SCALES = frozenset({"thousand", "million", "billion", "trillion", "m", "bn", "k"})
_VALUE_PREPOSITIONS = frozenset({"to", "from", "by"}) | BOUNDS  # not "slipped ... with a 1-0 defeat": how, no value


def counted_value(pobj: Word | None) -> bool:
    """Whether ``pobj``, the object of a change's preposition, is a noun a number counts."""
    if pobj is None or pobj.pos_ not in ("NOUN", "PROPN") or pobj.ent_type_ in _DATES or pobj.head.lower_ not in _VALUE_PREPOSITIONS:
        return False
    return any(c.dep_ == "nummod" and c.like_num and c.ent_type_ not in _DATES and _figure(c) for c in pobj.children)


def _figure(number: Word) -> bool:
    """A number written in digits or with its scale ("2.7 million"), as figures are: not a small
    count in words ("from the opening three games": which games, no value)."""
    return any(character.isdigit() for character in number.text) or number.lower_ in _SCALES
