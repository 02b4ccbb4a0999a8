"""Negations that leave an event open or put it off, for ``kg.extract.factuality``.

Four constructions carry a "not" that does not negate the event it seems to:

- a negated verb of excluding: "Wenger has not ruled out signing Ronaldo", "Chelsea
  did not rule out a move", "The minister refused to rule out raising taxes", "The
  firm did not dismiss the possibility of a bid": the signing, move, raising and bid
  are possible (``factuality_cues.tsv``: kinds ``excluding`` and ``prospect``);
- "not ... until": "Brown will not announce the budget until March", "He will not
  decide until the board meets": the event happens then, so the "not" says only
  when (the "until" phrase is the event's time): planned, or asserted in the past
  ("did not begin until 1984");
- "cannot wait": "Lomu cannot wait to run out on the pitch": the running out is
  longed for, planned (kind ``eager``);
- a choice left open: "Eriksson has still not decided whether to call up any further
  back-up", "is considering whether to sell": the calling up is a question either way
  (``open_choice``), not negated, nor planned.

A "not" that stresses, "not only X but Y", "not one but two", negates nothing at all
(``kg.extract.emphatic``; ``idle_not`` reads it with the "or not" of a "whether").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.emphatic import emphatic
from kg.lexicon.events import FACTUALITY_CUES
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

EXCLUDING = FACTUALITY_CUES["excluding"]
EAGER = FACTUALITY_CUES["eager"]
_CAN = frozenset({"can", "ca", "could"})
PROSPECTS = FACTUALITY_CUES["prospect"]
_UNTIL = frozenset({"until", "till"})
_CHOICE = frozenset({"whether"})
_PAST = frozenset({"did", "had", "was", "were"})


def excluding(verb: Word) -> str | None:
    """The verb of excluding ``verb`` is, with its particle ("rule out"), or ``None``."""
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if particle is not None and f"{lemma} {particle}" in EXCLUDING:
        return f"{lemma} {particle}"
    return lemma if lemma in EXCLUDING and particle is None else None


def unnegated(verb: Word) -> tuple[Factuality, str] | None:
    """What a negated verb leaves of the event it governs, or ``None`` when the "not"
    negates it: a verb of excluding leaves it open ("has not ruled out signing Ronaldo");
    "cannot wait" longs for it ("Lomu says he cannot wait to run out on the pitch":
    planned, not denied; only after "can": "did not wait to hear the verdict" is no plan)."""
    if (cue := excluding(verb)) is not None:
        return EXCLUDING[cue], f"not {cue}"
    lemma = verb.lemma_.lower()
    if lemma in EAGER and any(c.dep_ == "aux" and c.lower_ in _CAN for c in verb.children):
        return EAGER[lemma], f"cannot {lemma}"
    return None


def excluder(word: Word) -> Word | None:
    """The verb of excluding whose object an event noun is: "rule out [a move]", "dismiss
    the possibility of [a bid]"; ``None`` when there is none."""
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lemma_.lower() in PROSPECTS:
        word = word.head.head
    if word.dep_ == "dobj" and word.head.pos_ == "VERB" and excluding(word.head) is not None:
        return word.head
    return None


def put_off(verb: Word) -> Factuality | None:
    """What a "not" beside an "until" phrase or clause of the verb's own leaves of it, or
    ``None`` when the verb has none: the event happened then ("did not begin until 1984":
    asserted), or is to happen then ("a policy of not enforcing the ban until ...",
    "will not announce the budget until March": planned)."""
    for child in verb.children:
        if (child.dep_ == "prep" and child.lower_ in _UNTIL) or (
                child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _UNTIL for c in child.children)):
            past = verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in _PAST for c in verb.children)
            return Factuality.ASSERTED if past else Factuality.PLANNED
    return None


def open_choice(complement: Word) -> str | None:
    """ "whether" when a verb's complement is a choice it opens ("decided whether to call
    up", "considering whether to sell"), else ``None``."""
    return next((c.lower_ for c in complement.children if c.dep_ == "mark" and c.lower_ in _CHOICE), None)


def or_not(negation: Word) -> bool:
    """Whether a "not" is the "or not" of a "whether": "to decide whether or not to scrap the
    Assembly" leaves the scrapping open (questioned), not negated."""
    verb = negation.head
    return negation.i > 0 and any(c.dep_ == "cc" and c.lower_ == "or" and c.i == negation.i - 1 for c in verb.children) and (
        any(c.dep_ == "mark" and c.lower_ in _CHOICE and c.i < negation.i for c in verb.children))


def idle_not(negation: Word) -> bool:
    """Whether a "not" negates nothing of its clause: the "or not" of a "whether" (``or_not``) or the
    "not" of "not only ... but", "not one but two" (``kg.extract.emphatic``)."""
    return or_not(negation) or emphatic(negation)
