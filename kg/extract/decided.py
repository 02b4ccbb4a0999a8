"""When a decision was made is not when what it decides is to happen: a time that hangs
on a verb of deciding or committing in the past (``commitment_verbs.txt``) is that verb's,
not the planned infinitive's the clause rules hand it down to: "The US-German firm
decided last April to stop providing financial backing" (the providing gets no "last
April"), "The Paris Club on Wednesday offered to freeze debts", "Three former Ahold
top executives last year agreed to settle fraud charges". A time on the infinitive
itself stays ("agreed to extend its credit facilities until March 2006"), and so does
the time of a verb of trying or beginning ("have tried since then to trump each other").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["COMMITMENT_VERBS", "decision_time"]

COMMITMENT_VERBS = read_words("commitment_verbs.txt")


def decision_time(tokens: list[Word], verb: Word) -> bool:
    """Whether the time ``tokens`` hangs on a past verb of committing that ``verb`` is the
    infinitive of (through "to" complements only: "decided to stop providing")."""
    inside = {token.i for token in tokens}
    top = next((token for token in tokens if token.head.i not in inside or token.head.i == token.i), None)
    if top is None:
        return False
    head = top.head
    if head.i == verb.i or head.lemma_.lower() not in COMMITMENT_VERBS or not _past(head):
        return False
    word = verb
    while word.dep_ == "xcomp" and word.head.i != word.i:
        word = word.head
        if word.i == head.i:
            return True
    return False


def _past(verb: Word) -> bool:
    """ "decided", "has agreed", "had offered": done, not still to do."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
