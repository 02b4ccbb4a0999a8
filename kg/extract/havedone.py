"""A participle clause of "have": what befell someone, no obligation and no plan.

"have" with a "to" infinitive is a duty or a plan ("has to pull out": ``factuality_cues.tsv``,
control "have"). With an object and a past participle it tells what was done to that object or
what state it was left in, at the have-clause's own time: "Lucy's mother kept her pregnancy secret
and had her adopted at four weeks" (she was adopted), "England had Ireland pinned in their own
half", "Ireland, despite having Gordon D'Arcy still out injured, have been boosted" (he is
injured). The parser hangs the participle on "have" as a clause with the object for its subject;
``causative`` gives it the dependency of a plain complement, so it is as sure as the have-clause
("will have the roof repaired": planned by "will"), never the "have to" of the table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.event_arguments import has_to

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["causative"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def causative(verb: Word) -> Word | None:
    """The "have" whose object's participle ``verb`` is ("had her adopted"), else ``None``."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "xcomp") or verb.tag_ != "VBN" or head.lemma_.lower() != "have" or head.dep_ in ("aux", "auxpass"):
        return None
    if has_to(verb) or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None  # "has to be done", "had been told"
    return head if any(c.dep_ in _SUBJECTS for c in verb.children) else None
