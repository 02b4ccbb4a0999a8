"""The -ing an -ing conjunct continues when the parser coordinated it with a finite verb.

"Dr Fox accused Mr Blair and other Cabinet ministers of telling lies about their opponents'
policies and then attacking the lies": the parse coordinates "attacking" with "accused", so it
would take Dr Fox as its subject and the accusing's certainty. A bare -ing (no auxiliary, no
subject of its own) does not coordinate with a finite verb: it continues the last -ing after a
preposition of that verb ("of telling"), whose subject (the ministers) and reading (alleged) it
shares.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_OWN = frozenset({"aux", "auxpass", "nsubj", "nsubjpass"})


def conj_head(verb: Word) -> Word:
    """The word ``verb`` hangs on: for a bare -ing conjunct of a finite verb, the last -ing
    after a preposition of that verb before it ("of telling ... and then attacking"); else its head."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or head.tag_ not in _FINITE or any(
            c.dep_ in _OWN for c in verb.children):
        return head
    gerunds = [w for w in head.subtree if head.i < w.i < verb.i and w.tag_ == "VBG" and w.dep_ == "pcomp"
               and w.head.dep_ == "prep" and w.head.head is head]
    return gerunds[-1] if gerunds else head
