"""A clause the parser hung as the complement of a later verb of saying, with no punctuation
between the two, is the narrator's own: the saying begins a clause of its own.

Reported speech put first is closed by a comma or a quotation mark before its speaker ("Rates
will rise, the bank said", '"It is great," he says'). With nothing between, the parser has run a
clause of the narrator's into a later, separate report:

- "Baikal paid 260.75bn roubles for Yugansk - nowhere near the $27bn Russia says Yukos owes in
  taxes": Baikal paid, the narrator's fact; only what Yukos owes is Russia's claim;
- "Despite England's dip in form - they have lost eight of their last 13 matches - Ireland coach
  Eddie O'Sullivan says his side should not underestimate the visitors": England lost them.

Such a clause is read as a main clause (``kg.extract.event_arguments.fronted_clause``, whose other
cases it adds to): only a frame around the later verb's own clause reaches it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.event_arguments import fronted_clause

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.words import Word

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def main_clause(clause: Word | Token, head: Word | Token) -> bool:
    """Whether ``clause``, hung as the complement of the later verb ``head``, is a main clause:
    ``fronted_clause``'s cases, or a clause that runs into ``head`` with no punctuation (``run_on``)."""
    return fronted_clause(clause, head) or run_on(clause, head)


def run_on(clause: Word | Token, head: Word | Token) -> bool:
    """Whether ``clause`` stands before ``head`` and the word right before ``head``'s subject (or
    before ``head``, when it comes first) is no punctuation: "... for Yugansk - nowhere near the
    $27bn Russia says ...", not "Rates will rise, the bank said"."""
    if clause.i > head.i or clause.dep_ != "ccomp":
        return False
    subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
    start = min(subject.left_edge.i, head.i) if subject is not None else head.i
    if start <= clause.i or max(word.i for word in clause.subtree) >= start:
        return False
    before = head.doc[start - 1]
    return before.i > clause.i and not before.is_punct
