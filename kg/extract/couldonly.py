"""A "could only" of a result in play tells what was done, the best that could be managed.

"Greene could only finish second", "Chelsea could only manage a draw at Villa Park", "he could only
volley the cross wide of the goal", "could only watch as the ball went in": the finishing, the draw,
the volley happened (asserted), where "could" alone leaves a verb possible. The verb is one of
``only_results.txt`` (a result or a move in play), "only" its own adverb, "could" its auxiliary with no
perfect ("could only have finished": a case) and no negation, in an active clause. A verb of being or a
rule's reach is no result ("they could only be used on foreign suspects", "could only deal with the
frenzy by ...": possible), and a condition still reads as one ("could only finish second if Smith
wins": possible, by its "if").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["only_managed"]

RESULTS = read_words("only_results.txt")


def only_managed(modal: Word, verb: Word) -> bool:
    """Whether the modal ``modal`` of ``verb`` is the "could" of "could only finish second" (see the module)."""
    if modal.lower_ != "could" or verb.lemma_.lower() not in RESULTS or verb.tag_ != "VB":
        return False
    children = list(verb.children)
    return any(c.dep_ == "advmod" and c.lower_ == "only" for c in children) and not any(
        c.dep_ in ("neg", "auxpass") or (c.dep_ == "aux" and c.lower_ == "have") for c in children)
