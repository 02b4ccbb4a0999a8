"""A "will" or "would" of habit: no plan.

An adverb of frequency (``habit_adverbs.txt``) on the clause makes its "will" or "would" a
habit told, asserted (or reported, under a speaker): "loss of possessions will usually be
covered", "Fans will often travel hundreds of miles to watch the side", "They would frequently
fall out with their parents", "the government said it would normally invite observers". Not a
perfect ("would always have been": ``frames.modal_value`` reads it first), not a clause under
a condition ("will always choose football if a great club makes me an offer": possible), and
not a negated one ("will not always be easy": the negation wins).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

HABIT_ADVERBS = read_words("habit_adverbs.txt")
_HABIT_MODALS = frozenset({"will", "'ll", "would", "'d"})


def habitual(verb: Word, modal: str) -> Factuality | None:
    """``ASSERTED`` when an adverb of frequency makes ``verb``'s ``modal`` a habit (see the
    module docstring), else ``None``."""
    if modal not in _HABIT_MODALS:
        return None
    host = verb.head if verb.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) else verb
    return Factuality.ASSERTED if any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in host.children) else None
