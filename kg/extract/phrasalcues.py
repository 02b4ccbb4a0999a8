"""The cue word a verb gives the -ing after its preposition.

- A particle verb is its own cue word: "Souness is closing in on signing Babayaro" is near
  doing it: "close in" (possible), not the "close" of "came close to signing" (it did not
  happen: negated). A verb with a particle is looked up in a cue table as verb and particle
  when the table lists that pair (``factuality_cues.tsv``), else as its lemma.
- A preposition of a circumstance carries no cue of the verb (``circumstance_prepositions.txt``):
  "went off for 15 minutes before returning" (not the "go" of "is going to": planned), "shares
  closed lower, with Delta all falling" (not the "close" of "came close to": negated); nor does an
  "on" with an -ing of learning, perceiving or arriving (``on_occasion_verbs.txt``): "has told of his
  joy on learning he fathered a daughter" (not the "tell" of "told them to": planned).
- A verb with its preposition is one cue word where the table lists the pair, even before a
  preposition of a circumstance: "indicted Mr Jacobsen with intentionally accessing a computer
  system" (speculated, as "accused of"), "was tasked with improving US defences" (planned);
  "charged with" a duty is the pair "charge with duty" (``kg.extract.charges``); a verb of
  accusing with an adverb of error is that adverb: "wrongly convicted of killing" (negated).
- An event noun after "with", "despite" or "since" is no object of the verb's intent or expectation
  (``aside_noun``; the "object" cues): "gave the visitors hope with victory over Ferrero" (the
  tagger's verb "hope"; the victory was won), "plans a comeback despite defeat by Arsenal": as
  sure as the clause. Not "after" or "before", which may date a plan ("plans a return to profit
  after the sale").
- A verb of speech that speculates only in the passive ("is said to", "was reported as having
  asked"; ``passive_controls.txt``) gives no cue when active: "she said on accepting her award".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from kg.extract.charges import sense, wrongly
from kg.extract.frames import passive
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

CIRCUMSTANCES = read_words("circumstance_prepositions.txt")
PASSIVE_ONLY = read_words("passive_controls.txt")
ON_OCCASIONS = read_words("on_occasion_verbs.txt")
_ASIDES = frozenset({"with", "despite", "since"})  # a circumstance, never what is hoped or planned


def cue_lemma(verb: Word, table: Mapping[str, object], preposition: Word | None = None) -> str:
    """The key ``verb`` has in ``table`` for the -ing after ``preposition``: "close in" for
    "closing in" when listed, else its lemma; "" (no key) after a preposition of a circumstance
    or for an active verb that speculates only in the passive."""
    lemma = verb.lemma_.lower()
    if preposition is not None and (wrong := wrongly(verb, table)) is not None:
        return wrong  # "was wrongly convicted of killing": she did not kill
    if preposition is not None and (pair := f"{lemma} {preposition.lower_}") in table:
        return sense(pair, verb)  # "indicted X with", "tasked with"; "charged with" an offence or a duty
    if preposition is not None and (preposition.lower_ in CIRCUMSTANCES or _occasion(preposition)):
        return ""  # "went off before returning"; "told of his joy on learning he fathered a daughter"
    if lemma in PASSIVE_ONLY and not passive(verb):
        return ""
    for particle in (c for c in verb.children if c.dep_ == "prt"):
        if (pair := f"{lemma} {particle.lower_}") in table:
            return pair
    return lemma


def _occasion(preposition: Word) -> bool:
    """Whether ``preposition`` is an "on" whose -ing of learning or perceiving tells when (``on_occasion_verbs.txt``):
    "on learning he fathered a daughter", "on seeing the children"."""
    return preposition.lower_ == "on" and any(c.dep_ == "pcomp" and c.lemma_.lower() in ON_OCCASIONS for c in preposition.children)


def aside_noun(word: Word) -> bool:
    """Whether ``word`` is an event noun after "with", "despite" or "since" (see the module)."""
    return word.dep_ == "pobj" and word.head.lower_ in _ASIDES
