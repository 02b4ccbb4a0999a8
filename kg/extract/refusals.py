"""A refusal to comment is no event of the topic: "declined to comment" says nothing happened.

"Euronext declined to comment after the talks ended", "ONGC's Mr Raha declined to be drawn
on his firm's reported interest", "Microsoft declined to confirm the price": the infinitive
is a way of answering questions, and the refusal says only that the subject kept quiet, not
that a commenting, a drawing or a confirming was denied (``refused_comments.tsv``). "be
drawn" counts only in the passive ("declined to be drawn on"); so does the verb coordinated
with such an infinitive ("declined to confirm or deny the reports"). A refusal of any other
act stays an event, negated: "refused to obey a government order", "refused to apologise".
What such a refusal would have told is not told (``kg.extract.factuality``): "refused to
confirm he is setting up a new party" leaves the party possible, not reported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.frames import lemma_in, passive
from kg.lexicon.table import read_table

if TYPE_CHECKING:
    from kg.extract.words import Word

_KINDS = {row.fields[0]: row.fields[1] for row in read_table("refused_comments.tsv")}
REFUSALS = {word: kind for word, kind in _KINDS.items() if kind == "refusal"}
COMMENTS = {word: kind for word, kind in _KINDS.items() if kind == "comment"}
_PASSIVE_ONLY = frozenset({"draw"})


def refused_comment(verb: Word) -> bool:
    """Whether ``verb`` is the infinitive of a refusal to comment (see the module)."""
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "declined to confirm or [deny]"
    lemma = lemma_in(verb, COMMENTS)
    if verb.dep_ != "xcomp" or lemma not in COMMENTS or (lemma in _PASSIVE_ONLY and not passive(verb)):
        return False
    return lemma_in(verb.head, REFUSALS) in REFUSALS
