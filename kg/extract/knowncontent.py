"""A that-clause a verb of remembering or regretting takes as known keeps none of the verb's modal or plan.

"But it should be remembered Vogts came to Scotland with an impressive curriculum vitae": the
"should" is about the remembering; that he came is the writer's fact, not a possibility. So
with "Voters will remember that Labour raised taxes" (raised, not planned) and "He should realise
that the team lost three games" (lost). A verb of ``known_content_verbs.txt`` passes its that-clause
(a ccomp with no "if", "whether" or wh-word) only what frames the whole sentence (a report, a
claim, a question), never its own modal, plan or condition. The clause's own words still count:
"must remember that the bill will take a decade" stays planned by its "will". A wh-clause is
no fact ("must remember whether the firm paid": open), nor what a verb of knowing or learning
may find ("could discover that the shares are worthless").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["known_content"]

KNOWN_CONTENT_VERBS = read_words("known_content_verbs.txt")
_WH = frozenset({"WRB", "WP", "WDT", "WP$"})
_OPEN_MARKS = frozenset({"if", "whether"})


def known_content(verb: Word, clause: Word) -> bool:
    """Whether ``clause``, the complement of ``verb``, is a that-clause ``verb`` takes as known (see the module)."""
    if clause.dep_ != "ccomp" or clause.head.i != verb.i or verb.lemma_.lower() not in KNOWN_CONTENT_VERBS:
        return False
    if any(c.dep_ == "mark" and c.lower_ in _OPEN_MARKS for c in clause.children):
        return False
    return not any(t.tag_ in _WH for t in clause.subtree[:2])
