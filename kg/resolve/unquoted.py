"""Names inside a quotation are not what a pronoun outside it stands for.

A reporter's "he" or "she" outside quotation marks goes on about the story's people,
not about someone a speaker names in passing: in '"I'd like to thank the late Ray
Charles himself." He apologised for not being in London' the man who apologises is
the speaker, and in '"... so was UKIP leader Roger Knapman." But what is it about UKIP
that particularly attracts him?' he is the man who speaks. ``kg.resolve.pronouns``
leaves such names out of a pronoun's candidates when the pronoun itself is outside
every quotation; a pronoun inside one may still mean a name the same speaker gave.
"""

from __future__ import annotations

import bisect
import functools

from kg.extract.quotes import quotations


@functools.lru_cache(maxsize=2)
def _spans(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The openings (ascending) and closings of ``text``'s quotations, read once per text."""
    found = quotations(text)
    return tuple(quotation.open for quotation in found), tuple(quotation.close for quotation in found)


def in_quotation(text: str, offset: int) -> bool:
    """Whether ``offset`` lies inside one of ``text``'s quotations (between its marks).

    >>> in_quotation('He said: "Go now." Then she left.', 12)
    True
    >>> in_quotation('He said: "Go now." Then she left.', 24)
    False
    """
    opens, closes = _spans(text)
    at = bisect.bisect_right(opens, offset) - 1
    return at >= 0 and opens[at] < offset < closes[at]
