"""A date's or a place's phrase stops before an amount the parser listed with it.

Figures given by date or place pair each amount with its own phrase: "pay dividends - $53m
in 2000 and almost $1bn in 2001", "falls of 13% in New York and 16% in Ireland". The parser
often coordinates the second amount with the first date or place ("2000 and almost $1bn"),
and the phrase "in 2000 and almost $1bn" came to the event as one time, an amount inside
it. No list mixes an amount with a date or a place: a prepositional argument whose object
is a date or a place (``kg.extract.event_arguments.argument_kind``) stops before the first
member of its "and" list that is an amount, and its "and" (time=2000, not "2000 and almost
$1bn"). A list of dates or places stays whole ("in the US and Japan": split by
``kg.extract.prepmembers``); so does an amount's own list ("by 13% and 16%").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.event_arguments import argument_kind
from kg.extract.spans import word_phrase

if TYPE_CHECKING:
    from kg.extract.words import Word

_LISTED = frozenset({"time", "place"})
_JOINS = frozenset({"and", ",", "-", "--"})


def before_listed_amount(tokens: list[Word], pobj: Word | None) -> list[Word]:
    """``tokens`` (a prepositional argument whose object is ``pobj``) up to the first amount
    coordinated with a date or a place (see the module's docstring); unchanged otherwise."""
    if pobj is None or argument_kind(pobj, word_phrase(pobj)) not in _LISTED:
        return tokens
    amount = next((member for member in sorted(pobj.conjuncts, key=lambda w: w.i)
                   if member.i > pobj.i and argument_kind(member, word_phrase(member)) == "quantity"), None)
    if amount is None:
        return tokens
    cut = min(word.i for word in amount.subtree)
    kept = [word for word in tokens if word.i < cut]
    while kept and kept[-1].lower_ in _JOINS:
        kept = kept[:-1]
    return kept or tokens
