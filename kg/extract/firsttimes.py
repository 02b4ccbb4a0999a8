"""The clause of "the first time that ..." after a "be" to come tells that time's event, still to come.

"It will be the first time since 1917 that the party has chosen Manchester to host the annual
event", "The festival screening will be the first time that Schrader's film has been seen in
public", "This will be the first time a cannabis-based drug has been approved": the perfect
("has chosen", "has been seen") counts up to the time the main clause plans; the choosing, the
showing and the approval are that planned time's (planned with its "will"), not facts told aside.
``kg.extract.modalscope.told_scope`` lets such a relative clause share its main clause's plans.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

_COUNTED = frozenset({"time", "occasion"})
_RANKS = frozenset({"first", "second", "third", "last", "only"})


def counted_time(verb: Word) -> bool:
    """Whether ``verb`` heads the relative clause of "the first time" standing after "be" or in
    apposition ("will hold its conference in Manchester, the first time since 1917 that ...")."""
    noun = verb.head
    return verb.dep_ == "relcl" and noun.lemma_.lower() in _COUNTED and noun.dep_ in ("attr", "appos") and any(
        c.dep_ == "amod" and c.lower_ in _RANKS for c in noun.children)
