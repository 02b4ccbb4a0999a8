"""What an -ing clause's place in its sentence leaves of its factuality.

- A gerund after a preposition of a past point or of concession (``settled`` cues) tells
  what happened, whatever the clause it hangs on plans or doubts: "Taylor will miss the
  first two games after damaging an ankle", "could return after missing the game",
  "out of the reckoning since falling out with the coach", "will play despite suffering
  a knee injury": the damage, the missing, the falling out, the injury are facts. Not a
  gerund with a day to come ("will be named after training on Friday morning") nor one
  under a perfect modal, a case that did not come about ("might have collapsed after
  going behind"). So does a "for" + -ing clause of a verb of apologising, thanking or judging
  (``judged_for_verbs.txt``): "calls for the mayor to apologise for likening the reporter to a
  guard" (he did liken him; the apology is only called for).
- A gerund subject shares its verb's modal even when the verb is negated: "Selling the
  car-making unit may not prove so simple" sells nothing yet (possible, not a fact).
- The means of a deed urged, planned or supposed not to happen is a case too: "He urged
  Labour not to lose votes by raising taxes", "should not cut costs by closing plants"
  raise and close nothing (possible, cued by the "not"). A negation, unlike a plan or a
  doubt, does not pass down to an adverbial clause, so such a "by" + -ing clause read as a
  fact. A negated fact keeps its means ("The firm never made money by selling phones":
  it sold them).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.frames import MODALS, ahead, lemma_in, modal_value
from kg.lexicon.events import FACTUALITY_CUES
from kg.lexicon.table import read_words
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.factuality import Reading
    from kg.extract.words import Word

SETTLED = FACTUALITY_CUES["settled"]
JUDGED_FOR = dict.fromkeys(read_words("judged_for_verbs.txt"), True)  # a table for lemma_in
# Readings that show no modal: a negated main clause passes its -ing subject nothing.
_OPEN = frozenset({Factuality.ASSERTED, Factuality.REPORTED})


def _gerund(verb: Word) -> bool:
    """An -ing form, or a passive or perfect one: "damaging", "being cited", "having lost"."""
    return verb.tag_ == "VBG" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBG" for c in verb.children)


def _perfect_modal(verb: Word) -> bool:
    """ "might have collapsed", "would have won": a case that did not come about."""
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    return any(c.tag_ == "MD" for c in auxiliaries) and any(c.lemma_ == "have" for c in auxiliaries)


def settled(verb: Word) -> Word | None:
    """The verb whose plans and doubts an -ing clause of a past point or of concession
    does not share ("will miss ... after damaging an ankle": miss), or ``None``.

    The clause hangs on its preposition ("after" pcomp) or, read as a clause, on the verb
    with the preposition as its mark.
    """
    if not _gerund(verb):
        return None
    if verb.dep_ == "pcomp" and (verb.head.lower_ in SETTLED or _judged_for(verb.head)):
        governor = verb.head.head
    elif verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SETTLED for c in verb.children):
        governor = verb.head
    else:
        return None
    if governor.i == verb.i or _perfect_modal(governor) or any(
            ahead(c) for c in verb.children if c.dep_ in ("prep", "npadvmod")):
        return None
    return governor


def _judged_for(prep: Word) -> bool:
    """ "apologise for", "fined for", "thanked ... for": a "for" whose -ing clause was done."""
    return prep.lower_ == "for" and prep.head.pos_ == "VERB" and lemma_in(prep.head, JUDGED_FOR) in JUDGED_FOR


def subject_case(verb: Word, outer: Reading) -> Reading:
    """What a clause with a modal passes to its -ing subject when a negation hides the modal:
    the modal's own value ("Selling the car-making unit may not prove so simple": the sale
    possible, not a fact; the negation is the proving's)."""
    modal = next((c for c in verb.head.children if c.dep_ == "aux" and c.lower_ in MODALS), None)
    if verb.dep_ != "csubj" or verb.tag_ != "VBG" or modal is None or (
            outer.factuality not in _OPEN and not (outer.cue or "").startswith(f"{modal.lower_} ")):  # "may not"
        return outer
    return replace(outer, factuality=modal_value(verb.head, modal.lower_), cue=modal.lower_)


def unmet_means(preposition: Word, governing: Reading) -> tuple[Factuality, str | None]:
    """What the reading ``governing`` of the verb a "by" + -ing clause hangs on leaves of
    that clause: possible when the verb is a negated infinitive or modal ("not to lose",
    "should not cut"), else nothing (asserted, no cue)."""
    verb = preposition.head
    if preposition.lower_ == "by" and governing.factuality is Factuality.NEGATED and any(
            c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in verb.children):
        return Factuality.POSSIBLE, governing.cue
    return Factuality.ASSERTED, None
