"""The phrase after an argument's head that says what the head is stays in the argument.

``kg.extract.event_arguments.shortened`` cuts the phrases after a noun ("annual bonus rates
[on its with-profits life policies]"). Some nouns say nothing a reader could use without
theirs:

- a noun of content's "that" clause (``kg.extract.clausenouns``): "dismissed claims [that his
  immigration policy was moving onto the turf of the BNP]";
- a change's or a role's "in" phrase (``in_nouns.txt``): "Oil giant BP has announced a 26% rise
  [in annual profits]", "She was predicting a drop [in ratings]", "MTV, which played a key role
  [in the emergence of the music video]". Not one that is a time or a place ("its biggest slide
  in a month", "a 3% rise in the past week", "a fall in Tokyo"), which the rules of times and
  places read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.asides import PERIOD_NOUNS
from kg.extract.clausenouns import content_clause
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["in_phrase", "kept_phrase"]

IN_NOUNS = read_words("in_nouns.txt")
# NER labels of a phrase that says when or where, not what: "a rise in 2004", "a fall in Japan".
_WHEN_WHERE = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def kept_phrase(noun: Word, child: Word) -> bool:
    """Whether ``child``, after ``noun``, says what the noun is and stays in its argument: a "that" clause
    ("claims that his policy was ...") or an "in" phrase ("a 26% rise in annual profits")."""
    return content_clause(noun, child) or in_phrase(noun, child)


def in_phrase(noun: Word, child: Word) -> bool:
    """Whether ``child`` is the "in" phrase that says what a change or a role of ``in_nouns.txt`` is of:
    "a drop [in ratings]", "a key role [in the emergence of the music video]"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in IN_NOUNS or child.i < noun.i:
        return False
    if child.dep_ != "prep" or child.lower_ != "in":
        return False
    pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
    if pobj is None or pobj.lower_ in PERIOD_NOUNS or pobj.lemma_.lower() in PERIOD_NOUNS:
        return False
    return pobj.ent_type_ not in _WHEN_WHERE
