"""A prevention that failed in the past: its act happened.

"He could not stop Gloucester grabbing a draw", "The ban did not prevent the band from
playing the festival", "The police failed to stop the fans invading the pitch": the draw
was grabbed, the festival played, the pitch invaded, so the act is told (asserted, or as
sure as what frames the sentence), not left open as ``kg.extract.prevented`` leaves the act
of a prevention not made.

Only a past failure: "did not" / "didn't", "failed to" in the past, or "could not" on a verb
joined to a past one ("answered his critics ..., but he could not stop Gloucester
grabbing a draw"), of a verb that stands against an act under way (prevent, stop, deter).
Not "will not stop firms selling the data", "could not stop firms selling" alone (a case,
an ability in general), nor "did not bar him from standing" (only allowed): the act stays open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

_NOT = frozenset({"not", "n't"})
# Verbs that stand against an act under way: failing them, the act goes on. Not "bar", "ban",
# "block": "did not bar him from standing" only allows it.
_HINDERING = frozenset({"prevent", "stop", "deter"})


def failed_prevention(keeper: Word) -> bool:
    """Whether the verb of preventing ``keeper`` tells a past failure to prevent (see the module)."""
    if keeper.lemma_.lower() not in _HINDERING:
        return False
    if any(c.dep_ == "neg" and c.lower_ in _NOT for c in keeper.children):
        auxiliaries = {c.lower_ for c in keeper.children if c.dep_ == "aux"}
        if "did" in auxiliaries:
            return True
        return auxiliaries == {"could"} and keeper.dep_ == "conj" and keeper.head.tag_ == "VBD"
    head = keeper.head
    return keeper.dep_ == "xcomp" and head.lemma_.lower() == "fail" and head.tag_ == "VBD" and not any(
        c.dep_ in ("neg", "aux") for c in head.children) and any(c.dep_ == "aux" and c.lower_ == "to" for c in keeper.children)
