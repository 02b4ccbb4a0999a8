"""How sure an event noun is: "a possible rebellion", "no deal", "the deal seems unlikely",
"no date for the release" (planned), or the plans and doubts of the clause around it (``kg.extract.events``' noun events)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.conjobjects import object_conjunct
from kg.extract.dated import scheduled
from kg.extract.factuality import Reading
from kg.extract.framednouns import framed_reading
from kg.extract.predicated import predicated, undone
from kg.extract.putforward import put_forward_reading
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.factuality import Scope
    from kg.extract.words import Word


def noun_reading(noun: Word, scope: Scope) -> Reading:
    """ "a possible rebellion", "no deal", or the plans and doubts of the clause around it."""
    if _without(noun):
        return Reading(Factuality.NEGATED, "without")  # "passed without a vote", "without increases in sales"
    if (date := scheduled(noun)) is not None:  # "no date for the PSP's release": planned (kg.extract.dated)
        around = scope.around(noun)
        return Reading(Factuality.PLANNED, date, around.source) if around.factuality is Factuality.NEGATED else Reading(
            Factuality.PLANNED, date).stronger(around)
    for child in noun.children:
        if child.dep_ == "det" and child.lower_ == "no":
            return Reading(Factuality.NEGATED, "no")
        if child.dep_ == "amod" and (reading := scope.adjective(child)) is not None:
            return reading
    own = predicated(noun) or undone(noun) or framed_reading(noun, scope) or put_forward_reading(noun)  # "... seems unlikely",
    # "was cancelled"; "tabled a 5% rise": no rise yet (kg.extract.putforward)
    around = scope.around(object_conjunct(noun) or noun)  # "plans a merger and a sale": the sale planned too
    return own.stronger(around) if own else around


def _without(noun: Word) -> bool:
    """Whether the event noun (or the first of its conjuncts) is the object of "without":
    "the bill was passed without a vote or a debate"."""
    while noun.dep_ == "conj" and noun.head is not noun:
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "without"
