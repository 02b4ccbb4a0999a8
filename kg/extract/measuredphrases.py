"""The phrase after a measured value's noun that says which value it is stays in the argument.

``kg.extract.event_arguments.shortened`` cuts the phrases after an argument's head, so that
the argument reads as a reader names the thing. A figure is not named by its noun alone:
"The UK's deficit [with the EU] fell to £1.9bn", "The deficit [for goods] alone was
£4.6bn", "a 7.5% rise in exports [outside the European Union]", "The country's surplus [on
trade-in-services] remained steady at £1.5bn". Cut, each says the whole deficit, the whole
surplus, all exports had that value: a false figure. A noun of ``measured_nouns.tsv``
(profits, sales, exports, deficit, prices ...) keeps a phrase on a preposition that narrows
which part of the value is meant (``_NARROWING``); "for" only before a common noun ("for
goods"; "profits for Ford" says whose, which ``kg.extract.changes.measured_owner`` reads as
the owner); "with" and "on" only after a country's figures (``economy`` in the table: "the
deficit with China", "spending on health"): after a firm's they say how or where ("sales
with his Musicology tour", "list their shares on international stock exchanges"). Not a
time, an amount or a period ("sales for the quarter", "profits of £5m" are the event's time
and value), not a phrase holding a verb or a clause (the parser ran on: "their income from
television soar", "profits from some merchandise, which will be decided at a trial"), and
not "at", "of", "in", "across", which say whose or where and which the owner and place
rules read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import MEASURED_NOUNS

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["narrowing_phrase"]

_NARROWING = frozenset({"with", "outside", "within", "between", "on", "to", "from", "into", "excluding", "including"})
# NER labels of a phrase that is a time or an amount: the event's own time or value.
_TIMES_AMOUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
_NAMES = frozenset({"GPE", "ORG", "PERSON", "NORP", "FAC", "LOC"})
_COUNTRY_ONLY = frozenset({"with", "on"})


def narrowing_phrase(noun: Word, child: Word) -> bool:
    """Whether ``child``, a phrase after ``noun``, narrows which value the measured noun is:
    "deficit [with the EU]", "exports [outside the European Union]", "deficit [for goods]"."""
    whose = MEASURED_NOUNS.get(noun.lemma_.lower())
    if child.dep_ != "prep" or child.i < noun.i or whose is None:
        return False
    word = child.lower_
    if (word not in _NARROWING and word != "for") or (word in _COUNTRY_ONLY and whose != "economy"):
        return False
    pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
    if pobj is None or any(t.ent_type_ in _TIMES_AMOUNTS or t.pos_ in ("VERB", "AUX") or t.dep_ in ("relcl", "acl")
                           for t in pobj.subtree):
        return False
    return word != "for" or not any(t.ent_type_ in _NAMES for t in pobj.subtree)
