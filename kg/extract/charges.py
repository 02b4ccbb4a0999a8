"""The two senses of "charged with" + -ing: an offence alleged, or a duty given.

- An offence: "Millwall have been charged with failing to ensure that fans refrained from
  racist behaviour", "police charged him with running a fraud": what the charged are alleged
  to have done, no fact ("charge with" in ``factuality_cues.tsv``: speculated, as "accused of").
- A duty: "The Speaker chairs debates in the Commons and is charged with ensuring order in the
  chamber", "The division was charged with thinking up and carrying out action": a task given,
  not yet done ("charge with duty": planned), and no legal charge, so "charge" heads no event.

- A charge as a noun: "criminal charges that he oversaw the fraud", "the charges of running an
  illegal bar ... were dropped": alleged (``factuality_cues.tsv``, speculated); but "pleaded
  guilty to charges that they infringed copyright" is admitted, a fact, and "is in charge of
  collecting fees" is a duty, no charge (``unalleged``).
- A wrong charge: "Angela Cannings, who was wrongly convicted of killing two of her babies":
  an adverb of error (``factuality_cues.tsv``: wrongly, falsely ..., negated) on a verb of
  accusing (``accusing_verbs.txt``) says the deed was not done.

The -ing tells a duty when it, or one of its conjuncts, is a verb of a task
(``duty_verbs.txt``: ensure, oversee, run ...) and no word of the law stands in the
sentence (``legal_words.txt``: police, court, offence ...).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from kg.extract.accusing import ACCUSING_VERBS
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

DUTY_VERBS = read_words("duty_verbs.txt")
LEGAL_WORDS = read_words("legal_words.txt")


def wrongly(verb: Word, table: Mapping[str, object]) -> str | None:
    """The adverb of error ``table`` lists on a verb of accusing: "wrongly" of "wrongly convicted"."""
    if verb.lemma_.lower() not in ACCUSING_VERBS:
        return None
    return next((c.lower_ for c in verb.children if c.dep_ == "advmod" and c.lower_ in table), None)


def sense(pair: str, verb: Word) -> str:
    """The cue word of a verb and its preposition (``pair``): "charge with duty" for a duty
    (``factuality_cues.tsv``), else ``pair``."""
    return "charge with duty" if pair == "charge with" and duty(verb) else pair


def duty(verb: Word) -> bool:
    """Whether ``verb`` is "charged" with a duty: "is charged with ensuring order"."""
    if verb.lemma_.lower() != "charge":
        return False
    tasks = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
             for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    if not tasks or not any(_task(g) for g in (tasks[0], *tasks[0].conjuncts)):
        return False
    return not any(w.lemma_.lower() in LEGAL_WORDS or w.lower_ in LEGAL_WORDS for w in verb.sent)


def _task(verb: Word) -> bool:
    """Whether ``verb`` is a verb of a task, with its particle if it has one ("carry out")."""
    lemma = verb.lemma_.lower()
    particles = [f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"]
    return lemma in DUTY_VERBS or any(pair in DUTY_VERBS for pair in particles)


# Who owns to a charge: "pleaded guilty to charges", "admitted charges", "was convicted on charges".
_OWNING_UP = frozenset({"guilty", "plead", "admit", "convict"})


def unalleged(noun: Word, dep: str) -> bool:
    """Whether a charge noun says no allegation of its clause (``dep`` its relation to the noun):
    one owned to ("pleaded guilty to charges that they infringed copyright", ``_OWNING_UP``), the
    bare "charge" of "in charge of", "take charge of" (a duty), or a relative clause about the
    charge itself ("a charge the company denies": the denial is told)."""
    if noun.lemma_.lower() != "charge":
        return False
    if dep == "relcl":
        return True
    if noun.lower_ == "charge" and not any(c.dep_ in ("det", "poss", "amod", "nummod") for c in noun.children):
        return True
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    return governor.lower_ in _OWNING_UP or governor.lemma_.lower() in _OWNING_UP
