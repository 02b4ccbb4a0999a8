"""Which subjects a level gives the value of: a measured value, or a noun that names an amount.

``kg.extract.figures`` reads a level, "Inflation stood at 2.1%", "The jobless rate was
5.4%", for a subject that is a measured value of an economy or a firm
(``measured_nouns.tsv``). News states other key amounts the same way: "The current
maximum fine is $32,500", "Russia's reserves stand at $119bn", "the death toll is
200", "The number of pupils who skip school is 50,000". A noun of
``figure_nouns.txt`` is such a subject when its phrase says which amount it is: a
generic amount's head (number, total, amount, sum, figure, value, count, tally) by
what it measures ("the number of pupils", "the total for 2004"), any other by a word
before it too ("the maximum fine", "Russia's reserves", "the death toll").

Not a bare one ("The fine was £5,000", "The number is 2.8 million": whose, of what?),
nor a name ("Figure").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import MEASURED_NOUNS
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["level_subject"]

FIGURE_NOUNS = read_words("figure_nouns.txt")
# Heads of an amount that say nothing of what it measures without their phrase.
_GENERIC = frozenset({"number", "total", "amount", "sum", "figure", "value", "count", "tally"})
_OF = frozenset({"of", "for", "on", "in"})
_WHICH = frozenset({"poss", "amod", "compound", "nmod"})


def level_subject(subject: Word) -> bool:
    """Whether a level's subject is an amount the level gives the value of: "Inflation",
    "The current maximum fine", "The number of unemployed people"; not "The fine"."""
    lemma = subject.lemma_.lower()
    if lemma in MEASURED_NOUNS:
        return True
    if lemma not in FIGURE_NOUNS or subject.pos_ != "NOUN":
        return False
    if any(c.dep_ == "prep" and c.lower_ in _OF and any(g.dep_ == "pobj" for g in c.children)
           for c in subject.children):
        return True
    return lemma not in _GENERIC and any(c.dep_ in _WHICH for c in subject.children)
