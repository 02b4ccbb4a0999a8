"""A finite verb's subject that the parse joined to the clause before as a second object.

"Actress Sandra Bullock has donated $1m to The American Red Cross and actor Leonardo DiCaprio
pledged a contribution to Unicef": the parse reads "actor Leonardo DiCaprio" as a second
recipient (a conjunct of "The American Red Cross") and "pledged" as an adverbial clause of
"donated" with no subject, so the pledge went to Bullock. A verb with a tense of its own, no
subject, no subordinator and no comma before it, right after a name's phrase that is such a
conjunct (its "and" or "but" right before it), has that name for its subject. Only a proper
name's phrase: "bought shares and bonds rose" is rarer than a misread object list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["stranded_conjunct"]

_TENSED = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def stranded_conjunct(verb: Token) -> Token | None:
    """The head of the name's phrase that is ``verb``'s subject (see the module), or ``None``."""
    if verb.dep_ not in ("advcl", "conj") or verb.i < 3 or not _tensed(verb):
        return None
    if any(c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in verb.children):
        return None
    doc = verb.doc
    last = doc[verb.i - 1]
    if last.pos_ != "PROPN":
        return None
    name = last
    while name.dep_ in ("compound", "flat") and name.head.i > name.i and name.head.i < verb.i:
        name = name.head
    if name.dep_ != "conj" or name.head.i > name.i or max(t.i for t in name.subtree) != verb.i - 1:
        return None
    start = min(t.i for t in name.subtree)
    joiner = doc[start - 1]
    return name if joiner.dep_ == "cc" and joiner.lower_ in ("and", "but") and joiner.head is name.head else None


def _tensed(verb: Token) -> bool:
    """A verb with a tense of its own: "pledged", "says", "has pledged" (not "pledging")."""
    return verb.tag_ in _TENSED or any(c.dep_ in ("aux", "auxpass") and c.tag_ in (*_TENSED, "MD") for c in verb.children)
