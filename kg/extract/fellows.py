"""Who performs alongside, for ``event_arguments.prep_role``: a person or group after
"with" under a verb of performing (``fellow_verbs.txt``) is a fellow performer, not an
opponent as the role table reads "with" + a party in a contest ("a draw with
Everton"): "also performed a duet with boyfriend Brian McFadden" (the "with" of the
verb's object), "Bo Diddley, who performed with Eric Clapton and Robbie Robertson"; so is
one with whom a prize is won or shared (``prize_nouns.txt``): "win trophies with the club".
The phrase gets no role: who else took part is not this event's argument.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["FELLOW_VERBS", "alongside"]

FELLOW_VERBS = read_words("fellow_verbs.txt")
_PRIZES = read_words("prize_nouns.txt")


def alongside(prep: Word) -> bool:
    """Whether ``prep`` is a "with" under a verb of performing or its object: "performed
    with Eric Clapton", "performed a duet with Brian McFadden"."""
    if prep.lower_ != "with":
        return False
    head = prep.head.head if prep.head.dep_ == "dobj" else prep.head
    # "win trophies with the club": the side one wins a prize with, or shares it with, is no opponent
    return head.lemma_.lower() in FELLOW_VERBS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in _PRIZES for c in head.children)
