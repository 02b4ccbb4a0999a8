"""A second small clause of a modal verb is no clause of its own.

"The plans would see the season start in March and the Six Nations moved to April": the
parser hangs "moved" on "see" as a conjunct with a subject of its own, so it read as a
sentence of its own, asserted; it is a second object clause of "would see", as planned as
the first ("the season start"). The conjunct of a verb with a modal auxiliary is read so when
the verb has a bare-infinitive clause with a subject before it ("see the season start") and
the conjunct is a past form with a subject but no auxiliary and no contrast ("but") before it.
"He said they would stay and the club agreed" (no small clause) and "might get under his
skin, but he heaped praise on him" (a contrast) stay clauses of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.events import FACTUALITY_CUES

if TYPE_CHECKING:
    from kg.extract.words import Word

_MODALS = FACTUALITY_CUES["modal"]
_CONTRASTS = frozenset({"but", "yet", "while", "whereas", "although", "though"})


def paired_small_clause(verb: Word, head: Word) -> bool:
    """Whether ``verb``, a conjunct of ``head``, is a second small clause of a modal ``head``
    ("would see the season start in March and the Six Nations moved to April")."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children) or not any(
            c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children):
        return False
    if any(c.lower_ in _CONTRASTS and head.i < c.i < verb.i for c in head.children):
        return False
    return any(c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB" and c.i < verb.i and any(
        g.dep_ == "nsubj" and g.i < c.i for g in c.children) for c in head.children)
