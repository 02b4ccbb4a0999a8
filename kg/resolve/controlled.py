"""Clauses whose subject is another clause's object: no subject for a pronoun to mean.

"The EFF has asked California's Superior court to stop Apple pursuing the sources. It
argues that ...": the parser gives "to stop" the court as its subject, but the court is
what "asked" acts on, the object of the sentence; "it" goes on from the sentence's own
subject (the EFF) or stays open (``kg.resolve.pronouns``), never to the one asked. The
same holds of "urged the unions to strike", "told the WTO to set up a panel", "called on
British firms not to cut and run".
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.controllers import CONTROL_VERBS
from kg.records import Proposition

_VERB_KINDS = frozenset({"svo", "light", "svo_pp"})
_ASKING_ON = frozenset({"call on", "call for"})  # "called on British firms not to cut and run": the firms are asked
_INFINITIVES = ("to ", "not to ", "never to ")  # "urged them not to fight": asked too


def controlled_subjects(clauses: Sequence[Proposition], before: int) -> frozenset[int]:
    """The starts of the objects of a control verb ("asked", "urged", "told") that are the
    subject of a "to" infinitive's clause too (the parser's reading of who does it), that
    clause ending before ``before`` (a pronoun's offset): inside the clause the one asked is
    who acts ("told England to stop whingeing in the wake of their defeat": England's). After
    any other verb the infinitive's subject may be the parser's reading of a noun ("approve its
    plan to buy the LSE"), so only control verbs (``kg.extract.controllers``) count."""
    return frozenset(start for end, start in _asked(clauses) if end <= before)


_ASKED: list = [(), ()]
"""The last document's clauses (a tuple: never changed) and its ``_asked`` pairs: every
pronoun of the document asks for them (``resolve_pronoun``, ``nearest_subject``)."""


def _asked(clauses: Sequence[Proposition]) -> list[tuple[int, int]]:
    """(end, subject start) of each "to" infinitive clause whose subject is a control verb's object,
    found once per document."""
    if clauses is _ASKED[0]:
        return _ASKED[1]
    objects = {clause.object.start for clause in clauses if clause.object is not None and (
        (clause.kind in _VERB_KINDS and clause.key in CONTROL_VERBS) or (clause.kind == "prep" and clause.key in _ASKING_ON))}
    found = [(_end(clause), clause.subject.start) for clause in clauses
             if clause.subject.start in objects and clause.relation.startswith(_INFINITIVES)]
    if isinstance(clauses, tuple):
        _ASKED[:] = [clauses, found]
    return found


def _end(clause: Proposition) -> int:
    """Where a clause's last argument ends."""
    return max([clause.subject.end] + [argument.end for argument in (clause.object, *clause.extras) if argument is not None])
