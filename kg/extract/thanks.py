""" "thanks to X": why something happened.

The parser hangs "thanks" as a noun of the clause (an object, a second object of the "to"
before it) and "to X" on the verb, where the role table reads a destination: "avoided
bankruptcy thanks to a $4.5bn bail-out", "grew 1.8% to 1.14 trillion yen thanks to stronger
exports", "are succeeding thanks to a hugely popular TV show". So "thanks" is no argument
and no part of one, and the "to" right after it gives the event's reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["thanked", "without_thanks"]


def _thanks(word: Word) -> bool:
    doc = word.doc
    return word.lower_ == "thanks" and word.i + 1 < len(doc) and doc[word.i + 1].lower_ == "to"


def thanked(prep: Word) -> bool:
    """Whether ``prep`` is the "to" of "thanks to"."""
    return prep.lower_ == "to" and prep.i > 0 and _thanks(prep.doc[prep.i - 1])


def without_thanks(tokens: list[Word]) -> list[Word]:
    """``tokens`` up to a "thanks" of "thanks to" ("bankruptcy thanks" is "bankruptcy")."""
    for index, word in enumerate(tokens):
        if _thanks(word):
            return tokens[:index]
    return tokens
