"""Verbs joined by "neither ... nor" are both negated: neither happened.

"The firm has neither admitted nor denied wrongdoing": no admission and no denial (the
preconjunct "neither" negates the first verb, ``kg.extract.factuality.clause_markers``); a
verb after "nor" shares the negation of the verb before it, even with its own tense or
auxiliary, which would otherwise stand outside it: "This is not a sequel, nor does it relate
to the GoldenEye film", "does not commit suicide, nor does she kill": no relating, no killing.
What a negated "deny" governs is then no denial ("neither confirmed nor denied reports that").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word


def after_nor(verb: Word) -> bool:
    """Whether ``verb``, a conjunct, follows a "nor" of its head verb ("neither admitted nor denied")."""
    return verb.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ == "nor" and verb.head.i < c.i < verb.i for c in verb.head.children)
