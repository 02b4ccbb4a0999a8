"""A relative clause on what a modal "be" names shares that "be"'s doubt or plan.

"It could be the role which finally wins her the Academy Award", "This must be the year when the
party wins back the voters": the clause on the noun after a modal "be" (could, may, might, must,
should, will, would) tells what that noun would be, no fact told aside: the winning is as open as the
"could be" (``kg.extract.modalscope`` lets such a clause share its main clause's doubt, possible; a
plan is not passed on: "It will be the third year that the two countries have broken the rules" tells
no plan to break them; ``kg.extract.firsttimes`` reads "will be the first time that"). Not a "be"
without a modal ("It is the role which won her an award": told).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word


def foreseen(verb: Word) -> bool:
    """Whether ``verb`` heads a relative clause on the attribute of a "be" with a modal auxiliary."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return False
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in noun.head.children)
