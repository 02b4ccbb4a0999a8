"""An -ing with a subject of its own after a framing noun's "of": the noun frames it.

"There is no chance of the club selling Gerrard in January", "absolutely no chance of either of
these parties communicating a sensible argument", "no prospect of the firm paying a dividend":
the parser makes the -ing's subject the object of "of" and hangs the -ing on it as a clause of
that noun ("club" ... "selling"), so the framing noun of likelihood (``factuality_cues.tsv``, kind
"noun", possible or negated: "chance", "prospect", "hope", "fear", "risk") never reached it, and
the selling was told as done. ``of_gerund`` gives the "of" back, read as the -ing's preposition
(a pcomp), so "no chance" negates it and "little chance" leaves it possible (``kg.extract.lacking``),
as it does for "no chance of selling"; through a partitive too ("of either of these parties").
Not an -ing after a noun that frames nothing ("a picture of children playing") nor one of a
story or a report ("tells the story of a single mother living on the breadline": a film's plot,
no rumour), nor after any preposition but "of".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.events import FACTUALITY_CUES
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

_NOUNS = FACTUALITY_CUES["noun"]
_ODDS = frozenset({Factuality.POSSIBLE, Factuality.NEGATED})  # a noun of likelihood, not a story's or a report's


def of_gerund(verb: Word) -> Word | None:
    """The "of" of a framing noun whose object is ``verb``'s subject (see the module docstring), or ``None``."""
    subject = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or subject.dep_ != "pobj" or subject.i > verb.i:
        return None
    of = subject.head
    if of.lower_ != "of" or of.dep_ != "prep":
        return None
    noun = of.head
    if noun.tag_ in ("DT", "CD") and noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "of either of these parties"
        of, noun = noun.head, noun.head.head
    lemma = noun.lemma_.lower() if noun.lemma_.lower() in _NOUNS else noun.lower_
    return of if noun.pos_ == "NOUN" and _NOUNS.get(lemma) in _ODDS else None
