"""What someone is asked, urged, warned or advised not to do is possible, not negated.

"Labour urged the Liberal Democrats not to fight the election", "Blair warned Mr Brown not to
be tempted to use the surplus", "told the players not to talk to the press": the "not" belongs
to the request (that the act not happen); nothing says the act did not happen. The infinitive
of a verb of asking (``asked_not_verbs.txt``) that has the one asked as its object ("urged
them") or after its preposition ("pleaded with visiting fans not to protest"), its own "not" before
its "to", reads possible, the asking verb its cue. Not the subject's own decision
("refused to pay", "decided not to attend", "promised not to raise taxes": negated or planned
as before), nor an infinitive with no object between it and the verb ("warned not to expect"),
whose parse joins the two verbs into one clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["asked_not"]

ASKERS = read_words("asked_not_verbs.txt")
_OBJECTS = frozenset({"dobj", "dative"})


def asked_not(top: Word, own: Factuality) -> str | None:
    """The verb of asking (its lemma) whose object is asked not to do ``top``, the first verb of
    an infinitive clause whose own markers read ``own``, negated by its own "not" before its "to"
    ("urged them not to fight"); else ``None``."""
    if own is not Factuality.NEGATED:
        return None
    head = top.head
    if top.dep_ == "pcomp" and head.dep_ == "prep" and any(c.dep_ == "nsubj" for c in top.children):
        head = head.head  # "pleaded with [visiting fans not to protest]": the parse's clause after "with"
    elif top.dep_ != "xcomp" or not any(c.dep_ in _OBJECTS and c.i < top.i for c in head.children):
        return None
    if head.i == top.i or head.pos_ != "VERB" or head.lemma_.lower() not in ASKERS:
        return None
    to = next((c for c in top.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None:
        return None
    neg = next((c for c in top.children if c.dep_ == "neg" and c.i < to.i), None)
    return head.lemma_.lower() if neg is not None else None
