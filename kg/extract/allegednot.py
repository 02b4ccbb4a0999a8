"""A negation inside what someone is accused of is alleged, not the writer's fact.

"Millwall have been charged with failing to ensure that fans refrained from racist
behaviour", "The minister is accused of not paying the tax": the failure, the non-payment
are the charge, so the ensuring and the paying are speculated (the charge's cue), not
negated as if the writer said they never happened. The -ing clause hangs on the "of",
"with" or "for" of a verb of accusing (``accusing_verbs.txt``) that reads it as speculated
("accuse ... of", "charge with", "suspect ... of" in ``factuality_cues.tsv``).

Not an allegation: "criticised Mr Brown for failing to mention the council tax", "was
suspended for refusing to deselect its candidate" (the frame is told, not speculated: the
failure and the refusal stand as negations), nor "was charged with ensuring order" (a duty).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.accusing import ACCUSING_VERBS
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

_PREPOSITIONS = frozenset({"of", "with", "for"})


def alleged_negation(top: Word, frame: Factuality) -> bool:
    """Whether the clause that ``top`` opens is the -ing of a charge its frame reads as
    speculated (``frame``), so a negation of its own stays alleged (see the module)."""
    if frame is not Factuality.SPECULATED or top.dep_ != "pcomp" or top.tag_ != "VBG":
        return False
    preposition = top.head
    return preposition.lower_ in _PREPOSITIONS and preposition.head.lemma_.lower() in ACCUSING_VERBS
