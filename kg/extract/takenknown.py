"""A scored result that a definite noun phrase takes as known, whatever frames its clause.

"Fly-half Charlie Hodgson admitted his wayward kicking played a big part in England's
18-17 defeat to France", "Arsene Wenger claimed their display in the 3-1 defeat against
Bayern Munich was poor": what is admitted or claimed is the part played, the display;
the defeat, named with its score by "the" or a possessive, happened. Such a noun keeps
its clause's own plans and doubts (a modal of that clause), not the frame of who
reports, claims, denies or asks the clause.

A definite noun with a score is over, wherever it stands ("A 2-0 win" may be a
forecast: "predicted a 2-0 win"). Without a score, a definite noun inside another
noun's phrase ("factors behind the KSE's performance", "the completion of its takeover")
is one too, unless it is still to come ("Labour's next election bid") or the noun it
hangs on is one of talks (``talk_nouns.txt``: "in talks over the sale of its unit") or
of intent or doubt ("plans for the takeover", "speculation about the sale"); an argument
of the clause's verb ("claimed the takeover had collapsed") is what the clause is about.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.attributed import attributed
from kg.extract.intentnouns import INTENT_NOUNS
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

_DEFINITE = frozenset({"the", "this", "that"})
TALK_NOUNS = read_words("talk_nouns.txt")
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
# A definite event still to come: "the key themes of New Labour's next general election bid".
_COMING = frozenset({"next"})
_SCORE = re.compile(r"(?<![\d.])\d{1,3} ?- ?\d{1,3}(?![\d.])")


def _definite(noun: Word) -> bool:
    """ "the 3-1 defeat", "England's 18-17 defeat", "their 2-0 win"."""
    return any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in noun.children)


def taken_as_known(noun: Word) -> bool:
    """Whether ``noun`` is a definite event noun with a score before it ("the 3-1
    defeat") or inside another noun's phrase ("factors behind the KSE's performance"),
    so the frame of its clause (reported, claimed, denied, asked) says nothing of it; or an event given
    a cause ("are thought to be responsible for a 26% increase": ``kg.extract.attributed``)."""
    if attributed(noun):
        return True
    if not _definite(noun) or any(c.lower_ in _COMING for c in noun.children):
        return False
    if _SCORE.search(" ".join(t.text for t in noun.subtree if t.i < noun.i)) is not None:
        return True
    owner = noun.head.head
    return noun.dep_ == "pobj" and owner.pos_ in _NOMINAL and owner.i != noun.head.i and not (
        owner.lower_ in TALK_NOUNS or owner.lemma_.lower() in TALK_NOUNS or owner.lemma_.lower() in INTENT_NOUNS)
