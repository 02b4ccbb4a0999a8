"""What an aim, a goal or a plan "is to" do is that noun's content: planned, never done.

"Labour's aim is to boost the number of black MPs while ensuring women are selected", "The aim is
for Labour to recruit more candidates", "His long-term target is to play for New Zealand again":
the copula says what the aim is, so the infinitive (and all that hangs on it: the ensuring, a
negation inside it) is read with the noun, as an infinitive the noun governs is ("plans to cut",
kg.extract.forclauses.reframed): planned for a noun of intent, possible for a hope or a dream
(the noun's row of ``factuality_cues.tsv``, kind "noun"). Not a subject that frames no plan ("One
of its successes was to persuade voters", "The problem is to find staff"), nor "be" before the
infinitive ("is to launch": kg.extract.frames.arranged).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.event_arguments import has_to
from kg.lexicon.events import FACTUALITY_CUES
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["aim_of"]

_NOUNS = FACTUALITY_CUES["noun"]
_INTENDED = frozenset({Factuality.PLANNED, Factuality.POSSIBLE})
_COMPLEMENTS = frozenset({"xcomp", "advcl", "ccomp"})


def aim_of(verb: Word) -> Word | None:
    """The noun of intent whose content the infinitive ``verb`` is, after a copula (see the module); else ``None``."""
    be = verb.head
    if verb.dep_ not in _COMPLEMENTS or be.lemma_ != "be" or verb.i < be.i or not has_to(verb):
        return None
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    return subject if _NOUNS.get(subject.lemma_.lower()) in _INTENDED else None
