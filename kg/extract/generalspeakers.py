"""A speech in a restrictive relative clause on no one in particular quotes no one.

"Fines will be given to people who say they have moved house", "Anyone who claims they were
misled can ask for a refund", "there are those who believe this could be the election", "Voters who say they will back Labour are fewer": the clause
picks out whom the sentence is about (those people, whoever claims it); no one is reported
to have said anything. A relative clause set off by a comma tells what its noun did
("Critics, who say the plan is flawed, will protest": they say it), and a noun with a
determiner, a possessor or a number names some in particular ("the fans who said").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.frames import generic

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["general_speaker"]

_SPECIFIERS = frozenset({"det", "poss", "nummod", "predet", "amod"})
_OPENERS = frozenset({",", "-", "(", "—", "–"})
_RELATIVES = frozenset({"who", "that", "which"})
_GENERAL_PRONOUNS = frozenset({"those", "others", "some"})  # "there are those who believe"


def general_speaker(verb: Word) -> bool:
    """Whether speech verb ``verb`` heads a restrictive relative clause on a bare plural common
    noun or a pronoun of no one in particular (see the module)."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVES for c in verb.children):
        return False  # "actions which it says bloggers can take": the speaker is "it", not the noun
    noun = verb.head
    start = verb.left_edge.i
    if start > 0 and verb.doc[start - 1].text in _OPENERS:
        return False  # "Critics, who say the plan is flawed,": they say it
    if generic(noun) is not None or noun.lower_ in _GENERAL_PRONOUNS:
        return True  # "anyone who claims", "whoever says", "those who believe"
    return (noun.pos_ == "NOUN" and noun.tag_ == "NNS" and not noun.ent_type_
            and not any(c.dep_ in _SPECIFIERS for c in noun.children))
