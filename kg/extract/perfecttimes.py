"""A present perfect coordinated with a simple past takes no time from it.

"The OSI shut its office in Moscow last year and has withdrawn from Uzbekistan and
Belarus": a present perfect says nothing of a past day ("has withdrawn last year" is not
English), so "last year" is the shutting's alone; the withdrawal has no time of its own
(``kg.extract.event_arguments.shared_times`` gives a coordinated clause its head's time
otherwise: "was stormed and briefly seized last week", both last week).

Not two simple pasts ("emerged from Chapter 11 protection last year and changed its name":
both that year), nor a perfect after a perfect ("has fallen and has recovered since May").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["perfect_after_past"]


def perfect_after_past(verb: Word) -> bool:
    """Whether ``verb`` is a present perfect ("has withdrawn") coordinated with a simple past ("shut")."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or not _present_have(verb):
        return False
    head = verb.head
    return head.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in head.children)


def _present_have(verb: Word) -> bool:
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
