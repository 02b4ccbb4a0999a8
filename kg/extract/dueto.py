"""An -ing clause after an adjective's preposition "to" is no infinitive the adjective governs.

"Part of the surge in people signing up was due to BT stretching the reach of ADSL": the parser
makes "stretching" the complement of "due", so "due" read as a schedule ("is due to announce",
``factuality_cues.tsv`` kind "adjective") made the surge and the stretching planned. Here "due
to" is "because of", a cause told as a fact; only a "to" infinitive ("is due to announce
results") is a plan. ``kg.extract.factuality`` leaves such an -ing clause out of the clause's
chain of verbs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word


def after_preposition(adjective: Word, verb: Word) -> bool:
    """Whether ``verb``, an -ing complement of ``adjective``, follows the adjective's own
    preposition "to" ("due to BT stretching"), not an infinitive's "to"."""
    return verb.tag_ == "VBG" and any(c.dep_ == "prep" and c.lower_ == "to" and c.i < verb.i for c in adjective.children)


def adjective_complement(adjective: Word) -> Word | None:
    """The verb ``adjective`` governs as its complement ("able to halve": halve), if any."""
    return next((c for c in adjective.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and not after_preposition(
        adjective, c)), None)
