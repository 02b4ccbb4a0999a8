"""A change put forward or tabled is proposed, no fact yet.

"Ministers have put forward a 5% rise in the minimum wage", "The company tabled an increase of 2.5%
in wages", "floated a cut in fares": the rise, the increase, the cut are on offer, planned as what is
proposed or offered is ("proposed a 4% increase": an ``object`` cue of ``factuality_cues.tsv``). The
verbs are ``proposing_verbs.txt``, with their particle (which the parser may read as an adverb). Only an event noun of a change (a rise, a cut)
is held so: "table" makes what it takes ("tabled a formal bid", "tabled a motion": the bid, the motion
were made, as sure as the tabling: a ``making`` cue), and "put forward its bid case" holds no event.
A change whose verb is negated or doubted takes the stronger reading ("may table a pay rise": possible).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.factuality import Reading
from kg.lexicon.events import NOUN_TRIGGERS
from kg.lexicon.table import read_words
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["put_forward", "put_forward_reading"]

PROPOSING = read_words("proposing_verbs.txt")


def put_forward(word: Word) -> str | None:
    """The cue ("put forward", "table") when ``word`` is a change noun a verb of proposing takes as
    its object, or as a passive's subject ("a 5% rise was tabled"), else ``None``."""
    verb = word.head
    if word.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or word.pos_ != "NOUN":
        return None
    trigger = NOUN_TRIGGERS.get(word.lemma_.lower())
    if trigger is None or trigger.event_class != "change":
        return None
    lemma = verb.lemma_.lower()
    for key in (*(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "advmod")), lemma):  # "put forward"
        if key in PROPOSING:
            return key
    return None


def put_forward_reading(word: Word) -> Reading | None:
    """Planned, cued by the verb, when ``word`` is a change put forward (see ``put_forward``), else ``None``."""
    cue = put_forward(word)
    return Reading(Factuality.PLANNED, cue) if cue is not None else None
