"""What someone is asked, urged, warned or advised not to do is possible, not negated.

"Labour urged the Liberal Democrats not to fight the election", "Blair warned Mr Brown not to
be tempted to use the surplus", "told the players not to talk to the press": the "not" belongs
to the request (that the act not happen); nothing says the act did not happen. The infinitive
of a verb of asking (``asked_not_verbs.txt``) that has the one asked as its object ("urged
them") or after its preposition ("pleaded with visiting fans not to protest"), its own "not" before
its "to", reads possible, the asking verb its cue; so does one whose "on" or "for" names the one asked
("called on its members not to cross the picket lines": ``kg.extract.forclauses.for_subject``).
The same when the parse joins the asking verb and its infinitive, no object between, into one
clause ("Ministers were urged not to sell the land", "warned not to expect a quick deal"). Not the
subject's own decision ("refused to pay", "decided not to attend", "promised not to raise taxes":
negated or planned as before), nor an asking verb negated itself ("did not urge them to sell").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.forclauses import for_subject
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
    ("urged them not to fight"), or ``top`` itself when the parse made one clause of it and an
    infinitive with no object between ("Ministers were urged not to sell the land", "warned not
    to expect"); else ``None``."""
    if own is not Factuality.NEGATED:
        return None
    return _asker(top) or _joined(top)


def _asker(top: Word) -> str | None:
    head = top.head
    if top.dep_ == "pcomp" and head.dep_ == "prep" and any(c.dep_ == "nsubj" for c in top.children):
        head = head.head  # "pleaded with [visiting fans not to protest]": the parse's clause after "with"
    elif top.dep_ != "xcomp" or not (any(c.dep_ in _OBJECTS and c.i < top.i for c in head.children) or for_subject(head, top)):
        return None
    if head.i == top.i or head.pos_ != "VERB" or head.lemma_.lower() not in ASKERS:
        return None
    return head.lemma_.lower() if _negated_infinitive(top) else None


def _joined(top: Word) -> str | None:
    """The asking verb ``top`` whose own infinitive, no object between, is negated: "were urged not to sell"."""
    if top.pos_ != "VERB" or top.lemma_.lower() not in ASKERS or any(c.dep_ == "neg" for c in top.children):
        return None
    infinitive = next((c for c in top.children if c.dep_ == "xcomp"), None)
    return top.lemma_.lower() if infinitive is not None and _negated_infinitive(infinitive) else None


def _negated_infinitive(verb: Word) -> bool:
    """Whether ``verb`` has its own "to" and a "not" before it."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    return to is not None and any(c.dep_ == "neg" and c.i < to.i for c in verb.children)
