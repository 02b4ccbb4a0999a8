"""What an adverbial phrase or clause says of the clause it hangs on: a schedule or a condition.

- A day to come on a present verb is a schedule (``kg.extract.schedules``): "faces Brazil on
  Monday" is planned.
- A proposal's "under" phrase makes a present clause its content, planned
  (``kg.extract.underplans``): "Under the plan, councils secure deals".
- A clause under a condition is one case, not a plan nor a fact: "Mr Brown will stun
  Westminster if he fails to act", "The union will strike unless the offer improves": the
  consequent of "if"/"unless", with a future's modal, is possible (the condition itself is,
  through its own mark). Not a habit ("routinely checks people if they come": whenever), nor
  a speech verb the condition of its content hangs on ("Wells believes, if he moves, ...").
  Not "even if" (it happens whatever the condition: "will go ahead even if it rains"), nor
  "as if" (a manner: "acted as if nothing had happened").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.frames import SPEECH, is_present
from kg.extract.schedules import scheduled
from kg.extract.underplans import under_plan
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

_CONDITIONS = frozenset({"if", "unless"})
_NOT_CONDITIONAL = frozenset({"even", "as"})
# The modals of a plan or a forecast; "could", "may", "might" make a clause possible by themselves.
_FUTURE = frozenset({"will", "'ll", "wo", "shall", "would", "'d"})


def adverbial_reading(verb: Word, child: Word, position: int = 0) -> tuple[Factuality, str] | None:
    """The reading ``child`` (a prep, npadvmod or advcl of ``verb``) gives ``verb``'s clause, if any;
    ``verb`` governs the event's verb when ``position`` (its place up the chain) is above 0, where only
    a proposal's "under" reaches ("Under the proposals, workers were to be allowed to work")."""
    if (under := under_plan(verb, child)) is not None:
        return Factuality.PLANNED, under  # kg.extract.underplans
    if position:
        return None
    if child.dep_ == "advcl" and _consequent(verb):
        mark = next((c for c in child.children if c.dep_ == "mark" and c.lower_ in _CONDITIONS), None)
        before = child.doc[mark.i - 1] if mark is not None and mark.i > 0 else None
        if mark is not None and (before is None or before.lower_ not in _NOT_CONDITIONAL):
            return Factuality.POSSIBLE, mark.lower_
    if is_present(verb) and (day := scheduled(child)):
        return Factuality.PLANNED, day
    return None


def _consequent(verb: Word) -> bool:
    """Whether ``verb`` can be a condition's consequent: with a future's modal ("will strike",
    "would lose"); not a habit ("routinely checks people if they come": whenever) nor a speech
    verb the parser hung the content's condition on ("If the site did return, the message said,
    it would ...": the saying happened)."""
    modal = verb.head if verb.dep_ == "conj" and not any(c.dep_ == "aux" for c in verb.children) else verb  # "will stun and break"
    return verb.lemma_.lower() not in SPEECH and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE for c in modal.children)
