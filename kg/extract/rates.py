"""A figure's noun with its amount, for ``event_arguments.prep_role``: a noun of
``rate_nouns.txt`` whose "of" phrase holds a number is a quantity, so the role table reads
its preposition as it reads a bare amount. "The US economy expanded at an annual rate of
3.8% in the last quarter" (the quantity), "climbed to a record high of £2bn" (the value
reached, no destination), "Spending increased by an average of 3% a year" (by how much),
"fell from a peak of 4,500" (the value left), "built at a cost of £10m". The table gives these
prepositions an amount's role only when the phrase's head is the number itself, so the
figure was lost (or made a place the value went to) and the event said only that the
economy grew.

A level a change reaches or leaves (``level_nouns.txt``) is its new or old value with no number
too: "Brazil's unemployment rate fell to its lowest level in three years" (the value reached, no
destination), "the dollar fell to a record low", "dropped from a peak" (the value left, no
source); so is a counted noun, a figure and no definite determiner before it ("Its sales rose 3.5% to 2.7 million
units": the value reached, no destination; not "from the opening three games"); only under a change, whose table row asks a quantity ("take it to
the next level": a destination as before).

Not a figure's noun with no number ("rose at their fastest rate in ten years": how fast, no
figure; "at a slower rate of growth": its "of" names no amount; "jailed for a total of 35 years": a
span of time, how long), nor any other noun ("a rise
of 5%" is the noun's own, read by kg.extract.changes), nor what another reading has already
typed (a time, a place, a party).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.asides import PERIOD_NOUNS
from kg.extract.quantities import MULTIPLIERS
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["level_role", "rate_kind"]

_RATE_NOUNS = read_words("rate_nouns.txt")
_LEVEL_NOUNS = read_words("level_nouns.txt")
_LEVEL_ROLES = {"destination": "new_value", "source": "old_value"}
_AMOUNT_LABELS = frozenset({"PERCENT", "MONEY", "QUANTITY", "CARDINAL"})


def _amount(word: Word) -> bool:
    """Whether ``word`` heads a number: a percentage, money, a count ("3.8%", "£2bn", "one a month"), not a
    span of time ("jailed for a total of 35 years": how long, kg.extract.timephrases)."""
    if word.lemma_.lower() in PERIOD_NOUNS:
        return False
    return word.like_num or word.lower_ in ("%", "percent") or word.ent_type_ in _AMOUNT_LABELS or any(
        c.dep_ in ("nummod", "compound") and c.like_num for c in word.children)


def _counted(word: Word) -> bool:
    """Whether ``word`` is a counted noun standing for a value: a figure in digits or with a scale word before it
    and no definite determiner ("to 2.7 million units", "from 90 planes", "from a $103.05 end"; not "picked up two
    points from the opening three games", nor "dropped from four US radio stations": where they came from)."""
    return _amount(word) and not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in ("a", "an"))
                                     for c in word.children) and any(
        c.dep_ in ("nummod", "compound") and (any(ch.isdigit() for ch in c.text) or c.lower_ in MULTIPLIERS)
        for c in word.children)


def rate_kind(head: Word, kind: str) -> str:
    """``kind``, the argument's kind as read, else "quantity" for a figure's noun (``rate_nouns.txt``)
    whose "of" phrase holds a number: "an annual rate of 3.8%", "a record high of £2bn"."""
    if kind != "*" or head.lemma_.lower() not in _RATE_NOUNS:
        return kind
    for of in head.children:
        if of.dep_ == "prep" and of.lower_ == "of":
            amount = next((c for c in of.children if c.dep_ == "pobj"), None)
            if amount is not None and _amount(amount):
                return "quantity"
    return kind


def level_role(prep: Word, pobj: Word | None, event_class: str, role: str | None) -> str | None:
    """``role``, else for a change the new value for "to" + a level (``level_nouns.txt``) or a counted noun
    the table read as a destination, the old value for "from" + one it read as a source: "fell to its lowest
    level", "rose 3.5% to 2.7 million units"."""
    if event_class != "change" or pobj is None or role not in _LEVEL_ROLES or (
            pobj.lemma_.lower() not in _LEVEL_NOUNS and not _counted(pobj)):
        return role
    return _LEVEL_ROLES[role] if (prep.lower_, role) in (("to", "destination"), ("from", "source")) else role
