"""A "once" clause in a past tense tells when something happened, not a plan.

"once" makes its clause a condition still to be met when it looks ahead ("will publish the results
once we've got their responses", "intends to seek damages once the sale goes through": planned;
``factuality_cues.tsv`` mark). In a past tense it tells a point in a story: "Once Google started
blocking these search queries the rate of infection tailed off sharply" (Google did block them).
Such a clause carries no cue of its own and is as sure as the clause it hangs on: a future in the
past stays a plan ("said it would amend the complaint once they had discovered the names": planned,
from "would").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

_AUXILIARIES = frozenset({"aux", "auxpass"})


def past_once(mark: Word) -> bool:
    """Whether ``mark`` is the "once" opening a clause in a past tense ("once Google started
    blocking", "once they had discovered", "once the game was being played")."""
    if mark.lower_ != "once" or mark.dep_ != "mark":
        return False
    verb = mark.head
    return verb.tag_ == "VBD" or any(c.dep_ in _AUXILIARIES and c.tag_ == "VBD" for c in verb.children)
