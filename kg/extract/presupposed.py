"""An event noun that a verb of ending, undoing or dealing with takes as its object already
exists, whatever plans or doubts frame that verb.

"Moves to lift the European Union's ban on arms exports to China have been condemned":
the lifting is planned, the ban is in force. "TimeWarner is to restate its accounts as
part of efforts to resolve an inquiry into AOL": the inquiry is under way. "The union
refused to end the strike": the strike goes on. So the noun keeps a report of its
clause ("said the EU would lift the ban": the ban is reported) but not the clause's
plans, doubts, questions, denials or negation ("unclear whether ministers would act to curb
the euro's rise": the rise is told; ``presupposing_verbs.txt``). Verbs that call an event
off ("cancelled the debate") are ``kg.extract.predicated``'s; verbs of backing or opposing
leave a proposal open ("oppose the merger": planned) and are not in the list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.takenknown import taken_as_known
from kg.lexicon.table import read_words
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

PRESUPPOSING_VERBS = read_words("presupposing_verbs.txt")
_REPORTED = frozenset({Factuality.REPORTED})


def presupposed(noun: Word) -> bool:
    """Whether the event ``noun`` (or the first noun of its coordination) is the object of a
    presupposing verb: "lift the ban", "resolve an inquiry", "the ban was lifted"."""
    while noun.dep_ == "conj" and noun.head is not noun and noun.head.pos_ == "NOUN":
        noun = noun.head
    verb = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_.lower() in PRESUPPOSING_VERBS


def noun_scope(noun: Word, scope: frozenset[Factuality], framing: frozenset[Factuality]) -> frozenset[Factuality]:
    """Which readings of the clause around an event noun reach it: only the framing ones
    (``framing``: reported, claimed, denied, asked) for a presupposed noun; only the
    clause's own plans and doubts for one taken as known (``kg.extract.takenknown``); all
    of ``scope`` otherwise."""
    if presupposed(noun):
        return framing & _REPORTED  # "unclear whether ministers would act to curb the euro's rise": the rise is told
    return scope - framing if taken_as_known(noun) else scope
