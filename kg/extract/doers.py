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
- An -ing after "by", "after", "before" ... whose verb has no subject of its own, the parse
  giving none, takes the first subject above it, through the infinitives and adjectives of
  one verb group: "would be able to cut costs by selling skis" (the companies able to cut
  sell), and through the "of"-gerund of an object the parser hung it on: "aims to wipe out
  the pain of losing his title by winning a fourth crown" (Greene wins) (``climbed``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from kg.extract.clauses import subject_of
from kg.extract.controllers import spent
from kg.extract.spans import noun_phrase

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["climbed", "lender", "spender"]

_VERBS = frozenset({"VERB", "AUX"})
# Prepositions of an -ing clause of manner or time, which takes the subject of what it hangs on.
_CIRCUMSTANCES = frozenset({"by", "after", "before", "while", "whilst", "without", "despite", "through", "since", "upon"})
# Verbs whose adjective tells what their subject is: "would be able to cut costs by selling".
_COPULAS = frozenset({"be", "become", "remain", "seem", "appear", "feel", "look", "prove", "stay"})
# Subjects that stand for no one: "it would be easier to attract investment by having ...".
_EMPTY = frozenset({"it", "there", "this", "that", "which", "what"})


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


def climbed(verb: Word) -> list[Word]:
    """Who does an -ing after a preposition of ``_CIRCUMSTANCES`` when the parse gives it no
    subject: the subject of the first verb above it that has one, passing only verbs with
    none, their infinitives ("able to cut costs by selling": the subject of "be"), an
    adjective of a copula, and an "of"-gerund of a verb's object ("the pain of losing his
    title by winning": the subject of "wipe out"); nothing past a noun, a clause of its own
    or a subject that stands for no one ("it")."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ not in _CIRCUMSTANCES or _subject(verb) is not None:
        return []
    word = verb.head.head
    for _ in range(8):
        if word.pos_ in _VERBS and (subject := _subject(word)) is not None:
            if subject.lower_ in _EMPTY:
                return []
            return cast("list[Word]", noun_phrase(cast(Any, subject)))
        if word.pos_ == "ADJ" and word.dep_ in ("acomp", "oprd") and word.head.lemma_.lower() in _COPULAS:
            word = word.head  # "would be able to cut": the copula's subject is able; not "he said, optimistic despite"
        elif word.pos_ in _VERBS and word.dep_ in ("xcomp", "pcomp") and word.head.i != word.i:
            word = word.head.head if word.dep_ == "pcomp" else word.head
            if word.pos_ == "NOUN" and word.dep_ == "dobj" and verb.head.lower_ == "by":
                word = word.head  # "wipe out the pain of losing his title by winning": the parse hung "by" low
        else:
            return []
    return []
