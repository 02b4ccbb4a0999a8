"""An attempt told as done leaves what it tried open: possible, not planned.

"The minister tried to play down the row", "Yukos has attempted to block the auction", "the firm
sought to reassure investors": the trying happened (a past or perfect verb of ``attempt_verbs.txt``),
so what was tried is no plan still ahead; the text does not say it came about either. An attempt
under way ("is trying to negotiate") or ahead ("will try to win") keeps its reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

ATTEMPT_VERBS = read_words("attempt_verbs.txt")
_MODALS = frozenset({"MD"})


def attempted(verb: Word) -> bool:
    """Whether ``verb`` is an attempt told as done: "tried", "had attempted", "has sought"; not
    "is trying", "will try", "would have tried"."""
    if verb.lemma_.lower() not in ATTEMPT_VERBS:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ in _MODALS for c in auxiliaries):
        return False
    if verb.tag_ == "VBD":
        return not auxiliaries
    return verb.tag_ == "VBN" and any(c.lemma_.lower() == "have" for c in auxiliaries) and all(
        c.lemma_.lower() == "have" for c in auxiliaries)
