"""Whether the contrast after a conceded "may have" doubts what was conceded.

"Chelsea may have beaten Arsenal at Highbury, but Mourinho was not satisfied": the writer grants
the win and sets a point against it, so the win is told (``kg.extract.frames.conceded``). A
contrast doubts the concession only when it denies knowing, showing or saying it: "may have been
detained but they could find no record of the incident", "may have won, but it is not clear", "but
he did not say", "but nobody knows". So a negated contrast doubts when its verb, or the adjective or
noun it takes, is a word of ``doubting_words.txt`` or a speech cue of ``factuality_cues.tsv``, or
when no one is its subject; any other negated contrast ("was not satisfied", "didn't stop",
"were not convincing") leaves the concession told.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.events import FACTUALITY_CUES
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["doubts"]

_KNOWING = read_words("doubting_words.txt") | frozenset(FACTUALITY_CUES["speech"])
_NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
_NO_ONE = frozenset({"nobody", "none", "nothing", "noone", "no-one"})
_TAKEN = frozenset({"acomp", "attr", "dobj", "oprd"})  # "is not clear", "is no evidence", "found no record"


def doubts(contrast: Word) -> bool:
    """Whether the contrast clause headed by ``contrast`` doubts the concession before it (see the module)."""
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _NEGATIONS | _NO_ONE for c in contrast.children):
        return True  # "but nobody knows", "but none of it was proved"
    taken = [c for c in contrast.children if c.dep_ in _TAKEN]
    negated = any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in contrast.children) or any(
        d.dep_ in ("neg", "det") and d.lower_ in _NEGATIONS for c in taken for d in c.children)
    return negated and any(w.lemma_.lower() in _KNOWING or w.lower_ in _KNOWING for w in (contrast, *taken))
