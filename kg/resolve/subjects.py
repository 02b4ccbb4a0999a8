"""The clauses of a document whose subject starts in a stretch of text, by bisection.

Pronoun rules ask which clauses have their subject in the sentences before a pronoun
(``kg.resolve.openchain``); reading every clause of the article for each pronoun made
each question cost as much as the article is long. The clauses are sorted by subject
start once per document (the last document's, kept like ``pronouns._BACKWARDS``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from kg.records import Proposition

_LAST: list[Sequence] = [(), (), ()]
"""The last document's clauses (a tuple: never changed), the same clauses by subject
start (a stable sort) and those starts."""


def subjects_in(clauses: Sequence[Proposition], start: int, end: int) -> Sequence[Proposition]:
    """The clauses whose subject starts in ``start:end``, by subject start (ties in the order of ``clauses``)."""
    if clauses is _LAST[0]:
        ordered, starts = _LAST[1], _LAST[2]
    else:
        ordered = sorted(clauses, key=lambda clause: clause.subject.start)
        starts = [clause.subject.start for clause in ordered]
        if isinstance(clauses, tuple):
            _LAST[:] = [clauses, ordered, starts]
    return ordered[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
