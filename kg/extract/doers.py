"""The doer of a non-finite verb whose clause names it only through another verb or noun.

- A verb that borrows its subject from the infinitive of a noun of intent does what that
  infinitive does, for whoever intends it (``kg.extract.intenders``): a conjunct ("Fiat's
  decision to sell off its finance arm and halve GM's stake": Fiat halves it), an -ing after
  a preposition hung on the infinitive ("their bid to reach the finals by playing
  Switzerland": they play), a complement of it (``lender``).
- An -ing clause after a span of time or a sum its verb takes as an object is done by that
  verb's subject: "Gamers have clocked up 28 million hours playing the game" (the gamers
  play; the hours do not: ``spender``); so is one the parser made the verb's complement,
  "The firm spent $2m developing the software" (``kg.extract.controllers.spent``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from kg.extract.clauses import subject_of
from kg.extract.controllers import spent
from kg.extract.spans import noun_phrase

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["lender", "spender"]

_VERBS = frozenset({"VERB", "AUX"})


def _subject(verb: Word) -> Word | None:
    return cast("Word | None", subject_of(cast(Any, verb))[0])  # a Word answers as its Token


def lender(verb: Word) -> Word:
    """The highest verb above ``verb`` whose subject ``verb`` borrows: each verb on the way
    up has the very subject word ``verb`` has, found from a verb it hangs on ("halve" of
    "decision to sell off X and halve Y" -> "sell off"; "playing" of "bid to reach the
    finals by playing" -> "reach"); ``verb`` itself when it borrows none."""
    subject = _subject(verb)
    top = verb
    if subject is None:
        return top
    word = verb.head
    for _ in range(8):
        if word.pos_ in _VERBS:
            if _subject(word) is not subject:
                break
            top = word
        elif word.dep_ not in ("prep", "mark", "cc"):
            break  # a noun or an adjective between: the verb is its own clause's
        if word.head.i == word.i:
            break
        word = word.head
    return top


def spender(verb: Word) -> list[Word]:
    """Who does an -ing clause hung on a span of time or a sum that a verb takes as its
    object: that verb's subject ("clocked up 28 million hours playing the game": the
    subject of "clocked up"); nothing for another clause or a passive verb."""
    if verb.dep_ != "acl" or not (verb.tag_ == "VBG" or any(c.lower_ == "being" for c in verb.children)):
        return []  # "spent months being lauded": the film is lauded
    noun = verb.head
    if noun.dep_ != "dobj" or noun.head.pos_ not in _VERBS or not spent(noun):
        return []
    owner = noun.head
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in owner.children):
        return []
    subject = _subject(owner)
    if subject is None or spent(subject):
        return []
    return cast("list[Word]", noun_phrase(cast(Any, subject)))
