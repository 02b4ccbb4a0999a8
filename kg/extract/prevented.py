"""An -ing that the text says did not happen: kept from happening, or passed over for another.

- The -ing of an act a verb keeps someone from (``preventing_verbs.txt``), after its "from"
  or, for "prevent" and "stop", after its object: "six banks that were barred from
  providing financing", "regained his feet to stop Lewsey from scoring a certain try": no
  financing, no try (negated). A prevention only tried, planned or not made leaves the
  act open ("are trying to prevent rapper Nelly performing in Arkansas", "will be barred
  from 2006 from imposing", "will not stop firms selling": possible), never a fact; one that
  failed in the past leaves it told ("could not stop Gloucester grabbing a draw":
  ``kg.extract.unprevented``).
- The -ing passed over after "instead of" or "rather than": "instead of fearing computer
  games, X believes ...": no fearing (negated), as "without" (a ``mark`` cue) negates its -ing;
  so is any clause right after them, however parsed ("should create a healthier population
  rather than respond to ill health": no responding). Not a clause an adverb narrows to
  "only this" (``narrowed``): "rather than respond only to ill health", "rather than simply
  to enforce fiscal rectitude" say "not only", and the clause is read as it would be alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kg.extract.unprevented import failed_prevention
from kg.lexicon.events import FACTUALITY_CUES
from kg.lexicon.table import read_table
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

MARKS = FACTUALITY_CUES["mark"]
_FORMS = {row.fields[0]: row.fields[1] for row in read_table("preventing_verbs.txt")}
PREVENTING_VERBS = frozenset(_FORMS)
# A prevention read as done: its act did not happen.
_DONE = frozenset({Factuality.ASSERTED, Factuality.REPORTED})
_PASSED_OVER = frozenset({"rather than", "instead of"})
# Adverbs that narrow the clause passed over: "rather than respond only to ill health" says
# "not only", and the NHS does respond; "rather than just talk about it" (they talk).
_ONLY = frozenset({"only", "just", "simply", "merely", "solely", "purely"})


def _next_to(adverb: str, word: Word) -> bool:
    """Whether ``adverb`` stands right before ``word`` as its head or its child (the parse
    hangs "instead" on "of" or "of" on "instead")."""
    return any(w.lower_ == adverb and w.i + 1 == word.i for w in (word.head, *word.children))


def marked(preposition: Word, verb: Word) -> tuple[Factuality, str] | None:
    """What the word that opens the -ing clause of ``verb`` says of it: a ``mark`` cue ("without"
    negates, "while" asserts), "instead of" and "rather than" negate, unless narrowed ("rather
    than simply aiming to liberalise markets": not only aiming, see ``narrowed``); else ``None``."""
    word = preposition.lower_
    if word in MARKS:
        return MARKS[word], word
    if narrowed(verb):
        return None
    if (word == "of" and _next_to("instead", preposition)) or (word == "than" and _next_to("rather", preposition)):
        return Factuality.NEGATED, f"{'instead' if word == 'of' else 'rather'} {word}"
    return None


def gerund(verb: Word) -> bool:
    """An -ing form, or a passive one: "providing", "being cut off"."""
    return verb.tag_ == "VBG" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBG" for c in verb.children)


def preventer(verb: Word) -> Word | None:
    """The verb that keeps the act of the -ing ``verb`` from happening: "barred" of "were
    barred from providing", "prevent" of "prevent rapper Nelly performing" (the -ing on
    the object, or its own clause with a subject), else ``None``."""
    if not gerund(verb):
        return None
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "from" and _forms(head.head) is not None:
        return head.head
    if verb.dep_ == "acl" and head.dep_ == "dobj" and head.i < verb.i and _forms(head.head) == "object":
        return head.head
    if verb.dep_ in ("ccomp", "xcomp") and _forms(head) == "object" and any(
            (c.dep_ == "nsubj" and c.i < verb.i) for c in verb.children):
        return head
    return None


def _forms(verb: Word) -> str | None:
    return _FORMS.get(verb.lemma_.lower()) if verb.pos_ in ("VERB", "AUX") else None


def kept_from(verb: Word, governing: Factuality) -> tuple[Factuality, str | None]:
    """What a prevention by ``verb``, as sure as ``governing``, leaves of its act: negated
    when done, possible when only tried, planned or not made; told when it failed in the past
    (``kg.extract.unprevented``: "could not stop Gloucester grabbing a draw")."""
    lemma = verb.lemma_.lower()
    if governing is Factuality.NEGATED and failed_prevention(verb):  # "could not stop Gloucester grabbing a draw"
        return Factuality.ASSERTED, None
    if governing in _DONE:
        return Factuality.NEGATED, lemma
    return Factuality.POSSIBLE, (f"not {lemma}" if governing is Factuality.NEGATED else lemma)


def narrowed(verb: Word) -> bool:
    """Whether an adverb of ``_ONLY`` narrows the clause of ``verb``, on the verb or on one of its
    prepositions ("simply to enforce", "respond only to ill health"): the clause a "rather than"
    or "instead of" opens then says "not only", and what it tells still holds."""
    return any(c.dep_ == "advmod" and c.lower_ in _ONLY for word in (verb, *(
        p for p in verb.children if p.dep_ in ("prep", "agent"))) for c in word.children)


def _passed_over(verb: Word) -> str | None:
    """ "rather than" or "instead of" right before the clause of ``verb``, else ``None``."""
    if verb.dep_ == "ROOT":
        return None
    edge = verb.left_edge.i  # after the cheap tests: the left edge walks the clause's words
    if edge - 2 < verb.sent.start:
        return None
    pair = f"{verb.doc[edge - 2].lower_} {verb.doc[edge - 1].lower_}"
    return pair if pair in _PASSED_OVER and not narrowed(verb) else None


def unhappened(verb: Word, governing: Callable[[Word], Factuality]) -> tuple[Factuality, str | None, Word] | None:
    """The reading of a clause the text says did not happen, its cue and the word whose
    clause frames it: a prevention's act ("barred from providing": negated, framed by
    "barred"; ``governing`` reads the prevention), a clause passed over ("rather than
    simply to enforce": negated, framed by the verb it hangs on); else ``None``."""
    if (keeper := preventer(verb)) is not None:
        return (*kept_from(keeper, governing(keeper)), keeper)
    if (alternative := _passed_over(verb)) is not None:
        return Factuality.NEGATED, alternative, verb.head
    return None
