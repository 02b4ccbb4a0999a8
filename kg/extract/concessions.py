"""A concession after a verb an adverb of hearsay doubts is told: the adverb reaches its own verb only.

"The Macintosh was reputedly named after Mr Raskin's favourite apple, though the name was changed
slightly following a trademark dispute", "Blair allegedly insulted Brown, although he later
apologised": "reputedly" and "allegedly" doubt the naming and the insult, not the writer's
"though" or "although" clause, which tells a fact against them (the change, the apology). A clause
of "although", "though" or "whereas" on a verb whose doubt is a speculating adverb of
``factuality_cues.tsv`` (kind "adverb": reportedly, allegedly, apparently ...) stands outside
it, framed only by who reports it (``kg.extract.asclauses.aside``, ``kg.extract.modalscope.told_scope``).
Not a clause of "while" (a time too), nor one under a claim's verb ("claimed he insulted Brown,
although ...": maybe the claim goes on), whose doubt is no adverb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.events import FACTUALITY_CUES
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["conceding", "hearsay_concession"]

_HEARSAY = frozenset(word for word, value in FACTUALITY_CUES["adverb"].items() if value is Factuality.SPECULATED)
_CONCEDING = frozenset({"although", "though", "whereas"})


def conceding(clause: Word) -> bool:
    """Whether ``clause`` is an adverbial clause of "although", "though" or "whereas"."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONCEDING for c in clause.children)


def hearsay_concession(clause: Word, cue: str | None) -> bool:
    """Whether ``clause`` concedes against a verb doubted by the adverb ``cue`` (see the module)."""
    return cue in _HEARSAY and conceding(clause)
